"""The scan panel: the scan field, the stage, and what the last scan found."""

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.errors import DomainError
from qc_station.domain.label_dates import (
    DateField,
    DateMismatch,
    compare_printed_dates,
    parse_printed_date,
)
from qc_station.domain.sampling import SwitchingStatus
from qc_station.domain.scan import Gs1Data, ScanEvent, ScanSource
from qc_station.domain.stage import Stage
from qc_station.services.lot_insight import LotInsight
from qc_station.services.scan_service import ScanOutcome, ScanState
from qc_station.ui.labels import category_name, risk_text, stage_text
from qc_station.ui.photos import thumbnail_image
from qc_station.ui.sampling_words import insight_html, risk_tooltip
from qc_station.ui.scan_words import scan_error_text
from qc_station.ui.tasks import TaskRunner

Resolver = Callable[[ScanEvent, Stage], ScanOutcome]
REFERENCE_PHOTO_SIZE = QSize(160, 120)
RISK_COLOURS = {RiskLevel.LOW: "#1b7f3b", RiskLevel.MEDIUM: "#7a5800", RiskLevel.HIGH: "#b3261e"}


class ScanPanel(QWidget):
    """Takes scans (typed, from a handheld scanner or the camera) and shows their result.

    Signals:
        resolved: a scan was looked up (the ``ScanOutcome``).
        insight_shown: the lot's risk, sampling and lab line was shown (the ``LotInsight``).
        send_to_lab_requested: a supervisor wants this lot sampled for the lab (the outcome).
        resume_requested: a supervisor wants to resume a discontinued merchant+SKU (the outcome).
        register_requested: the inspector asked a supervisor to register an unknown GTIN.
        label_dates_checked: the dates typed from the label were compared with the barcode's
            (a tuple of ``DateMismatch``, empty when they agree).
    """

    resolved = Signal(object)
    insight_shown = Signal(object)
    send_to_lab_requested = Signal(object)
    resume_requested = Signal(object)
    register_requested = Signal(object)
    label_dates_checked = Signal(object)

    def __init__(
        self,
        resolve: Resolver,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        read_photo: Callable[[str], bytes] | None = None,
        insight: Callable[[str, str], LotInsight] | None = None,
        set_lot_size: Callable[[str, int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._resolve = resolve
        self._tasks = tasks
        self._read_photo = read_photo
        self._insight = insight
        self.insight = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self._set_lot_size = set_lot_size
        self._shown_lot_size = 0
        self.lot_size = QSpinBox(self, minimum=0, maximum=10_000_000, minimumHeight=40)
        self.lot_size.setSpecialValueText("?")
        self.lot_size_label = QLabel(self)
        self.lot_size_button = QPushButton(self, minimumHeight=40)
        self.lot_size_button.clicked.connect(self._on_lot_size_entered)
        self.lot_size.editingFinished.connect(self._on_lot_size_entered)
        self.send_to_lab_button = QPushButton(self, minimumHeight=40)
        self.send_to_lab_button.clicked.connect(
            lambda: self._last is not None and self.send_to_lab_requested.emit(self._last)
        )
        self.resume_button = QPushButton(self, minimumHeight=40)
        self.resume_button.clicked.connect(
            lambda: self._last is not None and self.resume_requested.emit(self._last)
        )
        self.reference_photo = QLabel(self)
        self.reference_photo.setFixedSize(REFERENCE_PHOTO_SIZE)
        self._last: ScanOutcome | None = None
        self.field = QLineEdit(self, clearButtonEnabled=True)
        self.field.returnPressed.connect(self._on_field_return_pressed)
        self.stage_buttons = self._stage_buttons()
        self.result = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.result.setMinimumHeight(96)
        self.register_button = QPushButton(self)
        self.register_button.setVisible(False)
        self.register_button.clicked.connect(self._on_register_clicked)
        self.label_mismatches: tuple[DateMismatch, ...] = ()
        self.printed_production = self._date_field()
        self.printed_expiry = self._date_field()
        self.date_check = QLabel(self)
        self.reference = QLineEdit(self, clearButtonEnabled=True)
        self.return_reason = QComboBox(self, editable=True)
        self.return_reason.addItems(self._return_reasons())
        self.return_reason.setCurrentIndex(-1)
        self.stage_buttons.idToggled.connect(lambda _id, on: on and self._on_stage_changed())
        self._layout()
        self._retranslate()
        self._show_date_fields(False)
        self._show_lot_size(False)
        self.send_to_lab_button.setVisible(False)
        self.resume_button.setVisible(False)
        self.show_text(self.tr("Ready. Scan a product."))

    def _stage_buttons(self) -> QButtonGroup:
        group = QButtonGroup(self)
        for index, stage in enumerate(Stage):
            button = QPushButton(self, checkable=True)
            button.setMinimumHeight(40)
            button.setProperty("stage", stage.value)
            group.addButton(button, index)
        group.button(0).setChecked(True)
        return group

    def _return_reasons(self) -> list[str]:
        """The reasons buyers give most (the inspector may type another)."""
        return [
            self.tr("Changed my mind"),
            self.tr("7-day no-reason return"),
            self.tr("Damaged packaging"),
            self.tr("Wrong item sent"),
            self.tr("Quality problem"),
            self.tr("Close to expiry"),
            self.tr("Not as described"),
        ]

    def _on_stage_changed(self) -> None:
        placeholders = {
            Stage.INBOUND: self.tr("Receiving note / ASN number"),
            Stage.OUTBOUND: self.tr("Order or wave number"),
            Stage.RETURN: self.tr("Return order number"),
        }
        self.reference.setPlaceholderText(placeholders[self.stage])
        self.return_reason.setVisible(self.stage is Stage.RETURN)
        self.return_reason.lineEdit().setPlaceholderText(self.tr("Buyer's stated reason"))

    @property
    def reference_text(self) -> str:
        """The paperwork number the next inspections belong to (kept across scans)."""
        return self.reference.text().strip()

    @property
    def return_reason_text(self) -> str:
        """The buyer's stated reason, on returns."""
        return self.return_reason.currentText().strip() if self.stage is Stage.RETURN else ""

    def _retranslate(self) -> None:
        """Re-apply the words that do not depend on a scan (a shown result keeps its words)."""
        self.field.setPlaceholderText(self.tr("Scan or type a barcode, then Enter"))
        self.reference_photo.setToolTip(self.tr("The approved product, as listed"))
        for button in self.stage_buttons.buttons():
            button.setText(stage_text(Stage(str(button.property("stage")))))
        self.register_button.setText(self.tr("Register this product (supervisor)"))
        self.lot_size_label.setText(self.tr("Units received in this lot"))
        self.lot_size_button.setText(self.tr("Set lot size"))
        self.send_to_lab_button.setText(self.tr("Send to the lab… (supervisor)"))
        self.resume_button.setText(self.tr("Resume inspection… (supervisor)"))
        self.printed_production.setPlaceholderText(self.tr("Production date on the label"))
        self.printed_expiry.setPlaceholderText(self.tr("Expiry date on the label"))
        for index, reason in enumerate(self._return_reasons()):
            self.return_reason.setItemText(index, reason)
        self._on_stage_changed()

    def changeEvent(self, event: QEvent) -> None:
        """Re-word the panel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _date_field(self) -> QLineEdit:
        field = QLineEdit(self, clearButtonEnabled=True)
        field.editingFinished.connect(self._on_printed_date_entered)
        return field

    def _show_date_fields(self, visible: bool) -> None:
        for widget in (self.printed_production, self.printed_expiry, self.date_check):
            widget.setVisible(visible)
            if isinstance(widget, QLineEdit):
                widget.clear()
        self.date_check.clear()
        self.label_mismatches = ()

    def _on_printed_date_entered(self) -> None:
        gs1 = self._last.gs1 if self._last is not None else None
        if gs1 is None:
            return
        try:
            production = parse_printed_date(self.printed_production.text())
            expiry = parse_printed_date(self.printed_expiry.text())
        except DomainError as error:
            self.date_check.setText(self.tr("Not a date: %1").replace("%1", error.detail))
            return
        if production is None and expiry is None:
            return
        self.label_mismatches = compare_printed_dates(gs1, production, expiry)
        self.date_check.setText(self._date_verdict(gs1))
        self.label_dates_checked.emit(self.label_mismatches)

    def _date_verdict(self, gs1: Gs1Data) -> str:
        if gs1.production_date is None and gs1.shelf_end is None:
            return self.tr("The barcode carries no dates to compare.")
        if not self.label_mismatches:
            return "✓ " + self.tr("The label's dates match the barcode.")
        parts = [
            self.tr("%1: label %2, barcode %3")
            .replace("%1", self._field_name(m.field))
            .replace("%2", m.printed.isoformat())
            .replace("%3", m.barcode.isoformat())
            for m in self.label_mismatches
        ]
        return "✗ " + self.tr("Label defect, dates differ: ") + "; ".join(parts)

    def _field_name(self, field: DateField) -> str:
        if field is DateField.PRODUCTION:
            return self.tr("production date")
        return self.tr("expiry date")

    def _layout(self) -> None:
        stages = QHBoxLayout()
        for button in self.stage_buttons.buttons():
            stages.addWidget(button)
        top = QHBoxLayout()
        top.addLayout(stages)
        top.addWidget(self.field, 1)
        paperwork = QHBoxLayout()
        paperwork.addWidget(self.reference, 1)
        paperwork.addWidget(self.return_reason, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(paperwork)
        card = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.result, 1)
        text.addWidget(self.insight, 0)
        size_row = QHBoxLayout()
        size_row.addWidget(self.lot_size_label)
        size_row.addWidget(self.lot_size)
        size_row.addWidget(self.lot_size_button)
        size_row.addStretch(1)
        size_row.addWidget(self.send_to_lab_button)
        size_row.addWidget(self.resume_button)
        text.addLayout(size_row)
        card.addLayout(text, 1)
        card.addWidget(self.reference_photo, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(card, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.printed_production)
        dates.addWidget(self.printed_expiry)
        layout.addLayout(dates)
        layout.addWidget(self.date_check)
        layout.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def stage(self) -> Stage:
        """The stage the inspector works at."""
        checked = self.stage_buttons.checkedButton()
        return Stage(str(checked.property("stage")))

    def submit(self, event: ScanEvent) -> None:
        """Look ``event`` up in the background and show what it found."""
        stage = self.stage
        self.show_text(self.tr("Looking up %1 …").replace("%1", html.escape(event.text)))
        self._tasks.run(
            lambda: self._resolve(event, stage),
            self._show_outcome,
            lambda error: self.show_text(html.escape(str(error))),
            lane="write",
        )

    def resubmit_last(self) -> None:
        """Look the last scan up again (after its SKU was registered)."""
        if self._last is not None:
            self.submit(self._last.event)

    def _on_field_return_pressed(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        self.field.clear()
        self.submit(ScanEvent(text, ScanSource.MANUAL, datetime.now(UTC)))

    def _on_register_clicked(self) -> None:
        if self._last is not None:
            self.register_requested.emit(self._last)

    def show_text(self, text: str) -> None:
        """Show a message in the result area."""
        self.result.setText(text)

    def _show_outcome(self, outcome: ScanOutcome) -> None:
        self._last = outcome
        self.register_button.setVisible(outcome.state is ScanState.UNKNOWN_GTIN)
        self._show_date_fields(outcome.state is ScanState.FOUND)
        self._show_reference_photo(outcome)
        self.show_text(self._describe(outcome))
        self._show_insight(outcome)
        self.resolved.emit(outcome)

    def _show_lot_size(self, visible: bool, units: int = 0) -> None:
        for widget in (self.lot_size_label, self.lot_size, self.lot_size_button):
            widget.setVisible(visible)
        self.lot_size.setValue(units)
        self._shown_lot_size = units

    def _on_lot_size_entered(self) -> None:
        outcome, units = self._last, self.lot_size.value()
        if self._set_lot_size is None or outcome is None or outcome.lot is None or units < 1:
            return
        if units == self._shown_lot_size:
            return  # nothing changed (focus left the field)
        if not self.lot_size_button.isEnabled():
            return
        store, lot_id = self._set_lot_size, outcome.lot.id
        self.lot_size_button.setEnabled(False)
        self._tasks.run(
            lambda: store(lot_id, units),
            lambda _lot: self._lot_size_saved(),
            lambda error: self._lot_size_refused(error),
            lane="write",
        )

    def _lot_size_saved(self) -> None:
        self.lot_size_button.setEnabled(True)
        self.refresh_insight()

    def _lot_size_refused(self, error: BaseException) -> None:
        self.lot_size_button.setEnabled(True)
        self.insight.setText(html.escape(getattr(error, "message", str(error))))

    def _show_insight(self, outcome: ScanOutcome) -> None:
        self.insight.clear()
        self.insight.setToolTip("")
        self._show_lot_size(False)
        self.send_to_lab_button.setVisible(False)
        self.resume_button.setVisible(False)
        if self._insight is None or outcome.sku is None or outcome.lot is None:
            return
        read, sku_id, lot_id = self._insight, outcome.sku.id, outcome.lot.id
        inbound = self.stage is Stage.INBOUND
        self._tasks.run(
            lambda: read(sku_id, lot_id),
            lambda insight: self._set_insight(outcome, insight, inbound),
            lambda error: self.insight.setText(html.escape(str(error))),
        )

    def _set_insight(self, outcome: ScanOutcome, insight: LotInsight, inbound: bool) -> None:
        if self._last is not outcome:
            return  # a newer scan replaced it meanwhile
        self.insight.setText(insight_html(insight, inbound))
        self.insight.setToolTip(risk_tooltip(insight))
        started = insight.sampling is not None and insight.sampling.started
        can_enter = inbound and self._set_lot_size is not None and not started
        self._show_lot_size(can_enter, insight.lot_size)
        open_sample = any(sample.holds_lot for sample in insight.lab_samples)
        self.send_to_lab_button.setVisible(inbound and not open_sample)
        self.resume_button.setVisible(
            inbound and insight.switching.status is SwitchingStatus.DISCONTINUED
        )
        self.insight_shown.emit(insight)

    def refresh_insight(self) -> None:
        """Read the last lot's insight again (after a save changed its sampling)."""
        if self._last is not None:
            self._show_insight(self._last)

    def _show_reference_photo(self, outcome: ScanOutcome) -> None:
        self.reference_photo.clear()
        sha = outcome.sku.reference_photo if outcome.sku else None
        if sha is None or self._read_photo is None:
            return
        read = self._read_photo
        self._tasks.run(
            lambda: thumbnail_image(read(sha), REFERENCE_PHOTO_SIZE),
            lambda image: self._set_reference_photo(outcome, image),
            lambda _error: self.reference_photo.setText(self.tr("photo missing")),
        )

    def _set_reference_photo(self, outcome: ScanOutcome, image: QImage) -> None:
        if self._last is outcome:  # a newer scan has not replaced it meanwhile
            self.reference_photo.setPixmap(QPixmap.fromImage(image))

    def _describe(self, outcome: ScanOutcome) -> str:
        code = html.escape(outcome.event.text)
        if outcome.state is ScanState.INVALID:
            reason = scan_error_text(outcome.error_code, outcome.error_detail)
            return f"<b>✗ {html.escape(reason)}</b><br>{code}"
        gtin = outcome.gs1.gtin if outcome.gs1 else ""
        if outcome.state is ScanState.UNKNOWN_GTIN:
            text = self.tr("Unknown product %1: it is not in the catalogue.").replace("%1", gtin)
            return f"<b>? {html.escape(text)}</b>"
        return self._describe_found(outcome)

    def _describe_found(self, outcome: ScanOutcome) -> str:
        assert outcome.sku is not None and outcome.merchant is not None
        sku = outcome.sku
        lines = [
            f"<b style='font-size:15pt'>✓ {html.escape(sku.name)}</b> {html.escape(sku.spec)}",
            f"{html.escape(outcome.merchant.name)} · {sku.gtin}",
        ]
        if outcome.category is not None:
            colour = RISK_COLOURS[sku.risk]
            badge = f"<b style='color:{colour}'>■ {html.escape(risk_text(sku.risk))}</b>"
            lines.append(f"{html.escape(category_name(outcome.category))} · {badge}")
        lines.append(self._lot_line(outcome))
        return "<br>".join(lines)

    def _lot_line(self, outcome: ScanOutcome) -> str:
        prefill = outcome.prefill
        if prefill.batch is None:
            return html.escape(self.tr("No batch in the code: enter the batch from the label."))
        parts = [self.tr("Batch %1").replace("%1", prefill.batch)]
        if prefill.production_date:
            parts.append(self.tr("made %1").replace("%1", prefill.production_date.isoformat()))
        if prefill.expiry_date:
            parts.append(self.tr("expires %1").replace("%1", prefill.expiry_date.isoformat()))
        if outcome.lot_created:
            parts.append(self.tr("new lot registered"))
        elif outcome.lot_unknown:
            parts.append(self.tr("this station has no such lot"))
        return html.escape(" · ".join(parts))
