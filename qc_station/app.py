"""The composition root: paths, logging, settings, the store, adapters and services.

Nothing else in the package builds adapters or wires services; the CLI and the GUI both
start from here.
"""

import json
import logging
import logging.handlers
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from qc_station.adapters.clock import SystemClock, site_timezone
from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.gs1_interpreter import interpret
from qc_station.adapters.ocr import RapidLabelReader
from qc_station.adapters.photo_store import FilePhotoStore
from qc_station.adapters.pin_hasher import Argon2PinHasher
from qc_station.domain.catalogue import Sku
from qc_station.domain.users import User
from qc_station.errors import InputError, QcError
from qc_station.paths import DataPaths, resources_dir
from qc_station.services.auth_service import SUPERVISING_ROLES, AuthService
from qc_station.services.catalogue_service import CatalogueService
from qc_station.services.inspection_service import InspectionService
from qc_station.services.lab_service import MAX_REPORT_BYTES, LabService
from qc_station.services.lab_views import load_detail
from qc_station.services.label_service import LabelService
from qc_station.services.lot_insight import LotInsights
from qc_station.services.ports import UnitOfWorkFactory
from qc_station.services.reference_data import install_reference
from qc_station.services.sampling_service import SamplingService
from qc_station.services.scan_service import REGISTERING_ROLES, ScanService
from qc_station.services.stats_service import StatsService
from qc_station.settings import StationSettings, load_settings, save_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from qc_station.adapters.camera import CameraSpec
    from qc_station.ui.dialogs.register_sku_dialog import RegistrationRequest
    from qc_station.ui.i18n import Translations
    from qc_station.ui.lab_flow import LabPorts
    from qc_station.ui.label_flow import LabelPorts
    from qc_station.ui.launch import GuiParts
    from qc_station.ui.sampling_settings_flow import PlanPorts

log = logging.getLogger("qc_station.app")


class ClockWithZone(Protocol):
    """A clock that knows the site's time zone (None: this computer's)."""

    tz: tzinfo | None

    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...


@dataclass
class Station:
    """Everything one running station is made of, built once and passed down."""

    paths: DataPaths
    settings: StationSettings
    clock: SystemClock
    store: SqliteStore
    photos: FilePhotoStore
    inspections: InspectionService
    labs: LabService
    sampling: SamplingService
    labels: LabelService
    catalogue: CatalogueService
    stats: StatsService
    scans: ScanService
    auth: AuthService

    def close(self) -> None:
        """Release the store."""
        self.store.close()


def setup_logging(paths: DataPaths, verbose: bool = False) -> None:
    """Log to a rotating file in the data dir (and to stderr when ``verbose``)."""
    root = logging.getLogger("qc_station")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "station.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)


def load_json_resource(*parts: str) -> dict[str, object]:
    """A bundled JSON file (reference or demo data)."""
    path = resources_dir().joinpath(*parts)
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _install_reference_if_new(uow: UnitOfWorkFactory) -> None:
    with uow(write=False) as reader:
        if reader.categories.list():
            return
    summary = install_reference(uow, load_json_resource("reference", "standard.json"))
    log.info("installed reference data: %s", summary)


def open_station(data_dir: Path) -> Station:
    """Open (and migrate) the station in ``data_dir``; raises ``StoreCorrupt`` and friends."""
    paths = DataPaths(data_dir).ensure()
    setup_logging(paths)
    settings = load_settings(paths.settings)
    log.info("opening store %s", paths.database)
    store = SqliteStore.open(paths.database, paths.backups)
    _install_reference_if_new(store.uow)
    clock = SystemClock(site_timezone(settings.timezone))
    photos = FilePhotoStore(paths.photos)
    labs = LabService(store.uow, clock, settings.station_code, photos)
    sampling = SamplingService(store.uow, clock)
    inspections = InspectionService(
        store.uow,
        photos,
        clock,
        settings.station_code,
        after_submit=[labs.on_submitted, sampling.on_submitted],
    )
    return Station(
        paths=paths,
        settings=settings,
        clock=clock,
        store=store,
        photos=photos,
        inspections=inspections,
        labs=labs,
        sampling=sampling,
        labels=LabelService(
            RapidLabelReader(), lambda data: inspections.store_photo(data, "image/jpeg")
        ),
        catalogue=CatalogueService(store.uow, clock),
        stats=StatsService(store.uow),
        scans=ScanService(store.uow, clock, interpret),
        auth=AuthService(store.uow, Argon2PinHasher(), clock),
    )


def _camera_spec(settings: StationSettings, override: str | None) -> "CameraSpec | None":
    from qc_station.adapters.camera import CameraSpec

    spec = override if override is not None else settings.camera
    if not spec or spec.lower() == "none":
        return None
    return CameraSpec(spec, settings.camera_width, settings.camera_height)


def make_gui(
    station: Station,
    app: "QApplication",
    translations: "Translations",
    camera: str | None = None,
) -> "GuiParts":
    """The window and its parts over ``station``'s services."""
    from qc_station.adapters.decoding.auto import make_decoder
    from qc_station.ui.launch import GuiParts, StationPorts

    def register(request: "RegistrationRequest") -> Sku:
        approver = station.auth.verify_role(
            request.username, request.pin, REGISTERING_ROLES, "sku.register"
        )
        return station.scans.register_sku(approver, request.registration)

    station_actor = f"station:{station.settings.station_code}"  # until inspectors sign in
    ports = StationPorts(
        history=station.inspections.history,
        pending_count=lambda: station.stats.counts().pending_sync,
        now=station.clock.now,
        tz=station.clock.tz,
        resolve_scan=lambda event, stage: station.scans.resolve(event, stage, station_actor),
        catalogue_lists=station.catalogue.lists,
        register_sku=register,
        station_code=station.settings.station_code,
        store_label=str(station.paths.database),
        scanner_prefix=station.settings.scanner_prefix,
        camera=_camera_spec(station.settings, camera),
        decode=make_decoder("auto", profile="live").decode,
        sound=station.settings.sound,
        sign_in=station.auth.verify,
        start_inspection=station.inspections.start,
        submit_inspection=station.inspections.submit,
        today=station.clock.today,
        store_photo=lambda data: station.inspections.store_photo(data, "image/jpeg"),
        read_photo=station.photos.read,
        view_inspection=station.inspections.view,
        amend_inspection=lambda iid, actor, why: station.inspections.amendment_with_context(
            iid, None, actor, why
        ),
        void_inspection=lambda iid, actor, why: station.inspections.cancel(
            iid, str(uuid.uuid4()), actor, why
        ),
        load_settings=lambda: load_settings(station.paths.settings),
        save_settings=lambda new: save_settings(station.paths.settings, new),
        lab=_lab_ports(station),
        label=_label_ports(station),
        lot_insight=LotInsights(station.store.uow, station.clock),
        plans=_plan_ports(station),
        set_lot_size=lambda lot_id, units: station.sampling.set_lot_size(
            lot_id, units, station_actor
        ),
    )
    return GuiParts(app, ports, translations)


def _label_ports(station: Station) -> "LabelPorts":
    from qc_station.ui.label_flow import LabelPorts

    return LabelPorts(read=station.labels.read, read_inkjet=station.labels.read_inkjet)


def _plan_ports(station: Station) -> "PlanPorts":
    from qc_station.ui.sampling_settings_flow import PlanPorts

    return PlanPorts(
        load=station.sampling.category_plans,
        verify_supervisor=lambda username, pin, purpose: station.auth.verify_role(
            username, pin, SUPERVISING_ROLES, purpose
        ),
        save=station.sampling.set_category_plans,
    )


def _lab_ports(station: Station) -> "LabPorts":
    from qc_station.ui.desktop import open_file

    return build_lab_ports(
        station.labs,
        station.sampling.resume,
        station.auth,
        station.store.uow,
        station.clock,
        station.paths.exports,
        lambda: load_settings(station.paths.settings),
        open_file,
    )


def build_lab_ports(
    labs: LabService,
    resume_sampling: Callable[[str, str, User], object],
    auth: AuthService,
    uow: UnitOfWorkFactory,
    clock: ClockWithZone,
    exports: Path,
    settings: Callable[[], StationSettings],
    open_file: Callable[[Path], None],
) -> "LabPorts":
    """The lab screen's callables over the lab service, the PIN check and the printers."""
    from qc_station.adapters.printing.tag_jobs import send_tags, write_report_copy, write_tag_sheet
    from qc_station.ui.lab_flow import LabPorts

    zone = clock.tz or datetime.now().astimezone().tzinfo or UTC

    def tag_sheet(sample_id: str) -> Path:
        return write_tag_sheet(labs.tags(sample_id, zone), exports, settings().language)

    def print_tags(sample_id: str) -> str:
        return send_tags(labs.tags(sample_id, zone), settings().printer)

    def report_copy(sample_id: str) -> Path:
        code = labs.summary(sample_id).sample.code
        return write_report_copy(labs.report_pdf(sample_id), exports, code)

    return LabPorts(
        overview=lambda open_only: labs.overview(open_only),
        detail=lambda sample_id: load_detail(uow, sample_id),
        samples_of_lot=labs.samples_of_lot,
        collect=labs.collect,
        dispatch=labs.dispatch,
        receive=labs.receive,
        record_result=labs.record_result,
        close=labs.close,
        cancel=labs.cancel,
        release=lambda lot_id, why, boss: labs.override(lot_id, False, why, boss),
        send_to_lab=lambda lot_id, why, boss: labs.override(lot_id, True, why, boss),
        resume_sampling=resume_sampling,
        verify_supervisor=lambda username, pin, purpose: auth.verify_role(
            username, pin, SUPERVISING_ROLES, purpose
        ),
        write_tag_sheet=tag_sheet,
        print_tags=print_tags,
        write_report=report_copy,
        open_file=open_file,
        read_file=read_report_file,
        now=clock.now,
        tz=clock.tz,
    )


def read_report_file(path: Path) -> bytes:
    """The bytes of a lab report file the user chose (refusing huge files before reading)."""
    try:
        size = path.stat().st_size
        if size > MAX_REPORT_BYTES:
            raise InputError(f"{path.name} is over {MAX_REPORT_BYTES // 2**20} MB")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


@dataclass(frozen=True, slots=True)
class WrittenReport:
    """A PDF report written to disk: where, how many samples (or rows) and pages."""

    path: Path
    samples: int
    pages: int


def write_lab_report(
    station: Station, start: date, end: date, path: Path, language: str | None = None
) -> WrittenReport:
    """Write the lab sampling report of local days ``start``..``end`` to ``path`` as a PDF.

    ``language`` None is the station's setting. Raises ``InputError`` for a bad period or a
    path that cannot be written (checked before the store is read).
    """
    from qc_station.adapters.pdf.lab_report_pdf import check_output_path, render_lab_report
    from qc_station.services.lab_report import lab_report_data

    check_output_path(path)
    data = lab_report_data(station.store.uow, start, end, station.clock.tz)
    settings = station.settings
    pages = render_lab_report(
        data,
        path,
        language or settings.language,
        station=" · ".join(c for c in (settings.site_code, settings.station_code) if c),
        generated_at=station.clock.now().astimezone(station.clock.tz),
    )
    return WrittenReport(path, len(data.rows), pages)


def _language_setting(paths: DataPaths) -> str:
    try:
        return load_settings(paths.settings).language
    except QcError:
        return StationSettings.language  # the bad file is reported when the store opens


def run_gui(data_dir: Path, lang: str | None = None, camera: str | None = None) -> int:
    """Open the station and run its window until it is closed; returns the exit code."""
    from qc_station.ui.launch import (
        acquire_single_instance,
        application,
        prepare_application,
        show_startup_error,
        warn_already_running,
    )

    paths = DataPaths(data_dir).ensure()
    app = application()
    translations = prepare_application(app, lang or _language_setting(paths))
    lock = acquire_single_instance(str(paths.root / "station.lock"))
    if lock is None:
        warn_already_running(app, str(paths.root))
        return 1
    try:
        station = open_station(data_dir)
    except QcError as error:
        lock.unlock()
        show_startup_error(app, error)
        return 1
    try:
        gui = make_gui(station, app, translations, camera)
        gui.start()
        code = app.exec()
        gui.close()
        return code
    finally:
        station.close()
        lock.unlock()


def build_demo(data_dir: Path, days: int, seed: int) -> dict[str, object]:
    """Fill ``data_dir`` with the demo site and ``days`` of history; returns its counts."""
    from qc_station.adapters.demo_photos import OpenCvDemoPhotoRenderer
    from qc_station.adapters.pin_hasher import Argon2PinHasher
    from qc_station.services.demo_site import CHINA_TZ, build_demo_site

    paths = DataPaths(data_dir).ensure()
    site = load_json_resource("demo", "site.json")
    if not paths.settings.exists():
        _save_demo_settings(paths, site)
    station = open_station(data_dir)
    try:
        now = station.clock.now()
        summary = build_demo_site(
            station.store.uow,
            station.photos,
            Argon2PinHasher(),
            OpenCvDemoPhotoRenderer(),
            site,
            today=now.astimezone(CHINA_TZ).date(),
            days=days,
            seed=seed,
            station_code=station.settings.station_code,
            until=now,
        )
    finally:
        station.close()
    return dict(summary.as_dict())


def _save_demo_settings(paths: DataPaths, site: dict[str, object]) -> None:
    from dataclasses import replace

    info = site.get("site")
    details = info if isinstance(info, dict) else {}
    settings = replace(
        StationSettings(),
        station_code=str(details.get("station_code", StationSettings.station_code)),
        site_code=str(details.get("code", StationSettings.site_code)),
        timezone=str(details.get("timezone", "")),
    )
    save_settings(paths.settings, settings)


def self_test(data_dir: Path) -> list[tuple[str, bool, str]]:
    """Headless checks of the parts a station needs; one (name, ok, detail) per check."""
    from qc_station.adapters.decoding.samples import check_bundled_samples, check_zbar_sample
    from qc_station.adapters.ocr.self_check import check_label_ocr
    from qc_station.services.self_test import SelfTestStep, run_self_test

    steps = [SelfTestStep("store", lambda: _check_store(data_dir))]
    for name, ok, detail in [*check_bundled_samples(), check_zbar_sample()]:
        steps.append(SelfTestStep(name, lambda ok=ok, detail=detail: (ok, detail)))
    steps.append(SelfTestStep("pdf with Chinese text", lambda: _check_pdf(data_dir)))
    steps.append(SelfTestStep("label ocr", check_label_ocr))
    return [(o.name, o.ok, o.detail) for o in run_self_test(steps)]


def _check_store(data_dir: Path) -> tuple[bool, str]:
    station = open_station(data_dir)
    try:
        counts = station.stats.counts()
        return True, f"{station.paths.database} at revision {station.store.revision}, {counts}"
    finally:
        station.close()


def _check_pdf(data_dir: Path) -> tuple[bool, str]:
    from qc_station.adapters.pdf.fonts import register_fonts
    from qc_station.adapters.pdf.self_test_page import render_self_test_pdf

    target = DataPaths(data_dir).ensure().root / "self-test.pdf"
    render_self_test_pdf(target, ["质检站自检 — 外包装、标签标识、保质期", "QC Station self-test"])
    font = register_fonts()
    data = target.read_bytes()
    embedded = b"FontFile2" in data
    return embedded and data.startswith(b"%PDF"), f"{target} ({len(data)} bytes, font {font})"
