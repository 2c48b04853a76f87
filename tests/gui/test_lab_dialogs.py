"""The chain-of-custody dialogs of a lab sample: collect, dispatch, receive, result, approve."""

import itertools
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)

from qc_station.domain.lab import Accreditation, LabItemResult
from qc_station.domain.lab_tests import LAB_TEST_ITEMS, LAB_TEST_ITEMS_BY_CODE, default_tests
from qc_station.ui.dialogs.lab_collect_dialog import CollectValues, LabCollectDialog
from qc_station.ui.dialogs.lab_dispatch_dialog import DispatchValues, LabDispatchDialog
from qc_station.ui.dialogs.lab_receive_dialog import LabReceiveDialog, ReceiveValues
from qc_station.ui.dialogs.lab_result_dialog import (
    COL_ITEM,
    COL_MEASURED,
    COL_METHOD,
    COL_REQUIREMENT,
    COL_RESULT,
    FAIL_COLOUR,
    PASS_COLOUR,
    LabResultDialog,
    ResultValues,
)
from qc_station.ui.dialogs.supervisor_dialog import SupervisorDialog, SupervisorValues
from qc_station.ui.lab_words import lab_item_text

CODE = "S01-261202-003"
NOW = datetime(2026, 12, 3, 6, 41, 17, tzinfo=UTC)  # 14:41 in Shanghai
SENT = datetime(2026, 12, 1, 2, 15, 40, tzinfo=UTC)  # 10:15 in Shanghai
SHANGHAI = ZoneInfo("Asia/Shanghai")
ACCEPTED = QDialog.DialogCode.Accepted
REJECTED = QDialog.DialogCode.Rejected


def _shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # focus events, as on a screen
        dialog.show()
        dialog.activateWindow()
    return dialog


def _refused(dialog: QDialog, *words: str) -> None:
    assert dialog.isVisible() and dialog.result() != ACCEPTED
    assert dialog.problem.isVisibleTo(dialog)
    text = dialog.problem.text()
    assert all(w in text for w in words), text


def _accepted(dialog: QDialog) -> None:
    assert not dialog.isVisible() and dialog.result() == ACCEPTED, dialog.problem.text()


def _escape_rejects(qtbot, dialog: QDialog, focus: QWidget) -> None:
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == REJECTED


def _targets(dialog: QDialog) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    found = [w for kind in kinds for w in dialog.findChildren(kind) if w.isVisible()]
    inner = (QAbstractSpinBox, QComboBox, QLineEdit)
    return [w for w in found if not isinstance(w.parent(), inner)]  # editors, clear buttons


# ---- collect --------------------------------------------------------------------------------


def _collect(qtbot) -> LabCollectDialog:
    return _shown(qtbot, LabCollectDialog(CODE, "伊利 安慕希 205g×12"))


def test_collect_starts_with_two_units_for_the_lab_and_one_backup(qtbot) -> None:
    dialog = _collect(qtbot)
    assert CODE in dialog.windowTitle() and CODE in dialog.heading.text()
    assert dialog.product.text() == "伊利 安慕希 205g×12"
    assert (dialog.test_quantity.value(), dialog.backup_quantity.value()) == (2, 1)
    assert (dialog.test_quantity.minimum(), dialog.backup_quantity.minimum()) == (1, 0)
    assert dialog.seal_no.text() == "" and not dialog.problem.isVisibleTo(dialog)


def test_collect_refuses_without_a_seal_number(qtbot) -> None:
    dialog = _collect(qtbot)
    dialog.seal_no.setText("   ")
    dialog.ok_button.click()
    _refused(dialog, "seal")
    with pytest.raises(ValueError):
        dialog.values()


def test_collect_keeps_the_quantities_in_bounds(qtbot) -> None:
    dialog = _collect(qtbot)
    dialog.test_quantity.setValue(0)
    dialog.backup_quantity.setValue(-3)
    assert (dialog.test_quantity.value(), dialog.backup_quantity.value()) == (1, 0)
    dialog.steppers["backup-"].click()
    assert dialog.backup_quantity.value() == 0
    dialog.steppers["test+"].click()
    dialog.steppers["test+"].click()
    dialog.steppers["test-"].click()
    assert dialog.test_quantity.value() == 2
    dialog.seal_no.setText("QC-0042")
    dialog.test_quantity.selectAll()
    qtbot.keyClicks(dialog.test_quantity, "0")  # below the minimum: not a number of units
    dialog.ok_button.click()
    _refused(dialog, "1")
    qtbot.keyClick(dialog.test_quantity, Qt.Key.Key_Return)  # not quietly put back to 2
    _refused(dialog, "1")
    assert dialog.test_quantity.text() == "0"
    dialog.test_quantity.setValue(2)
    dialog.backup_quantity.selectAll()
    qtbot.keyClick(dialog.backup_quantity, Qt.Key.Key_Backspace)  # empty: no number
    qtbot.keyClick(dialog.backup_quantity, Qt.Key.Key_Return)
    _refused(dialog, "backup")


def test_collect_returns_the_values_on_enter(qtbot) -> None:
    dialog = _collect(qtbot)
    dialog.test_quantity.setValue(3)
    dialog.backup_quantity.setValue(0)
    qtbot.keyClicks(dialog.seal_no, "  QC-0042 ")
    qtbot.keyClick(dialog.seal_no, Qt.Key.Key_Return)
    _accepted(dialog)
    assert dialog.values() == CollectValues(3, 0, "QC-0042")


def test_collect_escape_cancels(qtbot) -> None:
    dialog = _collect(qtbot)
    _escape_rejects(qtbot, dialog, dialog.seal_no)


def test_collect_tab_goes_from_field_to_field(qtbot) -> None:
    dialog = _collect(qtbot)
    chain = [dialog.test_quantity, dialog.backup_quantity, dialog.seal_no, dialog.ok_button]
    for first, second in itertools.pairwise(chain):
        assert _next_focus(first) is second


# ---- dispatch -------------------------------------------------------------------------------

LABS = ["谱尼测试 (PONY)", "华测检测 CTI", " ", "谱尼测试 (PONY)"]
COURIERS = ["顺丰速运", "京东物流"]


def _dispatch(qtbot, labs=LABS, couriers=COURIERS) -> LabDispatchDialog:
    return _shown(qtbot, LabDispatchDialog(CODE, labs, couriers))


def test_dispatch_suggests_the_labs_and_couriers_given(qtbot) -> None:
    dialog = _dispatch(qtbot)
    labs = [dialog.lab.itemText(i) for i in range(dialog.lab.count())]
    assert labs == ["谱尼测试 (PONY)", "华测检测 CTI"]  # blanks and repeats dropped
    assert dialog.lab.currentText() == "谱尼测试 (PONY)" and dialog.lab.isEditable()
    assert dialog.courier.currentText() == "顺丰速运" and dialog.courier.isEditable()
    assert dialog.tracking_no.text() == ""


def test_dispatch_refuses_each_missing_field(qtbot) -> None:
    dialog = _dispatch(qtbot, labs=[], couriers=[])
    assert dialog.lab.currentText() == "" and dialog.courier.currentText() == ""
    dialog.ok_button.click()
    _refused(dialog, "lab")
    dialog.lab.setEditText("SGS 通标")
    dialog.ok_button.click()
    _refused(dialog, "courier")
    dialog.courier.setEditText("中通快递")
    dialog.ok_button.click()
    _refused(dialog, "tracking number")


def test_dispatch_refuses_a_tracking_number_with_spaces_inside(qtbot) -> None:
    dialog = _dispatch(qtbot)
    dialog.tracking_no.setText("SF 1234 5678")
    dialog.ok_button.click()
    _refused(dialog, "spaces")
    with pytest.raises(ValueError):
        dialog.values()


def test_dispatch_returns_typed_names_and_the_stripped_number(qtbot) -> None:
    dialog = _dispatch(qtbot)
    dialog.lab.setEditText("  SGS 通标 ")
    dialog.courier.setCurrentIndex(1)
    qtbot.keyClicks(dialog.tracking_no, " SF1234567890 ")
    qtbot.keyClick(dialog.tracking_no, Qt.Key.Key_Return)
    _accepted(dialog)
    assert dialog.values() == DispatchValues("SGS 通标", "京东物流", "SF1234567890")
    assert dialog.lab.count() == 2  # Enter in a combo adds nothing to the suggestions


def test_dispatch_enter_in_the_lab_combo_accepts(qtbot) -> None:
    dialog = _dispatch(qtbot)
    dialog.tracking_no.setText("JD0001")
    qtbot.keyClick(dialog.lab.lineEdit(), Qt.Key.Key_Return)
    _accepted(dialog)


def test_dispatch_escape_cancels(qtbot) -> None:
    dialog = _dispatch(qtbot)
    _escape_rejects(qtbot, dialog, dialog.tracking_no)


# ---- receive --------------------------------------------------------------------------------


def _receive(qtbot, tz=SHANGHAI, sent=SENT, now=NOW) -> LabReceiveDialog:
    return _shown(qtbot, LabReceiveDialog(CODE, sent, now, tz))


def _set_received(dialog: LabReceiveDialog, text: str) -> None:
    edit = dialog.received_at
    edit.setDateTime(edit.dateTimeFromText(text))
    assert edit.text() == text


def test_receive_starts_at_now_shown_in_the_site_zone(qtbot) -> None:
    dialog = _receive(qtbot)
    assert dialog.received_at.text() == "2026-12-03 14:41"
    assert "2026-12-01 10:15" in dialog.sent.text()
    assert dialog.seal_intact.isChecked() and dialog.note.text() == ""
    values = dialog.values()
    assert values == ReceiveValues(datetime(2026, 12, 3, 6, 41, tzinfo=UTC), True, "")
    assert values.received_at.utcoffset() == timedelta(0)


def test_receive_edits_wall_clock_time_in_the_site_zone(qtbot) -> None:
    dialog = _receive(qtbot)
    _set_received(dialog, "2026-12-02 09:30")
    dialog.ok_button.click()
    _accepted(dialog)
    assert dialog.values().received_at == datetime(2026, 12, 2, 1, 30, tzinfo=UTC)


def test_receive_in_a_fixed_offset_and_in_this_computers_zone(qtbot) -> None:
    fixed = _receive(qtbot, tz=timezone(timedelta(hours=-5)))
    assert fixed.received_at.text() == "2026-12-03 01:41"
    assert fixed.values().received_at == datetime(2026, 12, 3, 6, 41, tzinfo=UTC)
    local = _receive(qtbot, tz=None)
    assert local.received_at.text() == NOW.astimezone().strftime("%Y-%m-%d %H:%M")
    assert local.values().received_at == datetime(2026, 12, 3, 6, 41, tzinfo=UTC)


def test_receive_refuses_a_time_before_the_dispatch(qtbot) -> None:
    dialog = _receive(qtbot)
    _set_received(dialog, "2026-12-01 10:14")
    dialog.ok_button.click()
    _refused(dialog, "before", "2026-12-01 10:15")


def test_receive_in_the_minute_of_the_dispatch_counts_as_the_dispatch(qtbot) -> None:
    dialog = _receive(qtbot)
    _set_received(dialog, "2026-12-01 10:15")  # 10:15:00, but the sample left at 10:15:40
    dialog.ok_button.click()
    _accepted(dialog)
    assert dialog.values().received_at == SENT


def test_receive_refuses_a_time_after_now(qtbot) -> None:
    dialog = _receive(qtbot)
    _set_received(dialog, "2026-12-03 14:42")
    dialog.ok_button.click()
    _refused(dialog, "2026-12-03 14:41")


def test_receive_a_broken_seal_needs_a_note(qtbot) -> None:
    dialog = _receive(qtbot)
    dialog.seal_intact.setChecked(False)
    assert "required" in dialog.note_label.text()
    dialog.note.setText("  ")
    dialog.ok_button.click()
    _refused(dialog, "seal")
    dialog.note.setText(" 封条撕裂 ")  # QTest types Latin-1 only
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    _accepted(dialog)
    values = dialog.values()
    assert (values.seal_intact, values.note) == (False, "封条撕裂")


def test_receive_escape_cancels(qtbot) -> None:
    dialog = _receive(qtbot)
    _escape_rejects(qtbot, dialog, dialog.received_at)


# ---- result ---------------------------------------------------------------------------------


def _result(qtbot, category: str = "dairy") -> LabResultDialog:
    return _shown(qtbot, LabResultDialog(CODE, category, "谱尼测试 (PONY)"))


def _fill(dialog: LabResultDialog) -> None:
    dialog.report_no.setText(" PONY-2612-00871 ")
    dialog.cma.setChecked(True)
    for row in range(dialog.table.rowCount()):
        dialog.cell_edit(row, COL_MEASURED).setText(f" {row}.1 mg/kg ")


def test_result_starts_with_the_usual_items_of_the_category(qtbot) -> None:
    dialog = _result(qtbot)
    codes = list(default_tests("dairy"))
    assert dialog.item_codes() == codes
    table = dialog.table
    assert [table.item(r, COL_ITEM).text() for r in range(len(codes))] == [
        lab_item_text(c) for c in codes
    ]
    assert not table.item(0, COL_ITEM).flags() & Qt.ItemFlag.ItemIsEditable
    methods = [dialog.cell_edit(r, COL_METHOD).text() for r in range(len(codes))]
    assert methods == [LAB_TEST_ITEMS_BY_CODE[c].method for c in codes]
    assert all(dialog.cell_edit(r, COL_REQUIREMENT).text() == "" for r in range(len(codes)))
    assert dialog.lab_name.text() == "谱尼测试 (PONY)" and dialog.report_no.text() == ""
    assert not dialog.cma.isChecked() and not dialog.cnas.isChecked()
    assert dialog.pdf_path is None and not dialog.detach_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    assert "pass" in dialog.overall.text()


def test_result_of_an_unlisted_category_starts_with_heavy_metals(qtbot) -> None:
    assert _result(qtbot, "books").item_codes() == ["lead", "cadmium"]


def test_result_adds_only_items_not_yet_listed_and_removes_the_selected_one(qtbot) -> None:
    dialog = _result(qtbot, "books")
    offered = [dialog.add_choice.itemData(i) for i in range(dialog.add_choice.count())]
    assert offered == [i.code for i in LAB_TEST_ITEMS if i.code not in ("lead", "cadmium")]
    dialog.add_choice.setCurrentIndex(dialog.add_choice.findData("mercury"))
    dialog.add_button.click()
    assert dialog.item_codes() == ["lead", "cadmium", "mercury"]
    assert dialog.cell_edit(2, COL_METHOD).text() == "GB 5009.17"
    assert dialog.add_choice.findData("mercury") < 0
    assert dialog.table.currentRow() == 2 and dialog.remove_button.isEnabled()
    dialog.cell_edit(0, COL_MEASURED).setFocus()  # working in a row selects it
    assert dialog.table.currentRow() == 0
    dialog.remove_button.click()
    assert dialog.item_codes() == ["cadmium", "mercury"]
    assert dialog.add_choice.findData("lead") >= 0


def test_result_enter_on_the_item_to_add_adds_it_and_keeps_the_dialog_open(qtbot) -> None:
    dialog = _result(qtbot, "books")
    dialog.add_choice.setCurrentIndex(dialog.add_choice.findData("arsenic"))
    qtbot.keyClick(dialog.add_choice, Qt.Key.Key_Return)
    assert dialog.item_codes() == ["lead", "cadmium", "arsenic"] and dialog.isVisible()


def test_result_cannot_add_more_once_every_item_is_listed(qtbot) -> None:
    dialog = _result(qtbot)
    while dialog.add_choice.count():
        dialog.add_button.click()
    assert len(dialog.item_codes()) == len(LAB_TEST_ITEMS)
    assert not dialog.add_button.isEnabled() and not dialog.add_choice.isEnabled()


def test_result_overall_line_follows_the_items(qtbot) -> None:
    dialog = _result(qtbot)
    assert "Overall: pass" in dialog.overall.text()
    assert PASS_COLOUR in dialog.overall.styleSheet()
    dialog.set_passed(1, False)
    assert "FAIL" in dialog.overall.text() and "1 item" in dialog.overall.text()
    assert lab_item_text("coliforms") in dialog.overall.text()
    assert FAIL_COLOUR in dialog.overall.styleSheet()
    assert FAIL_COLOUR in dialog.result_combo(1).styleSheet()  # the row too, with its word
    combo = dialog.result_combo(3)
    combo.setCurrentIndex(combo.findData(False))  # as a person picks "Fail"
    assert "2 item" in dialog.overall.text()
    assert dialog.failed_codes() == ["coliforms", "aflatoxin_m1"]
    dialog.set_passed(1, True)
    dialog.set_passed(3, True)
    assert "Overall: pass" in dialog.overall.text()
    dialog.set_passed(0, False)
    dialog.table.selectRow(0)
    dialog.remove_selected()  # the failed item goes: the rest pass
    assert "Overall: pass" in dialog.overall.text()


def test_result_refuses_each_missing_part_of_the_report(qtbot) -> None:
    dialog = _result(qtbot)
    _fill(dialog)
    dialog.report_no.clear()
    dialog.ok_button.click()
    _refused(dialog, "report number")
    dialog.report_no.setText("R-1")
    dialog.lab_name.setText("  ")
    dialog.ok_button.click()
    _refused(dialog, "lab")
    dialog.lab_name.setText("谱尼测试 (PONY)")
    dialog.cma.setChecked(False)
    dialog.ok_button.click()
    _refused(dialog, "CMA", "CNAS")
    dialog.cnas.setChecked(True)
    dialog.cell_edit(2, COL_MEASURED).setText(" ")
    dialog.ok_button.click()
    _refused(dialog, lab_item_text("pathogens"))
    with pytest.raises(ValueError):
        dialog.values()


def test_result_refuses_a_report_without_items(qtbot) -> None:
    dialog = _result(qtbot, "books")
    _fill(dialog)
    while dialog.table.rowCount():
        dialog.table.selectRow(0)
        dialog.remove_button.click()
    assert "no test items" in dialog.overall.text()
    dialog.ok_button.click()
    _refused(dialog, "test items")


def test_result_returns_the_report_as_entered(qtbot, tmp_path: Path) -> None:
    dialog = _result(qtbot, "books")
    _fill(dialog)
    dialog.cnas.setChecked(True)
    dialog.cell_edit(0, COL_REQUIREMENT).setText(" ≤ 0.5 mg/kg ")
    dialog.cell_edit(1, COL_METHOD).setText(" GB 5009.268 ")
    dialog.set_passed(1, False)
    pdf = tmp_path / "PONY-2612-00871.pdf"
    dialog.attach_file(pdf)
    assert dialog.pdf_label.text() == pdf.name and dialog.detach_button.isEnabled()
    qtbot.keyClick(dialog.cell_edit(1, COL_MEASURED), Qt.Key.Key_Return)
    _accepted(dialog)
    assert dialog.values() == ResultValues(
        "PONY-2612-00871",
        "谱尼测试 (PONY)",
        frozenset({Accreditation.CMA, Accreditation.CNAS}),
        (
            LabItemResult("lead", "≤ 0.5 mg/kg", "0.1 mg/kg", True, "GB 5009.12"),
            LabItemResult("cadmium", "", "1.1 mg/kg", False, "GB 5009.268"),
        ),
        pdf,
    )


def test_result_pdf_is_chosen_with_a_file_dialog_and_only_its_path_kept(
    qtbot, tmp_path: Path
) -> None:
    dialog = _result(qtbot)
    dialog.attach_button.click()
    chooser = dialog.file_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.fileSelected.emit(str(tmp_path / "missing-is-fine.pdf"))  # nothing is read
    chooser.reject()
    assert dialog.pdf_path == tmp_path / "missing-is-fine.pdf"
    dialog.attach_file(tmp_path / "photo.jpg")
    _refused(dialog, "PDF")
    assert dialog.pdf_path == tmp_path / "missing-is-fine.pdf"
    dialog.detach_button.click()
    assert dialog.pdf_path is None and not dialog.detach_button.isEnabled()


def test_result_tab_goes_through_each_row_then_to_the_next(qtbot) -> None:
    dialog = _result(qtbot, "books")
    chain: list[QWidget] = [dialog.report_no, dialog.lab_name, dialog.cma, dialog.cnas]
    for row in range(2):
        chain += [dialog.cell_edit(row, COL_METHOD), dialog.cell_edit(row, COL_REQUIREMENT)]
        chain += [dialog.cell_edit(row, COL_MEASURED), dialog.result_combo(row)]
    chain += [dialog.add_choice, dialog.add_button]
    for first, second in itertools.pairwise(chain):
        assert _next_focus(first) is second
    assert dialog.table.cellWidget(0, COL_RESULT) is dialog.result_combo(0)


def test_result_escape_cancels(qtbot) -> None:
    dialog = _result(qtbot)
    _escape_rejects(qtbot, dialog, dialog.report_no)


# ---- supervisor -----------------------------------------------------------------------------


def _supervisor(qtbot, needs_reason: bool = True) -> SupervisorDialog:
    explanation = "Sample S01-261202-003 will be cancelled; its lot is no longer held."
    return _shown(qtbot, SupervisorDialog("Cancel the sample", explanation, needs_reason))


def test_supervisor_asks_for_a_username_pin_and_reason(qtbot) -> None:
    dialog = _supervisor(qtbot)
    assert dialog.windowTitle() == "Cancel the sample"
    assert "no longer held" in dialog.explanation.text()
    assert dialog.pin.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.reason.isVisible()


def test_supervisor_refuses_each_missing_field(qtbot) -> None:
    dialog = _supervisor(qtbot)
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog.ok_button.click()
        _refused(dialog, "user name")
        dialog.username.setText("wang.li")
        dialog.ok_button.click()
        _refused(dialog, "PIN")
        dialog.pin.setText("2468")
        dialog.reason.setText("  ")
        dialog.ok_button.click()
        _refused(dialog, "reason")
    assert dialog.pin.text() == "2468"  # a missing reason does not cost the PIN


def test_supervisor_is_busy_while_the_caller_checks_and_then_refused(qtbot) -> None:
    dialog = _supervisor(qtbot)
    dialog.username.setText(" wang.li ")
    dialog.pin.setText("2468")
    dialog.reason.setText(" 样品破损 ")
    with qtbot.waitSignal(dialog.submitted) as blocker:
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert blocker.args == [SupervisorValues("wang.li", "2468", "样品破损")]
    assert dialog.busy and dialog.isVisible()
    assert not any(
        w.isEnabled() for w in (dialog.username, dialog.pin, dialog.reason, dialog.ok_button)
    )
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog._on_accepted()  # a second Enter while checking sends nothing more
    dialog.reject()  # nor can it be cancelled halfway
    assert dialog.isVisible()
    dialog.show_problem("Wrong username or PIN.")
    _refused(dialog, "Wrong username or PIN.")
    assert dialog.ok_button.isEnabled() and dialog.username.isEnabled()
    assert dialog.pin.text() == "" and dialog.username.text() == " wang.li "
    dialog.pin.setText("1357")
    with qtbot.waitSignal(dialog.submitted):
        dialog.ok_button.click()
    dialog.accept()  # the caller found the PIN right
    _accepted(dialog)


def test_supervisor_without_a_reason(qtbot) -> None:
    dialog = _supervisor(qtbot, needs_reason=False)
    assert not dialog.reason.isVisible()
    dialog.username.setText("wang.li")
    dialog.pin.setText("2468")
    with qtbot.waitSignal(dialog.submitted) as blocker:
        dialog.ok_button.click()
    assert blocker.args == [SupervisorValues("wang.li", "2468", "")]
    dialog.set_busy(False)
    assert dialog.ok_button.isEnabled() and not dialog.busy


def test_supervisor_escape_cancels(qtbot) -> None:
    dialog = _supervisor(qtbot)
    _escape_rejects(qtbot, dialog, dialog.username)


# ---- all of them ----------------------------------------------------------------------------


@pytest.fixture(params=["collect", "dispatch", "receive", "result", "supervisor"])
def any_dialog(request, qtbot) -> QDialog:
    made = {
        "collect": lambda: LabCollectDialog(CODE, "安慕希"),
        "dispatch": lambda: LabDispatchDialog(CODE, LABS, COURIERS),
        "receive": lambda: LabReceiveDialog(CODE, SENT, NOW, SHANGHAI),
        "result": lambda: LabResultDialog(CODE, "dairy", "PONY"),
        "supervisor": lambda: SupervisorDialog("Approve", "A supervisor approves.", True),
    }
    return _shown(qtbot, made[request.param]())


def test_every_target_is_large_enough_for_gloved_hands(any_dialog: QDialog) -> None:
    small = [w for w in _targets(any_dialog) if w.height() < 40]
    assert _targets(any_dialog) and small == []


def test_every_dialog_shows_a_problem_from_the_caller(any_dialog: QDialog) -> None:
    any_dialog.show_problem("the disk is full")
    _refused(any_dialog, "the disk is full")
    any_dialog.show_problem("")
    assert not any_dialog.problem.isVisibleTo(any_dialog)


def test_every_dialog_fits_a_small_screen(any_dialog: QDialog) -> None:
    size = any_dialog.size()
    assert size.width() <= 1366 and size.height() <= 700


def _next_focus(widget: QWidget) -> QWidget:
    """The widget that the Tab key moves the focus to from ``widget``."""
    widget.setFocus()
    assert QApplication.focusWidget() is widget
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()
