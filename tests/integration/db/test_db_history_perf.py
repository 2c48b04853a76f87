"""The history on a store of 1,000,000 inspections: index plans and timings.

The plan checks run on a small store (fast); the timing test builds the big store once per
run (slow). Its rows are generated in SQL; the inspection indexes are dropped while filling
and recreated afterwards from their own ``sqlite_master`` SQL, so the schema is the
migration's.
"""

import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from store_helpers import T0, Seed, make_seed, new_id, save_seed, submitted_inspection

from qc_station.adapters.db.store import SqliteStore
from qc_station.domain.gtin import make_gtin13
from qc_station.services.ports import HistoryQuery

ROWS = 1_000_000
DAYS = 180
STATIONS = ["ST-01", "ST-02", "ST-03", "ST-04", "ST-05"]
END = datetime(2026, 6, 30, 23, 0, tzinfo=UTC)
TODAY = END.replace(hour=0)

Plan = list[str]


def _capture_plans(store: SqliteStore, run: Callable[[], object]) -> list[Plan]:
    """Run ``run`` and return the query plan of every inspection query it issued."""
    seen: list[tuple[str, Any]] = []

    def capture(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        if "FROM inspection" in statement:
            seen.append((statement, params))

    event.listen(store.reader_engine, "before_cursor_execute", capture)
    try:
        run()
    finally:
        event.remove(store.reader_engine, "before_cursor_execute", capture)
    with store.reader_engine.connect() as conn:
        return [
            [str(row[3]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
            for sql, params in seen
        ]


def _history(store: SqliteStore, query: HistoryQuery) -> Callable[[], object]:
    def run() -> object:
        with store.uow(write=False) as uow:
            return uow.inspections.history(query)

    return run


@pytest.fixture
def small(store: SqliteStore, seed: Seed) -> SqliteStore:
    with store.uow() as uow:
        uow.inspections.add(submitted_inspection(seed))
        uow.commit()
    return store


DAY = HistoryQuery(T0.replace(hour=0), T0.replace(hour=0) + timedelta(days=1))


def test_station_history_is_one_ordered_index_range(small: SqliteStore) -> None:
    (plan,) = _capture_plans(small, _history(small, replace(DAY, station_code="ST-01")))
    assert plan[0] == (
        "SEARCH inspection USING INDEX ix_inspection_station_code_submitted_at "
        "(station_code=? AND submitted_at>? AND submitted_at<?)"
    )
    assert not any("TEMP B-TREE" in step for step in plan)  # no sort: the index is the order
    assert all(step.startswith("SEARCH") for step in plan)  # joins by primary key, no scans


def test_site_history_uses_the_time_index(small: SqliteStore) -> None:
    (plan,) = _capture_plans(small, _history(small, DAY))
    assert plan[0].startswith("SEARCH inspection USING INDEX ix_inspection_submitted_at ")
    assert not any("TEMP B-TREE" in step or step.startswith("SCAN") for step in plan)


@pytest.mark.parametrize("station", [None, "ST-01"])
def test_text_search_reads_one_covering_index_per_way_of_matching(
    small: SqliteStore, station: str | None
) -> None:
    query = replace(DAY, text="690123", station_code=station)
    *branches, final = _capture_plans(small, _history(small, query))
    assert sorted(plan[0] for plan in branches) == [
        "SEARCH inspection USING COVERING INDEX ix_inspection_lot_id_submitted_at"
        " (lot_id=? AND submitted_at>? AND submitted_at<?)",
        "SEARCH inspection USING COVERING INDEX ix_inspection_reference_submitted_at"
        " (reference>? AND reference<?)",
        "SEARCH inspection USING COVERING INDEX ix_inspection_sku_id_submitted_at"
        " (sku_id=? AND submitted_at>? AND submitted_at<?)",
    ]
    lot_branch = next(plan for plan in branches if "ix_inspection_lot_id" in plan[0])
    assert "SEARCH lot USING INDEX ix_lot_batch (batch>? AND batch<?)" in lot_branch
    assert final[0] == "SEARCH inspection USING INTEGER PRIMARY KEY (rowid=?)"
    assert not any(step.startswith("SCAN") for plan in (*branches, final) for step in plan)


def test_pending_outbox_count_uses_the_partial_index(small: SqliteStore) -> None:
    with small.reader_engine.connect() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM outbox "
            "WHERE done_at IS NULL AND rejected_reason IS NULL"
        ).fetchall()
    assert [row[3] for row in plan] == ["SCAN outbox USING INDEX ix_outbox_pending"]


@dataclass(frozen=True)
class BigStore:
    store: SqliteStore
    build_seconds: float


def _fill(path: Path, seed: Seed, rows: int) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=OFF")  # a scratch fill: durability not needed
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("PRAGMA cache_size=-400000")
        indexes = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='inspection'"
            " AND sql IS NOT NULL"
        ).fetchall()
        connection.execute("BEGIN")
        for name, _ in indexes:
            connection.execute(f"DROP INDEX {name}")
        _insert_rows(connection, seed, rows)
        for _, sql in indexes:
            connection.execute(sql)
        connection.execute("COMMIT")
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()


def _insert_rows(connection: sqlite3.Connection, seed: Seed, rows: int) -> None:
    end = int(END.timestamp())
    connection.execute(
        "CREATE TEMP TABLE lots AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, sku_id"
        " FROM lot"
    )
    lots = connection.execute("SELECT count(*) FROM temp.lots").fetchone()[0]
    connection.execute(
        "CREATE TEMP TABLE draws AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL"
        " SELECT i + 1 FROM n WHERE i < ?) SELECT i, abs(random()) % ? AS k,"
        " abs(random()) % ? AS s, abs(random()) % 5 AS st, abs(random()) % 20 AS d FROM n",
        (rows - 1, lots, DAYS * 86400),
    )
    connection.execute(
        "INSERT INTO inspection (id, version, supersedes_id, amend_reason, state, stage,"
        " sku_id, lot_id, station_code, inspector_id, template_id, reference, return_reason,"
        " quantity, verdict, reasons_json, disposition, defect_count, started_at, submitted_at)"
        " SELECT printf('%08x-0000-4000-8000-000000000000', i), 1, NULL, '', 'submitted',"
        " 'inbound', lots.sku_id, lots.id, 'ST-0' || (st + 1), :inspector, :template,"
        " 'ASN' || strftime('%Y%m%d', :end - s, 'unixepoch') || printf('%04d', i % 997), '',"
        " 1, CASE WHEN d = 0 THEN 'hold' ELSE 'accept' END, '[]', NULL, d = 0,"
        " strftime('%Y-%m-%dT%H:%M:%S.000000Z', :end - s - 60, 'unixepoch'),"
        " strftime('%Y-%m-%dT%H:%M:%S.000000Z', :end - s, 'unixepoch')"
        " FROM temp.draws AS draws JOIN temp.lots AS lots ON lots.k = draws.k",
        {"inspector": seed.inspector.id, "template": seed.template.id, "end": end},
    )


def _reference_data(store: SqliteStore) -> Seed:
    seed = make_seed()
    save_seed(store, seed)
    with store.uow() as uow:
        skus = [seed.sku.id]
        for n in range(1, 300):
            gtin = "0" + make_gtin13(f"69{n:010d}")
            sku = replace(seed.sku, id=new_id(), gtin=gtin, name=f"商品{n} item")
            uow.skus.add(sku)
            skus.append(sku.id)
        for n in range(20_000):
            lot = replace(seed.lot, id=new_id(), sku_id=skus[n % 300], batch=f"B{n:06d}X")
            uow.lots.add(lot)
        uow.commit()
    return seed


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BigStore]:
    started = time.perf_counter()
    root = tmp_path_factory.mktemp("million")
    path = root / "station.sqlite"
    builder = SqliteStore.open(path, root / "backups")
    seed = _reference_data(builder)
    builder.close()
    _fill(path, seed, ROWS)
    store = SqliteStore.open(path, root / "backups")
    try:
        yield BigStore(store, time.perf_counter() - started)
    finally:
        store.close()


def _median_ms(store: SqliteStore, query: HistoryQuery, runs: int = 7) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        with store.uow(write=False) as uow:
            count = len(uow.inspections.history(query))
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), count


@pytest.mark.slow
def test_todays_station_history_on_a_million_inspections(big: BigStore) -> None:
    with big.store.uow(write=False) as uow:
        assert uow.inspections.count() == ROWS
    query = HistoryQuery(TODAY, TODAY + timedelta(days=1), station_code="ST-03")
    elapsed, count = _median_ms(big.store, query)
    print(f"\nbuilt in {big.build_seconds:.1f} s; station today: {count} rows {elapsed:.1f} ms")
    assert count == 500
    assert elapsed < 50


@pytest.mark.slow
@pytest.mark.parametrize(
    ("label", "days", "text", "station"),
    [
        ("GTIN prefix (EAN-13 form)", 30, "690000000017", None),
        ("SKU name part, many SKUs", 30, "商品1", None),
        ("SKU name part, one SKU", 180, "商品77 ", None),
        ("batch", 180, "B001234X", None),
        ("batch, no match", 180, "ZZZ", None),
        ("reference prefix of a day", 30, "ASN20260615", None),
        ("reference, one station", 30, "ASN20260615004", "ST-01"),
        ("SKU name part, one station", 30, "商品1", "ST-01"),
    ],
)
def test_searches_on_a_million_inspections(
    big: BigStore, label: str, days: int, text: str, station: str | None
) -> None:
    query = HistoryQuery(END - timedelta(days=days), END, station_code=station, text=text)
    elapsed, count = _median_ms(big.store, query)
    print(f"\n{label} over {days} days: {count} rows {elapsed:.1f} ms")
    assert elapsed < 150
