"""Reading the label: a still from the camera (or a photo file), OCR off the GUI thread, the
reading to confirm, and the confirmed label on the inspection."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from qc_station.services.label_service import LabelReading
from qc_station.ui.dialogs.label_dialog import LabelDialog
from qc_station.ui.photos import jpeg_bytes
from qc_station.ui.screens.inspection_screen import InspectionScreen
from qc_station.ui.tasks import TaskRunner

PHOTO_FILTER = "Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)"


@dataclass(frozen=True)
class LabelPorts:
    """What reading labels needs from the station.

    Attributes:
        read: keeps the photo bytes and reads the label off them (slow: a worker runs it).
        read_inkjet: adds a photo of the inkjet code to a reading.
        capture: the camera's newest frame; None when no camera is configured (then the
            inspector picks a photo file).
    """

    read: Callable[[bytes], LabelReading]
    read_inkjet: Callable[[LabelReading, bytes], LabelReading]
    capture: Callable[[], QImage] | None = None


class LabelFlow(QObject):
    """From "read label" on the inspection screen to the confirmed label on its draft."""

    def __init__(
        self, ports: LabelPorts, tasks: TaskRunner, screen: InspectionScreen, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._ports, self._tasks, self._screen, self._parent = ports, tasks, screen, parent
        self.dialog: LabelDialog | None = None
        self.file_dialog: QFileDialog | None = None
        screen.read_label_requested.connect(self.read_label)

    def read_label(self) -> None:
        """Take a still and read it (or ask for a photo file without a camera)."""
        if self._ports.capture is None:
            self._ask_file()
            return
        image = self._ports.capture()
        if image.isNull():
            self._screen.show_label_status(self.tr("The camera shows no picture."))
            return
        read = self._ports.read
        # JPEG encoding and OCR both run on the worker; a QImage copy may cross threads.
        self._tasks.run(
            lambda: (read(jpeg_bytes(image)), image),
            self._show_reading,
            self._failed,
            lane="ocr",
        )

    def _ask_file(self) -> None:
        dialog = QFileDialog(self._parent, self.tr("Photo of the label"), "", PHOTO_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.read_file)
        dialog.rejected.connect(lambda: self._screen.show_label_status(""))
        self.file_dialog = dialog
        dialog.open()

    def read_file(self, path: str) -> None:
        """Read the label photo in ``path``."""
        read = self._ports.read

        def work() -> tuple[LabelReading, QImage]:
            data = Path(path).read_bytes()
            return read(data), QImage.fromData(data)

        self._tasks.run(work, self._show_reading, self._failed, lane="ocr")

    def _failed(self, error: BaseException) -> None:
        message = getattr(error, "message", str(error))
        self._screen.show_label_status(self.tr("The label was not read: %1").replace("%1", message))

    def _show_reading(self, result: tuple[LabelReading, QImage]) -> None:
        reading, image = result
        if not reading.text.lines:
            self._screen.show_label_status(self.tr("No text found: hold the label flat in view."))
            return
        self._screen.show_label_status(self.tr("Check the fields, then accept."))
        dialog = LabelDialog(reading, image, self._screen.label_preview, self._parent)
        dialog.accepted.connect(lambda: self._on_accepted(dialog))
        dialog.inkjet_requested.connect(lambda: self._read_inkjet(dialog, image))
        self.dialog = dialog
        dialog.open()

    def _on_accepted(self, dialog: LabelDialog) -> None:
        fields = dialog.accepted_fields()
        if fields is not None:
            self._screen.apply_label(dialog.reading.evidence(fields))

    def _read_inkjet(self, dialog: LabelDialog, label_image: QImage) -> None:
        capture = self._ports.capture
        still = capture() if capture is not None else QImage()
        if still.isNull():
            dialog.inkjet_failed(self.tr("The camera shows no picture."))
            return
        read_inkjet, reading = self._ports.read_inkjet, dialog.reading
        self._tasks.run(
            lambda: read_inkjet(reading, jpeg_bytes(still)),
            lambda merged: dialog.set_reading(merged, label_image),
            lambda error: dialog.inkjet_failed(getattr(error, "message", str(error))),
            lane="ocr",
        )
