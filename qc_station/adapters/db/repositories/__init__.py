"""Repositories over the station's SQLite store: rows in, frozen domain dataclasses out.

Each repository works inside the unit of work's transaction (through its ``TxGuard``),
flushes what it adds so failures surface where they happen, and never commits.
"""

from qc_station.adapters.db.repositories.catalogue import (
    SqlAlchemyCategoryRepository,
    SqlAlchemyLotRepository,
    SqlAlchemyMerchantRepository,
    SqlAlchemySkuRepository,
)
from qc_station.adapters.db.repositories.checklists import (
    SqlAlchemyPolicyRepository,
    SqlAlchemyTemplateRepository,
    window_from_text,
    window_text,
)
from qc_station.adapters.db.repositories.inspections import SqlAlchemyInspectionRepository
from qc_station.adapters.db.repositories.lab import (
    SqlAlchemyLabSampleRepository,
    SqlAlchemyLabSelectionRepository,
    SqlAlchemyRiskHistory,
)
from qc_station.adapters.db.repositories.records import (
    SqlAlchemyAuditRepository,
    SqlAlchemyOutboxRepository,
    SqlAlchemyPhotoRepository,
)
from qc_station.adapters.db.repositories.sampling import SqlAlchemySamplingRepository
from qc_station.adapters.db.repositories.users import SqlAlchemyUserRepository

__all__ = [
    "SqlAlchemyAuditRepository",
    "SqlAlchemyCategoryRepository",
    "SqlAlchemyInspectionRepository",
    "SqlAlchemyLabSampleRepository",
    "SqlAlchemyLabSelectionRepository",
    "SqlAlchemyLotRepository",
    "SqlAlchemyMerchantRepository",
    "SqlAlchemyOutboxRepository",
    "SqlAlchemyPhotoRepository",
    "SqlAlchemyPolicyRepository",
    "SqlAlchemyRiskHistory",
    "SqlAlchemySamplingRepository",
    "SqlAlchemySkuRepository",
    "SqlAlchemyTemplateRepository",
    "SqlAlchemyUserRepository",
    "window_from_text",
    "window_text",
]
