"""Decode the bundled sample images and compare them with their expected text (self-test)."""

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

from qc_station.adapters.decoding.images import load_image
from qc_station.adapters.decoding.zxing_decoder import ZxingDecoder
from qc_station.domain.barcode import GS, DecodedSymbol
from qc_station.errors import QcError
from qc_station.paths import resources_dir

CheckResult = tuple[str, bool, str]
"""(what was checked, passed, detail for the user)."""

MANIFEST = "samples.json"
RETAIL_SAMPLE = "ean13-6901234567892.png"

Decode = Callable[[np.ndarray], list[DecodedSymbol]]


def samples_dir() -> Path:
    """The bundled sample images (in the source tree or the frozen bundle)."""
    return resources_dir() / "samples"


def check_bundled_samples(folder: Path | None = None) -> list[CheckResult]:
    """Decode every sample in the manifest with zxing-cpp; one result per image."""
    folder = folder or samples_dir()
    try:
        entries = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [(f"samples {folder}", False, f"cannot read {MANIFEST}: {exc}")]
    decoder = ZxingDecoder()
    return [_check_one(folder, entry, decoder.decode) for entry in entries]


def check_zbar_sample(folder: Path | None = None) -> CheckResult:
    """Decode the EAN-13 sample with ZBar: proves libzbar is present and loads."""
    folder = folder or samples_dir()
    name = f"zbar {RETAIL_SAMPLE}"
    try:
        from qc_station.adapters.decoding.zbar_decoder import ZbarDecoder
    except ImportError as exc:  # pyzbar raises ImportError when libzbar is missing
        return (name, False, f"ZBar unavailable: {exc}")
    entry = {"file": RETAIL_SAMPLE, "symbology": "EAN13", "gs1": False}
    ok, detail = _check_one(folder, entry, ZbarDecoder().decode)[1:]
    return (name, ok, detail)


def _check_one(folder: Path, entry: dict[str, object], decode: Decode) -> CheckResult:
    """Decode one sample and compare text, symbology and GS1 flag."""
    file_name = str(entry["file"])
    name = f"decode {file_name}"
    try:
        expected = _expected_text(folder / file_name)
        found = decode(load_image(folder / file_name))
    except (OSError, QcError) as exc:
        return (name, False, str(exc))
    wanted = (str(entry["symbology"]), expected, bool(entry["gs1"]))
    got = [(s.symbology, s.text, s.gs1) for s in found]
    if got == [wanted]:
        return (name, True, f"{wanted[0]} {_show(expected)}")
    shown = ", ".join(f"{sym} {_show(text)} gs1={gs1}" for sym, text, gs1 in got) or "nothing"
    return (name, False, f"expected {wanted[0]} {_show(expected)}, read {shown}")


def _expected_text(image: Path) -> str:
    """The text beside an image (``x.png`` → ``x.txt``), without a trailing newline."""
    return image.with_suffix(".txt").read_text(encoding="utf-8").removesuffix("\n")


def _show(text: str) -> str:
    """Text for a log line: the GS separator written as ``<GS>``."""
    return text.replace(GS, "<GS>")
