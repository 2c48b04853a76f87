"""Lab sampling through a real SQLite store: the decision, the chain of custody, the lot's hold."""

import io
import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from qc_station.adapters.db.store import SqliteStore
from qc_station.adapters.pin_hasher import Argon2PinHasher
from qc_station.domain import lab
from qc_station.domain.audit import verify_chain
from qc_station.domain.catalogue import RiskLevel, Sku, StorageCondition
from qc_station.domain.defects import Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.gtin import make_gtin13
from qc_station.domain.inspection import CheckOutcome, CheckResult, Inspection
from qc_station.domain.lab import (
    Accreditation,
    LabItemResult,
    LabResult,
    LabSample,
    LabSampleStatus,
    SelectionReason,
)
from qc_station.domain.lab_selection import SelectionPolicy, decide_lab_sampling, draw_for
from qc_station.domain.lot import Lot, LotStatus
from qc_station.domain.rules import applicable_items
from qc_station.domain.stage import Stage
from qc_station.domain.users import Role, User
from qc_station.domain.verdict import Verdict
from qc_station.errors import ConflictError, InputError, NotFound
from qc_station.services.auth_service import NotAllowed
from qc_station.services.inspection_service import InspectionService
from qc_station.services.lab_serialization import selection_to_dict
from qc_station.services.lab_service import ReportEntry
from qc_station.services.ports import UnitOfWork
from qc_station.services.serialization import canonical_json
from tests.helpers.station import STATION, StationKit, make_station

LOW_DRAW = 139  # draw_for(139) ≈ 0.0015: drawn whenever the chance is above zero
HIGH_DRAW = 153  # draw_for(153) ≈ 0.993: never drawn at the policy's chances
SHANGHAI = timezone(timedelta(hours=8))
DAIRY_ITEMS = (
    LabItemResult("aflatoxin_m1", "≤ 0.5 μg/kg", "未检出", True, "GB 5009.24"),
    LabItemResult("melamine", "≤ 2.5 mg/kg", "未检出", True, "GB/T 22388"),
    LabItemResult("protein", "≥ 2.9 g/100g", "3.2 g/100g", True, "GB 5009.5"),
)


def _pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Test report PONY-2026-1201")
    canvas.save()
    return buffer.getvalue()


PDF = _pdf()


class Seeds:
    """The seeds the lab service draws with; a test sets the next one."""

    def __init__(self) -> None:
        self.value = 1

    def __call__(self) -> int:
        return self.value


@pytest.fixture
def seeds() -> Seeds:
    return Seeds()


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store migrated once for the module: each station starts from a copy of it."""
    root = tmp_path_factory.mktemp("migrated")
    SqliteStore.open(root / "station.sqlite", root / "backups").close()
    return root / "station.sqlite"


@pytest.fixture
def kit(tmp_path: Path, seeds: Seeds, migrated: Path) -> Iterator[StationKit]:
    shutil.copyfile(migrated, tmp_path / "station.sqlite")
    made = make_station(tmp_path, seeds=seeds, sampling_hook=False)
    yield made
    made.store.close()


def _user(kit: StationKit, username: str, name: str, role: Role) -> User:
    user = User(str(uuid.uuid4()), username, name, role)
    with kit.store.uow() as uow:
        uow.users.add(user, Argon2PinHasher.fast().hash("2468"))
        uow.commit()
    return user


@pytest.fixture
def supervisor(kit: StationKit) -> User:
    return _user(kit, "lihua", "李华", Role.SUPERVISOR)


def _actions(kit: StationKit) -> list[str]:
    return [r[0] for r in kit.rows("SELECT action FROM audit_log ORDER BY seq")]


def _kinds(kit: StationKit) -> list[str]:
    return [r[0] for r in kit.rows("SELECT kind FROM outbox ORDER BY seq")]


def _assert_no_blobs(kit: StationKit) -> None:
    assert kit.rows("SELECT count(*) FROM photo") == [(0,)]
    assert not kit.photos.root.exists() or not any(kit.photos.root.rglob("*"))


def _lot_now(kit: StationKit, lot_id: str) -> Lot:
    with kit.store.uow(write=False) as uow:
        lot = uow.lots.get(lot_id)
    assert lot is not None
    return lot


def _sku(
    kit: StationKit, category: str, risk: RiskLevel, item: str, shelf_life: int | None = 270
) -> Sku:
    sku = Sku(
        str(uuid.uuid4()),
        "0" + make_gtin13("69010280" + item),
        f"测试商品 {category} {item}",
        kit.milk.merchant_id,
        category,
        shelf_life,
        StorageCondition.AMBIENT,
        risk,
    )
    with kit.store.uow() as uow:
        uow.skus.add(sku)
        uow.commit()
    return sku


def _lot(kit: StationKit, sku: Sku, batch: str) -> Lot:
    made = kit.clock.today() - timedelta(days=10)
    expiry = None if sku.shelf_life_days is None else made + timedelta(sku.shelf_life_days - 1)
    lot = Lot(str(uuid.uuid4()), sku.id, batch, made if expiry else None, expiry, 240)
    with kit.store.uow() as uow:
        uow.lots.add(lot)
        uow.commit()
    return lot


def _draft(kit: StationKit, sku: Sku, lot: Lot, stage: Stage = Stage.INBOUND) -> Inspection:
    context = kit.service.context(sku.id, lot.id, stage)
    checks = tuple(
        CheckResult(i.code, CheckOutcome.PASS)
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
    )


def _selected(kit: StationKit) -> LabSample:
    """Submit the milk lot (always sampled) and return its sample."""
    kit.service.submit(kit.draft())
    (sample,) = kit.labs.samples_of_lot(kit.lot.id)
    return sample


def _received(kit: StationKit, sample: LabSample) -> LabSample:
    kit.clock.current += timedelta(minutes=20)
    kit.labs.collect(sample.id, 2, 1, " QC-F-000123 ", kit.inspector)
    kit.clock.current += timedelta(hours=2)
    kit.labs.dispatch(sample.id, "谱尼测试集团", "顺丰速运", "SF1234567890123", kit.inspector)
    kit.clock.current += timedelta(days=1)
    received_at = kit.clock.now() - timedelta(hours=3)
    return kit.labs.receive(sample.id, received_at, True, " 封条完好 ", kit.inspector)


def _entry(items: tuple[LabItemResult, ...] = DAIRY_ITEMS, pdf: bytes | None = PDF) -> ReportEntry:
    return ReportEntry(
        " PONY-2026-1201 ", "", frozenset({Accreditation.CMA, Accreditation.CNAS}), items, pdf
    )


def _snack_lot(kit: StationKit, batch: str = "S20261120") -> tuple[Sku, Lot]:
    """A lot of a new medium-risk SKU: drawn at random (a medium score), never by a rule."""
    sku = _sku(kit, "snacks_drinks", RiskLevel.MEDIUM, "1111")
    return sku, _lot(kit, sku, batch)


# --- the decision at inbound ---------------------------------------------------------------


def test_first_inbound_submit_of_a_new_high_risk_lot_selects_and_holds_it(
    kit: StationKit,
) -> None:
    risk = kit.labs.risk(kit.milk.id, kit.lot.id)
    saved = kit.service.submit(kit.draft())
    assert saved.verdict is Verdict.ACCEPT
    selection = kit.labs.selection(kit.lot.id)
    assert selection is not None and selection.risk == risk
    assert selection.selected and selection.reason is SelectionReason.NEW_HIGH_RISK_SKU
    assert selection.seed == 1 and selection.draw == draw_for(1)
    assert selection.probability == SelectionPolicy().probability(selection.risk.score)
    assert selection.facts.sku_is_new and selection.facts.listed_risk is RiskLevel.HIGH
    codes = {f.code for f in selection.risk.factors}
    assert {"category_risk", "new_sku", "new_merchant", "never_lab_tested"} <= codes
    assert selection.risk.score == sum(f.points for f in selection.risk.factors)

    ((seed, decided_by, decided_at, explanation, version),) = kit.rows(
        "SELECT seed, decided_by, decided_at, explanation, version FROM lab_selection"
    )
    assert (seed, decided_by, version) == ("1", kit.inspector.id, 1)
    assert decided_at == "2026-12-02T02:00:00.000000Z"
    stored = json.loads(explanation)
    assert [f["code"] for f in stored["risk"]["factors"]] == [
        f.code for f in selection.risk.factors
    ]
    assert stored["policy"] == {"max_probability": 0.5, "min_probability": 0.05, "threshold": 30}

    (sample,) = kit.labs.samples_of_lot(kit.lot.id)
    assert sample.status is LabSampleStatus.SELECTED and sample.version == 1
    assert sample.code == "HZ01-QC03-261202-001"
    assert sample.selection_reason == "new_high_risk_sku"
    assert sample.selected_by == kit.inspector.id and sample.selected_at == kit.clock.now()
    assert kit.labs.find_code(" HZ01-QC03-261202-001 ") == sample
    lot = _lot_now(kit, kit.lot.id)
    assert (lot.status, lot.version) == (LotStatus.HELD, 2)

    assert _actions(kit) == [
        "inspection.submit",
        "lab_selection.decide",
        "lab_sample.select",
        "lot.status",
    ]
    assert _kinds(kit) == ["inspection", "lab_selection", "lab_sample", "lot_status"]
    ((decision,),) = kit.rows("SELECT payload_json FROM outbox WHERE kind = 'lab_selection'")
    assert json.loads(decision) == json.loads(canonical_json(selection_to_dict(selection)))
    ((payload,),) = kit.rows("SELECT payload_json FROM outbox WHERE kind = 'lot_status'")
    assert json.loads(payload) == {"lot_id": kit.lot.id, "status": "held", "version": 2}
    with kit.store.uow(write=False) as uow:
        assert verify_chain(uow.audit.entries()).ok


def test_a_failing_hook_keeps_nothing_of_the_inspection_or_the_decision(
    kit: StationKit,
) -> None:
    decided: list[object] = []

    def boom(uow: UnitOfWork, inspection: Inspection) -> None:
        decided.append(uow.lab_selections.get(kit.lot.id))
        raise RuntimeError("the hook after the lab decision failed")

    service = InspectionService(
        kit.store.uow, kit.photos, kit.clock, STATION, after_submit=[kit.labs.on_submitted, boom]
    )
    with pytest.raises(RuntimeError, match="hook after"):
        service.submit(kit.draft())
    assert decided and decided[0] is not None  # the decision was made inside the transaction
    for table in ("inspection", "lab_selection", "lab_sample", "audit_log", "outbox"):
        assert kit.rows(f"SELECT count(*) FROM {table}") == [(0,)], table
    assert _lot_now(kit, kit.lot.id) == kit.lot


def test_a_second_inbound_submit_of_the_lot_decides_nothing(kit: StationKit, seeds: Seeds) -> None:
    kit.service.submit(kit.draft())
    first = kit.labs.selection(kit.lot.id)
    seeds.value = HIGH_DRAW
    kit.clock.current += timedelta(hours=1)
    kit.service.submit(kit.draft())
    assert kit.labs.selection(kit.lot.id) == first
    assert len(kit.labs.samples_of_lot(kit.lot.id)) == 1
    assert _actions(kit).count("lab_selection.decide") == 1
    assert _actions(kit)[-1] == "inspection.submit"


@pytest.mark.parametrize("case", ["outbound", "return", "inbound_reject"])
def test_outbound_return_and_rejected_inbound_submits_decide_nothing(
    kit: StationKit, case: str
) -> None:
    if case == "outbound":
        kit.service.submit(kit.draft(Stage.OUTBOUND, reference="SO8841"))
    elif case == "return":
        kit.service.submit(
            kit.draft(Stage.RETURN, return_reason="不想要了"), ReturnDisposition.RESELL
        )
    else:
        draft = kit.draft()
        leak = CheckResult("pkg.no_leak_crush", CheckOutcome.FAIL, "PKG-LEAK", Severity.CRITICAL)
        checks = tuple(leak if c.item_code == leak.item_code else c for c in draft.checks)
        saved = kit.service.submit(replace(draft, checks=checks))
        assert saved.verdict is Verdict.REJECT
    assert kit.labs.selection(kit.lot.id) is None
    assert kit.labs.samples_of_lot(kit.lot.id) == []
    assert _lot_now(kit, kit.lot.id) == kit.lot
    assert _actions(kit) == ["inspection.submit"]
    kit.clock.current += timedelta(hours=1)
    kit.service.submit(kit.draft())  # the first inbound submit that does not reject decides
    selection = kit.labs.selection(kit.lot.id)
    assert selection is not None and selection.reason is SelectionReason.NEW_HIGH_RISK_SKU


# --- the chain of custody ------------------------------------------------------------------


def test_lifecycle_with_a_passing_result_releases_the_lot(
    kit: StationKit, supervisor: User
) -> None:
    sample = _selected(kit)
    kit.clock.current += timedelta(minutes=20)
    collected = kit.labs.collect(sample.id, 2, 1, " QC-F-000123 ", kit.inspector)
    assert collected.status is LabSampleStatus.COLLECTED and collected.version == 2
    assert collected.collection is not None
    assert (collected.collection.test_quantity, collected.collection.backup_quantity) == (2, 1)
    assert collected.collection.seal_no == "QC-F-000123"
    assert collected.collection.collected_by == kit.inspector.id
    assert _lot_now(kit, kit.lot.id).status is LotStatus.HELD

    kit.clock.current += timedelta(hours=2)
    dispatched = kit.labs.dispatch(
        sample.id, " 谱尼测试集团 ", "顺丰速运", "SF1234567890123", kit.inspector
    )
    assert dispatched.status is LabSampleStatus.DISPATCHED and dispatched.lab_name == "谱尼测试集团"
    kit.clock.current += timedelta(days=1)
    received = kit.labs.receive(
        sample.id, kit.clock.now() - timedelta(hours=3), True, " 封条完好 ", kit.inspector
    )
    assert received.receipt is not None and received.receipt.note == "封条完好"
    assert _lot_now(kit, kit.lot.id).status is LotStatus.HELD

    kit.clock.current += timedelta(days=5)
    resulted = kit.labs.record_result(sample.id, _entry(), supervisor)
    assert resulted.status is LabSampleStatus.RESULTED and resulted.result is LabResult.PASS
    assert resulted.report is not None
    assert resulted.report_no == resulted.report.report_no == "PONY-2026-1201"
    assert resulted.report.lab_name == "谱尼测试集团"  # the dispatch's lab when none is typed
    assert resulted.report.accreditations == {Accreditation.CMA, Accreditation.CNAS}
    assert resulted.report.recorded_by == supervisor.id
    assert resulted.report.resulted_at == kit.clock.now()
    lot = _lot_now(kit, kit.lot.id)
    assert (lot.status, lot.version) == (LotStatus.RELEASED, 3)

    kit.clock.current += timedelta(hours=1)
    closed = kit.labs.close(sample.id, supervisor)
    assert closed.status is LabSampleStatus.CLOSED and closed.closed_at == kit.clock.now()
    assert closed.version == 6
    assert kit.labs.samples_of_lot(kit.lot.id) == [closed]
    assert _lot_now(kit, kit.lot.id).status is LotStatus.RELEASED
    assert kit.labs.report_pdf(sample.id) == PDF
    assert resulted.report.report_pdf is not None
    assert kit.rows(
        "SELECT mime, size FROM photo WHERE sha256 = ?", resulted.report.report_pdf
    ) == [("application/pdf", len(PDF))]

    lab_actions = [a for a in _actions(kit) if a.startswith("lab_sample.")]
    assert lab_actions == [
        "lab_sample.select",
        "lab_sample.collect",
        "lab_sample.dispatch",
        "lab_sample.receive",
        "lab_sample.result",
        "lab_sample.close",
    ]
    moves = kit.rows("SELECT detail FROM audit_log WHERE action = 'lot.status' ORDER BY seq")
    assert [json.loads(d)["to"] for (d,) in moves] == ["held", "released"]
    assert _kinds(kit).count("lab_sample") == 6 and _kinds(kit).count("lot_status") == 2

    connection = sqlite3.connect(kit.store.path)
    try:
        for sql in (
            "UPDATE lab_sample SET result = 'fail' WHERE id = ?",
            "DELETE FROM lab_sample WHERE id = ?",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="a closed lab sample is immutable"):
                connection.execute(sql, (sample.id,))
    finally:
        connection.close()
    assert kit.labs.samples_of_lot(kit.lot.id) == [closed]


def test_lifecycle_with_a_failing_result_rejects_the_lot_and_raises_the_risk(
    kit: StationKit, supervisor: User, seeds: Seeds
) -> None:
    sample = _received(kit, _selected(kit))
    before = kit.labs.risk(kit.milk.id, None)
    before_codes = {f.code for f in before.factors}
    assert "sku_last_lab_failed" not in before_codes
    assert "merchant_lab_failures" not in before_codes

    failing = (
        DAIRY_ITEMS[0],
        LabItemResult("melamine", "≤ 2.5 mg/kg", "3.1 mg/kg", False, "GB/T 22388"),
        DAIRY_ITEMS[2],
    )
    kit.clock.current += timedelta(days=5)
    resulted = kit.labs.record_result(sample.id, _entry(failing, pdf=None), supervisor)
    assert resulted.result is LabResult.FAIL
    assert resulted.report is not None and resulted.report.failed_items == ("melamine",)
    assert resulted.report.report_pdf is None
    with pytest.raises(NotFound, match="no report PDF"):
        kit.labs.report_pdf(sample.id)
    assert _lot_now(kit, kit.lot.id).status is LotStatus.REJECTED
    kit.labs.close(sample.id, supervisor)
    assert _lot_now(kit, kit.lot.id).status is LotStatus.REJECTED  # for good

    after = kit.labs.risk(kit.milk.id, None)
    points = {f.code: f.points for f in after.factors}
    assert points["sku_last_lab_failed"] == 15
    assert points["merchant_lab_failures"] == 10
    assert points["lots_not_accepted"] == 4
    assert after.score > before.score

    seeds.value = HIGH_DRAW  # a draw that would never select the lot at random
    kit.clock.current += timedelta(days=1)
    next_lot = _lot(kit, kit.milk, "20261205B2")
    kit.service.submit(_draft(kit, kit.milk, next_lot))
    selection = kit.labs.selection(next_lot.id)
    assert selection is not None and selection.draw == draw_for(HIGH_DRAW)
    assert selection.selected and selection.reason is SelectionReason.LAST_RESULT_FAILED
    assert selection.probability < selection.draw
    (second,) = kit.labs.samples_of_lot(next_lot.id)
    assert second.selection_reason == "last_result_failed"
    assert second.code == "HZ01-QC03-261209-001"
    assert _lot_now(kit, next_lot.id).status is LotStatus.HELD


def test_steps_out_of_order_change_nothing(kit: StationKit, supervisor: User) -> None:
    sample = _selected(kit)
    lot = _lot_now(kit, kit.lot.id)
    audit, outbox = len(_actions(kit)), len(_kinds(kit))
    now = kit.clock.now()
    attempts = [
        lambda: kit.labs.dispatch(sample.id, "谱尼", "顺丰", "SF1", kit.inspector),
        lambda: kit.labs.receive(sample.id, now, True, "", kit.inspector),
        lambda: kit.labs.record_result(sample.id, _entry(), supervisor),
        lambda: kit.labs.close(sample.id, supervisor),
        lambda: kit.labs.collect(sample.id, 0, 1, "QC-F-1", kit.inspector),  # no test units
        lambda: kit.labs.collect(sample.id, 2, 1, "  ", kit.inspector),  # no seal
    ]
    for attempt in attempts:
        with pytest.raises(InputError):
            attempt()
    assert kit.labs.samples_of_lot(kit.lot.id) == [sample]
    assert _lot_now(kit, kit.lot.id) == lot
    assert (len(_actions(kit)), len(_kinds(kit))) == (audit, outbox)
    _assert_no_blobs(kit)  # the refused result's PDF was not kept

    collected = kit.labs.collect(sample.id, 2, 1, "QC-F-1", kit.inspector)
    with pytest.raises(InputError, match="step_out_of_order"):
        kit.labs.collect(sample.id, 2, 1, "QC-F-2", kit.inspector)
    assert kit.labs.samples_of_lot(kit.lot.id) == [collected]


def test_a_stale_concurrent_update_is_a_conflict(kit: StationKit) -> None:
    sample = _selected(kit)
    with kit.store.uow(write=False) as uow:
        mine = uow.lab_samples.get(sample.id)
    with kit.store.uow(write=False) as uow:
        theirs = uow.lab_samples.get(sample.id)
    assert mine is not None and theirs is not None
    now = kit.clock.now()
    mine = lab.collect(mine, lab.Collection(2, 1, "QC-F-MINE", kit.inspector.id, now))
    theirs = lab.collect(theirs, lab.Collection(3, 0, "QC-F-THEIRS", kit.inspector.id, now))
    with kit.store.uow() as uow:
        uow.lab_samples.update(mine)
        uow.commit()
    with kit.store.uow() as uow, pytest.raises(ConflictError, match="changed by someone else"):
        uow.lab_samples.update(theirs)
    assert kit.labs.samples_of_lot(kit.lot.id) == [mine]


def test_an_inspector_may_not_record_results_cancel_or_override(
    kit: StationKit,
) -> None:
    sample = _received(kit, _selected(kit))
    audit = len(_actions(kit))
    with pytest.raises(NotAllowed):
        kit.labs.record_result(sample.id, _entry(), kit.inspector)
    with pytest.raises(NotAllowed):
        kit.labs.cancel(sample.id, "不需要", kit.inspector)
    with pytest.raises(NotAllowed):
        kit.labs.override(kit.lot.id, False, "不需要", kit.inspector)
    assert kit.labs.samples_of_lot(kit.lot.id) == [sample]
    assert len(_actions(kit)) == audit
    assert kit.rows("SELECT count(*) FROM photo") == [(0,)]


def test_a_report_that_is_not_a_pdf_or_not_accredited_is_refused_and_no_blob_kept(
    kit: StationKit, supervisor: User
) -> None:
    sample = _received(kit, _selected(kit))
    for data in (b"PK\x03\x04 a zip file", b"", b" %PDF-1.4 leading space"):
        with pytest.raises(InputError, match="not a PDF"):
            kit.labs.record_result(sample.id, _entry(pdf=data), supervisor)
    unaccredited = ReportEntry("PONY-1", "谱尼", frozenset(), DAIRY_ITEMS, PDF)
    with pytest.raises(InputError, match="not_accredited"):
        kit.labs.record_result(sample.id, unaccredited, supervisor)
    assert kit.labs.samples_of_lot(kit.lot.id) == [sample]
    _assert_no_blobs(kit)


def test_a_receipt_in_the_future_or_before_dispatch_is_refused(kit: StationKit) -> None:
    sample = _selected(kit)
    kit.labs.collect(sample.id, 2, 1, "QC-F-1", kit.inspector)
    kit.clock.current += timedelta(hours=1)
    dispatched = kit.labs.dispatch(sample.id, "谱尼", "顺丰", "SF1", kit.inspector)
    with pytest.raises(InputError, match="future"):
        kit.labs.receive(sample.id, kit.clock.now() + timedelta(minutes=1), True, "", kit.inspector)
    with pytest.raises(InputError, match="received_before_dispatch"):
        kit.labs.receive(sample.id, kit.clock.now() - timedelta(hours=2), True, "", kit.inspector)
    assert kit.labs.samples_of_lot(kit.lot.id) == [dispatched]
    received = kit.labs.receive(sample.id, kit.clock.now(), False, "封条破损", kit.inspector)
    assert received.receipt is not None and received.receipt.seal_intact is False


def test_a_supervisor_cancels_a_sample_and_the_lot_is_pending_again(
    kit: StationKit, supervisor: User
) -> None:
    sample = _selected(kit)
    with pytest.raises(InputError, match="cancel_needs_reason"):
        kit.labs.cancel(sample.id, "  ", supervisor)
    cancelled = kit.labs.cancel(sample.id, "样品已损坏", supervisor)
    assert cancelled.status is LabSampleStatus.CANCELLED
    assert cancelled.cancel_reason == "样品已损坏" and cancelled.closed_at == kit.clock.now()
    assert _lot_now(kit, kit.lot.id).status is LotStatus.PENDING
    connection = sqlite3.connect(kit.store.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="a closed lab sample is immutable"):
            connection.execute("UPDATE lab_sample SET status = 'selected'")
    finally:
        connection.close()


# --- overrides -----------------------------------------------------------------------------


def test_a_supervisor_selects_a_lot_that_was_not_drawn(
    kit: StationKit, supervisor: User, seeds: Seeds
) -> None:
    seeds.value = HIGH_DRAW
    sku, lot = _snack_lot(kit)
    kit.service.submit(_draft(kit, sku, lot))
    drawn = kit.labs.selection(lot.id)
    assert drawn is not None and not drawn.selected and drawn.reason is None
    assert 0 < drawn.probability < drawn.draw == draw_for(HIGH_DRAW)
    assert kit.labs.samples_of_lot(lot.id) == []
    assert _lot_now(kit, lot.id).status is LotStatus.PENDING

    kit.clock.current += timedelta(minutes=30)
    changed = kit.labs.override(lot.id, True, " 该商家近期客诉较多 ", supervisor)
    assert changed.selected and changed.reason is SelectionReason.OVERRIDE
    assert changed.override_by == supervisor.id and changed.override_note == "该商家近期客诉较多"
    assert changed.drawn_selected is False
    assert (changed.seed, changed.draw, changed.probability) == (
        drawn.seed,
        drawn.draw,
        drawn.probability,
    )
    assert kit.labs.selection(lot.id) == changed
    assert kit.rows("SELECT version FROM lab_selection WHERE lot_id = ?", lot.id) == [(2,)]
    (sample,) = kit.labs.samples_of_lot(lot.id)
    assert sample.selection_reason == "override" and sample.selection_note == "该商家近期客诉较多"
    assert sample.selected_by == supervisor.id
    assert _lot_now(kit, lot.id).status is LotStatus.HELD
    assert _actions(kit)[-3:] == ["lab_selection.override", "lab_sample.select", "lot.status"]


def test_override_on_a_lot_without_a_decision_draws_first(
    kit: StationKit, supervisor: User, seeds: Seeds
) -> None:
    seeds.value = HIGH_DRAW
    sku, lot = _snack_lot(kit)
    changed = kit.labs.override(lot.id, True, "新品抽检", supervisor)
    assert changed.seed == HIGH_DRAW and changed.draw == draw_for(HIGH_DRAW)
    assert changed.drawn_selected is False and changed.reason is SelectionReason.OVERRIDE
    assert kit.labs.selection(lot.id) == changed
    stored = kit.rows("SELECT decided_by, seed FROM lab_selection WHERE lot_id = ?", lot.id)
    assert stored == [(supervisor.id, str(HIGH_DRAW))]
    assert len(kit.labs.samples_of_lot(lot.id)) == 1

    seeds.value = LOW_DRAW
    kit.service.submit(_draft(kit, sku, lot))  # the lot already has its decision
    assert kit.labs.selection(lot.id) == changed
    assert len(kit.labs.samples_of_lot(lot.id)) == 1


def test_a_supervisor_releases_a_randomly_drawn_lot_before_collection(
    kit: StationKit, supervisor: User, seeds: Seeds
) -> None:
    seeds.value = LOW_DRAW
    sku, lot = _snack_lot(kit)
    kit.service.submit(_draft(kit, sku, lot))
    drawn = kit.labs.selection(lot.id)
    assert drawn is not None and drawn.selected and drawn.reason is SelectionReason.RANDOM
    (sample,) = kit.labs.samples_of_lot(lot.id)
    assert _lot_now(kit, lot.id).status is LotStatus.HELD

    kit.clock.current += timedelta(minutes=10)
    changed = kit.labs.override(lot.id, False, "同批次已由总仓送检", supervisor)
    assert not changed.selected and changed.reason is None and changed.drawn_selected is True
    assert changed.draw == drawn.draw
    (cancelled,) = kit.labs.samples_of_lot(lot.id)
    assert cancelled.id == sample.id and cancelled.status is LabSampleStatus.CANCELLED
    assert cancelled.cancel_reason == "同批次已由总仓送检"
    assert _lot_now(kit, lot.id).status is LotStatus.PENDING
    assert _actions(kit)[-3:] == ["lab_selection.override", "lab_sample.cancel", "lot.status"]


def test_releasing_a_lot_whose_sample_left_for_the_lab_is_refused(
    kit: StationKit, supervisor: User, seeds: Seeds
) -> None:
    seeds.value = LOW_DRAW
    sku, lot = _snack_lot(kit)
    kit.service.submit(_draft(kit, sku, lot))
    (sample,) = kit.labs.samples_of_lot(lot.id)
    kit.labs.collect(sample.id, 2, 1, "QC-F-9", kit.inspector)
    dispatched = kit.labs.dispatch(sample.id, "谱尼", "顺丰", "SF9", kit.inspector)
    drawn = kit.labs.selection(lot.id)
    audit = len(_actions(kit))
    with pytest.raises(InputError, match="already left for the lab"):
        kit.labs.override(lot.id, False, "误抽", supervisor)
    assert kit.labs.selection(lot.id) == drawn
    assert kit.labs.samples_of_lot(lot.id) == [dispatched]
    assert _lot_now(kit, lot.id).status is LotStatus.HELD
    assert len(_actions(kit)) == audit


def test_releasing_a_lot_with_a_lab_result_is_refused(
    kit: StationKit, supervisor: User, seeds: Seeds
) -> None:
    seeds.value = LOW_DRAW
    sku, lot = _snack_lot(kit)
    kit.service.submit(_draft(kit, sku, lot))
    (sample,) = kit.labs.samples_of_lot(lot.id)
    _received(kit, sample)
    items = (LabItemResult("lead", "≤ 0.5 mg/kg", "0.02 mg/kg", True),)
    resulted = kit.labs.record_result(sample.id, _entry(items, pdf=None), supervisor)
    drawn = kit.labs.selection(lot.id)
    with pytest.raises(InputError, match="already left for the lab"):
        kit.labs.override(lot.id, False, "误抽", supervisor)
    assert kit.labs.selection(lot.id) == drawn
    assert kit.labs.samples_of_lot(lot.id) == [resulted]
    assert _lot_now(kit, lot.id).status is LotStatus.RELEASED


def test_an_always_rule_selection_cannot_be_released(kit: StationKit, supervisor: User) -> None:
    sample = _selected(kit)
    selection = kit.labs.selection(kit.lot.id)
    with pytest.raises(InputError, match="override_against_rule"):
        kit.labs.override(kit.lot.id, False, "不需要", supervisor)
    with pytest.raises(InputError, match="override_changes_nothing"):
        kit.labs.override(kit.lot.id, True, "再抽一次", supervisor)
    with pytest.raises(InputError, match="override_needs_reason"):
        kit.labs.override(kit.lot.id, False, " ", supervisor)
    assert kit.labs.selection(kit.lot.id) == selection
    assert kit.labs.samples_of_lot(kit.lot.id) == [sample]
    assert _lot_now(kit, kit.lot.id).status is LotStatus.HELD


# --- tags and reproducibility --------------------------------------------------------------


def test_tags_carry_the_lot_and_the_collectors_name(kit: StationKit) -> None:
    sample = _selected(kit)
    (tag,) = kit.labs.tags(sample.id, SHANGHAI)
    assert (tag.code, tag.portion, tag.test_quantity, tag.collected_by) == (
        "HZ01-QC03-261202-001",
        "test",
        None,
        "",
    )
    assert (tag.sku_name, tag.gtin, tag.merchant, tag.batch) == (
        "纯牛奶 250ml×12盒",
        "06901028075831",
        "杭州乳业有限公司",
        "20261122A1",
    )
    assert kit.lot.production_date is not None
    assert tag.production_date == kit.lot.production_date.isoformat()
    assert tag.selected_at == "2026-12-02 10:00"
    assert tag.selection_reason == "new_high_risk_sku"

    collector = _user(kit, "wangxm", "王晓明", Role.INSPECTOR)
    kit.labs.collect(sample.id, 6, 6, "QC-F-000123", collector)
    kit.labs.dispatch(sample.id, "谱尼测试集团", "顺丰", "SF1234567890123", collector)
    test, backup = kit.labs.tags(sample.id, SHANGHAI)
    assert (test.portion, backup.portion) == ("test", "backup")
    for printed in (test, backup):
        assert printed.collected_by == "王晓明"
        assert (printed.test_quantity, printed.backup_quantity, printed.seal_no) == (
            6,
            6,
            "QC-F-000123",
        )
        assert (printed.lab_name, printed.tracking_no) == ("谱尼测试集团", "SF1234567890123")
        assert (printed.code, printed.sku_name, printed.batch) == (
            tag.code,
            tag.sku_name,
            tag.batch,
        )


def test_stored_decisions_are_reproducible(kit: StationKit, supervisor: User, seeds: Seeds) -> None:
    seeds.value = 2**63 - 1
    kit.service.submit(kit.draft())
    lots = [kit.lot.id]
    for seed, item in ((HIGH_DRAW, "2222"), (LOW_DRAW, "3333")):
        seeds.value = seed
        sku = _sku(kit, "snacks_drinks", RiskLevel.MEDIUM, item)
        lot = _lot(kit, sku, f"B{item}")
        kit.service.submit(_draft(kit, sku, lot))
        lots.append(lot.id)
    reasons = []
    for lot_id in lots:
        stored = kit.labs.selection(lot_id)
        assert stored is not None
        again = decide_lab_sampling(
            stored.lot_id, stored.risk, stored.facts, stored.policy, stored.seed
        )
        assert again == stored
        reasons.append(stored.reason)
    assert reasons == [SelectionReason.NEW_HIGH_RISK_SKU, None, SelectionReason.RANDOM]
    codes = [s.code for lot_id in lots for s in kit.labs.samples_of_lot(lot_id)]
    assert codes == ["HZ01-QC03-261202-001", "HZ01-QC03-261202-002"]  # counting up in a day
    assert kit.labs.selection(kit.lot.id).seed == 2**63 - 1  # type: ignore[union-attr]
