"""The status bar tells the camera's state and when the handheld scanner last sent a code."""

import gc
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt

from qc_station.adapters.camera import CameraSpec
from qc_station.ui.launch import GuiParts
from tests.helpers.gui import station_window
from tests.helpers.station import StationKit, make_station


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    yield made
    made.store.close()


def _window(qtbot, kit: StationKit, camera: CameraSpec | None) -> GuiParts:
    parts = station_window(kit, camera=camera)
    qtbot.addWidget(parts.window)
    parts.start()
    return parts


def test_without_a_camera_the_bar_says_so_and_the_scanner_waits(qtbot, kit: StationKit) -> None:
    gui = _window(qtbot, kit, None)
    try:
        assert gui.window.camera_label.text() == "Camera: none"
        assert gui.window.scanner_label.text() == "Scanner: waiting for a scan"
    finally:
        gui.close()


def test_a_live_camera_and_a_handheld_scan_show_in_the_bar(
    qtbot, kit: StationKit, tmp_path: Path
) -> None:
    folder = tmp_path / "camera"
    folder.mkdir()
    cv2.imwrite(str(folder / "0.png"), np.full((480, 640, 3), 180, np.uint8))
    spec = CameraSpec(str(folder), 640, 480, frames_per_image=600, loop=True)
    gui = _window(qtbot, kit, spec)
    try:
        qtbot.waitUntil(lambda: gui.window.camera_label.text() == "Camera: live", timeout=10000)
        code = f"01{kit.milk.gtin}10{kit.lot.batch}"
        with qtbot.waitSignal(gui.wedge.scanned, timeout=5000):
            qtbot.keyClicks(gui.scan.field, code)  # a scanner's burst
            qtbot.keyClick(gui.scan.field, Qt.Key.Key_Return)
        assert gui.window.scanner_label.text().startswith("Scanner: last scan ")
    finally:
        gui.close()


def test_the_window_freezes_what_start_up_made_and_thaws_it_on_close(
    qtbot, kit: StationKit
) -> None:
    gc.unfreeze()
    gui = _window(qtbot, kit, None)
    try:
        assert gc.get_freeze_count() > 1000  # the store, Qt's wrappers, the modules
    finally:
        gui.close()
    assert gc.get_freeze_count() == 0
