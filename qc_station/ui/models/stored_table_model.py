"""Read-only tables whose cells live in Qt (``QStandardItemModel``), not in Python.

A view paints by asking its model for every visible cell and role. A model written in
Python answers each ask in Python, and each answer must first take the GIL back from the
worker threads (the store, the decoders): with those busy, painting the history took over
100 ms. Here the rows are turned into items once, when they are set, and painting never
calls Python.
"""

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

Row = TypeVar("Row")
Cell = dict[int, Any]  # role -> value

DISPLAY = Qt.ItemDataRole.DisplayRole.value


class StoredTableModel(QStandardItemModel, Generic[Row]):
    """A table of ``Row`` values: subclasses give ``COLUMNS``, ``_titles`` and ``_cells``."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self._rows: list[Row] = []
        self._set_titles()

    def _titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _cells(self, row: Row) -> list[Cell]:
        """One dict of role -> value per column, in ``COLUMNS`` order."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row (the items are built here, once)."""
        self._rows = list(rows)
        self._fill()

    def _fill(self) -> None:
        self.beginResetModel()
        self.blockSignals(True)  # one reset for the views, not a signal per item
        try:
            self.setRowCount(0)
            self.setRowCount(len(self._rows))
            for number, row in enumerate(self._rows):
                for column, cell in enumerate(self._cells(row)):
                    self.setItem(number, column, _item(cell))
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def row_value(self, row: int) -> Row:
        """The value shown in ``row``."""
        return self._rows[row]

    @property
    def rows(self) -> list[Row]:
        """The values shown, in order."""
        return list(self._rows)

    def _set_titles(self) -> None:
        self.setHorizontalHeaderLabels(list(self._titles()))

    def retranslate(self) -> None:
        """Word the titles and the cells again in the current UI language."""
        self._set_titles()
        if self._rows:
            self._fill()

    def event(self, event: QEvent) -> bool:
        """Re-word on a language change (the owning widget passes it to its children)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)


def _item(cell: Cell) -> QStandardItem:
    item = QStandardItem()
    item.setEditable(False)
    for role, value in cell.items():
        if value is not None:
            item.setData(value, role)
    return item
