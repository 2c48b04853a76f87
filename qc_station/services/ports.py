"""Ports: the small interfaces the services need from the outside world.

Adapters implement them (``qc_station.adapters``); tests may pass fakes.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Protocol, Self

from qc_station.domain.audit import AuditEntry
from qc_station.domain.catalogue import Merchant, ProductCategory, Sku
from qc_station.domain.checklist import ChecklistTemplate
from qc_station.domain.defects import Severity
from qc_station.domain.inspection import Inspection, InspectionState
from qc_station.domain.lab import LabSample, LabSampleStatus
from qc_station.domain.lab_selection import LabSelection
from qc_station.domain.label_text import TextRead
from qc_station.domain.lot import Lot, LotStatus
from qc_station.domain.lot_sampling import LotPlan, UnitsFound
from qc_station.domain.sampling import LotOutcome, SwitchingState
from qc_station.domain.shelf_life import ShelfLifePolicy
from qc_station.domain.stage import Stage
from qc_station.domain.users import User
from qc_station.domain.verdict import Verdict


class LabelReader(Protocol):
    """Reads the text off a label photo (OCR)."""

    def read(self, image: bytes) -> TextRead:
        """The photo's text lines in reading order; raises ``InputError`` for a bad image."""
        ...


class Clock(Protocol):
    """Where the time comes from (injected so tests control it)."""

    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...

    def today(self) -> date:
        """The station's local calendar day."""
        ...


@dataclass(frozen=True, slots=True)
class InspectionSummary:
    """One row of the inspection history."""

    id: str
    submitted_at: datetime
    stage: Stage
    state: InspectionState
    verdict: Verdict | None
    gtin: str
    sku_name: str
    merchant_name: str
    batch: str | None
    inspector_name: str
    station_code: str
    version: int
    defects: int


@dataclass(frozen=True, slots=True)
class HistoryQuery:
    """A filter on the history: a time range, optionally a stage, verdict and a search text.

    ``text`` matches a GTIN prefix, a batch, a reference (ASN, order) or a SKU name part.
    """

    start: datetime
    end: datetime
    station_code: str | None = None
    stage: Stage | None = None
    verdict: Verdict | None = None
    text: str | None = None
    limit: int = 500


class MerchantRepository(Protocol):
    """Merchants."""

    def add(self, merchant: Merchant) -> None: ...
    def get(self, merchant_id: str) -> Merchant | None: ...
    def by_code(self, code: str) -> Merchant | None: ...
    def list(self) -> list[Merchant]: ...


class CategoryRepository(Protocol):
    """Product categories."""

    def add(self, category: ProductCategory) -> None: ...
    def get(self, code: str) -> ProductCategory | None: ...
    def list(self) -> list[ProductCategory]: ...


class SkuRepository(Protocol):
    """SKUs, found by id or GTIN-14."""

    def add(self, sku: Sku) -> None: ...
    def update(self, sku: Sku) -> None: ...
    def get(self, sku_id: str) -> Sku | None: ...
    def by_gtin(self, gtin14: str) -> Sku | None: ...
    def list(self) -> list[Sku]: ...


class LotRepository(Protocol):
    """Lots. Status changes check the expected version (raise ``ConflictError``)."""

    def add(self, lot: Lot) -> None: ...
    def get(self, lot_id: str) -> Lot | None: ...
    def find(self, sku_id: str, batch: str) -> Lot | None: ...
    def set_status(self, lot_id: str, status: LotStatus, expected_version: int) -> Lot: ...
    def set_quantity(self, lot_id: str, quantity: int, expected_version: int) -> Lot: ...


class TemplateRepository(Protocol):
    """Checklist templates; the current one is the highest version."""

    def add(self, template: ChecklistTemplate) -> None: ...
    def get(self, template_id: str) -> ChecklistTemplate | None: ...
    def current(self, category_code: str, stage: Stage) -> ChecklistTemplate | None: ...


class PolicyRepository(Protocol):
    """Shelf-life policies per category and stage."""

    def put(self, policy: ShelfLifePolicy) -> None: ...
    def get(self, category_code: str, stage: Stage) -> ShelfLifePolicy | None: ...


class UserRepository(Protocol):
    """Users and their PIN hashes."""

    def add(self, user: User, pin_hash: str) -> None: ...
    def get(self, user_id: str) -> User | None: ...
    def by_username(self, username: str) -> tuple[User, str] | None: ...
    def list(self) -> list[User]: ...


class InspectionRepository(Protocol):
    """Inspections with their checks. Submitted ones cannot be changed (the store refuses)."""

    def add(self, inspection: Inspection) -> None: ...
    def get(self, inspection_id: str) -> Inspection | None: ...
    def history(self, query: HistoryQuery) -> list[InspectionSummary]: ...
    def count(self) -> int: ...
    def superseded(self, inspection_id: str) -> bool: ...


class PhotoRepository(Protocol):
    """Rows for photos whose bytes are in the ``PhotoStore``."""

    def add(self, sha256: str, mime: str, size: int, at: datetime) -> None: ...
    def exists(self, sha256: str) -> bool: ...
    def count(self) -> int: ...


class OutboxRepository(Protocol):
    """Records waiting to be pushed to central storage."""

    def add(self, kind: str, entity_id: str, payload_json: str, at: datetime) -> int: ...
    def mark_done(self, seqs: Sequence[int], at: datetime) -> None: ...
    def pending_count(self) -> int: ...


class AuditRepository(Protocol):
    """The append-only, hash-chained audit log."""

    def append(
        self, at: datetime, user_id: str, action: str, entity: str, entity_id: str, detail: str
    ) -> AuditEntry: ...
    def entries(self) -> Iterator[AuditEntry]: ...


@dataclass(frozen=True, slots=True)
class LabSampleSummary:
    """A lab sample with what a list of samples shows about its lot, SKU and merchant."""

    sample: LabSample
    sku_id: str
    sku_name: str
    gtin: str
    category_code: str
    merchant_id: str
    merchant_name: str
    batch: str
    production_date: date | None
    lot_status: LotStatus


class LabSampleRepository(Protocol):
    """Lab samples and their custody steps."""

    def add(self, sample: LabSample) -> None: ...
    def get(self, sample_id: str) -> LabSample | None: ...
    def by_code(self, code: str) -> LabSample | None: ...
    def update(self, sample: LabSample) -> None: ...
    def list_for_lot(self, lot_id: str) -> list[LabSample]: ...
    def count(self) -> int: ...
    def codes_with_prefix(self, prefix: str) -> int: ...
    def overview(
        self, statuses: frozenset[LabSampleStatus] | None, limit: int = 500
    ) -> list[LabSampleSummary]: ...
    def summary(self, sample_id: str) -> LabSampleSummary | None: ...
    def between(self, start_utc: datetime, end_utc: datetime) -> list[LabSampleSummary]: ...
    def last_resulted_for_sku(self, sku_id: str) -> LabSample | None: ...
    def failures_of_merchant(self, merchant_id: str, since: datetime) -> int: ...


class LabSelectionRepository(Protocol):
    """One lab-sampling decision per lot."""

    def add(self, selection: LabSelection, decided_at: datetime, decided_by: str) -> None: ...
    def get(self, lot_id: str) -> LabSelection | None: ...
    def replace(self, selection: LabSelection) -> None: ...


class RiskHistory(Protocol):
    """What the store knows about a SKU's and a merchant's past, for the risk score."""

    def lots_not_accepted(self, merchant_id: str, since: datetime) -> int: ...
    def return_defect_codes(self, sku_id: str, since: datetime) -> list[list[str]]: ...
    def other_lots_of_sku(self, sku_id: str, lot_id: str | None) -> int: ...
    def other_lots_of_merchant(self, merchant_id: str, lot_id: str | None) -> int: ...


class SamplingRepository(Protocol):
    """Lot plans, switching states and the AQLs a supervisor set per category."""

    def plan(self, lot_id: str) -> LotPlan | None: ...
    def add_plan(self, plan: LotPlan) -> None: ...
    def decide_plan(self, lot_id: str, outcome: LotOutcome, at: datetime) -> None: ...
    def switching(self, merchant_id: str, sku_id: str) -> SwitchingState | None: ...
    def put_switching(self, state: SwitchingState, at: datetime) -> None: ...
    def category_aqls(self, category_code: str) -> tuple[dict[Severity, str], str] | None: ...
    def put_category_aqls(
        self, category_code: str, aqls: dict[Severity, str], level: str, by: str, at: datetime
    ) -> None: ...
    def units_found(self, lot_id: str, stage: Stage) -> list[UnitsFound]: ...


class UnitOfWork(Protocol):
    """One transaction over the store. Nothing is kept unless ``commit`` returns."""

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

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    """Opens a unit of work; ``write=False`` gives a reader that never takes the write lock."""

    def __call__(self, write: bool = True) -> UnitOfWork: ...


class PhotoStore(Protocol):
    """Content-addressed photo bytes (SHA-256), written durably."""

    def put(self, data: bytes) -> str: ...
    def read(self, sha256: str) -> bytes: ...
    def exists(self, sha256: str) -> bool: ...


class PinHasher(Protocol):
    """Hashes and checks PINs (argon2 in production)."""

    def hash(self, pin: str) -> str: ...
    def verify(self, pin_hash: str, pin: str) -> bool: ...
