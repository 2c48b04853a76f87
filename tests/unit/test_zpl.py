import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.adapters.printing.zpl import ZplError, sanitize, tag_zpl, tags_zpl
from qc_station.domain.lab import SampleTag

TAG = SampleTag(
    code="S01-261202-003",
    sku_name="有机纯牛奶 250ml×12",
    gtin="06901234567892",
    merchant="杭州鲜丰食品有限公司",
    batch="20251130A",
    production_date="2025-11-30",
    selected_at="2025-12-02T09:41:00+08:00",
    selection_reason="random",
    test_quantity=6,
    backup_quantity=4,
    seal_no="QC-F-000123",
    collected_by="王晓明",
)

CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _fields(zpl: str) -> list[str]:
    """The data of every ^FD … ^FS field."""
    return re.findall(r"\^FD(.*?)\^FS", zpl, flags=re.S)


def test_label_structure() -> None:
    zpl = tag_zpl(TAG)
    assert zpl.startswith("^XA")
    assert zpl.rstrip().endswith("^XZ")
    assert zpl.count("^XA") == zpl.count("^XZ") == 1
    assert "^CI28" in zpl
    assert re.search(r"\^BCN,\d+,Y,N,N\^FDS01-261202-003\^FS", zpl)
    assert re.search(r"\^BQN,2,\d+\^FDMA,S01-261202-003\^FS", zpl)


def test_text_fields_are_ascii_and_carry_the_custody_fields() -> None:
    zpl = tag_zpl(TAG)
    assert zpl.isascii()
    text = "\n".join(_fields(zpl))
    for expected in ("06901234567892", "20251130A", "2025-11-30", "2025-12-02", "QC-F-000123"):
        assert expected in text
    assert "QTY   6" in text
    assert "TEST PORTION" in text
    assert "2025-12-02T09:41" not in text  # the selection date only


def test_backup_portion_prints_its_own_quantity_reversed() -> None:
    zpl = tag_zpl(replace(TAG, portion="backup"))
    assert "^FR" in zpl
    assert "BACKUP (SEALED)" in zpl
    assert "QTY   4" in zpl


def test_empty_fields_print_a_line_to_fill_in() -> None:
    zpl = tag_zpl(replace(TAG, batch="", seal_no="", test_quantity=None))
    assert "^FDBATCH __________^FS" in zpl
    assert "^FDSEAL  __________^FS" in zpl
    assert "^FDQTY   __________^FS" in zpl


@pytest.mark.parametrize(
    ("dpi", "width_mm", "height_mm", "pw", "ll"),
    [
        (203, 60, 40, 480, 320),
        (300, 60, 40, 709, 472),
        (203, 100, 50, 799, 400),
        (300, 100, 50, 1181, 591),
    ],
)
def test_dimensions_in_dots(dpi: int, width_mm: float, height_mm: float, pw: int, ll: int) -> None:
    zpl = tag_zpl(TAG, dpi=dpi, width_mm=width_mm, height_mm=height_mm)
    assert f"^PW{pw}\n" in zpl
    assert f"^LL{ll}\n" in zpl


@pytest.mark.parametrize("dpi", [203, 300])
def test_every_position_is_on_the_label(dpi: int) -> None:
    zpl = tag_zpl(TAG, dpi=dpi)
    width = int(re.search(r"\^PW(\d+)", zpl).group(1))  # type: ignore[union-attr]
    height = int(re.search(r"\^LL(\d+)", zpl).group(1))  # type: ignore[union-attr]
    for x, y in re.findall(r"\^FO(\d+),(\d+)", zpl):
        assert 0 <= int(x) < width
        assert 0 <= int(y) < height


def test_module_width_keeps_the_bars_the_same_size() -> None:
    assert "^BY2," in tag_zpl(TAG, dpi=203)
    assert "^BY3," in tag_zpl(TAG, dpi=300)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"dpi": 8}, "resolution"),
        ({"width_mm": 10}, "width"),
        ({"height_mm": float("nan")}, "height"),
    ],
)
def test_bad_settings_are_refused(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ZplError, match=message):
        tag_zpl(TAG, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["", "S01^XZ", "S01~JA", "样品-001", "S01\n^XA"])
def test_bad_sample_code_is_refused(code: str) -> None:
    with pytest.raises(ZplError):
        tag_zpl(replace(TAG, code=code))


def test_code128_escapes_its_subset_switch_character() -> None:
    zpl = tag_zpl(replace(TAG, code="S>01"))
    assert "^FDS><01^FS" in zpl  # in ^BC data "><" is a literal ">"
    assert "^FDMA,S>01^FS" in zpl


def test_tags_zpl_concatenates_labels() -> None:
    zpl = tags_zpl([TAG, replace(TAG, code="S01-261202-004", portion="backup")])
    assert zpl.count("^XA") == zpl.count("^XZ") == 2
    assert zpl.index("S01-261202-003") < zpl.index("S01-261202-004")
    with pytest.raises(ZplError):
        tags_zpl([])


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("20251130A^XZ", "20251130A-XZ"),
        ("~JA reset", "-JA reset"),
        ("a\r\nb\tc\x00d", "a b c d"),
        ("ＡＢ１２", "AB12"),
        ("批号A1", "??A1"),
        ("", ""),
    ],
)
def test_sanitize(raw: str, clean: str) -> None:
    assert sanitize(raw) == clean


def test_sanitize_cuts_long_text() -> None:
    assert sanitize("A" * 40, 10) == "AAAAAAAA.."


@given(
    sku=st.text(),
    batch=st.text(),
    seal=st.text(),
    gtin=st.text(alphabet=st.sampled_from("^~XZAF\n\r\x00\x1b0123")),
)
def test_field_values_cannot_inject_commands(sku: str, batch: str, seal: str, gtin: str) -> None:
    tag = replace(TAG, sku_name=sku, batch=batch, seal_no=seal, gtin=gtin, production_date=batch)
    zpl = tag_zpl(tag)
    assert zpl.count("^XA") == 1
    assert zpl.count("^XZ") == 1
    assert zpl.startswith("^XA\n")
    assert zpl.endswith("^XZ\n")
    assert not CONTROL.search(zpl)
    assert "~" not in zpl
    assert zpl.isascii()
    for field in _fields(zpl):
        assert "^" not in field
        assert "\n" not in field
    assert len(tags_zpl([tag, tag]).split("^XZ\n")) == 3
