"""Repositories of photos, the outbox and the audit log."""

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from sqlalchemy import (
    and_,
    func,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from qc_station.adapters.db.repositories.base import CHUNK, Repository
from qc_station.adapters.db.tables import (
    AuditLogRow,
    OutboxRow,
    PhotoRow,
    to_utc_text,
)
from qc_station.domain.audit import GENESIS_HASH, AuditEntry, entry_hash


class SqlAlchemyPhotoRepository(Repository):
    """Rows of the photos whose bytes are in the photo store."""

    def add(self, sha256: str, mime: str, size: int, at: datetime) -> None:
        """Record a photo; recording the same photo again changes nothing."""
        stmt = (
            sqlite_insert(PhotoRow)
            .values(sha256=sha256, mime=mime, size=size, created_at=at)
            .on_conflict_do_nothing(index_elements=["sha256"])
        )
        with self._tx.guard() as session:
            session.execute(stmt)

    def exists(self, sha256: str) -> bool:
        """Whether the photo is recorded."""
        with self._tx.guard() as session:
            return session.get(PhotoRow, sha256) is not None

    def count(self) -> int:
        """How many photos are recorded."""
        with self._tx.guard() as session:
            return int(session.scalar(select(func.count()).select_from(PhotoRow)) or 0)


_PENDING = and_(OutboxRow.done_at.is_(None), OutboxRow.rejected_reason.is_(None))


class SqlAlchemyOutboxRepository(Repository):
    """Records waiting to be pushed, in ``seq`` order."""

    def add(self, kind: str, entity_id: str, payload_json: str, at: datetime) -> int:
        """Queue a record; returns its ``seq``."""
        row = OutboxRow(
            kind=kind, entity_id=entity_id, payload_json=payload_json, created_at=at, attempts=0
        )
        with self._tx.guard() as session:
            session.add(row)
            session.flush()
            return row.seq

    def mark_done(self, seqs: Sequence[int], at: datetime) -> None:
        """Mark records as pushed (records already done keep their first ``done_at``)."""
        with self._tx.guard() as session:
            for start in range(0, len(seqs), CHUNK):
                chunk = list(seqs[start : start + CHUNK])
                session.execute(
                    update(OutboxRow)
                    .where(OutboxRow.seq.in_(chunk), OutboxRow.done_at.is_(None))
                    .values(done_at=at)
                    .execution_options(synchronize_session=False)
                )

    def pending_count(self) -> int:
        """How many records are neither pushed nor rejected."""
        stmt = select(func.count()).select_from(OutboxRow).where(_PENDING)
        with self._tx.guard() as session:
            return int(session.scalar(stmt) or 0)


class SqlAlchemyAuditRepository(Repository):
    """The append-only audit log; each entry's hash covers the previous entry's hash."""

    def append(
        self, at: datetime, user_id: str, action: str, entity: str, entity_id: str, detail: str
    ) -> AuditEntry:
        """Append an entry chained to the last one (in this transaction)."""
        to_utc_text(at)  # refuses a naive datetime before anything is hashed
        at = at.astimezone(UTC)
        last = select(AuditLogRow.row_hash).order_by(AuditLogRow.seq.desc()).limit(1)
        with self._tx.guard() as session:
            prev_hash = session.scalar(last) or GENESIS_HASH
            row_hash = entry_hash(prev_hash, at, user_id, action, entity, entity_id, detail)
            row = AuditLogRow(
                at=at,
                user_id=user_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                detail=detail,
                prev_hash=prev_hash,
                row_hash=row_hash,
            )
            session.add(row)
            session.flush()
            seq = row.seq
        return AuditEntry(seq, at, user_id, action, entity, entity_id, detail, prev_hash, row_hash)

    def entries(self) -> Iterator[AuditEntry]:
        """Every entry in order; consume it inside the unit of work."""
        columns = (
            AuditLogRow.seq,
            AuditLogRow.at,
            AuditLogRow.user_id,
            AuditLogRow.action,
            AuditLogRow.entity,
            AuditLogRow.entity_id,
            AuditLogRow.detail,
            AuditLogRow.prev_hash,
            AuditLogRow.row_hash,
        )
        stmt = select(*columns).order_by(AuditLogRow.seq).execution_options(yield_per=CHUNK)
        with self._tx.guard() as session:
            for row in session.execute(stmt):
                yield AuditEntry(*row)
