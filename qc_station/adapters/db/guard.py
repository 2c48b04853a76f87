"""One transaction's guard: turns SQLite failures into the errors users are told about.

SQLite may roll back a whole transaction by itself when a statement fails (a full disk does
this). Continuing with that session would run the next statements outside any transaction,
so after the first failure the guard rolls back and refuses every further step of the unit
of work: nothing of it is ever stored.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from qc_station.errors import StorageFull, StoreError

# SQLite primary result codes (the low byte of an extended code)
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CONSTRAINT = 19

_SEALED_MESSAGES = ("immutable", "append-only", "continue the chain")

NOTHING_SAVED = "Nothing of this change was saved."


def translate(error: sa_exc.DBAPIError) -> StoreError | None:
    """The user-facing error for a database failure, or ``None`` when it is a bug."""
    message = str(error.orig)
    primary = _primary_code(error)
    if primary == SQLITE_FULL or "database or disk is full" in message:
        return StorageFull(
            "The disk is full (or the store reached its size limit). "
            f"{NOTHING_SAVED} Free some disk space and try again."
        )
    if any(word in message for word in _SEALED_MESSAGES):
        return StoreError(
            f"The store refused to change a sealed record ({message}). {NOTHING_SAVED}"
        )
    if isinstance(error, sa_exc.IntegrityError) or primary == SQLITE_CONSTRAINT:
        return StoreError(f"The store refused the change ({message}). {NOTHING_SAVED}")
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreError(
            f"The store is busy: another program holds it ({message}). {NOTHING_SAVED} Try again."
        )
    if primary == SQLITE_READONLY:
        return StoreError(f"The store cannot be written ({message}). {NOTHING_SAVED}")
    if primary in (SQLITE_IOERR, SQLITE_CORRUPT):
        return StoreError(
            f"The store could not read or write its file ({message}). {NOTHING_SAVED}"
        )
    return None


def _primary_code(error: sa_exc.DBAPIError) -> int | None:
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


class TxGuard:
    """Owns one session for one unit of work and translates its failures."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.failed = False

    @contextmanager
    def guard(self) -> Iterator[Session]:
        """Run database work; on failure roll back, remember it, and raise a ``StoreError``."""
        if self.failed:
            raise StoreError(f"An earlier step of this change failed. {NOTHING_SAVED}")
        try:
            yield self.session
        except sa_exc.DBAPIError as error:
            self._fail()
            mapped = translate(error)
            if mapped is None:
                raise
            raise mapped from error
        except sa_exc.StatementError as error:
            self._fail()  # a bad value (a naive datetime...): a bug, raised as itself
            if isinstance(error.orig, ValueError | TypeError):
                raise error.orig from error
            raise
        except sa_exc.TimeoutError as error:
            self._fail()
            raise StoreError(f"The store stayed busy for too long. {NOTHING_SAVED}") from error

    def commit(self) -> None:
        """Commit, or raise the translated error (the transaction is then rolled back)."""
        with self.guard() as session:
            session.commit()

    def rollback(self) -> None:
        """Roll back whatever is pending; a rollback that fails leaves the session closed."""
        try:
            self.session.rollback()
        except sa_exc.DBAPIError:
            self.session.invalidate()

    def _fail(self) -> None:
        self.failed = True
        self.rollback()
