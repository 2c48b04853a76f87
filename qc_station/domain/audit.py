"""The append-only, hash-chained audit trail: each entry's hash covers the previous hash."""

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

GENESIS_HASH = "0" * 64
_SEP = "\x1f"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audited action. ``detail`` is canonical JSON text."""

    seq: int
    at: datetime
    user_id: str
    action: str
    entity: str
    entity_id: str
    detail: str
    prev_hash: str
    row_hash: str


def entry_hash(
    prev_hash: str,
    at: datetime,
    user_id: str,
    action: str,
    entity: str,
    entity_id: str,
    detail: str,
) -> str:
    """SHA-256 over the previous hash and every field of the entry."""
    fields = (prev_hash, at.isoformat(), user_id, action, entity, entity_id, detail)
    return hashlib.sha256(_SEP.join(fields).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """Result of walking the chain: ``first_bad_seq`` names the first entry that fails."""

    ok: bool
    entries: int
    first_bad_seq: int | None = None


def verify_chain(entries: Iterable[AuditEntry]) -> ChainCheck:
    """Walk the entries in order and check every link and every hash."""
    prev = GENESIS_HASH
    count = 0
    for entry in entries:
        count += 1
        expected = entry_hash(
            prev,
            entry.at,
            entry.user_id,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.detail,
        )
        if entry.prev_hash != prev or entry.row_hash != expected:
            return ChainCheck(False, count, entry.seq)
        prev = entry.row_hash
    return ChainCheck(True, count)
