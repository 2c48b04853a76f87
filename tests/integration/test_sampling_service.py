"""Inbound lot sampling through a real SQLite store: plans, progress, lot gate and switching."""

import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.pin_hasher import Argon2PinHasher
from qc_station.domain.catalogue import RiskLevel, Sku, StorageCondition
from qc_station.domain.defects import Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.gtin import make_gtin13
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection
from qc_station.domain.lab import Accreditation, LabItemResult, LabResult, LabSample
from qc_station.domain.lab_selection import draw_for
from qc_station.domain.lot import Lot, LotStatus
from qc_station.domain.lot_sampling import LotPlan
from qc_station.domain.rules import applicable_items
from qc_station.domain.sampling import (
    ZERO_TOLERANCE,
    InspectionSeverity,
    LotDecision,
    LotOutcome,
    SwitchingState,
    SwitchingStatus,
    SwitchReason,
    Transition,
)
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User
from qc_station.errors import InputError, NotFound
from qc_station.services import sampling_service
from qc_station.services.auth_service import NotAllowed
from qc_station.services.inspection_service import InspectionService
from qc_station.services.lab_service import ReportEntry
from qc_station.services.ports import UnitOfWork
from qc_station.services.sampling_serialization import plan_to_dict, switching_to_dict
from qc_station.services.sampling_service import SamplingService
from tests.helpers.station import STATION, StationKit, make_station

HIGH_DRAW = 153  # draw_for(153) ≈ 0.993: never drawn at random at the policy's chances
C, MA, MI = Severity.CRITICAL, Severity.MAJOR, Severity.MINOR
DAIRY_AQLS = {C: ZERO_TOLERANCE, MA: "1.0", MI: "2.5"}
APPAREL_LOT = 20  # level II: normal n 5, tightened n 8 (apparel's default AQLs)
LEAK = CheckResult("pkg.no_leak_crush", CheckOutcome.FAIL, "PKG-LEAK", Severity.CRITICAL)
DIRTY = CheckResult("pkg.clean", CheckOutcome.FAIL, "PKG-DIRTY", Severity.MINOR)
PASSING_ITEMS = (LabItemResult("melamine", "≤ 2.5 mg/kg", "未检出", True, "GB/T 22388"),)
FAILING_ITEMS = (LabItemResult("melamine", "≤ 2.5 mg/kg", "3.1 mg/kg", False, "GB/T 22388"),)


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store migrated once for the module: each station starts from a copy of it."""
    root = tmp_path_factory.mktemp("migrated")
    SqliteStore.open(root / "station.sqlite", root / "backups").close()
    return root / "station.sqlite"


@pytest.fixture
def kit(tmp_path: Path, migrated: Path) -> Iterator[StationKit]:
    assert draw_for(HIGH_DRAW) > 0.99
    shutil.copyfile(migrated, tmp_path / "station.sqlite")
    made = make_station(tmp_path, seeds=lambda: HIGH_DRAW)
    yield made
    made.store.close()


def _user(kit: StationKit, username: str, role: Role) -> User:
    user = User(str(uuid.uuid4()), username, username, role)
    with kit.store.uow() as uow:
        uow.users.add(user, Argon2PinHasher.fast().hash("2468"))
        uow.commit()
    return user


@pytest.fixture
def supervisor(kit: StationKit) -> User:
    return _user(kit, "lihua", Role.SUPERVISOR)


@pytest.fixture
def shirt(kit: StationKit) -> Sku:
    """A low-risk apparel SKU: its lots are never sent to the lab here."""
    sku = Sku(
        str(uuid.uuid4()),
        "0" + make_gtin13("690102801111"),
        "纯棉T恤 白色 L",
        kit.milk.merchant_id,
        "apparel",
        None,
        StorageCondition.AMBIENT,
        RiskLevel.LOW,
    )
    with kit.store.uow() as uow:
        uow.skus.add(sku)
        uow.commit()
    return sku


def _lot(kit: StationKit, sku: Sku, quantity: int = APPAREL_LOT) -> Lot:
    lot = Lot(str(uuid.uuid4()), sku.id, f"B{uuid.uuid4().hex[:8]}", None, None, quantity)
    with kit.store.uow() as uow:
        uow.lots.add(lot)
        uow.commit()
    return lot


def _draft(
    kit: StationKit,
    sku: Sku,
    lot: Lot,
    quantity: int = 1,
    failed: tuple[CheckResult, ...] = (),
    stage: Stage = Stage.INBOUND,
) -> Inspection:
    """A complete draft of ``quantity`` units; ``failed`` replace the passes of their items."""
    context = kit.service.context(sku.id, lot.id, stage)
    fails = {f.item_code: f for f in failed}
    checks = tuple(
        fails.get(i.code, CheckResult(i.code, CheckOutcome.PASS))
        for i in applicable_items(context.template, sku.is_imported)
    )
    return Inspection(
        str(uuid.uuid4()),
        stage,
        sku.id,
        lot.id,
        STATION,
        kit.inspector.id,
        kit.clock.now(),
        context.template.id,
        checks,
        reference="ASN20261202009",
        quantity=quantity,
    )


def _submit(kit: StationKit, sku: Sku, lot: Lot, quantity: int = 1, *failed: CheckResult) -> str:
    kit.clock.current += timedelta(minutes=1)  # submitted_at orders the units
    return kit.service.submit(_draft(kit, sku, lot, quantity, failed)).id


def _rows(kit: StationKit, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(kit.store.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _actions(kit: StationKit) -> list[str]:
    return [r[0] for r in _rows(kit, "SELECT action FROM audit_log ORDER BY seq")]


def _kinds(kit: StationKit) -> list[str]:
    return [r[0] for r in _rows(kit, "SELECT kind FROM outbox ORDER BY seq")]


def _counts(kit: StationKit) -> dict[str, int]:
    tables = ("inspection", "lot_plan", "switching_state", "aql_setting", "audit_log", "outbox")
    return {t: _rows(kit, f"SELECT count(*) FROM {t}")[0][0] for t in tables}


def _status(kit: StationKit, lot: Lot) -> LotStatus:
    with kit.store.uow(write=False) as uow:
        found = uow.lots.get(lot.id)
    assert found is not None
    return found.status


def _plan(kit: StationKit, lot: Lot) -> LotPlan | None:
    with kit.store.uow(write=False) as uow:
        return uow.sampling.plan(lot.id)


def _view(kit: StationKit, sku: Sku, lot: Lot) -> sampling_service.SamplingView:
    view = kit.sampling.view(sku.id, lot.id)
    assert view is not None
    return view


def _judged_lot(kit: StationKit, sku: Sku, accepted: bool) -> Lot:
    """A new lot of ``sku``, inspected to an accepted or (one critical unit) rejected outcome."""
    lot = _lot(kit, sku)
    if accepted:
        _submit(kit, sku, lot, _view(kit, sku, lot).decision.sample_size)
    else:
        _submit(kit, sku, lot, 1, LEAK)
    plan = _plan(kit, lot)
    assert plan is not None
    assert plan.outcome is (LotOutcome.ACCEPTED if accepted else LotOutcome.REJECTED)
    return lot


def _received(kit: StationKit, sample: LabSample) -> None:
    kit.labs.collect(sample.id, 2, 1, "QC-F-000123", kit.inspector)
    kit.labs.dispatch(sample.id, "谱尼测试集团", "顺丰速运", "SF1234567890123", kit.inspector)
    kit.clock.current += timedelta(days=1)
    kit.labs.receive(sample.id, kit.clock.now(), True, "封条完好", kit.inspector)


def _entry(items: tuple[LabItemResult, ...]) -> ReportEntry:
    return ReportEntry("PONY-2026-1201", "", frozenset({Accreditation.CMA}), items, None)


def _changed(
    draft: Inspection, quantity: int, all_pass: bool = False, failed: CheckResult | None = None
) -> Inspection:
    """An amendment draft with another quantity, its failures passed or one failure added."""
    checks = draft.checks
    if all_pass:
        checks = tuple(CheckResult(c.item_code, CheckOutcome.PASS) for c in checks)
    if failed is not None:
        checks = tuple(failed if c.item_code == failed.item_code else c for c in checks)
    return replace(draft, quantity=quantity, checks=checks)


# --- the plan ------------------------------------------------------------------------------------


def test_the_first_inbound_submit_fixes_the_plan_with_its_audit_and_outbox(
    kit: StationKit,
) -> None:
    before = kit.clock.now()
    kit.service.submit(kit.draft(quantity=3))
    plan = _plan(kit, kit.lot)
    assert plan == LotPlan(
        kit.lot.id,
        kit.milk.merchant_id,
        kit.milk.id,
        1200,
        "II",
        InspectionSeverity.NORMAL,
        DAIRY_AQLS,
        before,
    )
    assert _actions(kit) == [
        "inspection.submit",
        "lab_selection.decide",
        "lab_sample.select",
        "lot.status",
        "sampling.plan",
    ]
    assert _kinds(kit) == ["inspection", "lab_selection", "lab_sample", "lot_status", "lot_plan"]
    expected = plan_to_dict(plan)
    ((detail,),) = _rows(kit, "SELECT detail FROM audit_log WHERE action = 'sampling.plan'")
    ((payload,),) = _rows(kit, "SELECT payload_json FROM outbox WHERE kind = 'lot_plan'")
    assert json.loads(detail) == json.loads(payload) == expected
    assert _rows(kit, "SELECT lot_size, level, severity, outcome FROM lot_plan") == [
        (1200, "II", "normal", "pending")
    ]

    kit.clock.current += timedelta(minutes=5)
    kit.service.submit(kit.draft(quantity=2))
    assert _plan(kit, kit.lot) == plan  # fixed once: the second save keeps it
    assert _actions(kit).count("sampling.plan") == 1
    assert _status(kit, kit.lot) is LotStatus.HELD  # the new high-risk SKU's lab sample


def test_a_failing_settle_keeps_nothing_of_the_inspection_or_the_plan(
    kit: StationKit, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object) -> None:
        raise RuntimeError("settling the lot failed")

    monkeypatch.setattr(sampling_service, "settle_lot", boom)
    with pytest.raises(RuntimeError, match="settling the lot failed"):
        kit.service.submit(kit.draft())
    assert _counts(kit) == dict.fromkeys(_counts(kit), 0)
    assert _rows(kit, "SELECT count(*) FROM lab_selection") == [(0,)]
    assert _status(kit, kit.lot) is LotStatus.PENDING


def test_a_failing_later_hook_keeps_nothing_of_the_plan(kit: StationKit) -> None:
    planned: list[LotPlan | None] = []

    def boom(uow: UnitOfWork, inspection: Inspection) -> None:
        planned.append(uow.sampling.plan(kit.lot.id))
        raise RuntimeError("the hook after sampling failed")

    hooks = [kit.labs.on_submitted, kit.sampling.on_submitted, boom]
    service = InspectionService(kit.store.uow, kit.photos, kit.clock, STATION, after_submit=hooks)
    with pytest.raises(RuntimeError, match="after sampling"):
        service.submit(kit.draft())
    assert planned and planned[0] is not None  # the plan was made inside the transaction
    assert _counts(kit) == dict.fromkeys(_counts(kit), 0)


def test_view_before_any_inbound_save_is_the_prospective_plan_and_stores_nothing(
    kit: StationKit,
) -> None:
    view = _view(kit, kit.milk, kit.lot)
    assert not view.started
    assert (view.plan.lot_size, view.plan.level, view.plan.severity) == (
        1200,
        "II",
        InspectionSeverity.NORMAL,
    )
    assert view.plan.aqls == DAIRY_AQLS and view.plan.outcome is LotOutcome.PENDING
    assert view.plan.started_at == kit.clock.now()
    assert (view.decision.sample_size, view.decision.inspected) == (80, 0)
    assert view.decision.plan_for(MA).accept == 2 and view.decision.plan_for(MI).reject == 6
    assert view.switching == SwitchingState(kit.milk.merchant_id, kit.milk.id)
    assert _counts(kit) == dict.fromkeys(_counts(kit), 0)

    kit.service.submit(kit.draft(quantity=3))
    kit.clock.current += timedelta(hours=1)
    kit.service.submit(_draft(kit, kit.milk, kit.lot, 4, (DIRTY,)))
    later = _view(kit, kit.milk, kit.lot)
    assert later.started and later.plan == _plan(kit, kit.lot)
    assert later.plan.started_at == kit.clock.now() - timedelta(hours=1)
    assert later.decision.inspected == 7
    assert (later.decision.count(C), later.decision.count(MA), later.decision.count(MI)) == (
        0,
        0,
        4,
    )
    assert later.decision.outcome is LotOutcome.PENDING


def test_unknown_lots_and_skus_are_not_found(kit: StationKit) -> None:
    with pytest.raises(NotFound):
        kit.sampling.view(kit.milk.id, str(uuid.uuid4()))
    with pytest.raises(NotFound):
        kit.sampling.view(str(uuid.uuid4()), kit.lot.id)
    with pytest.raises(NotFound):
        kit.sampling.switching(str(uuid.uuid4()))


@pytest.mark.parametrize("quantity", [0, 1])
def test_a_lot_too_small_to_sample_is_saved_without_a_plan(
    kit: StationKit, shirt: Sku, quantity: int
) -> None:
    lot = _lot(kit, shirt, quantity)  # 0: a lot registered from a scan, its size not entered
    assert kit.sampling.view(shirt.id, lot.id) is None
    _submit(kit, shirt, lot, 3)
    assert _plan(kit, lot) is None and kit.sampling.view(shirt.id, lot.id) is None
    assert _status(kit, lot) is LotStatus.PENDING
    assert kit.sampling.switching(shirt.id).recent_on_normal == ()


# --- the lot decision and the gate ---------------------------------------------------------------


def test_a_complete_conforming_sample_accepts_and_releases_the_lot(
    kit: StationKit, shirt: Sku
) -> None:
    lot = _lot(kit, shirt)
    assert _view(kit, shirt, lot).decision.sample_size == 5
    _submit(kit, shirt, lot, 2)
    assert _status(kit, lot) is LotStatus.PENDING
    assert _plan(kit, lot).outcome is LotOutcome.PENDING  # type: ignore[union-attr]
    _submit(kit, shirt, lot, 3)
    plan = _plan(kit, lot)
    assert plan is not None and plan.outcome is LotOutcome.ACCEPTED
    assert plan.decided_at == kit.clock.now()
    assert _status(kit, lot) is LotStatus.RELEASED
    switching = kit.sampling.switching(shirt.id)
    assert switching.status is SwitchingStatus.NORMAL and switching.recent_on_normal == (True,)
    tail = _actions(kit)[_actions(kit).index("sampling.decide") :]
    assert tail == ["sampling.decide", "sampling.switch", "lot.status"]
    ((detail,),) = _rows(kit, "SELECT detail FROM audit_log WHERE action = 'sampling.decide'")
    assert json.loads(detail) == {
        "outcome": "accepted",
        "inspected": 5,
        "counts": {"critical": 0, "major": 0, "minor": 0},
    }
    ((payload,),) = _rows(kit, "SELECT payload_json FROM outbox WHERE kind = 'switching_state'")
    assert json.loads(payload) == switching_to_dict(switching)

    _submit(kit, shirt, lot, 1, LEAK)  # the outcome is fixed: a later unit does not count
    assert _plan(kit, lot) == plan and _status(kit, lot) is LotStatus.RELEASED
    assert kit.sampling.switching(shirt.id) == switching


def test_one_critical_unit_rejects_the_lot_at_once(kit: StationKit, shirt: Sku) -> None:
    lot = _lot(kit, shirt)
    _submit(kit, shirt, lot, 1)
    _submit(kit, shirt, lot, 3, LEAK, DIRTY)
    plan = _plan(kit, lot)
    assert plan is not None and plan.outcome is LotOutcome.REJECTED
    assert _status(kit, lot) is LotStatus.REJECTED
    view = _view(kit, shirt, lot)
    assert (view.decision.inspected, view.decision.count(C), view.decision.count(MI)) == (2, 1, 0)
    assert kit.sampling.switching(shirt.id).recent_on_normal == (False,)
    ((detail,),) = _rows(kit, "SELECT detail FROM audit_log WHERE action = 'sampling.decide'")
    assert json.loads(detail)["inspected"] == 2


def test_an_accepted_sample_waits_for_the_open_lab_sample_and_a_pass_releases(
    kit: StationKit, supervisor: User
) -> None:
    kit.service.submit(kit.draft(quantity=80))
    assert _plan(kit, kit.lot).outcome is LotOutcome.ACCEPTED  # type: ignore[union-attr]
    assert _status(kit, kit.lot) is LotStatus.HELD
    (sample,) = kit.labs.samples_of_lot(kit.lot.id)
    _received(kit, sample)
    assert _status(kit, kit.lot) is LotStatus.HELD
    resulted = kit.labs.record_result(sample.id, _entry(PASSING_ITEMS), supervisor)
    assert resulted.result is LabResult.PASS
    assert _status(kit, kit.lot) is LotStatus.RELEASED
    kit.labs.close(sample.id, supervisor)
    assert _status(kit, kit.lot) is LotStatus.RELEASED


def test_an_accepted_sample_and_a_failed_lab_result_reject_the_lot(
    kit: StationKit, supervisor: User
) -> None:
    kit.service.submit(kit.draft(quantity=80))
    (sample,) = kit.labs.samples_of_lot(kit.lot.id)
    _received(kit, sample)
    kit.labs.record_result(sample.id, _entry(FAILING_ITEMS), supervisor)
    assert _status(kit, kit.lot) is LotStatus.REJECTED
    assert _plan(kit, kit.lot).outcome is LotOutcome.ACCEPTED  # type: ignore[union-attr]


def test_a_lab_pass_before_the_sample_is_complete_leaves_the_lot_pending(
    kit: StationKit, supervisor: User
) -> None:
    kit.service.submit(kit.draft(quantity=10))
    (sample,) = kit.labs.samples_of_lot(kit.lot.id)
    _received(kit, sample)
    kit.labs.record_result(sample.id, _entry(PASSING_ITEMS), supervisor)
    assert _status(kit, kit.lot) is LotStatus.PENDING
    kit.service.submit(kit.draft(quantity=70))
    assert _status(kit, kit.lot) is LotStatus.RELEASED


# --- which inspections count ---------------------------------------------------------------------


def test_outbound_and_return_inspections_do_not_count(kit: StationKit) -> None:
    kit.service.submit(kit.draft(Stage.OUTBOUND, quantity=80, reference="SO8841"))
    returned = kit.draft(Stage.RETURN, quantity=80, return_reason="包装破损")
    kit.service.submit(returned, ReturnDisposition.RESELL)
    assert _plan(kit, kit.lot) is None
    assert not _view(kit, kit.milk, kit.lot).started
    kit.service.submit(kit.draft(quantity=1))
    assert _view(kit, kit.milk, kit.lot).decision.inspected == 1
    kit.service.submit(kit.draft(Stage.OUTBOUND, quantity=80, reference="SO8842"))
    assert _view(kit, kit.milk, kit.lot).decision.inspected == 1


def test_an_amendment_replaces_the_units_of_the_original(kit: StationKit, shirt: Sku) -> None:
    lot = _lot(kit, shirt)
    first = _submit(kit, shirt, lot, 3)
    assert _view(kit, shirt, lot).decision.inspected == 3
    draft = kit.service.start_amendment(first, str(uuid.uuid4()), kit.inspector.id, "数错了")
    kit.clock.current += timedelta(minutes=1)
    second = kit.service.submit(_changed(draft, 1))
    assert _view(kit, shirt, lot).decision.inspected == 1
    assert _plan(kit, lot).outcome is LotOutcome.PENDING  # type: ignore[union-attr]
    draft = kit.service.start_amendment(second.id, str(uuid.uuid4()), kit.inspector.id, "补检")
    kit.clock.current += timedelta(minutes=1)
    kit.service.submit(_changed(draft, 5))
    assert _plan(kit, lot).outcome is LotOutcome.ACCEPTED  # type: ignore[union-attr]
    assert _status(kit, lot) is LotStatus.RELEASED


def test_a_voided_inspection_no_longer_counts(kit: StationKit, shirt: Sku) -> None:
    lot = _lot(kit, shirt)
    kept = _submit(kit, shirt, lot, 1)
    voided = _submit(kit, shirt, lot, 3)
    assert _view(kit, shirt, lot).decision.inspected == 4
    kit.service.cancel(voided, str(uuid.uuid4()), kit.inspector.id, "录错批次")
    assert _view(kit, shirt, lot).decision.inspected == 1
    _submit(kit, shirt, lot, 4)
    assert _plan(kit, lot).outcome is LotOutcome.ACCEPTED  # type: ignore[union-attr]
    assert kept != voided


def test_amending_or_voiding_after_the_outcome_is_fixed_keeps_outcome_lot_and_switching(
    kit: StationKit, shirt: Sku
) -> None:
    rejected = _lot(kit, shirt)
    bad = _submit(kit, shirt, rejected, 1, LEAK)
    draft = kit.service.start_amendment(bad, str(uuid.uuid4()), kit.inspector.id, "误判")
    kit.service.submit(_changed(draft, 5, all_pass=True))
    plan = _plan(kit, rejected)
    assert plan is not None and plan.outcome is LotOutcome.REJECTED
    assert _status(kit, rejected) is LotStatus.REJECTED
    progress = _view(kit, shirt, rejected).decision  # the replay follows the amendment...
    assert progress.outcome is LotOutcome.ACCEPTED  # ...while the fixed outcome stands

    accepted = _lot(kit, shirt)
    good = _submit(kit, shirt, accepted, 5)
    draft = kit.service.start_amendment(good, str(uuid.uuid4()), kit.inspector.id, "漏检")
    kit.clock.current += timedelta(minutes=1)
    amended = kit.service.submit(_changed(draft, 5, failed=LEAK))
    assert _view(kit, shirt, accepted).decision.outcome is LotOutcome.REJECTED
    plan = _plan(kit, accepted)
    assert plan is not None and plan.outcome is LotOutcome.ACCEPTED
    assert _status(kit, accepted) is LotStatus.RELEASED

    kit.service.cancel(amended.id, str(uuid.uuid4()), kit.inspector.id, "录错批次")
    assert _plan(kit, accepted) == plan and _status(kit, accepted) is LotStatus.RELEASED
    assert _view(kit, shirt, accepted).decision.inspected == 0
    assert kit.sampling.switching(shirt.id).recent_on_normal == (False, True)  # counted once


# --- switching over lots -------------------------------------------------------------------------


def test_two_of_five_rejected_tighten_and_five_accepted_on_tightened_restore_normal(
    kit: StationKit, shirt: Sku
) -> None:
    first = _judged_lot(kit, shirt, accepted=False)
    _judged_lot(kit, shirt, accepted=True)
    second = _judged_lot(kit, shirt, accepted=False)
    switching = kit.sampling.switching(shirt.id)
    assert switching.status is SwitchingStatus.TIGHTENED
    assert switching.history == (
        Transition(
            second.id,
            SwitchingStatus.NORMAL,
            SwitchingStatus.TIGHTENED,
            SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED,
        ),
    )
    assert _plan(kit, first).severity is InspectionSeverity.NORMAL  # type: ignore[union-attr]

    nxt = _lot(kit, shirt)
    view = _view(kit, shirt, nxt)
    assert view.plan.severity is InspectionSeverity.TIGHTENED
    assert view.decision.sample_size == 8  # normal: 5
    assert view.decision.plan_for(MA).code_letter == "D"

    lots = [_judged_lot(kit, shirt, accepted=True) for _ in range(5)]
    for lot in lots:
        assert _plan(kit, lot).severity is InspectionSeverity.TIGHTENED  # type: ignore[union-attr]
    switching = kit.sampling.switching(shirt.id)
    assert switching.status is SwitchingStatus.NORMAL
    assert switching.history[-1] == Transition(
        lots[-1].id,
        SwitchingStatus.TIGHTENED,
        SwitchingStatus.NORMAL,
        SwitchReason.FIVE_CONSECUTIVE_ACCEPTED,
    )
    assert _view(kit, shirt, _lot(kit, shirt)).decision.sample_size == 5
    assert kit.sampling.switching(kit.milk.id) == SwitchingState(
        kit.milk.merchant_id, kit.milk.id
    )  # another SKU of the merchant is not affected


def test_five_rejected_on_tightened_discontinue_and_a_supervisor_resumes(
    kit: StationKit, shirt: Sku, supervisor: User
) -> None:
    for _ in range(2):
        _judged_lot(kit, shirt, accepted=False)
    assert kit.sampling.switching(shirt.id).status is SwitchingStatus.TIGHTENED
    lots = [_judged_lot(kit, shirt, accepted=False) for _ in range(5)]
    stopped = kit.sampling.switching(shirt.id)
    assert stopped.status is SwitchingStatus.DISCONTINUED
    assert stopped.history[-1] == Transition(
        lots[-1].id,
        SwitchingStatus.TIGHTENED,
        SwitchingStatus.DISCONTINUED,
        SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED,
    )

    held = _lot(kit, shirt)
    assert kit.sampling.view(shirt.id, held.id) is None
    _submit(kit, shirt, held, 8)
    assert _plan(kit, held) is None
    assert _status(kit, held) is LotStatus.HELD
    ((detail,),) = _rows(
        kit, "SELECT detail FROM audit_log WHERE entity_id = ? AND action = 'lot.status'", held.id
    )
    assert json.loads(detail) == {"from": "pending", "to": "held", "by": "discontinued"}
    assert kit.sampling.switching(shirt.id) == stopped

    counts = _counts(kit)
    with pytest.raises(NotAllowed):
        kit.sampling.resume(shirt.id, "CAPA-2026-017", kit.inspector)
    for blank in ("", "   "):
        with pytest.raises(InputError) as refused:
            kit.sampling.resume(shirt.id, blank, supervisor)
        assert not isinstance(refused.value, NotAllowed)
    assert _counts(kit) == counts and kit.sampling.switching(shirt.id) == stopped

    kit.clock.current += timedelta(days=2)
    resumed = kit.sampling.resume(shirt.id, " CAPA-2026-017 ", supervisor)
    assert resumed.status is SwitchingStatus.TIGHTENED
    assert resumed.history == (
        *stopped.history,
        Transition(
            "CAPA-2026-017",
            SwitchingStatus.DISCONTINUED,
            SwitchingStatus.TIGHTENED,
            SwitchReason.RESUMED,
        ),
    )
    assert kit.sampling.switching(shirt.id) == resumed
    assert _actions(kit)[-1] == "sampling.resume"
    with pytest.raises(InputError, match="not_discontinued"):
        kit.sampling.resume(shirt.id, "CAPA-2026-018", supervisor)

    _submit(kit, shirt, held, 8)  # the held lot is inspected again, now on tightened
    plan = _plan(kit, held)
    assert plan is not None and plan.severity is InspectionSeverity.TIGHTENED
    assert plan.outcome is LotOutcome.ACCEPTED  # the 8 units saved while stopped count too
    assert _status(kit, held) is LotStatus.RELEASED

    path, backups = kit.store.path, kit.store.path.parent / "backups"
    kit.store.close()
    kit.store = SqliteStore.open(path, backups)
    reopened = SamplingService(kit.store.uow, kit.clock).switching(shirt.id)
    assert reopened == kit.sampling.switching(shirt.id)
    assert [t.reason for t in reopened.history] == [
        SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED,
        SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED,
        SwitchReason.RESUMED,
    ]
    assert reopened.accepted_in_a_row == 1


def _discontinue(kit: StationKit, sku: Sku) -> None:
    for _ in range(2 + 5):  # 2 of 5 on normal, then 5 not accepted on tightened
        _judged_lot(kit, sku, accepted=False)
    assert kit.sampling.switching(sku.id).status is SwitchingStatus.DISCONTINUED


def test_a_lab_result_does_not_release_a_lot_held_while_discontinued(
    kit: StationKit, shirt: Sku, supervisor: User
) -> None:
    _discontinue(kit, shirt)
    passed, cancelled = _lot(kit, shirt), _lot(kit, shirt)
    for lot in (passed, cancelled):
        _submit(kit, shirt, lot, 8)
        kit.labs.override(lot.id, True, "停检期间送检", supervisor)
        assert _status(kit, lot) is LotStatus.HELD
    (sample,) = kit.labs.samples_of_lot(passed.id)
    _received(kit, sample)
    kit.labs.record_result(sample.id, _entry(PASSING_ITEMS), supervisor)
    (other,) = kit.labs.samples_of_lot(cancelled.id)
    kit.labs.cancel(other.id, "样品已损坏", supervisor)
    assert _status(kit, passed) is LotStatus.HELD  # still discontinued: no sampling yet
    assert _status(kit, cancelled) is LotStatus.HELD

    failed = _lot(kit, shirt)
    _submit(kit, shirt, failed, 8)
    kit.labs.override(failed.id, True, "停检期间送检", supervisor)
    (bad,) = kit.labs.samples_of_lot(failed.id)
    _received(kit, bad)
    kit.labs.record_result(bad.id, _entry(FAILING_ITEMS), supervisor)
    assert _status(kit, failed) is LotStatus.REJECTED  # a failed result still rejects


# --- category AQLs -------------------------------------------------------------------------------


def test_a_supervisor_sets_category_aqls_for_lots_started_afterwards(
    kit: StationKit, shirt: Sku, supervisor: User
) -> None:
    started = _lot(kit, shirt, quantity=1200)
    _submit(kit, shirt, started, 1)
    before = _plan(kit, started)
    assert before is not None and before.aqls == {C: "0", MA: "2.5", MI: "4.0"}

    kit.clock.current += timedelta(hours=1)
    kit.sampling.set_category_aqls("apparel", {C: "0", MA: "1", MI: "1.5"}, "I", supervisor)
    assert kit.sampling.category_aqls("apparel") == ({C: "0", MA: "1.0", MI: "1.5"}, "I")
    assert kit.sampling.category_aqls("dairy") == (DAIRY_AQLS, "II")  # others unchanged
    assert _rows(kit, "SELECT level, updated_by FROM aql_setting") == [("I", supervisor.id)]
    assert _actions(kit)[-1] == "sampling.aqls" and _kinds(kit)[-1] == "aql_setting"
    ((payload,),) = _rows(kit, "SELECT payload_json FROM outbox WHERE kind = 'aql_setting'")
    assert json.loads(payload) == {
        "aqls": {"critical": "0", "major": "1.0", "minor": "1.5"},
        "level": "I",
    }

    _submit(kit, shirt, started, 1)
    assert _plan(kit, started) == before  # already started: keeps its plan
    fresh = _lot(kit, shirt, quantity=1200)
    assert _view(kit, shirt, fresh).plan.aqls == {C: "0", MA: "1.0", MI: "1.5"}
    _submit(kit, shirt, fresh, 1)
    after = _plan(kit, fresh)
    assert after is not None and (after.level, after.aqls) == ("I", {C: "0", MA: "1.0", MI: "1.5"})
    assert _view(kit, shirt, fresh).decision == replace(
        LotDecision.start(1200, {C: "0", MA: "1.0", MI: "1.5"}, "I"), inspected=1
    )  # level I: letter G, n 32, and minor G@1.5 follows its arrow to H, n 50
    assert _view(kit, shirt, fresh).decision.sample_size == 50

    kit.sampling.set_category_aqls("apparel", {C: "0", MA: "0", MI: "0"}, "II", supervisor)
    assert kit.sampling.category_aqls("apparel") == ({C: "0", MA: "0", MI: "0"}, "II")
    assert _rows(kit, "SELECT count(*) FROM aql_setting") == [(1,)]


@pytest.mark.parametrize(
    ("aqls", "level", "match"),
    [
        ({C: "0", MA: "3.3", MI: "4.0"}, "II", "aql_not_in_table"),
        ({C: "0", MA: "2.5", MI: "4.0"}, "IV", "unknown inspection level"),
        ({C: "0", MA: "2.5"}, "II", "every defect class"),
        ({C: "0", MA: "2.5", MI: "1e0"}, "II", "aql_not_in_table"),
    ],
)
def test_invalid_category_aqls_are_refused_and_nothing_is_stored(
    kit: StationKit, supervisor: User, aqls: dict[Severity, str], level: str, match: str
) -> None:
    counts = _counts(kit)
    with pytest.raises(InputError, match=match) as refused:
        kit.sampling.set_category_aqls("apparel", aqls, level, supervisor)
    assert not isinstance(refused.value, NotAllowed)
    assert _counts(kit) == counts
    assert kit.sampling.category_aqls("apparel") == ({C: "0", MA: "2.5", MI: "4.0"}, "II")


def test_an_inspector_may_not_set_category_aqls_and_unknown_categories_are_refused(
    kit: StationKit, supervisor: User
) -> None:
    counts = _counts(kit)
    with pytest.raises(NotAllowed):
        kit.sampling.set_category_aqls("apparel", DAIRY_AQLS, "II", kit.inspector)
    with pytest.raises(NotFound):
        kit.sampling.set_category_aqls("no_such_category", DAIRY_AQLS, "II", supervisor)
    assert _counts(kit) == counts
