"""Photo bytes on disk, addressed by their SHA-256 and written durably.

A photo lives at ``root/<first two hex digits>/<sha256>``. It is written to a temporary
file in the same directory, flushed and fsynced, renamed over the final name, and then the
directory is fsynced, so after a crash the name holds either nothing or the whole photo.
"""

import errno
import hashlib
import re
from pathlib import Path

from qc_station.durable import fsync_dir, write_atomically
from qc_station.errors import StorageFull, StoreError

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)
_CHUNK = 1 << 20


class FilePhotoStore:
    """Content-addressed photo files under ``root`` (implements ``ports.PhotoStore``)."""

    def __init__(self, root: Path) -> None:
        self._root = root

    @property
    def root(self) -> Path:
        """The directory that holds the photos."""
        return self._root

    def path_of(self, sha256: str) -> Path:
        """Where the photo with this SHA-256 lives (it may not exist)."""
        if not _SHA256.match(sha256):
            raise StoreError(f"not a SHA-256 photo key: {sha256!r}")
        return self._root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        """Store ``data`` durably and return its SHA-256; an identical file is kept as is.

        Raises:
            StorageFull: the disk (or the user's quota) is full; no partial file is left.
        """
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path_of(sha256)
        if target.is_file() and _file_sha256(target) == sha256:
            return sha256
        try:
            self._ensure_dir(target.parent)
            write_atomically(target, data)
        except OSError as error:
            if error.errno in _FULL_ERRNOS:
                raise StorageFull(
                    f"The disk is full: the photo was not saved ({error.strerror}). "
                    "Free some disk space and try again."
                ) from error
            raise
        return sha256

    def read(self, sha256: str) -> bytes:
        """The photo's bytes, checked against its SHA-256.

        Raises:
            StoreError: the photo is missing or its bytes do not match its hash.
        """
        path = self.path_of(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError as error:
            raise StoreError(f"Photo {sha256} is missing from {self._root}.") from error
        if hashlib.sha256(data).hexdigest() != sha256:
            raise StoreError(f"Photo {sha256} is damaged: its bytes do not match its hash.")
        return data

    def exists(self, sha256: str) -> bool:
        """Whether a file for this SHA-256 is present."""
        return self.path_of(sha256).is_file()

    def _ensure_dir(self, directory: Path) -> None:
        if directory.is_dir():
            return
        directory.mkdir(parents=True, exist_ok=True)
        fsync_dir(directory.parent)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
