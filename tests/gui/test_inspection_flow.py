"""The whole flow in the window: scan, sign in, checklist by key, verdict, save, history."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.inspection import CheckOutcome, InspectionState
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role
from qc_station.domain.verdict import Verdict
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
def gui(qtbot, kit: StationKit) -> Iterator[GuiParts]:
    parts = station_window(kit)
    qtbot.addWidget(parts.window)
    parts.start()
    yield parts
    parts.close()


def _scan(qtbot, gui: GuiParts, text: str) -> None:
    with qtbot.waitSignal(gui.scan.resolved, timeout=5000):
        qtbot.keyClicks(gui.scan.field, text)  # a handheld scanner's burst
        qtbot.keyClick(gui.scan.field, Qt.Key.Key_Return)


def _sign_in(qtbot, gui: GuiParts, user: str = "lina", pin: str = "1234") -> None:
    dialog = gui.flow.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.username.setText(user)
    dialog.pin.setText(pin)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _key(qtbot, gui: GuiParts, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(gui.inspection.table, key, modifier)


def _start(qtbot, gui: GuiParts, code: str) -> None:
    _scan(qtbot, gui, code)
    if gui.flow.user is None:
        _sign_in(qtbot, gui)
    qtbot.waitUntil(lambda: gui.inspection.draft is not None, timeout=5000)


def test_pass_inspection_is_a_scan_and_two_keys(qtbot, gui: GuiParts, kit: StationKit) -> None:
    _start(qtbot, gui, "010690102807583110" + kit.lot.batch)
    assert gui.stack.currentWidget() is gui.inspection
    assert "李娜" in gui.window.user_label.text()
    _key(qtbot, gui, Qt.Key.Key_A)  # every item passes
    qtbot.waitUntil(lambda: gui.inspection.evaluation.decision is not None)
    assert gui.inspection.evaluation.decision.verdict is Verdict.ACCEPT
    with qtbot.waitSignal(gui.inspection.saved, timeout=5000) as blocker:
        _key(qtbot, gui, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = blocker.args[0]
    assert saved.state is InspectionState.SUBMITTED and saved.lot_id == kit.lot.id
    assert kit.service.get(saved.id) == saved
    qtbot.waitUntil(lambda: gui.history.model.rowCount() == 1)
    assert gui.history.model.summary(0).id == saved.id
    assert gui.stack.currentWidget() is gui.history


def test_failed_check_asks_for_the_defect_and_undo_takes_it_back(qtbot, gui, kit) -> None:
    _start(qtbot, gui, "010690102807583110" + kit.lot.batch)
    first = gui.inspection.model.item(0).code
    _key(qtbot, gui, Qt.Key.Key_F)
    qtbot.waitUntil(
        lambda: (
            getattr(gui.inspection, "defect_dialog", None) is not None
            and gui.inspection.defect_dialog.isVisible()
        )
    )
    dialog = gui.inspection.defect_dialog
    dialog.note.setText("外箱破损")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    failed = gui.inspection.draft.check(first)
    assert failed.outcome is CheckOutcome.FAIL and failed.note == "外箱破损"
    _key(qtbot, gui, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: gui.inspection.evaluation.decision is not None)
    assert gui.inspection.evaluation.decision.verdict is not Verdict.ACCEPT
    _key(qtbot, gui, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: gui.inspection.evaluation.decision is None)
    assert gui.inspection.draft.check(first).outcome is CheckOutcome.FAIL


def test_return_proposes_a_disposition_the_inspector_can_change(qtbot, gui, kit) -> None:
    gui.scan.stage_buttons.button(list(Stage).index(Stage.RETURN)).click()
    _start(qtbot, gui, "010690102807583110" + kit.lot.batch)
    assert gui.inspection.disposition.isVisible()
    _key(qtbot, gui, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: gui.inspection.evaluation.decision is not None)
    assert gui.inspection.disposition.currentData() == ReturnDisposition.RESELL.value
    gui.inspection.disposition.setCurrentIndex(
        gui.inspection.disposition.findData(ReturnDisposition.REPACK.value)
    )
    gui.inspection.disposition.activated.emit(gui.inspection.disposition.currentIndex())
    with qtbot.waitSignal(gui.inspection.saved, timeout=5000) as blocker:
        gui.inspection.save_button.click()
    assert blocker.args[0].disposition is ReturnDisposition.REPACK


def test_wrong_pin_keeps_the_dialog_open(qtbot, gui, kit) -> None:
    _scan(qtbot, gui, "010690102807583110" + kit.lot.batch)
    _sign_in(qtbot, gui, pin="9999")
    qtbot.waitUntil(lambda: "wrong" in gui.flow.dialog.problem.text())
    assert gui.flow.user is None and gui.inspection.draft is None
    connection = sqlite3.connect(kit.store.path)
    actions = [r[0] for r in connection.execute("SELECT action FROM audit_log")]
    connection.close()
    assert "auth.failed" in actions


def test_paperwork_numbers_and_the_buyers_reason_are_saved(qtbot, gui: GuiParts, kit) -> None:
    gui.scan.stage_buttons.button(list(Stage).index(Stage.RETURN)).click()
    assert gui.scan.return_reason.isVisible()
    gui.scan.reference.setText("RT20261202-0042")
    gui.scan.return_reason.setEditText("包装破损")
    _start(qtbot, gui, "010690102807583110" + kit.lot.batch)
    assert gui.inspection.draft.reference == "RT20261202-0042"
    assert gui.inspection.draft.return_reason == "包装破损"
    _key(qtbot, gui, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: gui.inspection.evaluation.decision is not None)
    with qtbot.waitSignal(gui.inspection.saved, timeout=5000) as blocker:
        _key(qtbot, gui, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = kit.service.get(blocker.args[0].id)
    assert (saved.reference, saved.return_reason) == ("RT20261202-0042", "包装破损")
    assert gui.scan.reference_text == "RT20261202-0042"  # kept for the next item of the order


def test_a_saved_inspection_is_amended_from_the_history(qtbot, gui: GuiParts, kit) -> None:
    _start(qtbot, gui, "010690102807583110" + kit.lot.batch)
    _key(qtbot, gui, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: gui.inspection.evaluation.decision is not None)
    with qtbot.waitSignal(gui.inspection.saved, timeout=5000) as blocker:
        _key(qtbot, gui, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    original = blocker.args[0]
    qtbot.waitUntil(lambda: gui.history.model.rowCount() == 1)
    with qtbot.waitSignal(gui.history_flow.opened, timeout=5000) as opened:
        gui.history_flow.open(original.id)
    viewer = opened.args[0]
    with qtbot.waitSignal(gui.stack.currentChanged, timeout=5000):
        viewer.amend_requested.emit(original.id, "批次号录错")
    draft = gui.inspection.draft
    assert (draft.version, draft.supersedes_id, draft.amend_reason) == (
        2,
        original.id,
        "批次号录错",
    )
    with qtbot.waitSignal(gui.inspection.saved, timeout=5000) as second:
        gui.inspection.save()
    assert second.args[0].version == 2
    qtbot.waitUntil(lambda: gui.history.model.rowCount() == 2)
    assert {gui.history.model.summary(r).version for r in range(2)} == {1, 2}


def test_checklist_model_passes_the_model_tester(qtmodeltester, kit: StationKit) -> None:
    from qc_station.domain.rules import applicable_items
    from qc_station.services.inspection_service import DraftRequest
    from qc_station.ui.models.checklist_table_model import ChecklistTableModel

    draft, context = kit.service.start(
        DraftRequest(kit.milk.id, kit.lot.id, Stage.INBOUND, kit.inspector.id)
    )
    model = ChecklistTableModel()
    model.set_checklist(applicable_items(context.template, False), draft)
    assert model.rowCount() == len(context.template.items) - 1  # minus the imports-only item
    qtmodeltester.check(model)


def test_an_open_inspection_rewords_itself_on_a_language_switch(qtbot, gui, kit) -> None:
    _start(qtbot, gui, "010690102807583110" + kit.lot.batch)
    _key(qtbot, gui, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: gui.inspection.evaluation.decision is not None)
    assert "Accept" in gui.inspection.verdict.text()
    gui.translations.use("zh_CN")
    try:
        qtbot.waitUntil(lambda: "合格" in gui.inspection.verdict.text())
        assert gui.inspection.save_button.text() == "保存（Ctrl+Enter）"
        assert "批次" in gui.inspection.title.text()
    finally:
        gui.translations.use("en")
    qtbot.waitUntil(lambda: gui.inspection.save_button.text() == "Save (Ctrl+Enter)")
