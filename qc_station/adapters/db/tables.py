"""The station's tables as SQLAlchemy 2.x declarative rows.

These rows never leave ``adapters/db``: the repositories map them to the domain's frozen
dataclasses. The schema is created by the Alembic scripts in ``db/station``; a test checks
that these models and the migrations agree.

Conventions: ids are TEXT UUIDs made on the station (``outbox.seq`` and ``audit_log.seq``
are integer autoincrement); enums are stored as their string values; JSON is stored as
text; datetimes are ISO-8601 UTC text (``UtcDateTime``) that sorts chronologically.
"""

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Dialect,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SEALED_STATES = ("submitted", "cancelled")


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as fixed-width ISO-8601 UTC text.

    ``2026-03-15T08:30:00.000000Z``: every value has the same width, so text order is time
    order and indexes on these columns serve range queries. Naive datetimes are refused.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        """Aware datetime -> UTC text."""
        if value is None:
            return None
        return to_utc_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """UTC text -> aware datetime in UTC."""
        if value is None:
            return None
        return from_utc_text(str(value))


def to_utc_text(value: datetime) -> str:
    """The stored text of an aware datetime (raises ``ValueError`` on a naive one)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime cannot be stored: {value!r}")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_utc_text(value: str) -> datetime:
    """The aware UTC datetime of a stored text."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of the station's rows, with named constraints (batch migrations)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class MerchantRow(Base):
    """A merchant (seller)."""

    __tablename__ = "merchant"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    code: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text)


class CategoryRow(Base):
    """A product category; ``label_requirements`` is a JSON list of codes."""

    __tablename__ = "category"

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    base_risk: Mapped[str] = mapped_column(Text)
    has_shelf_life: Mapped[bool]
    label_requirements: Mapped[str] = mapped_column(Text)


class PhotoRow(Base):
    """A photo whose bytes live in the photo store under their SHA-256."""

    __tablename__ = "photo"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(Text)
    size: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SkuRow(Base):
    """A SKU, keyed by GTIN-14."""

    __tablename__ = "sku"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    gtin: Mapped[str] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(Text)
    merchant_id: Mapped[str] = mapped_column(ForeignKey("merchant.id"), index=True)
    category_code: Mapped[str] = mapped_column(ForeignKey("category.code"), index=True)
    shelf_life_days: Mapped[int | None]
    storage: Mapped[str] = mapped_column(Text)
    risk: Mapped[str] = mapped_column(Text)
    is_imported: Mapped[bool]
    reference_photo: Mapped[str | None] = mapped_column(ForeignKey("photo.sha256"))
    spec: Mapped[str] = mapped_column(Text)


class LotRow(Base):
    """A lot; ``version`` guards status changes."""

    __tablename__ = "lot"
    __table_args__ = (
        UniqueConstraint("sku_id", "batch"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    sku_id: Mapped[str] = mapped_column(ForeignKey("sku.id"))
    batch: Mapped[str] = mapped_column(Text, index=True)
    production_date: Mapped[date | None]
    expiry_date: Mapped[date | None]
    quantity: Mapped[int]
    status: Mapped[str] = mapped_column(Text)
    version: Mapped[int]


class ChecklistTemplateRow(Base):
    """A checklist template; ``items_json`` holds its items in display order."""

    __tablename__ = "checklist_template"
    __table_args__ = (UniqueConstraint("category_code", "stage", "version"),)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    category_code: Mapped[str] = mapped_column(ForeignKey("category.code"))
    stage: Mapped[str] = mapped_column(Text)
    version: Mapped[int]
    items_json: Mapped[str] = mapped_column(Text)


class ShelfLifePolicyRow(Base):
    """Shelf-life windows of a category at a stage, as window texts (``"30d"``, ``"1/3"``)."""

    __tablename__ = "shelf_life_policy"

    category_code: Mapped[str] = mapped_column(ForeignKey("category.code"), primary_key=True)
    stage: Mapped[str] = mapped_column(Text, primary_key=True)
    no_receive: Mapped[str | None] = mapped_column(Text)
    no_sale: Mapped[str | None] = mapped_column(Text)
    near_expiry: Mapped[str | None] = mapped_column(Text)


class AppUserRow(Base):
    """A station user with the PIN hash and the login-lockout counters."""

    __tablename__ = "app_user"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    username: Mapped[str] = mapped_column(Text, unique=True)
    display_name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    pin_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool]
    failed_attempts: Mapped[int] = mapped_column(server_default=text("0"))
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)


class InspectionRow(Base):
    """An inspection. Sealed (submitted/cancelled) rows are immutable: triggers refuse changes.

    ``defect_count`` (failed checks) is denormalised so the history needs no aggregate.
    """

    __tablename__ = "inspection"
    __table_args__ = (
        CheckConstraint("state IN ('draft', 'submitted', 'cancelled')", name="state_known"),
        CheckConstraint(
            "state = 'draft' OR submitted_at IS NOT NULL", name="sealed_has_submitted_at"
        ),
        Index("ix_inspection_submitted_at", "submitted_at"),
        Index("ix_inspection_station_code_submitted_at", "station_code", "submitted_at"),
        Index("ix_inspection_sku_id_submitted_at", "sku_id", "submitted_at", "station_code"),
        Index("ix_inspection_lot_id_submitted_at", "lot_id", "submitted_at", "station_code"),
        Index("ix_inspection_reference_submitted_at", "reference", "submitted_at", "station_code"),
        Index("ix_inspection_supersedes_id", "supersedes_id"),
    )

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    version: Mapped[int]
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("inspection.id"))
    amend_reason: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(Text)
    sku_id: Mapped[str] = mapped_column(ForeignKey("sku.id"))
    lot_id: Mapped[str | None] = mapped_column(ForeignKey("lot.id"))
    station_code: Mapped[str] = mapped_column(Text)
    inspector_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_template.id"))
    reference: Mapped[str] = mapped_column(Text)
    return_reason: Mapped[str] = mapped_column(Text)
    quantity: Mapped[int]
    verdict: Mapped[str | None] = mapped_column(Text)
    reasons_json: Mapped[str] = mapped_column(Text)
    disposition: Mapped[str | None] = mapped_column(Text)
    defect_count: Mapped[int] = mapped_column(server_default=text("0"))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CheckResultRow(Base):
    """The answer to one checklist item of an inspection; ``position`` keeps their order."""

    __tablename__ = "check_result"

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), primary_key=True)
    item_code: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int]
    outcome: Mapped[str] = mapped_column(Text)
    defect_code: Mapped[str | None] = mapped_column(Text)
    severity: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)


class CheckPhotoRow(Base):
    """A photo taken for one check, in the order taken."""

    __tablename__ = "check_photo"
    __table_args__ = (
        ForeignKeyConstraint(
            ["inspection_id", "item_code"],
            ["check_result.inspection_id", "check_result.item_code"],
        ),
    )

    inspection_id: Mapped[str] = mapped_column(Text, primary_key=True)
    item_code: Mapped[str] = mapped_column(Text, primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("photo.sha256"), primary_key=True)
    position: Mapped[int]


class LabelReadingRow(Base):
    """The label an inspection's camera read: its photo, lines, and the fields read and
    accepted (JSON, see ``label_serialization``). Written once with the inspection; triggers
    refuse any change."""

    __tablename__ = "label_reading"

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), primary_key=True)
    photo_sha256: Mapped[str] = mapped_column(ForeignKey("photo.sha256"))
    inkjet_photo_sha256: Mapped[str | None] = mapped_column(ForeignKey("photo.sha256"))
    engine: Mapped[str] = mapped_column(Text)
    evidence_json: Mapped[str] = mapped_column(Text)


class OutboxRow(Base):
    """A record waiting to be pushed; pending while ``done_at`` and ``rejected_reason`` are null."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index(
            "ix_outbox_pending",
            "seq",
            sqlite_where=text("done_at IS NULL AND rejected_reason IS NULL"),
        ),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(Text)
    entity_id: Mapped[str] = mapped_column(Text)
    payload_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(server_default=text("0"))
    next_try_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    rejected_reason: Mapped[str | None] = mapped_column(Text)


class AuditLogRow(Base):
    """One hash-chained audit entry. Triggers make the table append-only."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    user_id: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    entity: Mapped[str] = mapped_column(Text)
    entity_id: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class LabSampleRow(Base):
    """A lab sample taken from a lot; ``custody`` holds its custody steps as JSON."""

    __tablename__ = "lab_sample"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    lot_id: Mapped[str] = mapped_column(ForeignKey("lot.id"), index=True)
    status: Mapped[str] = mapped_column(Text, index=True)
    selected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    selection_reason: Mapped[str] = mapped_column(Text)
    lab_name: Mapped[str] = mapped_column(Text)
    report_no: Mapped[str] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    code: Mapped[str] = mapped_column(Text, unique=True, index=True)
    selected_by: Mapped[str] = mapped_column(Text)
    selection_note: Mapped[str] = mapped_column(Text)
    custody: Mapped[str] = mapped_column(Text)
    resulted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancel_reason: Mapped[str] = mapped_column(Text)
    version: Mapped[int]


class LabSelectionRow(Base):
    """The decision whether a lot goes to the lab, with what it was derived from."""

    __tablename__ = "lab_selection"

    lot_id: Mapped[str] = mapped_column(ForeignKey("lot.id"), primary_key=True)
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime)
    decided_by: Mapped[str] = mapped_column(Text)
    seed: Mapped[str] = mapped_column(Text)
    score: Mapped[int]
    level: Mapped[str] = mapped_column(Text)
    probability: Mapped[float] = mapped_column(Float)
    draw: Mapped[float] = mapped_column(Float)
    selected: Mapped[bool]
    reason: Mapped[str | None] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text)
    override_by: Mapped[str] = mapped_column(Text)
    override_note: Mapped[str] = mapped_column(Text)
    drawn_selected: Mapped[bool | None]
    version: Mapped[int]


class LotPlanRow(Base):
    """The sampling plan of a lot (``aqls``: JSON severity -> AQL) and its outcome."""

    __tablename__ = "lot_plan"

    lot_id: Mapped[str] = mapped_column(ForeignKey("lot.id"), primary_key=True)
    merchant_id: Mapped[str] = mapped_column(Text)
    sku_id: Mapped[str] = mapped_column(Text)
    lot_size: Mapped[int]
    level: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(Text)
    aqls: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    outcome: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SwitchingStateRow(Base):
    """The switching state of one merchant+SKU (``state``: JSON with its history)."""

    __tablename__ = "switching_state"

    merchant_id: Mapped[str] = mapped_column(ForeignKey("merchant.id"), primary_key=True)
    sku_id: Mapped[str] = mapped_column(ForeignKey("sku.id"), primary_key=True)
    status: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    version: Mapped[int]


class AqlSettingRow(Base):
    """A supervisor's AQLs for a category (``aqls``: JSON severity -> AQL)."""

    __tablename__ = "aql_setting"

    category_code: Mapped[str] = mapped_column(ForeignKey("category.code"), primary_key=True)
    aqls: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


metadata = Base.metadata
