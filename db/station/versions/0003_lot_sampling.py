"""Inbound sampling: each lot's plan, each merchant+SKU's switching state, AQLs per category.

* ``lot_plan``: the ISO 2859-1 plan a lot is judged by (lot size, level, normal or tightened,
  the AQL of each defect class), fixed at its first inbound inspection, and its outcome
  once decided. The units inspected are not stored: they are replayed from the inspections.
* ``switching_state``: the switching state of a merchant+SKU as JSON, with its history.
* ``aql_setting``: a supervisor's AQLs for a category, replacing the built-in defaults.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "lot_plan",
        sa.Column("lot_id", sa.Text(), nullable=False),
        sa.Column("merchant_id", sa.Text(), nullable=False),
        sa.Column("sku_id", sa.Text(), nullable=False),
        sa.Column("lot_size", sa.Integer(), nullable=False),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("severity", sa.Text(), nullable=False),
        sa.Column("aqls", sa.Text(), nullable=False),
        sa.Column("started_at", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_lot_plan_lot_id_lot")),
        sa.PrimaryKeyConstraint("lot_id", name=op.f("pk_lot_plan")),
    )
    op.create_table(
        "switching_state",
        sa.Column("merchant_id", sa.Text(), nullable=False),
        sa.Column("sku_id", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merchant_id"], ["merchant.id"], name=op.f("fk_switching_state_merchant_id_merchant")
        ),
        sa.ForeignKeyConstraint(["sku_id"], ["sku.id"], name=op.f("fk_switching_state_sku_id_sku")),
        sa.PrimaryKeyConstraint("merchant_id", "sku_id", name=op.f("pk_switching_state")),
    )
    op.create_table(
        "aql_setting",
        sa.Column("category_code", sa.Text(), nullable=False),
        sa.Column("aqls", sa.Text(), nullable=False),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_code"], ["category.code"], name=op.f("fk_aql_setting_category_code_category")
        ),
        sa.PrimaryKeyConstraint("category_code", name=op.f("pk_aql_setting")),
    )


def downgrade() -> None:
    op.drop_table("aql_setting")
    op.drop_table("switching_state")
    op.drop_table("lot_plan")
