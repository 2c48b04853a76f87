"""The lab-sample tag sheet: pages, embedded font, and barcodes that read back from a raster."""

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import cv2
import pytest
import zxingcpp
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from qc_station.adapters.pdf.fonts import register_fonts
from qc_station.adapters.printing.sample_tags_pdf import (
    LEADING,
    Fitted,
    TagSheetError,
    fit_text,
    render_tag_sheet,
    wrap,
)
from qc_station.domain.lab import SampleTag
from qc_station.errors import QcError

FULL = SampleTag(
    code="S01-261202-001",
    sku_name="有机纯牛奶 250ml×12盒 礼盒装",
    gtin="06901234567892",
    merchant="杭州鲜丰食品有限公司",
    batch="20251130A",
    production_date="2025-11-30",
    selected_at="2025-12-02T09:41:00+08:00",
    selection_reason="new_high_risk_sku",
    test_quantity=6,
    backup_quantity=6,
    seal_no="QC-F-000123",
    collected_by="王晓明",
    lab_name="谱尼测试集团股份有限公司",
    tracking_no="SF1234567890123",
)
LONG_NAME = replace(
    FULL,
    code="S01-261202-002",
    sku_name="云南高山古树普洱茶熟茶饼357克（2019年陈化）特级限量收藏版内附防伪溯源卡片" * 4,
    selection_reason="last_result_failed",
    portion="backup",
)
EMPTY_OPTIONAL = SampleTag(
    code="S01-261202-003",
    sku_name="儿童益生菌酸奶 100g×8杯",
    gtin="",
    merchant="",
    batch="",
    production_date="",
    selected_at="2025-12-02T10:05:00+08:00",
    selection_reason="random",
)
TAGS = [FULL, LONG_NAME, EMPTY_OPTIONAL]


def _rasterize(pdf: Path, out_dir: Path) -> Path:
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(pdf), str(out_dir / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    (png,) = out_dir.glob("page*.png")
    return png


def test_three_tags_fit_on_one_page_with_the_font_embedded(tmp_path: Path) -> None:
    target = tmp_path / "tags.pdf"
    assert render_tag_sheet(TAGS, target) == 1
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert b"QCStationKai" in pdf
    assert b"/FontFile2" in pdf  # the TrueType subset itself, not just a reference
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_nine_tags_take_two_pages(tmp_path: Path) -> None:
    target = tmp_path / "tags.pdf"
    tags = [replace(FULL, code=f"S01-261202-{i:03d}") for i in range(9)]
    assert render_tag_sheet(tags, target, language="en") == 2
    assert b"/Count 2" in target.read_bytes()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_code_reads_back_as_code128_and_qr(tmp_path: Path, language: str) -> None:
    target = tmp_path / "tags.pdf"
    render_tag_sheet(TAGS, target, language=language)
    image = cv2.imread(str(_rasterize(target, tmp_path)))
    assert image is not None
    formats = zxingcpp.BarcodeFormats(
        [zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.QRCode]
    )
    found = {
        (barcode.format.name, barcode.text)
        for barcode in zxingcpp.read_barcodes(
            image, formats=formats, try_rotate=False, text_mode=zxingcpp.TextMode.Plain
        )
        if barcode.valid
    }
    expected = {(kind, tag.code) for tag in TAGS for kind in ("Code128", "QRCode")}
    assert found == expected


def test_empty_list_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "tags.pdf"
    with pytest.raises(TagSheetError, match="no sample tags"):
        render_tag_sheet([], target)
    assert not target.exists()
    assert not list(tmp_path.iterdir())
    assert issubclass(TagSheetError, QcError)


@pytest.mark.parametrize("code", ["", "样品-001", "S01\tX", "X" * 60])
def test_code_that_cannot_be_a_barcode_writes_nothing(tmp_path: Path, code: str) -> None:
    target = tmp_path / "tags.pdf"
    with pytest.raises(TagSheetError):
        render_tag_sheet([FULL, replace(FULL, code=code)], target)
    assert not list(tmp_path.iterdir())


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TagSheetError, match="language"):
        render_tag_sheet(TAGS, tmp_path / "tags.pdf", language="fr")


def test_failed_render_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "tags.pdf"
    target.write_bytes(b"old")
    with pytest.raises(TagSheetError):
        render_tag_sheet([replace(FULL, code="")], target)
    assert target.read_bytes() == b"old"


def test_wrap_breaks_chinese_between_characters_and_latin_at_spaces() -> None:
    font = register_fonts()
    lines = wrap("有机纯牛奶有机纯牛奶 organic whole milk", font, 10, 60)
    assert lines == ["有机纯牛奶有", "机纯牛奶", "organic", "whole milk"]
    assert all(stringWidth(line, font, 10) <= 60 for line in lines)


def test_fit_text_shrinks_then_wraps_then_ellipsizes() -> None:
    font = register_fonts()
    short = fit_text("纯牛奶", font, 100, 10, 7.5, 5)
    assert short == Fitted(7.5, ("纯牛奶",))
    longer = fit_text("纯牛奶" * 8, font, 100, 10, 7.5, 5)
    assert longer.size < 7.5
    assert len(longer.lines) == 1
    huge = fit_text("纯牛奶" * 200, font, 100, 12, 7.5, 5)
    assert huge.size == 5
    assert len(huge.lines) == 2
    assert huge.lines[-1].endswith("…")
    for fitted in (short, longer, huge):
        assert all(stringWidth(line, font, fitted.size) <= 100 for line in fitted.lines)


@given(
    text=st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300),
    width=st.floats(20, 200),
    height=st.floats(6, 40),
)
def test_fitted_text_never_leaves_its_box(text: str, width: float, height: float) -> None:
    font = register_fonts()
    fitted = fit_text(text, font, width, height, 7.5, 5)
    assert 5 <= fitted.size <= 7.5
    assert fitted.lines
    for line in fitted.lines:
        assert stringWidth(line, font, fitted.size) <= width + 1e-6
    assert len(fitted.lines) * fitted.size * LEADING <= max(height, fitted.size * LEADING) + 1e-6
