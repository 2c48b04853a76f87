"""``qc-station bench decode``: read rate, misreads and time per frame of each decoder backend.

Two parts:

- **images**: every scored image of the shared sample set (``shared/data/barcodes``, one folder
  per format; ``N.txt`` beside ``N.png`` is the expected text) or, when it is absent, the
  project's own rendered symbols with camera effects. For each folder and format: images read
  by ``zxing``, ``zbar``, ``auto`` (still profile), by either library (``union``), and
  ``misread`` = images where a backend reported a wrong text of that format's kind (counted
  even when the right text was reported too). ``falsepositives-*`` folders must give nothing.
- **frames**: median/p95 ms per 1280×720 grey frame of the live profile of each backend, on a
  synthetic warehouse scene with a symbol pasted on a label and on scenes without any symbol
  (what a live preview mostly sees). One core: ``cv2.setNumThreads(1)``; zxing-cpp and ZBar
  decode in the calling thread (zxing-cpp starts no threads of its own; both release the GIL).
"""

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from qc_station.adapters.decoding.auto import make_decoder
from qc_station.adapters.decoding.images import load_image
from qc_station.adapters.decoding.port import BarcodeDecoder
from qc_station.adapters.decoding.render import (
    SAMPLES,
    blur,
    camera_frame,
    expected_text,
    jpeg,
    low_contrast,
    noise,
    perspective,
    render_symbol,
    scene,
    tilt,
)
from qc_station.bench.stats import summarize_ms, time_calls
from qc_station.domain.barcode import RETAIL_SYMBOLOGIES, DecodedSymbol, Symbology
from qc_station.errors import InputError
from qc_station.paths import resources_dir

BACKENDS = ("zxing", "zbar", "auto")
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".gif"})
FOLDER_FORMATS = {
    "ean13": Symbology.EAN13,
    "ean8": Symbology.EAN8,
    "upca": Symbology.UPCA,
    "upce": Symbology.UPCE,
    "code128": Symbology.CODE128,
    "code39": Symbology.CODE39,
    "itf": Symbology.ITF,
    "qrcode": Symbology.QRCODE,
    "datamatrix": Symbology.DATAMATRIX,
    "pdf417": Symbology.PDF417,
}
"""Folder name prefix → the format its images hold (other folders are not scored)."""

SKIP_FOLDERS = frozenset({"qrcode-7"})
"""Structured-append QR: the expected text is the merged message of four symbols."""

GROUND_TRUTH_FIX = {("ean13-2", "23.webp"): "9784872348880"}
"""Mislabelled upstream: the photo shows this number (research/barcode-decoders.md, caveat 4)."""

FRAME_SEEDS = 3
FRAME_REPEAT = 3


@dataclass(frozen=True, slots=True)
class ScoredImage:
    """One image of the set and what it should read as (``None``: nothing at all)."""

    folder: str
    path: Path
    symbology: Symbology | None
    expected: str | None


def default_samples_dir() -> Path | None:
    """``$QC_BARCODE_SAMPLES``, or ``shared/data/barcodes`` beside the project, if present."""
    env = os.environ.get("QC_BARCODE_SAMPLES")
    candidates = [Path(env)] if env else []
    candidates.append(resources_dir().parent.parent / "shared" / "data" / "barcodes")
    return next((c for c in candidates if c.is_dir()), None)


def run_decode_bench(samples_dir: Path | None = None, *, frames: bool = True) -> dict[str, Any]:
    """Decode the sample set with every backend and time the live profile on 720p frames."""
    cv2.setNumThreads(1)
    samples_dir = samples_dir or default_samples_dir()
    result: dict[str, Any] = {
        "threads": "one: cv2.setNumThreads(1); zxing-cpp and ZBar decode in the calling thread",
        "targets": {"auto_reads_at_least_union": True, "live_median_ms_per_720p_frame": 20},
    }
    if samples_dir is not None:
        result["set"] = str(samples_dir)
        result["images"] = score_images(shared_images(samples_dir))
    else:
        result["set"] = "rendered (shared/data/barcodes not found)"
        result["images"] = score_rendered()
    if frames:
        result["frames"] = time_frames()
    return result


# --- the image set ----------------------------------------------------------------------


def shared_images(root: Path) -> Iterator[ScoredImage]:
    """The scored images of the shared set, folder by folder."""
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if folder.name.startswith("falsepositives"):
            for path in _images(folder):
                yield ScoredImage(folder.name, path, None, None)
            continue
        symbology = FOLDER_FORMATS.get(folder.name.split("-")[0])
        if symbology is None or folder.name in SKIP_FOLDERS:
            continue
        for path in _images(folder):
            expected = _expected(folder.name, path)
            if expected is not None:
                yield ScoredImage(folder.name, path, symbology, expected)


def _images(folder: Path) -> list[Path]:
    """The image files of a folder, sorted."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)


def _expected(folder: str, image: Path) -> str | None:
    """The expected text, or ``None`` when the image is not scored.

    Not scored: no ``.txt`` (binary content in ``.bin``), and images whose ``.result.txt`` names
    another format (Code 32, PZN): the station reports the Code 39 text the bars carry, not
    the pharmacy number zxing-cpp's tests expect.
    """
    fixed = GROUND_TRUTH_FIX.get((folder, image.name))
    if fixed:
        return fixed
    text_file = image.with_suffix(".txt")
    result_file = image.with_suffix(".result.txt")
    if result_file.is_file() and "format=" in result_file.read_text(encoding="utf-8"):
        return None
    if not text_file.is_file():
        return None
    return text_file.read_text(encoding="utf-8")


def score_images(images: Iterator[ScoredImage]) -> dict[str, Any]:
    """Per folder and per format: images read and misread by each backend; false positives."""
    decoders = {name: make_decoder(name, "still") for name in BACKENDS}
    folders: dict[str, dict[str, Any]] = {}
    formats: dict[str, dict[str, Any]] = {}
    false_positives: dict[str, dict[str, Any]] = {}
    errors: list[str] = []
    for item in images:
        try:
            image = load_image(item.path)
        except InputError as exc:
            errors.append(str(exc))
            continue
        found = {name: decoder.decode(image) for name, decoder in decoders.items()}
        if item.symbology is None:
            _count_false_positives(false_positives, item, found)
            continue
        outcome = {name: _score(item, symbols) for name, symbols in found.items()}
        for table, key in ((folders, item.folder), (formats, str(item.symbology))):
            _add(table.setdefault(key, _empty_row()), outcome)
    return {
        "formats": formats,
        "folders": folders,
        "false_positives": false_positives,
        "unreadable_files": errors,
        "auto_vs_union": _compare(formats),
    }


def _empty_row() -> dict[str, Any]:
    """A table row: counts per backend."""
    zeros = dict.fromkeys((*BACKENDS, "union"), 0)
    return {"n": 0, "read": dict(zeros), "misread": dict.fromkeys(BACKENDS, 0)}


def _add(row: dict[str, Any], outcome: dict[str, tuple[bool, bool]]) -> None:
    """Count one image's outcome per backend (and for the union of zxing and zbar)."""
    row["n"] += 1
    for name, (read, misread) in outcome.items():
        row["read"][name] += read
        row["misread"][name] += misread
    row["read"]["union"] += outcome["zxing"][0] or outcome["zbar"][0]


def _score(item: ScoredImage, symbols: list[DecodedSymbol]) -> tuple[bool, bool]:
    """(read, misread): the expected text was reported; a wrong text of its kind was."""
    if item.symbology is None or item.expected is None:
        raise ValueError(f"{item.path} has no expected symbol")
    want = _comparable(item.symbology, item.expected)
    kind = _kind(item.symbology)
    texts = {_comparable(s.symbology, s.text) for s in symbols if _kind(s.symbology) == kind}
    return want in texts, bool(texts - {want})


def _kind(symbology: str) -> str:
    """EAN/UPC count as one kind (a UPC-A is an EAN-13 with a leading 0)."""
    return "retail" if symbology in RETAIL_SYMBOLOGIES else symbology


def _comparable(symbology: str, text: str) -> str:
    """Text in a form both the set's ``.txt`` and a decoder's text compare in."""
    if _kind(symbology) == "retail":
        return text.strip().zfill(14)
    return text.replace("\r\n", "\n").strip()


def _count_false_positives(
    table: dict[str, dict[str, Any]], item: ScoredImage, found: dict[str, list[DecodedSymbol]]
) -> None:
    """Count images of a false-positive folder where a backend reported anything."""
    row = table.setdefault(
        item.folder, {"n": 0, "reported": dict.fromkeys(BACKENDS, 0), "examples": []}
    )
    row["n"] += 1
    for name, symbols in found.items():
        if symbols:
            row["reported"][name] += 1
            row["examples"].append(f"{name} {item.path.name}: {symbols[0].symbology}")


def _compare(formats: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Where auto reads fewer than the union, and its misreads against each backend's."""
    short = {
        fmt: {"auto": row["read"]["auto"], "union": row["read"]["union"]}
        for fmt, row in formats.items()
        if row["read"]["auto"] < row["read"]["union"]
    }
    return {"formats_below_union": short, "ok": not short}


def score_rendered() -> dict[str, Any]:
    """The same table on the project's own rendered symbols (no shared set)."""
    items = []
    for sample in SAMPLES:
        for effect, image in _effects(render_symbol(sample)).items():
            items.append((sample, effect, image))
    decoders = {name: make_decoder(name, "still") for name in BACKENDS}
    formats: dict[str, dict[str, Any]] = {}
    for sample, effect, image in items:
        item = ScoredImage(effect, Path(sample.name), sample.symbology, expected_text(sample))
        outcome = {name: _score(item, d.decode(image)) for name, d in decoders.items()}
        _add(formats.setdefault(sample.name, _empty_row()), outcome)
    return {"formats": formats, "auto_vs_union": _compare(formats)}


def _effects(image: np.ndarray) -> dict[str, np.ndarray]:
    """A rendered symbol as a camera might show it."""
    return {
        "clean": image,
        "tilted": tilt(image, 8),
        "perspective": perspective(image),
        "blurred": blur(image),
        "noisy": noise(image),
        "jpeg": jpeg(image),
        "low_contrast": low_contrast(image),
    }


# --- 720p frames ------------------------------------------------------------------------


def time_frames() -> dict[str, Any]:
    """Median/p95 ms per 1280×720 grey frame for the live profile of each backend."""
    with_symbol = [
        (sample, camera_frame(sample, 1000 * seed + i))
        for seed in range(FRAME_SEEDS)
        for i, sample in enumerate(SAMPLES)
    ]
    empty = [scene(50_000 + i) for i in range(len(with_symbol))]
    out: dict[str, Any] = {"frames_with_symbol": len(with_symbol), "frames_empty": len(empty)}
    for name in BACKENDS:
        decoder = make_decoder(name, "live")
        sym_s, read = _time_each(decoder, [f for _, f in with_symbol], [s for s, _ in with_symbol])
        empty_s, _ = _time_each(decoder, empty, None)
        fp = sum(bool(decoder.decode(f)) for f in empty)
        out[name] = {
            "all": summarize_ms(sym_s + empty_s),
            "with_symbol": summarize_ms(sym_s),
            "empty": summarize_ms(empty_s),
            "mean_ms": round(1000 * sum(sym_s + empty_s) / len(sym_s + empty_s), 2),
            "read": f"{read}/{len(with_symbol)}",
            "false_positive_frames": fp,
        }
    return out


def _time_each(
    decoder: BarcodeDecoder, frames: list[np.ndarray], samples: list[Any] | None
) -> tuple[list[float], int]:
    """Seconds per decode (``FRAME_REPEAT`` per frame) and how many frames read right."""
    seconds: list[float] = []
    read = 0
    for index, frame in enumerate(frames):
        seconds += time_calls(_call(decoder, frame), FRAME_REPEAT, warmup=1 if index == 0 else 0)
        if samples is not None:
            want = expected_text(samples[index])
            read += any(s.text == want for s in decoder.decode(frame))
    return seconds, read


def _call(decoder: BarcodeDecoder, frame: np.ndarray) -> Callable[[], object]:
    """A no-argument call decoding ``frame``."""
    return lambda: decoder.decode(frame)
