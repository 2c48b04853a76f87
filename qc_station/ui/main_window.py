"""The station's main window: a thin shell around its screens and the status bar."""

from datetime import datetime

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
        self.camera_label = QLabel()
        self.scanner_label = QLabel()
        self._camera_state = "no_camera"
        self._last_scan: datetime | None = None
        self._retranslate()
        bar = self.statusBar()
        bar.addWidget(self.station_label)
        bar.addWidget(self.camera_label)
        bar.addWidget(self.scanner_label)
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
        self._show_camera()
        self._show_scanner()
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

    def show_camera_state(self, state: str) -> None:
        """Show what the camera is doing (a ``CameraState`` value)."""
        self._camera_state = state
        self._show_camera()

    def _show_camera(self) -> None:
        words = {
            "starting": self.tr("Camera: starting"),
            "live": self.tr("Camera: live"),
            "no_camera": self.tr("Camera: none"),
            "lost": self.tr("Camera: lost, reconnecting"),
            "ended": self.tr("Camera: video ended"),
            "stopped": self.tr("Camera: off"),
        }
        self.camera_label.setText(words.get(self._camera_state, self._camera_state))

    def show_scanner_scan(self, at: datetime) -> None:
        """A handheld scanner just sent a code (the only sign of life a keyboard wedge gives)."""
        self._last_scan = at
        self._show_scanner()

    def _show_scanner(self) -> None:
        if self._last_scan is None:
            text = self.tr("Scanner: waiting for a scan")
        else:
            when = self._last_scan.astimezone().strftime("%H:%M:%S")
            text = self.tr("Scanner: last scan %1").replace("%1", when)
        self.scanner_label.setText(text)

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
