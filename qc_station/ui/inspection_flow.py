"""From a scan to a saved inspection: who is signed in, the draft, the screen, the history."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from qc_station.domain.inspection import Inspection
from qc_station.domain.label_dates import DateMismatch
from qc_station.domain.scan import Gs1Data
from qc_station.domain.users import User
from qc_station.services.inspection_service import DraftRequest, InspectionContext
from qc_station.services.scan_service import ScanOutcome, ScanState
from qc_station.ui.dialogs.sign_in_dialog import SignInDialog
from qc_station.ui.screens.history_screen import HistoryScreen
from qc_station.ui.screens.inspection_screen import InspectionScreen
from qc_station.ui.screens.scan_panel import ScanPanel
from qc_station.ui.tasks import TaskRunner

SignIn = Callable[[str, str], User]
StartInspection = Callable[
    [DraftRequest, tuple[DateMismatch, ...]], tuple[Inspection, InspectionContext]
]


class InspectionFlow(QObject):
    """Signs the inspector in, opens an inspection for each found scan, and goes back to the
    history once it is saved.

    Signals:
        user_changed: the signed-in ``User`` (or None).
    """

    user_changed = Signal(object)

    def __init__(
        self,
        sign_in: SignIn,
        start: StartInspection,
        tasks: TaskRunner,
        scan: ScanPanel,
        screen: InspectionScreen,
        history: HistoryScreen,
        stack: QStackedWidget,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._sign_in, self._start, self._tasks = sign_in, start, tasks
        self._scan, self._screen, self._history, self._stack = scan, screen, history, stack
        self._parent = parent
        self.user: User | None = None
        self._waiting: ScanOutcome | None = None  # a scan that waits for the sign-in
        self.dialog = SignInDialog(parent)
        self.dialog.accepted.connect(self._on_sign_in_accepted)
        scan.resolved.connect(self.on_scan_resolved)
        scan.label_dates_checked.connect(screen.record_label_mismatches)
        screen.saved.connect(self._on_saved)
        screen.closed.connect(self._show_history)

    def ask_sign_in(self) -> None:
        """Open the sign-in dialog."""
        self.dialog.problem.clear()
        self.dialog.open()

    def _on_sign_in_accepted(self) -> None:
        username, pin = self.dialog.username.text().strip(), self.dialog.pin.text()
        self._tasks.run(
            lambda: self._sign_in(username, pin),
            self._signed_in,
            lambda error: self.dialog.refuse(getattr(error, "message", str(error))),
        )

    def _signed_in(self, user: User) -> None:
        self.user = user
        self.dialog.pin.clear()
        self.user_changed.emit(user)
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self.on_scan_resolved(waiting)

    def on_scan_resolved(self, outcome: ScanOutcome) -> None:
        """Open an inspection for a found SKU (asking who is inspecting first)."""
        if outcome.state is not ScanState.FOUND or outcome.sku is None:
            return
        if self.user is None:
            self._waiting = outcome
            self.ask_sign_in()
            return
        request = DraftRequest(
            outcome.sku.id,
            outcome.lot.id if outcome.lot else None,
            self._scan.stage,
            self.user.id,
            reference=self._scan.reference_text,
            return_reason=self._scan.return_reason_text,
        )
        mismatches = self._scan.label_mismatches
        self._tasks.run(
            lambda: self._start(request, mismatches),
            lambda started: self._show_inspection(started, outcome.gs1),
        )

    def _show_inspection(
        self, started: tuple[Inspection, InspectionContext], barcode: Gs1Data | None
    ) -> None:
        draft, context = started
        self._stack.setCurrentWidget(self._screen)
        self._screen.begin(draft, context, barcode)

    def _on_saved(self, _inspection: Inspection) -> None:
        self._scan.show_text(self.tr("Saved. Scan the next item."))
        self._show_history()

    def _show_history(self) -> None:
        self._stack.setCurrentWidget(self._history)
        self._history.refresh()
        self._scan.field.setFocus()
