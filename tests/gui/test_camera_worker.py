"""The camera worker on recorded frames, its scan filter, and the camera view (offscreen)."""

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import cv2
import numpy as np
import pytest
from PySide6.QtGui import QImage

from qc_station.adapters.camera import CameraSpec
from qc_station.adapters.decoding.auto import make_decoder
from qc_station.bench.preview_bench import paste, scene, symbol_image, write_video
from qc_station.domain.barcode import DecodedSymbol
from qc_station.domain.scan import ScanEvent, ScanSource
from qc_station.errors import InputError
from qc_station.ui.scanner.camera_view import CameraView
from qc_station.ui.scanner.camera_worker import CameraWorker
from qc_station.ui.scanner.ports import CameraState, FrameOutlines, FrameSource
from qc_station.ui.scanner.scan_filter import ScanFilter

SIZE = (640, 480)
EAN_A, EAN_B, EAN_C = "4006381333931", "5901234123457", "9780201379624"
GS1_DM = "(01)06901234567892(17)271231(10)ABC123"
GTIN_DM = "0106901234567892"


@pytest.fixture(scope="module")
def empty() -> np.ndarray:
    return scene(SIZE, seed=3)


def _ean(background: np.ndarray, text: str) -> np.ndarray:
    return paste(background, symbol_image(text, "EAN13", 3), 150, 140)


def _datamatrix(background: np.ndarray) -> np.ndarray:
    return paste(background, symbol_image(GS1_DM, "DataMatrix", 6, gs1=True), 240, 120)


class RecordingDecoder:
    """The live decoder, remembering the texts it found in each frame."""

    def __init__(self) -> None:
        self._decoder = make_decoder("zxing", profile="live")  # deterministic: no ZBar turns
        self.seen: list[list[str]] = []

    def __call__(self, frame: np.ndarray) -> list[DecodedSymbol]:
        found = self._decoder.decode(frame)
        self.seen.append([symbol.text for symbol in found])
        return found


@dataclass
class Recorder:
    """Everything a worker emitted."""

    scans: list[ScanEvent] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    frames: int = 0
    outlines: list[FrameOutlines] = field(default_factory=list)

    def attach(self, worker: CameraWorker) -> None:
        worker.barcode_detected.connect(self.scans.append)
        worker.camera_state_changed.connect(self.states.append)
        worker.failed.connect(self.failures.append)
        worker.frame_ready.connect(self._on_frame)
        worker.symbols_located.connect(self.outlines.append)

    def _on_frame(self, image: QImage) -> None:
        assert not image.isNull()
        self.frames += 1

    @property
    def texts(self) -> list[str]:
        return [scan.text for scan in self.scans]


@pytest.fixture
def make_worker(qtbot) -> Iterator:
    made: list[CameraWorker] = []

    def make(opener, decode, **options) -> tuple[CameraWorker, Recorder]:
        worker = CameraWorker(opener, decode, **options)
        recorder = Recorder()
        recorder.attach(worker)
        made.append(worker)
        return worker, recorder

    yield make
    for worker in made:
        worker.stop()


def _play(qtbot, worker: CameraWorker, timeout_ms: int = 20_000) -> None:
    with qtbot.waitSignal(worker.finished, timeout=timeout_ms):
        worker.start()


def test_each_physical_scan_gives_one_event(qtbot, tmp_path, empty, make_worker) -> None:
    ean, datamatrix = _ean(empty, EAN_A), _datamatrix(empty)
    frames = (
        [empty] * 6 + [ean] * 12 + [empty] * 24 + [datamatrix] * 10 + [empty] * 24
        + [ean] * 12 + [empty] * 6
    )  # fmt: skip
    video = write_video(tmp_path / "scans.avi", frames, fps=30)
    worker, seen = make_worker(CameraSpec(str(video)), RecordingDecoder(), debounce_s=0.4)
    _play(qtbot, worker)
    assert seen.texts[0] == EAN_A and seen.texts[2] == EAN_A
    assert seen.texts[1].startswith(GTIN_DM)
    assert len(seen.scans) == 3
    assert seen.states == ["starting", "live", "ended"]
    assert seen.failures == []
    assert seen.frames >= 25  # previews reached the GUI thread
    assert any(o.symbols and o.symbols[0].accepted for o in seen.outlines)


def test_an_ean_needs_two_agreeing_frames_and_gs1_one(qtbot, tmp_path, empty, make_worker) -> None:
    once, twice, datamatrix = _ean(empty, EAN_B), _ean(empty, EAN_C), _datamatrix(empty)
    frames = [empty] * 3 + [once] + [empty] * 3 + [twice] * 2 + [empty] * 3 + [datamatrix]
    frames += [empty] * 3
    video = write_video(tmp_path / "agree.avi", frames, fps=30)
    decoder = RecordingDecoder()
    worker, seen = make_worker(CameraSpec(str(video)), decoder, decode_in_capture_thread=True)
    _play(qtbot, worker)
    assert [EAN_B] in decoder.seen  # the one-frame EAN was read, and yet not accepted
    assert len(decoder.seen) == len(frames)  # in the capture thread every frame is decoded
    assert seen.texts[0] == EAN_C
    assert seen.texts[1].startswith(GTIN_DM)
    assert len(seen.scans) == 2
    ean, datamatrix = seen.scans
    assert (ean.source, ean.symbology, ean.symbology_id) == (ScanSource.CAMERA, "EAN13", "]E0")
    assert (datamatrix.symbology, datamatrix.symbology_id) == ("DataMatrix", "]d2")


def test_a_folder_of_images_works_too(qtbot, tmp_path, empty, make_worker) -> None:
    folder = tmp_path / "images"
    folder.mkdir()
    for index, image in enumerate([empty, _ean(empty, EAN_A), empty, _datamatrix(empty)]):
        cv2.imwrite(str(folder / f"{index:02d}.png"), image)
    spec = CameraSpec(str(folder), frames_per_image=4)
    worker, seen = make_worker(spec, RecordingDecoder(), debounce_s=0.1)
    _play(qtbot, worker)
    assert seen.texts[0] == EAN_A
    assert seen.texts[1].startswith(GTIN_DM)
    assert len(seen.scans) == 2
    assert seen.states[-1] == "ended"


def test_stopping_a_running_worker_returns_promptly(qtbot, tmp_path, empty, make_worker) -> None:
    video = write_video(tmp_path / "loop.avi", [empty, _ean(empty, EAN_A)] * 15, fps=30)
    worker, seen = make_worker(CameraSpec(str(video), loop=True), RecordingDecoder())
    worker.start()
    qtbot.waitUntil(lambda: seen.frames >= 5, timeout=10_000)
    started = time.monotonic()
    assert worker.stop() is True
    assert time.monotonic() - started < 1.0
    assert not worker.is_running
    frames_at_stop = seen.frames
    qtbot.wait(200)
    assert seen.frames == frames_at_stop  # nothing queued is delivered after stop
    assert seen.states[-1] == "stopped"
    worker.start()  # and it starts again
    qtbot.waitUntil(lambda: seen.frames >= frames_at_stop + 5, timeout=10_000)


class BlockingSource:
    """A camera whose driver blocks in read() until released."""

    def __init__(self, release: threading.Event) -> None:
        self.release = release
        self.closed = False

    def read(self) -> np.ndarray | None:
        self.release.wait()
        return None

    def close(self) -> None:
        self.closed = True


@dataclass
class FakeOpener:
    """Opens the given sources in turn; an InputError entry means "no camera" that time."""

    results: list[FrameSource | InputError]
    reconnects: bool = True

    def open(self) -> FrameSource:
        result = self.results.pop(0) if len(self.results) > 1 else self.results[0]
        if isinstance(result, InputError):
            raise result
        return result


def test_stop_does_not_hang_on_a_blocked_camera(qtbot, make_worker) -> None:
    release = threading.Event()
    source = BlockingSource(release)
    worker, seen = make_worker(FakeOpener([source]), RecordingDecoder())
    worker.start()
    qtbot.waitUntil(lambda: seen.states == ["starting"], timeout=5_000)
    qtbot.wait(100)  # the capture thread is now inside read()
    started = time.monotonic()
    assert worker.stop(timeout_s=0.3) is False
    assert time.monotonic() - started < 1.0
    assert seen.states[-1] == "stopped"
    assert worker.has_blocked_threads
    release.set()
    qtbot.waitUntil(lambda: not worker.has_blocked_threads, timeout=5_000)
    assert source.closed


class FewFrames:
    """A camera that delivers ``count`` frames, then is unplugged."""

    def __init__(self, frame: np.ndarray, count: int) -> None:
        self._frame, self._left = frame, count

    def read(self) -> np.ndarray | None:
        time.sleep(0.01)
        self._left -= 1
        return self._frame.copy() if self._left >= 0 else None

    def close(self) -> None:
        pass


def test_a_missing_or_lost_camera_is_retried(qtbot, empty, make_worker) -> None:
    missing = InputError("camera 0 cannot be opened")
    opener = FakeOpener([missing, missing, FewFrames(empty, 3), FewFrames(empty, 1000)])
    worker, seen = make_worker(opener, RecordingDecoder(), retry_s=0.05)
    worker.start()
    qtbot.waitUntil(lambda: seen.states.count("live") == 2, timeout=5_000)
    assert seen.states == ["starting", "no_camera", "live", "lost", "live"]
    assert seen.failures == []


def test_a_video_that_cannot_be_opened_fails_and_finishes(qtbot, tmp_path, make_worker) -> None:
    worker, seen = make_worker(CameraSpec(str(tmp_path / "gone.avi")), RecordingDecoder())
    _play(qtbot, worker, timeout_ms=5_000)
    assert seen.states == ["starting", "no_camera"]
    assert "gone.avi" in seen.failures[0]


def test_a_failing_decoder_is_reported_once_and_the_preview_goes_on(
    qtbot, tmp_path, empty, make_worker
) -> None:
    def broken(_frame: np.ndarray) -> list[DecodedSymbol]:
        raise RuntimeError("decoder exploded")

    video = write_video(tmp_path / "short.avi", [empty] * 8, fps=30)
    worker, seen = make_worker(CameraSpec(str(video)), broken)
    _play(qtbot, worker)
    assert len(seen.failures) == 1 and "decoder exploded" in seen.failures[0]
    assert seen.frames >= 4


# The scan filter, frame by frame on a fake clock.


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _ean13(text: str) -> DecodedSymbol:
    return DecodedSymbol("EAN13", text, False, ((0, 0), (9, 0), (9, 9), (0, 9)))


def test_the_filter_accepts_the_second_agreeing_ean_frame_only() -> None:
    clock = Clock()
    scans = ScanFilter(debounce_s=1.5, clock=clock)
    misread, good = _ean13(EAN_B), _ean13(EAN_A)
    assert scans.feed([misread]).accepted == ()
    first = scans.feed([good])
    assert first.accepted == ()
    assert [o.accepted for o in first.outlines] == [False]
    assert scans.feed([good]).accepted == (good,)
    assert scans.feed([good]).accepted == ()  # still in view: the same scan


def test_the_filter_debounces_until_the_code_left_the_view() -> None:
    clock = Clock()
    scans = ScanFilter(debounce_s=1.5, clock=clock)
    datamatrix = DecodedSymbol("DataMatrix", "0106901234567892", True)
    assert scans.feed([datamatrix]).accepted == (datamatrix,)
    for _ in range(30):  # held under the camera for 6 s
        clock.now += 0.2
        assert scans.feed([datamatrix]).accepted == ()
    clock.now += 1.0  # out of view for 1 s: the same scan still
    assert scans.feed([datamatrix]).accepted == ()
    clock.now += 1.6
    assert scans.feed([]).accepted == ()
    clock.now += 0.1
    assert scans.feed([datamatrix]).accepted == (datamatrix,)


# The view.


def test_the_view_shows_the_state_in_words_without_a_picture(qtbot) -> None:
    view = CameraView(sound=False)
    qtbot.addWidget(view)
    view.show_state(CameraState.NO_CAMERA)
    assert not view.has_picture
    assert "No camera" in view.message.text()
    assert "handheld scanner" in view.message.text()
    view.show_state(CameraState.LIVE)
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    view.show_frame(image)
    assert view.has_picture and view.message.isHidden()
    view.show_state(CameraState.LOST)
    assert not view.has_picture and "lost" in view.message.text()


def test_the_view_flashes_on_an_accepted_scan_and_draws_outlines(qtbot) -> None:
    view = CameraView(sound=True)  # no audio device offscreen: silent, not broken
    qtbot.addWidget(view)
    view.resize(320, 240)
    view.show()
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(0)
    view.show_state(CameraState.LIVE)
    view.show_frame(image)
    outline = FrameOutlines(640, 480, (ScanFilter().feed([_ean13(EAN_A)]).outlines))
    view.show_outlines(outline)
    view.show_scan(ScanEvent(EAN_A, ScanSource.CAMERA, at=None, symbology="EAN13"))  # type: ignore[arg-type]
    assert view.flashing
    grabbed = view.grab().toImage()
    assert grabbed.pixelColor(2, 120).green() > 150  # the green border
    qtbot.waitUntil(lambda: not view.flashing, timeout=2_000)
