"""Pure clean-up of scanned text: AIM prefixes, separator stand-ins, HRI, suffixes."""

from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.scan_text import (
    DEFAULT_GS_STAND_INS,
    clean_scan_text,
    hri_to_element_string,
    is_hri,
    is_uri,
    normalize_separators,
    split_aim_prefix,
    strip_suffix_and_blanks,
)

GS = "\x1d"
SET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


def test_split_aim_prefix_recognises_gs1_identifiers() -> None:
    for aim in ("]C1", "]e0", "]d2", "]Q3", "]E0", "]E4", "]I1"):
        assert split_aim_prefix(aim + "0109501101530003") == (aim, "0109501101530003")


def test_split_aim_prefix_leaves_text_without_identifier() -> None:
    assert split_aim_prefix("0109501101530003") == (None, "0109501101530003")
    assert split_aim_prefix("]") == (None, "]")
    assert split_aim_prefix("]1x") == (None, "]1x")


def test_each_default_stand_in_becomes_group_separator() -> None:
    for stand_in in DEFAULT_GS_STAND_INS:
        assert normalize_separators(f"10AB{stand_in}17261231") == f"10AB{GS}17261231"


def test_pipe_is_a_stand_in_only_when_configured() -> None:
    assert normalize_separators("10AB|17261231") == "10AB|17261231"
    assert normalize_separators("10AB|1726", (*DEFAULT_GS_STAND_INS, "|")) == f"10AB{GS}1726"


def test_longer_stand_in_wins_over_contained_one() -> None:
    assert normalize_separators("a<GS>b", ("GS", "<GS>")) == f"a{GS}b"


@given(st.text(alphabet=SET_82.replace("<", "")))
def test_stand_ins_never_change_set_82_text_without_lt(text: str) -> None:
    # "~", "^]", "{GS}" use characters outside set 82; "<GS>" needs a "<".
    assert normalize_separators(text) == text


def test_strip_removes_suffix_and_edge_separators() -> None:
    assert strip_suffix_and_blanks(f"  {GS}0109501101530003{GS}\r\n") == "0109501101530003"


def test_hri_to_element_string() -> None:
    hri = "(01)09501101530003(10)ABC123(17)261231"
    assert is_hri(hri)
    assert hri_to_element_string(hri) == f"0109501101530003{GS}10ABC123{GS}17261231"


def test_uri_detection() -> None:
    assert is_uri("https://id.gs1.org/01/09501101530003")
    assert is_uri("HTTP://example.com/01/09501101530003")
    assert not is_uri("0109501101530003")


def test_clean_scan_text_splits_aim_and_normalises() -> None:
    cleaned = clean_scan_text("]d20109501101530003<GS>10ABC~17261231\n")
    assert cleaned.symbology_id == "]d2"
    assert cleaned.payload == f"0109501101530003{GS}10ABC{GS}17261231"


def test_clean_scan_text_uses_given_identifier_and_drops_its_copy() -> None:
    assert clean_scan_text("]C1011234", "]C1").payload == "011234"
    assert clean_scan_text("011234", "]C1").symbology_id == "]C1"


def test_clean_scan_text_keeps_tilde_in_uri() -> None:
    uri = "https://example.com/~shop/01/09501101530003"
    assert clean_scan_text(uri).payload == uri
