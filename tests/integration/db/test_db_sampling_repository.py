"""The sampling repository through a real SQLite file: plans, switching states, AQLs, units."""

from contextlib import closing
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from store_helpers import T0, Seed, new_id, raw, submitted_inspection

from qc_station.adapters.db.store import SqliteStore
from qc_station.domain.defects import Severity
from qc_station.domain.inspection import (
    CheckOutcome,
    CheckResult,
    Inspection,
    InspectionState,
    amend,
    cancel,
)
from qc_station.domain.lot import Lot
from qc_station.domain.lot_sampling import LotPlan, UnitsFound
from qc_station.domain.sampling import (
    ZERO_TOLERANCE,
    InspectionSeverity,
    LotOutcome,
    SwitchingState,
    SwitchingStatus,
    SwitchReason,
)
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Verdict
from qc_station.errors import ConflictError, StoreError

C, MA, MI = Severity.CRITICAL, Severity.MAJOR, Severity.MINOR
AQLS = {C: ZERO_TOLERANCE, MA: "2.5", MI: "4.0"}
NORMAL, TIGHTENED = SwitchingStatus.NORMAL, SwitchingStatus.TIGHTENED
DISCONTINUED = SwitchingStatus.DISCONTINUED


def _plan(seed: Seed, **changes: object) -> LotPlan:
    plan = LotPlan(
        seed.lot.id,
        seed.merchant.id,
        seed.sku.id,
        seed.lot.quantity,
        "II",
        InspectionSeverity.TIGHTENED,
        AQLS,
        T0,
    )
    return replace(plan, **changes)  # type: ignore[arg-type]


def _rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(raw(db_path)) as connection:
        return connection.execute(sql).fetchall()


# --- plans ---------------------------------------------------------------------------------------


def test_a_plan_round_trips_and_is_decided_once(store: SqliteStore, seed: Seed) -> None:
    plan = _plan(seed)
    with store.uow() as uow:
        assert uow.sampling.plan(seed.lot.id) is None
        uow.sampling.add_plan(plan)
        uow.commit()
    with store.uow(write=False) as uow:
        stored = uow.sampling.plan(seed.lot.id)
    assert stored == plan and stored.started_at == T0  # microseconds and zone kept
    assert isinstance(stored.severity, InspectionSeverity) and dict(stored.aqls) == AQLS

    decided_at = T0 + timedelta(hours=2)
    with store.uow() as uow:
        uow.sampling.decide_plan(seed.lot.id, LotOutcome.REJECTED, decided_at)
        uow.commit()
    with store.uow(write=False) as uow:
        decided = uow.sampling.plan(seed.lot.id)
    assert decided == replace(plan, outcome=LotOutcome.REJECTED, decided_at=decided_at)

    with store.uow() as uow, pytest.raises(ConflictError, match="already decided"):
        uow.sampling.decide_plan(seed.lot.id, LotOutcome.ACCEPTED, decided_at)
    with store.uow(write=False) as uow:
        assert uow.sampling.plan(seed.lot.id) == decided


def test_deciding_within_one_transaction_twice_is_a_conflict(
    store: SqliteStore, seed: Seed
) -> None:
    with store.uow() as uow:
        uow.sampling.add_plan(_plan(seed))
        uow.sampling.decide_plan(seed.lot.id, LotOutcome.ACCEPTED, T0)
        assert uow.sampling.plan(seed.lot.id).outcome is LotOutcome.ACCEPTED  # type: ignore[union-attr]
        with pytest.raises(ConflictError):
            uow.sampling.decide_plan(seed.lot.id, LotOutcome.REJECTED, T0)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.sampling.plan(seed.lot.id).outcome is LotOutcome.ACCEPTED  # type: ignore[union-attr]


def test_deciding_a_lot_without_a_plan_is_a_conflict(store: SqliteStore, seed: Seed) -> None:
    with store.uow() as uow, pytest.raises(ConflictError):
        uow.sampling.decide_plan(seed.lot.id, LotOutcome.ACCEPTED, T0)


def test_a_lot_has_one_plan(store: SqliteStore, seed: Seed) -> None:
    with store.uow() as uow:
        uow.sampling.add_plan(_plan(seed))
        uow.commit()
    with store.uow() as uow, pytest.raises(StoreError, match="UNIQUE constraint"):
        uow.sampling.add_plan(_plan(seed, severity=InspectionSeverity.NORMAL))
    with store.uow(write=False) as uow:
        assert uow.sampling.plan(seed.lot.id) == _plan(seed)


# --- switching states and category AQLs ---------------------------------------------------------


def test_switching_state_round_trips_with_its_history(
    store: SqliteStore, seed: Seed, db_path: Path
) -> None:
    state = SwitchingState(seed.merchant.id, seed.sku.id)
    for lot_id, accepted in (("lot-1", False), ("lot-2", True), ("lot-3", False)):
        state = state.record(lot_id, accepted)
    state = state.record("lot-4", True)
    assert state.status is SwitchingStatus.TIGHTENED and state.accepted_in_a_row == 1
    with store.uow() as uow:
        assert uow.sampling.switching(seed.merchant.id, seed.sku.id) is None
        uow.sampling.put_switching(state, T0)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.sampling.switching(seed.merchant.id, seed.sku.id) == state
        assert uow.sampling.switching(seed.merchant.id, new_id()) is None

    stopped = state
    for index in range(5):
        stopped = stopped.record(f"lot-{5 + index}", False)
    resumed = stopped.resume("CAPA-7")
    with store.uow() as uow:
        uow.sampling.put_switching(resumed, T0 + timedelta(days=1))
        uow.commit()
    with store.uow(write=False) as uow:
        found = uow.sampling.switching(seed.merchant.id, seed.sku.id)
    assert found is not None and found == resumed
    assert [(t.lot_id, t.from_status, t.to_status, t.reason) for t in found.history] == [
        ("lot-3", NORMAL, TIGHTENED, SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED),
        ("lot-9", TIGHTENED, DISCONTINUED, SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED),
        ("CAPA-7", DISCONTINUED, TIGHTENED, SwitchReason.RESUMED),
    ]
    rows = _rows(db_path, "SELECT status, version, updated_at FROM switching_state")
    assert rows == [("tightened", 2, "2026-03-16T08:30:00.123456Z")]


def test_category_aqls_round_trip_and_are_replaced(
    store: SqliteStore, seed: Seed, db_path: Path
) -> None:
    code = seed.category.code
    with store.uow() as uow:
        assert uow.sampling.category_aqls(code) is None
        uow.sampling.put_category_aqls(code, {C: "0", MA: "1.0", MI: "2.5"}, "III", "sup-1", T0)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.sampling.category_aqls(code) == ({C: "0", MA: "1.0", MI: "2.5"}, "III")
    with store.uow() as uow:
        uow.sampling.put_category_aqls(code, {C: "0.065", MA: "0.65", MI: "1.5"}, "S-4", "s2", T0)
        uow.commit()
    with store.uow(write=False) as uow:
        aqls, level = uow.sampling.category_aqls(code)  # type: ignore[misc]
    assert (aqls, level) == ({C: "0.065", MA: "0.65", MI: "1.5"}, "S-4")
    assert all(isinstance(s, Severity) for s in aqls)
    rows = _rows(db_path, "SELECT category_code, updated_by FROM aql_setting")
    assert rows == [(code, "s2")]


# --- units found ---------------------------------------------------------------------------------

MINOR = CheckResult("pkg.clean", CheckOutcome.FAIL, "PKG-DIRTY", Severity.MINOR)
CRITICAL = CheckResult("pkg.no_leak_crush", CheckOutcome.FAIL, "PKG-LEAK", Severity.CRITICAL)


def _passing(seed: Seed, at: datetime, **changes: Any) -> Inspection:
    """A submitted inspection of ``seed``'s lot without a failed check."""
    inspection = submitted_inspection(seed, at=at, verdict=Verdict.ACCEPT, reasons=())
    passes = tuple(c for c in inspection.checks if c.outcome is CheckOutcome.PASS)
    return replace(inspection, checks=passes, **changes)


def _failing(seed: Seed, at: datetime, *failed: CheckResult, **changes: Any) -> Inspection:
    """A submitted inspection of ``seed``'s lot with its major failure and ``failed`` too."""
    inspection = submitted_inspection(seed, at=at, **changes)
    codes = {f.item_code for f in failed}
    kept = tuple(c for c in inspection.checks if c.item_code not in codes)
    return replace(inspection, checks=(*kept, *failed))


def test_units_found_counts_current_submitted_inbound_inspections_in_time_order(
    store: SqliteStore, seed: Seed
) -> None:
    other_lot = Lot(new_id(), seed.sku.id, "B-OTHER", None, None, 10)
    late = _failing(seed, T0 + timedelta(hours=3), quantity=2)  # its one major failure
    early = _passing(seed, T0, quantity=7)
    middle = _failing(seed, T0 + timedelta(hours=1), MINOR, CRITICAL, quantity=4)
    amended = replace(
        amend(middle, new_id(), seed.inspector.id, T0 + timedelta(hours=2), "recount"),
        quantity=5,
        checks=_passing(seed, T0, quantity=5).checks,
        state=InspectionState.SUBMITTED,
        verdict=Verdict.ACCEPT,
        reasons=(),
        submitted_at=T0 + timedelta(hours=2),
    )
    voided_original = _passing(seed, T0 + timedelta(minutes=30), quantity=50)
    voided = cancel(voided_original, new_id(), seed.inspector.id, T0 + timedelta(hours=4), "x")
    draft = replace(
        _passing(seed, T0 + timedelta(minutes=5), quantity=9),
        state=InspectionState.DRAFT,
        verdict=None,
        reasons=(),
        submitted_at=None,
    )
    outbound = _passing(seed, T0 + timedelta(minutes=10), stage=Stage.OUTBOUND, quantity=11)
    elsewhere = _passing(seed, T0 + timedelta(minutes=15), lot_id=other_lot.id, quantity=13)
    with store.uow() as uow:
        uow.lots.add(other_lot)
        for inspection in (late, early, middle, amended, voided_original, voided, draft):
            uow.inspections.add(inspection)
        for inspection in (outbound, elsewhere):
            uow.inspections.add(inspection)
        uow.commit()

    with store.uow(write=False) as uow:
        found = uow.sampling.units_found(seed.lot.id, Stage.INBOUND)
        outbound_units = uow.sampling.units_found(seed.lot.id, Stage.OUTBOUND)
        other_units = uow.sampling.units_found(other_lot.id, Stage.INBOUND)
        nothing = uow.sampling.units_found(new_id(), Stage.INBOUND)
    assert found == [UnitsFound(7), UnitsFound(5), UnitsFound(2, (MA,))]
    assert outbound_units == [UnitsFound(11)]
    assert other_units == [UnitsFound(13)]
    assert nothing == []


def test_units_found_keeps_every_failed_severity_of_an_inspection(
    store: SqliteStore, seed: Seed
) -> None:
    inspection = _failing(seed, T0, MINOR, CRITICAL, quantity=3)
    with store.uow() as uow:
        uow.inspections.add(inspection)
        uow.commit()
    with store.uow(write=False) as uow:
        (found,) = uow.sampling.units_found(seed.lot.id, Stage.INBOUND)
    assert found.quantity == 3 and sorted(found.severities) == sorted((MA, MI, C))
