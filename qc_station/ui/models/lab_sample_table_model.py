"""Lab samples as a Qt table model over plain summaries."""

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from qc_station.domain.lab import LabResult, LabSample, LabSampleStatus
from qc_station.services.ports import LabSampleSummary
from qc_station.ui.lab_words import lot_status_text, reason_text, result_text, status_text
from qc_station.ui.models.stored_table_model import Cell, StoredTableModel

RESULT_BACKGROUND = {LabResult.PASS: QColor("#e6f4ea"), LabResult.FAIL: QColor("#fce8e6")}
OPEN_BACKGROUND = QColor("#fff4d6")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LabSampleTableModel(StoredTableModel[LabSampleSummary]):
    """Rows of ``LabSampleSummary``, newest first, read-only."""

    COLUMNS = (
        "code",
        "status",
        "sku",
        "merchant",
        "batch",
        "selected",
        "reason",
        "lab",
        "result",
        "lot",
    )

    def __init__(self, tz: tzinfo | None = None, parent: Any = None) -> None:
        self._tz = tz
        super().__init__(parent)

    def summary(self, row: int) -> LabSampleSummary:
        """The summary shown in ``row``."""
        return self.row_value(row)

    def row_of(self, sample_id: str) -> int | None:
        """The row showing ``sample_id``, if it is shown."""
        for row, summary in enumerate(self.rows):
            if summary.sample.id == sample_id:
                return row
        return None

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Sample"),
            self.tr("Status"),
            self.tr("Product"),
            self.tr("Merchant"),
            self.tr("Batch"),
            self.tr("Selected"),
            self.tr("Why"),
            self.tr("Lab"),
            self.tr("Result"),
            self.tr("Lot"),
        )

    def _cells(self, row: LabSampleSummary) -> list[Cell]:
        colour = _background(row)
        shade: Cell = {}
        if colour is not None:
            shade = {
                Qt.ItemDataRole.BackgroundRole: QBrush(colour),
                Qt.ItemDataRole.ForegroundRole: QBrush(QColor("#1f1f1f")),
            }
        return [
            {Qt.ItemDataRole.DisplayRole: self._text(row, column), ID_ROLE: row.sample.id, **shade}
            for column in self.COLUMNS
        ]

    def _text(self, row: LabSampleSummary, column: str) -> str:
        sample = row.sample
        values = {
            "code": sample.code,
            "status": status_text(sample.status),
            "sku": row.sku_name,
            "merchant": row.merchant_name,
            "batch": row.batch,
            "selected": sample.selected_at.astimezone(self._tz).strftime("%m-%d %H:%M"),
            "reason": reason_text(sample.selection_reason),
            "lab": sample.lab_name,
            "result": ""
            if sample.status is LabSampleStatus.CANCELLED
            else result_text(sample.result),
            "lot": lot_status_text(row.lot_status),
        }
        return values[column]


def _result_text(sample: LabSample) -> str:
    return "" if sample.status is LabSampleStatus.CANCELLED else result_text(sample.result)


def _background(row: LabSampleSummary) -> QColor | None:
    sample = row.sample
    if sample.result is not None:
        return RESULT_BACKGROUND[sample.result]
    if sample.holds_lot:
        return OPEN_BACKGROUND
    return None
