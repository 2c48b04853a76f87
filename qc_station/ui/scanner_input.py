"""Catch keyboard-wedge scanner bursts application-wide, and let a person's typing through.

``ScannerInput`` is an event filter installed on the ``QApplication`` (a filter on the main
window alone would not see key presses delivered to its child widgets). Every key press for a
watched widget goes to a ``WedgeBurstDetector``; the original event is consumed, and:

- keys the detector calls typing are replayed, in order and unchanged (a clone of the original
  ``QKeyEvent``), to the widget that had the focus when they were pressed;
- a scanner burst is never delivered to any widget: ``scanned`` emits its ``ScanEvent``.

Key times come from ``QKeyEvent.timestamp()`` (the window system's time of the key press, so
keys queued while the GUI thread was busy keep their real spacing); synthetic events with
timestamp 0 (``QTest``) use a monotonic clock instead. Ctrl+] and a text of ``"\\x1d"`` both become
ASCII 29; modifier presses (Shift for capitals, Ctrl for Ctrl+]) are ignored; auto-repeated keys
end a burst. Sites should still turn the input method off in the scan field
(``WA_InputMethodEnabled``): with a Chinese IME active, keys arrive as input-method events that
no key filter sees.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from qc_station.domain.wedge import (
    ENTER,
    GS,
    TAB,
    Scanned,
    Typed,
    WedgeBurstDetector,
    WedgeConfig,
    WedgeOutput,
)

_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
_NAMED_KEYS = {Qt.Key.Key_Return: ENTER, Qt.Key.Key_Enter: ENTER, Qt.Key.Key_Tab: TAB}
_CONTROL_TEXT = frozenset("\b\t\n\r\x1b\x7f")  # keys whose text() is a control char but not data


def key_name(event: QKeyEvent) -> str | None:
    """The detector's name of a key press: a character, ``"Enter"``, ``"Tab"``, ``"F13"``…

    Returns ``None`` for a bare modifier press. Ctrl+] (how many wedges type ASCII 29) and a
    text of ``"\\x1d"`` give ASCII 29; Ctrl+letter gives its control character (STX = Ctrl+B).
    """
    key = Qt.Key(event.key())
    text = event.text()
    ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    if key in _MODIFIER_KEYS:
        return None
    if key in _NAMED_KEYS:
        return _NAMED_KEYS[key]
    if text == GS or (ctrl and key == Qt.Key.Key_BracketRight):
        return GS
    if ctrl and not (alt and text.isprintable() and text):  # Ctrl+Alt = AltGr on Windows
        if Qt.Key.Key_A.value <= key.value <= Qt.Key.Key_Z.value:
            return chr(key.value - Qt.Key.Key_A.value + 1)
        return f"Ctrl+{key.value:x}"
    if len(text) == 1 and text not in _CONTROL_TEXT:
        return text
    if Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F35.value:
        return f"F{key.value - Qt.Key.Key_F1.value + 1}"
    return f"Key+{key.value:x}"


@dataclass(slots=True)
class _HeldKey:
    """A key press waiting for the detector's verdict: where it went, and a copy of it."""

    receiver: QWidget
    event: QKeyEvent


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScannerInput(QObject):
    """Application-wide filter that turns scanner bursts into ``scanned`` signals.

    Args:
        window: watch only key presses for widgets inside this window (and windows it owns,
            such as its dialogs); ``None`` watches every widget of the application.
        config: the scanners' timing, prefix and suffix.
        clock_ms: monotonic milliseconds, for events without a timestamp (tests inject one).
    """

    scanned = Signal(object)
    """Emitted with the ``ScanEvent`` of each scanner burst."""

    def __init__(
        self,
        window: QWidget | None = None,
        config: WedgeConfig | None = None,
        *,
        clock_ms: Callable[[], float] = _monotonic_ms,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._config = config or WedgeConfig()
        self._detector: WedgeBurstDetector[_HeldKey] = WedgeBurstDetector(self._config)
        self._clock_ms = clock_ms
        self._last_key = (0.0, 0.0)  # (key time in the detector's base, clock at processing)
        self._replaying: set[int] = set()
        self._installed_on: QObject | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    def install(self, target: QObject | None = None) -> None:
        """Start filtering: on ``target``, by default the running ``QApplication``."""
        target = target or QApplication.instance()
        if target is None:
            raise RuntimeError("ScannerInput needs a QApplication")
        self.uninstall()
        target.installEventFilter(self)
        self._installed_on = target

    def uninstall(self) -> None:
        """Stop filtering; keys still held are passed on as typing."""
        if self._installed_on is not None and shiboken6.isValid(self._installed_on):
            self._installed_on.removeEventFilter(self)
        self._installed_on = None
        self._deliver(self._detector.flush())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Route key presses of watched widgets through the burst detector."""
        if event.type() != QEvent.Type.KeyPress or id(event) in self._replaying:
            return False
        if not isinstance(watched, QWidget) or not self._watches(watched):
            return False
        assert isinstance(event, QKeyEvent)
        name = key_name(event)
        if name is None:
            return False
        if event.isAutoRepeat():
            name = "AutoRepeat"  # a held-down key is a person; it also ends any burst
        copy = event.clone()
        assert isinstance(copy, QKeyEvent)
        outputs = self._detector.feed(name, self._key_time(event), _HeldKey(watched, copy))
        self._deliver(outputs)
        self._arm_timer()
        return True

    # --- internals -----------------------------------------------------------------------------

    def _watches(self, widget: QWidget) -> bool:
        """Whether ``widget`` is inside the watched window (or any window when none is set)."""
        if self._window is None:
            return True
        current: QWidget | None = widget
        while current is not None:
            if current is self._window:
                return True
            current = current.parentWidget()
        return False

    def _key_time(self, event: QKeyEvent) -> float:
        """The key's time in ms: its timestamp when the platform set one, else the clock."""
        clock = self._clock_ms()
        stamp = event.timestamp()
        at = float(stamp) if stamp > 0 else clock
        self._last_key = (at, clock)
        return at

    def _arm_timer(self) -> None:
        """Wake up when the held keys' burst window has passed without a new key."""
        deadline = self._detector.deadline_ms()
        if deadline is None:
            self._timer.stop()
            return
        at, _clock = self._last_key
        self._timer.start(max(1, int(deadline - at) + 2))

    def _on_timeout(self) -> None:
        at, clock = self._last_key
        now = at + (self._clock_ms() - clock)
        self._deliver(self._detector.tick(now))
        self._arm_timer()

    def _deliver(self, outputs: list[WedgeOutput[_HeldKey]]) -> None:
        """Replay typed keys to their widgets; emit scans."""
        for output in outputs:
            if isinstance(output, Scanned):
                self.scanned.emit(output.event)
            elif isinstance(output, Typed):
                for held in output.tokens:
                    self._replay(held)

    def _replay(self, held: _HeldKey) -> None:
        """Send a typed key to the widget it was meant for, past this filter."""
        if not shiboken6.isValid(held.receiver):
            return
        self._replaying.add(id(held.event))
        try:
            QApplication.sendEvent(held.receiver, held.event)
        finally:
            self._replaying.discard(id(held.event))
