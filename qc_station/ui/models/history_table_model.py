"""The history of inspections as a Qt table model over plain summaries."""

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from qc_station.domain.verdict import Verdict
from qc_station.services.ports import InspectionSummary
from qc_station.ui.icons import verdict_icon
from qc_station.ui.labels import stage_text, verdict_text
from qc_station.ui.models.flat_table_model import FlatTableModel, Index

VERDICT_BACKGROUND = {
    Verdict.ACCEPT: QColor("#e6f4ea"),
    Verdict.REJECT: QColor("#fce8e6"),
    Verdict.HOLD: QColor("#fff4d6"),
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryTableModel(FlatTableModel):
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
        super().__init__(parent)
        self._tz = tz
        self._rows: list[InspectionSummary] = []

    def set_rows(self, rows: Sequence[InspectionSummary]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> InspectionSummary:
        """The summary shown in ``row``."""
        return self._rows[row]

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

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the verdict's icon and background, and the inspection id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, self._tz)
        if role == Qt.ItemDataRole.DecorationRole and column == "verdict":
            return verdict_icon(row.verdict)
        if role == Qt.ItemDataRole.BackgroundRole and row.verdict is not None:
            return QBrush(VERDICT_BACKGROUND[row.verdict])
        if role == Qt.ItemDataRole.ForegroundRole and row.verdict is not None:
            return QBrush(QColor("#1f1f1f"))
        if role == ID_ROLE:
            return row.id
        return None

    @staticmethod
    def _text(row: InspectionSummary, column: str, tz: tzinfo | None) -> str:
        values = {
            "time": row.submitted_at.astimezone(tz).strftime("%m-%d %H:%M"),
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
        return values[column]
