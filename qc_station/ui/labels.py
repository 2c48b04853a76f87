"""User-facing words for the domain's codes, through Qt's translation system."""

from PySide6.QtCore import QCoreApplication

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


def verdict_text(verdict: Verdict | None) -> str:
    """Accept, reject or hold, in the UI language."""
    words = {
        None: translate("labels", "Open"),
        Verdict.ACCEPT: translate("labels", "Accept"),
        Verdict.REJECT: translate("labels", "Reject"),
        Verdict.HOLD: translate("labels", "Hold"),
    }
    return words[verdict]
