"""The composition root: paths, logging, settings, the store, adapters and services.

Nothing else in the package builds adapters or wires services; the CLI and the GUI both
start from here.
"""

import json
import logging
import logging.handlers
from dataclasses import dataclass
from pathlib import Path

from qc_station.adapters.clock import SystemClock
from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.photo_store import FilePhotoStore
from qc_station.paths import DataPaths, resources_dir
from qc_station.services.catalogue_service import CatalogueService
from qc_station.services.inspection_service import InspectionService
from qc_station.services.ports import UnitOfWorkFactory
from qc_station.services.reference_data import install_reference
from qc_station.services.stats_service import StatsService
from qc_station.settings import StationSettings, load_settings

log = logging.getLogger("qc_station.app")


@dataclass
class Station:
    """Everything one running station is made of, built once and passed down."""

    paths: DataPaths
    settings: StationSettings
    clock: SystemClock
    store: SqliteStore
    photos: FilePhotoStore
    inspections: InspectionService
    catalogue: CatalogueService
    stats: StatsService

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
    clock = SystemClock()
    photos = FilePhotoStore(paths.photos)
    return Station(
        paths=paths,
        settings=settings,
        clock=clock,
        store=store,
        photos=photos,
        inspections=InspectionService(store.uow, photos, clock, settings.station_code),
        catalogue=CatalogueService(store.uow, clock),
        stats=StatsService(store.uow),
    )


def run_gui(data_dir: Path, lang: str | None = None) -> int:
    """Open the station and run its window until it is closed; returns the exit code."""
    from qc_station.ui.launch import (
        GuiParts,
        acquire_single_instance,
        application,
        warn_already_running,
    )

    paths = DataPaths(data_dir).ensure()
    app = application()
    lock = acquire_single_instance(str(paths.root / "station.lock"))
    if lock is None:
        warn_already_running(app, str(paths.root))
        return 1
    station = open_station(data_dir)
    try:
        gui = GuiParts(
            app,
            station.inspections.history,
            lambda: station.stats.counts().pending_sync,
            station.clock.now,
            station.settings.station_code,
            str(station.paths.database),
            lang or station.settings.language,
        )
        gui.start()
        code = app.exec()
        gui.close()
        return code
    finally:
        station.close()
        lock.unlock()
