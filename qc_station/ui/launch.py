"""Building and running the Qt application around services made by the composition root."""

import gc
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QLockFile, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMessageBox, QStackedWidget, QWidget

from qc_station.domain.inspection import Inspection
from qc_station.domain.lab import LabSample, LabSampleStatus
from qc_station.domain.users import User
from qc_station.domain.wedge import WedgeConfig
from qc_station.errors import QcError, StoreCorrupt
from qc_station.services.inspection_service import InspectionContext
from qc_station.services.lot_insight import LotInsight
from qc_station.services.ports import HistoryQuery, InspectionSummary
from qc_station.settings import StationSettings
from qc_station.ui.dialogs.defect_dialog import PhotoTaker
from qc_station.ui.history_flow import HistoryFlow, LoadInspection
from qc_station.ui.i18n import Translations, install_fonts
from qc_station.ui.icons import icon
from qc_station.ui.inspection_flow import InspectionFlow, SignIn, StartInspection
from qc_station.ui.lab_flow import LabFlow, LabPorts
from qc_station.ui.label_flow import LabelFlow, LabelPorts
from qc_station.ui.lot_actions_flow import LotActionsFlow
from qc_station.ui.main_window import MainWindow
from qc_station.ui.registration_flow import CatalogueLists, Register, RegistrationFlow
from qc_station.ui.sampling_settings_flow import PlanPorts, SamplingSettingsFlow
from qc_station.ui.scanner.camera_view import CameraView
from qc_station.ui.scanner.camera_worker import CameraWorker
from qc_station.ui.scanner.ports import CameraState, Decode, FrameSourceOpener
from qc_station.ui.scanner_input import ScannerInput
from qc_station.ui.screens.history_screen import HistoryScreen
from qc_station.ui.screens.inspection_screen import InspectionScreen, Submit
from qc_station.ui.screens.lab_screen import LabScreen
from qc_station.ui.screens.scan_panel import Resolver, ScanPanel
from qc_station.ui.settings_flow import SettingsFlow
from qc_station.ui.tasks import TaskRunner

GIL_SWITCH_INTERVAL_S = 0.001  # Python's default is 5 ms
SCAN_AREA_HEIGHT = 372  # the card at its fullest: product, lot, risk, plan, lab, dates
PREVIEW_SIZE = QSize(480, 270)  # 16:9; leaves the history two thirds of a 1366×768 screen


@dataclass(frozen=True)
class StationPorts:
    """What the window needs from the station, as plain callables made by the composition root."""

    history: Callable[[HistoryQuery], Sequence[InspectionSummary]]
    pending_count: Callable[[], int]
    now: Callable[[], datetime]
    tz: tzinfo | None
    resolve_scan: Resolver
    catalogue_lists: CatalogueLists
    register_sku: Register
    station_code: str
    store_label: str
    scanner_prefix: str = ""  # characters the handheld scanners send before each code
    camera: FrameSourceOpener | None = None  # None: no camera configured
    decode: Decode | None = None  # the live-preview decoder for the camera
    sound: bool = True
    sign_in: SignIn | None = None
    start_inspection: StartInspection | None = None
    submit_inspection: Submit | None = None
    today: Callable[[], date] | None = None
    store_photo: Callable[[bytes], str] | None = None  # keeps JPEG bytes, returns the SHA-256
    read_photo: Callable[[str], bytes] | None = None
    view_inspection: LoadInspection | None = None
    amend_inspection: Callable[[str, str, str], tuple[Inspection, InspectionContext]] | None = None
    void_inspection: Callable[[str, str, str], Inspection] | None = None
    load_settings: Callable[[], StationSettings] | None = None
    save_settings: Callable[[StationSettings], None] | None = None
    lab: LabPorts | None = None  # None: this window does not track lab samples
    label: LabelPorts | None = None  # None: this window does not read labels
    lot_insight: Callable[[str, str], LotInsight] | None = None  # risk/sampling/lab of a lot
    set_lot_size: Callable[[str, int], object] | None = None  # units received in a lot
    plans: PlanPorts | None = None  # None: no sampling-plan settings in this window


class GuiParts:
    """The running window and what it needs, so tests can drive it."""

    def __init__(self, app: QApplication, ports: StationPorts, translations: Translations) -> None:
        self.app = app
        self.translations = translations
        self.tasks = TaskRunner(app)
        self.history = HistoryScreen(ports.history, self.tasks, ports.now, ports.tz)
        self.scan = ScanPanel(
            ports.resolve_scan,
            self.tasks,
            read_photo=ports.read_photo,
            insight=ports.lot_insight,
            set_lot_size=ports.set_lot_size,
        )
        self.camera_view = CameraView(sound=ports.sound)
        self.camera_view.setFixedSize(PREVIEW_SIZE)
        self.camera = self._camera_worker(ports)
        scan_area = self.scan_area = QWidget()
        # A fixed height keeps what a scan changes (the card's lines) inside the scan area: a
        # growing card would relayout and repaint the whole window on every scan.
        scan_area.setFixedHeight(SCAN_AREA_HEIGHT)
        row = QHBoxLayout(scan_area)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.camera_view, 0)
        row.addWidget(self.scan, 1)
        camera = None
        if ports.store_photo is not None:
            camera = PhotoTaker(self.camera_view.latest_frame, ports.store_photo, self.tasks)
        self.inspection = InspectionScreen(
            ports.submit_inspection or _no_submit,
            self.tasks,
            ports.today or date.today,
            camera=camera,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.history)
        self.stack.addWidget(self.inspection)
        self.window = MainWindow(
            self.history, self.stack, scan_area, ports.station_code, ports.store_label
        )
        self.flow = InspectionFlow(
            ports.sign_in or _no_sign_in,
            ports.start_inspection or _no_start,
            self.tasks,
            self.scan,
            self.inspection,
            self.history,
            self.stack,
            self.window,
        )
        self.flow.user_changed.connect(self.window.show_user)
        self.label_flow: LabelFlow | None = None
        if ports.label is not None:
            self.label_flow = self._label_flow(ports)
        self.lab_screen: LabScreen | None = None
        self.lab_flow: LabFlow | None = None
        self.lot_actions: LotActionsFlow | None = None
        if ports.lab is not None:
            self._add_lab(ports.lab, ports.tz)
        self.history_flow = self._history_flow(ports)
        self.plans_flow: SamplingSettingsFlow | None = None
        if ports.plans is not None:
            self.plans_flow = SamplingSettingsFlow(ports.plans, self.tasks, self.window)
            self.history.plans_button.setVisible(True)
            self.history.plans_requested.connect(self.plans_flow.open)
            self.plans_flow.saved.connect(self._on_plans_saved)
        self.settings_flow: SettingsFlow | None = None
        if ports.load_settings is not None and ports.save_settings is not None:
            self.settings_flow = SettingsFlow(
                ports.load_settings, ports.save_settings, translations, self.tasks, self.window
            )
            QShortcut(QKeySequence("Ctrl+,"), self.window, activated=self.settings_flow.open)
            self.settings_flow.restart_needed.connect(self._on_restart_needed)
        self.registration = RegistrationFlow(
            ports.catalogue_lists, ports.register_sku, self.tasks, self.window
        )
        self.scan.register_requested.connect(self.registration.start)
        self.registration.registered.connect(self._on_registered)
        self.wedge = ScannerInput(self.window, WedgeConfig(prefix=tuple(ports.scanner_prefix)))
        self.wedge.scanned.connect(self.scan.submit)
        self.wedge.scanned.connect(lambda event: self.window.show_scanner_scan(event.at))
        self._pending_count = ports.pending_count
        self.window.status_timer.timeout.connect(self.refresh_status)

    def _add_lab(self, lab: LabPorts, tz: tzinfo | None) -> None:
        screen = LabScreen(lab.overview, lab.detail, self.tasks, tz)
        self.stack.addWidget(screen)
        self.lab_screen = screen
        # The lab samples need the room; the scan area comes back with any other screen.
        self.stack.currentChanged.connect(
            lambda _index: self.scan_area.setVisible(self.stack.currentWidget() is not screen)
        )
        self.lab_flow = LabFlow(lab, self.tasks, screen, lambda: self.flow.user, self.window)
        self.lab_flow.message.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        self.lab_flow.done.connect(lambda *_: self.refresh_status())
        self.lot_actions = LotActionsFlow(
            lab.verify_supervisor,
            lab.send_to_lab,
            lab.resume_sampling,
            self.tasks,
            self.scan,
            self.window,
        )
        self.lot_actions.done.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        screen.back_requested.connect(self.show_history)
        self.history.lab_button.setVisible(True)
        self.history.lab_requested.connect(self.show_lab)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self.window, activated=self.show_lab)
        self.inspection.saved.connect(lambda saved: self._tell_lab_sample(lab, saved))
        self.inspection.saved.connect(lambda _saved: self.scan.refresh_insight())

    def _tell_lab_sample(self, lab: LabPorts, saved: Inspection) -> None:
        """After a save: tell the inspector when the lot was just selected for the lab."""
        lot_id = saved.lot_id
        if lot_id is None:
            return
        self.tasks.run(lambda: lab.samples_of_lot(lot_id), self._show_lab_notice)

    def _show_lab_notice(self, samples: list[LabSample]) -> None:
        waiting = [s for s in samples if s.status is LabSampleStatus.SELECTED]
        if not waiting:
            return
        text = self.app.translate(
            "launch", "This lot goes to the lab: take sample %1 now (F6 opens the lab samples)."
        ).replace("%1", waiting[0].code)
        self.scan.show_text(text)
        self.window.statusBar().showMessage(text, 15000)

    def show_lab(self, sample_id: str | None = None) -> None:
        """Show the lab samples (at ``sample_id`` if given) and load them."""
        if self.lab_screen is None:
            return
        if self.stack.currentWidget() is self.inspection and self.inspection.draft is not None:
            self.window.statusBar().showMessage(
                self.app.translate("launch", "Save or discard the inspection first."), 8000
            )
            return
        self.stack.setCurrentWidget(self.lab_screen)
        if sample_id:
            self.lab_screen.show_sample(sample_id)
        else:
            self.lab_screen.refresh()
        self.lab_screen.table.setFocus()

    def show_history(self) -> None:
        """Back to the history, reloaded."""
        self.stack.setCurrentWidget(self.history)
        self.history.refresh()
        self.scan.field.setFocus()

    def _label_flow(self, ports: StationPorts) -> LabelFlow:
        assert ports.label is not None
        label_ports = ports.label
        if self.camera is not None:
            label_ports = replace(label_ports, capture=self.camera_view.latest_frame)
        return LabelFlow(label_ports, self.tasks, self.inspection, self.window)

    def _camera_worker(self, ports: StationPorts) -> CameraWorker | None:
        if ports.camera is None or ports.decode is None:
            self.camera_view.show_state(str(CameraState.NO_CAMERA))
            return None
        worker = CameraWorker(ports.camera, ports.decode, now=ports.now, parent=self.app)
        self.camera_view.attach(worker)
        worker.barcode_detected.connect(self.scan.submit)
        worker.camera_state_changed.connect(lambda state: self._camera_state(state))
        return worker

    def _camera_state(self, state: str) -> None:
        self.window.show_camera_state(state)

    def start(self) -> None:
        """Show the window and load its data in the background."""
        self.window.resize(1280, 720)
        self.window.show()
        self.history.refresh()
        self.refresh_status()
        self.window.status_timer.start()
        self.wedge.install(self.app)
        if self.camera is not None:
            self.camera.start()
        self.scan.field.setFocus()
        settle_garbage_collector()

    def refresh_status(self) -> None:
        """Read the outbox count off the GUI thread and show it."""
        self.tasks.run(self._pending_count, self.window.show_outbox)

    def _history_flow(self, ports: StationPorts) -> HistoryFlow | None:
        if not (ports.view_inspection and ports.amend_inspection and ports.void_inspection):
            return None
        amend, void = ports.amend_inspection, ports.void_inspection
        return HistoryFlow(
            ports.view_inspection,
            lambda iid, why: amend(iid, self._actor(), why),
            lambda iid, why: void(iid, self._actor(), why),
            self.tasks,
            self.history,
            self._edit,
            tz=ports.tz,
            parent=self.window,
        )

    def _actor(self) -> str:
        """The signed-in user's id (runs on a worker: the message shows in the viewer)."""
        user = self.flow.user
        if user is None:
            raise QcError(self.app.translate("launch", "Sign in first (scan an item to sign in)."))
        return user.id

    def _edit(self, draft: Inspection, context: InspectionContext) -> None:
        self.stack.setCurrentWidget(self.inspection)
        self.inspection.begin(draft, context)

    def _on_restart_needed(self, names: list[str]) -> None:
        assert self.settings_flow is not None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.app.translate("launch", "Settings saved"),
            self.settings_flow.restart_text(names),
            parent=self.window,
        )
        box.open()
        self._restart_box = box

    def _on_plans_saved(self, count: int) -> None:
        text = self.app.translate("launch", "Sampling plans saved for %n category(ies).", "", count)
        self.window.statusBar().showMessage(text, 8000)
        self.scan.refresh_insight()

    def _on_registered(self, _sku: object) -> None:
        self.scan.resubmit_last()

    def close(self) -> None:
        """Stop background work (and let the collector see everything again)."""
        gc.unfreeze()
        self.window.status_timer.stop()
        self.wedge.uninstall()
        if self.camera is not None:
            self.camera.stop()
        self.tasks.shutdown()


def settle_garbage_collector() -> None:
    """Collect once, then keep everything alive so far out of later collections.

    Python's full collection walks every object that survived earlier ones: with the store
    and Qt loaded that took 130 ms, on whichever thread happened to trigger it, often the GUI
    thread in the middle of an inspection. Frozen objects are not walked again, so later
    collections only look at what the work since start-up created.
    """
    gc.collect()
    gc.freeze()


def _no_submit(*_args: object) -> Inspection:
    raise QcError("this window cannot save inspections")


def _no_sign_in(*_args: object) -> User:
    raise QcError("this window cannot sign anyone in")


def _no_start(*_args: object) -> tuple[Inspection, InspectionContext]:
    raise QcError("this window cannot start inspections")


def prepare_application(app: QApplication, language: str) -> Translations:
    """Install the UI language, the fonts and the icon; returns the translations to switch."""
    translations = Translations(app)
    translations.use(language)
    install_fonts(app)
    app.setWindowIcon(icon("app"))
    return translations


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Worker threads running Python (the store, decoding) hold the GIL for up to the switch
    # interval each time the GUI thread needs it back, e.g. for a slot or an event filter.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("QC Station")
    app.setOrganizationName("qc-station")
    return app


def acquire_single_instance(lock_path: str) -> QLockFile | None:
    """Lock the data dir so that two windows never share one store; None if taken."""
    lock = QLockFile(lock_path)
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        return None
    return lock


def startup_error_text(app: QApplication, error: QcError) -> str:
    """The words for why the station cannot start, in the UI language."""
    if isinstance(error, StoreCorrupt):
        text = app.translate(
            "launch",
            "The station database %1 is damaged or is not a QC Station database. "
            "It was not changed.\n\nClose QC Station, then restore the newest backup (%2) "
            "or start with a new data folder (--data-dir).",
        )
        newest = error.backups[0] if error.backups else app.translate("launch", "none found")
        return text.replace("%1", error.path).replace("%2", newest)
    return error.message


def show_startup_error(app: QApplication, error: QcError) -> None:
    """Tell the user why the station cannot start (a damaged store, a bad setting...)."""
    print(f"qc-station: error: {error.message}", file=sys.stderr, flush=True)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        app.translate("launch", "QC Station cannot start"),
        startup_error_text(app, error),
    )
    box.setDetailedText(error.message)
    box.exec()


def warn_already_running(app: QApplication, data_dir: str) -> None:
    """Tell the user another window has this data dir open."""
    QMessageBox.warning(
        None,
        app.translate("launch", "QC Station"),
        app.translate("launch", "QC Station is already running with the data folder %1.").replace(
            "%1", data_dir
        ),
    )
