"""Frames from ``cv2.VideoCapture``: a camera index, a video file, or a folder of images.

``open_frame_source(spec, width, height)`` picks the kind from the spec (``"0"`` is a device;
an existing folder is a slide show of its images; any other path is a video file) and raises
``InputError`` when the spec cannot be opened. ``read()`` returns a fresh BGR array the caller
owns, or ``None`` when there is no frame (camera gone, end of the file). Files and folders are
paced at their frame rate, as a camera would be, so demos and tests see real time.

A source is used from one thread only (the camera worker's); ``read()`` may block.
"""

import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from qc_station.errors import InputError

log = logging.getLogger("qc_station.camera")

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp"})
DEFAULT_FPS = 30.0
FRAMES_PER_IMAGE = 15
"""How many frames a folder shows each image for: half a second at 30 fps."""


class FrameSource(Protocol):
    """Where frames come from; ``None`` from ``read()`` means there is no frame."""

    def read(self) -> np.ndarray | None:
        """The next BGR frame (H×W×3 uint8), or ``None``."""
        ...

    def close(self) -> None:
        """Release the device or file; safe to call twice."""
        ...


def is_device_spec(spec: str) -> bool:
    """Whether ``spec`` names a camera by its index (``"0"``, ``"1"``...)."""
    return spec.strip().isdigit()


def open_frame_source(
    spec: str,
    width: int,
    height: int,
    *,
    frames_per_image: int = FRAMES_PER_IMAGE,
    loop: bool = False,
    fps: float = DEFAULT_FPS,
) -> FrameSource:
    """Open the camera, video file or image folder named by ``spec``.

    Args:
        spec: a camera index, a video file, or a folder of images (shown in name order).
        width: the resolution asked of a camera; files and folders keep their own size.
        height: see ``width``.
        frames_per_image: how many frames a folder shows each image for.
        loop: start a file or folder again at its end instead of ending.
        fps: the pace of a folder (a video file has its own).

    Raises:
        InputError: the spec cannot be opened (no such camera, file or readable images).
    """
    if is_device_spec(spec):
        return DeviceSource(int(spec), width, height)
    path = Path(spec).expanduser()
    if path.is_dir():
        return ImageFolderSource(path, frames_per_image, loop, fps)
    if path.is_file():
        return VideoFileSource(path, loop)
    raise InputError(f"no camera, video file or image folder at {spec!r}")


@dataclass(frozen=True, slots=True)
class CameraSpec:
    """How to open the station's camera; the worker opens it (again after a loss) itself.

    Attributes:
        spec: the ``camera`` setting: an index, a video file or an image folder.
        width: the ``camera_width`` setting.
        height: the ``camera_height`` setting.
        frames_per_image: for a folder, see ``open_frame_source``.
        loop: for a file or folder, see ``open_frame_source``.
    """

    spec: str
    width: int = 1280
    height: int = 720
    frames_per_image: int = FRAMES_PER_IMAGE
    loop: bool = False

    @property
    def reconnects(self) -> bool:
        """A device is opened again after it is lost; a file or folder simply ends."""
        return is_device_spec(self.spec)

    def open(self) -> FrameSource:
        """Open the source (may take a second for a device); raises ``InputError``."""
        return open_frame_source(
            self.spec,
            self.width,
            self.height,
            frames_per_image=self.frames_per_image,
            loop=self.loop,
        )


def _device_backends() -> Sequence[int]:
    """The capture APIs to try in order on this OS (the first that opens wins)."""
    if sys.platform == "win32":
        return (cv2.CAP_DSHOW, cv2.CAP_MSMF, cv2.CAP_ANY)
    if sys.platform == "darwin":
        return (cv2.CAP_AVFOUNDATION, cv2.CAP_ANY)
    return (cv2.CAP_V4L2, cv2.CAP_ANY)


class DeviceSource:
    """A camera by index, at the resolution asked for when it supports it."""

    def __init__(self, index: int, width: int, height: int) -> None:
        self.index = index
        self._capture = _open_device(index)
        self._capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        self._capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        self._capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a queue

    def read(self) -> np.ndarray | None:
        """The next frame; ``None`` once the camera stops delivering (unplugged)."""
        ok, frame = self._capture.read()
        return frame if ok and frame is not None else None

    def close(self) -> None:
        """Release the camera."""
        self._capture.release()


def _open_device(index: int) -> cv2.VideoCapture:
    """The first capture API that opens camera ``index``; raises ``InputError``."""
    for api in _device_backends():
        capture = cv2.VideoCapture(index, api)
        if capture.isOpened():
            log.info("camera %d opened with %s", index, capture.getBackendName())
            return capture
        capture.release()
    raise InputError(f"camera {index} cannot be opened (not connected, or in use)")


class _Pacer:
    """Sleeps so frames come out at ``fps``; after a long pause it does not rush to catch up."""

    def __init__(self, fps: float) -> None:
        self.interval = 1.0 / fps
        self._due = 0.0

    def wait(self) -> None:
        """Sleep until the next frame is due."""
        now = time.monotonic()
        if self._due < now - self.interval:  # the first frame, or a frame or more late
            self._due = now
        elif self._due > now:
            time.sleep(self._due - now)
        self._due += self.interval


class VideoFileSource:
    """A video file played at its own frame rate."""

    def __init__(self, path: Path, loop: bool = False) -> None:
        self.path = path
        self._loop = loop
        self._capture = cv2.VideoCapture(str(path))
        if not self._capture.isOpened():
            self._capture.release()
            raise InputError(f"{path} is not a video file that can be played")
        fps = self._capture.get(cv2.CAP_PROP_FPS)
        self.fps = fps if 1.0 <= fps <= 240.0 else DEFAULT_FPS
        self._pacer = _Pacer(self.fps)
        self._first: np.ndarray | None = self._next_frame()
        if self._first is None:
            self._capture.release()
            raise InputError(f"{path} has no frames that can be decoded")

    def read(self) -> np.ndarray | None:
        """The next frame when it is due; ``None`` at the end (unless looping)."""
        frame = self._first if self._first is not None else self._next_frame()
        self._first = None
        if frame is None and self._loop:
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            frame = self._next_frame()
        if frame is not None:
            self._pacer.wait()
        return frame

    def _next_frame(self) -> np.ndarray | None:
        ok, frame = self._capture.read()
        return frame if ok and frame is not None else None

    def close(self) -> None:
        """Release the file."""
        self._capture.release()


class ImageFolderSource:
    """The images of a folder in name order, each shown for ``frames_per_image`` frames."""

    def __init__(self, folder: Path, frames_per_image: int, loop: bool, fps: float) -> None:
        if frames_per_image < 1:
            raise ValueError("frames_per_image must be at least 1")
        self.folder = folder
        self.paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if not self.paths:
            raise InputError(f"{folder} holds no images ({', '.join(sorted(IMAGE_SUFFIXES))})")
        self._frames_per_image = frames_per_image
        self._loop = loop
        self._pacer = _Pacer(fps)
        self._position = 0  # frames delivered so far
        self._image: np.ndarray | None = None
        self._image_index = -1

    def read(self) -> np.ndarray | None:
        """A copy of the current image when the next frame is due; ``None`` at the end."""
        index = self._position // self._frames_per_image
        if index >= len(self.paths):
            if not self._loop:
                return None
            self._position, index = 0, 0
        image = self._load(index)
        self._position += 1
        self._pacer.wait()
        return image.copy()

    def _load(self, index: int) -> np.ndarray:
        """The image at ``index`` (cached while it is shown); an unreadable one is grey."""
        if index != self._image_index or self._image is None:
            image = cv2.imread(str(self.paths[index]), cv2.IMREAD_COLOR)
            if image is None:
                log.warning("skipping unreadable image %s", self.paths[index])
                image = np.full((480, 640, 3), 128, np.uint8)
            self._image, self._image_index = image, index
        return self._image

    def close(self) -> None:
        """Nothing to release."""
        self._image = None
