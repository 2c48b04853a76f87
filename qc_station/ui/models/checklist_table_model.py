"""The checklist of a draft as a Qt table model: one row per applicable item."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from qc_station.domain.checklist import CheckItem
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection
from qc_station.ui.check_words import (
    defect_text,
    group_text,
    item_text,
    outcome_text,
    severity_text,
)
from qc_station.ui.models.flat_table_model import FlatTableModel, Index

OUTCOME_BACKGROUND = {
    CheckOutcome.PASS: QColor("#e6f4ea"),
    CheckOutcome.FAIL: QColor("#fce8e6"),
    CheckOutcome.NOT_APPLICABLE: QColor("#eeeeee"),
}


class ChecklistTableModel(FlatTableModel):
    """Items of the checklist with the draft's answers; read-only (answers come by key)."""

    COLUMNS = ("group", "item", "answer", "defect")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[CheckItem, ...] = ()
        self._answers: dict[str, CheckResult] = {}

    def set_checklist(self, items: tuple[CheckItem, ...], draft: Inspection) -> None:
        """Show ``items`` with the answers of ``draft``."""
        self.beginResetModel()
        self._items = items
        self._answers = {c.item_code: c for c in draft.checks}
        self.endResetModel()

    def set_answers(self, draft: Inspection) -> None:
        """Refresh the answers (the items stay)."""
        self._answers = {c.item_code: c for c in draft.checks}
        self.refresh_cells()

    def item(self, row: int) -> CheckItem:
        """The item shown in ``row``."""
        return self._items[row]

    def _titles(self) -> tuple[str, ...]:
        return (self.tr("Group"), self.tr("Check"), self.tr("Answer"), self.tr("Defect"))

    def _row_count(self) -> int:
        return len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The item's words, its answer, and the answer's colour (beside the words)."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        answer = self._answers.get(item.code)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, answer, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.BackgroundRole and answer is not None:
            return QBrush(OUTCOME_BACKGROUND[answer.outcome])
        return None

    @staticmethod
    def _text(item: CheckItem, answer: CheckResult | None, column: str) -> str:
        if column == "group":
            return group_text(item.group)
        if column == "item":
            return item_text(item.code)
        if column == "answer":
            mark = {CheckOutcome.PASS: "✓ ", CheckOutcome.FAIL: "✗ "}
            outcome = answer.outcome if answer else None
            return mark.get(outcome, "") + outcome_text(outcome)  # type: ignore[arg-type]
        if answer is None or answer.defect_code is None or answer.severity is None:
            return answer.note if answer else ""
        text = f"{defect_text(answer.defect_code)} ({severity_text(answer.severity)})"
        return f"{text} — {answer.note}" if answer.note else text
