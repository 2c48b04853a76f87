"""The history's query plans: every way of reading the history is served by an index.

Timings on a store of a million inspections are measured by ``qc-station bench db``, not
asserted here.
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from store_helpers import T0, Seed, submitted_inspection

from qc_station.adapters.db.store import SqliteStore
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
