"""Background threads lower their own CPU priority, not the process's or the caller's."""

import os
import sys
import threading

import pytest

from qc_station.ui.thread_priority import lower_this_thread

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice")


def test_a_thread_lowers_only_itself() -> None:
    seen: dict[str, int] = {}

    def body() -> None:
        tid = threading.get_native_id()
        before = os.getpriority(os.PRIO_PROCESS, tid)
        seen["lowered"] = int(lower_this_thread(5))
        seen["delta"] = os.getpriority(os.PRIO_PROCESS, tid) - before

    main_before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    assert seen["lowered"] == 1
    assert seen["delta"] == min(5, 19 - main_before)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main_before


def test_the_task_runner_lowers_its_background_lanes_only(qapp) -> None:
    from qc_station.ui.tasks import TaskRunner

    runner = TaskRunner()
    main = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    def nice() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    try:
        results = {
            lane: runner.run(nice, lambda _r: None, lane=lane).result(5)
            for lane in ("write", "read", "io", "ocr")
        }
    finally:
        runner.shutdown()
    assert results["write"] == main and results["read"] == main
    assert results["io"] > main or main == 19
    assert results["ocr"] > main or main == 19
