"""The supervisor's dialog of sampling plans per category: level and AQLs, reset, approval."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)

from qc_station.domain.aql_defaults import DEFAULT_LEVEL, aqls_for
from qc_station.domain.catalogue import ProductCategory, RiskLevel
from qc_station.domain.defects import Severity
from qc_station.domain.sampling import ZERO_TOLERANCE
from qc_station.domain.sampling_tables import AQL_COLUMNS
from qc_station.services.sampling_service import LEVELS
from qc_station.ui.dialogs.sampling_settings_dialog import (
    COL_CATEGORY,
    CategoryPlanRow,
    SamplingSettingsDialog,
    SamplingSettingsValues,
)
from qc_station.ui.labels import category_name

ACCEPTED = QDialog.DialogCode.Accepted
REJECTED = QDialog.DialogCode.Rejected
C, MA, MI = Severity.CRITICAL, Severity.MAJOR, Severity.MINOR

SNACKS = ProductCategory(
    "snacks_drinks", "休闲食品/饮料", "Snacks & drinks", RiskLevel.MEDIUM, True
)
DAIRY = ProductCategory("dairy", "乳制品", "Dairy", RiskLevel.HIGH, True)
TOYS = ProductCategory("toys", "玩具", "Toys", RiskLevel.HIGH, False)
APPAREL = ProductCategory("apparel", "服装", "Apparel", RiskLevel.LOW, False)
TOYS_SET = {C: ZERO_TOLERANCE, MA: "0.65", MI: "1.5"}


def _rows() -> list[CategoryPlanRow]:
    return [
        CategoryPlanRow(SNACKS, aqls_for("snacks_drinks"), DEFAULT_LEVEL, True),
        CategoryPlanRow(DAIRY, aqls_for("dairy"), DEFAULT_LEVEL, True),
        CategoryPlanRow(TOYS, dict(TOYS_SET), "III", False),
        CategoryPlanRow(APPAREL, {C: "0", MA: "1", MI: "6.5"}, "S-4", False),  # "1" is "1.0"
    ]


def _shown(qtbot, dialog: QDialog) -> SamplingSettingsDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # focus events, as on a screen
        dialog.show()
        dialog.activateWindow()
    return dialog


def _dialog(qtbot, rows: list[CategoryPlanRow] | None = None) -> SamplingSettingsDialog:
    return _shown(qtbot, SamplingSettingsDialog(_rows() if rows is None else rows))


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _refused(dialog: SamplingSettingsDialog, *words: str) -> None:
    assert dialog.isVisible() and dialog.result() != ACCEPTED and not dialog.busy
    assert dialog.problem.isVisibleTo(dialog)
    text = dialog.problem.text()
    assert all(w in text for w in words), text


def _approve(dialog: SamplingSettingsDialog, username: str = "wang.li", pin: str = "2468") -> None:
    dialog.username.setText(username)
    dialog.pin.setText(pin)


def _targets(dialog: QDialog) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox)
    found = [w for kind in kinds for w in dialog.findChildren(kind) if w.isVisible()]
    return [w for w in found if not isinstance(w.parent(), QComboBox | QLineEdit)]


# ---- what it shows --------------------------------------------------------------------------


def test_every_row_shows_its_category_level_and_aqls(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.table.rowCount() == 4
    for row, given in enumerate(_rows()):
        assert dialog.table.item(row, COL_CATEGORY).text() == category_name(given.category)
    assert [dialog.level_combo(r).currentData() for r in range(4)] == ["II", "II", "III", "S-4"]
    shown = [{s: dialog.aql_combo(r, s).currentData() for s in Severity} for r in range(4)]
    assert shown == [
        {C: "0", MA: "2.5", MI: "4.0"},
        {C: "0", MA: "1.0", MI: "2.5"},
        TOYS_SET,
        {C: "0", MA: "1.0", MI: "6.5"},
    ]
    assert [dialog.marker_text(r) for r in range(4)] == ["Default", "Default", "", ""]
    assert dialog.changed_rows() == () and not dialog.problem.isVisibleTo(dialog)


def test_the_choices_are_the_levels_and_the_printed_aql_columns(qtbot) -> None:
    dialog = _dialog(qtbot)
    level = dialog.level_combo(0)
    assert [level.itemData(i) for i in range(level.count())] == list(LEVELS)
    assert level.currentText().startswith("II") and "general" in level.currentText()
    assert "special" in level.itemText(LEVELS.index("S-1"))
    for severity in Severity:
        combo = dialog.aql_combo(1, severity)
        assert [combo.itemData(i) for i in range(combo.count())] == ["0", *AQL_COLUMNS]
        assert combo.itemText(0) == "Zero tolerance (Ac 0)"
        assert [combo.itemText(i) for i in range(1, combo.count())] == list(AQL_COLUMNS)


def test_the_explanation_names_when_changes_apply_and_what_is_not_offered(qtbot) -> None:
    text = _dialog(qtbot).explanation.text()
    assert "after saving" in text and "already started keep their plan" in text
    assert "column of the printed tables" in text and "0.010 to 10" in text
    assert "Reduced inspection" in text and "2-C" in text


def test_a_value_the_dialog_cannot_show_is_refused_at_once(qtbot) -> None:
    with pytest.raises(ValueError, match="level"):
        SamplingSettingsDialog([CategoryPlanRow(DAIRY, aqls_for("dairy"), "IV", False)])
    with pytest.raises(ValueError, match=r"0\.3"):
        SamplingSettingsDialog(
            [CategoryPlanRow(DAIRY, {C: "0", MA: "0.3", MI: "1.0"}, "II", False)]
        )
    with pytest.raises(ValueError, match="every defect class"):
        SamplingSettingsDialog([CategoryPlanRow(DAIRY, {C: "0", MA: "1.0"}, "II", False)])


# ---- changing -------------------------------------------------------------------------------


def test_changing_a_combo_marks_the_row_and_only_changed_rows_are_handed_back(qtbot) -> None:
    dialog = _dialog(qtbot)
    _choose(dialog.aql_combo(1, MI), "1.5")
    _choose(dialog.level_combo(2), "II")
    assert [dialog.is_changed(r) for r in range(4)] == [False, True, True, False]
    assert dialog.marker_text(1) == "Changed" and dialog.marker_text(2) == "Changed"
    assert dialog.table.item(1, COL_CATEGORY).font().bold()
    assert dialog.changed_rows() == (
        CategoryPlanRow(DAIRY, {C: "0", MA: "1.0", MI: "1.5"}, "II", False),
        CategoryPlanRow(TOYS, TOYS_SET, "II", False),
    )
    _choose(dialog.aql_combo(1, MI), "2.5")  # back to what it was: no longer changed
    assert not dialog.is_changed(1) and dialog.marker_text(1) == "Default"
    assert not dialog.table.item(1, COL_CATEGORY).font().bold()
    assert [r.category for r in dialog.changed_rows()] == [TOYS]


def test_a_critical_aql_above_major_is_allowed_without_a_word(qtbot) -> None:
    dialog = _dialog(qtbot)
    _choose(dialog.aql_combo(0, C), "10")
    _choose(dialog.aql_combo(0, MI), "0.010")
    _approve(dialog)
    with qtbot.waitSignal(dialog.submitted) as blocker:
        dialog.ok_button.click()
    changed = blocker.args[0].changed
    assert changed == (CategoryPlanRow(SNACKS, {C: "10", MA: "2.5", MI: "0.010"}, "II", False),)


def test_reset_puts_the_selected_row_back_to_the_defaults(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert not dialog.reset_button.isEnabled()  # nothing selected
    dialog.select_row(0)
    assert not dialog.reset_button.isEnabled()  # already the defaults
    dialog.select_row(2)
    assert dialog.reset_button.isEnabled()
    dialog.reset_button.click()
    assert dialog.level_combo(2).currentData() == DEFAULT_LEVEL
    assert {s: dialog.aql_combo(2, s).currentData() for s in Severity} == aqls_for("toys")
    assert dialog.marker_text(2) == "Changed (default)"
    assert dialog.changed_rows() == (CategoryPlanRow(TOYS, aqls_for("toys"), DEFAULT_LEVEL, True),)
    assert not dialog.reset_button.isEnabled()


def test_reset_of_an_edited_default_row_leaves_it_unchanged(qtbot) -> None:
    dialog = _dialog(qtbot)
    _choose(dialog.level_combo(1), "III")
    _choose(dialog.aql_combo(1, MA), "0.40")
    dialog.select_row(1)
    dialog.reset_selected()
    assert not dialog.is_changed(1) and dialog.marker_text(1) == "Default"
    assert dialog.changed_rows() == ()


def test_tab_into_a_row_selects_it(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.aql_combo(3, MA).setFocus()
    qtbot.waitUntil(lambda: dialog.table.currentRow() == 3)
    assert dialog.reset_button.isEnabled()


def test_the_wheel_over_a_combo_without_focus_does_not_change_a_plan(qtbot) -> None:
    dialog = _dialog(qtbot)
    combo = dialog.aql_combo(1, MA)
    dialog.username.setFocus()
    position = QPointF(combo.rect().center())
    event = QWheelEvent(
        position,
        QPointF(combo.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, event)
    assert combo.currentData() == "1.0" and not dialog.is_changed(1)


# ---- approving ------------------------------------------------------------------------------


def test_nothing_changed_is_refused(qtbot) -> None:
    dialog = _dialog(qtbot)
    _approve(dialog)
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog.ok_button.click()
    _refused(dialog, "No plan")


def test_a_missing_username_or_pin_is_refused(qtbot) -> None:
    dialog = _dialog(qtbot)
    _choose(dialog.aql_combo(0, MA), "1.5")
    dialog.username.setText("   ")
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog.ok_button.click()
    _refused(dialog, "user name")
    assert dialog.username.hasFocus()
    dialog.username.setText("wang.li")
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog.ok_button.click()
    _refused(dialog, "PIN")
    assert dialog.pin.hasFocus()
    assert dialog.pin.echoMode() is QLineEdit.EchoMode.Password


def test_busy_refused_and_retried_until_the_caller_accepts(qtbot) -> None:
    dialog = _dialog(qtbot)
    _choose(dialog.level_combo(3), "II")
    _approve(dialog, "  wang.li ", "0000")
    with qtbot.waitSignal(dialog.submitted) as blocker:
        dialog.ok_button.click()
    changed = (CategoryPlanRow(APPAREL, {C: "0", MA: "1.0", MI: "6.5"}, "II", False),)
    assert blocker.args == [SamplingSettingsValues("wang.li", "0000", changed)]
    assert dialog.busy and "Checking" in dialog.problem.text()
    busy_widgets = [dialog.ok_button, dialog.cancel_button, dialog.username, dialog.pin]
    assert not any(w.isEnabled() for w in [*busy_widgets, dialog.level_combo(0)])
    assert not dialog.reset_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.submitted):
        dialog.ok_button.click()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # no cancelling while the PIN is checked
    assert dialog.isVisible()

    dialog.show_problem("wrong username or PIN")
    _refused(dialog, "wrong username or PIN")
    assert dialog.pin.text() == "" and dialog.username.text() == "  wang.li "
    assert all(w.isEnabled() for w in [*busy_widgets, dialog.level_combo(0)])
    assert dialog.level_combo(3).currentData() == "II"  # the edits are kept for the retry

    dialog.pin.setText("2468")
    with qtbot.waitSignal(dialog.submitted) as blocker:
        dialog.ok_button.click()
    assert blocker.args == [SamplingSettingsValues("wang.li", "2468", changed)]
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == ACCEPTED


def test_set_busy_false_makes_it_editable_again(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.set_busy(True)
    dialog.set_busy(False)
    assert dialog.ok_button.isEnabled() and dialog.aql_combo(2, C).isEnabled()
    dialog.select_row(2)
    assert dialog.reset_button.isEnabled()


def test_a_problem_from_the_caller_is_shown_and_cleared(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.show_problem("the category no longer exists")
    _refused(dialog, "the category no longer exists")
    dialog.show_problem("")
    assert not dialog.problem.isVisibleTo(dialog)


def test_escape_cancels_when_not_busy(qtbot) -> None:
    dialog = _dialog(qtbot)
    _choose(dialog.aql_combo(0, MI), "6.5")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == REJECTED


def test_ok_says_save_plans_and_has_the_focus_order_of_the_table(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.ok_button.text() == "Save plans"
    assert QApplication.focusWidget() is dialog.level_combo(0)


# ---- size -----------------------------------------------------------------------------------


def test_every_target_is_large_enough_for_gloved_hands(qtbot) -> None:
    dialog = _dialog(qtbot)
    targets = _targets(dialog)
    assert len(targets) >= 4 * 4 + 5
    assert [w for w in targets if w.height() < 40] == []


def test_the_dialog_fits_a_small_screen_and_shows_every_row(qtbot) -> None:
    dialog = _dialog(qtbot, _rows() * 2)  # eight categories, as in the reference data
    size = dialog.size()
    assert size.width() <= 1366 and size.height() <= 700
    last = dialog.table.visualItemRect(dialog.table.item(7, COL_CATEGORY))
    assert dialog.table.viewport().rect().contains(last)


def test_an_empty_list_still_opens(qtbot) -> None:
    dialog = _dialog(qtbot, [])
    assert dialog.table.rowCount() == 0 and dialog.changed_rows() == ()
    _approve(dialog)
    dialog.ok_button.click()
    _refused(dialog, "No plan")
