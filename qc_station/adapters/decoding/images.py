"""Load image files for decoding."""

from pathlib import Path

import cv2
import numpy as np

from qc_station.errors import InputError


def load_image(path: Path, *, gray: bool = False) -> np.ndarray:
    """Read an image file as a BGR (or, with ``gray``, a grey) uint8 array.

    Works like ``cv2.imread`` but also with non-ASCII paths on Windows (``imread`` cannot open
    ``D:\\质检\\a.png`` there), by reading the bytes first and decoding them.

    Raises:
        InputError: the file is missing, unreadable, or not an image OpenCV can decode.
    """
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except FileNotFoundError:
        raise InputError(f"image not found: {path}") from None
    except (IsADirectoryError, PermissionError, OSError) as exc:
        raise InputError(f"cannot read image {path}: {exc.strerror or exc}") from None
    flags = cv2.IMREAD_GRAYSCALE if gray else cv2.IMREAD_COLOR
    image = cv2.imdecode(data, flags) if data.size else None
    if image is None:
        raise InputError(f"not a readable image (PNG, JPEG, BMP, TIFF, WebP...): {path}")
    return image
