"""User-facing words for the domain's codes, through Qt's translation system."""

from PySide6.QtCore import QCoreApplication, QLocale

from qc_station.domain.catalogue import ProductCategory, RiskLevel
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Verdict

translate = QCoreApplication.translate


def stage_text(stage: Stage) -> str:
    """Inbound, outbound or return, in the UI language."""
    words = {
        Stage.INBOUND: translate("labels", "Inbound"),
        Stage.OUTBOUND: translate("labels", "Outbound"),
        Stage.RETURN: translate("labels", "Return"),
    }
    return words[stage]


def risk_text(risk: RiskLevel) -> str:
    """Low, medium or high risk, in the UI language."""
    words = {
        RiskLevel.LOW: translate("labels", "Low risk"),
        RiskLevel.MEDIUM: translate("labels", "Medium risk"),
        RiskLevel.HIGH: translate("labels", "High risk"),
    }
    return words[risk]


def category_name(category: ProductCategory) -> str:
    """The category's own name in the UI language (the names are data, in both languages)."""
    return category.name_zh if QLocale().name().startswith("zh") else category.name_en


def verdict_text(verdict: Verdict | None) -> str:
    """Accept, reject or hold, in the UI language."""
    words = {
        None: translate("labels", "Open"),
        Verdict.ACCEPT: translate("labels", "Accept"),
        Verdict.REJECT: translate("labels", "Reject"),
        Verdict.HOLD: translate("labels", "Hold"),
    }
    return words[verdict]
