"""The Qt binding the station runs on does not corrupt Python objects.

PySide6 6.12.0 loses a reference to ``True`` on every ``emit()`` called from Python; on
Python 3.11 the process aborts after a few hundred emits (``bool_dealloc``). pyproject.toml
keeps PySide6 below 6.12; this test fails if a broken release gets in again.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emit_keeps_references(qapp) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.carrying.connect(received.append)
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(300):
        emitter.plain.emit()
        emitter.carrying.emit(n)
    assert len(received) == 300
    assert sys.getrefcount(True) - before_true > -10  # other code may drop a few, never 600
    assert sys.getrefcount(None) - before_none > -10
