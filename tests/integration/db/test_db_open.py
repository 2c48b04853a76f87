"""Opening a store: damaged and foreign files are refused untouched; backups; migrations."""

import errno
import logging
import os
import random
import shutil
import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from store_helpers import make_seed, raw, save_seed, sha256_of, submitted_inspection

from qc_station.adapters.db import store as store_module
from qc_station.adapters.db.backup import list_backups, take_backup
from qc_station.adapters.db.migrate import Schema, migrations_dir
from qc_station.adapters.db.store import SqliteStore
from qc_station.errors import StorageFull, StoreCorrupt, StoreError

PAGE = 4096
HEAD = Schema.of(migrations_dir()).head


def _filled_store(db_path: Path, backup_dir: Path, inspections: int = 200) -> None:
    store = SqliteStore.open(db_path, backup_dir)
    try:
        seed = make_seed()
        save_seed(store, seed)
        with store.uow() as uow:
            for _ in range(inspections):
                uow.inspections.add(submitted_inspection(seed))
            uow.commit()
    finally:
        store.close()


def _fake_backups(backup_dir: Path, *stamps: str) -> list[Path]:
    backup_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for stamp in stamps:
        path = backup_dir / f"station-{stamp}-0001.sqlite"
        path.write_bytes(b"old backup")
        made.append(path)
    return made


def _siblings(db_path: Path) -> list[str]:
    return sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name))


def _assert_refused_untouched(db_path: Path, backup_dir: Path, match: str) -> StoreCorrupt:
    digest, siblings = sha256_of(db_path), _siblings(db_path)
    with pytest.raises(StoreCorrupt, match=match) as caught:
        SqliteStore.open(db_path, backup_dir)
    assert sha256_of(db_path) == digest
    assert _siblings(db_path) == siblings
    message = caught.value.message
    assert "The file was not changed" in message and "--data-dir" in message
    assert caught.value.path == str(db_path)
    return caught.value


def test_random_garbage_is_refused_and_backups_are_named(db_path: Path, backup_dir: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(random.Random(7).randbytes(3 * PAGE))
    older, newer = _fake_backups(backup_dir, "20260301T010000Z", "20260302T010000Z")
    error = _assert_refused_untouched(db_path, backup_dir, "not an SQLite database")
    assert error.backups == [str(newer), str(older)]
    assert f"restore the newest backup ({newer})" in error.message


def test_truncated_store_is_refused(db_path: Path, backup_dir: Path) -> None:
    _filled_store(db_path, backup_dir)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    error = _assert_refused_untouched(db_path, backup_dir, "cannot read it|damaged")
    assert error.backups == []
    assert "none found in" in error.message


def test_store_with_a_garbage_page_is_refused(db_path: Path, backup_dir: Path) -> None:
    _filled_store(db_path, backup_dir)
    data = bytearray(db_path.read_bytes())
    data[4 * PAGE : 5 * PAGE] = random.Random(3).randbytes(PAGE)
    db_path.write_bytes(bytes(data))
    _assert_refused_untouched(db_path, backup_dir, "damaged|cannot read it")


def test_sqlite_database_of_another_program_is_refused(db_path: Path, backup_dir: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with raw(db_path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    _assert_refused_untouched(db_path, backup_dir, "not a QC Station database")


def test_empty_sqlite_database_is_accepted_and_backed_up_first(
    db_path: Path, backup_dir: Path
) -> None:
    """A valid SQLite file with no tables is an empty store: migrated, after a backup."""
    db_path.parent.mkdir(parents=True)
    with raw(db_path) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")
    assert db_path.stat().st_size > 0
    SqliteStore.open(db_path, backup_dir).close()
    assert [p.name.endswith("-base.sqlite") for p in list_backups(backup_dir)] == [True]
    with raw(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)


def test_zero_byte_file_is_a_new_store(db_path: Path, backup_dir: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    SqliteStore.open(db_path, backup_dir).close()
    assert list_backups(backup_dir) == []
    with raw(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)


def test_store_from_a_newer_version_is_refused_untouched(db_path: Path, backup_dir: Path) -> None:
    _filled_store(db_path, backup_dir, inspections=1)
    with raw(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d'")
    digest = sha256_of(db_path)
    with pytest.raises(StoreError, match="made by a newer version") as caught:
        SqliteStore.open(db_path, backup_dir)
    assert not isinstance(caught.value, StoreCorrupt)
    assert sha256_of(db_path) == digest


NEXT_REVISION = '''
"""Test revision: a column on merchant (batch copy of a referenced table) and a new table."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("merchant", recreate="always") as batch:
        batch.add_column(sa.Column("phone", sa.Text(), nullable=True))
    op.create_table("probe", sa.Column("id", sa.Integer(), primary_key=True))
    {extra}


def downgrade() -> None:
    op.drop_table("probe")
'''


def _scripts_with_next_revision(tmp_path: Path, extra: str = "") -> Path:
    scripts = tmp_path / "scripts"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test.py").write_text(NEXT_REVISION.format(extra=extra, head=HEAD))
    return scripts


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_backup_is_taken_before_a_pending_migration(
    tmp_path: Path, db_path: Path, backup_dir: Path
) -> None:
    _filled_store(db_path, backup_dir, inspections=5)
    for earlier in list_backups(backup_dir):
        earlier.unlink()
    store = SqliteStore.open(db_path, backup_dir, scripts=_scripts_with_next_revision(tmp_path))
    store.close()
    (backup,) = list_backups(backup_dir)
    assert backup.name.endswith(f"-{HEAD}.sqlite")
    with sqlite3.connect(backup) as copy:  # the copy is the database as it was
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
        assert "phone" not in _columns(copy, "merchant")
        assert copy.execute("SELECT count(*) FROM inspection").fetchone() == (5,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with raw(db_path) as new:
        assert new.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
        assert "phone" in _columns(new, "merchant")
        assert new.execute("SELECT count(*) FROM inspection").fetchone() == (5,)
        assert new.execute("SELECT count(*) FROM sku").fetchone() == (1,)
        assert new.execute("PRAGMA foreign_key_check").fetchall() == []


def test_failed_migration_is_rolled_back(tmp_path: Path, db_path: Path, backup_dir: Path) -> None:
    _filled_store(db_path, backup_dir, inspections=5)
    scripts = _scripts_with_next_revision(
        tmp_path, extra='op.execute("INSERT INTO nope VALUES (1)")'
    )
    with pytest.raises(StoreError, match="rolled back") as caught:
        SqliteStore.open(db_path, backup_dir, scripts=scripts)
    assert str(list_backups(backup_dir)[0]) in caught.value.message
    with raw(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
        assert "phone" not in _columns(conn, "merchant")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "probe" not in tables
    SqliteStore.open(db_path, backup_dir).close()  # the current version still opens it


def test_daily_backup_when_the_newest_is_a_day_old(db_path: Path, backup_dir: Path) -> None:
    _filled_store(db_path, backup_dir, inspections=3)
    assert list_backups(backup_dir) == []  # a brand-new store has nothing to back up
    SqliteStore.open(db_path, backup_dir).close()
    (first,) = list_backups(backup_dir)
    SqliteStore.open(db_path, backup_dir).close()
    assert list_backups(backup_dir) == [first]  # less than a day old: none taken
    stale = first.with_name("station-20200101T000000Z-0001.sqlite")
    first.rename(stale)
    SqliteStore.open(db_path, backup_dir).close()
    newest, older = list_backups(backup_dir)
    assert older == stale and newest.name.endswith(f"-{HEAD}.sqlite")
    with sqlite3.connect(newest) as copy:
        assert copy.execute("SELECT count(*) FROM inspection").fetchone() == (3,)


def test_only_the_newest_seven_backups_are_kept(db_path: Path, backup_dir: Path) -> None:
    _filled_store(db_path, backup_dir, inspections=1)
    old = _fake_backups(backup_dir, *(f"202001{day:02d}T000000Z" for day in range(1, 10)))
    unrelated = backup_dir / "notes.txt"
    unrelated.write_text("keep me")
    partial = backup_dir / ".station-20200110T000000Z-0001.sqlite.part"  # a crash mid-copy
    partial.write_bytes(b"half")
    SqliteStore.open(db_path, backup_dir).close()
    kept = list_backups(backup_dir)
    assert len(kept) == 7
    assert kept[1:] == sorted(old, reverse=True)[:6]
    assert unrelated.exists() and not partial.exists()


def test_backups_taken_in_the_same_second_do_not_overwrite(db_path: Path, backup_dir: Path) -> None:
    _filled_store(db_path, backup_dir, inspections=1)
    now = datetime(2026, 3, 15, 8, 30, tzinfo=UTC)
    first = take_backup(db_path, backup_dir, "0001", now)
    second = take_backup(db_path, backup_dir, "0001", now)
    assert first != second and first.exists() and second.exists()
    assert list_backups(backup_dir)[0].stat().st_size > 0
    later = take_backup(db_path, backup_dir, "0001", now + timedelta(seconds=1))
    assert list_backups(backup_dir)[0] == later


def test_migrations_dir_prefers_the_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = migrations_dir()
    assert (source / "versions" / "0001_initial.py").is_file()
    bundle = tmp_path / "bundle"
    (bundle / "db" / "station").mkdir(parents=True)
    (bundle / "db" / "station" / "env.py").write_text("")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert migrations_dir() == bundle / "db" / "station"
    (bundle / "db" / "station" / "env.py").unlink()
    assert migrations_dir() == source


def test_open_creates_the_data_directory(tmp_path: Path) -> None:
    db_path = tmp_path / "new" / "deeper" / "station.sqlite"
    SqliteStore.open(db_path, tmp_path / "new" / "backups").close()
    assert db_path.is_file() and os.path.getsize(db_path) > 0


def test_no_room_for_the_pre_update_backup_changes_nothing(
    tmp_path: Path, db_path: Path, backup_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled_store(db_path, backup_dir, inspections=1)

    def no_room(*_args: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module, "take_backup", no_room)
    scripts = _scripts_with_next_revision(tmp_path)
    with pytest.raises(StorageFull, match="Nothing was changed"):
        SqliteStore.open(db_path, backup_dir, scripts=scripts)
    with raw(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)


def test_a_failing_daily_backup_does_not_stop_the_store(
    db_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _filled_store(db_path, tmp_path / "backups", inspections=1)
    not_a_dir = tmp_path / "backups-file"
    not_a_dir.write_text("in the way")
    with caplog.at_level(logging.WARNING, logger="qc_station.db"):
        store = SqliteStore.open(db_path, not_a_dir)
    try:
        with store.uow(write=False) as uow:
            assert uow.inspections.count() == 1
    finally:
        store.close()
    assert "daily backup" in caplog.text
