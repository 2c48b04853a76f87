"""Moving committed pages from the WAL into the database file, off the save path.

SQLite's automatic checkpoint runs inside the commit that crosses its threshold; on a large
store that one save then takes a few hundred milliseconds instead of a few. The writer
engine therefore raises the automatic threshold to a backstop, and this worker runs a
PASSIVE checkpoint on its own connection every few seconds. PASSIVE never blocks readers or
writers. Durability does not depend on it: with ``synchronous=FULL`` a commit is durable in
the WAL already.
"""

import contextlib
import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger("qc_station.db")

CHECKPOINT_INTERVAL_S = 5.0
BACKSTOP_PAGES = 20_000  # ~80 MB of WAL: only reached if this worker cannot run


class Checkpointer:
    """A daemon thread that checkpoints the WAL of one database file."""

    def __init__(self, path: Path, interval_s: float = CHECKPOINT_INTERVAL_S) -> None:
        self._path = path
        self._interval = interval_s
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="qc-checkpoint", daemon=True)
        self.runs = 0

    def start(self) -> None:
        """Start checkpointing in the background."""
        self._thread.start()

    def nudge(self) -> None:
        """Checkpoint soon rather than at the next interval."""
        self._wake.set()

    def stop(self) -> None:
        """Stop the thread, then fold the whole WAL into the database file."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self.checkpoint("TRUNCATE")

    def checkpoint(self, mode: str = "PASSIVE") -> tuple[int, int, int]:
        """Run one checkpoint; returns SQLite's (busy, WAL frames, frames checkpointed)."""
        connection = sqlite3.connect(self._path, timeout=5, isolation_level=None)
        try:
            row = connection.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        finally:
            connection.close()
        self.runs += 1
        return int(row[0]), int(row[1]), int(row[2])

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self._interval)
            self._wake.clear()
            if self._stop.is_set():
                return
            with contextlib.suppress(sqlite3.Error):  # busy or locked: try again next time
                self.checkpoint()
