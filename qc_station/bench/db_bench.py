"""``qc-station bench db``: save latency with fsync, and history and search on a big store.

The big store (``rows`` inspections over a year, ten stations) is built once and cached in
the user cache folder; each run works on a fresh copy, so the figures of two runs compare.
"""

import hashlib
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs

from qc_station.adapters.clock import SystemClock
from qc_station.adapters.db.migrate import migrations_dir
from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.photo_store import FilePhotoStore
from qc_station.bench import db_fill
from qc_station.bench.db_fill import STATIONS, BenchSite, bulk_inspections, seed_reference
from qc_station.bench.stats import summarize_ms, time_calls
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection
from qc_station.domain.stage import Stage
from qc_station.services.inspection_service import InspectionService
from qc_station.services.ports import HistoryQuery

QUERY_REPEAT = 30


def run_db_bench(rows: int = 1_000_000, saves: int = 300) -> dict[str, Any]:
    """Build (or reuse) a store of ``rows`` inspections and time the station's queries."""
    with tempfile.TemporaryDirectory(prefix="qc-bench-") as tmp:
        work = Path(tmp)
        build_s = _prepare_store(rows, work / "station.sqlite")
        store = SqliteStore.open(work / "station.sqlite", work / "backups")
        try:
            site = _read_site(work / "station.sqlite")
            service = InspectionService(
                store.uow, FilePhotoStore(work / "photos"), SystemClock(), STATIONS[0]
            )
            result: dict[str, Any] = {"rows": rows, "fill_seconds": build_s}
            result["save"] = summarize_ms(_time_saves(service, site, saves))
            result |= _time_queries(service, site)
        finally:
            store.close()
    return result


def _cache_file(rows: int) -> Path:
    """The cached store for ``rows``, named by the schema it was built with."""
    folder = Path(platformdirs.user_cache_dir("qc-station", appauthor=False)) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"store-{rows}-{_schema_digest()}.sqlite"


def _schema_digest() -> str:
    """A short hash of the migration scripts and the fill code: a new schema, a new cache."""
    digest = hashlib.sha256()
    sources = sorted((migrations_dir() / "versions").glob("*.py"))
    for source in [*sources, Path(db_fill.__file__)]:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def _prepare_store(rows: int, target: Path) -> float | None:
    """Copy the cached big store to ``target``, building it first if needed.

    Returns the build time in seconds, or ``None`` when the cache was used.
    """
    cached = _cache_file(rows)
    built: float | None = None
    if not _cache_usable(cached):
        built = _build(cached, rows)
    shutil.copyfile(cached, target)
    return built


def _cache_usable(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        store = SqliteStore.open(path, path.parent / "backups")
    except Exception:  # a stale cache from an older schema is simply rebuilt
        path.unlink(missing_ok=True)
        return False
    store.close()
    return True


def _build(path: Path, rows: int) -> float:
    start = time.perf_counter()
    partial = path.with_suffix(".building")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    store = SqliteStore.open(partial, path.parent / "backups")
    try:
        site = seed_reference(store)
    finally:
        store.close()
    bulk_inspections(partial, site, rows, datetime.now().astimezone())
    connection = sqlite3.connect(partial)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("ANALYZE")
    connection.close()
    partial.replace(path)
    return round(time.perf_counter() - start, 1)


def _read_site(db_path: Path) -> BenchSite:
    connection = sqlite3.connect(db_path)
    try:
        skus = connection.execute("SELECT id, gtin FROM sku ORDER BY gtin").fetchall()
        lots = connection.execute("SELECT id, batch, sku_id FROM lot ORDER BY batch").fetchall()
        users = [r[0] for r in connection.execute("SELECT id FROM app_user")]
        (template,) = connection.execute("SELECT id FROM checklist_template").fetchone()
    finally:
        connection.close()
    return BenchSite(
        [s[0] for s in skus],
        [s[1] for s in skus],
        [lot[0] for lot in lots],
        [lot[1] for lot in lots],
        users,
        template,
        [lot[2] for lot in lots],
    )


def _draft(service: InspectionService, site: BenchSite, rng: random.Random) -> Inspection:
    index = rng.randrange(len(site.lot_ids))
    lot_id = site.lot_ids[index]
    context = service.context(site.lot_skus[index], lot_id, Stage.INBOUND)
    checks = tuple(
        CheckResult(i.code, CheckOutcome.PASS)
        for i in context.template.items
        if not i.imported_only
    )
    return Inspection(
        id=str(uuid.uuid4()),
        stage=Stage.INBOUND,
        sku_id=context.sku.id,
        lot_id=lot_id,
        station_code=STATIONS[0],
        inspector_id=site.user_ids[0],
        started_at=datetime.now().astimezone(),
        template_id=site.template_id,
        checks=checks,
        reference=f"ASN-BENCH-{index}",
    )


def _time_saves(service: InspectionService, site: BenchSite, saves: int) -> list[float]:
    rng = random.Random(3)
    for _ in range(3):  # untimed: the writer's first connection and cold pages
        service.submit(_draft(service, site, rng))
    samples = []
    for _ in range(saves):
        draft = _draft(service, site, rng)
        start = time.perf_counter()
        service.submit(draft)
        samples.append(time.perf_counter() - start)
    return samples


def _time_queries(service: InspectionService, site: BenchSite) -> dict[str, Any]:
    now = datetime.now().astimezone()
    year = now - timedelta(days=366)
    queries = {
        "history_last_24h": HistoryQuery(now - timedelta(days=1), now, STATIONS[1]),
        "search_gtin_prefix": HistoryQuery(year, now, text=site.gtins[7][1:10]),
        "search_batch": HistoryQuery(year, now, text=site.batches[123]),
        "search_reference": HistoryQuery(year, now, text=f"ASN{now - timedelta(days=40):%Y%m%d}"),
        "search_name": HistoryQuery(year, now, text="精华液"),
    }
    result: dict[str, Any] = {}
    for name, query in queries.items():
        found = len(service.history(query))
        result[name] = summarize_ms(time_calls(lambda q=query: service.history(q), QUERY_REPEAT))
        result[name]["rows_returned"] = found
    return result
