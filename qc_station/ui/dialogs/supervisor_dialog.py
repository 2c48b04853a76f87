"""A supervisor approves a step at the inspector's station: username, PIN and, if asked, a reason.

The dialog only asks. When OK is pressed with everything filled in, it turns busy and emits
``submitted``; the caller checks the username and PIN in the background, then either closes
the dialog with ``accept()`` or calls ``show_problem("wrong username or PIN")``, which makes
it editable again for another try.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qc_station.ui.dialogs.pin_approval import PROBLEM_COLOUR, PinApprovalDialog

MIN_TARGET_HEIGHT = 40


@dataclass(frozen=True, slots=True)
class SupervisorValues:
    """Who approves, their PIN, and why (empty when no reason was asked)."""

    username: str
    pin: str
    reason: str


class SupervisorDialog(PinApprovalDialog):
    """Asks for a supervisor's username and PIN, and a reason when ``needs_reason``.

    Open it with ``open()``. Signals:
        submitted: (SupervisorValues) — every field is filled in; the dialog is busy until
            the caller calls ``accept()``, ``show_problem(...)`` or ``set_busy(False)``.
    """

    def __init__(
        self, title: str, explanation: str, needs_reason: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.needs_reason = needs_reason
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

    def _lockable(self) -> list[QWidget]:
        return [*super()._lockable(), self.reason]

    def _problem(self) -> tuple[str, QWidget] | None:
        missing = self._credentials_problem()
        if missing is None and self.needs_reason and not self.reason.text().strip():
            return self.tr("Enter the reason."), self.reason
        return missing
