"""Rows of a catalogue file (CSV or XLSX) read into SKU data, each row judged on its own.

Headers may be English or Chinese. A row either becomes a ``CatalogueRow`` or a ``RowError``
naming the line and the problem; nothing is guessed.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from qc_station.domain.catalogue import RiskLevel, StorageCondition
from qc_station.domain.errors import DomainError
from qc_station.domain.gtin import normalize_gtin

HEADER_ALIASES: dict[str, str] = {
    "gtin": "gtin",
    "barcode": "gtin",
    "商品条码": "gtin",
    "条码": "gtin",
    "name": "name",
    "商品名称": "name",
    "merchant_code": "merchant_code",
    "商家编码": "merchant_code",
    "merchant_name": "merchant_name",
    "商家名称": "merchant_name",
    "category": "category",
    "品类": "category",
    "shelf_life_days": "shelf_life_days",
    "保质期天数": "shelf_life_days",
    "storage": "storage",
    "储存条件": "storage",
    "risk": "risk",
    "风险等级": "risk",
    "imported": "imported",
    "进口": "imported",
    "spec": "spec",
    "规格": "spec",
}

REQUIRED_COLUMNS = ("gtin", "name", "merchant_code", "category")

STORAGE_ALIASES: dict[str, StorageCondition] = {
    "常温": StorageCondition.AMBIENT,
    "阴凉干燥": StorageCondition.COOL_DRY,
    "冷藏": StorageCondition.CHILLED,
    "冷冻": StorageCondition.FROZEN,
    **{s.value: s for s in StorageCondition},
}

RISK_ALIASES: dict[str, RiskLevel] = {
    "低": RiskLevel.LOW,
    "中": RiskLevel.MEDIUM,
    "高": RiskLevel.HIGH,
    **{r.value: r for r in RiskLevel},
}

TRUE_WORDS = frozenset({"1", "true", "yes", "y", "是"})
FALSE_WORDS = frozenset({"", "0", "false", "no", "n", "否"})
MAX_SHELF_LIFE_DAYS = 3650 * 3

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    """One valid row: a SKU to add or update."""

    line: int
    gtin: str  # GTIN-14
    name: str
    merchant_code: str
    merchant_name: str
    category_code: str
    shelf_life_days: int | None
    storage: StorageCondition
    risk: RiskLevel | None  # None: take the category's base risk
    is_imported: bool
    spec: str


@dataclass(frozen=True, slots=True)
class RowError:
    """A rejected row: its line in the file and a problem code with the offending value."""

    line: int
    code: str
    value: str = ""


def normalize_header(headers: list[str]) -> list[str]:
    """Map file headers to column keys; raises ``DomainError`` on missing or doubled columns."""
    keys = [
        HEADER_ALIASES.get(h.strip().lower(), HEADER_ALIASES.get(h.strip(), "")) for h in headers
    ]
    named = [k for k in keys if k]
    doubled = sorted({k for k in named if named.count(k) > 1})
    if doubled:
        raise DomainError("catalogue.duplicate_column", ",".join(doubled))
    missing = [c for c in REQUIRED_COLUMNS if c not in named]
    if missing:
        raise DomainError("catalogue.missing_column", ",".join(missing))
    return keys


def parse_row(
    line: int, row: Mapping[str, str], categories: frozenset[str]
) -> CatalogueRow | RowError:
    """Judge one row (already keyed by column key) against the known category codes."""
    try:
        return _parse(line, {k: (v or "").strip() for k, v in row.items()}, categories)
    except DomainError as exc:
        return RowError(line, exc.code, exc.detail)


def _parse(line: int, row: dict[str, str], categories: frozenset[str]) -> CatalogueRow:
    name = row.get("name", "")
    merchant = row.get("merchant_code", "")
    category = row.get("category", "")
    if not name:
        raise DomainError("catalogue.name_empty")
    if not merchant:
        raise DomainError("catalogue.merchant_empty")
    if category not in categories:
        raise DomainError("catalogue.unknown_category", category)
    return CatalogueRow(
        line=line,
        gtin=_gtin(row.get("gtin", "")),
        name=name,
        merchant_code=merchant,
        merchant_name=row.get("merchant_name", ""),
        category_code=category,
        shelf_life_days=_shelf_life(row.get("shelf_life_days", "")),
        storage=_lookup(
            STORAGE_ALIASES, row.get("storage", ""), "storage", StorageCondition.AMBIENT
        ),
        risk=_lookup(RISK_ALIASES, row.get("risk", ""), "risk", None),
        is_imported=_flag(row.get("imported", "")),
        spec=row.get("spec", ""),
    )


def _gtin(text: str) -> str:
    """GTIN-14 of a catalogue cell. Spreadsheets drop leading zeros of numeric cells (a UPC-A
    036000291452 arrives as 36000291452); leading zeros carry no meaning in a GTIN, so a
    shorter digit string is padded before its check digit is verified."""
    if text.isdigit() and 8 <= len(text) < 14 and len(text) not in (8, 12, 13):
        text = text.zfill(14)
    return normalize_gtin(text)


def _shelf_life(text: str) -> int | None:
    if not text:
        return None
    whole = text[:-2] if text.endswith(".0") else text  # spreadsheets write 180 as 180.0
    if not whole.isdigit() or not 0 < int(whole) <= MAX_SHELF_LIFE_DAYS:
        raise DomainError("catalogue.bad_shelf_life", text)
    return int(whole)


def _lookup(table: Mapping[str, T], text: str, what: str, default: T) -> T:
    if not text:
        return default
    found = table.get(text.lower(), table.get(text))
    if found is None:
        raise DomainError(f"catalogue.bad_{what}", text)
    return found


def _flag(text: str) -> bool:
    low = text.lower()
    if low in TRUE_WORDS:
        return True
    if low in FALSE_WORDS:
        return False
    raise DomainError("catalogue.bad_imported_flag", text)
