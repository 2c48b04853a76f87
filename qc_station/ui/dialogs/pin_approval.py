"""What every dialog a supervisor approves with their PIN shares: check, go busy, refuse, retry.

A subclass builds ``username``, ``pin``, ``problem``, ``ok_button`` and ``cancel_button``,
connects its OK to ``_on_accepted`` and says what it returns (``values``), what it locks while
busy (``_lockable``) and what it must have first (``_problem``). When OK is pressed with
everything filled in, the dialog turns busy and emits ``submitted(values)``; the caller
checks the PIN in the background, then ``accept()``s or calls ``show_problem(text)``.
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

PROBLEM_COLOUR = "#b3261e"


class PinApprovalDialog(QDialog):
    """The busy / refuse / retry protocol of a supervisor's approval.

    Signals:
        submitted: the ``values()`` — every field is filled in; the dialog is busy until the
            caller calls ``accept()``, ``show_problem(...)`` or ``set_busy(False)``.
    """

    submitted = Signal(object)
    username: QLineEdit
    pin: QLineEdit
    problem: QLabel
    ok_button: QPushButton
    cancel_button: QPushButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False

    def values(self) -> Any:
        """What was entered."""
        raise NotImplementedError

    def _lockable(self) -> list[QWidget]:
        """Everything that is disabled while the PIN is checked."""
        return [self.username, self.pin, self.ok_button, self.cancel_button]

    def _problem(self) -> tuple[str, QWidget] | None:
        """What is still missing, and where to type it (None when all is there)."""
        return self._credentials_problem()

    def _credentials_problem(self) -> tuple[str, QWidget] | None:
        if not self.username.text().strip():
            return self.tr("Enter the supervisor's user name."), self.username
        if not self.pin.text():
            return self.tr("Enter the supervisor's PIN."), self.pin
        return None

    def set_busy(self, busy: bool) -> None:
        """While the caller checks the PIN, nothing can be changed, approved or cancelled."""
        self.busy = busy
        for widget in self._lockable():
            widget.setEnabled(not busy)
        if busy:
            self._say(self.tr("Checking…"), problem=False)

    def show_problem(self, text: str) -> None:
        """Show why the approval was refused; the PIN is cleared for another try."""
        self.set_busy(False)
        self._say(text)
        self.pin.clear()
        self.pin.setFocus()

    def reject(self) -> None:
        """Cancel, except while the PIN is being checked."""
        if not self.busy:
            super().reject()

    def _say(self, text: str, problem: bool = True) -> None:
        colour = PROBLEM_COLOUR if problem else "palette(window-text)"
        self.problem.setStyleSheet(f"color: {colour}")
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _on_accepted(self) -> None:
        if self.busy:
            return
        found = self._problem()
        if found is not None:
            text, field = found
            self._say(text)
            field.setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(self.values())
