"""Words for checklist items, defects, severities, reasons and dispositions."""

from PySide6.QtCore import QCoreApplication

from qc_station.domain.defects import CheckGroup, Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.inspection import CheckOutcome, CheckResult
from qc_station.domain.verdict import Reason, ReasonCode

translate = QCoreApplication.translate


def item_text(code: str) -> str:
    """The question a checklist item asks."""
    words = {
        "pkg.intact": translate("checks", "Outer packaging intact"),
        "pkg.sealed": translate("checks", "Sealed, seal unbroken"),
        "pkg.clean": translate("checks", "Clean and dry"),
        "pkg.no_leak_crush": translate("checks", "No leak, no crush"),
        "lbl.present": translate("checks", "Label present"),
        "lbl.legible": translate("checks", "Label legible"),
        "lbl.matches_sku": translate("checks", "Label matches the SKU and its listing"),
        "lbl.chinese_label": translate("checks", "Chinese label on imported goods"),
        "lbl.gb7718_elements": translate("checks", "GB 7718 label elements complete"),
        "lbl.cosmetic_elements": translate("checks", "Cosmetics label elements complete"),
        "lbl.ccc_mark": translate("checks", "CCC mark present"),
        "lbl.fibre_content": translate("checks", "Fibre content labelled"),
        "lbl.toy_warning": translate("checks", "Age grading and warnings on toys"),
        "sl.within_policy": translate("checks", "Shelf life within the policy"),
        "cat.powers_on": translate("checks", "Powers on and works"),
        "cat.accessories_complete": translate("checks", "Accessories and manual complete"),
        "cat.no_loose_small_parts": translate("checks", "No loose small parts"),
        "cat.seams_sound": translate("checks", "Seams sound"),
        "cat.no_odd_odour": translate("checks", "No odd odour or change"),
        "ret.right_item": translate("checks", "The item returned is the one sold"),
        "ret.unused": translate("checks", "Unused, seal intact"),
        "ret.complete": translate("checks", "Complete with parts and packaging"),
    }
    return words.get(code, code)


def group_text(group: CheckGroup) -> str:
    """The heading of a checklist group."""
    words = {
        CheckGroup.PACKAGING: translate("checks", "Outer packaging"),
        CheckGroup.LABELS: translate("checks", "Labels and markings"),
        CheckGroup.SHELF_LIFE: translate("checks", "Shelf life"),
        CheckGroup.CATEGORY: translate("checks", "Category checks"),
        CheckGroup.RETURN: translate("checks", "Returned item"),
    }
    return words[group]


def outcome_text(outcome: CheckOutcome | None) -> str:
    """Pass, fail, not applicable, or not answered yet."""
    words = {
        None: translate("checks", "—"),
        CheckOutcome.PASS: translate("checks", "Pass"),
        CheckOutcome.FAIL: translate("checks", "Fail"),
        CheckOutcome.NOT_APPLICABLE: translate("checks", "N/A"),
    }
    return words[outcome]


def severity_text(severity: Severity) -> str:
    """Critical, major, minor."""
    words = {
        Severity.CRITICAL: translate("checks", "Critical"),
        Severity.MAJOR: translate("checks", "Major"),
        Severity.MINOR: translate("checks", "Minor"),
    }
    return words[severity]


def defect_text(code: str) -> str:
    """What a defect code means."""
    words = {
        "PKG-DAMAGED": translate("defects", "Carton damaged or torn"),
        "PKG-CRUSHED": translate("defects", "Crushed or dented"),
        "PKG-UNSEALED": translate("defects", "Not sealed or seal broken"),
        "PKG-LEAK": translate("defects", "Leaking"),
        "PKG-DIRTY": translate("defects", "Dirty or stained"),
        "PKG-WET": translate("defects", "Wet or damp"),
        "PKG-TAPE-TAMPERED": translate("defects", "Tape opened and re-taped"),
        "LBL-MISSING": translate("defects", "No label"),
        "LBL-ILLEGIBLE": translate("defects", "Label illegible"),
        "LBL-MISMATCH": translate("defects", "Label does not match the SKU"),
        "LBL-AB-VERSION": translate("defects", "Not the approved product (A/B version)"),
        "LBL-GB7718-INCOMPLETE": translate("defects", "GB 7718 elements missing"),
        "LBL-SHELF-LIFE-MISMATCH": translate(
            "defects", "Shelf life on the label differs from the listing"
        ),
        "LBL-DATE-MISMATCH": translate("defects", "Printed date differs from the barcode"),
        "LBL-NO-CCC": translate("defects", "No CCC mark"),
        "LBL-NO-CN-LABEL": translate("defects", "No Chinese label on imported goods"),
        "LBL-NO-FIBRE": translate("defects", "No fibre content label"),
        "LBL-FIBRE-WRONG": translate("defects", "Fibre content wrong"),
        "LBL-COSMETIC-INCOMPLETE": translate("defects", "Cosmetics label elements missing"),
        "LBL-TOY-WARNING": translate("defects", "Toy warnings or age grading missing"),
        "LBL-FALSE-CLAIM": translate("defects", "False claim or fake mark on the label"),
        "SL-EXPIRED": translate("defects", "Expired"),
        "SL-NO-RECEIVE": translate("defects", "Too little shelf life left to receive"),
        "SL-NO-SALE": translate("defects", "Inside the no-sale window"),
        "SL-NEAR-EXPIRY": translate("defects", "Near expiry"),
        "SL-NO-DATE": translate("defects", "No date to be found"),
        "CAT-FUNCTION-FAIL": translate("defects", "Does not work"),
        "CAT-ODOUR": translate("defects", "Odd odour, colour or texture"),
        "CAT-SMALL-PARTS": translate("defects", "Loose small parts"),
        "CAT-SEAM-DEFECT": translate("defects", "Seam defect"),
        "CAT-ACCESSORY-MISSING": translate("defects", "Accessory or manual missing"),
        "RET-USED": translate("defects", "Used"),
        "RET-SEAL-BROKEN": translate("defects", "Hygiene seal broken"),
        "RET-PARTS-MISSING": translate("defects", "Parts missing"),
        "RET-WRONG-ITEM": translate("defects", "Not the item sold"),
        "RET-OUTER-BOX-ONLY": translate("defects", "Only the outer box is damaged"),
    }
    return words.get(code, code)


def reason_text(reason: Reason) -> str:
    """One reason of a verdict or a disposition, in words."""
    defect = defect_text(reason.defect_code) if reason.defect_code else ""
    days = str(reason.value) if reason.value is not None else "?"
    words = {
        ReasonCode.ALL_CHECKS_PASSED: translate("reasons", "All checks passed"),
        ReasonCode.CRITICAL_DEFECT: translate("reasons", "Critical defect: %1"),
        ReasonCode.MAJOR_DEFECT: translate("reasons", "Major defect: %1"),
        ReasonCode.MINOR_DEFECT: translate("reasons", "Minor defect: %1"),
        ReasonCode.SHELF_LIFE_EXPIRED: translate("reasons", "Expired"),
        ReasonCode.SHELF_LIFE_NO_RECEIVE: translate(
            "reasons", "Only %2 days of shelf life left: below the receiving limit"
        ),
        ReasonCode.SHELF_LIFE_NO_SALE: translate(
            "reasons", "%2 days left: inside the no-sale window"
        ),
        ReasonCode.SHELF_LIFE_NEAR_EXPIRY: translate("reasons", "%2 days left: near expiry"),
        ReasonCode.SHELF_LIFE_UNKNOWN: translate("reasons", "No expiry date known for this lot"),
        ReasonCode.HYGIENE_SEAL_BROKEN: translate("reasons", "Hygiene seal broken: %1"),
        ReasonCode.PACKAGING_ONLY: translate("reasons", "Only the packaging is damaged"),
        ReasonCode.PRODUCT_NOT_RESELLABLE: translate("reasons", "Cannot be resold: %1"),
    }
    return words[reason.code].replace("%1", defect).replace("%2", days)


def disposition_text(disposition: ReturnDisposition) -> str:
    """What happens to a returned item."""
    words = {
        ReturnDisposition.RESELL: translate("checks", "Resell"),
        ReturnDisposition.REPACK: translate("checks", "Repack and resell"),
        ReturnDisposition.RETURN_TO_MERCHANT: translate("checks", "Return to the merchant"),
        ReturnDisposition.SCRAP: translate("checks", "Scrap"),
    }
    return words[disposition]


def proposal_text(check: CheckResult) -> str:
    """A proposed answer: the item, the outcome and, for a failure, the defect."""
    text = f"{item_text(check.item_code)}: {outcome_text(check.outcome)}"
    if check.defect_code is not None:
        text += f" — {defect_text(check.defect_code)}"
    return text
