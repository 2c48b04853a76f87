"""Background threads yield the CPU to the GUI thread.

On a 2-core bench PC the camera's capture and decode threads, the store's writer and the
label OCR can all want a core at once; the window is the one thing that must not wait. On
Linux a thread has its own nice value (threads it starts inherit it, e.g. onnxruntime's
pool), so each background thread lowers its own. Elsewhere this does nothing.
"""

import logging
import os
import sys
import threading

log = logging.getLogger("qc_station.ui.thread_priority")

BACKGROUND_NICE = 10


def lower_this_thread(nice: int = BACKGROUND_NICE) -> bool:
    """Lower the calling thread's CPU priority by ``nice``; whether it was lowered."""
    if not sys.platform.startswith("linux"):
        return False
    tid = threading.get_native_id()
    try:
        current = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(19, current + nice))
    except OSError as exc:  # a sandbox may refuse it; the thread still works
        log.debug("could not lower the priority of thread %s: %s", tid, exc)
        return False
    return True
