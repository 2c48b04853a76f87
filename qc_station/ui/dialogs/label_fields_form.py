"""The fields read off a label, each editable before the inspector accepts them."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qc_station.domain.errors import DomainError
from qc_station.domain.label_dates import parse_printed_date
from qc_station.domain.label_fields import LabelElement, LabelFields, ShelfLife, ShelfLifeUnit
from qc_station.domain.label_patterns import find_licence
from qc_station.ui.label_words import element_text, producer_part_text, unit_text

TEXT_FIELDS = ("batch", "sc_licence", "standard_code", "net_content")
MIN_TARGET_HEIGHT = 36
MAX_SHELF_LIFE = 9999


class FieldsProblem(ValueError):
    """A field the inspector typed cannot be accepted (the message says which)."""


class LabelFieldsForm(QWidget):
    """Dates, shelf life, batch, licence, standard, net content and the elements present.

    Signals:
        changed: any field was edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read = LabelFields()
        self.production_date = self._line()
        self.expiry_date = self._line()
        self.shelf_value = QSpinBox(self, minimum=0, maximum=MAX_SHELF_LIFE)
        self.shelf_value.setMinimumHeight(MIN_TARGET_HEIGHT)
        self.shelf_value.setSpecialValueText("—")
        self.shelf_value.valueChanged.connect(self.changed)
        self.shelf_unit = QComboBox(self, minimumHeight=MIN_TARGET_HEIGHT)
        for unit in ShelfLifeUnit:
            self.shelf_unit.addItem(unit_text(unit), unit.value)
        self.shelf_unit.currentIndexChanged.connect(self.changed)
        self.texts = {name: self._line() for name in TEXT_FIELDS}
        self.elements = {element: QCheckBox(self) for element in LabelElement}
        for box in self.elements.values():
            box.setMinimumHeight(28)
            box.toggled.connect(self.changed)
        self.producer_note = QLabel(self, wordWrap=True)
        self.producer_note.setStyleSheet("color: #5f6368")
        self.elements_box = QGroupBox(self)
        self.form = QFormLayout()
        self.row_labels = [QLabel(self) for _ in range(3 + len(TEXT_FIELDS))]
        self._layout()
        self._retranslate()

    def _line(self) -> QLineEdit:
        field = QLineEdit(self, clearButtonEnabled=True, minimumHeight=MIN_TARGET_HEIGHT)
        field.textEdited.connect(self.changed)
        return field

    def _layout(self) -> None:
        shelf = QHBoxLayout()
        shelf.addWidget(self.shelf_value, 1)
        shelf.addWidget(self.shelf_unit, 1)
        fields = [self.production_date, self.expiry_date, shelf]
        fields += [self.texts[name] for name in TEXT_FIELDS]
        for label, field in zip(self.row_labels, fields, strict=True):
            self.form.addRow(label, field)
        grid = QGridLayout(self.elements_box)
        for index, element in enumerate(LabelElement):
            grid.addWidget(self.elements[element], index // 2, index % 2)
        grid.addWidget(self.producer_note, 4, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.elements_box)

    def _retranslate(self) -> None:
        names = (
            self.tr("Production date"),
            self.tr("Expiry printed"),
            self.tr("Shelf life"),
            self.tr("Batch"),
            self.tr("SC licence"),
            self.tr("Standard code"),
            self.tr("Net content"),
        )
        for label, name in zip(self.row_labels, names, strict=True):
            label.setText(name)
        self.production_date.setPlaceholderText(self.tr("e.g. 2026-03-15"))
        self.expiry_date.setPlaceholderText(self.tr("only if the label prints one"))
        for index, unit in enumerate(ShelfLifeUnit):
            self.shelf_unit.setItemText(index, unit_text(unit))
        self.elements_box.setTitle(self.tr("GB 7718 elements on the label (tick = present)"))
        for element, box in self.elements.items():
            box.setText(element_text(element))
        self._show_producer_note()

    def changeEvent(self, event: QEvent) -> None:
        """Re-word the form when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def show_fields(self, fields: LabelFields) -> None:
        """Fill the form with what was read."""
        self._read = fields
        self.production_date.setText(_iso(fields.production_date))
        self.expiry_date.setText(_iso(fields.expiry_date))
        shelf = fields.shelf_life
        self.shelf_value.setValue(shelf.value if shelf else 0)
        unit = shelf.unit if shelf else ShelfLifeUnit.MONTH
        self.shelf_unit.setCurrentIndex(self.shelf_unit.findData(unit.value))
        for name in TEXT_FIELDS:
            self.texts[name].setText(getattr(fields, name) or "")
        for element, box in self.elements.items():
            box.setChecked(element in fields.elements_present)
        self._show_producer_note()

    def _show_producer_note(self) -> None:
        parts = self._read.producer_parts_missing
        self.producer_note.setVisible(bool(parts))
        if parts:
            words = "、".join(producer_part_text(p) for p in parts)
            self.producer_note.setText(self.tr("Producer: not found: %1").replace("%1", words))

    def fields(self) -> LabelFields:
        """The fields as the form shows them now.

        Raises:
            FieldsProblem: a date is not a date, or the licence is not SC + 14 digits.
        """
        production = self._date(self.production_date, self.tr("production date"))
        expiry = self._date(self.expiry_date, self.tr("expiry date"))
        licence = self.texts["sc_licence"].text().strip().upper().replace(" ", "") or None
        if licence is not None and not _is_licence(licence):
            raise FieldsProblem(
                self.tr("The SC licence is SC and 14 digits: %1").replace("%1", licence)
            )
        value = self.shelf_value.value()
        unit = ShelfLifeUnit(str(self.shelf_unit.currentData()))
        present = frozenset(e for e, box in self.elements.items() if box.isChecked())
        return replace(
            self._read,
            production_date=production,
            expiry_date=expiry,
            shelf_life=ShelfLife(value, unit) if value > 0 else None,
            batch=self._text("batch"),
            sc_licence=licence,
            standard_code=self._text("standard_code"),
            net_content=self._text("net_content"),
            elements_present=present,
        )

    def _text(self, name: str) -> str | None:
        return self.texts[name].text().strip() or None

    def _date(self, field: QLineEdit, name: str) -> date | None:
        try:
            return parse_printed_date(field.text())
        except DomainError:
            problem = self.tr("Not a date (%1): %2").replace("%1", name)
            raise FieldsProblem(problem.replace("%2", field.text().strip())) from None


def _iso(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def _is_licence(text: str) -> bool:
    return find_licence(text) == text
