"""Moving a lab sample along its chain of custody from the lab screen, off the GUI thread.

Steps anyone signed in may take (collect, dispatch, lab received, close) use the signed-in
user. Steps that decide (the result, cancelling, keeping a drawn lot from the lab) need a
supervisor's username and PIN, checked in the background. A refused step re-opens its dialog
with the reason; nothing is changed.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from qc_station.domain.lab import LabSample
from qc_station.domain.users import User
from qc_station.services.lab_service import ReportEntry
from qc_station.services.lab_views import LabSampleDetail
from qc_station.services.ports import LabSampleSummary
from qc_station.ui.dialogs.lab_collect_dialog import LabCollectDialog
from qc_station.ui.dialogs.lab_dispatch_dialog import LabDispatchDialog
from qc_station.ui.dialogs.lab_receive_dialog import LabReceiveDialog
from qc_station.ui.dialogs.lab_result_dialog import LabResultDialog
from qc_station.ui.screens.lab_screen import LabAction, LabScreen
from qc_station.ui.supervised import supervised, words
from qc_station.ui.tasks import TaskRunner


@dataclass(frozen=True)
class LabPorts:
    """What the lab screen needs from the station, as callables made by the composition root."""

    overview: Callable[[bool], Sequence[LabSampleSummary]]
    detail: Callable[[str], LabSampleDetail]
    samples_of_lot: Callable[[str], list[LabSample]]
    collect: Callable[[str, int, int, str, User], LabSample]
    dispatch: Callable[[str, str, str, str, User], LabSample]
    receive: Callable[[str, datetime, bool, str, User], LabSample]
    record_result: Callable[[str, ReportEntry, User], LabSample]
    close: Callable[[str, User], LabSample]
    cancel: Callable[[str, str, User], LabSample]
    release: Callable[[str, str, User], object]  # (lot id, reason, supervisor)
    send_to_lab: Callable[[str, str, User], object]  # (lot id, reason, supervisor)
    resume_sampling: Callable[[str, str, User], object]  # (SKU id, reference, supervisor)
    verify_supervisor: Callable[[str, str, str], User]  # (username, PIN, purpose)
    write_tag_sheet: Callable[[str], Path]  # sample id -> the PDF written
    print_tags: Callable[[str], str]  # sample id -> the printer it was sent to
    write_report: Callable[[str], Path]  # sample id -> the lab's PDF, copied out
    open_file: Callable[[Path], None]  # hands a file to the desktop's viewer
    read_file: Callable[[Path], bytes]
    now: Callable[[], datetime]
    tz: tzinfo | None = None
    labs: Sequence[str] = field(default_factory=tuple)
    couriers: Sequence[str] = ("顺丰速运", "京东物流", "中通快递", "EMS")


Work = Callable[[], Any]


class LabFlow(QObject):
    """Answers the lab screen's buttons with dialogs and background steps.

    Signals:
        done: a step was saved (the action's value and the sample id).
        message: something to tell the user (already worded).
    """

    done = Signal(str, str)
    message = Signal(str)

    def __init__(
        self,
        ports: LabPorts,
        tasks: TaskRunner,
        screen: LabScreen,
        current_user: Callable[[], User | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ports = ports
        self._tasks = tasks
        self._screen = screen
        self._user = current_user
        self._parent = parent
        self.dialog: QDialog | None = None
        self.box: QMessageBox | None = None
        screen.action_requested.connect(self._on_action)

    # --- dispatching ----------------------------------------------------------------------

    def _on_action(self, action: str, sample_id: str) -> None:
        detail = self._screen.current
        if detail is None or detail.summary.sample.id != sample_id:
            return
        handlers: dict[LabAction, Callable[[LabSampleDetail], None]] = {
            LabAction.COLLECT: self._collect,
            LabAction.DISPATCH: self._dispatch,
            LabAction.RECEIVE: self._receive,
            LabAction.RESULT: self._result,
            LabAction.CLOSE: self._close,
            LabAction.CANCEL: self._cancel,
            LabAction.RELEASE: self._release,
            LabAction.TAGS_PDF: self._tags_pdf,
            LabAction.TAGS_PRINTER: self._tags_printer,
            LabAction.REPORT: self._report,
        }
        handlers[LabAction(action)](detail)

    def _signed_in(self) -> User | None:
        user = self._user()
        if user is None:
            self._tell(self.tr("Sign in first (scan an item to sign in)."))
        return user

    # --- steps by the signed-in user ------------------------------------------------------

    def _collect(self, detail: LabSampleDetail) -> None:
        user = self._signed_in()
        if user is None:
            return
        sample = detail.summary.sample
        dialog = LabCollectDialog(sample.code, detail.summary.sku_name, self._parent)

        def work() -> LabSample:
            v = dialog.values()
            return self._ports.collect(
                sample.id, v.test_quantity, v.backup_quantity, v.seal_no, user
            )

        self._open(dialog, work, LabAction.COLLECT, sample.id)

    def _dispatch(self, detail: LabSampleDetail) -> None:
        user = self._signed_in()
        if user is None:
            return
        sample = detail.summary.sample
        labs = list(
            dict.fromkeys([*([sample.lab_name] if sample.lab_name else []), *self._ports.labs])
        )
        dialog = LabDispatchDialog(sample.code, labs, list(self._ports.couriers), self._parent)

        def work() -> LabSample:
            v = dialog.values()
            return self._ports.dispatch(sample.id, v.lab_name, v.courier, v.tracking_no, user)

        self._open(dialog, work, LabAction.DISPATCH, sample.id)

    def _receive(self, detail: LabSampleDetail) -> None:
        user = self._signed_in()
        if user is None:
            return
        sample = detail.summary.sample
        assert sample.dispatch is not None
        dialog = LabReceiveDialog(
            sample.code,
            sample.dispatch.dispatched_at,
            self._ports.now(),
            self._ports.tz,
            self._parent,
        )

        def work() -> LabSample:
            v = dialog.values()
            return self._ports.receive(sample.id, v.received_at, v.seal_intact, v.note, user)

        self._open(dialog, work, LabAction.RECEIVE, sample.id)

    def _close(self, detail: LabSampleDetail) -> None:
        user = self._signed_in()
        if user is None:
            return
        sample_id = detail.summary.sample.id
        self._run(lambda: self._ports.close(sample_id, user), LabAction.CLOSE, sample_id)

    # --- steps that need a supervisor -----------------------------------------------------

    def _result(self, detail: LabSampleDetail) -> None:
        summary = detail.summary
        sample = summary.sample
        dialog = LabResultDialog(sample.code, summary.category_code, sample.lab_name, self._parent)

        def after_result() -> None:
            values = dialog.values()
            self._supervise(
                self.tr("Approve the lab result"),
                self.tr("A supervisor confirms the result of sample %1.").replace(
                    "%1", sample.code
                ),
                False,
                lambda boss, _why: self._ports.record_result(sample.id, self._entry(values), boss),
                LabAction.RESULT,
                sample.id,
                reopen=dialog,
            )

        dialog.accepted.connect(after_result)
        self._show(dialog)

    def _entry(self, values: Any) -> ReportEntry:
        pdf = None if values.pdf_path is None else self._ports.read_file(values.pdf_path)
        return ReportEntry(
            values.report_no, values.lab_name, values.accreditations, values.items, pdf
        )

    def _cancel(self, detail: LabSampleDetail) -> None:
        sample = detail.summary.sample
        self._supervise(
            self.tr("Cancel lab sample"),
            self.tr("Sample %1 will not go to the lab. Why?").replace("%1", sample.code),
            True,
            lambda boss, why: self._ports.cancel(sample.id, why, boss),
            LabAction.CANCEL,
            sample.id,
        )

    def _release(self, detail: LabSampleDetail) -> None:
        sample = detail.summary.sample
        self._supervise(
            self.tr("Keep the lot from the lab"),
            self.tr(
                "The lot of sample %1 was drawn for the lab. A supervisor may decide it does "
                "not go, with a reason; the draw stays on record."
            ).replace("%1", sample.code),
            True,
            lambda boss, why: self._ports.release(sample.lot_id, why, boss),
            LabAction.RELEASE,
            sample.id,
        )

    def _supervise(
        self,
        title: str,
        explanation: str,
        needs_reason: bool,
        act: Callable[[User, str], object],
        action: LabAction,
        sample_id: str,
        reopen: QDialog | None = None,
    ) -> None:
        self.dialog = supervised(
            self._parent,
            self._tasks,
            self._ports.verify_supervisor,
            f"lab.{action.value}",
            title,
            explanation,
            needs_reason,
            act,
            lambda _result: self._saved(action, sample_id),
            reopen,
        )

    # --- printing and files ---------------------------------------------------------------

    def _tags_pdf(self, detail: LabSampleDetail) -> None:
        sample_id = detail.summary.sample.id
        self._tasks.run(
            lambda: self._ports.write_tag_sheet(sample_id),
            self._ports.open_file,
            lambda error: self._tell(words(error)),
            lane="io",
        )

    def _tags_printer(self, detail: LabSampleDetail) -> None:
        sample_id = detail.summary.sample.id
        self._tasks.run(
            lambda: self._ports.print_tags(sample_id),
            lambda printer: self.message.emit(
                self.tr("Tags sent to the label printer %1.").replace("%1", printer)
            ),
            lambda error: self._tell(words(error)),
            lane="io",
        )

    def _report(self, detail: LabSampleDetail) -> None:
        sample_id = detail.summary.sample.id
        self._tasks.run(
            lambda: self._ports.write_report(sample_id),
            self._ports.open_file,
            lambda error: self._tell(words(error)),
            lane="io",
        )

    # --- plumbing -------------------------------------------------------------------------

    def _open(self, dialog: QDialog, work: Work, action: LabAction, sample_id: str) -> None:
        def refused(error: BaseException) -> None:
            dialog.show_problem(words(error))  # type: ignore[attr-defined]
            dialog.open()

        dialog.accepted.connect(
            lambda: self._tasks.run(
                work, lambda _r: self._saved(action, sample_id), refused, lane="write"
            )
        )
        self._show(dialog)

    def _run(self, work: Work, action: LabAction, sample_id: str) -> None:
        self._tasks.run(
            work,
            lambda _r: self._saved(action, sample_id),
            lambda error: self._tell(words(error)),
            lane="write",
        )

    def _saved(self, action: LabAction, sample_id: str) -> None:
        self._screen.refresh(sample_id)
        self.done.emit(action.value, sample_id)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _tell(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Lab samples"), text, parent=self._parent
        )
        box.open()
        self.box = box
        self.message.emit(text)
