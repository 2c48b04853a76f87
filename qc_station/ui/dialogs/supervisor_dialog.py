"""A supervisor approves a step at the inspector's station: username, PIN and, if asked, a reason.

The dialog only asks. When OK is pressed with everything filled in, it turns busy and emits
``submitted``; the caller checks the username and PIN in the background, then either closes
the dialog with ``accept()`` or calls ``show_problem("wrong username or PIN")``, which makes
it editable again for another try.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MIN_TARGET_HEIGHT = 40
PROBLEM_COLOUR = "#b3261e"


@dataclass(frozen=True, slots=True)
class SupervisorValues:
    """Who approves, their PIN, and why (empty when no reason was asked)."""

    username: str
    pin: str
    reason: str


class SupervisorDialog(QDialog):
    """Asks for a supervisor's username and PIN, and a reason when ``needs_reason``.

    Open it with ``open()``. Signals:
        submitted: (SupervisorValues) — every field is filled in; the dialog is busy until
            the caller calls ``accept()``, ``show_problem(...)`` or ``set_busy(False)``.
    """

    submitted = Signal(object)

    def __init__(
        self, title: str, explanation: str, needs_reason: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.needs_reason = needs_reason
        self.busy = False
        self.explanation = QLabel(explanation, self, wordWrap=True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("The supervisor's user name"))
        self.pin = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Their PIN"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why, in a few words (kept in the record)"))
        self.reason.setVisible(needs_reason)
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Approve"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self._build()
        for kind in (QLineEdit, QComboBox, QPushButton, QCheckBox):
            for widget in self.findChildren(kind):
                widget.setMinimumHeight(MIN_TARGET_HEIGHT)
        self.setTabOrder(self.username, self.pin)
        self.setTabOrder(self.pin, self.reason)
        self.setMinimumWidth(460)
        self.username.setFocus()

    def _build(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Supervisor"), self.username)
        form.addRow(self.tr("PIN"), self.pin)
        if self.needs_reason:
            form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def values(self) -> SupervisorValues:
        """What was entered: the username and reason without surrounding spaces, the PIN as is."""
        reason = self.reason.text().strip() if self.needs_reason else ""
        return SupervisorValues(self.username.text().strip(), self.pin.text(), reason)

    def set_busy(self, busy: bool) -> None:
        """While the caller checks the PIN, nothing can be changed, approved or cancelled."""
        self.busy = busy
        for widget in (self.username, self.pin, self.reason, self.ok_button, self.cancel_button):
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

    def _problem(self) -> tuple[str, QWidget] | None:
        values = self.values()
        if not values.username:
            return self.tr("Enter the supervisor's user name."), self.username
        if not values.pin:
            return self.tr("Enter the supervisor's PIN."), self.pin
        if self.needs_reason and not values.reason:
            return self.tr("Enter the reason."), self.reason
        return None

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
