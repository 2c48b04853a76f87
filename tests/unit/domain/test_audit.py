from dataclasses import replace
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from qc_station.domain.audit import GENESIS_HASH, AuditEntry, entry_hash, verify_chain

from .factories import NOW


def _chain(n: int) -> list[AuditEntry]:
    entries, prev = [], GENESIS_HASH
    for seq in range(1, n + 1):
        at = NOW + timedelta(seconds=seq)
        fields = ("u-1", "inspection.submit", "inspection", f"i-{seq}", '{"v":1}')
        row = entry_hash(prev, at, *fields)
        entries.append(AuditEntry(seq, at, *fields, prev, row))
        prev = row
    return entries


def test_intact_chain_verifies() -> None:
    assert verify_chain(_chain(5)).ok
    assert verify_chain(_chain(5)).entries == 5
    assert verify_chain([]).ok


@given(st.integers(1, 8), st.data())
def test_any_altered_field_is_found_at_its_entry(n: int, data: st.DataObject) -> None:
    entries = _chain(n)
    index = data.draw(st.integers(0, n - 1))
    field = data.draw(st.sampled_from(["user_id", "action", "entity_id", "detail", "prev_hash"]))
    entries[index] = replace(entries[index], **{field: getattr(entries[index], field) + "x"})
    check = verify_chain(entries)
    assert not check.ok
    assert check.first_bad_seq == index + 1


def test_removed_entry_breaks_the_next_link() -> None:
    entries = _chain(4)
    del entries[1]
    assert verify_chain(entries).first_bad_seq == 3
