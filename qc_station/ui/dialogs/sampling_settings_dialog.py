"""A supervisor sets, per product category, the inspection level and the AQL of each class.

One table row per category: the ISO 2859-1 inspection level and the AQL of critical, major
and minor defects, each chosen from what the printed tables hold (zero tolerance, or one of
their AQL columns). A row can be put back to the built-in defaults. The dialog only asks:
when "Save plans" is pressed with a supervisor's username and PIN, it turns busy and emits
``submitted`` with the rows that differ from what it was given; the caller checks the PIN and
saves in the background, then closes it with ``accept()`` or calls ``show_problem(text)``,
which makes it editable again for another try.
"""

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qc_station.domain.aql_defaults import DEFAULT_LEVEL, aqls_for
from qc_station.domain.catalogue import ProductCategory
from qc_station.domain.defects import Severity
from qc_station.domain.errors import DomainError
from qc_station.domain.sampling import ZERO_TOLERANCE, parse_aql
from qc_station.domain.sampling_tables import AQL_COLUMNS
from qc_station.services.sampling_service import LEVELS
from qc_station.ui.check_words import severity_text
from qc_station.ui.dialogs.pin_approval import PROBLEM_COLOUR, PinApprovalDialog
from qc_station.ui.labels import category_name

MIN_TARGET_HEIGHT = 40
ROW_HEIGHT = 44
CHANGED_COLOUR = "#0b57d0"
HINT_COLOUR = "#5f6368"
COL_CATEGORY, COL_LEVEL, COL_CRITICAL, COL_MAJOR, COL_MINOR, COL_MARKER = range(6)
SEVERITY_COLUMNS: Mapping[Severity, int] = {
    Severity.CRITICAL: COL_CRITICAL,
    Severity.MAJOR: COL_MAJOR,
    Severity.MINOR: COL_MINOR,
}
AQL_CHOICES: tuple[str, ...] = (ZERO_TOLERANCE, *AQL_COLUMNS)
"""What an AQL combo offers, in order: zero tolerance, then each printed AQL column."""
_GENERAL_LEVELS = frozenset({"I", "II", "III"})


@dataclass(frozen=True, slots=True)
class CategoryPlanRow:
    """A category's sampling setting: the AQL of each defect class and the inspection level.

    ``is_default`` is true when these are the built-in defaults (no supervisor has set the
    category); in the rows the dialog hands back it says whether the new values equal them.
    """

    category: ProductCategory
    aqls: dict[Severity, str]
    level: str
    is_default: bool


@dataclass(frozen=True, slots=True)
class SamplingSettingsValues:
    """Who approves, their PIN, and only the rows whose level or AQLs were changed."""

    username: str
    pin: str
    changed: tuple[CategoryPlanRow, ...]


def _column(aql: str) -> str:
    """``aql`` as the dialog offers it: ``ZERO_TOLERANCE`` or a printed column."""
    return aql if aql.strip() == ZERO_TOLERANCE else parse_aql(aql)


def _checked(row: CategoryPlanRow) -> CategoryPlanRow:
    """``row`` with its AQLs as printed; ``ValueError`` for a value the dialog cannot show."""
    if row.level not in LEVELS:
        raise ValueError(f"{row.category.code}: unknown inspection level {row.level!r}")
    if set(row.aqls) != set(Severity):
        raise ValueError(f"{row.category.code}: an AQL is needed for every defect class")
    try:
        aqls = {severity: _column(row.aqls[severity]) for severity in Severity}
    except DomainError as exc:
        raise ValueError(f"{row.category.code}: {exc}") from exc
    return CategoryPlanRow(row.category, aqls, row.level, row.is_default)


class SamplingSettingsDialog(PinApprovalDialog):
    """The inspection level and the AQLs of every category, changed by a supervisor.

    Open it with ``open()``. Signals:
        submitted: (SamplingSettingsValues) — at least one row changed and the supervisor's
            username and PIN are filled in; the dialog is busy until the caller calls
            ``accept()``, ``show_problem(...)`` or ``set_busy(False)``.

    Args:
        rows: one per category, the values used now. Raises ``ValueError`` for a level not
            in ``LEVELS`` or an AQL that is neither zero tolerance nor a printed column.
    """

    def __init__(self, rows: Sequence[CategoryPlanRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sampling plans per category"))
        self.rows: tuple[CategoryPlanRow, ...] = tuple(_checked(row) for row in rows)
        self.explanation = QLabel(self._explanation_text(), self, wordWrap=True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._plans_table()
        reset_text = self.tr("Reset the selected category to the default")
        self.reset_button = QPushButton(reset_text, self)
        self.reset_button.clicked.connect(self.reset_selected)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("The supervisor's user name"))
        self.pin = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Their PIN"))
        self.problem = QLabel(self, wordWrap=True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save plans"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        for row in self.rows:
            self._add_row(row)
        self._build()
        for widget in (
            self.reset_button,
            self.username,
            self.pin,
            *self.buttons.buttons(),
            *self._combos(),
        ):
            widget.setMinimumHeight(MIN_TARGET_HEIGHT)
        self._chain_tab_order()
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self._update_reset_button()
        self.setMinimumWidth(900)
        self.resize(1120, 680)  # fits a 1366×768 screen with a taskbar
        combos = self._combos()
        (combos[0] if combos else self.username).setFocus()

    # ---- building -------------------------------------------------------------------------

    def _explanation_text(self) -> str:
        columns = self.tr(
            "An AQL must be a column of the printed tables (%1 to %2), or zero tolerance "
            "(accept 0 nonconforming units)."
        )
        lines = (
            self.tr(
                "The inspection level and the AQL of each defect class set the sampling plan"
                " of a category's lots (ISO 2859-1 / GB/T 2828.1, single sampling)."
            ),
            self.tr(
                "Changes apply to lots whose sampling starts after saving; lots already started"
                " keep their plan."
            ),
            columns.replace("%1", AQL_COLUMNS[0]).replace("%2", AQL_COLUMNS[-1]),
            self.tr(
                "Reduced inspection is not offered: its table (2-C) is not in the source tables."
            ),
        )
        return "\n".join([lines[0], *(f"•  {line}" for line in lines[1:])])

    def _plans_table(self) -> QTableWidget:
        table = QTableWidget(0, 6, self)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("Inspection level"),
                *(
                    self.tr("%1 AQL").replace("%1", severity_text(severity))
                    for severity in SEVERITY_COLUMNS
                ),
                "",
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # cells are inputs
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab goes from combo to combo, row by row
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_CATEGORY, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_LEVEL, 150),
            (COL_CRITICAL, 205),
            (COL_MAJOR, 205),
            (COL_MINOR, 205),
            (COL_MARKER, 190),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, width)
        table.setStyleSheet(
            "QTableWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        table.itemSelectionChanged.connect(self._update_reset_button)
        return table

    def _build(self) -> None:
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.reset_button)
        self.username.setMinimumWidth(300)
        self.pin.setMinimumWidth(200)
        approve = QHBoxLayout()
        approve.setSpacing(10)
        approve.addWidget(QLabel(self.tr("Supervisor"), self))
        approve.addWidget(self.username, 3)
        approve.addSpacing(16)
        approve.addWidget(QLabel(self.tr("PIN"), self))
        approve.addWidget(self.pin, 2)
        approve.addStretch(2)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(approve)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _add_row(self, plan: CategoryPlanRow) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(category_name(plan.category))
        name.setData(Qt.ItemDataRole.UserRole, plan.category.code)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, COL_CATEGORY, name)
        level = QComboBox(self.table)
        for code in LEVELS:
            level.addItem(self._level_text(code), code)
        self.table.setCellWidget(row, COL_LEVEL, level)
        for column in SEVERITY_COLUMNS.values():
            aql = QComboBox(self.table)
            for choice in AQL_CHOICES:
                aql.addItem(self._aql_text(choice), choice)
            self.table.setCellWidget(row, column, aql)
        marker = QTableWidgetItem()
        marker.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, COL_MARKER, marker)
        self._show(row, plan.aqls, plan.level)
        for combo in self._row_combos(row):
            combo.installEventFilter(self)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._on_row_edited(r))

    def _level_text(self, level: str) -> str:
        if level in _GENERAL_LEVELS:
            return self.tr("%1 (general)").replace("%1", level)
        return self.tr("%1 (special)").replace("%1", level)

    def _aql_text(self, aql: str) -> str:
        return self.tr("Zero tolerance (Ac 0)") if aql == ZERO_TOLERANCE else aql

    def _chain_tab_order(self) -> None:
        chain = [*self._combos(), self.reset_button, self.username, self.pin]
        chain += [self.ok_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    # ---- rows -----------------------------------------------------------------------------

    def level_combo(self, row: int) -> QComboBox:
        """The inspection level choice of ``row``."""
        widget = self.table.cellWidget(row, COL_LEVEL)
        assert isinstance(widget, QComboBox)
        return widget

    def aql_combo(self, row: int, severity: Severity) -> QComboBox:
        """The AQL choice of ``severity`` in ``row``."""
        widget = self.table.cellWidget(row, SEVERITY_COLUMNS[severity])
        assert isinstance(widget, QComboBox)
        return widget

    def marker_text(self, row: int) -> str:
        """What the last column of ``row`` says: default, changed, or nothing."""
        return self._item(row, COL_MARKER).text()

    def current(self, row: int) -> CategoryPlanRow:
        """``row`` as it is set in the table now."""
        category = self.rows[row].category
        aqls = {s: str(self.aql_combo(row, s).currentData()) for s in SEVERITY_COLUMNS}
        level = str(self.level_combo(row).currentData())
        return CategoryPlanRow(category, aqls, level, self._is_builtin(category, aqls, level))

    def is_changed(self, row: int) -> bool:
        """Whether ``row``'s level or AQLs differ from what the dialog was given."""
        now, given = self.current(row), self.rows[row]
        return (now.aqls, now.level) != (given.aqls, given.level)

    def changed_rows(self) -> tuple[CategoryPlanRow, ...]:
        """The rows whose level or AQLs differ from what the dialog was given, in order."""
        return tuple(self.current(r) for r in range(len(self.rows)) if self.is_changed(r))

    def select_row(self, row: int) -> None:
        """Select ``row`` (the one "Reset" acts on)."""
        self.table.selectRow(row)
        self.table.scrollToItem(self._item(row, COL_CATEGORY))

    def reset_selected(self) -> None:
        """Put the selected row back to the built-in AQLs and inspection level."""
        row = self._selected_row()
        if row < 0 or self.busy:
            return
        self._show(row, aqls_for(self.rows[row].category.code), DEFAULT_LEVEL)

    def _show(self, row: int, aqls: Mapping[Severity, str], level: str) -> None:
        combos = self._row_combos(row)
        for combo in combos:
            combo.blockSignals(True)
        self.level_combo(row).setCurrentIndex(self.level_combo(row).findData(level))
        for severity in SEVERITY_COLUMNS:
            combo = self.aql_combo(row, severity)
            combo.setCurrentIndex(combo.findData(_column(aqls[severity])))
        for combo in combos:
            combo.blockSignals(False)
        self._on_row_edited(row)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _row_combos(self, row: int) -> list[QComboBox]:
        return [self.level_combo(row), *(self.aql_combo(row, s) for s in SEVERITY_COLUMNS)]

    def _combos(self) -> list[QComboBox]:
        return [c for row in range(self.table.rowCount()) for c in self._row_combos(row)]

    @staticmethod
    def _is_builtin(category: ProductCategory, aqls: Mapping[Severity, str], level: str) -> bool:
        return dict(aqls) == aqls_for(category.code) and level == DEFAULT_LEVEL

    def _on_row_edited(self, row: int) -> None:
        changed = self.is_changed(row)
        if changed:
            builtin = self.current(row).is_default
            text = self.tr("Changed (default)") if builtin else self.tr("Changed")
            colour = CHANGED_COLOUR
        else:
            text = self.tr("Default") if self.rows[row].is_default else ""
            colour = HINT_COLOUR
        marker = self._item(row, COL_MARKER)
        marker.setText(text)
        marker.setForeground(QBrush(QColor(colour)))
        font = QFont(self.table.font())
        font.setBold(changed)
        marker.setFont(font)
        self._item(row, COL_CATEGORY).setFont(font)
        self._update_reset_button()

    def _selected_row(self) -> int:
        selection = self.table.selectionModel()
        if selection is None or not selection.hasSelection():
            return -1
        return self.table.currentRow()

    def _update_reset_button(self) -> None:
        row = self._selected_row()
        differs = row >= 0 and not self.current(row).is_default
        self.reset_button.setEnabled(differs and not self.busy)

    def _row_of(self, widget: QObject) -> int:
        for row in range(self.table.rowCount()):
            if any(combo is widget for combo in self._row_combos(row)):
                return row
        return -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Focus in a row's combo selects the row; the wheel only turns a combo with focus."""
        if event.type() == QEvent.Type.FocusIn:
            row = self._row_of(watched)
            if row >= 0:
                self.select_row(row)
        elif (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QComboBox)
            and not watched.hasFocus()
        ):
            QApplication.sendEvent(self.table.verticalScrollBar(), event)
            return True  # scrolling the table never changes a plan on the way
        return super().eventFilter(watched, event)

    # ---- approving ------------------------------------------------------------------------

    def values(self) -> SamplingSettingsValues:
        """What was entered: the username without surrounding spaces, the PIN as is."""
        return SamplingSettingsValues(
            self.username.text().strip(), self.pin.text(), self.changed_rows()
        )

    def _lockable(self) -> list[QWidget]:
        return [*super()._lockable(), *self._combos()]

    def set_busy(self, busy: bool) -> None:
        """While the caller checks the PIN and saves, nothing can be changed or cancelled."""
        super().set_busy(busy)
        self._update_reset_button()

    def _problem(self) -> tuple[str, QWidget] | None:
        if not self.changed_rows():
            combos = self._combos()
            return self.tr("No plan has been changed."), (combos[0] if combos else self.ok_button)
        return self._credentials_problem()
