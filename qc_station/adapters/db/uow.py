"""The unit of work over the SQLite store: one session, one transaction, explicit commit."""

from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session, sessionmaker

from qc_station.adapters.db.guard import TxGuard
from qc_station.adapters.db.repositories import (
    SqlAlchemyAuditRepository,
    SqlAlchemyCategoryRepository,
    SqlAlchemyInspectionRepository,
    SqlAlchemyLabSampleRepository,
    SqlAlchemyLabSelectionRepository,
    SqlAlchemyLotRepository,
    SqlAlchemyMerchantRepository,
    SqlAlchemyOutboxRepository,
    SqlAlchemyPhotoRepository,
    SqlAlchemyPolicyRepository,
    SqlAlchemyRiskHistory,
    SqlAlchemySamplingRepository,
    SqlAlchemySkuRepository,
    SqlAlchemyTemplateRepository,
    SqlAlchemyUserRepository,
)
from qc_station.errors import StoreError
from qc_station.services.ports import (
    AuditRepository,
    CategoryRepository,
    InspectionRepository,
    LabSampleRepository,
    LabSelectionRepository,
    LotRepository,
    MerchantRepository,
    OutboxRepository,
    PhotoRepository,
    PolicyRepository,
    RiskHistory,
    SamplingRepository,
    SkuRepository,
    TemplateRepository,
    UserRepository,
)


class SqlAlchemyUnitOfWork:
    """One transaction over the store (implements ``services.ports.UnitOfWork``).

    Use it as a context manager. A writer takes SQLite's write lock on entry
    (``BEGIN IMMEDIATE``); a reader reads one consistent snapshot. Nothing is kept unless
    ``commit()`` returns; leaving the block without it rolls back. Failures are raised as
    ``StorageFull`` / ``StoreError`` / ``ConflictError``, after which the unit of work
    refuses further work. Not thread-safe: one unit of work belongs to one thread.
    """

    merchants: MerchantRepository
    categories: CategoryRepository
    skus: SkuRepository
    lots: LotRepository
    templates: TemplateRepository
    policies: PolicyRepository
    users: UserRepository
    inspections: InspectionRepository
    photos: PhotoRepository
    outbox: OutboxRepository
    audit: AuditRepository
    lab_samples: LabSampleRepository
    lab_selections: LabSelectionRepository
    risk_history: RiskHistory
    sampling: SamplingRepository

    def __init__(self, sessions: sessionmaker[Session], write: bool) -> None:
        self._sessions = sessions
        self._write = write
        self._tx: TxGuard | None = None

    @property
    def write(self) -> bool:
        """Whether this unit of work may write."""
        return self._write

    def __enter__(self) -> Self:
        if self._tx is not None:
            raise StoreError("this unit of work is already open")
        tx = TxGuard(self._sessions())
        try:
            if self._write:
                with tx.guard() as session:
                    session.connection()  # BEGIN IMMEDIATE now: wait for the lock here
        except BaseException:
            tx.session.close()
            raise
        self._tx = tx
        self._bind_repositories(tx)
        return self

    def _bind_repositories(self, tx: TxGuard) -> None:
        self.merchants = SqlAlchemyMerchantRepository(tx)
        self.categories = SqlAlchemyCategoryRepository(tx)
        self.skus = SqlAlchemySkuRepository(tx)
        self.lots = SqlAlchemyLotRepository(tx)
        self.templates = SqlAlchemyTemplateRepository(tx)
        self.policies = SqlAlchemyPolicyRepository(tx)
        self.users = SqlAlchemyUserRepository(tx)
        self.inspections = SqlAlchemyInspectionRepository(tx)
        self.photos = SqlAlchemyPhotoRepository(tx)
        self.outbox = SqlAlchemyOutboxRepository(tx)
        self.audit = SqlAlchemyAuditRepository(tx)
        self.lab_samples = SqlAlchemyLabSampleRepository(tx)
        self.lab_selections = SqlAlchemyLabSelectionRepository(tx)
        self.risk_history = SqlAlchemyRiskHistory(tx)
        self.sampling = SqlAlchemySamplingRepository(tx)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        tx = self._require_open()
        try:
            tx.rollback()
        finally:
            tx.session.close()
            self._tx = None

    def commit(self) -> None:
        """Make the transaction durable; only after this returns is anything saved.

        Raises:
            StorageFull: the disk or the store's size limit is full; nothing was saved.
            StoreError: the store refused the change or could not write it.
        """
        self._require_open().commit()

    def rollback(self) -> None:
        """Discard everything not yet committed."""
        self._require_open().rollback()

    def _require_open(self) -> TxGuard:
        if self._tx is None:
            raise StoreError("the unit of work is not open (use it in a with block)")
        return self._tx
