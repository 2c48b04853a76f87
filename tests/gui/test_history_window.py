"""The station window over a real store, offscreen."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import NoReturn

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qc_station.domain.defects import Severity
from qc_station.domain.inspection import CheckOutcome, CheckResult
from qc_station.domain.stage import Stage
from qc_station.ui.launch import GuiParts, StationPorts, prepare_application
from qc_station.ui.models.history_table_model import ID_ROLE, HistoryTableModel
from tests.helpers.station import StationKit, make_station


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    made.service.submit(made.draft())
    made.clock.current += timedelta(minutes=3)
    dirty = CheckResult("pkg.clean", CheckOutcome.FAIL, "PKG-DIRTY", Severity.MINOR)
    draft = made.draft(Stage.OUTBOUND, reference="SO-20261202-77")
    checks = tuple(dirty if c.item_code == dirty.item_code else c for c in draft.checks)
    made.service.submit(replace(draft, checks=checks))
    yield made
    made.store.close()


def _no_scans(*_args: object) -> NoReturn:
    raise AssertionError("this test does not scan")


@pytest.fixture
def gui(qtbot, kit: StationKit) -> Iterator[GuiParts]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with kit.store.uow(write=False) as uow:
        pending = uow.outbox.pending_count()
    ports = StationPorts(
        history=kit.service.history,
        pending_count=lambda: pending,
        now=kit.clock.now,
        tz=None,
        resolve_scan=_no_scans,
        catalogue_lists=lambda: ([], []),
        register_sku=_no_scans,
        station_code="HZ01-QC03",
        store_label="station.sqlite",
    )
    parts = GuiParts(app, ports, prepare_application(app, "zh_CN"))
    qtbot.addWidget(parts.window)
    yield parts
    parts.close()
    parts.translations.use("en")


def test_history_loads_off_the_gui_thread(qtbot, gui: GuiParts, kit: StationKit) -> None:
    with qtbot.waitSignal(gui.history.loaded, timeout=5000) as blocker:
        gui.start()
    assert blocker.args == [2]
    model = gui.history.model
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "出库"  # newest first, in Chinese
    assert model.index(0, 6).data() == "合格"
    assert model.index(0, 7).data() == "1"
    with kit.store.uow(write=False) as uow:
        pending = str(uow.outbox.pending_count())
    qtbot.waitUntil(lambda: pending in gui.window.outbox_label.text())


def test_search_filters_in_the_background(qtbot, gui: GuiParts) -> None:
    with qtbot.waitSignal(gui.history.loaded, timeout=5000):
        gui.start()
    with qtbot.waitSignal(gui.history.loaded, timeout=5000) as blocker:
        qtbot.keyClicks(gui.history.search, "SO-2026")
    assert blocker.args == [1]
    assert gui.history.model.index(0, 0).data(ID_ROLE)


def test_language_switch_rewords_the_model(qtbot, gui: GuiParts) -> None:
    with qtbot.waitSignal(gui.history.loaded, timeout=5000):
        gui.start()
    gui.translations.use("en")  # the window re-words when the language change reaches it
    qtbot.waitUntil(lambda: gui.history.model.index(0, 1).data() == "Outbound", timeout=2000)
    assert gui.history.model.headerData(0, Qt.Orientation.Horizontal) == "Time"


def test_model_passes_the_model_tester(qtmodeltester, kit: StationKit) -> None:
    model = HistoryTableModel()
    from qc_station.services.ports import HistoryQuery

    now = kit.clock.now()
    model.set_rows(
        kit.service.history(HistoryQuery(now - timedelta(days=1), now + timedelta(hours=1)))
    )
    assert model.rowCount() == 2
    qtmodeltester.check(model)
