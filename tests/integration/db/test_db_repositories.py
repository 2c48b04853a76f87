"""Every repository round-trips its domain objects through a real SQLite file."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from fractions import Fraction

import pytest
from store_helpers import T0, Seed, new_id, submitted_inspection

from qc_station.adapters.db.store import SqliteStore
from qc_station.domain.catalogue import Merchant, RiskLevel
from qc_station.domain.checklist import standard_template
from qc_station.domain.defects import Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.inspection import (
    CheckOutcome,
    CheckResult,
    Inspection,
    InspectionState,
    amend,
    cancel,
)
from qc_station.domain.lab import LabResult, LabSample, LabSampleStatus
from qc_station.domain.lot import Lot, LotStatus
from qc_station.domain.shelf_life import ShelfLifePolicy, Window
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User
from qc_station.domain.verdict import Verdict
from qc_station.errors import NotFound, StoreError
from qc_station.services.ports import HistoryQuery, UnitOfWorkFactory

SHANGHAI = timezone(timedelta(hours=8))


def test_store_uow_is_a_unit_of_work_factory(store: SqliteStore) -> None:
    factory: UnitOfWorkFactory = store.uow
    with factory(write=False) as uow:
        assert uow.merchants.list() == []


def test_catalogue_round_trip(store: SqliteStore, seed: Seed) -> None:
    other = Merchant(new_id(), "M-ZETA", "Zeta")
    with store.uow() as uow:
        uow.merchants.add(other)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.merchants.get(seed.merchant.id) == seed.merchant
        assert uow.merchants.by_code("M-ZETA") == other
        assert uow.merchants.by_code("nope") is None
        assert uow.merchants.list() == [seed.merchant, other]
        assert uow.categories.get("snacks") == seed.category
        assert uow.categories.list() == [seed.category]
        assert uow.skus.get(seed.sku.id) == seed.sku
        assert uow.skus.by_gtin(seed.sku.gtin) == seed.sku
        assert uow.skus.list() == [seed.sku]


def test_sku_update_and_missing_sku(store: SqliteStore, seed: Seed) -> None:
    photo = "ab" * 32
    changed = replace(seed.sku, name="New name", risk=RiskLevel.HIGH, reference_photo=photo)
    with store.uow() as uow:
        uow.photos.add(photo, "image/jpeg", 1234, T0)
        uow.skus.update(changed)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.skus.get(seed.sku.id) == changed
    with store.uow() as uow, pytest.raises(NotFound):
        uow.skus.update(replace(changed, id=new_id()))


def test_sku_with_unknown_reference_photo_is_refused(store: SqliteStore, seed: Seed) -> None:
    with store.uow() as uow, pytest.raises(StoreError, match="FOREIGN KEY"):
        uow.skus.update(replace(seed.sku, reference_photo="cd" * 32))


def test_lot_round_trip_and_status_change(store: SqliteStore, seed: Seed) -> None:
    undated = Lot(new_id(), seed.sku.id, "NODATE", None, None, 0)
    with store.uow() as uow:
        uow.lots.add(undated)
        changed = uow.lots.set_status(seed.lot.id, LotStatus.HELD, expected_version=1)
        uow.commit()
    assert changed == replace(seed.lot, status=LotStatus.HELD, version=2)
    with store.uow(write=False) as uow:
        assert uow.lots.get(seed.lot.id) == changed
        assert uow.lots.find(seed.sku.id, "NODATE") == undated
        assert uow.lots.find(seed.sku.id, "other") is None


def test_templates_current_is_the_highest_version(store: SqliteStore, seed: Seed) -> None:
    v2 = standard_template(new_id(), seed.category, Stage.INBOUND, version=2)
    returns = standard_template(new_id(), seed.category, Stage.RETURN)
    with store.uow() as uow:
        uow.templates.add(v2)
        uow.templates.add(returns)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.templates.get(seed.template.id) == seed.template
        assert uow.templates.current("snacks", Stage.INBOUND) == v2
        assert uow.templates.current("snacks", Stage.RETURN) == returns
        assert uow.templates.current("snacks", Stage.OUTBOUND) is None


@pytest.mark.parametrize(
    "window",
    [Window(days=30), Window(days=0), Window(share=Fraction(2, 3)), Window(share=Fraction(1))],
)
def test_policy_round_trip_keeps_every_window(
    store: SqliteStore, seed: Seed, window: Window
) -> None:
    policy = ShelfLifePolicy("snacks", Stage.OUTBOUND, no_sale=window, near_expiry=None)
    with store.uow() as uow:
        uow.policies.put(policy)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.policies.get("snacks", Stage.OUTBOUND) == policy
        assert uow.policies.get("snacks", Stage.INBOUND) is None


def test_policy_put_replaces(store: SqliteStore, seed: Seed) -> None:
    first = ShelfLifePolicy("snacks", Stage.INBOUND, no_receive=Window(share=Fraction(1, 3)))
    second = replace(first, no_receive=Window(days=45), near_expiry=Window(days=60))
    with store.uow() as uow:
        uow.policies.put(first)
        uow.policies.put(second)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.policies.get("snacks", Stage.INBOUND) == second


def test_users_round_trip(store: SqliteStore, seed: Seed) -> None:
    boss = User(new_id(), "chen.jun", "陈军", Role.SUPERVISOR, active=False)
    with store.uow() as uow:
        uow.users.add(boss, "hash-2")
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.users.get(boss.id) == boss
        assert uow.users.by_username("wang.li") == (seed.inspector, "argon2-hash")
        assert uow.users.by_username("nobody") is None
        assert uow.users.list() == [boss, seed.inspector]


def test_duplicate_username_is_refused(store: SqliteStore, seed: Seed) -> None:
    with store.uow() as uow, pytest.raises(StoreError, match="UNIQUE"):
        uow.users.add(replace(seed.inspector, id=new_id()), "x")


def test_submitted_inspection_round_trip(store: SqliteStore, seed: Seed) -> None:
    photo = "12" * 32
    inspection = submitted_inspection(seed)
    checks = (
        *inspection.checks[:-1],
        replace(inspection.checks[-1], photos=(photo, "34" * 32)),
    )
    inspection = replace(inspection, checks=checks)
    with store.uow() as uow:
        uow.photos.add(photo, "image/jpeg", 10, T0)
        uow.photos.add("34" * 32, "image/png", 20, T0)
        uow.inspections.add(inspection)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.inspections.get(inspection.id) == inspection
        assert uow.inspections.get(new_id()) is None
        assert uow.inspections.count() == 1


def test_draft_return_amendment_and_cancel_round_trip(store: SqliteStore, seed: Seed) -> None:
    draft = Inspection(
        id=new_id(),
        stage=Stage.RETURN,
        sku_id=seed.sku.id,
        lot_id=None,
        station_code="ST-02",
        inspector_id=seed.inspector.id,
        started_at=datetime(2026, 3, 15, 16, 0, tzinfo=SHANGHAI),
        template_id=seed.template.id,
        checks=(CheckResult("ret.unused", CheckOutcome.NOT_APPLICABLE),),
        return_reason="不想要了",
    )
    original = submitted_inspection(seed)
    amended = replace(
        amend(original, new_id(), seed.inspector.id, T0 + timedelta(hours=1), "wrong count"),
        state=InspectionState.SUBMITTED,
        verdict=Verdict.ACCEPT,
        submitted_at=T0 + timedelta(hours=1),
    )
    voided = cancel(amended, new_id(), seed.inspector.id, T0 + timedelta(hours=2), "duplicate")
    returned = replace(
        draft,
        id=new_id(),
        state=InspectionState.SUBMITTED,
        verdict=Verdict.REJECT,
        disposition=ReturnDisposition.SCRAP,
        submitted_at=T0,
    )
    with store.uow() as uow:
        for item in (draft, original, amended, voided, returned):
            uow.inspections.add(item)
        uow.commit()
    with store.uow(write=False) as uow:
        got = {i.id: uow.inspections.get(i.id) for i in (draft, original, amended, voided)}
        assert got == {i.id: i for i in (draft, original, amended, voided)}
        stored_draft = uow.inspections.get(draft.id)
        assert stored_draft is not None and stored_draft.started_at.tzinfo == UTC
        assert uow.inspections.get(returned.id) == returned


def test_naive_datetimes_are_refused(store: SqliteStore, seed: Seed) -> None:
    naive = submitted_inspection(seed, at=datetime(2026, 3, 15, 8, 30))
    with store.uow() as uow, pytest.raises(ValueError, match="naive"):
        uow.inspections.add(naive)


def test_history_filters_joins_and_counts_defects(store: SqliteStore, seed: Seed) -> None:
    first = submitted_inspection(seed, at=T0)
    second = submitted_inspection(seed, at=T0 + timedelta(minutes=5), station_code="ST-02")
    outbound = submitted_inspection(
        seed, at=T0 + timedelta(minutes=9), stage=Stage.OUTBOUND, verdict=Verdict.ACCEPT
    )
    yesterday = submitted_inspection(seed, at=T0 - timedelta(days=1))
    with store.uow() as uow:
        for item in (first, second, outbound, yesterday):
            uow.inspections.add(item)
        uow.commit()
    day = HistoryQuery(start=T0.replace(hour=0), end=T0.replace(hour=0) + timedelta(days=1))
    with store.uow(write=False) as uow:
        rows = uow.inspections.history(day)
        assert [r.id for r in rows] == [outbound.id, second.id, first.id]
        top = rows[-1]
        assert (top.gtin, top.sku_name, top.merchant_name, top.batch) == (
            seed.sku.gtin,
            seed.sku.name,
            seed.merchant.name,
            seed.lot.batch,
        )
        assert (top.inspector_name, top.station_code, top.defects, top.verdict) == (
            "王丽",
            "ST-01",
            1,
            Verdict.HOLD,
        )
        assert top.submitted_at == T0 and top.state is InspectionState.SUBMITTED
        assert [r.id for r in uow.inspections.history(replace(day, station_code="ST-02"))] == [
            second.id
        ]
        assert [r.id for r in uow.inspections.history(replace(day, stage=Stage.OUTBOUND))] == [
            outbound.id
        ]
        assert [r.id for r in uow.inspections.history(replace(day, verdict=Verdict.HOLD))] == [
            second.id,
            first.id,
        ]
        assert len(uow.inspections.history(replace(day, limit=2))) == 2


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("690123", {"a"}),  # EAN-13 prefix of the GTIN-14 06901234567892
        ("0690123", {"a"}),  # GTIN-14 prefix
        ("薯片", {"a"}),  # SKU name part
        ("seaweed", {"a"}),  # name part, ASCII case-insensitive
        ("B20260315", {"a"}),  # batch prefix
        ("ASN-2026-00", {"a", "b"}),  # reference prefix
        ("RMA-7", {"b"}),
        ("nothing like it", set()),
        ("50%", set()),  # LIKE wildcards are literal
    ],
)
def test_history_text_search(store: SqliteStore, seed: Seed, text: str, hits: set[str]) -> None:
    other_sku = replace(seed.sku, id=new_id(), gtin="04006381333931", name="Pen 50 pack")
    a = submitted_inspection(seed)
    b = submitted_inspection(
        seed,
        sku_id=other_sku.id,
        lot_id=None,
        reference="RMA-7731",
        at=T0 + timedelta(minutes=1),
    )
    b2 = submitted_inspection(seed, sku_id=other_sku.id, lot_id=None, reference="ASN-2026-0099")
    with store.uow() as uow:
        uow.skus.add(other_sku)
        for item in (a, b, b2):
            uow.inspections.add(item)
        uow.commit()
    names = {a.id: "a", b.id: "b", b2.id: "b"}
    query = HistoryQuery(start=T0 - timedelta(hours=1), end=T0 + timedelta(hours=1), text=text)
    with store.uow(write=False) as uow:
        assert {names[r.id] for r in uow.inspections.history(query)} == hits


def test_photos_are_recorded_once(store: SqliteStore) -> None:
    sha = "ef" * 32
    with store.uow() as uow:
        uow.photos.add(sha, "image/jpeg", 99, T0)
        uow.photos.add(sha, "image/jpeg", 99, T0)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.photos.exists(sha)
        assert not uow.photos.exists("00" * 32)
        assert uow.photos.count() == 1


def test_outbox_pending_and_done(store: SqliteStore) -> None:
    with store.uow() as uow:
        seqs = [uow.outbox.add("inspection", new_id(), f'{{"n": {n}}}', T0) for n in range(3)]
        uow.commit()
    assert seqs == sorted(seqs) and len(set(seqs)) == 3
    with store.uow() as uow:
        uow.outbox.mark_done(seqs[:2], T0 + timedelta(minutes=1))
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.outbox.pending_count() == 1


def test_audit_append_returns_stored_entries(store: SqliteStore) -> None:
    with store.uow() as uow:
        first = uow.audit.append(T0, "u1", "inspection.submit", "inspection", "i1", '{"a":1}')
        second = uow.audit.append(
            T0.astimezone(SHANGHAI), "u1", "lot.hold", "lot", "l1", '{"b":"中"}'
        )
        uow.commit()
    assert second.prev_hash == first.row_hash and second.at.tzinfo == UTC
    with store.uow(write=False) as uow:
        assert list(uow.audit.entries()) == [first, second]


def test_lab_samples_round_trip(store: SqliteStore, seed: Seed) -> None:
    open_sample = LabSample(
        new_id(), seed.lot.id, LabSampleStatus.SELECTED, T0, "random", "S01-260315-001"
    )
    closed = LabSample(
        new_id(),
        seed.lot.id,
        LabSampleStatus.CLOSED,
        T0 + timedelta(seconds=1),
        "new_high_risk_sku",
        "S01-260315-002",
        lab_name="SGS Shanghai",
        report_no="R-88",
        result=LabResult.FAIL,
        closed_at=T0 + timedelta(days=9),
    )
    with store.uow() as uow:
        uow.lab_samples.add(closed)
        uow.lab_samples.add(open_sample)
        uow.commit()
    with store.uow(write=False) as uow:
        assert uow.lab_samples.list_for_lot(seed.lot.id) == [open_sample, closed]
        assert uow.lab_samples.list_for_lot(new_id()) == []
        assert uow.lab_samples.count() == 2


def test_nothing_is_kept_without_commit(store: SqliteStore, seed: Seed) -> None:
    inspection = submitted_inspection(seed)
    with store.uow() as uow:
        uow.inspections.add(inspection)
        uow.audit.append(T0, "u", "a", "e", "i", "{}")
    with pytest.raises(RuntimeError), store.uow() as uow:
        uow.outbox.add("inspection", inspection.id, "{}", T0)
        raise RuntimeError("boom")
    with store.uow(write=False) as uow:
        assert uow.inspections.count() == 0
        assert list(uow.audit.entries()) == []
        assert uow.outbox.pending_count() == 0


def test_dates_and_check_severities_survive(store: SqliteStore, seed: Seed) -> None:
    with store.uow(write=False) as uow:
        lot = uow.lots.get(seed.lot.id)
    assert lot is not None and lot.expiry_date == date(2026, 11, 25)
    inspection = submitted_inspection(seed)
    with store.uow() as uow:
        uow.inspections.add(inspection)
        uow.commit()
    with store.uow(write=False) as uow:
        got = uow.inspections.get(inspection.id)
    assert got is not None and got.checks[-1].severity is Severity.MAJOR
