"""Lab samples: the list, one sample's decision and chain of custody, and the next step."""

from collections.abc import Callable, Sequence
from datetime import tzinfo
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qc_station.domain.lab import LabSampleStatus
from qc_station.domain.lab_selection import ALWAYS_REASONS
from qc_station.services.lab_views import LabSampleDetail
from qc_station.services.ports import LabSampleSummary
from qc_station.ui.lab_detail_html import detail_html
from qc_station.ui.models.lab_sample_table_model import LabSampleTableModel
from qc_station.ui.tasks import TaskRunner

Overview = Callable[[bool], Sequence[LabSampleSummary]]
LoadDetail = Callable[[str], LabSampleDetail]

BUTTON_HEIGHT = 44


class LabAction(StrEnum):
    """What can be done next with a sample."""

    COLLECT = "collect"
    DISPATCH = "dispatch"
    RECEIVE = "receive"
    RESULT = "result"
    CLOSE = "close"
    CANCEL = "cancel"
    RELEASE = "release"
    TAGS_PDF = "tags_pdf"
    TAGS_PRINTER = "tags_printer"
    REPORT = "report"


_NEXT: dict[LabSampleStatus, frozenset[LabAction]] = {
    LabSampleStatus.SELECTED: frozenset({LabAction.COLLECT, LabAction.CANCEL, LabAction.RELEASE}),
    LabSampleStatus.COLLECTED: frozenset({LabAction.DISPATCH, LabAction.CANCEL, LabAction.RELEASE}),
    LabSampleStatus.DISPATCHED: frozenset({LabAction.RECEIVE}),
    LabSampleStatus.RECEIVED: frozenset({LabAction.RESULT}),
    LabSampleStatus.RESULTED: frozenset({LabAction.CLOSE}),
    LabSampleStatus.CLOSED: frozenset(),
    LabSampleStatus.CANCELLED: frozenset(),
}


def allowed_actions(detail: LabSampleDetail) -> frozenset[LabAction]:
    """The buttons that make sense for the sample as it stands."""
    sample = detail.summary.sample
    actions = set(_NEXT[sample.status])
    by_rule = sample.selection_reason in {r.value for r in ALWAYS_REASONS}
    if by_rule or detail.selection is None:
        actions.discard(LabAction.RELEASE)
    if sample.status is not LabSampleStatus.CANCELLED:
        actions |= {LabAction.TAGS_PDF, LabAction.TAGS_PRINTER}
    if sample.report is not None and sample.report.report_pdf is not None:
        actions.add(LabAction.REPORT)
    return frozenset(actions)


class LabScreen(QWidget):
    """The lab samples of the site with what to do next.

    Signals:
        action_requested: (LabAction value, sample id) when a step button is pressed.
        back_requested: the user wants the history again.
        loaded: the number of samples shown after a load.
        detail_shown: the id of the sample whose detail is shown.
        failed: a load failed, with the error text.
    """

    action_requested = Signal(str, str)
    back_requested = Signal()
    loaded = Signal(int)
    detail_shown = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        overview: Overview,
        load_detail: LoadDetail,
        tasks: TaskRunner,
        tz: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._overview = overview
        self._load_detail = load_detail
        self._tasks = tasks
        self._tz = tz
        self._generation = 0
        self._detail: LabSampleDetail | None = None
        self._wanted: str | None = None  # a sample to show once the list has loaded
        self._rows: list[LabSampleSummary] = []
        self.model = LabSampleTableModel(tz, self)
        self.buttons: dict[LabAction, QPushButton] = {}
        self._build()
        self._retranslate()
        self._show_actions(frozenset())
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.back = QPushButton(self, minimumHeight=BUTTON_HEIGHT)
        self.back.clicked.connect(self.back_requested.emit)
        self.scope = QComboBox(self, minimumHeight=BUTTON_HEIGHT)
        self.scope.addItem("", True)
        self.scope.addItem("", False)
        self.scope.currentIndexChanged.connect(lambda _: self.refresh())
        self.search = QLineEdit(self, clearButtonEnabled=True, minimumHeight=BUTTON_HEIGHT)
        self.search.textChanged.connect(lambda _: self._apply_search())
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.scope)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        self.table = self._table()
        self.detail = QTextBrowser(self, openLinks=False)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.detail, 1)
        column.addLayout(self._button_rows())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(lambda now, _old: self._select(now.row()))
        self._sized = False
        return table

    def _button_rows(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        layout = (
            (LabAction.COLLECT, LabAction.DISPATCH, LabAction.RECEIVE, LabAction.RESULT),
            (LabAction.CLOSE, LabAction.CANCEL, LabAction.RELEASE),
            (LabAction.TAGS_PDF, LabAction.TAGS_PRINTER, LabAction.REPORT),
        )
        for actions in layout:
            row = QHBoxLayout()
            for action in actions:
                button = QPushButton(self, minimumHeight=BUTTON_HEIGHT)
                button.clicked.connect(lambda _=False, a=action: self._request(a))
                self.buttons[action] = button
                row.addWidget(button)
            rows.addLayout(row)
        return rows

    def _retranslate(self) -> None:
        self.back.setText(self.tr("← History (Esc)"))
        self.scope.setItemText(0, self.tr("Samples to act on (not closed)"))
        self.scope.setItemText(1, self.tr("All samples"))
        self.search.setPlaceholderText(self.tr("Search sample code, product, batch or merchant"))
        words = {
            LabAction.COLLECT: self.tr("Collect…"),
            LabAction.DISPATCH: self.tr("Dispatch…"),
            LabAction.RECEIVE: self.tr("Lab received…"),
            LabAction.RESULT: self.tr("Enter result…"),
            LabAction.CLOSE: self.tr("Close"),
            LabAction.CANCEL: self.tr("Cancel sample…"),
            LabAction.RELEASE: self.tr("Not to the lab…"),
            LabAction.TAGS_PDF: self.tr("Tag sheet (PDF)"),
            LabAction.TAGS_PRINTER: self.tr("Print tags (label printer)"),
            LabAction.REPORT: self.tr("Open lab report"),
        }
        for action, text in words.items():
            self.buttons[action].setText(text)
        self._show_count()
        self._render_detail()

    def changeEvent(self, event: QEvent) -> None:
        """Re-word the screen when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self, then_show: str | None = None) -> None:
        """Load the list in the background (newest answer wins); then show ``then_show``."""
        self._generation += 1
        generation = self._generation
        open_only = bool(self.scope.currentData())
        keep = then_show or (self._detail.summary.sample.id if self._detail else None)
        self._wanted = keep
        self._tasks.run(
            lambda: self._overview(open_only),
            lambda rows: self._show_rows(generation, rows),
            lambda error: self._fail(generation, error),
        )

    def show_sample(self, sample_id: str) -> None:
        """Show ``sample_id`` (from a scanned tag), whatever the filter."""
        if self.scope.currentIndex() != 1:
            self.scope.blockSignals(True)
            self.scope.setCurrentIndex(1)  # all samples
            self.scope.blockSignals(False)
        self.refresh(sample_id)

    def _show_rows(self, generation: int, rows: Sequence[LabSampleSummary]) -> None:
        if generation != self._generation:
            return
        self._rows = list(rows)
        self._apply_search()
        if self._rows and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        self.loaded.emit(self.model.rowCount())

    def _apply_search(self) -> None:
        needle = self.search.text().strip().casefold()
        rows = [r for r in self._rows if not needle or needle in _haystack(r)]
        wanted = self._wanted
        self.model.set_rows(rows)
        self._show_count()
        row = self.model.row_of(wanted) if wanted else None
        if row is None and rows:
            row = 0
        if row is None:
            self._detail = None
            self._render_detail()
            self._show_actions(frozenset())
            return
        self.table.selectRow(row)
        self._select(row)

    def _select(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        sample_id = self.model.summary(row).sample.id
        self._wanted = sample_id
        self._tasks.run(
            lambda: self._load_detail(sample_id),
            lambda detail: self._show_detail(sample_id, detail),
            lambda error: self.failed.emit(str(error)),
        )

    def _show_detail(self, sample_id: str, detail: LabSampleDetail) -> None:
        if sample_id != self._wanted:
            return  # the user moved on
        self._detail = detail
        self._render_detail()
        self._show_actions(allowed_actions(detail))
        self.detail_shown.emit(sample_id)

    def _render_detail(self) -> None:
        if self._detail is None:
            nothing = self.tr("No lab sample selected.")
            self.detail.setHtml(f"<p>{nothing}</p>")
        else:
            self.detail.setHtml(detail_html(self._detail, self._tz))

    def _show_actions(self, allowed: frozenset[LabAction]) -> None:
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n sample(s)", "", self.model.rowCount()))

    def _fail(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.count_label.setText(self.tr("Could not load the lab samples"))
            self.failed.emit(str(error))

    def _request(self, action: LabAction) -> None:
        if self._detail is not None:
            self.action_requested.emit(action.value, self._detail.summary.sample.id)

    def known_labs(self) -> list[str]:
        """The labs named on the samples loaded, most used first."""
        counts: dict[str, int] = {}
        for row in self._rows:
            if row.sample.lab_name:
                counts[row.sample.lab_name] = counts.get(row.sample.lab_name, 0) + 1
        return sorted(counts, key=lambda name: -counts[name])

    @property
    def current(self) -> LabSampleDetail | None:
        """The sample whose detail is shown."""
        return self._detail


def _haystack(row: LabSampleSummary) -> str:
    parts = (row.sample.code, row.sku_name, row.gtin, row.batch, row.merchant_name)
    return " ".join(parts).casefold()
