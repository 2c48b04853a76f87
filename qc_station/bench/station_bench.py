"""``qc-station bench station``: the inspector's window, measured as an inspector uses it.

On a fresh 3-day demo store, offscreen, with a 720p video standing in for the camera (so
capture and decoding run the whole time): the time from a scan to the SKU card, the keys a
pass inspection takes after the scan and the time to "saved", and the longest stall of the
GUI event loop while all of that runs.
"""

import os
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest

from qc_station.app import build_demo, make_gui, open_station
from qc_station.bench.preview_bench import GuiProbe, bench_frames, write_video
from qc_station.bench.stats import summarize_ms
from qc_station.domain.scan import ScanEvent, ScanSource
from qc_station.services.ports import HistoryQuery
from qc_station.ui.launch import GuiParts, application, prepare_application

SCANS = 40
PASSES = 10
TIMEOUT_MS = 10_000


def run_station_bench(scans: int = SCANS, passes: int = PASSES) -> dict[str, Any]:
    """Measure scan-to-card latency, keys per pass inspection and GUI stalls."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="qc-station-bench-") as tmp:
        root = Path(tmp)
        build_demo(root / "data", days=3, seed=11)
        video = write_video(root / "camera.avi", bench_frames())
        station = open_station(root / "data")
        app = application()
        gui = make_gui(station, app, prepare_application(app, "zh_CN"), str(video))
        probe = GuiProbe()
        if gui.camera is not None:
            gui.camera.frame_ready.connect(probe.on_frame)
        try:
            gui.start()
            _wait(gui.history.loaded)  # the first load sizes the columns: start-up, not use
            _sign_in(gui)
            codes = _codes(station)  # the bench's own query: before the probe starts
            started = time.perf_counter()
            probe.start()
            card = [_scan_to_card(gui, code) for code in random.Random(3).choices(codes, k=scans)]
            saves = [_pass_inspection(gui, code) for code in codes[:passes]]
            probe.stop()
            seconds = time.perf_counter() - started
        finally:
            gui.close()
            station.close()
    return {
        "scan_to_card": summarize_ms(card),
        "pass_inspection": {"keys_after_scan": 2, "scan_to_saved": summarize_ms(saves)},
        "gui_stall_max_ms": round(probe.longest_gap_s * 1000, 1),
        "preview_fps_during_run": round(probe.frames / seconds, 1),
        "targets": {"scan_to_card_ms": 100, "keys_after_scan": 3, "gui_stall_ms": 50},
        "not_measured": "sync (no sync service yet)",
    }


def _wait(signal: Any) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def _sign_in(gui: GuiParts) -> None:
    gui.flow.ask_sign_in()
    gui.flow.dialog.username.setText("lina")
    gui.flow.dialog.pin.setText("1234")
    gui.flow.dialog.accept()
    _wait(gui.flow.user_changed)


def _codes(station: Any) -> list[str]:
    """GS1 element strings (GTIN and batch, as on a carton label) of recently inspected lots."""
    now = datetime.now(UTC)
    recent = HistoryQuery(now - timedelta(days=4), now + timedelta(minutes=1))
    rows = station.inspections.history(recent)
    return sorted({f"01{r.gtin}10{r.batch}" for r in rows if r.batch})[:60]


def _scan_to_card(gui: GuiParts, code: str) -> float:
    event = ScanEvent(code, ScanSource.WEDGE, datetime.now(UTC))
    started = time.perf_counter()
    gui.scan.submit(event)
    _wait(gui.scan.resolved)
    elapsed = time.perf_counter() - started
    if gui.inspection.draft is None:
        _wait(gui.stack.currentChanged)
    gui.inspection.cancel_button.click()
    return elapsed


def _pass_inspection(gui: GuiParts, code: str) -> float:
    started = time.perf_counter()
    gui.scan.submit(ScanEvent(code, ScanSource.WEDGE, datetime.now(UTC)))
    _wait(gui.stack.currentChanged)
    QTest.keyClick(gui.inspection.table, Qt.Key.Key_A)  # key 1: pass everything
    QTest.keyClick(gui.inspection.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _wait(gui.inspection.saved)
    return time.perf_counter() - started
