"""The history of inspections as a Qt table model over plain summaries."""

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from qc_station.domain.verdict import Verdict
from qc_station.services.ports import InspectionSummary
from qc_station.ui.icons import verdict_icon
from qc_station.ui.labels import stage_text, verdict_text
from qc_station.ui.models.stored_table_model import Cell, StoredTableModel

VERDICT_BACKGROUND = {
    Verdict.ACCEPT: QColor("#e6f4ea"),
    Verdict.REJECT: QColor("#fce8e6"),
    Verdict.HOLD: QColor("#fff4d6"),
}
TEXT_COLOUR = QColor("#1f1f1f")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole


class HistoryTableModel(StoredTableModel[InspectionSummary]):
    """Rows of ``InspectionSummary``, newest first, read-only."""

    COLUMNS = (
        "time",
        "stage",
        "gtin",
        "sku",
        "merchant",
        "batch",
        "verdict",
        "defects",
        "inspector",
        "version",
    )

    def __init__(self, tz: tzinfo | None = None, parent: Any = None) -> None:
        self._tz = tz
        super().__init__(parent)

    def summary(self, row: int) -> InspectionSummary:
        """The summary shown in ``row``."""
        return self.row_value(row)

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Time"),
            self.tr("Stage"),
            self.tr("GTIN"),
            self.tr("Product"),
            self.tr("Merchant"),
            self.tr("Batch"),
            self.tr("Verdict"),
            self.tr("Defects"),
            self.tr("Inspector"),
            self.tr("Version"),
        )

    def _cells(self, row: InspectionSummary) -> list[Cell]:
        texts = {
            "time": row.submitted_at.astimezone(self._tz).strftime("%m-%d %H:%M"),
            "stage": stage_text(row.stage),
            "gtin": row.gtin,
            "sku": row.sku_name,
            "merchant": row.merchant_name,
            "batch": row.batch or "",
            "verdict": verdict_text(row.verdict),
            "defects": str(row.defects),
            "inspector": row.inspector_name,
            "version": f"v{row.version}",
        }
        shade: Cell = {}
        if row.verdict is not None:
            shade = {
                _BACKGROUND: QBrush(VERDICT_BACKGROUND[row.verdict]),
                _FOREGROUND: QBrush(TEXT_COLOUR),
            }
        cells: list[Cell] = []
        for column in self.COLUMNS:
            cell: Cell = {_DISPLAY: texts[column], ID_ROLE: row.id, **shade}
            if column == "verdict":
                cell[_DECORATION] = verdict_icon(row.verdict)
            cells.append(cell)
        return cells
