"""The station's main window: a thin shell around its screens and the status bar."""

from PySide6.QtCore import QTimer
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
        self.setWindowTitle(self.tr("QC Station — %1").replace("%1", station_code))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scan_area, 0)
        layout.addWidget(bottom, 1)
        self.setCentralWidget(central)
        self.station_label = QLabel(self.tr("Station %1").replace("%1", station_code))
        self.outbox_label = QLabel()
        self.store_label = QLabel(store_label)
        self.user_label = QLabel(self.tr("Not signed in"))
        bar = self.statusBar()
        bar.addWidget(self.station_label)
        bar.addWidget(self.outbox_label, 1)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.store_label)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=history.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=history.refresh)
        self._status_timer = QTimer(self, interval=STATUS_REFRESH_MS)

    def show_user(self, user: object) -> None:
        """Show who is signed in."""
        name = getattr(user, "display_name", None)
        self.user_label.setText(
            self.tr("Inspector: %1").replace("%1", name) if name else self.tr("Not signed in")
        )

    def show_outbox(self, pending: int) -> None:
        """Show how many records wait to reach central storage."""
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
