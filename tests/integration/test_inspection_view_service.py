"""Viewing a past inspection and starting its amendment with the context to edit it in."""

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from qc_station.errors import InputError, NotFound
from tests.helpers.station import StationKit, make_station


@pytest.fixture
def station(tmp_path: Path) -> Iterator[StationKit]:
    made = make_station(tmp_path)
    yield made
    made.store.close()


def test_view_gives_the_inspection_its_context_and_whether_it_is_superseded(
    station: StationKit,
) -> None:
    original = station.service.submit(station.draft())
    shown, context, superseded = station.service.view(original.id)
    assert shown == original and not superseded
    assert (
        context.sku == station.milk and context.lot is not None and context.lot.id == station.lot.id
    )
    assert context.template.id == original.template_id
    station.service.cancel(original.id, str(uuid.uuid4()), station.inspector.id, "重复录入")
    assert station.service.view(original.id)[2] is True
    with pytest.raises(NotFound):
        station.service.view(str(uuid.uuid4()))


def test_amendment_with_context_is_a_draft_of_the_next_version(station: StationKit) -> None:
    original = station.service.submit(station.draft())
    draft, context = station.service.amendment_with_context(
        original.id, None, station.inspector.id, "批次号录错"
    )
    assert (draft.version, draft.supersedes_id, draft.amend_reason) == (
        2,
        original.id,
        "批次号录错",
    )
    assert draft.checks == original.checks and draft.id != original.id
    assert context.sku == station.milk
    station.service.submit(draft)
    with pytest.raises(InputError, match="already amended"):
        station.service.amendment_with_context(original.id, "x", station.inspector.id, "again")
