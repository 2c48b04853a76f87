"""The WAL is folded into the database file in the background and at close, not in a save."""

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from qc_station.adapters.db.checkpoint import BACKSTOP_PAGES, Checkpointer
from qc_station.adapters.db.store import SqliteStore


def _audit(store: SqliteStore, n: int) -> None:
    for i in range(n):
        with store.uow() as uow:
            uow.audit.append(datetime.now(UTC), "u-1", "test.write", "thing", f"t-{i}", "{}")
            uow.commit()


def _rows_in_main_file(db_path: Path) -> int:
    """Audit rows in the database file itself, ignoring the WAL (``immutable=1``)."""
    connection = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    finally:
        connection.close()


def test_saves_do_not_checkpoint_on_their_own(store: SqliteStore) -> None:
    with store.writer_engine.connect() as connection:
        setting = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    assert setting == BACKSTOP_PAGES


def test_background_checkpoint_moves_commits_into_the_file(store: SqliteStore) -> None:
    store.checkpointer.stop()  # the store's own worker would race this test's
    _audit(store, 20)
    assert _rows_in_main_file(store.path) == 0  # still only in the WAL
    worker = Checkpointer(store.path, interval_s=0.05)
    worker.start()
    deadline = time.monotonic() + 10
    while _rows_in_main_file(store.path) < 20 and time.monotonic() < deadline:
        time.sleep(0.05)
    worker.stop()
    assert _rows_in_main_file(store.path) == 20


def test_close_leaves_an_empty_wal(db_path: Path, backup_dir: Path) -> None:
    store = SqliteStore.open(db_path, backup_dir)
    _audit(store, 5)
    store.close()
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert _rows_in_main_file(db_path) == 5
