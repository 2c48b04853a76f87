"""Counts of what the station's store holds, and the audit-trail check."""

from dataclasses import dataclass

from qc_station.domain.audit import ChainCheck, verify_chain
from qc_station.services.ports import UnitOfWorkFactory


@dataclass(frozen=True, slots=True)
class StoreCounts:
    """What ``qc-station stats`` prints."""

    inspections: int
    pending_sync: int
    lab_samples: int
    photos: int


class StatsService:
    """Read-only figures about the local store."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def counts(self) -> StoreCounts:
        """Inspections, outbox rows waiting for central storage, lab samples, photos."""
        with self._uow(write=False) as uow:
            return StoreCounts(
                inspections=uow.inspections.count(),
                pending_sync=uow.outbox.pending_count(),
                lab_samples=uow.lab_samples.count(),
                photos=uow.photos.count(),
            )

    def verify_audit(self) -> ChainCheck:
        """Walk the hash-chained audit log from its first entry."""
        with self._uow(write=False) as uow:
            return verify_chain(uow.audit.entries())
