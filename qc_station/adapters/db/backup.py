"""Backup copies of the station database, made with SQLite's online backup API.

A backup is written to a temporary name, synced, then renamed, so a crash never leaves a
half-written file that looks like a backup. Names are
``station-YYYYmmddTHHMMSSZ-<revision>.sqlite`` (UTC); text order is time order.
"""

import contextlib
import errno
import os
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from qc_station.durable import fsync_dir

BACKUP_PREFIX = "station-"
BACKUP_SUFFIX = ".sqlite"
KEEP_BACKUPS = 7
DAILY = timedelta(hours=24)
FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)

_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^station-(\d{8}T\d{6}Z)-[\w.-]+\.sqlite$")
_PARTIAL = re.compile(r"^\.station-.+\.sqlite\.part(-journal)?$")


def list_backups(backup_dir: Path) -> list[Path]:
    """The backups in ``backup_dir``, newest first (other files are ignored)."""
    if not backup_dir.is_dir():
        return []
    found = [p for p in backup_dir.iterdir() if _NAME.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: (_taken_at(p), p.name), reverse=True)


def _taken_at(path: Path) -> datetime:
    match = _NAME.match(path.name)
    assert match is not None
    return datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)


def take_backup(db_path: Path, backup_dir: Path, revision: str | None, now: datetime) -> Path:
    """Copy the database at ``db_path`` (a consistent snapshot) into ``backup_dir``.

    The source is opened read-only, so the database itself is never changed.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = _free_name(backup_dir, f"{now.astimezone(UTC):{_STAMP}}", revision or "base")
    partial = target.with_name(f".{target.name}.part")
    try:
        _copy(db_path, partial)
        _fsync_file(partial)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    fsync_dir(backup_dir)
    return target


def _free_name(backup_dir: Path, stamp: str, revision: str) -> Path:
    candidate = backup_dir / f"{BACKUP_PREFIX}{stamp}-{revision}{BACKUP_SUFFIX}"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = backup_dir / f"{BACKUP_PREFIX}{stamp}-{revision}.{counter}{BACKUP_SUFFIX}"
    return candidate


def _copy(db_path: Path, target: Path) -> None:
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def backup_due(backup_dir: Path, now: datetime) -> bool:
    """Whether the newest backup is older than a day (or there is none)."""
    backups = list_backups(backup_dir)
    return not backups or now - _taken_at(backups[0]) >= DAILY


def prune_backups(backup_dir: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` backups, and partial copies a crash left behind.

    Returns the deleted paths. Call it only after this process's own backup finished.
    """
    if not backup_dir.is_dir():
        return []
    doomed = list_backups(backup_dir)[keep:]
    doomed += [p for p in backup_dir.iterdir() if _PARTIAL.match(p.name) and p.is_file()]
    for path in doomed:
        path.unlink()
    return doomed


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
