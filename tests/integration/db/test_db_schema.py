"""The schema: migration from empty, models == migration, pragmas, locking, triggers present."""

import sqlite3
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect
from store_helpers import T0, raw

from qc_station.adapters.db.engine import make_engine
from qc_station.adapters.db.migrate import Schema, alembic_config, migrations_dir
from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.db.tables import metadata
from qc_station.errors import StoreError

TABLES = {
    "merchant",
    "category",
    "sku",
    "lot",
    "checklist_template",
    "shelf_life_policy",
    "app_user",
    "inspection",
    "check_result",
    "check_photo",
    "photo",
    "outbox",
    "audit_log",
    "lab_sample",
    "lab_selection",
    "lot_plan",
    "switching_state",
    "aql_setting",
    "label_reading",
}


def test_migration_from_empty_creates_every_table_and_stamps_head(store: SqliteStore) -> None:
    found = set(inspect(store.reader_engine).get_table_names())
    assert found == TABLES | {"alembic_version"}
    with raw(store.path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (Schema.of(migrations_dir()).head,)
        ]
    assert store.revision == Schema.of(migrations_dir()).head == "0004"


def test_models_and_migration_agree(store: SqliteStore) -> None:
    with store.reader_engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "compare_server_default": True, "render_as_batch": True},
        )
        assert compare_metadata(context, metadata) == []


def test_comparison_notices_a_drift(tmp_path: Path, store: SqliteStore) -> None:
    """compare_metadata is not blind: a column the migration lacks is reported."""
    with raw(store.path) as conn:
        conn.execute("ALTER TABLE merchant ADD COLUMN stray TEXT")
    with store.reader_engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert [d[0] for d in diffs] == ["remove_column"]


def test_downgrade_to_base_and_upgrade_again(db_path: Path, backup_dir: Path) -> None:
    SqliteStore.open(db_path, backup_dir).close()
    engine = make_engine(db_path, write=True)
    try:
        with engine.begin() as conn:
            config = alembic_config(migrations_dir())
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    finally:
        engine.dispose()
    with raw(db_path) as conn:
        assert conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='trigger'"
        ).fetchone() == (0,)
    reopened = SqliteStore.open(db_path, backup_dir)
    reopened.close()
    with raw(db_path) as conn:
        assert conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='trigger'"
        ).fetchone() == (17,)  # 15 until 0004, which adds the two of label_reading


def _pragmas(engine: Engine) -> tuple[object, ...]:
    with engine.connect() as conn:
        return tuple(
            conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        )


def test_both_engines_set_the_durability_pragmas(store: SqliteStore) -> None:
    assert _pragmas(store.writer_engine) == ("wal", 2, 1, 5000)
    assert _pragmas(store.reader_engine) == ("wal", 2, 1, 5000)


def test_pragmas_hold_on_connections_made_in_other_threads(store: SqliteStore) -> None:
    seen: list[tuple[object, ...]] = []
    with store.reader_engine.connect():  # keep one busy so the thread needs a new one
        thread = threading.Thread(target=lambda: seen.append(_pragmas(store.reader_engine)))
        thread.start()
        thread.join()
    assert seen == [("wal", 2, 1, 5000)]


def test_writer_takes_the_write_lock_on_entry(store: SqliteStore) -> None:
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    try:
        with store.uow(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released once the unit of work ends
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_reader_does_not_block_the_writer_and_cannot_write(store: SqliteStore) -> None:
    with store.uow(write=False) as reader:
        assert reader.inspections.count() == 0
        with store.uow() as writer:
            writer.outbox.add("ping", "x", "{}", T0)
            writer.commit()
    with store.uow(write=False) as reader, pytest.raises(StoreError, match="cannot be written"):
        reader.outbox.add("ping", "y", "{}", T0)


def test_writer_pool_has_one_connection_and_reader_a_few(store: SqliteStore) -> None:
    assert store.writer_engine.pool.size() == 1  # type: ignore[attr-defined]
    assert store.reader_engine.pool.size() >= 2  # type: ignore[attr-defined]
