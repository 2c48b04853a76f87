"""The camera preview: the newest frame scaled to fit, symbol outlines, a flash on each scan.

When there is no picture (starting, no camera, camera lost, end of a video) the view says so
in words, and reminds the inspector that the handheld scanner and typed codes still work.
"""

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from qc_station.domain.scan import ScanEvent
from qc_station.ui.scanner.camera_worker import CameraWorker
from qc_station.ui.scanner.ports import CameraState, FrameOutlines
from qc_station.ui.scanner.scan_sound import ScanSound

FLASH_MS = 300
SCANNED_TEXT_MS = 1500
OUTLINE_TTL_S = 0.6  # outlines older than this are stale (decoding stopped finding them)
ACCEPTED = QColor(0, 200, 83)
PENDING = QColor(255, 179, 0)
BACKDROP = QColor(24, 24, 24)


def fit_rect(image: QSize, area: QRectF) -> QRectF:
    """The largest rectangle of ``image``'s aspect ratio centred in ``area``."""
    if image.isEmpty() or area.isEmpty():
        return QRectF()
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    left = area.left() + (area.width() - width) / 2
    top = area.top() + (area.height() - height) / 2
    return QRectF(left, top, width, height)


class CameraView(QWidget):
    """Shows what the camera worker sees; connect it with ``attach(worker)``."""

    def __init__(
        self, sound: bool = False, sound_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._outlines = FrameOutlines(0, 0)
        self._outlines_at = 0.0
        self._state = CameraState.STARTING
        self._detail = ""
        self._scanned_text = ""
        self._flashing = False
        self._sound = ScanSound(sound, self, sound_path)
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self._text_timer = QTimer(self, singleShot=True, interval=SCANNED_TEXT_MS)
        self._text_timer.timeout.connect(self._clear_scanned_text)
        self.message = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setForegroundRole(QPalette.ColorRole.BrightText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._retranslate()

    def attach(self, worker: CameraWorker) -> None:
        """Show ``worker``'s frames, outlines, state and scans."""
        worker.frame_ready.connect(self.show_frame)
        worker.symbols_located.connect(self.show_outlines)
        worker.camera_state_changed.connect(self.show_state)
        worker.barcode_detected.connect(self.show_scan)
        worker.failed.connect(self.show_failure)

    @property
    def state(self) -> CameraState:
        """The camera state last shown."""
        return self._state

    @property
    def has_picture(self) -> bool:
        """Whether a frame is on show (rather than a message)."""
        return not self._image.isNull()

    @property
    def flashing(self) -> bool:
        """Whether the accepted-scan flash is on."""
        return self._flashing

    @property
    def sound(self) -> ScanSound:
        """The beep played on each accepted scan."""
        return self._sound

    @Slot(QImage)
    def latest_frame(self) -> QImage:
        """A copy of the newest preview frame (null when there is no picture)."""
        return self._image.copy()

    def show_frame(self, image: QImage) -> None:
        """Show the newest preview frame."""
        self._image = image
        if not self.message.isHidden():
            self.message.hide()
        self.update()

    @Slot(object)
    def show_outlines(self, outlines: FrameOutlines) -> None:
        """Outline the symbols of the latest decoded frame."""
        self._outlines = outlines
        self._outlines_at = time.monotonic()
        self.update()

    @Slot(str)
    def show_state(self, state: str) -> None:
        """Show a ``CameraState``; without a live camera the picture gives way to words."""
        self._state = CameraState(state)
        if self._state is CameraState.LIVE:
            self._detail = ""
        else:
            self._image = QImage()
            self._outlines = FrameOutlines(0, 0)
        self._retranslate()
        self.update()

    @Slot(object)
    def show_scan(self, event: ScanEvent) -> None:
        """Flash, beep and show the text of an accepted scan."""
        self._flashing = True
        self._scanned_text = event.text
        self._flash_timer.start()
        self._text_timer.start()
        self._sound.play()
        self.update()

    @Slot(str)
    def show_failure(self, message: str) -> None:
        """Keep a technical detail to show under the state message."""
        self._detail = message
        self._retranslate()

    def sizeHint(self) -> QSize:
        """16:9, large enough to aim a code."""
        return QSize(640, 360)

    def minimumSizeHint(self) -> QSize:
        """Small, but still a picture."""
        return QSize(240, 135)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame scaled to fit, its outlines, the flash and the scanned text."""
        painter = QPainter(self)
        area = QRectF(self.rect())
        painter.fillRect(area, BACKDROP)
        target = fit_rect(self._image.size(), area)
        if not target.isEmpty():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._image)
            self._paint_outlines(painter, target)
        if self._flashing:
            self._paint_flash(painter, area)
        if self._scanned_text:
            self._paint_scanned_text(painter, area)
        painter.end()

    def _paint_outlines(self, painter: QPainter, target: QRectF) -> None:
        outlines = self._outlines
        fresh = time.monotonic() - self._outlines_at < OUTLINE_TTL_S
        if not fresh or not outlines.symbols or outlines.width <= 0 or outlines.height <= 0:
            return
        sx, sy = target.width() / outlines.width, target.height() / outlines.height
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for symbol in outlines.symbols:
            if len(symbol.corners) < 3:
                continue
            style = Qt.PenStyle.SolidLine if symbol.accepted else Qt.PenStyle.DashLine
            painter.setPen(QPen(ACCEPTED if symbol.accepted else PENDING, 3, style))
            points = [
                QPointF(target.left() + x * sx, target.top() + y * sy) for x, y in symbol.corners
            ]
            painter.drawPolygon(QPolygonF(points))

    def _paint_flash(self, painter: QPainter, area: QRectF) -> None:
        overlay = QColor(ACCEPTED)
        overlay.setAlpha(60)
        painter.fillRect(area, overlay)
        painter.setPen(QPen(ACCEPTED, 10))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area.adjusted(5, 5, -5, -5))

    def _paint_scanned_text(self, painter: QPainter, area: QRectF) -> None:
        height = max(28.0, self.fontMetrics().height() * 1.8)
        strip = QRectF(area.left(), area.bottom() - height, area.width(), height)
        painter.fillRect(strip, QColor(0, 0, 0, 170))
        painter.setPen(QColor(255, 255, 255))
        text = self.tr("Scanned %1").replace("%1", self._scanned_text.replace("\x1d", " "))
        painter.drawText(strip, Qt.AlignmentFlag.AlignCenter, text)

    @Slot()
    def _end_flash(self) -> None:
        self._flashing = False
        self.update()

    @Slot()
    def _clear_scanned_text(self) -> None:
        self._scanned_text = ""
        self.update()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Camera preview"))
        text = self._state_text()
        if self._detail and self._state is not CameraState.LIVE:
            text += "\n\n" + self.tr("Details: %1").replace("%1", self._detail)
        self.message.setText(text)
        self.setAccessibleDescription(text)
        self.message.setVisible(not self.has_picture)

    def _state_text(self) -> str:
        fallback = self.tr("The station still works with a handheld scanner or typed codes.")
        texts = {
            CameraState.STARTING: self.tr("Starting the camera…"),
            CameraState.LIVE: self.tr("Starting the camera…"),
            CameraState.NO_CAMERA: self.tr("No camera found.") + "\n" + fallback,
            CameraState.LOST: self.tr("The camera was lost. Reconnecting…") + "\n" + fallback,
            CameraState.ENDED: self.tr("The video has ended.") + "\n" + fallback,
            CameraState.STOPPED: self.tr("The camera is off.") + "\n" + fallback,
        }
        return texts[self._state]
