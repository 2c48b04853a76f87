"""A supervisor changes the sampling plans per category, approved with their PIN."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from qc_station.domain.catalogue import ProductCategory
from qc_station.domain.defects import Severity
from qc_station.domain.users import User
from qc_station.ui.dialogs.sampling_settings_dialog import (
    CategoryPlanRow,
    SamplingSettingsDialog,
    SamplingSettingsValues,
)
from qc_station.ui.supervised import Verify, words
from qc_station.ui.tasks import TaskRunner

PlanTuple = tuple[ProductCategory, dict[Severity, str], str, bool]
Change = tuple[str, dict[Severity, str], str]  # (category code, AQLs, level)


@dataclass(frozen=True)
class PlanPorts:
    """What the flow needs: the plans now, the PIN check, and the save of the changes."""

    load: Callable[[], Sequence[PlanTuple]]
    verify_supervisor: Verify
    save: Callable[[Sequence[Change], User], object]


class SamplingSettingsFlow(QObject):
    """Opens the sampling-plan dialog and saves what a supervisor approves.

    Signals:
        saved: the number of categories changed.
    """

    saved = Signal(int)

    def __init__(self, ports: PlanPorts, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._ports = ports
        self._tasks = tasks
        self._parent = parent
        self.dialog: SamplingSettingsDialog | None = None

    def open(self) -> None:
        """Load the plans in the background, then show them."""
        self._tasks.run(self._ports.load, self._show)

    def _show(self, plans: Sequence[PlanTuple]) -> None:
        rows = [CategoryPlanRow(c, dict(a), level, default) for c, a, level, default in plans]
        dialog = SamplingSettingsDialog(rows, self._parent)
        dialog.submitted.connect(lambda values: self._save(dialog, values))
        self.dialog = dialog
        dialog.open()

    def _save(self, dialog: SamplingSettingsDialog, values: SamplingSettingsValues) -> None:
        changes = [(r.category.code, dict(r.aqls), r.level) for r in values.changed]
        ports = self._ports

        def work() -> int:
            boss = ports.verify_supervisor(values.username, values.pin, "sampling.aqls")
            ports.save(changes, boss)
            return len(changes)

        def done(count: int) -> None:
            dialog.accept()
            self.saved.emit(count)

        self._tasks.run(work, done, lambda error: dialog.show_problem(words(error)), lane="write")
