"""The station's main window: a thin shell around its screens and the status bar."""

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from qc_station.ui.screens.history_screen import HistoryScreen

STATUS_REFRESH_MS = 15_000


class MainWindow(QMainWindow):
    """The window an inspector works in."""

    def __init__(
        self,
        history: HistoryScreen,
        bottom: QWidget,
        scan_area: QWidget,
        station_code: str,
        store_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self._station_code = station_code
        self._user_name: str | None = None
        self._pending: int | None = None
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scan_area, 0)
        layout.addWidget(bottom, 1)
        self.setCentralWidget(central)
        self.station_label = QLabel()
        self.outbox_label = QLabel()
        self.store_label = QLabel(store_label)
        self.user_label = QLabel()
        self._retranslate()
        bar = self.statusBar()
        bar.addWidget(self.station_label)
        bar.addWidget(self.outbox_label, 1)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.store_label)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=history.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=history.refresh)
        self._status_timer = QTimer(self, interval=STATUS_REFRESH_MS)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("QC Station — %1").replace("%1", self._station_code))
        self.station_label.setText(self.tr("Station %1").replace("%1", self._station_code))
        self._show_user_name()
        if self._pending is not None:
            self.show_outbox(self._pending)

    def changeEvent(self, event: QEvent) -> None:
        """Re-word the window when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def show_user(self, user: object) -> None:
        """Show who is signed in."""
        self._user_name = getattr(user, "display_name", None)
        self._show_user_name()

    def _show_user_name(self) -> None:
        name = self._user_name
        self.user_label.setText(
            self.tr("Inspector: %1").replace("%1", name) if name else self.tr("Not signed in")
        )

    def show_outbox(self, pending: int) -> None:
        """Show how many records wait to reach central storage."""
        self._pending = pending
        if pending:
            self.outbox_label.setText(
                self.tr("%n record(s) waiting for central storage", "", pending)
            )
        else:
            self.outbox_label.setText(self.tr("Everything synced to central storage"))

    @property
    def status_timer(self) -> QTimer:
        """Fires when the status bar's figures should be read again."""
        return self._status_timer
