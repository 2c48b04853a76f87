"""Recording a failed check: which defect, how severe, and a note."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from qc_station.domain.checklist import CheckItem
from qc_station.domain.defects import DEFECT_TYPES, DEFECTS_BY_CODE, Severity
from qc_station.domain.inspection import CheckOutcome, CheckResult
from qc_station.ui.check_words import defect_text, item_text, severity_text

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class DefectDialog(QDialog):
    """The defect list (the item's usual defects first, searchable), severity and note."""

    def __init__(self, item: CheckItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Failed: %1").replace("%1", item_text(item.code)))
        self._item = item
        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search defects"))
        self.search.textChanged.connect(self._filter)
        self.defects = QListWidget(self)
        for code in self._codes():
            entry = QListWidgetItem(f"{defect_text(code)}  [{code}]", self.defects)
            entry.setData(CODE_ROLE, code)
        self.defects.currentItemChanged.connect(self._on_defect_changed)
        self.severity = QComboBox(self)
        for severity in Severity:
            self.severity.addItem(severity_text(severity), severity.value)
        self.note = QLineEdit(self)
        self._build()
        self.defects.setCurrentRow(0)

    def _codes(self) -> list[str]:
        usual = list(self._item.defect_codes)
        others = [
            d.code for d in DEFECT_TYPES if d.group is self._item.group and d.code not in usual
        ]
        return usual + others

    def _build(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.search)
        form.addRow(self.defects)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        first_visible = None
        for row in range(self.defects.count()):
            entry = self.defects.item(row)
            hidden = bool(needle) and needle not in entry.text().lower()
            entry.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = row
        if first_visible is not None:
            self.defects.setCurrentRow(first_visible)

    def _on_defect_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        severity = DEFECTS_BY_CODE[str(current.data(CODE_ROLE))].default_severity
        self.severity.setCurrentIndex(self.severity.findData(severity.value))

    def result_check(self) -> CheckResult | None:
        """The failed check entered, or None when no defect is chosen."""
        current = self.defects.currentItem()
        if current is None or current.isHidden():
            return None
        return CheckResult(
            self._item.code,
            CheckOutcome.FAIL,
            str(current.data(CODE_ROLE)),
            Severity(self.severity.currentData()),
            self.note.text().strip(),
        )
