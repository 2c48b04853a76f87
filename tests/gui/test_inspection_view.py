"""A past inspection from the history: view it, amend it, void it — over a real station."""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from qc_station.domain.defects import Severity
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection, InspectionState
from qc_station.domain.stage import Stage
from qc_station.errors import StorageFull
from qc_station.services.inspection_service import InspectionContext
from qc_station.ui.check_words import (
    defect_text,
    item_text,
    outcome_text,
    reason_text,
    severity_text,
)
from qc_station.ui.dialogs.inspection_view_dialog import InspectionViewDialog
from qc_station.ui.history_flow import HistoryFlow, VoidInspection
from qc_station.ui.labels import stage_text, verdict_text
from qc_station.ui.screens.history_screen import HistoryScreen
from qc_station.ui.tasks import TaskRunner
from tests.helpers.station import STATION, StationKit, make_station


@dataclass
class Parts:
    kit: StationKit
    tasks: TaskRunner
    history: HistoryScreen
    flow: HistoryFlow
    edits: list[tuple[Inspection, InspectionContext]] = field(default_factory=list)


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    yield made
    made.store.close()


def _void(kit: StationKit) -> VoidInspection:
    return lambda iid, why: kit.service.cancel(iid, str(uuid.uuid4()), kit.inspector.id, why)


def _parts(qtbot, kit: StationKit, void: VoidInspection | None = None) -> Parts:
    tasks = TaskRunner()
    history = HistoryScreen(kit.service.history, tasks, kit.clock.now, UTC)
    qtbot.addWidget(history)
    edits: list[tuple[Inspection, InspectionContext]] = []

    def amend(iid: str, why: str) -> tuple[Inspection, InspectionContext]:
        return kit.service.amendment_with_context(iid, None, kit.inspector.id, why)

    flow = HistoryFlow(
        kit.service.view,
        amend,
        void or _void(kit),
        tasks,
        history,
        lambda draft, context: edits.append((draft, context)),
        tz=UTC,
    )
    history.resize(1100, 500)
    history.show()
    qtbot.waitExposed(history)
    return Parts(kit, tasks, history, flow, edits)


@pytest.fixture
def parts(qtbot, kit: StationKit) -> Iterator[Parts]:
    made = _parts(qtbot, kit)
    yield made
    made.tasks.shutdown()


def _submit_with_a_defect(kit: StationKit) -> Inspection:
    photo = kit.service.store_photo(b"\xff\xd8 not really a jpeg \xff\xd9")
    dirty = CheckResult(
        "pkg.clean", CheckOutcome.FAIL, "PKG-DIRTY", Severity.MINOR, "外箱有污渍", (photo,)
    )
    draft = kit.draft()
    checks = tuple(dirty if c.item_code == dirty.item_code else c for c in draft.checks)
    return kit.service.submit(replace(draft, checks=checks))


def _load(qtbot, parts: Parts, rows: int) -> None:
    parts.history.refresh()
    qtbot.waitUntil(lambda: parts.history.model.rowCount() == rows, timeout=5000)


def _double_click(qtbot, parts: Parts, row: int) -> InspectionViewDialog:
    table = parts.history.table
    centre = table.visualRect(parts.history.model.index(row, 3)).center()
    with qtbot.waitSignal(parts.flow.opened, timeout=5000) as blocker:
        # a real double-click: QTest's mouseDClick alone sends no first click and release
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    dialog = blocker.args[0]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _give_reason(qtbot, dialog: InspectionViewDialog, button, reason: str) -> None:
    button.click()
    qtbot.waitUntil(lambda: dialog.reason_dialog is not None and dialog.reason_dialog.isVisible())
    asking = dialog.reason_dialog
    assert not asking.ok_button.isEnabled()  # no reason, no amendment
    asking.reason.setText(reason)
    asking.ok_button.click()


def _cell(dialog: InspectionViewDialog, row: int, column: int) -> str:
    return dialog.checks_model.item(row, column).text()


def test_view_amend_save_and_void(qtbot, parts: Parts, kit: StationKit) -> None:
    original = _submit_with_a_defect(kit)
    _load(qtbot, parts, 1)

    dialog = _double_click(qtbot, parts, 0)
    assert dialog.inspection == original and not dialog.superseded
    fields = {key: label.text() for key, label in dialog.fields.items()}
    assert kit.milk.name in fields["sku"] and kit.milk.gtin in fields["sku"]
    assert kit.lot.batch in fields["lot"] and kit.lot.expiry_date.isoformat() in fields["lot"]
    assert fields["stage"] == stage_text(Stage.INBOUND)
    assert fields["reference"] == "ASN20261202001"
    assert kit.inspector.display_name in fields["inspector"] and STATION in fields["inspector"]
    assert fields["time"] == "2026-12-02 02:00:00"
    assert fields["version"] == "v1"
    assert fields["verdict"] == verdict_text(original.verdict)
    assert reason_text(original.reasons[0]) in fields["reasons"]
    assert "disposition" not in fields  # inbound: no disposition
    assert not dialog.verdict_icon.pixmap().isNull()
    assert dialog.checks_model.rowCount() == len(original.checks)
    rows = {_cell(dialog, r, 0): r for r in range(dialog.checks_model.rowCount())}
    dirty = rows[item_text("pkg.clean")]
    assert _cell(dialog, dirty, 1) == outcome_text(CheckOutcome.FAIL)
    assert defect_text("PKG-DIRTY") in _cell(dialog, dirty, 2)
    assert _cell(dialog, dirty, 3) == severity_text(Severity.MINOR)
    assert (_cell(dialog, dirty, 4), _cell(dialog, dirty, 5)) == ("外箱有污渍", "1")
    assert dialog.amend_button.isEnabled() and dialog.void_button.isEnabled()

    _give_reason(qtbot, dialog, dialog.amend_button, "批次号录错")
    qtbot.waitUntil(lambda: len(parts.edits) == 1, timeout=5000)
    draft, context = parts.edits[0]
    assert (draft.version, draft.supersedes_id, draft.amend_reason) == (
        2,
        original.id,
        "批次号录错",
    )
    assert draft.state is InspectionState.DRAFT and draft.checks == original.checks
    assert context.sku == kit.milk and context.lot is not None and context.lot.id == kit.lot.id
    assert parts.flow.dialog is None  # the viewer closed for the inspection screen

    kit.clock.current += timedelta(minutes=5)
    amended = kit.service.submit(draft)
    _load(qtbot, parts, 2)
    newest = parts.history.model.summary(0)
    assert (newest.id, newest.version) == (amended.id, 2)

    old = _double_click(qtbot, parts, 1)
    assert old.inspection.id == original.id and old.superseded
    assert not old.amend_button.isEnabled() and not old.void_button.isEnabled()
    old.close_button.click()
    qtbot.waitUntil(lambda: parts.flow.dialog is None)

    latest = _double_click(qtbot, parts, 0)
    assert "v2" in latest.fields["version"].text()
    assert "v1" in latest.fields["version"].text()
    assert "批次号录错" in latest.fields["version"].text()
    kit.clock.current += timedelta(minutes=5)
    with qtbot.waitSignal(parts.flow.voided, timeout=5000) as voided:
        _give_reason(qtbot, latest, latest.void_button, "重复录入")
    assert voided.args[0].state is InspectionState.CANCELLED
    _load(qtbot, parts, 3)
    top = parts.history.model.summary(0)
    assert (top.state, top.version) == (InspectionState.CANCELLED, 3)

    cancelled = _double_click(qtbot, parts, 0)
    assert cancelled.inspection.state is InspectionState.CANCELLED
    assert "重复录入" in cancelled.fields["version"].text()
    assert not cancelled.amend_button.isEnabled() and not cancelled.void_button.isEnabled()


def test_enter_on_a_row_opens_it(qtbot, parts: Parts, kit: StationKit) -> None:
    saved = kit.service.submit(kit.draft())
    _load(qtbot, parts, 1)
    parts.history.table.setFocus()
    parts.history.table.setCurrentIndex(parts.history.model.index(0, 0))
    with qtbot.waitSignal(parts.flow.opened, timeout=5000) as blocker:
        qtbot.keyClick(parts.history.table, Qt.Key.Key_Return)
    assert blocker.args[0].inspection.id == saved.id


def test_a_failed_void_is_shown_in_the_dialog(qtbot, kit: StationKit) -> None:
    def full(_iid: str, _why: str) -> Inspection:
        raise StorageFull("the disk is full; nothing was saved")

    parts = _parts(qtbot, kit, void=full)
    try:
        kit.service.submit(kit.draft())
        _load(qtbot, parts, 1)
        dialog = _double_click(qtbot, parts, 0)
        _give_reason(qtbot, dialog, dialog.void_button, "重复录入")
        qtbot.waitUntil(lambda: "disk is full" in dialog.problem.text(), timeout=5000)
        assert dialog.isVisible() and dialog.void_button.isEnabled()
    finally:
        parts.tasks.shutdown()


def test_an_inspection_that_cannot_be_loaded_says_why(qtbot, parts: Parts) -> None:
    with qtbot.waitSignal(parts.flow.failed, timeout=5000) as blocker:
        parts.flow.open(str(uuid.uuid4()))
    assert "no inspection" in blocker.args[0]
    assert parts.flow.problem_box is not None and parts.flow.problem_box.isVisible()
    assert parts.flow.dialog is None
