"""Dispatching a lab sample: which lab, which courier, the tracking number."""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
class DispatchValues:
    """The hand-over to the courier (the arguments of ``LabService.dispatch``)."""

    lab_name: str
    courier: str
    tracking_no: str


class LabDispatchDialog(QDialog):
    """The lab and courier (picked from those used before, or typed) and the tracking number.

    Open it with ``open()`` and read ``values()`` once it is accepted.

    Args:
        sample_code: the sample's barcode text, shown as the heading.
        labs: lab names to suggest, the most likely first (it is preselected).
        couriers: courier names to suggest, the most likely first (it is preselected).
    """

    def __init__(
        self,
        sample_code: str,
        labs: Sequence[str],
        couriers: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send sample %1 to the lab").replace("%1", sample_code))
        self.sample_code = sample_code
        self.heading = QLabel(self, textFormat=Qt.TextFormat.PlainText)
        self.heading.setText(self.tr("Sample %1").replace("%1", sample_code))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.lab = self._suggesting_combo(labs, self.tr("The lab's name"))
        self.courier = self._suggesting_combo(couriers, self.tr("The courier's name"))
        self.tracking_no = QLineEdit(self)
        self.tracking_no.setPlaceholderText(self.tr("Scan or type the waybill number"))
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record the dispatch"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self._build()
        for kind in (QComboBox, QLineEdit, QPushButton):
            for widget in self.findChildren(kind):
                if not isinstance(widget.parent(), QComboBox):  # an editable combo's own editor
                    widget.setMinimumHeight(MIN_TARGET_HEIGHT)
        self.setTabOrder(self.lab, self.courier)
        self.setTabOrder(self.courier, self.tracking_no)
        self.setTabOrder(self.tracking_no, self.ok_button)
        self.setMinimumWidth(520)
        first = self.tracking_no if labs and couriers else self.lab if not labs else self.courier
        first.setFocus()

    def _suggesting_combo(self, names: Sequence[str], placeholder: str) -> QComboBox:
        combo = QComboBox(self, editable=True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter accepts, adds nothing
        seen: set[str] = set()
        for name in names:
            name = name.strip()
            if name and name not in seen:
                seen.add(name)
                combo.addItem(name)
        line = combo.lineEdit()
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        if combo.completer() is not None:
            combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCurrentIndex(0 if seen else -1)
        return combo

    def _build(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Lab"), self.lab)
        form.addRow(self.tr("Courier"), self.courier)
        form.addRow(self.tr("Tracking number"), self.tracking_no)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def show_problem(self, text: str) -> None:
        """Show why the dispatch is refused; the dialog stays open."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def values(self) -> DispatchValues:
        """What was entered, without surrounding spaces; ValueError while an entry is invalid."""
        found = self._problem()
        if found is not None:
            raise ValueError(found[0])
        return DispatchValues(*self._texts())

    def _texts(self) -> tuple[str, str, str]:
        return (
            self.lab.currentText().strip(),
            self.courier.currentText().strip(),
            self.tracking_no.text().strip(),
        )

    def _problem(self) -> tuple[str, QWidget] | None:
        lab_name, courier, tracking_no = self._texts()
        if not lab_name:
            return self.tr("Enter the lab's name."), self.lab
        if not courier:
            return self.tr("Enter the courier."), self.courier
        if not tracking_no:
            return self.tr("Enter the tracking number."), self.tracking_no
        if any(c.isspace() or not c.isprintable() for c in tracking_no):
            return self.tr("A tracking number has no spaces."), self.tracking_no
        return None

    def _on_accepted(self) -> None:
        found = self._problem()
        if found is not None:
            self.show_problem(found[0])
            found[1].setFocus()
            return
        self.show_problem("")
        self.accept()
