"""Registering an unknown GTIN: the dialog, the supervisor's PIN, the save, off the GUI thread."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from qc_station.domain.catalogue import Merchant, ProductCategory, Sku
from qc_station.services.scan_service import ScanOutcome
from qc_station.ui.dialogs.register_sku_dialog import RegisterSkuDialog, RegistrationRequest
from qc_station.ui.tasks import TaskRunner

CatalogueLists = Callable[[], tuple[list[Merchant], list[ProductCategory]]]
Register = Callable[[RegistrationRequest], Sku]


class RegistrationFlow(QObject):
    """Opens the registration dialog for an unknown GTIN and saves what a supervisor approves.

    Signals:
        registered: the new ``Sku`` was saved.
    """

    registered = Signal(object)

    def __init__(
        self, lists: CatalogueLists, register: Register, tasks: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._lists = lists
        self._register = register
        self._tasks = tasks
        self._parent = parent
        self.dialog: RegisterSkuDialog | None = None

    def start(self, outcome: ScanOutcome) -> None:
        """Ask for the new SKU's details (the lists load in the background first)."""
        gtin = outcome.gs1.gtin if outcome.gs1 else None
        if gtin is None:
            return
        self._tasks.run(self._lists, lambda lists: self._open(gtin, *lists))

    def _open(
        self, gtin: str, merchants: list[Merchant], categories: list[ProductCategory]
    ) -> None:
        self.dialog = RegisterSkuDialog(gtin, merchants, categories, self._parent)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        request = dialog.request()
        self._tasks.run(
            lambda: self._register(request),
            self.registered.emit,
            lambda error: self._refused(dialog, str(error)),
            lane="write",
        )

    def _refused(self, dialog: RegisterSkuDialog, reason: str) -> None:
        dialog.show_problem(reason)
        dialog.pin.clear()
        dialog.open()
