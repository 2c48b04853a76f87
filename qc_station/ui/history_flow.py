"""From a history row to a past inspection: view it, amend it or void it, off the GUI thread.

Double-click or Enter on a row loads the inspection in the background and shows it in an
``InspectionViewDialog``. "Amend…" starts a new version (in the background) and hands the
draft to ``edit``, which opens it on the inspection screen; saving it is the screen's job.
"Void…" saves a cancelled version (on the write lane) and refreshes the history.
"""

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox

from qc_station.domain.inspection import Inspection
from qc_station.services.inspection_service import InspectionContext
from qc_station.ui.dialogs.inspection_view_dialog import InspectionViewDialog
from qc_station.ui.models.history_table_model import ID_ROLE
from qc_station.ui.screens.history_screen import HistoryScreen
from qc_station.ui.tasks import TaskRunner

LoadInspection = Callable[[str], tuple[Inspection, InspectionContext, bool]]
StartAmendment = Callable[[str, str], tuple[Inspection, InspectionContext]]
VoidInspection = Callable[[str, str], Inspection]
Edit = Callable[[Inspection, InspectionContext], None]

OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _message(error: BaseException) -> str:
    return getattr(error, "message", None) or str(error) or type(error).__name__


class HistoryFlow(QObject):
    """Opens past inspections from the history and carries out Amend and Void.

    Signals:
        opened: the ``InspectionViewDialog`` now shown.
        voided: the cancelled version that was saved (an ``Inspection``).
        failed: an inspection could not be loaded, with the error text.
    """

    opened = Signal(object)
    voided = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        load: LoadInspection,
        start_amendment: StartAmendment,
        void: VoidInspection,
        tasks: TaskRunner,
        history: HistoryScreen,
        edit: Edit,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else history)
        self._load, self._start_amendment, self._void = load, start_amendment, void
        self._tasks, self._history, self._edit, self._tz = tasks, history, edit, tz
        self._generation = 0
        self.dialog: InspectionViewDialog | None = None
        self.problem_box: QMessageBox | None = None
        history.table.doubleClicked.connect(self._on_row_chosen)
        history.table.installEventFilter(self)

    def open(self, inspection_id: str) -> None:
        """Load ``inspection_id`` in the background and show it; the newest request wins."""
        self._generation += 1
        generation = self._generation
        self._tasks.run(
            lambda: self._load(inspection_id),
            lambda loaded: self._show(generation, loaded),
            lambda error: self._load_failed(generation, error),
        )

    def _on_row_chosen(self, index: QModelIndex) -> None:
        inspection_id = index.data(ID_ROLE) if index.isValid() else None
        if inspection_id:
            self.open(str(inspection_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a history row opens it."""
        if watched is self._history.table and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            plain = key_event.modifiers() in PLAIN
            if Qt.Key(key_event.key()) in OPEN_KEYS and plain:
                self._on_row_chosen(self._history.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _show(self, generation: int, loaded: tuple[Inspection, InspectionContext, bool]) -> None:
        if generation != self._generation:
            return
        inspection, context, superseded = loaded
        self._drop_dialog()
        dialog = InspectionViewDialog(
            inspection,
            context,
            self._tz,
            self._history.window(),
            superseded=superseded,
            inspector_name=self._inspector_name(inspection.id),
        )
        dialog.amend_requested.connect(lambda iid, why: self._amend(dialog, iid, why))
        dialog.void_requested.connect(lambda iid, why: self._void_one(dialog, iid, why))
        dialog.finished.connect(lambda _result: self._on_finished(dialog))
        self.dialog = dialog
        dialog.open()
        self.opened.emit(dialog)

    def _inspector_name(self, inspection_id: str) -> str | None:
        """The inspector's name as the history row shows it (the row is still listed)."""
        model = self._history.model
        for row in range(model.rowCount()):
            summary = model.summary(row)
            if summary.id == inspection_id:
                return summary.inspector_name
        return None

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        text = _message(error)
        self.failed.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Inspection"),
            self.tr("Could not open the inspection: %1").replace("%1", text),
            QMessageBox.StandardButton.Ok,
            self._history.window(),
        )
        if self.problem_box is not None:
            self.problem_box.deleteLater()
        self.problem_box = box
        box.open()

    def _amend(self, dialog: InspectionViewDialog, inspection_id: str, reason: str) -> None:
        self._tasks.run(
            lambda: self._start_amendment(inspection_id, reason),
            lambda started: self._amended(dialog, started),
            lambda error: self._refused(dialog, error),
        )

    def _amended(
        self, dialog: InspectionViewDialog, started: tuple[Inspection, InspectionContext]
    ) -> None:
        if dialog is not self.dialog:
            return  # the viewer was closed meanwhile; nothing was saved
        dialog.accept()
        draft, context = started
        self._edit(draft, context)

    def _void_one(self, dialog: InspectionViewDialog, inspection_id: str, reason: str) -> None:
        self._tasks.run(
            lambda: self._void(inspection_id, reason),
            lambda voided: self._voided(dialog, voided),
            lambda error: self._refused(dialog, error),
            lane="write",
        )

    def _voided(self, dialog: InspectionViewDialog, voided: Inspection) -> None:
        if dialog is self.dialog:
            dialog.accept()
        self._history.refresh()
        self.voided.emit(voided)

    def _refused(self, dialog: InspectionViewDialog, error: BaseException) -> None:
        if dialog is self.dialog:
            dialog.show_problem(_message(error))

    def _on_finished(self, dialog: InspectionViewDialog) -> None:
        if dialog is self.dialog:
            self.dialog = None
        dialog.deleteLater()

    def _drop_dialog(self) -> None:
        if self.dialog is not None:
            old, self.dialog = self.dialog, None
            old.close()
            old.deleteLater()
