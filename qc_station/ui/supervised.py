"""A step a supervisor approves with their PIN: the dialog, the check, then the step."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from qc_station.domain.users import User
from qc_station.errors import QcError
from qc_station.ui.dialogs.supervisor_dialog import SupervisorDialog, SupervisorValues
from qc_station.ui.tasks import TaskRunner

Verify = Callable[[str, str, str], User]  # (username, PIN, purpose) -> the supervisor


def words(error: BaseException) -> str:
    """An error as the user should read it."""
    return error.message if isinstance(error, QcError) else str(error)


def supervised(
    parent: QWidget,
    tasks: TaskRunner,
    verify: Verify,
    purpose: str,
    title: str,
    explanation: str,
    needs_reason: bool,
    act: Callable[[User, str], object],
    done: Callable[[object], None],
    reopen: QDialog | None = None,
) -> SupervisorDialog:
    """Open the approval dialog; on OK check the PIN and run ``act`` on the write lane.

    A refusal (wrong PIN, not a supervisor, the step refused) shows in the dialog, which
    stays open; nothing was changed. Cancelling re-opens ``reopen`` if given.
    """
    dialog = SupervisorDialog(title, explanation, needs_reason, parent)

    def submitted(values: SupervisorValues) -> None:
        def work() -> object:
            boss = verify(values.username, values.pin, purpose)
            return act(boss, values.reason)

        def saved(result: object) -> None:
            dialog.accept()
            done(result)

        tasks.run(work, saved, lambda error: dialog.show_problem(words(error)), lane="write")

    dialog.submitted.connect(submitted)
    if reopen is not None:
        dialog.rejected.connect(reopen.open)
    dialog.open()
    return dialog
