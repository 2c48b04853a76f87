"""Scanning in the station window: typed and wedge codes, lots, unknown GTINs, bad codes."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from qc_station.domain.stage import Stage
from qc_station.domain.users import Role
from qc_station.services.scan_service import ScanState
from qc_station.ui.launch import GuiParts
from tests.helpers.gui import add_user, station_window
from tests.helpers.station import StationKit, make_station

GS = "\x1d"


@pytest.fixture
def kit(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    add_user(made, "zhaomin", "赵敏", Role.SUPERVISOR, "4321")
    yield made
    made.store.close()


@pytest.fixture
def gui(qtbot, kit: StationKit) -> Iterator[GuiParts]:
    parts = station_window(kit)
    qtbot.addWidget(parts.window)
    parts.start()
    yield parts
    parts.close()


def _ok(dialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _type_and_resolve(qtbot, gui: GuiParts, text: str):
    with qtbot.waitSignal(gui.scan.resolved, timeout=5000) as blocker:
        qtbot.keyClicks(gui.scan.field, text)
        qtbot.keyClick(gui.scan.field, Qt.Key.Key_Return)
    return blocker.args[0]


def test_typed_ean_finds_the_sku(qtbot, gui: GuiParts, kit: StationKit) -> None:
    outcome = _type_and_resolve(qtbot, gui, "6901028075831")
    assert outcome.state is ScanState.FOUND and outcome.sku == kit.milk
    assert kit.milk.name in gui.scan.result.text()
    assert "Dairy" in gui.scan.result.text() and "High risk" in gui.scan.result.text()
    assert "enter the batch" in gui.scan.result.text()
    assert gui.scan.field.text() == ""


def test_gs1_scan_at_inbound_creates_the_lot_and_prefills(qtbot, gui, kit) -> None:
    text = f"]d2010690102807583110NEW-B7{GS}1126112517270523"
    outcome = _type_and_resolve(qtbot, gui, text.replace(GS, "<GS>"))
    assert outcome.lot_created and outcome.lot.batch == "NEW-B7"
    assert outcome.prefill.production_date == date(2026, 11, 25)
    assert outcome.lot.expiry_date == date(2027, 5, 23)
    assert "new lot registered" in gui.scan.result.text()
    again = _type_and_resolve(qtbot, gui, text.replace(GS, "<GS>"))
    assert again.lot == outcome.lot and not again.lot_created


def test_unknown_batch_at_outbound_is_flagged_not_invented(qtbot, gui) -> None:
    gui.scan.stage_buttons.button(list(Stage).index(Stage.OUTBOUND)).click()
    outcome = _type_and_resolve(qtbot, gui, "010690102807583110GHOST")
    assert outcome.lot is None and outcome.lot_unknown and not outcome.lot_created


def test_bad_check_digit_is_named(qtbot, gui) -> None:
    outcome = _type_and_resolve(qtbot, gui, "6901028075832")
    assert outcome.state is ScanState.INVALID and outcome.error_code == "gs1.bad_check_digit"
    assert "check digit" in gui.scan.result.text()


def test_unknown_gtin_is_registered_by_a_supervisor(qtbot, gui, kit) -> None:
    outcome = _type_and_resolve(qtbot, gui, "6942305009996")
    assert outcome.state is ScanState.UNKNOWN_GTIN
    assert gui.scan.register_button.isVisible()
    qtbot.mouseClick(gui.scan.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: gui.registration.dialog is not None and gui.registration.dialog.isVisible()
    )
    dialog = gui.registration.dialog
    dialog.name.setText("每日坚果 30g")
    dialog.category.setCurrentIndex(dialog.category.findData("snacks_drinks"))
    dialog.shelf_life.setValue(180)
    dialog.username.setText("zhaomin")
    dialog.pin.setText("0000")  # wrong first
    _ok(dialog).click()
    qtbot.waitUntil(lambda: "wrong username or PIN" in dialog.problem.text())
    dialog.pin.setText("4321")
    with qtbot.waitSignal(gui.scan.resolved, timeout=5000) as blocker:
        _ok(dialog).click()
    found = blocker.args[0]
    assert found.state is ScanState.FOUND and found.sku.name == "每日坚果 30g"


def test_handheld_scanner_burst_is_a_scan_from_any_focus(qtbot, gui: GuiParts, kit) -> None:
    gui.history.search.setFocus()
    qtbot.waitUntil(gui.history.search.hasFocus)
    with qtbot.waitSignal(gui.scan.resolved, timeout=5000) as blocker:
        qtbot.keyClicks(gui.history.search, "]E06901028075831")  # a burst, no delay
        qtbot.keyClick(gui.history.search, Qt.Key.Key_Return)
    outcome = blocker.args[0]
    assert outcome.event.source.value == "wedge" and outcome.event.symbology_id == "]E0"
    assert outcome.sku == kit.milk
    assert gui.history.search.text() == ""  # the burst never landed in the search field


def test_label_dates_typed_by_the_inspector_are_checked_against_the_barcode(qtbot, gui) -> None:
    _type_and_resolve(qtbot, gui, "0106901028075831112611251727052310B9")
    assert gui.scan.printed_production.isVisible()
    with qtbot.waitSignal(gui.scan.label_dates_checked, timeout=2000) as blocker:
        qtbot.keyClicks(
            gui.scan.printed_production, "2026.11.26", delay=60
        )  # a person typing: slower than a scanner
        qtbot.keyClick(gui.scan.printed_production, Qt.Key.Key_Return)
    (mismatch,) = blocker.args[0]
    assert (mismatch.printed, mismatch.barcode) == (date(2026, 11, 26), date(2026, 11, 25))
    assert "Label defect" in gui.scan.date_check.text()
    gui.scan.printed_production.clear()
    with qtbot.waitSignal(gui.scan.label_dates_checked, timeout=2000) as blocker:
        qtbot.keyClicks(
            gui.scan.printed_expiry, "20270523", delay=60
        )  # a person typing: slower than a scanner
        qtbot.keyClick(gui.scan.printed_expiry, Qt.Key.Key_Return)
    assert blocker.args[0] == ()
    assert "match" in gui.scan.date_check.text()


def test_an_impossible_label_date_is_refused(qtbot, gui) -> None:
    _type_and_resolve(qtbot, gui, "0106901028075831112611251727052310B9")
    with qtbot.assertNotEmitted(gui.scan.label_dates_checked):
        qtbot.keyClicks(
            gui.scan.printed_expiry, "2027-02-30", delay=60
        )  # a person typing: slower than a scanner
        qtbot.keyClick(gui.scan.printed_expiry, Qt.Key.Key_Return)
    assert "Not a date" in gui.scan.date_check.text()


def test_the_sku_card_shows_the_approved_product_photo(qtbot, gui: GuiParts, kit) -> None:
    _, png = cv2.imencode(".png", np.full((90, 120, 3), (30, 160, 40), np.uint8))
    sha = kit.service.store_photo(png.tobytes(), "image/png")
    with kit.store.uow() as uow:
        uow.skus.update(replace(kit.milk, reference_photo=sha))
        uow.commit()
    _type_and_resolve(qtbot, gui, "6901028075831")
    qtbot.waitUntil(lambda: not gui.scan.reference_photo.pixmap().isNull(), timeout=3000)
    assert gui.scan.reference_photo.pixmap().width() <= 160
