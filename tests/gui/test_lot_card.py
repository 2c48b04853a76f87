"""The SKU card's lot lines over real services: risk, sampling plan and progress, lab, decisions."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from qc_station.domain.lab import SelectionReason
from qc_station.domain.lot import Lot
from qc_station.domain.sampling import SwitchingState, SwitchingStatus, SwitchReason, Transition
from qc_station.domain.scan import ScanEvent, ScanSource
from qc_station.domain.users import Role
from qc_station.services.lot_insight import LotInsight
from qc_station.ui.dialogs.supervisor_dialog import SupervisorDialog
from qc_station.ui.launch import GuiParts
from tests.helpers.gui import add_user, station_window
from tests.helpers.station import StationKit, make_station

HIGH_DRAW_SEED = 2  # draw_for(2) = 0.956: above any chance under the default policy


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path, seeds=lambda: HIGH_DRAW_SEED)
    add_user(made, "wang", "王主管", Role.SUPERVISOR, "2468")
    yield made
    made.store.close()


@pytest.fixture
def gui(qtbot, kit: StationKit) -> Iterator[GuiParts]:
    parts = station_window(kit)
    qtbot.addWidget(parts.window)
    parts.start()
    yield parts
    parts.close()


def _scan(qtbot, gui: GuiParts, code: str) -> LotInsight:
    with qtbot.waitSignal(gui.scan.insight_shown, timeout=5000) as shown:
        gui.scan.submit(ScanEvent(code, ScanSource.WEDGE, datetime.now(UTC)))
    insight = shown.args[0]
    assert isinstance(insight, LotInsight)
    return insight


def _code(kit: StationKit, batch: str | None = None) -> str:
    return f"01{kit.milk.gtin}10{batch or kit.lot.batch}"


def _approve(qtbot, gui: GuiParts, reason: str) -> SupervisorDialog:
    flow = gui.lot_actions
    assert flow is not None
    qtbot.waitUntil(lambda: isinstance(flow.dialog, SupervisorDialog) and flow.dialog.isVisible())
    dialog = flow.dialog
    assert isinstance(dialog, SupervisorDialog)
    dialog.username.setText("wang")
    dialog.pin.setText("2468")
    dialog.reason.setText(reason)
    dialog.ok_button.click()
    return dialog


def test_the_card_shows_the_plan_the_lot_gets_and_then_its_progress(
    qtbot, gui: GuiParts, kit: StationKit
) -> None:
    insight = _scan(qtbot, gui, _code(kit))
    assert insight.sampling is not None and not insight.sampling.started
    text = gui.scan.insight.text()
    assert "lot 1200 → sample 80" in text and "Inspected 0 of 80" in text
    assert "Risk score" in text and "(high)" in text
    kit.service.submit(kit.draft(quantity=5))
    gui.scan.refresh_insight()
    qtbot.waitUntil(lambda: "Inspected 5 of 80" in gui.scan.insight.text(), timeout=5000)
    assert not gui.scan.lot_size.isVisible()  # the plan has started: the size is fixed
    assert "Lab sample HZ01-QC03-261202-001" in gui.scan.insight.text()  # a new high-risk SKU


def test_a_lot_registered_from_a_scan_asks_for_its_size_first(
    qtbot, gui: GuiParts, kit: StationKit
) -> None:
    insight = _scan(qtbot, gui, _code(kit, "NEW20261202"))
    assert insight.sampling is None and insight.lot_size == 0
    assert "Enter the units received" in gui.scan.insight.text()
    assert gui.scan.lot_size.isVisibleTo(gui.scan)
    gui.scan.lot_size.setValue(300)
    with qtbot.waitSignal(gui.scan.insight_shown, timeout=5000):
        gui.scan.lot_size_button.click()
    assert "lot 300 → sample 50" in gui.scan.insight.text()


def test_a_supervisor_sends_a_lot_that_was_not_drawn_to_the_lab(
    qtbot, gui: GuiParts, kit: StationKit
) -> None:
    other = Lot("lot-2", kit.milk.id, "20261125B2", None, None, 600)
    with kit.store.uow() as uow:
        uow.lots.add(other)
        uow.commit()
    kit.service.submit(kit.draft())  # the first lot: sampled by rule, so the SKU is not new
    _scan(qtbot, gui, _code(kit, other.batch))
    assert gui.scan.send_to_lab_button.isVisibleTo(gui.scan)
    gui.scan.send_to_lab_button.click()
    dialog = _approve(qtbot, gui, "同批次客诉")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "Lab sample" in gui.scan.insight.text(), timeout=5000)
    (sample,) = kit.labs.samples_of_lot(other.id)
    assert sample.selection_reason == SelectionReason.OVERRIDE.value
    assert sample.selection_note == "同批次客诉"
    assert not gui.scan.send_to_lab_button.isVisible()


def test_a_discontinued_product_is_held_until_a_supervisor_resumes(
    qtbot, gui: GuiParts, kit: StationKit
) -> None:
    stopped = replace(
        SwitchingState(kit.milk.merchant_id, kit.milk.id),
        status=SwitchingStatus.DISCONTINUED,
        history=(
            Transition(
                "lot-x",
                SwitchingStatus.TIGHTENED,
                SwitchingStatus.DISCONTINUED,
                SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED,
            ),
        ),
    )
    with kit.store.uow() as uow:
        uow.sampling.put_switching(stopped, kit.clock.now())
        uow.commit()
    _scan(qtbot, gui, _code(kit))
    assert "Acceptance discontinued" in gui.scan.insight.text()
    assert "Inspection severity: discontinued since 5 lots not accepted" in gui.scan.insight.text()
    assert "5 lots not accepted on tightened inspection" in gui.scan.insight.toolTip()
    gui.scan.resume_button.click()
    dialog = _approve(qtbot, gui, "CAPA-2026-118")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "tightened inspection" in gui.scan.insight.text(), timeout=5000)
    assert "tightened since resumed after corrective action (2 change" in gui.scan.insight.text()
    state = kit.sampling.switching(kit.milk.id)
    assert state.status is SwitchingStatus.TIGHTENED
    assert state.history[-1].reason is SwitchReason.RESUMED
    assert state.history[-1].lot_id == "CAPA-2026-118"
