"""Photos in the UI: frames to JPEG bytes, bytes to thumbnail images."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage

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


def thumbnail_image(data: bytes, size: QSize) -> QImage:
    """The photo bytes decoded and scaled to fit ``size`` (null if they are no image).

    A ``QImage`` may be made on any thread: call this off the GUI thread, then turn it into a
    pixmap on the GUI thread (decoding a JPEG there stalls the window by tens of ms).
    """
    image = QImage.fromData(data)
    if image.isNull():
        return image
    return image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
