"""A supervisor changes a category's sampling plan from the window; the next lot uses it."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from qc_station.domain.defects import Severity
from qc_station.domain.users import Role
from qc_station.ui.dialogs.sampling_settings_dialog import SamplingSettingsDialog
from qc_station.ui.launch import GuiParts
from tests.helpers.gui import add_user, station_window
from tests.helpers.station import StationKit, make_station


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    add_user(made, "wang", "王主管", Role.SUPERVISOR, "2468")
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


def _open(qtbot, gui: GuiParts) -> SamplingSettingsDialog:
    flow = gui.plans_flow
    assert flow is not None and gui.history.plans_button.isVisible()
    gui.history.plans_button.click()
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible(), timeout=5000)
    assert flow.dialog is not None
    return flow.dialog


def _dairy_row(dialog: SamplingSettingsDialog) -> int:
    return next(
        r for r in range(dialog.table.rowCount()) if dialog.current(r).category.code == "dairy"
    )


def test_a_supervisor_tightens_dairy_and_the_next_plan_uses_it(
    qtbot, gui: GuiParts, kit: StationKit
) -> None:
    dialog = _open(qtbot, gui)
    row = _dairy_row(dialog)
    major = dialog.aql_combo(row, Severity.MAJOR)
    major.setCurrentIndex(major.findData("0.65"))
    dialog.username.setText("wang")
    dialog.pin.setText("2468")
    with qtbot.waitSignal(gui.plans_flow.saved, timeout=5000) as saved:
        dialog.ok_button.click()
    assert saved.args == [1] and not dialog.isVisible()
    aqls, level = kit.sampling.category_aqls("dairy")
    assert aqls[Severity.MAJOR] == "0.65" and level == "II"
    view = kit.sampling.view(kit.milk.id, kit.lot.id)
    assert view is not None and view.plan.aqls[Severity.MAJOR] == "0.65"


def test_an_inspector_cannot_change_the_plans(qtbot, gui: GuiParts, kit: StationKit) -> None:
    dialog = _open(qtbot, gui)
    row = _dairy_row(dialog)
    major = dialog.aql_combo(row, Severity.MAJOR)
    major.setCurrentIndex(major.findData("0.65"))
    dialog.username.setText("lina")
    dialog.pin.setText("1234")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "may not" in dialog.problem.text(), timeout=5000)
    assert dialog.isVisible()
    assert kit.sampling.category_aqls("dairy")[0][Severity.MAJOR] == "1.0"
