"""The store tells whether a later version (an amendment or a voiding) supersedes an inspection."""

from dataclasses import replace
from datetime import timedelta

from store_helpers import T0, Seed, new_id, submitted_inspection

from qc_station.adapters.db.store import SqliteStore
from qc_station.domain.inspection import InspectionState, amend, cancel
from qc_station.domain.verdict import Verdict


def test_superseded_by_an_amendment_or_a_voiding(store: SqliteStore, seed: Seed) -> None:
    original = submitted_inspection(seed)
    amended = replace(
        amend(original, new_id(), seed.inspector.id, T0 + timedelta(hours=1), "wrong count"),
        state=InspectionState.SUBMITTED,
        verdict=Verdict.ACCEPT,
        submitted_at=T0 + timedelta(hours=1),
    )
    voided = cancel(amended, new_id(), seed.inspector.id, T0 + timedelta(hours=2), "duplicate")
    other = submitted_inspection(seed)
    with store.uow() as uow:
        for item in (original, amended, voided, other):
            uow.inspections.add(item)
        uow.commit()
    with store.uow(write=False) as uow:
        found = {i.id: uow.inspections.superseded(i.id) for i in (original, amended, voided, other)}
        assert uow.inspections.superseded(new_id()) is False
    assert found == {original.id: True, amended.id: True, voided.id: False, other.id: False}
