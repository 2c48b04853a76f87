"""Durable file writes: temp file → fsync → rename → fsync of the folder.

After ``write_atomically`` returns, the file holds either its old or its new bytes, never a
mix, even across a crash or a power cut.
"""

import contextlib
import os
import tempfile
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    """Make a new or renamed name in ``directory`` durable (a no-op on Windows)."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` durably; on failure no temp file is left behind."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(target.parent)
