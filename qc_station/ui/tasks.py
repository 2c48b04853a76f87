"""The one door between the GUI thread and background work.

Work runs on a lane (a thread pool); its result or its exception comes back to a callback
on the GUI thread through a queued signal. Writes to the store go to the single-worker
``write`` lane, so they never race each other; reads go to ``read``; other slow work (disk,
network, PDF, decoding stills) goes to ``io``; label OCR, which takes every core for about
half a second, goes to its own ``ocr`` lane, one read at a time. No ``processEvents()``, ever.
"""

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from qc_station.ui.thread_priority import lower_this_thread

log = logging.getLogger("qc_station.ui.tasks")

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]

LANES = {"write": 1, "read": 2, "io": 2, "ocr": 1}
# Lanes whose work nobody is waiting on from one moment to the next run at a lower CPU
# priority; the store's lanes do not, because a scan or a save waits on them.
BACKGROUND_LANES = frozenset({"io", "ocr"})


class TaskRunner(QObject):
    """Runs callables off the GUI thread and calls back on it.

    Signals:
        _finished: internal; carries a finished future to the GUI thread.
    """

    _finished = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes = {
            name: ThreadPoolExecutor(
                workers,
                thread_name_prefix=f"qc-{name}",
                initializer=lower_this_thread if name in BACKGROUND_LANES else None,
            )
            for name, workers in LANES.items()
        }
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._closed = False
        for name, workers in LANES.items():
            self._start_workers(self._lanes[name], workers)

    @staticmethod
    def _start_workers(lane: ThreadPoolExecutor, workers: int) -> None:
        """Start every worker thread now: a pool starts them on demand, and starting a thread
        from the GUI thread waits for it to run, which under load stalls the window."""
        ready = threading.Barrier(workers)
        for _ in range(workers):
            lane.submit(ready.wait, 5.0)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Success,
        on_failure: Failure | None = None,
        lane: str = "read",
    ) -> Future[Any]:
        """Run ``work`` on ``lane``; ``on_success(result)`` or ``on_failure(exc)`` follows."""
        future = self._lanes[lane].submit(work)
        future.add_done_callback(lambda done: self._finished.emit(on_success, on_failure, done))
        return future

    @Slot(object, object, object)
    def _deliver(
        self, on_success: Success, on_failure: Failure | None, future: Future[Any]
    ) -> None:
        if self._closed or future.cancelled():
            return
        error = future.exception()
        if error is None:
            on_success(future.result())
        elif on_failure is not None:
            on_failure(error)
        else:
            log.error("background task failed", exc_info=error)

    def shutdown(self) -> None:
        """Finish running work, drop queued work, and stop delivering callbacks."""
        self._closed = True
        for lane in self._lanes.values():
            lane.shutdown(wait=True, cancel_futures=True)
