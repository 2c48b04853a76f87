"""Collecting a lab sample: units for the lab, units kept sealed as a backup, the seal number."""

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MIN_TARGET_HEIGHT = 40
MAX_UNITS = 999
PROBLEM_COLOUR = "#b3261e"
HINT_COLOUR = "#5f6368"


@dataclass(frozen=True, slots=True)
class CollectValues:
    """What was collected (the arguments of ``LabService.collect``)."""

    test_quantity: int
    backup_quantity: int
    seal_no: str


class LabCollectDialog(QDialog):
    """The units taken from the lot for the lab and for the sealed backup (留样), and the seal.

    Open it with ``open()`` and read ``values()`` once it is accepted.
    """

    def __init__(self, sample_code: str, sku_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Collect sample %1").replace("%1", sample_code))
        self.sample_code = sample_code
        self.heading = QLabel(self, textFormat=Qt.TextFormat.PlainText)
        self.heading.setText(self.tr("Sample %1").replace("%1", sample_code))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.product = QLabel(sku_name, self, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.product.setStyleSheet(f"color: {HINT_COLOUR}")
        self.test_quantity = QSpinBox(self, minimum=1, maximum=MAX_UNITS, value=2)
        self.backup_quantity = QSpinBox(self, minimum=0, maximum=MAX_UNITS, value=1)
        self.backup_hint = QLabel(self.tr("Kept sealed at the station in case of a dispute"), self)
        self.backup_hint.setStyleSheet(f"color: {HINT_COLOUR}")
        self.seal_no = QLineEdit(self)
        self.seal_no.setPlaceholderText(self.tr("Scan or type the seal's number"))
        self.steppers: dict[str, QPushButton] = {}
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record the collection"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self._build()
        for kind in (QAbstractSpinBox, QLineEdit, QPushButton):
            for widget in self.findChildren(kind):
                if not isinstance(widget.parent(), QAbstractSpinBox):  # a spin box's own editor
                    widget.setMinimumHeight(MIN_TARGET_HEIGHT)
        for spin in (self.test_quantity, self.backup_quantity):
            spin.setMinimumWidth(120)
            spin.installEventFilter(self)
        self.setTabOrder(self.test_quantity, self.backup_quantity)
        self.setTabOrder(self.backup_quantity, self.seal_no)
        self.setTabOrder(self.seal_no, self.ok_button)
        self.setMinimumWidth(480)
        self.test_quantity.setFocus()
        self.test_quantity.selectAll()

    def _build(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Units for the lab"), self._stepper(self.test_quantity, "test"))
        form.addRow(self.tr("Sealed backup units"), self._stepper(self.backup_quantity, "backup"))
        form.addRow("", self.backup_hint)
        form.addRow(self.tr("Seal number"), self.seal_no)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.product)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _stepper(self, spin: QSpinBox, name: str) -> QHBoxLayout:
        """``spin`` with large − and + buttons beside it (``steppers[name + "-"]`` and ``+``)."""
        row = QHBoxLayout()
        row.addWidget(spin)
        for text, step in (("−", -1), ("+", 1)):
            button = QPushButton(text, self)
            button.setFixedWidth(MIN_TARGET_HEIGHT + 8)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard uses the arrow keys
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Fewer") if step < 0 else self.tr("More"))
            button.setStyleSheet("font-size: 14pt; font-weight: bold")
            button.clicked.connect(lambda _checked=False, s=spin, n=step: s.stepBy(n))
            row.addWidget(button)
            self.steppers[name + ("-" if step < 0 else "+")] = button
        row.addStretch(1)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a number out of bounds shows the problem instead of quietly undoing it."""
        if (
            isinstance(watched, QSpinBox)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not watched.hasAcceptableInput()
        ):
            self._on_accepted()
            return True
        return super().eventFilter(watched, event)

    def show_problem(self, text: str) -> None:
        """Show why the collection is refused; the dialog stays open."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def values(self) -> CollectValues:
        """What was entered; ValueError while an entry is invalid (see ``show_problem``)."""
        found = self._problem()
        if found is not None:
            raise ValueError(found[0])
        return CollectValues(
            self.test_quantity.value(), self.backup_quantity.value(), self.seal_no.text().strip()
        )

    def _problem(self) -> tuple[str, QWidget] | None:
        if not self.test_quantity.hasAcceptableInput():
            text = self.tr("Enter the units for the lab: from 1 to %1.")
            return text.replace("%1", str(MAX_UNITS)), self.test_quantity
        if not self.backup_quantity.hasAcceptableInput():
            text = self.tr("Enter the backup units: from 0 to %1.")
            return text.replace("%1", str(MAX_UNITS)), self.backup_quantity
        if not self.seal_no.text().strip():
            return self.tr("Enter the seal number."), self.seal_no
        return None

    def _on_accepted(self) -> None:
        found = self._problem()
        if found is not None:
            self.show_problem(found[0])
            found[1].setFocus()
            return
        self.show_problem("")
        self.accept()
