"""The inspection viewer on its own: read-only, and Amend/Void only on the latest submitted one."""

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDial,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
)

from qc_station.domain.defects import Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection, cancel
from qc_station.domain.stage import Stage
from qc_station.services.inspection_service import InspectionContext
from qc_station.ui.check_words import disposition_text
from qc_station.ui.dialogs.inspection_view_dialog import InspectionViewDialog
from tests.helpers.station import StationKit, make_station


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    yield made
    made.store.close()


def _saved_return(kit: StationKit) -> tuple[Inspection, InspectionContext]:
    draft = kit.draft(Stage.RETURN, reference="RMA-7781", return_reason="不想要了")
    used = CheckResult("ret.unused", CheckOutcome.FAIL, "RET-USED", Severity.MAJOR, "有使用痕迹")
    checks = tuple(used if c.item_code == used.item_code else c for c in draft.checks)
    saved = kit.service.submit(replace(draft, checks=checks), ReturnDisposition.SCRAP)
    return saved, kit.service.context(saved.sku_id, saved.lot_id, saved.stage)


def _dialog(
    qtbot, inspection: Inspection, context: InspectionContext, **kw
) -> InspectionViewDialog:
    dialog = InspectionViewDialog(inspection, context, UTC, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_viewer_has_nothing_to_edit(qtbot, kit: StationKit) -> None:
    saved, context = _saved_return(kit)
    dialog = _dialog(qtbot, saved, context)
    editable = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QSlider, QDial)
    assert [w for kind in editable for w in dialog.findChildren(kind)] == []
    table = dialog.checks
    buttons = {b for b in dialog.findChildren(QAbstractButton) if not table.isAncestorOf(b)}
    assert buttons == {dialog.amend_button, dialog.void_button, dialog.close_button}
    for label in dialog.findChildren(QLabel):
        assert not label.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    model = dialog.checks_model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            assert not model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
    assert dialog.fields["disposition"].text() == disposition_text(ReturnDisposition.SCRAP)
    assert dialog.fields["return_reason"].text() == "不想要了"


def test_amend_and_void_only_on_the_latest_submitted_version(qtbot, kit: StationKit) -> None:
    saved, context = _saved_return(kit)
    assert _dialog(qtbot, saved, context).can_change
    superseded = _dialog(qtbot, saved, context, superseded=True)
    assert not superseded.amend_button.isEnabled() and not superseded.void_button.isEnabled()
    voided = cancel(saved, str(uuid.uuid4()), kit.inspector.id, kit.clock.now(), "重复录入")
    cancelled = _dialog(qtbot, voided, context)
    assert not cancelled.amend_button.isEnabled() and not cancelled.void_button.isEnabled()
    assert "v1" in cancelled.fields["version"].text()
    assert "重复录入" in cancelled.fields["version"].text()


def test_a_reason_is_asked_without_blocking_and_then_emitted(qtbot, kit: StationKit) -> None:
    saved, context = _saved_return(kit)
    dialog = _dialog(qtbot, saved, context)
    dialog.void_button.click()  # returns at once: the reason form is opened, not exec'd
    asking = dialog.reason_dialog
    assert asking is not None and asking.isVisible()
    asking.reason.setText("   ")
    assert not asking.ok_button.isEnabled()
    asking.reason.setText("  重复录入 ")
    with qtbot.waitSignal(dialog.void_requested) as blocker:
        asking.ok_button.click()
    assert blocker.args == [saved.id, "重复录入"]
    assert not dialog.amend_button.isEnabled() and not dialog.void_button.isEnabled()  # busy
    dialog.show_problem("the disk is full")
    assert "the disk is full" in dialog.problem.text() and dialog.void_button.isEnabled()
    dialog.amend_button.click()
    dialog.reason_dialog.reject()
    assert dialog.amend_button.isEnabled()
