"""Photos in the UI: frames to JPEG bytes, bytes to thumbnails."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap

JPEG_QUALITY = 90


def jpeg_bytes(image: QImage) -> bytes:
    """``image`` encoded as JPEG (empty for a null image)."""
    if image.isNull():
        return b""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", JPEG_QUALITY)
    buffer.close()
    return bytes(data.data())


def thumbnail(data: bytes, size: QSize) -> QPixmap:
    """A pixmap of the photo bytes scaled to fit ``size`` (null if they are no image)."""
    image = QImage.fromData(data)
    if image.isNull():
        return QPixmap()
    scaled = image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return QPixmap.fromImage(scaled)
