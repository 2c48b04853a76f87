"""Today's work and the history: a filterable, searchable table of inspections."""

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Verdict
from qc_station.services.ports import HistoryQuery, InspectionSummary
from qc_station.ui.labels import stage_text, verdict_text
from qc_station.ui.models.history_table_model import HistoryTableModel
from qc_station.ui.tasks import TaskRunner

HistorySource = Callable[[HistoryQuery], Sequence[InspectionSummary]]

PERIOD_DAYS = (1, 7, 30, 365)
SEARCH_DELAY_MS = 250
SIZE_ROWS = 40  # rows measured to size the columns


class HistoryScreen(QWidget):
    """The inspection history with period, stage, verdict and text filters.

    Signals:
        loaded: the number of rows shown after a query finished.
        failed: a query failed, with the error text.
    """

    loaded = Signal(int)
    failed = Signal(str)
    lab_requested = Signal()
    plans_requested = Signal()

    def __init__(
        self,
        source: HistorySource,
        tasks: TaskRunner,
        now: Callable[[], datetime],
        tz: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._now = now
        self._tz = tz
        self._tasks = tasks
        self._generation = 0
        self._shown: tuple[int, int] | None = None  # rows shown and the query's limit
        self._load_failed = False
        self.model = HistoryTableModel(tz, self)
        self._build()
        self._retranslate()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)

    def _build(self) -> None:
        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.period = self._combo(list(PERIOD_DAYS))
        self.stage = self._combo([None, *Stage])
        self.verdict = self._combo([None, *Verdict])
        self.count_label = QLabel(self)
        self.lab_button = QPushButton(self, minimumHeight=40, visible=False)
        self.lab_button.clicked.connect(self.lab_requested.emit)
        self.plans_button = QPushButton(self, minimumHeight=40, visible=False)
        self.plans_button.clicked.connect(self.plans_requested.emit)
        filters = QHBoxLayout()
        for widget in (self.search, self.period, self.stage, self.verdict, self.count_label):
            filters.addWidget(widget, 3 if widget is self.search else 0)
        filters.addWidget(self.lab_button)
        filters.addWidget(self.plans_button)
        self.table = self._table()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search GTIN, batch, order number or product"))
        self.lab_button.setText(self.tr("Lab samples (F6)"))
        self.plans_button.setText(self.tr("Sampling plans…"))
        texts = {
            self.period: [self._period_text(d) for d in PERIOD_DAYS],
            self.stage: [self.tr("All stages")] + [stage_text(s) for s in Stage],
            self.verdict: [self.tr("All verdicts")] + [verdict_text(v) for v in Verdict],
        }
        for combo, words in texts.items():
            for index, text in enumerate(words):
                combo.setItemText(index, text)
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        """Re-word the filters and the count when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _period_text(self, days: int) -> str:
        if days == 1:
            return self.tr("Today")
        return self.tr("Last %n days", "", days)

    def _combo(self, values: list[object]) -> QComboBox:
        """A filter over ``values``; ``_retranslate`` gives the entries their words."""
        combo = QComboBox(self)
        for value in values:
            combo.addItem("", value)
        combo.currentIndexChanged.connect(lambda _: self.refresh())
        return combo

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(False)
        header = table.horizontalHeader()
        # Sized once from the first rows: sizing to contents on every relayout stalls the GUI.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SIZE_ROWS)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._sized = False
        return table

    def query(self) -> HistoryQuery:
        """The query the filters describe, for the station's local days."""
        now = self._now().astimezone(self._tz)
        days = int(self.period.currentData())
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        text = self.search.text().strip() or None
        return HistoryQuery(
            start=midnight - timedelta(days=days - 1),
            end=now + timedelta(minutes=1),
            station_code=None,
            stage=self.stage.currentData(),
            verdict=self.verdict.currentData(),
            text=text,
        )

    def refresh(self) -> None:
        """Run the query in the background; the newest answer wins."""
        self._generation += 1
        generation = self._generation
        query = self.query()
        self._tasks.run(
            lambda: self._source(query),
            lambda rows: self._show(generation, rows, query.limit),
            lambda error: self._fail(generation, error),
        )

    def _show(self, generation: int, rows: Sequence[InspectionSummary], limit: int) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        if rows and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        self._shown = (len(rows), limit)
        self._load_failed = False
        self._show_count()
        self.loaded.emit(len(rows))

    def _show_count(self) -> None:
        if self._load_failed:
            self.count_label.setText(self.tr("Could not load the history"))
        elif self._shown is None:
            self.count_label.clear()
        elif self._shown[0] >= self._shown[1]:
            text = self.tr("Newest %n shown; narrow the search for older ones", "", self._shown[0])
            self.count_label.setText(text)
        else:
            self.count_label.setText(self.tr("%n inspection(s)", "", self._shown[0]))

    def _fail(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._load_failed = True
            self._show_count()
            self.failed.emit(str(error))
