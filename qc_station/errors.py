"""Errors that reach users: the environment or the input is at fault, not the program.

Anything else that escapes is a bug and is logged as one.
"""


class QcError(Exception):
    """Base of the errors a user is told about, with a stable ``code`` for wording."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(QcError):
    """The user's input is wrong (bad file, bad row, bad argument). CLI exit code 2."""

    code = "input"


class StoreError(QcError):
    """The local store cannot be used as asked. CLI exit code 1."""

    code = "store"


class StoreCorrupt(StoreError):
    """The database file is damaged or is not a station database; it was not touched."""

    code = "store_corrupt"

    def __init__(self, message: str, path: str, backups: list[str]) -> None:
        super().__init__(message)
        self.path = path
        self.backups = backups


class StorageFull(StoreError):
    """The disk (or the store's size limit) is full; nothing was saved."""

    code = "storage_full"


class ConflictError(StoreError):
    """A change lost a race with another change (its expected version is stale)."""

    code = "conflict"


class NotFound(InputError):
    """A record the user named does not exist."""

    code = "not_found"
