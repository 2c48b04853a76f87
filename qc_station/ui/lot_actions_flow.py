"""A supervisor's decisions from the SKU card: send the lot to the lab, resume inspection."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from qc_station.domain.users import User
from qc_station.services.scan_service import ScanOutcome
from qc_station.ui.screens.scan_panel import ScanPanel
from qc_station.ui.supervised import Verify, supervised
from qc_station.ui.tasks import TaskRunner

SendToLab = Callable[[str, str, User], object]  # (lot id, reason, supervisor)
Resume = Callable[[str, str, User], object]  # (SKU id, corrective-action reference, supervisor)


class LotActionsFlow(QObject):
    """Answers the card's supervisor buttons.

    Signals:
        done: a decision was saved (its words for the status bar).
    """

    done = Signal(str)

    def __init__(
        self,
        verify: Verify,
        send_to_lab: SendToLab,
        resume: Resume,
        tasks: TaskRunner,
        scan: ScanPanel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._verify = verify
        self._send_to_lab = send_to_lab
        self._resume = resume
        self._tasks = tasks
        self._scan = scan
        self._parent = parent
        self.dialog: QDialog | None = None
        scan.send_to_lab_requested.connect(self._on_send_to_lab)
        scan.resume_requested.connect(self._on_resume)

    def _on_send_to_lab(self, outcome: ScanOutcome) -> None:
        if outcome.lot is None or outcome.sku is None:
            return
        lot_id, batch = outcome.lot.id, outcome.lot.batch
        send = self._send_to_lab
        self.dialog = supervised(
            self._parent,
            self._tasks,
            self._verify,
            "lab.override",
            self.tr("Send this lot to the lab"),
            self.tr(
                "Lot %1 of %2 was not drawn for the lab. A supervisor may send it anyway, "
                "with a reason; the draw stays on record."
            )
            .replace("%1", batch)
            .replace("%2", outcome.sku.name),
            True,
            lambda boss, why: send(lot_id, why, boss),
            lambda _r: self._finished(self.tr("Lot %1 goes to the lab.").replace("%1", batch)),
        )

    def _on_resume(self, outcome: ScanOutcome) -> None:
        if outcome.sku is None:
            return
        sku_id, name = outcome.sku.id, outcome.sku.name
        resume = self._resume
        self.dialog = supervised(
            self._parent,
            self._tasks,
            self._verify,
            "sampling.resume",
            self.tr("Resume inspection"),
            self.tr(
                "Acceptance of %1 from this merchant was discontinued after 5 lots were not "
                "accepted on tightened inspection. Give the reference of the merchant's "
                "corrective action; inspection resumes on tightened."
            ).replace("%1", name),
            True,
            lambda boss, reference: resume(sku_id, reference, boss),
            lambda _r: self._finished(self.tr("Inspection of %1 resumed.").replace("%1", name)),
        )

    def _finished(self, text: str) -> None:
        self._scan.refresh_insight()
        self.done.emit(text)
