"""The label photo with the text the OCR found outlined."""

from collections.abc import Collection, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from qc_station.domain.label_text import TextLine

LINE_COLOUR = QColor("#1a73e8")  # every line the OCR read
FIELD_COLOUR = QColor("#e37400")  # the lines a field was taken from
PHOTO_HINT = QSize(560, 420)


class LabelPhotoView(QWidget):
    """Draws the photo scaled to fit, every text line's box, and the field lines bolder.

    The scaled pixmap is made once per size, not on every paint.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self._image = QImage()
        self._lines: tuple[TextLine, ...] = ()
        self._fields: frozenset[int] = frozenset()
        self._scaled: QPixmap | None = None

    def sizeHint(self) -> QSize:
        """Room for a readable photo."""
        return PHOTO_HINT

    def show_reading(
        self, image: QImage, lines: Sequence[TextLine], field_lines: Collection[int]
    ) -> None:
        """Show ``image`` with ``lines`` outlined; the indices in ``field_lines`` stand out."""
        self._image = image
        self._lines = tuple(lines)
        self._fields = frozenset(field_lines)
        self._scaled = None
        self.update()

    @property
    def outlined(self) -> int:
        """How many boxes are drawn."""
        return len(self._lines) if not self._image.isNull() else 0

    def _target(self) -> QRectF:
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The photo, then the boxes over it."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202124"))
        if self._image.isNull():
            return
        target = self._target()
        if self._scaled is None or self._scaled.size() != target.size().toSize():
            self._scaled = QPixmap.fromImage(
                self._image.scaled(
                    target.size().toSize(),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        painter.drawPixmap(target.topLeft(), self._scaled)
        scale = target.width() / max(1, self._image.width())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, line in enumerate(self._lines):
            field = index in self._fields
            painter.setPen(QPen(FIELD_COLOUR if field else LINE_COLOUR, 3 if field else 1.5))
            polygon = QPolygonF(
                [QPointF(target.x() + x * scale, target.y() + y * scale) for x, y in line.box]
            )
            painter.drawPolygon(polygon)
