"""A past inspection, read-only: the goods, who and when, the verdict, and every answer.

From here a submitted inspection that is still the latest version can be amended (a new
version is started, with a reason) or voided (a cancelled version is saved, with a reason).
The dialog only asks; the caller does the work and reports back with ``show_problem``.
"""

from collections.abc import Sequence
from datetime import date, datetime, tzinfo

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qc_station.domain.inspection import CheckResult, Inspection, InspectionState
from qc_station.domain.stage import Stage
from qc_station.services.inspection_service import InspectionContext
from qc_station.ui.check_words import (
    defect_text,
    disposition_text,
    item_text,
    outcome_text,
    reason_text,
    severity_text,
)
from qc_station.ui.icons import verdict_icon
from qc_station.ui.label_words import evidence_summary
from qc_station.ui.labels import stage_text, verdict_text

NONE = "—"


class ReasonDialog(QDialog):
    """Asks for the reason of an amendment or a voiding; OK only once a reason is typed.

    Open it with ``open()`` (it never blocks); read ``reason_text()`` when it is accepted.
    """

    def __init__(
        self, title: str, prompt: str, ok_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reason = QLineEdit(self)
        self.reason.setMinimumWidth(360)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self, wordWrap=True))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    def reason_text(self) -> str:
        """The reason typed, without surrounding spaces."""
        return self.reason.text().strip()

    def _on_accepted(self) -> None:
        if self.reason_text():
            self.accept()


class InspectionViewDialog(QDialog):
    """One stored inspection shown read-only, with Amend…, Void… and Close.

    Signals:
        amend_requested: (inspection id, reason) — start a new version of it.
        void_requested: (inspection id, reason) — cancel it.
    """

    amend_requested = Signal(str, str)
    void_requested = Signal(str, str)

    COLUMNS = 6

    def __init__(
        self,
        inspection: Inspection,
        context: InspectionContext,
        tz: tzinfo | None,
        parent: QWidget | None = None,
        *,
        superseded: bool = False,
        inspector_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._inspector_name = inspector_name
        self.inspection = inspection
        self.context = context
        self.superseded = superseded
        self._tz = tz
        self._busy = False
        self.reason_dialog: ReasonDialog | None = None
        self.setWindowTitle(
            self.tr("Inspection %1 v%2")
            .replace("%1", inspection.reference or inspection.id[:8])
            .replace("%2", str(inspection.version))
        )
        self.fields: dict[str, QLabel] = {}
        self.verdict_icon = QLabel(self)
        self.checks_model = QStandardItemModel(0, self.COLUMNS, self)
        self.checks = self._checks_table()
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setStyleSheet("color: #b3261e")
        self.amend_button = QPushButton(self.tr("Amend…"), self)
        self.void_button = QPushButton(self.tr("Void…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.amend_button.clicked.connect(self._ask_amend_reason)
        self.void_button.clicked.connect(self._ask_void_reason)
        self.close_button.clicked.connect(self.reject)
        for button in (self.amend_button, self.void_button):
            button.setAutoDefault(False)  # Enter closes the viewer; it never starts a change
        self.close_button.setDefault(True)
        self._build()
        self._fill_checks()
        self._update_buttons()
        self.resize(860, 620)

    @property
    def can_change(self) -> bool:
        """Whether this version may be amended or voided: submitted, and still the latest."""
        return self.inspection.state is InspectionState.SUBMITTED and not self.superseded

    # ---- building -------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        for key, title, text in self._rows():
            label = QLabel(text, self, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
            if key == "verdict":
                row = QHBoxLayout()
                row.addWidget(self.verdict_icon, 0)
                row.addWidget(label, 1)
                form.addRow(title, row)
            else:
                form.addRow(title, label)
        icon = verdict_icon(self.inspection.verdict)
        if not icon.isNull():
            self.verdict_icon.setPixmap(icon.pixmap(28, 28))
        buttons = QHBoxLayout()
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def _rows(self) -> list[tuple[str, str, str]]:
        inspection = self.inspection
        rows = [
            ("sku", self.tr("Product"), self._sku_text()),
            ("lot", self.tr("Lot"), self._lot_text()),
            ("stage", self.tr("Stage"), stage_text(inspection.stage)),
            ("reference", self.tr("Reference"), inspection.reference or NONE),
        ]
        if inspection.stage is Stage.RETURN:
            reason = inspection.return_reason or NONE
            rows.append(("return_reason", self.tr("Buyer's reason"), reason))
        rows += [
            ("quantity", self.tr("Quantity"), str(inspection.quantity)),
            ("inspector", self.tr("Inspector / station"), self._who_text()),
            ("time", self.tr("Time"), self._time_text(inspection.submitted_at)),
            ("version", self.tr("Version"), self._version_text()),
            ("state", self.tr("State"), self._state_text()),
            ("verdict", self.tr("Verdict"), self._verdict_text()),
            ("reasons", self.tr("Reasons"), self._reasons_text()),
        ]
        if inspection.stage is Stage.RETURN:
            disposition = inspection.disposition
            text = disposition_text(disposition) if disposition is not None else NONE
            rows.append(("disposition", self.tr("Disposition"), text))
        if inspection.label is not None:
            rows.append(("label", self.tr("Label read"), evidence_summary(inspection.label)))
        return rows

    def _checks_table(self) -> QTableView:
        self.checks_model.setHorizontalHeaderLabels(
            [
                self.tr("Check"),
                self.tr("Answer"),
                self.tr("Defect"),
                self.tr("Severity"),
                self.tr("Note"),
                self.tr("Photos"),
            ]
        )
        table = QTableView(self)
        table.setModel(self.checks_model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _fill_checks(self) -> None:
        for check in self._ordered_checks():
            cells = [
                item_text(check.item_code),
                outcome_text(check.outcome),
                f"{defect_text(check.defect_code)} [{check.defect_code}]"
                if check.defect_code
                else "",
                severity_text(check.severity) if check.severity is not None else "",
                check.note,
                str(len(check.photos)),
            ]
            items = []
            for text in cells:
                item = QStandardItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                items.append(item)
            self.checks_model.appendRow(items)

    def _ordered_checks(self) -> Sequence[CheckResult]:
        """The answers in the checklist's order; any the checklist does not list come last."""
        order = {item.code: n for n, item in enumerate(self.context.template.items)}
        indexed = list(enumerate(self.inspection.checks))
        indexed.sort(key=lambda pair: (order.get(pair[1].item_code, len(order)), pair[0]))
        return [check for _, check in indexed]

    # ---- words ----------------------------------------------------------------------------

    def _sku_text(self) -> str:
        sku = self.context.sku
        name = f"{sku.name} {sku.spec}".strip()
        return self.tr("%1 · GTIN %2").replace("%1", name).replace("%2", sku.gtin)

    def _lot_text(self) -> str:
        lot = self.context.lot
        if lot is None:
            return self.tr("no lot")
        return (
            self.tr("%1 (production %2, expiry %3)")
            .replace("%1", lot.batch)
            .replace("%2", _date_text(lot.production_date))
            .replace("%3", _date_text(lot.expiry_date))
        )

    def _who_text(self) -> str:
        inspection = self.inspection
        return (
            self.tr("%1 at station %2")
            .replace("%1", self._inspector_name or inspection.inspector_id)
            .replace("%2", inspection.station_code)
        )

    def _time_text(self, moment: datetime | None) -> str:
        if moment is None:
            return NONE
        return moment.astimezone(self._tz).strftime("%Y-%m-%d %H:%M:%S")

    def _version_text(self) -> str:
        inspection = self.inspection
        parts = [f"v{inspection.version}"]
        if inspection.supersedes_id is not None:
            parts.append(
                self.tr("supersedes v%1").replace("%1", str(max(1, inspection.version - 1)))
            )
            if inspection.state is InspectionState.CANCELLED:
                parts.append(self.tr("voided: %1").replace("%1", inspection.amend_reason))
            else:
                parts.append(self.tr("amended: %1").replace("%1", inspection.amend_reason))
        return " · ".join(parts)

    def _state_text(self) -> str:
        words = {
            InspectionState.DRAFT: self.tr("Draft"),
            InspectionState.SUBMITTED: self.tr("Submitted"),
            InspectionState.CANCELLED: self.tr("Cancelled (voids the previous version)"),
        }
        text = words[self.inspection.state]
        if self.superseded:
            text += " · " + self.tr("superseded by a later version")
        return text

    def _verdict_text(self) -> str:
        if self.inspection.state is InspectionState.CANCELLED:
            return self.tr("No verdict: voided")
        return verdict_text(self.inspection.verdict)

    def _reasons_text(self) -> str:
        if not self.inspection.reasons:
            return NONE
        return "\n".join(f"• {reason_text(r)}" for r in self.inspection.reasons)

    # ---- amend / void ---------------------------------------------------------------------

    def _update_buttons(self) -> None:
        allowed = self.can_change and not self._busy
        self.amend_button.setEnabled(allowed)
        self.void_button.setEnabled(allowed)
        tip = "" if self.can_change else self._why_unchangeable()
        self.amend_button.setToolTip(tip)
        self.void_button.setToolTip(tip)

    def _why_unchangeable(self) -> str:
        if self.inspection.state is InspectionState.CANCELLED:
            return self.tr("A voiding cannot be amended or voided.")
        if self.superseded:
            return self.tr("A later version exists: open the newest one.")
        return self.tr("Only a submitted inspection can be amended or voided.")

    def _ask_amend_reason(self) -> None:
        self._ask_reason(
            self.tr("Amend inspection"),
            self.tr("Why does this inspection need a new version?"),
            self.tr("Amend"),
            self.amend_requested,
        )

    def _ask_void_reason(self) -> None:
        self._ask_reason(
            self.tr("Void inspection"),
            self.tr("Why is this inspection void? A cancelled version will be saved."),
            self.tr("Void"),
            self.void_requested,
        )

    def _ask_reason(self, title: str, prompt: str, ok_text: str, signal: SignalInstance) -> None:
        if not self.can_change or self._busy:
            return
        if self.reason_dialog is not None:
            self.reason_dialog.deleteLater()
        dialog = ReasonDialog(title, prompt, ok_text, self)
        dialog.accepted.connect(lambda: self._on_reason_given(dialog, signal))
        self.reason_dialog = dialog
        dialog.open()

    def _on_reason_given(self, dialog: ReasonDialog, signal: SignalInstance) -> None:
        reason = dialog.reason_text()
        if not reason:
            return
        self.set_busy(True)
        signal.emit(self.inspection.id, reason)

    def set_busy(self, busy: bool) -> None:
        """While the caller works on a request, Amend and Void wait."""
        self._busy = busy
        if busy:
            self.problem.setText(self.tr("Working…"))
        self._update_buttons()

    def show_problem(self, text: str) -> None:
        """Show why a request failed; the inspector may try again."""
        self._busy = False
        self.problem.setText(self.tr("Not done: %1").replace("%1", text))
        self._update_buttons()


def _date_text(day: date | None) -> str:
    return day.isoformat() if day is not None else NONE
