"""The station store: catalogue, lots, users, inspections, photos, outbox, audit log, lab.

Also the triggers that make the records tamper-evident in SQLite itself:

* a sealed inspection (state ``submitted`` or ``cancelled``) refuses UPDATE and DELETE, and
  cannot be overwritten by ``INSERT OR REPLACE``;
* the checks and check photos of a sealed inspection refuse INSERT, UPDATE and DELETE. The
  store writes a new sealed inspection as a draft, then its checks, then flips its state in
  the same transaction, which the UPDATE trigger allows because the old state is ``draft``;
* ``audit_log`` refuses UPDATE, DELETE and REPLACE, and an INSERT whose ``prev_hash`` is not
  the last entry's ``row_hash`` (or the genesis hash for the first entry).

Revision ID: 0001
Revises:
Create Date: 2026-11-20
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEALED = "('submitted', 'cancelled')"
IMMUTABLE = "'submitted inspection is immutable'"
APPEND_ONLY = "'audit_log is append-only'"
GENESIS = "'" + "0" * 64 + "'"


def _utc() -> sa.Text:
    """ISO-8601 UTC text (``UtcDateTime`` in the models)."""
    return sa.Text()


def upgrade() -> None:
    _catalogue()
    _people_and_lots()
    _inspections()
    _outbox_and_audit()
    _lab()
    for statement in TRIGGERS:
        op.execute(statement)


def _catalogue() -> None:
    op.create_table(
        "merchant",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merchant")),
        sa.UniqueConstraint("code", name=op.f("uq_merchant_code")),
    )
    op.create_table(
        "category",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name_zh", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("base_risk", sa.Text(), nullable=False),
        sa.Column("has_shelf_life", sa.Boolean(), nullable=False),
        sa.Column("label_requirements", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_category")),
    )
    op.create_table(
        "photo",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_photo")),
    )
    op.create_table(
        "sku",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("gtin", sa.String(length=14), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("merchant_id", sa.Text(), nullable=False),
        sa.Column("category_code", sa.Text(), nullable=False),
        sa.Column("shelf_life_days", sa.Integer(), nullable=True),
        sa.Column("storage", sa.Text(), nullable=False),
        sa.Column("risk", sa.Text(), nullable=False),
        sa.Column("is_imported", sa.Boolean(), nullable=False),
        sa.Column("reference_photo", sa.String(length=64), nullable=True),
        sa.Column("spec", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_code"], ["category.code"], name=op.f("fk_sku_category_code_category")
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"], ["merchant.id"], name=op.f("fk_sku_merchant_id_merchant")
        ),
        sa.ForeignKeyConstraint(
            ["reference_photo"], ["photo.sha256"], name=op.f("fk_sku_reference_photo_photo")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sku")),
        sa.UniqueConstraint("gtin", name=op.f("uq_sku_gtin")),
    )
    op.create_index(op.f("ix_sku_category_code"), "sku", ["category_code"])
    op.create_index(op.f("ix_sku_merchant_id"), "sku", ["merchant_id"])
    op.create_table(
        "checklist_template",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("category_code", sa.Text(), nullable=False),
        sa.Column("stage", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("items_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_code"],
            ["category.code"],
            name=op.f("fk_checklist_template_category_code_category"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template")),
        sa.UniqueConstraint(
            "category_code",
            "stage",
            "version",
            name=op.f("uq_checklist_template_category_code_stage_version"),
        ),
    )
    op.create_table(
        "shelf_life_policy",
        sa.Column("category_code", sa.Text(), nullable=False),
        sa.Column("stage", sa.Text(), nullable=False),
        sa.Column("no_receive", sa.Text(), nullable=True),
        sa.Column("no_sale", sa.Text(), nullable=True),
        sa.Column("near_expiry", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_code"],
            ["category.code"],
            name=op.f("fk_shelf_life_policy_category_code_category"),
        ),
        sa.PrimaryKeyConstraint("category_code", "stage", name=op.f("pk_shelf_life_policy")),
    )


def _people_and_lots() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("pin_hash", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("locked_until", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "lot",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("sku_id", sa.Text(), nullable=False),
        sa.Column("batch", sa.Text(), nullable=False),
        sa.Column("production_date", sa.Date(), nullable=True),
        sa.Column("expiry_date", sa.Date(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_lot_version_positive")),
        sa.ForeignKeyConstraint(["sku_id"], ["sku.id"], name=op.f("fk_lot_sku_id_sku")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lot")),
        sa.UniqueConstraint("sku_id", "batch", name=op.f("uq_lot_sku_id_batch")),
    )
    op.create_index(op.f("ix_lot_batch"), "lot", ["batch"])


def _inspections() -> None:
    op.create_table(
        "inspection",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.Text(), nullable=True),
        sa.Column("amend_reason", sa.Text(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("stage", sa.Text(), nullable=False),
        sa.Column("sku_id", sa.Text(), nullable=False),
        sa.Column("lot_id", sa.Text(), nullable=True),
        sa.Column("station_code", sa.Text(), nullable=False),
        sa.Column("inspector_id", sa.Text(), nullable=False),
        sa.Column("template_id", sa.Text(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("return_reason", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.Text(), nullable=True),
        sa.Column("reasons_json", sa.Text(), nullable=False),
        sa.Column("disposition", sa.Text(), nullable=True),
        sa.Column("defect_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("started_at", _utc(), nullable=False),
        sa.Column("submitted_at", _utc(), nullable=True),
        sa.CheckConstraint(
            "state IN ('draft', 'submitted', 'cancelled')", name=op.f("ck_inspection_state_known")
        ),
        sa.CheckConstraint(
            "state = 'draft' OR submitted_at IS NOT NULL",
            name=op.f("ck_inspection_sealed_has_submitted_at"),
        ),
        sa.ForeignKeyConstraint(
            ["inspector_id"], ["app_user.id"], name=op.f("fk_inspection_inspector_id_app_user")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_inspection_lot_id_lot")),
        sa.ForeignKeyConstraint(["sku_id"], ["sku.id"], name=op.f("fk_inspection_sku_id_sku")),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["inspection.id"],
            name=op.f("fk_inspection_supersedes_id_inspection"),
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_template.id"],
            name=op.f("fk_inspection_template_id_checklist_template"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
    )
    for name, columns in (
        ("ix_inspection_submitted_at", ["submitted_at"]),
        ("ix_inspection_station_code_submitted_at", ["station_code", "submitted_at"]),
        ("ix_inspection_sku_id_submitted_at", ["sku_id", "submitted_at", "station_code"]),
        ("ix_inspection_lot_id_submitted_at", ["lot_id", "submitted_at", "station_code"]),
        ("ix_inspection_reference_submitted_at", ["reference", "submitted_at", "station_code"]),
        ("ix_inspection_supersedes_id", ["supersedes_id"]),
    ):
        op.create_index(name, "inspection", columns)
    op.create_table(
        "check_result",
        sa.Column("inspection_id", sa.Text(), nullable=False),
        sa.Column("item_code", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("defect_code", sa.Text(), nullable=True),
        sa.Column("severity", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_check_result_inspection_id_inspection"),
        ),
        sa.PrimaryKeyConstraint("inspection_id", "item_code", name=op.f("pk_check_result")),
    )
    op.create_table(
        "check_photo",
        sa.Column("inspection_id", sa.Text(), nullable=False),
        sa.Column("item_code", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id", "item_code"],
            ["check_result.inspection_id", "check_result.item_code"],
            name=op.f("fk_check_photo_inspection_id_item_code_check_result"),
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["photo.sha256"], name=op.f("fk_check_photo_sha256_photo")
        ),
        sa.PrimaryKeyConstraint(
            "inspection_id", "item_code", "sha256", name=op.f("pk_check_photo")
        ),
    )


def _outbox_and_audit() -> None:
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("next_try_at", _utc(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("done_at", _utc(), nullable=True),
        sa.Column("rejected_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_outbox_pending",
        "outbox",
        ["seq"],
        sqlite_where=sa.text("done_at IS NULL AND rejected_reason IS NULL"),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("user_id", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_log_entity_entity_id", "audit_log", ["entity", "entity_id"])


def _lab() -> None:
    op.create_table(
        "lab_sample",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("lot_id", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("selected_at", _utc(), nullable=False),
        sa.Column("selection_reason", sa.Text(), nullable=False),
        sa.Column("lab_name", sa.Text(), nullable=False),
        sa.Column("report_no", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("closed_at", _utc(), nullable=True),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_lab_sample_lot_id_lot")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lab_sample")),
    )
    op.create_index(op.f("ix_lab_sample_lot_id"), "lab_sample", ["lot_id"])


def _refuse(name: str, event: str, table: str, when: str, message: str) -> str:
    """A BEFORE trigger that aborts the statement when ``when`` holds."""
    return (
        f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
        f"WHEN {when} BEGIN SELECT RAISE(ABORT, {message}); END"
    )


def _parent_sealed(ref: str) -> str:
    return f"(SELECT state FROM inspection WHERE id = {ref}.inspection_id) IN {SEALED}"


def _check_triggers(table: str) -> list[str]:
    both = f"({_parent_sealed('OLD')} OR {_parent_sealed('NEW')})"
    return [
        _refuse(f"{table}_sealed_no_insert", "INSERT", table, _parent_sealed("NEW"), IMMUTABLE),
        _refuse(f"{table}_sealed_no_update", "UPDATE", table, both, IMMUTABLE),
        _refuse(f"{table}_sealed_no_delete", "DELETE", table, _parent_sealed("OLD"), IMMUTABLE),
    ]


# SQLite fires the most recently created trigger first: the REPLACE guard comes last so a
# REPLACE is reported as such, not as a broken chain.
TRIGGERS: list[str] = [
    _refuse(
        "inspection_sealed_no_update", "UPDATE", "inspection", f"OLD.state IN {SEALED}", IMMUTABLE
    ),
    _refuse(
        "inspection_sealed_no_delete", "DELETE", "inspection", f"OLD.state IN {SEALED}", IMMUTABLE
    ),
    _refuse(
        "inspection_sealed_no_replace",
        "INSERT",
        "inspection",
        f"EXISTS (SELECT 1 FROM inspection WHERE id = NEW.id AND state IN {SEALED})",
        IMMUTABLE,
    ),
    *_check_triggers("check_result"),
    *_check_triggers("check_photo"),
    _refuse("audit_log_no_update", "UPDATE", "audit_log", "1", APPEND_ONLY),
    _refuse("audit_log_no_delete", "DELETE", "audit_log", "1", APPEND_ONLY),
    _refuse(
        "audit_log_chained",
        "INSERT",
        "audit_log",
        "NEW.prev_hash IS NOT COALESCE("
        f"(SELECT row_hash FROM audit_log ORDER BY seq DESC LIMIT 1), {GENESIS})",
        "'audit_log entry does not continue the chain'",
    ),
    _refuse(
        "audit_log_no_replace",
        "INSERT",
        "audit_log",
        "EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq)",
        APPEND_ONLY,
    ),
]

TRIGGER_NAMES: list[str] = [statement.split()[2] for statement in TRIGGERS]


def downgrade() -> None:
    for name in reversed(TRIGGER_NAMES):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("lab_sample")
    op.drop_index("ix_audit_log_entity_entity_id", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_outbox_pending", table_name="outbox")
    op.drop_table("outbox")
    op.drop_table("check_photo")
    op.drop_table("check_result")
    op.drop_table("inspection")
    op.drop_table("lot")
    op.drop_table("app_user")
    op.drop_table("shelf_life_policy")
    op.drop_table("checklist_template")
    op.drop_table("sku")
    op.drop_table("photo")
    op.drop_table("category")
    op.drop_table("merchant")
