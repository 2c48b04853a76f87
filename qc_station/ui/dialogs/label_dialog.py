"""What the camera read off a label: the photo with its text outlined, the fields to confirm.

The inspector corrects any field, ticks the GB 7718 elements that are there, and accepts:
only then do the label's findings become proposed answers on the checklist.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qc_station.domain.label_fields import LabelFields
from qc_station.services.label_service import LabelReading
from qc_station.ui.dialogs.label_fields_form import FieldsProblem, LabelFieldsForm
from qc_station.ui.label_photo_view import LabelPhotoView

Preview = Callable[[LabelFields], Sequence[str]]  # the findings, in words, for these fields
PROBLEM_COLOUR = "#b3261e"


class LabelDialog(QDialog):
    """The label reading to confirm. Open with ``open()``; read ``accepted_fields()`` after.

    Signals:
        inkjet_requested: the inspector wants to photograph the inkjet code the label
            points to for its date.
    """

    inkjet_requested = Signal()

    def __init__(
        self,
        reading: LabelReading,
        image: QImage,
        preview: Preview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._preview = preview
        self._accepted: LabelFields | None = None
        self.reading = reading
        self.photo = LabelPhotoView(self)
        self.form = LabelFieldsForm(self)
        self.form.changed.connect(self._on_changed)
        self.derived = QLabel(self, wordWrap=True)
        self.findings = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.inkjet_button = QPushButton(self, minimumHeight=40)
        self.inkjet_button.clicked.connect(self._on_inkjet_clicked)
        self.inkjet_status = QLabel(self, wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setMinimumHeight(40)
        self._layout()
        self._retranslate()
        self.set_reading(reading, image)

    def _layout(self) -> None:
        side = QVBoxLayout()
        side.addWidget(self.form)
        side.addWidget(self.derived)
        side.addWidget(self.inkjet_button)
        side.addWidget(self.inkjet_status)
        side.addWidget(self.findings, 1)
        side.addWidget(self.problem)
        body = QHBoxLayout()
        body.addWidget(self.photo, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Read label"))
        self.inkjet_button.setText(self.tr("Photograph the inkjet code"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Accept (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._on_changed()

    def changeEvent(self, event: QEvent) -> None:
        """Re-word the dialog when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_reading(self, reading: LabelReading, image: QImage) -> None:
        """Show ``reading`` of ``image`` (again, after the inkjet code was added)."""
        self.reading = reading
        field_lines = [i for i in reading.fields.sources.values() if i >= 0]
        self.photo.show_reading(image, reading.text.lines, field_lines)
        self.form.show_fields(reading.fields)
        self.inkjet_button.setVisible(reading.fields.production_date_on_inkjet)
        self.inkjet_button.setEnabled(True)
        self._show_inkjet_status(reading)
        self._on_changed()

    def _show_inkjet_status(self, reading: LabelReading) -> None:
        if reading.inkjet_text is not None:
            lines = " / ".join(reading.inkjet_text.texts) or self.tr("(no text)")
            self.inkjet_status.setText(self.tr("Inkjet code read: %1").replace("%1", lines))
        elif reading.needs_inkjet:
            self.inkjet_status.setText(
                self.tr("The label says the date is in the inkjet code: photograph it.")
            )
        else:
            self.inkjet_status.clear()

    def inkjet_failed(self, message: str) -> None:
        """The inkjet photo could not be read."""
        self.inkjet_button.setEnabled(True)
        self.inkjet_status.setText(message)

    def _on_inkjet_clicked(self) -> None:
        self.inkjet_button.setEnabled(False)
        self.inkjet_status.setText(self.tr("Reading the inkjet code…"))
        self.inkjet_requested.emit()

    def _on_changed(self) -> None:
        try:
            fields = self.form.fields()
        except FieldsProblem as problem:
            self.problem.setText(str(problem))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.problem.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        expiry = fields.derived_expiry
        if expiry is None:
            self.derived.setText(self.tr("Expiry: not known from the label"))
        else:
            self.derived.setText(self.tr("Good until: %1").replace("%1", expiry.isoformat()))
        items = "".join(f"<li>{line}</li>" for line in self._preview(fields))
        heading = self.tr("Proposed for the checklist:")
        self.findings.setText(f"<b>{heading}</b><ul>{items}</ul>" if items else "")

    def _on_accept(self) -> None:
        try:
            self._accepted = self.form.fields()
        except FieldsProblem as problem:
            self.problem.setText(str(problem))
            return
        self.accept()

    def accepted_fields(self) -> LabelFields | None:
        """The fields the inspector accepted (None until accepted)."""
        return self._accepted
