"""The inspection use cases through a real SQLite store."""

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from qc_station.domain.audit import verify_chain
from qc_station.domain.defects import Severity
from qc_station.domain.disposition import ReturnDisposition
from qc_station.domain.inspection import CheckOutcome, CheckResult, InspectionState
from qc_station.domain.label_dates import DateField, DateMismatch
from qc_station.domain.stage import Stage
from qc_station.domain.verdict import ReasonCode, Verdict
from qc_station.errors import InputError, StorageFull
from qc_station.services.inspection_service import DraftRequest
from qc_station.services.ports import HistoryQuery
from qc_station.services.serialization import canonical_json, inspection_to_dict
from tests.helpers.station import StationKit, make_station


@pytest.fixture
def station(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    yield made
    made.store.close()


def test_submit_writes_inspection_audit_and_outbox_together(station: StationKit) -> None:
    saved = station.service.submit(station.draft())
    assert saved.state is InspectionState.SUBMITTED and saved.verdict is Verdict.ACCEPT
    assert station.service.get(saved.id) == saved
    outbox = station.rows(
        "SELECT kind, entity_id, payload_json FROM outbox WHERE kind = 'inspection'"
    )
    assert outbox == [("inspection", saved.id, canonical_json(inspection_to_dict(saved)))]
    audit = station.rows("SELECT action, entity_id FROM audit_log WHERE entity = 'inspection'")
    assert audit == [("inspection.submit", saved.id)]
    with station.store.uow(write=False) as uow:
        assert verify_chain(uow.audit.entries()).ok


def test_failed_check_with_photo_is_held(station: StationKit) -> None:
    sha = station.service.store_photo(b"\xff\xd8 fake jpeg bytes of a crushed box", "image/jpeg")
    draft = station.draft()
    crushed = CheckResult(
        "pkg.no_leak_crush",
        CheckOutcome.FAIL,
        "PKG-CRUSHED",
        Severity.MAJOR,
        "外箱一角压扁",
        (sha,),
    )
    draft = replace(
        draft,
        checks=tuple(crushed if c.item_code == crushed.item_code else c for c in draft.checks),
    )
    saved = station.service.submit(draft)
    assert saved.verdict is Verdict.HOLD
    assert saved.reasons[0].code is ReasonCode.MAJOR_DEFECT
    again = station.service.get(saved.id)
    assert again is not None and again.check("pkg.no_leak_crush") == crushed
    assert station.photos.read(sha).startswith(b"\xff\xd8")


def test_incomplete_checklist_is_refused_and_nothing_saved(station: StationKit) -> None:
    draft = station.draft()
    with pytest.raises(InputError, match="checklist incomplete"):
        station.service.submit(replace(draft, checks=draft.checks[1:]))
    assert station.rows("SELECT count(*) FROM inspection") == [(0,)]


def test_return_keeps_the_confirmed_disposition(station: StationKit) -> None:
    draft = station.draft(Stage.RETURN, return_reason="包装破损")
    evaluation = station.service.evaluate(draft)
    assert evaluation.proposed_disposition is ReturnDisposition.RESELL
    saved = station.service.submit(draft, ReturnDisposition.REPACK)
    assert saved.disposition is ReturnDisposition.REPACK


def test_shelf_life_policy_rejects_old_stock_at_inbound(station: StationKit) -> None:
    station.clock.current += timedelta(days=70)  # less than 2/3 of 180 days left
    evaluation = station.service.evaluate(station.draft())
    assert evaluation.decision is not None
    assert evaluation.decision.verdict is Verdict.REJECT
    assert evaluation.decision.reasons[0].code is ReasonCode.SHELF_LIFE_NO_RECEIVE


def test_amendment_is_a_new_version_and_the_original_stays(station: StationKit) -> None:
    original = station.service.submit(station.draft())
    draft = station.service.start_amendment(
        original.id, "amend-1", station.inspector.id, "批次号录错"
    )
    amended = station.service.submit(replace(draft, reference="ASN20261202002"))
    assert amended.version == 2 and amended.supersedes_id == original.id
    assert station.service.get(original.id) == original
    query = "SELECT action FROM audit_log WHERE entity = 'inspection' ORDER BY seq"
    actions = [r[0] for r in station.rows(query)]
    assert actions == ["inspection.submit", "inspection.amend"]
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        connection = sqlite3.connect(station.store.path)
        try:
            connection.execute("UPDATE inspection SET verdict='reject' WHERE id=?", (original.id,))
        finally:
            connection.close()


def test_history_lists_todays_work_newest_first(station: StationKit) -> None:
    first = station.service.submit(station.draft())
    station.clock.current += timedelta(minutes=5)
    second = station.service.submit(station.draft(Stage.OUTBOUND, reference="SO8841"))
    day = HistoryQuery(
        station.clock.current - timedelta(hours=12), station.clock.current + timedelta(minutes=1)
    )
    assert [r.id for r in station.service.history(day)] == [second.id, first.id]
    found = station.service.history(replace(day, text="SO88"))
    assert [r.id for r in found] == [second.id]
    assert [r.id for r in station.service.history(replace(day, text="纯牛奶"))] == [
        second.id,
        first.id,
    ]
    assert station.service.history(replace(day, stage=Stage.RETURN)) == []


def test_full_disk_fails_the_save_and_keeps_the_draft(station: StationKit) -> None:
    station.service.submit(station.draft())  # warm up: tables have their first pages

    @event.listens_for(station.store.writer_engine, "begin")
    def _freeze_size(connection) -> None:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")

    station.store.writer_engine.dispose()
    draft = station.draft(reference="X" * 20000, return_reason="")
    with pytest.raises(StorageFull):
        station.service.submit(draft)
    assert station.rows("SELECT count(*) FROM inspection") == [(1,)]
    assert station.rows("SELECT count(*) FROM outbox WHERE kind = 'inspection'") == [(1,)]
    event.remove(station.store.writer_engine, "begin", _freeze_size)
    station.store.writer_engine.dispose()
    saved = station.service.submit(draft)  # the same draft, once there is room again
    assert station.service.get(saved.id) is not None


def test_a_new_draft_has_what_the_rules_know_answered(station: StationKit) -> None:
    request = DraftRequest(
        station.milk.id, station.lot.id, Stage.INBOUND, station.inspector.id, reference="ASN-77"
    )
    draft, context = station.service.start(request)
    assert draft.state is InspectionState.DRAFT and draft.reference == "ASN-77"
    assert draft.check("sl.within_policy") == CheckResult("sl.within_policy", CheckOutcome.PASS)
    assert [c.item_code for c in draft.checks] == ["sl.within_policy"]
    assert context.template.id == draft.template_id
    station.clock.current += timedelta(days=70)  # under 2/3 of the life left now
    late, _ = station.service.start(request)
    assert late.check("sl.within_policy").defect_code == "SL-NO-RECEIVE"


def test_label_dates_that_contradict_the_barcode_become_a_label_defect(
    station: StationKit,
) -> None:
    mismatch = DateMismatch(DateField.PRODUCTION, date(2026, 11, 23), date(2026, 11, 22))
    request = DraftRequest(station.milk.id, station.lot.id, Stage.INBOUND, station.inspector.id)
    draft, context = station.service.start(request, (mismatch,))
    label = draft.check("lbl.gb7718_elements")
    assert label is not None and label.defect_code == "LBL-DATE-MISMATCH"
    answered = {c.item_code for c in draft.checks}
    rest = tuple(
        CheckResult(i.code, CheckOutcome.PASS)
        for i in context.template.items
        if i.code not in answered and not i.imported_only
    )
    saved = station.service.submit(replace(draft, checks=draft.checks + rest))
    assert saved.verdict is Verdict.HOLD
    assert saved.reasons[0].defect_code == "LBL-DATE-MISMATCH"
