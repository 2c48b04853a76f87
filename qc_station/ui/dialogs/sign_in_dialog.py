"""Signing in at the station: username and PIN."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class SignInDialog(QDialog):
    """Asks for a username and a PIN; the caller checks them and reports a refusal here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in"))
        self.username = QLineEdit(self)
        self.pin = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("User"), self.username)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self._on_accepted)
        form.addRow(buttons)

    def _on_accepted(self) -> None:
        if self.username.text().strip() and self.pin.text():
            self.accept()
        else:
            self.problem.setText(self.tr("Enter your user name and PIN."))

    def refuse(self, reason: str) -> None:
        """Show why signing in failed and ask again."""
        self.problem.setText(reason)
        self.pin.clear()
        self.open()
