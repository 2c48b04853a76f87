"""The lab repositories and the risk history through a real SQLite file."""

import json
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_helpers import T0, Seed, make_seed, new_id, raw, save_seed, submitted_inspection

from qc_station.adapters.db.backup import list_backups
from qc_station.adapters.db.migrate import Schema, migrations_dir
from qc_station.adapters.db.store import SqliteStore
from qc_station.domain import lab
from qc_station.domain.catalogue import Merchant, RiskLevel, Sku, StorageCondition
from qc_station.domain.defects import Severity
from qc_station.domain.inspection import (
    CheckOutcome,
    CheckResult,
    Inspection,
    InspectionState,
    amend,
)
from qc_station.domain.lab import (
    OPEN_STATUSES,
    Accreditation,
    Collection,
    Dispatch,
    LabItemResult,
    LabReport,
    LabResult,
    LabSample,
    LabSampleStatus,
    Receipt,
    SelectionReason,
)
from qc_station.domain.lab_selection import (
    LabSelection,
    SelectionFacts,
    SelectionPolicy,
    decide_lab_sampling,
    override,
)
from qc_station.domain.lot import Lot, LotStatus
from qc_station.domain.risk import RiskInputs, assess_risk
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import Verdict
from qc_station.errors import ConflictError, NotFound, StoreError
from qc_station.services.lab_serialization import custody_to_dict

SHANGHAI = timezone(timedelta(hours=8))
HEAD = Schema.of(migrations_dir()).head


def _sample(lot_id: str, code: str, at: datetime = T0, **changes: object) -> LabSample:
    made = LabSample(new_id(), lot_id, LabSampleStatus.SELECTED, at, "random", code)
    return replace(made, **changes)  # type: ignore[arg-type]


def _report(at: datetime, passed: bool = True, pdf: str | None = None) -> LabReport:
    return LabReport(
        "CTI-2026-0315",
        "华测检测",
        frozenset({Accreditation.CMA, Accreditation.CNAS}),
        (
            LabItemResult("lead", "≤ 0.5 mg/kg", "0.03 mg/kg", True, "GB 5009.12"),
            LabItemResult("aerobic_count", "≤ 10000 CFU/g", "2.1×10⁵ CFU/g", passed),
        ),
        at,
        "supervisor-1",
        pdf,
    )


def _resulted(sample: LabSample, at: datetime, passed: bool = True) -> LabSample:
    """``sample`` taken through every step to a result at ``at``."""
    start = at - timedelta(days=3)
    sample = lab.collect(sample, Collection(2, 1, "QC-F-7", "u1", start))
    sample = lab.dispatch(sample, Dispatch("华测检测", "顺丰", "SF77", "u1", start))
    sample = lab.receive(sample, Receipt(start + timedelta(days=1), "u1"))
    return lab.record_result(sample, _report(at, passed))


def _add(store: SqliteStore, *samples: LabSample) -> None:
    with store.uow() as uow:
        for sample in samples:
            uow.lab_samples.add(sample)
        uow.commit()


def _other_goods(store: SqliteStore, batch: str = "Z1") -> tuple[Merchant, Sku, Lot]:
    merchant = Merchant(new_id(), "M-ZETA", "Zeta 泽塔")
    sku = Sku(
        new_id(),
        "06901234567885",
        "Zeta 纯牛奶",
        merchant.id,
        "snacks",
        180,
        StorageCondition.AMBIENT,
        RiskLevel.HIGH,
    )
    lot = Lot(new_id(), sku.id, batch, None, None, 10)
    with store.uow() as uow:
        uow.merchants.add(merchant)
        uow.skus.add(sku)
        uow.lots.add(lot)
        uow.commit()
    return merchant, sku, lot


def _lot(store: SqliteStore, seed: Seed, batch: str, **changes: object) -> Lot:
    lot = replace(Lot(new_id(), seed.sku.id, batch, None, None, 5), **changes)  # type: ignore[arg-type]
    with store.uow() as uow:
        uow.lots.add(lot)
        uow.commit()
    return lot


# --- lab samples ---------------------------------------------------------------------------


def test_a_sample_round_trips_through_every_custody_step(store: SqliteStore, seed: Seed) -> None:
    at = datetime(2026, 3, 15, 16, 30, 0, 250000, tzinfo=SHANGHAI)
    sample = _sample(seed.lot.id, "HZ01-QC03-260315-001", at, selected_by="u-insp")
    _add(store, sample)
    steps = [
        lambda s: lab.collect(s, Collection(2, 1, "QC-F-000123", "u-insp", at)),
        lambda s: lab.dispatch(
            s, Dispatch("谱尼测试", "顺丰", "SF1234567890123", "u-insp", at + timedelta(hours=1))
        ),
        lambda s: lab.receive(s, Receipt(at + timedelta(days=1), "u-insp", False, "封条破损")),
        lambda s: lab.record_result(s, _report(at + timedelta(days=5), False, "ab" * 32)),
        lambda s: lab.close(s, at + timedelta(days=6)),
    ]
    for step in steps:
        sample = step(sample)
        with store.uow() as uow:
            uow.lab_samples.update(sample)
            uow.commit()
        with store.uow(write=False) as uow:
            assert uow.lab_samples.get(sample.id) == sample
            assert uow.lab_samples.by_code(sample.code) == sample
        with raw(store.path) as conn:
            ((custody, version),) = conn.execute(
                "SELECT custody, version FROM lab_sample WHERE id = ?", (sample.id,)
            ).fetchall()
        assert json.loads(custody) == custody_to_dict(sample) and version == sample.version
    assert sample.status is LabSampleStatus.CLOSED and sample.version == 6
    assert sample.report is not None and sample.report.items[1].measured == "2.1×10⁵ CFU/g"
    with raw(store.path) as conn:
        row = conn.execute(
            "SELECT status, result, report_no, lab_name, resulted_at, closed_at FROM lab_sample"
        ).fetchone()
    assert row == (
        "closed",
        "fail",
        "CTI-2026-0315",
        "华测检测",
        "2026-03-20T08:30:00.250000Z",
        "2026-03-21T08:30:00.250000Z",
    )


def test_updates_are_version_guarded(store: SqliteStore, seed: Seed) -> None:
    sample = _sample(seed.lot.id, "C-1")
    _add(store, sample)
    collected = lab.collect(sample, Collection(1, 0, "S", "u", T0))
    with store.uow() as uow:
        uow.lab_samples.update(collected)
        uow.commit()
    with store.uow() as uow, pytest.raises(ConflictError, match="C-1 was changed"):
        uow.lab_samples.update(lab.collect(sample, Collection(3, 0, "T", "u", T0)))
    with store.uow() as uow, pytest.raises(NotFound):
        uow.lab_samples.update(replace(collected, id=new_id(), version=3))
    with store.uow(write=False) as uow:
        assert uow.lab_samples.get(sample.id) == collected
        assert uow.lab_samples.get(new_id()) is None
        assert uow.lab_samples.by_code("nope") is None


def test_codes_are_unique_and_counted_by_prefix(store: SqliteStore, seed: Seed) -> None:
    codes = [
        "HZ01-QC03-261202-001",
        "HZ01-QC03-261202-002",
        "HZ01-QC03-261203-001",
        "HZ01-QC030-261202-001",
        "HZ01-QC03-26120",
    ]
    _add(store, *(_sample(seed.lot.id, code) for code in codes))
    with store.uow(write=False) as uow:
        assert uow.lab_samples.codes_with_prefix("HZ01-QC03-261202-") == 2
        assert uow.lab_samples.codes_with_prefix("HZ01-QC03-261203-") == 1
        assert uow.lab_samples.codes_with_prefix("HZ01-QC03-261204-") == 0
        assert uow.lab_samples.codes_with_prefix("HZ01-QC03-") == 4  # not "HZ01-QC030-"
        assert uow.lab_samples.count() == 5
    with pytest.raises(StoreError, match="refused"), store.uow() as uow:
        uow.lab_samples.add(_sample(seed.lot.id, codes[0]))


def test_overview_is_newest_first_filtered_by_status_with_the_goods(
    store: SqliteStore, seed: Seed
) -> None:
    merchant, sku, other_lot = _other_goods(store)
    old = _sample(seed.lot.id, "A-1", T0)
    resulted = _resulted(_sample(other_lot.id, "A-2", T0 + timedelta(hours=1)), T0 + timedelta(5))
    newest = _sample(other_lot.id, "A-3", T0 + timedelta(hours=2))
    cancelled = lab.cancel(_sample(seed.lot.id, "A-4", T0 + timedelta(hours=3)), "损坏", T0)
    _add(store, old, resulted, newest, cancelled)
    with store.uow(write=False) as uow:
        everything = uow.lab_samples.overview(None)
        open_only = uow.lab_samples.overview(OPEN_STATUSES)
        resulted_only = uow.lab_samples.overview(frozenset({LabSampleStatus.RESULTED}))
        limited = uow.lab_samples.overview(None, limit=2)
        one = uow.lab_samples.summary(resulted.id)
        missing = uow.lab_samples.summary(new_id())
    assert [s.sample.code for s in everything] == ["A-4", "A-3", "A-2", "A-1"]
    assert [s.sample.code for s in open_only] == ["A-3", "A-1"]
    assert [s.sample for s in resulted_only] == [resulted]
    assert [s.sample.code for s in limited] == ["A-4", "A-3"]
    assert missing is None and one is not None
    assert one.sample == resulted
    assert (one.sku_id, one.sku_name, one.gtin, one.category_code) == (
        sku.id,
        "Zeta 纯牛奶",
        "06901234567885",
        "snacks",
    )
    assert (one.merchant_id, one.merchant_name, one.batch) == (merchant.id, "Zeta 泽塔", "Z1")
    assert one.production_date is None and one.lot_status is LotStatus.PENDING
    (first,) = [s for s in everything if s.sample.code == "A-1"]
    assert (first.sku_name, first.merchant_name, first.batch) == (
        seed.sku.name,
        seed.merchant.name,
        seed.lot.batch,
    )
    assert first.production_date == date(2026, 3, 1)


def test_last_result_of_a_sku_and_failures_of_a_merchant(store: SqliteStore, seed: Seed) -> None:
    merchant, _sku, other_lot = _other_goods(store)
    second_lot = _lot(store, seed, "B2")
    older_fail = _resulted(_sample(seed.lot.id, "R-1"), T0 + timedelta(days=10), passed=False)
    newer_pass = _resulted(_sample(second_lot.id, "R-2"), T0 + timedelta(days=20))
    open_later = _sample(seed.lot.id, "R-3", T0 + timedelta(days=30))
    other_fail = _resulted(_sample(other_lot.id, "R-4"), T0 + timedelta(days=40), passed=False)
    _add(store, older_fail, newer_pass, open_later, other_fail)
    with store.uow(write=False) as uow:
        assert uow.lab_samples.last_resulted_for_sku(seed.sku.id) == newer_pass
        assert uow.lab_samples.last_resulted_for_sku(_sku.id) == other_fail
        assert uow.lab_samples.last_resulted_for_sku(new_id()) is None
        failures = uow.lab_samples.failures_of_merchant
        assert failures(seed.merchant.id, T0) == 1
        assert failures(seed.merchant.id, T0 + timedelta(days=10)) == 1  # the edge counts
        assert failures(seed.merchant.id, T0 + timedelta(days=10, microseconds=1)) == 0
        assert failures(merchant.id, T0) == 1


# --- lab selections ------------------------------------------------------------------------


def _selection(lot_id: str, seed: int = 2**63 - 1) -> LabSelection:
    inputs = RiskInputs(
        RiskLevel.MEDIUM,
        RiskLevel.HIGH,
        merchant_lots_not_accepted=2,
        merchant_lab_failures=1,
        returns_with_product_defects=3,
        days_since_last_lab_test=120,
    )
    facts = SelectionFacts(False, False, RiskLevel.HIGH)
    return decide_lab_sampling(
        lot_id, assess_risk(inputs), facts, SelectionPolicy(25, 0.1, 0.9), seed
    )


def test_a_selection_round_trips_and_an_override_replaces_it(
    store: SqliteStore, seed: Seed
) -> None:
    drawn = _selection(seed.lot.id)
    assert len(drawn.risk.factors) == 5
    with store.uow() as uow:
        uow.lab_selections.add(drawn, T0, seed.inspector.id)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.lab_selections.get(seed.lot.id) == drawn
        assert uow.lab_selections.get(new_id()) is None
    changed = override(drawn, not drawn.selected, "supervisor-1", "客诉")
    with store.uow() as uow:
        uow.lab_selections.replace(changed)
        uow.commit()
    with store.uow(write=False) as uow:
        stored = uow.lab_selections.get(seed.lot.id)
    assert stored == changed and stored.drawn_selected is drawn.selected
    with raw(store.path) as conn:
        row = conn.execute(
            "SELECT decided_at, decided_by, seed, score, level, version FROM lab_selection"
        ).fetchone()
    assert row == (
        "2026-03-15T08:30:00.123456Z",
        seed.inspector.id,
        str(2**63 - 1),
        drawn.risk.score,
        drawn.risk.level.value,
        2,
    )
    with store.uow() as uow, pytest.raises(NotFound):
        uow.lab_selections.replace(_selection(new_id()))
    with pytest.raises(StoreError, match="refused"), store.uow() as uow:
        uow.lab_selections.add(drawn, T0, seed.inspector.id)  # one decision per lot


def test_an_unselected_decision_round_trips(store: SqliteStore, seed: Seed) -> None:
    facts = SelectionFacts(True, False, RiskLevel.LOW)
    unselected = decide_lab_sampling(
        seed.lot.id,
        assess_risk(RiskInputs(RiskLevel.LOW, RiskLevel.LOW)),
        facts,
        SelectionPolicy(),
        0,
    )
    assert not unselected.selected and unselected.reason is None and unselected.probability == 0
    with store.uow() as uow:
        uow.lab_selections.add(unselected, T0, "u")
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.lab_selections.get(seed.lot.id) == unselected
    always = replace(unselected, selected=True, reason=SelectionReason.LAST_RESULT_FAILED)
    with store.uow() as uow:
        uow.lab_selections.replace(always)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.lab_selections.get(seed.lot.id) == always


# --- risk history --------------------------------------------------------------------------


def _reject(seed: Seed, lot: Lot, at: datetime, stage: Stage = Stage.INBOUND) -> Inspection:
    return submitted_inspection(seed, at=at, lot_id=lot.id, stage=stage, verdict=Verdict.REJECT)


def test_lots_not_accepted_in_the_window(store: SqliteStore, seed: Seed) -> None:
    now = T0 + timedelta(days=100)
    since = now - timedelta(days=90)
    rejected_lot = _lot(store, seed, "L-REJ", status=LotStatus.REJECTED)
    refused = _lot(store, seed, "L-REFUSED")
    amended = _lot(store, seed, "L-AMENDED")
    old = _lot(store, seed, "L-OLD")
    old_rejected = _lot(store, seed, "L-OLD-REJ", status=LotStatus.REJECTED)
    outbound = _lot(store, seed, "L-OUT")
    _merchant, _sku, other_lot = _other_goods(store)
    first = _reject(seed, amended, since + timedelta(days=1))
    correction = replace(
        amend(first, new_id(), seed.inspector.id, since + timedelta(days=2), "录错"),
        state=InspectionState.SUBMITTED,
        verdict=Verdict.ACCEPT,
        submitted_at=since + timedelta(days=2),
    )
    inspections = [
        submitted_inspection(seed, at=since + timedelta(days=3), lot_id=rejected_lot.id),
        _reject(seed, refused, since + timedelta(days=4)),
        _reject(seed, refused, since + timedelta(days=5)),  # the same lot counts once
        first,
        correction,
        _reject(seed, old, since - timedelta(seconds=1)),
        submitted_inspection(seed, at=since - timedelta(days=1), lot_id=old_rejected.id),
        _reject(seed, outbound, since + timedelta(days=6), Stage.OUTBOUND),
    ]
    with store.uow() as uow:
        for inspection in inspections:
            uow.inspections.add(inspection)
        uow.lots.set_status(other_lot.id, LotStatus.REJECTED, 1)
        other_sku_inspection = replace(
            submitted_inspection(seed, at=since + timedelta(days=3)),
            sku_id=other_lot.sku_id,
            lot_id=other_lot.id,
        )
        uow.inspections.add(other_sku_inspection)
        uow.commit()
    with store.uow(write=False) as uow:
        history = uow.risk_history
        assert history.lots_not_accepted(seed.merchant.id, since) == 2  # rejected + refused
        assert history.lots_not_accepted(seed.merchant.id, since - timedelta(days=2)) == 4
        assert history.lots_not_accepted(_merchant.id, since) == 1
        assert history.lots_not_accepted(new_id(), since) == 0


def _return(seed: Seed, at: datetime, *codes: str) -> Inspection:
    failures = tuple(
        CheckResult(f"item.{i}", CheckOutcome.FAIL, code, Severity.MAJOR)
        for i, code in enumerate(codes)
    )
    passes = (CheckResult("item.pass", CheckOutcome.PASS),)
    return submitted_inspection(
        seed, at=at, stage=Stage.RETURN, checks=passes + failures, verdict=Verdict.HOLD
    )


def test_return_defect_codes_per_current_return_inspection(store: SqliteStore, seed: Seed) -> None:
    since = T0
    crushed_and_wrong = _return(seed, since + timedelta(days=1), "PKG-CRUSHED", "LBL-MISMATCH")
    used = _return(seed, since + timedelta(days=2), "RET-USED")
    passed = _return(seed, since + timedelta(days=3))
    before = _return(seed, since - timedelta(seconds=1), "SL-EXPIRED")
    replaced = _return(seed, since + timedelta(days=4), "CAT-ODOUR")
    correction = replace(
        amend(replaced, new_id(), seed.inspector.id, since + timedelta(days=5), "录错"),
        state=InspectionState.SUBMITTED,
        submitted_at=since + timedelta(days=5),
        checks=(CheckResult("item.0", CheckOutcome.FAIL, "PKG-DIRTY", Severity.MINOR),),
    )
    inbound = submitted_inspection(seed, at=since + timedelta(days=1))  # LBL-ILLEGIBLE inbound
    with store.uow() as uow:
        for inspection in (crushed_and_wrong, used, passed, before, replaced, correction, inbound):
            uow.inspections.add(inspection)
        uow.commit()
    with store.uow(write=False) as uow:
        found = uow.risk_history.return_defect_codes(seed.sku.id, since)
        assert uow.risk_history.return_defect_codes(new_id(), since) == []
    assert sorted(found) == [["PKG-CRUSHED", "LBL-MISMATCH"], ["PKG-DIRTY"], ["RET-USED"]]


def test_other_lots_of_a_sku_and_of_a_merchant(store: SqliteStore, seed: Seed) -> None:
    history_of = store.uow
    with history_of(write=False) as uow:
        assert uow.risk_history.other_lots_of_sku(seed.sku.id, seed.lot.id) == 0
        assert uow.risk_history.other_lots_of_sku(seed.sku.id, None) == 1
        assert uow.risk_history.other_lots_of_merchant(seed.merchant.id, seed.lot.id) == 0
    second = _lot(store, seed, "B2")
    merchant, _sku, other_lot = _other_goods(store)
    with history_of(write=False) as uow:
        history = uow.risk_history
        assert history.other_lots_of_sku(seed.sku.id, second.id) == 1
        assert history.other_lots_of_sku(seed.sku.id, None) == 2
        assert history.other_lots_of_merchant(seed.merchant.id, seed.lot.id) == 1
        assert history.other_lots_of_merchant(merchant.id, other_lot.id) == 0
        assert history.other_lots_of_merchant(merchant.id, None) == 1
        assert history.other_lots_of_sku(new_id(), None) == 0


# --- the migration -------------------------------------------------------------------------


def test_samples_stored_at_0001_get_a_code_and_keep_their_data(tmp_path: Path) -> None:
    db_path, backups = tmp_path / "data" / "station.sqlite", tmp_path / "data" / "backups"
    scripts = tmp_path / "scripts-0001"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    for script in (scripts / "versions").glob("*.py"):
        if not script.name.startswith("0001_"):
            script.unlink()
    old = SqliteStore.open(db_path, backups, scripts=scripts)
    seed = make_seed()
    try:
        save_seed(old, seed)
    finally:
        old.close()
    closed_id = "5d1b2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"
    open_id = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"
    resulted_id = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
    with raw(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        conn.execute(
            "INSERT INTO lab_sample (id, lot_id, status, selected_at, selection_reason, lab_name,"
            " report_no, result, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                closed_id,
                seed.lot.id,
                "closed",
                "2026-03-15T08:30:00.000000Z",
                "new_high_risk_sku",
                "SGS Shanghai",
                "R-88",
                "fail",
                "2026-03-24T08:30:00.000000Z",
            ),
        )
        conn.execute(
            "INSERT INTO lab_sample (id, lot_id, status, selected_at, selection_reason, lab_name,"
            " report_no) VALUES (?, ?, 'selected', ?, 'random', '', '')",
            (open_id, seed.lot.id, "2026-03-16T01:00:00.000000Z"),
        )
        conn.execute(
            "INSERT INTO lab_sample (id, lot_id, status, selected_at, selection_reason, lab_name,"
            " report_no, result) VALUES (?, ?, 'resulted', ?, 'random', 'CTI', 'R-7', 'pass')",
            (resulted_id, seed.lot.id, "2026-03-10T01:00:00.000000Z"),
        )

    store = SqliteStore.open(db_path, backups)
    try:
        with store.uow(write=False) as uow:
            closed = uow.lab_samples.get(closed_id)
            still_open = uow.lab_samples.get(open_id)
            assert uow.lab_samples.by_code("LS-5D1B2C3E-4F5") == closed
            assert uow.lab_selections.get(seed.lot.id) is None
            # the older results still count in the risk history, at their close or selection
            assert uow.lab_samples.last_resulted_for_sku(seed.sku.id) == closed
            since = datetime(2026, 3, 1, tzinfo=UTC)
            assert uow.lab_samples.failures_of_merchant(seed.merchant.id, since) == 1
        assert closed == LabSample(
            closed_id,
            seed.lot.id,
            LabSampleStatus.CLOSED,
            datetime(2026, 3, 15, 8, 30, tzinfo=UTC),
            "new_high_risk_sku",
            "LS-5D1B2C3E-4F5",
            lab_name="SGS Shanghai",
            report_no="R-88",
            result=LabResult.FAIL,
            closed_at=datetime(2026, 3, 24, 8, 30, tzinfo=UTC),
        )
        assert still_open is not None and still_open.code == "LS-0A1B2C3D-4E5"
        assert still_open.version == 1 and still_open.collection is None
        moved = lab.collect(still_open, Collection(1, 1, "S-1", "u", T0 + timedelta(days=1)))
        with store.uow() as uow:
            uow.lab_samples.update(moved)  # an old sample goes on through the custody steps
            uow.commit()
        with store.uow(write=False) as uow:
            assert uow.lab_samples.get(open_id) == moved
    finally:
        store.close()
    (backup,) = list_backups(backups)
    assert backup.name.endswith("-0001.sqlite")
    with raw(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
        columns = {row[1]: row for row in conn.execute("PRAGMA table_info(lab_sample)")}
        assert columns["code"][4] is None  # the filling default is gone
        times = conn.execute("SELECT id, resulted_at FROM lab_sample ORDER BY id").fetchall()
        assert times == [
            (open_id, None),
            (closed_id, "2026-03-24T08:30:00.000000Z"),
            (resulted_id, "2026-03-10T01:00:00.000000Z"),
        ]
        with pytest.raises(Exception, match="a closed lab sample is immutable"):
            conn.execute("DELETE FROM lab_sample WHERE id = ?", (closed_id,))
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
