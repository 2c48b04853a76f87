"""What every read-only flat table of the station shares: counts, titles, re-wording."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class FlatTableModel(QAbstractTableModel):
    """A table without a tree: subclasses give ``COLUMNS``, ``_row_count`` and ``_titles``."""

    COLUMNS: tuple[str, ...] = ()

    def _row_count(self) -> int:
        raise NotImplementedError

    def _titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Columns (none under a valid parent)."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the UI language."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self._titles()
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        """Have the views read the titles and the words of the cells again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        self.refresh_cells()

    def refresh_cells(self, roles: list[int] | None = None) -> None:
        """Tell the views every cell may read differently now."""
        rows = self.rowCount()
        if rows:
            last = self.index(rows - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, roles or [])

    def event(self, event: QEvent) -> bool:
        """Re-word on a language change (the owning widget passes it to its children)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)
