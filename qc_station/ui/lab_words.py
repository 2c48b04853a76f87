"""Words for lab samples: custody states, selection reasons, risk factors and test items."""

from PySide6.QtCore import QCoreApplication

from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.lab import LabResult, LabSampleStatus, SelectionReason
from qc_station.domain.lot import LotStatus
from qc_station.domain.risk import RiskFactor

translate = QCoreApplication.translate


def status_text(status: LabSampleStatus) -> str:
    """Where a sample is in its chain of custody."""
    words = {
        LabSampleStatus.SELECTED: translate("lab", "Selected, to collect"),
        LabSampleStatus.COLLECTED: translate("lab", "Collected, to send"),
        LabSampleStatus.DISPATCHED: translate("lab", "On its way to the lab"),
        LabSampleStatus.RECEIVED: translate("lab", "At the lab, testing"),
        LabSampleStatus.RESULTED: translate("lab", "Result in"),
        LabSampleStatus.CLOSED: translate("lab", "Closed"),
        LabSampleStatus.CANCELLED: translate("lab", "Cancelled"),
    }
    return words[status]


def reason_text(reason: str | None) -> str:
    """Why the lot was sampled (a ``SelectionReason`` value), or that it was not."""
    words = {
        SelectionReason.NEW_HIGH_RISK_SKU.value: translate(
            "lab", "First lot of a new high-risk SKU"
        ),
        SelectionReason.LAST_RESULT_FAILED.value: translate("lab", "The last lab result failed"),
        SelectionReason.RANDOM.value: translate("lab", "Random draw"),
        SelectionReason.OVERRIDE.value: translate("lab", "Chosen by a supervisor"),
    }
    if reason is None:
        return translate("lab", "Not selected")
    return words.get(reason, reason)


def result_text(result: LabResult | None) -> str:
    """The lab's conclusion."""
    if result is None:
        return translate("lab", "Waiting")
    return translate("lab", "Pass") if result is LabResult.PASS else translate("lab", "Fail")


def lot_status_text(status: LotStatus) -> str:
    """The lot's place in the quality gate."""
    words = {
        LotStatus.PENDING: translate("lab", "Pending"),
        LotStatus.RELEASED: translate("lab", "Released"),
        LotStatus.HELD: translate("lab", "Held"),
        LotStatus.REJECTED: translate("lab", "Rejected"),
    }
    return words[status]


def level_text(level: RiskLevel) -> str:
    """A risk level."""
    words = {
        RiskLevel.LOW: translate("lab", "low"),
        RiskLevel.MEDIUM: translate("lab", "medium"),
        RiskLevel.HIGH: translate("lab", "high"),
    }
    return words[level]


_LEVELS = (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)


def factor_text(factor: RiskFactor) -> str:
    """One line of a risk explanation: what was found and the points it adds."""
    value = factor.value
    words = {
        "category_risk": translate("lab", "Category risk %1").replace(
            "%1", level_text(_LEVELS[min(value, 2)])
        ),
        "sku_risk": translate("lab", "Listed as %1 risk").replace(
            "%1", level_text(_LEVELS[min(value, 2)])
        ),
        "lots_not_accepted": translate("lab", "%n lot(s) of the merchant not accepted", "", value),
        "merchant_lab_failures": translate(
            "lab", "%n failed lab result(s) of the merchant", "", value
        ),
        "sku_last_lab_failed": translate("lab", "The SKU's last lab result failed"),
        "returns_with_product_defects": translate(
            "lab", "%n return(s) with a product defect", "", value
        ),
        "new_sku": translate("lab", "New SKU"),
        "new_merchant": translate("lab", "New merchant"),
        "never_lab_tested": translate("lab", "Never tested by a lab"),
        "lab_test_overdue": translate("lab", "Last lab test %n day(s) ago", "", value),
    }
    text = words.get(factor.code, factor.code)
    return translate("lab", "%1 (+%2)").replace("%1", text).replace("%2", str(factor.points))


def lab_item_text(code: str) -> str:
    """The name of a lab test item."""
    words = {
        "aerobic_count": translate("lab", "Aerobic plate count"),
        "coliforms": translate("lab", "Coliforms"),
        "pathogens": translate("lab", "Pathogens (Salmonella, S. aureus)"),
        "moulds_yeasts": translate("lab", "Moulds and yeasts"),
        "lead": translate("lab", "Lead (Pb)"),
        "mercury": translate("lab", "Mercury (Hg)"),
        "arsenic": translate("lab", "Arsenic (As)"),
        "cadmium": translate("lab", "Cadmium (Cd)"),
        "aflatoxin_m1": translate("lab", "Aflatoxin M1"),
        "melamine": translate("lab", "Melamine"),
        "protein": translate("lab", "Protein"),
        "preservatives": translate("lab", "Preservatives"),
        "banned_substances": translate("lab", "Banned substances"),
        "formaldehyde": translate("lab", "Formaldehyde"),
        "ph_value": translate("lab", "pH value"),
        "azo_dyes": translate("lab", "Banned azo dyes"),
        "fibre_content": translate("lab", "Fibre content"),
        "colour_fastness": translate("lab", "Colour fastness"),
        "phthalates": translate("lab", "Phthalates"),
        "migratable_elements": translate("lab", "Migratable elements"),
        "small_parts": translate("lab", "Small parts"),
        "ccc_mark": translate("lab", "CCC certification"),
        "power_rating": translate("lab", "Power rating"),
        "leakage_current": translate("lab", "Leakage current"),
        "electric_strength": translate("lab", "Electric strength"),
        "heating": translate("lab", "Heating"),
    }
    return words.get(code, code)
