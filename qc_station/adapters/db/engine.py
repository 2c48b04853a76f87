"""SQLAlchemy engines for the station's SQLite file, with the durability pragmas.

Every connection runs in WAL mode with ``synchronous=FULL``, foreign keys on and a busy
timeout. pysqlite's own transaction handling is switched off (``isolation_level=None``) and
SQLAlchemy's "begin" event emits the BEGIN itself: ``BEGIN IMMEDIATE`` on the writer, so a
write transaction takes the write lock up front and the busy timeout applies, and a plain
deferred ``BEGIN`` on the reader, which is also ``query_only``.

Pools: the writer has exactly one connection (writes are serialised by the single-worker
database lane anyway; a second writer thread waits for the connection instead of racing for
the lock); the reader keeps a small pool for worker threads. Connections may move between
threads (``check_same_thread=False``) but are never used by two threads at once.
"""

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from qc_station.adapters.db.checkpoint import BACKSTOP_PAGES

BUSY_TIMEOUT_MS = 5000
WRITER_POOL_SIZE = 1
READER_POOL_SIZE = 2
READER_MAX_OVERFLOW = 2
POOL_TIMEOUT_S = 30.0

_COMMON_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)
# Checkpoints run in the background (checkpoint.py); the automatic one is only a backstop.
_WRITER_PRAGMAS = (*_COMMON_PRAGMAS, f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")


def make_engine(path: Path, write: bool) -> Engine:
    """An engine on the SQLite file at ``path``: the writer (``write=True``) or a reader."""
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={
            "isolation_level": None,
            "timeout": BUSY_TIMEOUT_MS / 1000,
            "check_same_thread": False,
        },
        pool_size=WRITER_POOL_SIZE if write else READER_POOL_SIZE,
        max_overflow=0 if write else READER_MAX_OVERFLOW,
        pool_timeout=POOL_TIMEOUT_S,
    )
    event.listen(engine, "connect", _pragma_listener(write))
    event.listen(engine, "begin", _begin_listener(write))
    return engine


def _pragma_listener(write: bool) -> Any:
    """The "connect" listener: per-connection pragmas (``synchronous``, ``foreign_keys``...)."""
    pragmas = _WRITER_PRAGMAS if write else (*_COMMON_PRAGMAS, "PRAGMA query_only=ON")

    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    return set_pragmas


def _begin_listener(write: bool) -> Any:
    """The "begin" listener: IMMEDIATE for the writer, deferred for readers."""
    statement = "BEGIN IMMEDIATE" if write else "BEGIN"

    def begin(connection: Connection) -> None:
        connection.exec_driver_sql(statement)

    return begin
