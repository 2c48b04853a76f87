"""ScannerInput with real Qt key events: scanner bursts become signals, typing reaches fields.

Two ways of controlling timing are used, both going through QApplication's event filter chain:

- ``qtbot.keyClicks(widget, text, delay=ms)``: QTest events carry timestamp 0, so ScannerInput
  times them with its monotonic clock; ``delay`` really waits between keys (a person: 80 ms;
  a scanner: no delay, well under the 30 ms threshold).
- ``QKeyEvent`` objects with ``setTimestamp()`` sent with ``QApplication.sendEvent``: the times are
  exact and independent of how loaded the CI machine is (a scanner: 4 ms apart; a person:
  150 ms apart, delivered instantly, which also checks that timestamps win over arrival time).
"""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from qc_station.domain.scan import ScanEvent, ScanSource
from qc_station.domain.wedge import WedgeConfig
from qc_station.ui.scanner_input import ScannerInput

EAN = "6901234567892"


class Station:
    """A window with two fields and an installed ScannerInput that records its scans."""

    def __init__(self, qtbot: QtBot, config: WedgeConfig | None = None) -> None:
        self.window = QWidget()
        layout = QVBoxLayout(self.window)
        self.first, self.second = QLineEdit(), QLineEdit()
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.scans: list[ScanEvent] = []
        self.input = ScannerInput(self.window, config)
        self.input.scanned.connect(self.scans.append)
        self.input.install()
        self.first.setFocus()


@pytest.fixture
def station(qtbot: QtBot) -> Iterator[Station]:
    s = Station(qtbot)
    yield s
    s.input.uninstall()


def key_event(
    char: str, at_ms: int, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QKeyEvent:
    if char == "\n":
        key, text = Qt.Key.Key_Return, "\r"
    elif char == "\x1d":
        key, text = Qt.Key.Key_BracketRight, "\x1d"
    else:
        key, text = Qt.Key(ord(char.upper())), char
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
    event.setTimestamp(at_ms)
    return event


def send_timed(widget: QWidget, text: str, start: int = 10_000, gap: int = 4) -> None:
    for i, char in enumerate(text):
        QApplication.sendEvent(widget, key_event(char, start + i * gap))


def test_person_typing_reaches_the_field(qtbot: QtBot, station: Station) -> None:
    qtbot.keyClicks(station.first, EAN, delay=80)
    qtbot.keyClick(station.first, Qt.Key.Key_Return, delay=80)
    qtbot.waitUntil(lambda: station.first.text() == EAN, timeout=2000)
    assert station.scans == []


def test_fast_qtest_burst_is_a_scan_and_leaves_no_text(qtbot: QtBot, station: Station) -> None:
    station.first.setText("lot 7")
    with qtbot.waitSignal(station.input.scanned, timeout=2000) as blocker:
        qtbot.keyClicks(station.first, "]E0" + EAN)
        qtbot.keyClick(station.first, Qt.Key.Key_Return)
    event = blocker.args[0]
    assert (event.text, event.symbology_id, event.source) == (EAN, "]E0", ScanSource.WEDGE)
    qtbot.wait(60)
    assert station.first.text() == "lot 7"
    assert station.second.text() == ""


def test_timestamped_burst_with_ctrl_bracket_separator(qtbot: QtBot, station: Station) -> None:
    send_timed(station.second, "]C10109501101530003" + "10ABC")
    QApplication.sendEvent(
        station.second, key_event("\x1d", 10_100, Qt.KeyboardModifier.ControlModifier)
    )
    send_timed(station.second, "17261231\n", start=10_104)
    [event] = station.scans
    assert event.text == "010950110153000310ABC\x1d17261231"
    assert event.symbology_id == "]C1"
    qtbot.wait(60)
    assert station.first.text() == station.second.text() == ""


def test_qtest_ctrl_bracket_becomes_group_separator(qtbot: QtBot, station: Station) -> None:
    with qtbot.waitSignal(station.input.scanned, timeout=2000) as blocker:
        qtbot.keyClicks(station.first, "10ABC")
        qtbot.keyClick(station.first, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(station.first, "21XYZ")
        qtbot.keyClick(station.first, Qt.Key.Key_Return)
    assert blocker.args[0].text == "10ABC\x1d21XYZ"
    assert station.first.text() == ""


def test_slow_timestamps_are_typing_even_when_delivered_at_once(
    qtbot: QtBot, station: Station
) -> None:
    send_timed(station.first, EAN, gap=150)
    qtbot.waitUntil(lambda: station.first.text() == EAN, timeout=2000)
    assert station.scans == []


def test_capitals_with_shift_presses_stay_one_burst(qtbot: QtBot, station: Station) -> None:
    at = 20_000
    for char in "10ABC123\n":
        if char.isupper():
            shift = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier
            )
            shift.setTimestamp(at)
            QApplication.sendEvent(station.first, shift)
        QApplication.sendEvent(station.first, key_event(char, at + 1))
        at += 5
    assert [e.text for e in station.scans] == ["10ABC123"]
    assert station.first.text() == ""


def test_short_fast_input_is_typing(qtbot: QtBot, station: Station) -> None:
    send_timed(station.first, "12\n")
    qtbot.waitUntil(lambda: station.first.text() == "12", timeout=2000)
    assert station.scans == []


def test_prefix_required_when_configured(qtbot: QtBot) -> None:
    s = Station(qtbot, WedgeConfig(prefix=("\x02",)))
    try:
        send_timed(s.first, EAN + "\n")  # fast but without the prefix: typing, passed at once
        assert s.first.text() == EAN
        QApplication.sendEvent(
            s.first, key_event("b", 30_000, Qt.KeyboardModifier.ControlModifier)
        )  # Ctrl+B = STX
        send_timed(s.first, EAN + "\n", start=30_004)
        assert [e.text for e in s.scans] == [EAN]
        assert s.first.text() == EAN
    finally:
        s.input.uninstall()


def test_widgets_outside_the_window_are_not_filtered(qtbot: QtBot, station: Station) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    send_timed(other, EAN + "\n")
    assert other.text() == EAN
    assert station.scans == []
