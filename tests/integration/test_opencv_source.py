"""The OpenCV frame source: video files, image folders, and specs that cannot be opened."""

import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from qc_station.adapters.camera import CameraSpec, FrameSource, open_frame_source
from qc_station.bench.preview_bench import write_video
from qc_station.errors import InputError


def _frames(count: int, size: tuple[int, int] = (160, 120)) -> list[np.ndarray]:
    """Frames whose brightness tells them apart: 10, 30, 50, ..."""
    width, height = size
    return [np.full((height, width, 3), 10 + 20 * i, np.uint8) for i in range(count)]


def _read_all(source: FrameSource, limit: int = 1000) -> list[np.ndarray]:
    frames = []
    while (frame := source.read()) is not None and len(frames) < limit:
        frames.append(frame)
    return frames


def test_a_video_file_gives_its_frames_in_order_then_none(tmp_path: Path) -> None:
    video = write_video(tmp_path / "clip.avi", _frames(6), fps=60)
    source = open_frame_source(str(video), 1280, 720)
    try:
        frames = _read_all(source)
    finally:
        source.close()
    assert len(frames) == 6
    assert [f.shape for f in frames] == [(120, 160, 3)] * 6
    brightness = [int(f.mean()) for f in frames]
    assert brightness == sorted(brightness)
    assert abs(brightness[0] - 10) <= 4 and abs(brightness[-1] - 110) <= 4


def test_a_video_file_is_paced_at_its_frame_rate(tmp_path: Path) -> None:
    video = write_video(tmp_path / "slow.avi", _frames(6), fps=10)
    source = open_frame_source(str(video), 640, 480)
    started = time.monotonic()
    frames = _read_all(source)
    elapsed = time.monotonic() - started
    source.close()
    assert len(frames) == 6
    assert elapsed >= 0.45  # six frames at 10 fps: five intervals of 0.1 s at least


def test_a_looping_video_starts_again(tmp_path: Path) -> None:
    video = write_video(tmp_path / "loop.avi", _frames(3), fps=120)
    source = open_frame_source(str(video), 640, 480, loop=True)
    frames = [source.read() for _ in range(7)]
    source.close()
    assert all(frame is not None for frame in frames)
    means = [float(f.mean()) for f in frames]
    expected = [10, 30, 50, 10, 30, 50, 10]
    assert all(abs(m - e) <= 4 for m, e in zip(means, expected, strict=True)), means


def _image_folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "frames"
    folder.mkdir()
    for index, frame in enumerate(_frames(count)):
        cv2.imwrite(str(folder / f"img-{index:02d}.png"), frame)
    (folder / "notes.txt").write_text("not an image", encoding="utf-8")
    return folder


def test_a_folder_shows_each_image_for_some_frames_in_name_order(tmp_path: Path) -> None:
    folder = _image_folder(tmp_path, 3)
    source = open_frame_source(str(folder), 1280, 720, frames_per_image=2, fps=200)
    frames = _read_all(source)
    source.close()
    assert [int(f.mean()) for f in frames] == [10, 10, 30, 30, 50, 50]
    frames[0][:] = 0  # each frame is the caller's own copy
    assert int(frames[1].mean()) == 10


def test_a_looping_folder_starts_again(tmp_path: Path) -> None:
    folder = _image_folder(tmp_path, 2)
    source = open_frame_source(str(folder), 640, 480, frames_per_image=1, loop=True, fps=200)
    means = [int(source.read().mean()) for _ in range(5)]
    assert means == [10, 30, 10, 30, 10]


@pytest.mark.parametrize("spec", ["no-such-file.avi", "99"])
def test_a_spec_that_cannot_be_opened_is_an_input_error(tmp_path: Path, spec: str) -> None:
    target = spec if spec.isdigit() else str(tmp_path / spec)
    with pytest.raises(InputError):
        open_frame_source(target, 640, 480)


def test_a_file_that_is_not_a_video_is_an_input_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.avi"
    bogus.write_bytes(b"this is not a video" * 100)
    with pytest.raises(InputError, match=r"bogus\.avi"):
        open_frame_source(str(bogus), 640, 480)


def test_an_empty_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no images"):
        open_frame_source(str(tmp_path), 640, 480)


def test_only_a_device_reconnects(tmp_path: Path) -> None:
    assert CameraSpec("0").reconnects
    assert not CameraSpec(str(tmp_path)).reconnects
    assert CameraSpec(str(_image_folder(tmp_path, 1)), frames_per_image=1).open().read() is not None
