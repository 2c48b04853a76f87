"""Defect codes and severities found by the checks."""

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """Defect classes of ISO 2859-1: critical, major, minor."""

    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"


class CheckGroup(StrEnum):
    """The groups of a checklist, in the order they are shown."""

    PACKAGING = "packaging"  # 外包装
    LABELS = "labels"  # 标签标识
    SHELF_LIFE = "shelf_life"  # 保质期
    CATEGORY = "category"  # category extras
    RETURN = "return"  # condition of a returned item


@dataclass(frozen=True, slots=True)
class DefectType:
    """A kind of defect with the severity it usually carries."""

    code: str
    group: CheckGroup
    default_severity: Severity


_G = CheckGroup
_S = Severity

DEFECT_TYPES: tuple[DefectType, ...] = (
    DefectType("PKG-DAMAGED", _G.PACKAGING, _S.MAJOR),
    DefectType("PKG-CRUSHED", _G.PACKAGING, _S.MAJOR),
    DefectType("PKG-UNSEALED", _G.PACKAGING, _S.CRITICAL),
    DefectType("PKG-LEAK", _G.PACKAGING, _S.CRITICAL),
    DefectType("PKG-DIRTY", _G.PACKAGING, _S.MINOR),
    DefectType("PKG-WET", _G.PACKAGING, _S.MAJOR),
    DefectType("PKG-TAPE-TAMPERED", _G.PACKAGING, _S.MAJOR),
    DefectType("LBL-MISSING", _G.LABELS, _S.CRITICAL),
    DefectType("LBL-ILLEGIBLE", _G.LABELS, _S.MAJOR),
    DefectType("LBL-MISMATCH", _G.LABELS, _S.CRITICAL),
    DefectType("LBL-AB-VERSION", _G.LABELS, _S.CRITICAL),
    DefectType("LBL-GB7718-INCOMPLETE", _G.LABELS, _S.MAJOR),
    DefectType("LBL-DATE-MISMATCH", _G.LABELS, _S.MAJOR),
    DefectType("LBL-SHELF-LIFE-MISMATCH", _G.LABELS, _S.MAJOR),
    DefectType("LBL-NO-CCC", _G.LABELS, _S.CRITICAL),
    DefectType("LBL-NO-CN-LABEL", _G.LABELS, _S.MAJOR),
    DefectType("LBL-NO-FIBRE", _G.LABELS, _S.MAJOR),
    DefectType("LBL-FIBRE-WRONG", _G.LABELS, _S.MAJOR),
    DefectType("LBL-COSMETIC-INCOMPLETE", _G.LABELS, _S.MAJOR),
    DefectType("LBL-TOY-WARNING", _G.LABELS, _S.MAJOR),
    DefectType("LBL-FALSE-CLAIM", _G.LABELS, _S.CRITICAL),
    DefectType("SL-EXPIRED", _G.SHELF_LIFE, _S.CRITICAL),
    DefectType("SL-NO-RECEIVE", _G.SHELF_LIFE, _S.MAJOR),
    DefectType("SL-NO-SALE", _G.SHELF_LIFE, _S.MAJOR),
    DefectType("SL-NEAR-EXPIRY", _G.SHELF_LIFE, _S.MINOR),
    DefectType("SL-NO-DATE", _G.SHELF_LIFE, _S.MAJOR),
    DefectType("CAT-FUNCTION-FAIL", _G.CATEGORY, _S.CRITICAL),
    DefectType("CAT-ODOUR", _G.CATEGORY, _S.MAJOR),
    DefectType("CAT-SMALL-PARTS", _G.CATEGORY, _S.CRITICAL),
    DefectType("CAT-SEAM-DEFECT", _G.CATEGORY, _S.MINOR),
    DefectType("CAT-ACCESSORY-MISSING", _G.CATEGORY, _S.MAJOR),
    DefectType("RET-USED", _G.RETURN, _S.MAJOR),
    DefectType("RET-SEAL-BROKEN", _G.RETURN, _S.CRITICAL),
    DefectType("RET-PARTS-MISSING", _G.RETURN, _S.MAJOR),
    DefectType("RET-WRONG-ITEM", _G.RETURN, _S.CRITICAL),
    DefectType("RET-OUTER-BOX-ONLY", _G.RETURN, _S.MINOR),
)

DEFECTS_BY_CODE: dict[str, DefectType] = {d.code: d for d in DEFECT_TYPES}
