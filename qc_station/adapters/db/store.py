"""The station's local store: one SQLite file, checked, backed up and migrated at open."""

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from alembic.util import CommandError as AlembicError
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from qc_station.adapters.db.backup import FULL_ERRNOS, backup_due, prune_backups, take_backup
from qc_station.adapters.db.checkpoint import Checkpointer
from qc_station.adapters.db.engine import make_engine
from qc_station.adapters.db.migrate import Schema, inspect_database, migrations_dir, upgrade
from qc_station.adapters.db.uow import SqlAlchemyUnitOfWork
from qc_station.errors import StorageFull, StoreError

log = logging.getLogger("qc_station.db")


class SqliteStore:
    """The open store. ``uow`` is the ``UnitOfWorkFactory`` the services take.

    Build it with ``SqliteStore.open``; call ``close`` when the app ends.
    """

    def __init__(
        self, path: Path, backup_dir: Path, writer: Engine, reader: Engine, revision: str
    ) -> None:
        self._path = path
        self._backup_dir = backup_dir
        self._revision = revision
        self._writer = writer
        self._reader = reader
        self._writer_sessions = sessionmaker(writer, expire_on_commit=False, autoflush=False)
        self._reader_sessions = sessionmaker(reader, expire_on_commit=False, autoflush=False)
        self.checkpointer = Checkpointer(path)
        self.checkpointer.start()

    @classmethod
    def open(cls, db_path: Path, backup_dir: Path, *, scripts: Path | None = None) -> Self:
        """Check, back up and migrate the database at ``db_path``, then open it.

        An existing file is checked first (read-only); a damaged or foreign one raises
        ``StoreCorrupt`` and is left exactly as it was. Before pending migrations run on an
        existing database a backup is taken into ``backup_dir``; a daily backup is kept
        too (the newest ``KEEP_BACKUPS``). ``scripts`` overrides the Alembic directory
        (tests); by default it is ``migrations_dir()``.

        Raises:
            StoreCorrupt: the file is damaged or is not a station database.
            StoreError: the file was made by a newer version, or migrating failed.
        """
        scripts = scripts or migrations_dir()
        schema = Schema.of(scripts)
        existed = db_path.exists() and db_path.stat().st_size > 0
        now = datetime.now(UTC)
        revision = None
        if existed:
            revision = inspect_database(db_path, backup_dir, schema).revision
        else:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        if revision != schema.head:
            backup = _backup_before_update(db_path, backup_dir, revision, now) if existed else None
            _migrate(db_path, scripts, schema.head, backup)
            prune_backups(backup_dir)
        writer, reader = make_engine(db_path, write=True), make_engine(db_path, write=False)
        store = cls(db_path, backup_dir, writer, reader, schema.head)
        if existed:
            store._daily_backup(now)
        return store

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def revision(self) -> str:
        """The schema revision of the open store."""
        return self._revision

    @property
    def backup_dir(self) -> Path:
        """Where backups go."""
        return self._backup_dir

    @property
    def writer_engine(self) -> Engine:
        """The writer engine (for diagnostics and tests; services use ``uow``)."""
        return self._writer

    @property
    def reader_engine(self) -> Engine:
        """The reader engine (for diagnostics and tests; services use ``uow``)."""
        return self._reader

    def uow(self, write: bool = True) -> SqlAlchemyUnitOfWork:
        """A unit of work: the writer (``BEGIN IMMEDIATE``) or a read-only reader."""
        sessions: sessionmaker[Session] = self._writer_sessions if write else self._reader_sessions
        return SqlAlchemyUnitOfWork(sessions, write)

    def backup(self, now: datetime | None = None) -> Path:
        """Take a backup now (and prune old ones); returns the new file."""
        now = now or datetime.now(UTC)
        taken = take_backup(self._path, self._backup_dir, self._revision, now)
        prune_backups(self._backup_dir)
        return taken

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Take the daily backup if the newest one is older than a day."""
        now = now or datetime.now(UTC)
        if not backup_due(self._backup_dir, now):
            return None
        return self.backup(now)

    def _daily_backup(self, now: datetime) -> None:
        """The daily backup at open is best effort: a failure is logged, not raised."""
        try:
            self.backup_if_due(now)
        except (OSError, sqlite3.Error) as error:
            log.warning("The daily backup into %s failed: %s", self._backup_dir, error)

    def close(self) -> None:
        """Close every connection and fold the WAL into the database file."""
        self._writer.dispose()
        self._reader.dispose()
        try:
            self.checkpointer.stop()
        except sqlite3.Error as error:  # the WAL stays; the next open recovers it
            log.warning("The final checkpoint of %s failed: %s", self._path, error)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _backup_before_update(
    db_path: Path, backup_dir: Path, revision: str | None, now: datetime
) -> Path:
    """The backup that must exist before a migration runs; without it nothing is changed."""
    try:
        return take_backup(db_path, backup_dir, revision, now)
    except OSError as error:
        if error.errno in FULL_ERRNOS:
            raise StorageFull(
                f"There is no room in {backup_dir} for the backup taken before updating the "
                "station database. Nothing was changed. Free some disk space and start again."
            ) from error
        raise StoreError(
            f"Could not back up {db_path} into {backup_dir} before updating it ({error}). "
            "Nothing was changed."
        ) from error
    except sqlite3.Error as error:
        raise StoreError(
            f"Could not back up {db_path} before updating it ({error}). Nothing was changed."
        ) from error


def _migrate(db_path: Path, scripts: Path, head: str, backup: Path | None) -> None:
    """Upgrade to ``head``; a failure is rolled back and raised as a ``StoreError``."""
    try:
        upgrade(db_path, scripts)
    except StoreError:
        raise
    except (SQLAlchemyError, AlembicError, sqlite3.Error, OSError) as error:
        kept = f" A backup taken before the update is at {backup}." if backup else ""
        raise StoreError(
            f"Updating the station database {db_path} to schema {head} failed ({error}). "
            f"The update was rolled back and the database was left as it was.{kept}"
        ) from error
