import pytest
from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.catalogue import RiskLevel, StorageCondition
from qc_station.domain.catalogue_rows import (
    CatalogueRow,
    RowError,
    normalize_header,
    parse_row,
)
from qc_station.domain.errors import DomainError

CATS = frozenset({"dairy", "apparel"})
GOOD = {
    "gtin": "6901028075831",
    "name": "纯牛奶 250ml×12",
    "merchant_code": "M001",
    "category": "dairy",
    "shelf_life_days": "180",
    "storage": "冷藏",
    "risk": "高",
    "imported": "否",
    "spec": "250ml×12",
}


def test_good_row() -> None:
    row = parse_row(2, GOOD, CATS)
    assert isinstance(row, CatalogueRow)
    assert row.gtin == "06901028075831"
    assert row.storage is StorageCondition.CHILLED and row.risk is RiskLevel.HIGH
    assert row.shelf_life_days == 180 and not row.is_imported


def test_chinese_and_english_headers() -> None:
    keys = normalize_header(["商品条码", "商品名称", "商家编码", "品类", "保质期天数", "Notes"])
    assert keys == ["gtin", "name", "merchant_code", "category", "shelf_life_days", ""]
    assert normalize_header(["GTIN", "Name", "Merchant_Code", "Category"])[0] == "gtin"


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        (["gtin", "name", "category"], "catalogue.missing_column"),
        (["gtin", "条码", "name", "merchant_code", "category"], "catalogue.duplicate_column"),
    ],
)
def test_bad_headers(headers: list[str], code: str) -> None:
    with pytest.raises(DomainError) as info:
        normalize_header(headers)
    assert info.value.code == code


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"gtin": "6901028075832"}, "gtin.bad_check_digit"),
        ({"gtin": ""}, "gtin.not_digits"),
        ({"name": "  "}, "catalogue.name_empty"),
        ({"merchant_code": ""}, "catalogue.merchant_empty"),
        ({"category": "weapons"}, "catalogue.unknown_category"),
        ({"shelf_life_days": "-3"}, "catalogue.bad_shelf_life"),
        ({"shelf_life_days": "12个月"}, "catalogue.bad_shelf_life"),
        ({"shelf_life_days": "0"}, "catalogue.bad_shelf_life"),
        ({"storage": "hot"}, "catalogue.bad_storage"),
        ({"risk": "extreme"}, "catalogue.bad_risk"),
        ({"imported": "maybe"}, "catalogue.bad_imported_flag"),
    ],
)
def test_bad_rows_are_named(change: dict, code: str) -> None:
    row = parse_row(7, {**GOOD, **change}, CATS)
    assert row == RowError(7, code, row.value if isinstance(row, RowError) else "")
    assert isinstance(row, RowError) and row.code == code


def test_spreadsheet_float_shelf_life() -> None:
    row = parse_row(2, {**GOOD, "shelf_life_days": "180.0"}, CATS)
    assert isinstance(row, CatalogueRow) and row.shelf_life_days == 180


@given(st.dictionaries(st.sampled_from(sorted(GOOD)), st.text(max_size=20)))
def test_random_cells_never_crash(cells: dict[str, str]) -> None:
    result = parse_row(3, {**GOOD, **cells}, CATS)
    assert isinstance(result, CatalogueRow | RowError)
    if isinstance(result, CatalogueRow):
        assert len(result.gtin) == 14 and result.name


def test_spreadsheet_dropped_leading_zeros_are_restored() -> None:
    row = parse_row(2, {**GOOD, "gtin": "36000291452"}, CATS)
    assert isinstance(row, CatalogueRow) and row.gtin == "00036000291452"
    bad = parse_row(2, {**GOOD, "gtin": "36000291453"}, CATS)
    assert isinstance(bad, RowError) and bad.code == "gtin.bad_check_digit"
