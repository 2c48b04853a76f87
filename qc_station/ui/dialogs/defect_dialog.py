"""Recording a failed check: which defect, how severe, and a note."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from qc_station.domain.checklist import CheckItem
from qc_station.domain.defects import DEFECT_TYPES, DEFECTS_BY_CODE, Severity
from qc_station.domain.inspection import CheckOutcome, CheckResult
from qc_station.ui.check_words import defect_text, item_text, severity_text
from qc_station.ui.photos import jpeg_bytes
from qc_station.ui.tasks import TaskRunner

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PhotoTaker:
    """Where a defect photo comes from and where it is kept.

    Attributes:
        capture: the camera's newest frame (on the GUI thread: a copy, cheap).
        store: keeps JPEG bytes durably and returns their SHA-256 (runs on a worker).
        tasks: the runner for the store.
    """

    capture: Callable[[], QImage]
    store: Callable[[bytes], str]
    tasks: TaskRunner


class DefectDialog(QDialog):
    """The defect list (the item's usual defects first, searchable), severity and note."""

    def __init__(
        self,
        item: CheckItem,
        parent: QWidget | None = None,
        camera: PhotoTaker | None = None,
    ) -> None:
        super().__init__(parent)
        self._camera = camera
        self.photos: list[str] = []
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
        self.photo_button = QPushButton(self.tr("Take a photo from the camera"), self)
        self.photo_button.setMinimumHeight(40)
        self.photo_button.setEnabled(camera is not None)
        self.photo_button.clicked.connect(self._on_photo_clicked)
        self.photo_status = QLabel(self)
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
        form.addRow(self.photo_button, self.photo_status)
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

    def _on_photo_clicked(self) -> None:
        assert self._camera is not None
        image = self._camera.capture()
        if image.isNull():
            self.photo_status.setText(self.tr("The camera shows no picture."))
            return
        self.photo_button.setEnabled(False)
        self.photo_status.setText(self.tr("Saving the photo…"))
        self._camera.tasks.run(
            lambda: self._camera.store(jpeg_bytes(image)) if self._camera else "",
            self._on_photo_stored,
            lambda error: self._on_photo_failed(getattr(error, "message", str(error))),
            lane="write",
        )

    def _on_photo_stored(self, sha256: str) -> None:
        self.photos.append(sha256)
        self.photo_button.setEnabled(True)
        self.photo_status.setText(self.tr("%n photo(s)", "", len(self.photos)))

    def _on_photo_failed(self, reason: str) -> None:
        self.photo_button.setEnabled(True)
        self.photo_status.setText(self.tr("The photo was not saved: %1").replace("%1", reason))

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
            tuple(self.photos),
        )
