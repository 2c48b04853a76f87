"""``decode_files``: the CLI's JSON list, and input errors naming the file."""

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from qc_station.adapters.decoding.decode_files import decode_files
from qc_station.adapters.decoding.render import SAMPLES, render_symbol
from qc_station.errors import InputError

_BY_NAME = {sample.name: sample for sample in SAMPLES}


def _write(path: Path, image: np.ndarray) -> Path:
    assert cv2.imwrite(str(path), image)
    return path


@pytest.mark.parametrize("backend", ["auto", "zxing", "zbar"])
def test_json_shape_for_ean13_and_gs1_128(tmp_path: Path, backend: str) -> None:
    ean = _write(tmp_path / "a.png", render_symbol(_BY_NAME["ean13"]))
    gs1 = _write(tmp_path / "b.png", render_symbol(_BY_NAME["gs1-128"]))
    blank = _write(tmp_path / "c.png", np.full((120, 200), 255, np.uint8))
    result = decode_files([ean, gs1, blank], backend)
    ean_symbol = {"symbology": "EAN13", "text": "6901234567892", "gs1": False}
    gs1_text = "010950110153000310ABC123\x1d17261231"
    gs1_symbol = {"symbology": "Code128", "text": gs1_text, "gs1": True}
    assert result == [
        {"file": str(ean), "symbols": [ean_symbol]},
        {"file": str(gs1), "symbols": [gs1_symbol]},
        {"file": str(blank), "symbols": []},
    ]
    assert "\\u001d" in json.dumps(result)


def test_datamatrix_and_qr_with_auto(tmp_path: Path) -> None:
    dm = _write(tmp_path / "dm.png", render_symbol(_BY_NAME["gs1-datamatrix"]))
    qr = _write(tmp_path / "qr.jpg", render_symbol(_BY_NAME["qrcode"]))
    [first, second] = decode_files([dm, qr], "auto")
    assert [(s["symbology"], s["gs1"]) for s in first["symbols"]] == [("DataMatrix", True)]
    assert second["symbols"] == [
        {"symbology": "QRCode", "text": _BY_NAME["qrcode"].content, "gs1": False}
    ]
    assert set(first) == {"file", "symbols"}


def test_missing_file_is_an_input_error_naming_it(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.png", render_symbol(_BY_NAME["ean8"]))
    with pytest.raises(InputError, match=r"absent\.png"):
        decode_files([good, tmp_path / "absent.png"], "auto")


def test_text_file_named_png_is_an_input_error(tmp_path: Path) -> None:
    fake = tmp_path / "label.png"
    fake.write_text("not an image", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a readable image.*label\.png"):
        decode_files([fake], "zxing")


def test_empty_file_is_an_input_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.png"):
        decode_files([empty], "zbar")


def test_unknown_backend_is_an_input_error(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.png", render_symbol(_BY_NAME["ean8"]))
    with pytest.raises(InputError, match="opencv"):
        decode_files([good], "opencv")
