"""The parts the self-test is built from: bundled font, Chinese PDF, decoders, samples."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from qc_station.adapters.decoding.images import load_image
from qc_station.adapters.decoding.samples import (
    check_bundled_samples,
    check_zbar_sample,
    samples_dir,
)
from qc_station.adapters.decoding.zxing_decoder import ZxingDecoder
from qc_station.adapters.pdf.fonts import FONT_NAME, FontMissing, font_path, register_fonts
from qc_station.adapters.pdf.self_test_page import TITLE, render_self_test_pdf
from qc_station.domain.barcode import GS, DecodedSymbol, Symbology
from qc_station.errors import InputError
from qc_station.services.self_test import SelfTestStep, all_passed, run_self_test

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LINES = [
    "数据库：已打开并迁移",
    "温度 25℃ ±2°，面积 3㎡，批次 ABC123",
    "外包装、标签标识、保质期" * 8,
]


def _gb2312_hanzi() -> str:
    chars = []
    for row in range(0xB0, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(chars)


# --- font -------------------------------------------------------------------------------


def test_bundled_font_is_truetype_and_covers_gb2312() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    path = font_path()
    assert path.is_file()
    assert path.stat().st_size < 5_000_000
    assert (path.parent / "OFL.txt").is_file()
    face = TTFont("probe", str(path)).face  # raises on CFF outlines
    hanzi = _gb2312_hanzi()
    assert len(hanzi) == 6763
    missing = [c for c in hanzi + TITLE + "℃㎡×°±" if ord(c) not in face.charToGlyph]
    assert missing == []


def test_register_fonts_is_idempotent() -> None:
    assert register_fonts() == FONT_NAME
    assert register_fonts() == FONT_NAME


def test_missing_font_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import pdfmetrics

    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])
    with pytest.raises(FontMissing, match="not found"):
        register_fonts(tmp_path / "absent.ttf")
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    with pytest.raises(FontMissing, match="unreadable"):
        register_fonts(broken)


def test_qt_loads_the_bundled_font(qapp: object) -> None:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    assert font_id != -1
    families = QFontDatabase.applicationFontFamilies(font_id)
    assert "QC Station Kai" in families
    metrics = QFontMetrics(QFont(families[0], 12))
    assert all(metrics.inFontUcs4(ord(c)) for c in "质检站外包装标签标识保质期")


# --- PDF --------------------------------------------------------------------------------


def test_self_test_pdf_embeds_the_cjk_font(tmp_path: Path) -> None:
    out = tmp_path / "self-test.pdf"
    render_self_test_pdf(out, LINES)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data  # an embedded TrueType font program
    assert b"QCStationKai" in data
    assert b"/Helvetica" not in data  # nothing falls back to a Latin-only base font
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdf_fonts_and_text_with_poppler(tmp_path: Path) -> None:
    out = tmp_path / "self-test.pdf"
    render_self_test_pdf(out, LINES)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = [r for r in fonts.stdout.splitlines() if "QCStationKai" in r]
    assert rows and all(" yes yes yes " in r for r in rows), fonts.stdout
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "质检站自检" in text
    assert "数据库：已打开并迁移" in text
    assert "25℃" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdf_renders_distinct_glyphs(tmp_path: Path) -> None:
    """Two different hanzi must not render as the same (tofu) box."""
    images = []
    for char in ("质", "检"):
        pdf = tmp_path / f"{ord(char)}.pdf"
        render_self_test_pdf(pdf, [char * 10])
        prefix = tmp_path / f"{ord(char)}"
        args = ["pdftoppm", "-png", "-r", "50", "-singlefile", str(pdf), str(prefix)]
        subprocess.run(args, check=True)
        images.append(cv2.imread(f"{prefix}.png", cv2.IMREAD_GRAYSCALE))
    assert images[0].shape == images[1].shape
    assert int(np.count_nonzero(images[0] != images[1])) > 50


# --- decoding ---------------------------------------------------------------------------


def test_every_bundled_sample_decodes() -> None:
    results = check_bundled_samples()
    assert len(results) >= 4
    assert all(ok for _, ok, _ in results), results


def test_samples_have_their_expected_text() -> None:
    manifest = json.loads((samples_dir() / "samples.json").read_text(encoding="utf-8"))
    names = {entry["symbology"] for entry in manifest}
    assert {"EAN13", "Code128", "DataMatrix", "QRCode"} <= names
    dm = samples_dir() / "gs1-datamatrix-01-10-17.txt"
    assert GS in dm.read_text(encoding="utf-8")


def test_zbar_reads_the_retail_sample() -> None:
    _, ok, detail = check_zbar_sample()
    assert ok, detail


def test_zbar_reports_gs1_128() -> None:
    from qc_station.adapters.decoding.zbar_decoder import ZbarDecoder

    image = load_image(samples_dir() / "gs1-128-01-17-10.png")
    found = ZbarDecoder().decode(image)
    assert [(s.symbology, s.gs1) for s in found] == [("Code128", True)]


def test_zbar_refuses_datamatrix() -> None:
    from qc_station.adapters.decoding.zbar_decoder import ZbarDecoder

    with pytest.raises(ValueError, match="DataMatrix"):
        ZbarDecoder([Symbology.DATAMATRIX])


def _ean13_image() -> np.ndarray:
    barcode = zxingcpp.create_barcode("6901234567892", zxingcpp.BarcodeFormat.EAN13)
    return np.array(zxingcpp.write_barcode_to_image(barcode, scale=3))


@pytest.mark.parametrize("convert", [None, cv2.COLOR_GRAY2BGR, cv2.COLOR_GRAY2BGRA])
def test_zxing_reads_grey_bgr_and_bgra(convert: int | None) -> None:
    image = _ean13_image()
    if convert is not None:
        image = cv2.cvtColor(image, convert)
    found = ZxingDecoder().decode(image)
    assert [(s.symbology, s.text, s.gs1) for s in found] == [("EAN13", "6901234567892", False)]
    assert len(found[0].corners) == 4
    assert isinstance(found[0], DecodedSymbol) and found[0].is_retail


def test_zxing_reads_vertical_1d() -> None:
    image = cv2.rotate(_ean13_image(), cv2.ROTATE_90_CLOCKWISE)
    assert [s.text for s in ZxingDecoder().decode(image)] == ["6901234567892"]


def test_zxing_gs1_datamatrix_keeps_the_separator() -> None:
    found = ZxingDecoder([Symbology.DATAMATRIX]).decode(
        load_image(samples_dir() / "gs1-datamatrix-01-10-17.png", gray=True)
    )
    assert found[0].gs1 and found[0].text == f"010690123456789210ABC123{GS}17271231"


def test_zxing_finds_nothing_in_a_blank_image() -> None:
    assert ZxingDecoder().decode(np.full((200, 300), 255, dtype=np.uint8)) == []


def test_zxing_rejects_bad_arrays() -> None:
    with pytest.raises(ValueError, match="uint8"):
        ZxingDecoder().decode(np.zeros((10, 10), dtype=np.float32))
    with pytest.raises(ValueError, match="shape"):
        ZxingDecoder().decode(np.zeros((10, 10, 2), dtype=np.uint8))


def test_load_image_errors_are_input_errors(tmp_path: Path) -> None:
    not_image = tmp_path / "notes.png"
    not_image.write_text("hello", encoding="utf-8")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    for path, message in [
        (tmp_path / "absent.png", "not found"),
        (not_image, "not a readable image"),
        (empty, "not a readable image"),
        (tmp_path, "cannot read"),
    ]:
        with pytest.raises(InputError, match=message):
            load_image(path)


def test_load_image_with_a_chinese_path(tmp_path: Path) -> None:
    folder = tmp_path / "质检样张"
    folder.mkdir()
    target = folder / "条码.png"
    shutil.copy(samples_dir() / "ean13-6901234567892.png", target)
    assert load_image(target).ndim == 3
    assert load_image(target, gray=True).ndim == 2


# --- the service ------------------------------------------------------------------------


def test_run_self_test_isolates_failures() -> None:
    def boom() -> tuple[bool, str]:
        raise RuntimeError("disk gone")

    ticks = iter(range(100))
    outcomes = run_self_test(
        [
            SelfTestStep("first", lambda: (True, "ok")),
            SelfTestStep("broken", boom),
            SelfTestStep("last", lambda: (False, "mismatch")),
        ],
        timer=lambda: float(next(ticks)),
    )
    assert [(o.name, o.ok, o.detail) for o in outcomes] == [
        ("first", True, "ok"),
        ("broken", False, "RuntimeError: disk gone"),
        ("last", False, "mismatch"),
    ]
    assert all(o.seconds == 1.0 for o in outcomes)
    assert not all_passed(outcomes)
    assert all_passed(outcomes[:1])
    assert not all_passed([])


def test_self_test_steps_from_the_real_parts(tmp_path: Path) -> None:
    """The steps the CLI builds, wired here from the adapters directly."""
    pdf = tmp_path / "self-test.pdf"

    def pdf_step() -> tuple[bool, str]:
        render_self_test_pdf(pdf, LINES)
        return pdf.stat().st_size > 1000, str(pdf)

    steps = [SelfTestStep("pdf", pdf_step)]
    steps += [
        SelfTestStep(name, lambda ok=ok, detail=detail: (ok, detail))
        for name, ok, detail in check_bundled_samples()
    ]
    outcomes = run_self_test(steps)
    assert all_passed(outcomes), outcomes
