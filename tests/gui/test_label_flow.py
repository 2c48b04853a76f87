"""Reading the label in the window: Ctrl+L, the reading to confirm, the checks it proposes,
the label saved with the inspection."""

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from qc_station.adapters.ocr import RapidLabelReader
from qc_station.bench.label_set import label_case
from qc_station.domain.inspection import CheckOutcome
from qc_station.domain.label_text import TextLine, TextRead
from qc_station.domain.users import Role
from qc_station.errors import InputError
from qc_station.ui.dialogs.inspection_view_dialog import InspectionViewDialog
from qc_station.ui.launch import GuiParts
from tests.helpers.gui import add_user, station_window
from tests.helpers.station import StationKit, make_station

MILK = "0106901028075831"


class ScriptedReader:
    """The OCR port answering with fixed lines; counts its reads."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.reads = 0

    def read(self, image: bytes) -> TextRead:
        self.reads += 1
        if not image:
            raise InputError("the photo is empty")
        box = ((20.0, 20.0), (300.0, 20.0), (300.0, 50.0), (20.0, 50.0))
        lines = tuple(TextLine(t, box, 0.95) for t in self.texts)
        return TextRead(lines, False, "scripted 1")


def _label(made: str, storage: bool = True, shelf: str = "6个月") -> list[str]:
    texts = [
        "配料：生牛乳",
        "净含量：250mL",
        "生产者：杭州乳业有限公司",
        "地址：杭州市余杭区1号",
        "电话：0571-88886666",
        f"生产日期：{made}",
        f"保质期：{shelf}",
        "食品生产许可证编号：SC10633011000123",
        "产品标准代号：GB 25190",
    ]
    return texts + (["贮存条件：常温保存"] if storage else [])


def _frame() -> QImage:
    image = QImage(640, 480, QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    return image


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    add_user(made, "lina", "李娜", Role.INSPECTOR, "1234")
    yield made
    made.store.close()


def _window(qtbot, kit: StationKit, reader, capture=_frame) -> GuiParts:
    parts = station_window(kit, label_reader=reader, label_capture=capture)
    qtbot.addWidget(parts.window)
    parts.start()
    return parts


def _start(qtbot, gui: GuiParts, code: str) -> None:
    with qtbot.waitSignal(gui.scan.resolved, timeout=5000):
        qtbot.keyClicks(gui.scan.field, code)
        qtbot.keyClick(gui.scan.field, Qt.Key.Key_Return)
    dialog = gui.flow.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.username.setText("lina")
    dialog.pin.setText("1234")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: gui.inspection.draft is not None, timeout=5000)


def _read_label(qtbot, gui: GuiParts):
    assert gui.label_flow is not None
    gui.label_flow.dialog = None
    qtbot.keyClick(gui.inspection.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: gui.label_flow.dialog is not None and gui.label_flow.dialog.isVisible(),
        timeout=60_000,
    )
    return gui.label_flow.dialog


def _accept(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_ctrl_l_reads_the_label_and_accepting_proposes_its_checks_then_it_is_saved(
    qtbot, kit: StationKit
) -> None:
    reader = ScriptedReader(_label("2026年11月22日", storage=False))
    gui = _window(qtbot, kit, reader)
    try:
        _start(qtbot, gui, f"{MILK}11261122" + "10" + kit.lot.batch)
        dialog = _read_label(qtbot, gui)
        assert reader.reads == 1
        assert dialog.form.production_date.text() == "2026-11-22"
        assert dialog.photo.outlined == len(reader.texts)
        assert not dialog.form.elements[
            next(e for e in dialog.form.elements if e.value == "storage")
        ].isChecked()
        assert "Storage conditions" in dialog.findings.text()
        dialog.form.texts["batch"].setText(kit.lot.batch)  # the inspector adds what was missed
        _accept(dialog)
        draft = gui.inspection.draft
        assert draft.label is not None and draft.label.accepted.batch == kit.lot.batch
        elements = draft.check("lbl.gb7718_elements")
        assert elements.outcome is CheckOutcome.FAIL
        assert elements.defect_code == "LBL-GB7718-INCOMPLETE"
        assert "kept with the inspection" in gui.inspection.label_status.text()
        qtbot.keyClick(gui.inspection.table, Qt.Key.Key_A)
        with qtbot.waitSignal(gui.inspection.saved, timeout=5000) as saved:
            qtbot.keyClick(
                gui.inspection.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
            )
        stored = kit.service.get(saved.args[0].id)
        assert stored.label == draft.label
        assert kit.rows("SELECT inspection_id FROM label_reading") == [(stored.id,)]
        context = kit.service.context(kit.milk.id, kit.lot.id, stored.stage)
        viewer = InspectionViewDialog(stored, context, None)
        qtbot.addWidget(viewer)
        shown = viewer.fields["label"].text()
        assert "made 2026-11-22" in shown and "Storage conditions" in shown
        assert "Corrected by the inspector: Batch" in shown
    finally:
        gui.close()


def test_a_printed_date_the_barcode_contradicts_is_proposed_as_a_date_defect(
    qtbot, kit: StationKit
) -> None:
    gui = _window(qtbot, kit, ScriptedReader(_label("2026.11.20")))
    try:
        _start(qtbot, gui, f"{MILK}11261122" + "10" + kit.lot.batch)
        dialog = _read_label(qtbot, gui)
        assert "label 2026-11-20, barcode 2026-11-22" in dialog.findings.text()
        _accept(dialog)
        check = gui.inspection.draft.check("lbl.gb7718_elements")
        assert check.defect_code == "LBL-DATE-MISMATCH"
    finally:
        gui.close()


def test_a_shelf_life_the_listing_disagrees_with_and_ctrl_z_takes_the_label_back(
    qtbot, kit: StationKit
) -> None:
    gui = _window(qtbot, kit, ScriptedReader(_label("2026年11月22日", shelf="12个月")))
    try:
        _start(qtbot, gui, f"{MILK}10" + kit.lot.batch)
        _accept(_read_label(qtbot, gui))
        check = gui.inspection.draft.check("lbl.matches_sku")
        assert check.defect_code == "LBL-SHELF-LIFE-MISMATCH"
        qtbot.keyClick(gui.inspection.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert gui.inspection.draft.label is None
        assert gui.inspection.draft.check("lbl.matches_sku") is None
    finally:
        gui.close()


def test_a_typed_date_that_is_no_date_blocks_accepting(qtbot, kit: StationKit) -> None:
    gui = _window(qtbot, kit, ScriptedReader(_label("2026年11月22日")))
    try:
        _start(qtbot, gui, f"{MILK}10" + kit.lot.batch)
        dialog = _read_label(qtbot, gui)
        dialog.form.production_date.setText("2026-02-30")
        dialog.form.changed.emit()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        assert "2026-02-30" in dialog.problem.text()
        dialog.reject()
        assert gui.inspection.draft.label is None
    finally:
        gui.close()


def test_no_picture_from_the_camera_says_so_and_reads_nothing(qtbot, kit: StationKit) -> None:
    reader = ScriptedReader(_label("2026年11月22日"))
    gui = _window(qtbot, kit, reader, capture=QImage)
    try:
        _start(qtbot, gui, f"{MILK}10" + kit.lot.batch)
        qtbot.keyClick(gui.inspection.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert "no picture" in gui.inspection.label_status.text()
        assert reader.reads == 0 and gui.label_flow.dialog is None
    finally:
        gui.close()


def _qimage(bgr: np.ndarray) -> QImage:
    rgb = np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def test_the_real_ocr_reads_a_photographed_inkjet_label_in_the_window(
    qtbot, kit: StationKit
) -> None:
    case = label_case(1)  # inkjet code, tilted
    assert case.variant == "inkjet"
    gui = _window(qtbot, kit, RapidLabelReader(), capture=lambda: _qimage(case.image))
    try:
        _start(qtbot, gui, f"{MILK}10" + kit.lot.batch)
        dialog = _read_label(qtbot, gui)
        assert dialog.form.production_date.text() == case.truth.production_date
        assert dialog.form.texts["batch"].text() == case.truth.batch
        assert dialog.photo.outlined >= 10
        _accept(dialog)
        assert gui.inspection.draft.label.accepted.production_date.isoformat() == (
            case.truth.production_date
        )
    finally:
        gui.close()
