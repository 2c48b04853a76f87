"""Checking an existing station database and bringing it to the current schema.

``inspect_database`` only reads: the file header, ``PRAGMA quick_check`` on a read-only
connection, and the Alembic revision. It never changes, moves or overwrites the file; a
damaged or foreign file raises ``StoreCorrupt``. ``upgrade`` runs ``alembic upgrade head``
programmatically with the scripts in ``db/station``, in one transaction.
"""

import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from qc_station.adapters.db.backup import list_backups
from qc_station.adapters.db.engine import make_engine
from qc_station.errors import StoreCorrupt, StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"
_SIDE_FILES = ("-wal", "-shm")


def migrations_dir() -> Path:
    """The Alembic script directory of the station (``db/station``).

    In the source tree ``db/`` sits next to the ``qc_station`` package; in a PyInstaller
    bundle it is shipped as data under ``sys._MEIPASS``.
    """
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "db" / "station")
    candidates.append(Path(__file__).resolve().parents[3] / "db" / "station")
    for candidate in candidates:
        if (candidate / "env.py").is_file():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise StoreError(f"The database migration scripts are missing (looked in {looked}).")


def alembic_config(scripts: Path) -> Config:
    """An Alembic configuration for ``scripts`` without an ini file."""
    config = Config()
    config.set_main_option("script_location", str(scripts))
    return config


@dataclass(frozen=True, slots=True)
class Schema:
    """The revisions the scripts know and the head they lead to."""

    known: frozenset[str]
    head: str

    @classmethod
    def of(cls, scripts: Path) -> "Schema":
        """Read the revision graph of ``scripts``."""
        directory = ScriptDirectory.from_config(alembic_config(scripts))
        heads = directory.get_heads()
        if len(heads) != 1:
            raise StoreError(f"The migration scripts have {len(heads)} heads; expected one.")
        known = frozenset(script.revision for script in directory.walk_revisions())
        return cls(known, heads[0])


@dataclass(frozen=True, slots=True)
class DatabaseState:
    """What an existing file holds: ``revision`` is ``None`` for an empty database."""

    revision: str | None


def corrupt(db_path: Path, backup_dir: Path, reason: str) -> StoreCorrupt:
    """The error for a damaged or foreign file, naming the ways out."""
    backups = [str(p) for p in list_backups(backup_dir)]
    restore = (
        f"restore the newest backup ({backups[0]})"
        if backups
        else (f"restore a backup (none found in {backup_dir})")
    )
    message = (
        f"The station database {db_path} cannot be used: {reason}. The file was not changed. "
        f"To continue, close QC Station and {restore}, or start a new store with another "
        "--data-dir."
    )
    return StoreCorrupt(message, str(db_path), backups)


def inspect_database(db_path: Path, backup_dir: Path, schema: Schema) -> DatabaseState:
    """Check an existing, non-empty file without changing it.

    Raises:
        StoreCorrupt: not SQLite, damaged, or a database of something else.
        StoreError: made by a newer version of the station (unknown revision).
    """
    with db_path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise corrupt(db_path, backup_dir, "it is not an SQLite database")
    try:
        problems, tables, revisions = _read_only_probe(db_path)
    except sqlite3.DatabaseError as error:
        raise corrupt(db_path, backup_dir, f"SQLite cannot read it ({error})") from error
    if problems != ["ok"]:
        raise corrupt(db_path, backup_dir, f"it is damaged ({'; '.join(problems[:3])})")
    return _state(db_path, backup_dir, schema, tables, revisions)


def _state(
    db_path: Path, backup_dir: Path, schema: Schema, tables: set[str], revisions: list[str]
) -> DatabaseState:
    if not revisions:
        if tables - {VERSION_TABLE}:
            raise corrupt(db_path, backup_dir, "it is not a QC Station database")
        return DatabaseState(None)
    unknown = [rev for rev in revisions if rev not in schema.known]
    if unknown or len(revisions) > 1:
        raise StoreError(
            f"The station database {db_path} was made by a newer version of QC Station "
            f"(schema {', '.join(revisions)}; this version knows up to {schema.head}). "
            "The file was not changed. Install the newer version, or start a new store with "
            "another --data-dir."
        )
    return DatabaseState(revisions[0])


def _read_only_probe(db_path: Path) -> tuple[list[str], set[str], list[str]]:
    """``quick_check`` lines, table names and Alembic revisions, read through ``mode=ro``."""
    with _read_only(db_path) as connection:
        problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
        tables = {
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        revisions: list[str] = []
        if VERSION_TABLE in tables:
            query = f"SELECT version_num FROM {VERSION_TABLE}"
            revisions = [str(row[0]) for row in connection.execute(query)]
    return problems, tables, revisions


@contextlib.contextmanager
def _read_only(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection; removes the empty ``-wal``/``-shm`` files it had to create."""
    created = [
        Path(f"{db_path}{suffix}")
        for suffix in _SIDE_FILES
        if not Path(f"{db_path}{suffix}").exists()
    ]
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()
        wal = Path(f"{db_path}-wal")
        if wal in created and wal.exists() and wal.stat().st_size == 0:
            for path in created:
                with contextlib.suppress(OSError):
                    path.unlink()


def upgrade(db_path: Path, scripts: Path) -> None:
    """Run ``alembic upgrade head`` on ``db_path`` in one transaction.

    Foreign keys are off while the scripts run (batch migrations copy and drop tables, as
    SQLite's ALTER TABLE procedure requires), then ``PRAGMA foreign_key_check`` must come
    back empty before the transaction commits.
    """
    engine = make_engine(db_path, write=True)
    try:
        with engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA foreign_keys=OFF")
            with connection.begin():
                config = alembic_config(scripts)
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(
                        f"The migration left {len(broken)} broken references; "
                        "it was rolled back and the database was not changed."
                    )
    finally:
        engine.dispose()
