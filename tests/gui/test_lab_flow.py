"""The lab samples screen end to end over real services: from the inbound save to closing."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from qc_station.domain.lab import LabResult, LabSampleStatus
from qc_station.domain.lot import LotStatus
from qc_station.domain.users import Role, User
from qc_station.ui.dialogs.lab_collect_dialog import LabCollectDialog
from qc_station.ui.dialogs.lab_dispatch_dialog import LabDispatchDialog
from qc_station.ui.dialogs.lab_receive_dialog import LabReceiveDialog
from qc_station.ui.dialogs.lab_result_dialog import COL_MEASURED, COL_REQUIREMENT, LabResultDialog
from qc_station.ui.dialogs.supervisor_dialog import SupervisorDialog
from qc_station.ui.launch import GuiParts
from qc_station.ui.models.lab_sample_table_model import LabSampleTableModel
from qc_station.ui.screens.lab_screen import LabAction
from tests.helpers.gui import add_user, station_window
from tests.helpers.station import StationKit, make_station


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    yield made
    made.store.close()


@pytest.fixture
def people(kit: StationKit) -> tuple[User, User]:
    inspector = add_user(kit, "lina", "李娜", Role.INSPECTOR, "1234")
    boss = add_user(kit, "wang", "王主管", Role.SUPERVISOR, "2468")
    return inspector, boss


@pytest.fixture
def opened() -> list[Path]:
    return []


@pytest.fixture
def gui(
    qtbot, kit: StationKit, people: tuple[User, User], opened: list[Path]
) -> Iterator[GuiParts]:
    parts = station_window(kit, opened=opened)
    qtbot.addWidget(parts.window)
    parts.start()
    parts.flow.user = people[0]  # signed in (the sign-in dialog has its own tests)
    yield parts
    parts.close()


def _lot_status(kit: StationKit) -> LotStatus:
    with kit.store.uow(write=False) as uow:
        lot = uow.lots.get(kit.lot.id)
    assert lot is not None
    return lot.status


def _show_lab(qtbot, gui: GuiParts) -> None:
    screen = gui.lab_screen
    assert screen is not None
    with qtbot.waitSignal(screen.detail_shown, timeout=5000):
        gui.show_lab()


def _press(qtbot, gui: GuiParts, action: LabAction) -> None:
    screen = gui.lab_screen
    assert screen is not None
    qtbot.waitUntil(screen.buttons[action].isEnabled, timeout=5000)
    screen.buttons[action].click()


def _dialog(qtbot, gui: GuiParts, kind: type) -> object:
    flow = gui.lab_flow
    assert flow is not None
    qtbot.waitUntil(lambda: isinstance(flow.dialog, kind) and flow.dialog.isVisible())
    return flow.dialog


def _step_done(qtbot, gui: GuiParts, status: LabSampleStatus) -> None:
    screen = gui.lab_screen
    assert screen is not None
    qtbot.waitUntil(
        lambda: screen.current is not None and screen.current.summary.sample.status is status,
        timeout=5000,
    )


def _approve(qtbot, gui: GuiParts, pin: str = "2468", reason: str = "") -> SupervisorDialog:
    dialog = _dialog(qtbot, gui, SupervisorDialog)
    assert isinstance(dialog, SupervisorDialog)
    dialog.username.setText("wang")
    dialog.pin.setText(pin)
    if dialog.needs_reason:
        dialog.reason.setText(reason)
    dialog.ok_button.click()
    return dialog


def test_an_inbound_save_that_selects_the_lot_tells_the_inspector(
    qtbot, gui: GuiParts, kit: StationKit
) -> None:
    saved = kit.service.submit(kit.draft())
    gui.inspection.saved.emit(saved)  # as the inspection screen does after its save
    qtbot.waitUntil(lambda: "HZ01-QC03-261202-001" in gui.scan.result.text(), timeout=5000)
    assert _lot_status(kit) is LotStatus.HELD


def test_the_whole_chain_of_custody_from_the_screen(
    qtbot, gui: GuiParts, kit: StationKit, opened: list[Path], tmp_path: Path
) -> None:
    kit.service.submit(kit.draft())
    view = kit.sampling.view(kit.milk.id, kit.lot.id)
    assert view is not None and view.started
    rest = view.decision.sample_size - view.decision.inspected
    kit.service.submit(kit.draft(quantity=rest))  # the rest of the sample, all conforming
    _show_lab(qtbot, gui)
    screen = gui.lab_screen
    assert screen is not None and screen.model.rowCount() == 1
    allowed = {a for a, b in screen.buttons.items() if b.isEnabled()}
    assert LabAction.COLLECT in allowed and LabAction.DISPATCH not in allowed
    assert "First lot of a new high-risk SKU" in screen.detail.toPlainText()

    _press(qtbot, gui, LabAction.COLLECT)
    collect = _dialog(qtbot, gui, LabCollectDialog)
    assert isinstance(collect, LabCollectDialog)
    collect.seal_no.setText("FT-100233")
    collect.ok_button.click()
    _step_done(qtbot, gui, LabSampleStatus.COLLECTED)

    _press(qtbot, gui, LabAction.TAGS_PDF)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    assert opened[0].name == "tags-HZ01-QC03-261202-001.pdf"
    assert opened[0].read_bytes().startswith(b"%PDF-")

    _press(qtbot, gui, LabAction.DISPATCH)
    sent = _dialog(qtbot, gui, LabDispatchDialog)
    assert isinstance(sent, LabDispatchDialog)
    sent.lab.setCurrentText("谱尼测试集团股份有限公司")
    sent.courier.setCurrentText("顺丰速运")
    sent.tracking_no.setText("SF1234567890123")
    sent.ok_button.click()
    _step_done(qtbot, gui, LabSampleStatus.DISPATCHED)

    kit.clock.current += timedelta(days=1)
    _press(qtbot, gui, LabAction.RECEIVE)
    received = _dialog(qtbot, gui, LabReceiveDialog)
    assert isinstance(received, LabReceiveDialog)
    received.ok_button.click()
    _step_done(qtbot, gui, LabSampleStatus.RECEIVED)
    assert _lot_status(kit) is LotStatus.HELD

    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4\n% a lab report\n%%EOF\n")
    _press(qtbot, gui, LabAction.RESULT)
    result = _dialog(qtbot, gui, LabResultDialog)
    assert isinstance(result, LabResultDialog)
    result.report_no.setText("PONY2612020042")
    result.cma.setChecked(True)
    for row in range(result.table.rowCount()):
        result.cell_edit(row, COL_REQUIREMENT).setText("≤ 10 CFU/g")
        result.cell_edit(row, COL_MEASURED).setText("未检出")
    result.attach_file(report)
    result.ok_button.click()
    approve = _approve(qtbot, gui, pin="0000")  # a wrong PIN first: refused, nothing saved
    qtbot.waitUntil(lambda: not approve.busy and "wrong" in approve.problem.text(), timeout=5000)
    assert approve.isVisible() and _lot_status(kit) is LotStatus.HELD
    approve.pin.setText("2468")
    approve.ok_button.click()
    _step_done(qtbot, gui, LabSampleStatus.RESULTED)
    assert _lot_status(kit) is LotStatus.RELEASED
    assert screen.current is not None
    assert screen.current.summary.sample.result is LabResult.PASS

    _press(qtbot, gui, LabAction.REPORT)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=5000)
    assert opened[1].read_bytes() == report.read_bytes()

    _press(qtbot, gui, LabAction.CLOSE)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=5000)  # off the to-do list
    with qtbot.waitSignal(screen.detail_shown, timeout=5000):
        screen.scope.setCurrentIndex(1)  # all samples
    _step_done(qtbot, gui, LabSampleStatus.CLOSED)
    assert "王主管" in screen.detail.toPlainText()  # the result names who approved it
    with kit.store.uow(write=False) as uow:
        actions = [e.action for e in uow.audit.entries() if e.entity == "lab_sample"]
    assert actions == [
        "lab_sample.select",
        "lab_sample.collect",
        "lab_sample.dispatch",
        "lab_sample.receive",
        "lab_sample.result",
        "lab_sample.close",
    ]


def test_a_supervisor_cancels_a_sample_and_the_lot_is_no_longer_held(
    qtbot, gui: GuiParts, kit: StationKit
) -> None:
    kit.service.submit(kit.draft())
    _show_lab(qtbot, gui)
    _press(qtbot, gui, LabAction.CANCEL)
    dialog = _approve(qtbot, gui, reason="样品在仓内破损")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    screen = gui.lab_screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=5000)  # open samples only
    assert _lot_status(kit) is LotStatus.PENDING


def test_an_inspector_cannot_approve_a_cancel(qtbot, gui: GuiParts, kit: StationKit) -> None:
    kit.service.submit(kit.draft())
    _show_lab(qtbot, gui)
    _press(qtbot, gui, LabAction.CANCEL)
    dialog = _dialog(qtbot, gui, SupervisorDialog)
    assert isinstance(dialog, SupervisorDialog)
    dialog.username.setText("lina")
    dialog.pin.setText("1234")
    dialog.reason.setText("不想送")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.problem.text() != "", timeout=5000)
    assert dialog.isVisible() and _lot_status(kit) is LotStatus.HELD


def test_no_label_printer_set_is_explained(qtbot, gui: GuiParts, kit: StationKit) -> None:
    kit.service.submit(kit.draft())
    _show_lab(qtbot, gui)
    _press(qtbot, gui, LabAction.TAGS_PRINTER)
    flow = gui.lab_flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.box is not None and flow.box.isVisible(), timeout=5000)
    assert "printer" in flow.box.text()
    flow.box.findChild(QDialogButtonBox).buttons()[0].click()


def test_the_lab_screen_is_reworded_when_the_language_changes(
    qtbot, gui: GuiParts, kit: StationKit
) -> None:
    kit.service.submit(kit.draft())
    _show_lab(qtbot, gui)
    screen = gui.lab_screen
    assert screen is not None
    gui.translations.use("zh_CN")
    try:
        qtbot.waitUntil(lambda: screen.buttons[LabAction.COLLECT].text() == "采样…")
        qtbot.waitUntil(lambda: "新品高风险首批" in screen.detail.toPlainText())
        assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "样品编号"
    finally:
        gui.translations.use("en")


def test_the_lab_sample_model_passes_the_model_tester(qtmodeltester, kit: StationKit) -> None:
    kit.service.submit(kit.draft())
    model = LabSampleTableModel()
    model.set_rows(kit.labs.overview())
    assert model.rowCount() == 1 and model.columnCount() == len(model.COLUMNS)
    assert model.index(0, 0).data() == "HZ01-QC03-261202-001"
    qtmodeltester.check(model)
