"""A failed check with a photo taken from the camera (a folder of images stands in for it)."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from qc_station.adapters.camera import CameraSpec
from qc_station.domain.inspection import CheckOutcome
from qc_station.domain.users import Role
from qc_station.ui.launch import GuiParts
from tests.helpers.gui import add_user, station_window
from tests.helpers.station import StationKit, make_station


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    add_user(made, "lina", "李娜", Role.INSPECTOR, "1234")
    yield made
    made.store.close()


@pytest.fixture
def camera_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "camera"
    folder.mkdir()
    frame = np.full((480, 640, 3), 200, np.uint8)
    cv2.rectangle(frame, (120, 90), (520, 390), (40, 60, 200), -1)  # a crushed red carton
    cv2.line(frame, (150, 120), (480, 360), (20, 20, 20), 9)
    for n in range(3):
        cv2.imwrite(str(folder / f"{n}.png"), frame)
    return folder


@pytest.fixture
def gui(qtbot, kit: StationKit, camera_folder: Path) -> Iterator[GuiParts]:
    spec = CameraSpec(str(camera_folder), 640, 480, frames_per_image=600, loop=True)
    parts = station_window(kit, camera=spec)
    qtbot.addWidget(parts.window)
    parts.start()
    yield parts
    parts.close()


def test_failed_check_keeps_a_photo_from_the_camera(qtbot, gui: GuiParts, kit) -> None:
    qtbot.waitUntil(lambda: gui.camera_view.has_picture, timeout=10_000)
    with qtbot.waitSignal(gui.scan.resolved, timeout=5000):
        qtbot.keyClicks(gui.scan.field, "010690102807583110" + kit.lot.batch)
        qtbot.keyClick(gui.scan.field, Qt.Key.Key_Return)
    dialog = gui.flow.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.username.setText("lina")
    dialog.pin.setText("1234")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: gui.inspection.draft is not None, timeout=5000)
    gui.inspection.answer(3, CheckOutcome.FAIL)  # "no leak, no crush"
    defect = gui.inspection.defect_dialog
    qtbot.waitUntil(defect.isVisible)
    qtbot.mouseClick(defect.photo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(defect.photos) == 1, timeout=5000)
    defect.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    item = gui.inspection.model.item(3).code
    (sha,) = gui.inspection.draft.check(item).photos
    assert kit.photos.read(sha)[:2] == b"\xff\xd8"  # a JPEG, stored under its SHA-256
    gui.inspection.pass_remaining()
    with qtbot.waitSignal(gui.inspection.saved, timeout=5000) as blocker:
        gui.inspection.save()
    connection = sqlite3.connect(kit.store.path)
    rows = connection.execute(
        "SELECT item_code, sha256 FROM check_photo WHERE inspection_id = ?", (blocker.args[0].id,)
    ).fetchall()
    connection.close()
    assert rows == [(item, sha)]
