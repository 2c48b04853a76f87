"""The inspection of one scanned item: the checklist by key, the live verdict, and save.

Keys on the checklist: P or 1 pass, F or 2 fail (asks for the defect), N or 3 not
applicable, A passes every item not answered yet, Ctrl+Z undoes the last answer, Ctrl+Enter
saves, Ctrl+L reads the label with the camera. "Saved" is shown only after the store has
committed.
"""

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection, record_check
from qc_station.domain.label_checks import cross_check
from qc_station.domain.label_dates import DateMismatch, mismatch_check
from qc_station.domain.label_evidence import LabelEvidence
from qc_station.domain.label_fields import LabelFields
from qc_station.domain.rules import applicable_items
from qc_station.domain.scan import Gs1Data
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Verdict
from qc_station.services.inspection_service import Evaluation, InspectionContext, evaluate
from qc_station.services.label_service import apply_label
from qc_station.ui.check_words import disposition_text, reason_text
from qc_station.ui.dialogs.defect_dialog import DefectDialog, PhotoTaker
from qc_station.ui.icons import verdict_icon
from qc_station.ui.label_words import findings_lines
from qc_station.ui.labels import stage_text, verdict_text
from qc_station.ui.models.checklist_table_model import ChecklistTableModel
from qc_station.ui.tasks import TaskRunner

Submit = Callable[[Inspection, ReturnDisposition | None], Inspection]

PASS_KEYS = {Qt.Key.Key_P, Qt.Key.Key_1}
FAIL_KEYS = {Qt.Key.Key_F, Qt.Key.Key_2}
NA_KEYS = {Qt.Key.Key_N, Qt.Key.Key_3}
SAVE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class InspectionScreen(QWidget):
    """One inspection, from a fresh draft to "saved".

    Signals:
        saved: the inspection was committed (the saved ``Inspection``).
        closed: the inspector left the inspection without saving.
        read_label_requested: the inspector wants the label read (button or Ctrl+L).
    """

    saved = Signal(object)
    closed = Signal()
    read_label_requested = Signal()

    def __init__(
        self,
        submit: Submit,
        tasks: TaskRunner,
        today: Callable[[], date],
        parent: QWidget | None = None,
        camera: PhotoTaker | None = None,
    ) -> None:
        super().__init__(parent)
        self._camera = camera
        self._submit = submit
        self._tasks = tasks
        self._today = today
        self._draft: Inspection | None = None
        self._context: InspectionContext | None = None
        self._barcode: Gs1Data | None = None
        self._undo: list[Inspection] = []
        self._saving = False
        self.evaluation: Evaluation | None = None
        self.model = ChecklistTableModel(self)
        self._build()

    def _build(self) -> None:
        self.title = QLabel(self, textFormat=Qt.TextFormat.RichText)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.verdict_icon = QLabel(self)
        self.verdict = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.disposition = QComboBox(self)
        for disposition in ReturnDisposition:
            self.disposition.addItem(disposition_text(disposition), disposition.value)
        self.disposition.activated.connect(self._on_disposition_chosen)
        self._disposition_chosen = False
        self.save_button = QPushButton(self)
        self.save_button.setMinimumHeight(44)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.label_button = QPushButton(self)
        self.label_button.setMinimumHeight(44)
        self.label_button.setShortcut(QKeySequence("Ctrl+L"))
        self.label_button.clicked.connect(self._on_label_clicked)
        self.label_status = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.status = QLabel(self)
        self._layout()
        self._retranslate()

    def _layout(self) -> None:
        side = QVBoxLayout()
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.verdict, 1)
        side.addLayout(verdict_row)
        side.addWidget(self.disposition)
        side.addWidget(self.label_button)
        side.addWidget(self.label_status)
        side.addStretch(1)
        side.addWidget(self.status)
        side.addWidget(self.save_button)
        side.addWidget(self.cancel_button)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)

    @property
    def draft(self) -> Inspection | None:
        """The inspection being filled in."""
        return self._draft

    def _retranslate(self) -> None:
        self.save_button.setText(self.tr("Save (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Leave without saving"))
        self.label_button.setText(self.tr("Read label (Ctrl+L)"))
        for index, disposition in enumerate(ReturnDisposition):
            self.disposition.setItemText(index, disposition_text(disposition))
        if self._draft is not None and self._context is not None:
            self.title.setText(self._title_text(self._draft, self._context))
            self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Re-word everything when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def begin(
        self, draft: Inspection, context: InspectionContext, barcode: Gs1Data | None = None
    ) -> None:
        """Start on ``draft`` (prefilled by the rules) for the goods in ``context``, scanned
        as ``barcode`` (whose dates a read label is compared with)."""
        self._draft, self._context, self._undo = draft, context, []
        self._barcode = barcode
        self.label_status.clear()
        self._saving = False
        self._disposition_chosen = False
        items = applicable_items(context.template, context.sku.is_imported)
        self.model.set_checklist(items, draft)
        self.table.resizeColumnsToContents()  # once per inspection, not on every answer
        self.title.setText(self._title_text(draft, context))
        self.disposition.setVisible(draft.stage is Stage.RETURN)
        self.status.clear()
        self._select_next_unanswered(0)
        self._refresh()
        self.table.setFocus()

    def _title_text(self, draft: Inspection, context: InspectionContext) -> str:
        lot = context.lot.batch if context.lot else self.tr("no lot")
        batch = self.tr("Batch %1").replace("%1", lot)
        return (
            f"<b style='font-size:14pt'>{html.escape(context.sku.name)}</b> "
            f"{html.escape(context.sku.spec)} · {html.escape(stage_text(draft.stage))} · "
            f"{html.escape(batch)}"
        )

    def answer(self, row: int, outcome: CheckOutcome) -> None:
        """Answer the item in ``row`` (a failure asks for its defect first)."""
        if self._draft is None or self._saving or not 0 <= row < self.model.rowCount():
            return
        item = self.model.item(row)
        if outcome is CheckOutcome.FAIL:
            self._ask_defect(row)
            return
        self._record(CheckResult(item.code, outcome))
        self._select_next_unanswered(row + 1)

    def pass_remaining(self) -> None:
        """Pass every item that has no answer yet (one key for a clean item)."""
        if self._draft is None or self._saving:
            return
        answered = {c.item_code for c in self._draft.checks}
        previous = self._draft
        for row in range(self.model.rowCount()):
            code = self.model.item(row).code
            if code not in answered:
                self._draft = record_check(self._draft, CheckResult(code, CheckOutcome.PASS))
        self._commit_change(previous)

    def undo(self) -> None:
        """Take back the last answer."""
        if self._undo and not self._saving:
            self._draft = self._undo.pop()
            self.model.set_answers(self._draft)
            self._refresh()

    def _ask_defect(self, row: int) -> None:
        dialog = DefectDialog(self.model.item(row), self, self._camera)
        dialog.accepted.connect(lambda: self._on_defect_accepted(dialog, row))
        dialog.open()
        self.defect_dialog = dialog

    def _on_defect_accepted(self, dialog: DefectDialog, row: int) -> None:
        check = dialog.result_check()
        if check is not None:
            self._record(check)
            self._select_next_unanswered(row + 1)
        self.table.setFocus()

    def _record(self, check: CheckResult) -> None:
        assert self._draft is not None
        previous = self._draft
        self._draft = record_check(self._draft, check)
        self._commit_change(previous)

    def _commit_change(self, previous: Inspection) -> None:
        assert self._draft is not None
        if self._draft != previous:
            self._undo.append(previous)
        self.model.set_answers(self._draft)
        self._refresh()

    def _select_next_unanswered(self, start: int) -> None:
        if self._draft is None:
            return
        answered = {c.item_code for c in self._draft.checks}
        rows = range(self.model.rowCount())
        pending = [r for r in rows if self.model.item(r).code not in answered]
        after = [r for r in pending if r >= start]
        target = (after or pending or [max(0, min(start, self.model.rowCount() - 1))])[0]
        self.table.selectRow(target)

    def _refresh(self) -> None:
        assert self._draft is not None and self._context is not None
        self.evaluation = evaluate(self._draft, self._context, self._today())
        self._show_verdict(self.evaluation)
        if self.evaluation.proposed_disposition is not None and not self._disposition_chosen:
            index = self.disposition.findData(self.evaluation.proposed_disposition.value)
            self.disposition.setCurrentIndex(index)
        self.save_button.setEnabled(self.evaluation.decision is not None)

    def _show_verdict(self, evaluation: Evaluation) -> None:
        decision = evaluation.decision
        if decision is None:
            self.verdict_icon.clear()
            left = len(evaluation.missing)
            self.verdict.setText(self.tr("%n check(s) still to answer", "", left))
            return
        self.verdict_icon.setPixmap(verdict_icon(decision.verdict).pixmap(40, 40))
        reasons = "".join(f"<li>{html.escape(reason_text(r))}</li>" for r in decision.reasons)
        colour = {Verdict.ACCEPT: "#1b7f3b", Verdict.REJECT: "#b3261e", Verdict.HOLD: "#7a5800"}
        heading = html.escape(verdict_text(decision.verdict))
        self.verdict.setText(
            f"<b style='font-size:16pt; color:{colour[decision.verdict]}'>{heading}</b>"
            f"<ul>{reasons}</ul>"
        )

    def save(self) -> None:
        """Save in the background; "saved" only when the commit has returned."""
        if self._draft is None or self._saving or self.evaluation is None:
            return
        if self.evaluation.decision is None:
            return
        draft = self._draft
        disposition = None
        if draft.stage is Stage.RETURN:
            disposition = ReturnDisposition(self.disposition.currentData())
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._tasks.run(
            lambda: self._submit(draft, disposition),
            self._on_saved,
            self._on_save_failed,
            lane="write",
        )

    def _on_saved(self, inspection: Inspection) -> None:
        self._saving = False
        self._draft = None
        self.status.setText("✓ " + self.tr("Saved"))
        self.saved.emit(inspection)

    def _on_save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        message = getattr(error, "message", str(error))
        self.status.setText(self.tr("Not saved: %1").replace("%1", message))

    def _on_disposition_chosen(self, _index: int) -> None:
        self._disposition_chosen = True  # the inspector's choice, no longer the proposal

    def record_label_mismatches(self, mismatches: tuple[DateMismatch, ...]) -> None:
        """Record label dates that contradict the barcode as a failed label check."""
        if self._draft is None or self._context is None:
            return
        check = mismatch_check(self._context.template, mismatches)
        if check is not None:
            self._record(check)

    def _on_label_clicked(self) -> None:
        if self._draft is not None and not self._saving:
            self.label_status.setText(html.escape(self.tr("Reading the label…")))
            self.read_label_requested.emit()

    def show_label_status(self, text: str) -> None:
        """Say how reading the label went (plain text)."""
        self.label_status.setText(html.escape(text))

    def label_preview(self, fields: LabelFields) -> list[str]:
        """What accepting ``fields`` would propose, in words (HTML-escaped)."""
        if self._context is None:
            return []
        findings = cross_check(
            self._context.template, fields, self._barcode, self._context.sku.shelf_life_days
        )
        return [html.escape(line) for line in findings_lines(findings)]

    def apply_label(self, evidence: LabelEvidence) -> None:
        """Keep the label with the draft and answer the checks it proposes (undoable)."""
        if self._draft is None or self._context is None or self._saving:
            return
        previous = self._draft
        self._draft, findings = apply_label(
            self._draft, self._context, evidence, self._barcode, self._today()
        )
        self._commit_change(previous)
        lines = findings_lines(findings)
        self.label_status.setText(
            "<b>"
            + html.escape(self.tr("Label read and kept with the inspection."))
            + "</b>"
            + "".join(f"<br>{html.escape(line)}" for line in lines)
        )

    def _on_cancel_clicked(self) -> None:
        self._draft = None
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The answer keys on the checklist."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            return self._handle_key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        row = self.table.currentIndex().row()
        if ctrl and key in SAVE_KEYS:
            self.save()
        elif ctrl and key == Qt.Key.Key_Z:
            self.undo()
        elif ctrl and key == Qt.Key.Key_L:
            self._on_label_clicked()
        elif ctrl:
            return False
        elif key in PASS_KEYS:
            self.answer(row, CheckOutcome.PASS)
        elif key in FAIL_KEYS:
            self.answer(row, CheckOutcome.FAIL)
        elif key in NA_KEYS:
            self.answer(row, CheckOutcome.NOT_APPLICABLE)
        elif key == Qt.Key.Key_A:
            self.pass_remaining()
        else:
            return False
        return True
