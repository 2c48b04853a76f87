"""Lab sampling: the chain of custody of a sample, and the stored decision to sample a lot.

* ``lab_sample`` gains its own barcode text (``code``, unique), who selected it and why,
  the custody steps as JSON (collection, dispatch, receipt, report), when the result came
  in, a cancel reason and a version for optimistic locking. Samples stored before this
  revision get a code from their id; those with a result get a result time (their close,
  or their selection when not closed) so that the result still counts in the risk history.
* A closed or cancelled sample refuses UPDATE and DELETE (trigger), like a submitted
  inspection.
* ``lab_selection`` keeps one decision per lot, selected or not: the risk score with its
  explanation, the rule inputs, the policy, the seed and the draw, and any supervisor
  override, so the decision can be re-derived and audited later.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FINAL = "('closed', 'cancelled')"
FINAL_MESSAGE = "'a closed lab sample is immutable'"

NEW_COLUMNS = ("code", "selected_by", "selection_note", "custody", "cancel_reason", "version")

TRIGGERS: list[str] = [
    "CREATE TRIGGER lab_sample_final_no_update BEFORE UPDATE ON lab_sample "
    f"WHEN OLD.status IN {FINAL} BEGIN SELECT RAISE(ABORT, {FINAL_MESSAGE}); END",
    "CREATE TRIGGER lab_sample_final_no_delete BEFORE DELETE ON lab_sample "
    f"WHEN OLD.status IN {FINAL} BEGIN SELECT RAISE(ABORT, {FINAL_MESSAGE}); END",
]


def upgrade() -> None:
    with op.batch_alter_table("lab_sample") as batch:
        batch.add_column(sa.Column("code", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("selected_by", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("selection_note", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("custody", sa.Text(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("resulted_at", sa.Text(), nullable=True))
        batch.add_column(sa.Column("cancel_reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("lab_sample") as batch:  # the defaults only filled old rows
        for column in NEW_COLUMNS:
            batch.alter_column(column, server_default=None)
    op.execute("UPDATE lab_sample SET code = 'LS-' || upper(substr(id, 1, 12)) WHERE code = ''")
    # an older result keeps counting in the risk history: it came in by the close at the latest
    op.execute(
        "UPDATE lab_sample SET resulted_at = coalesce(closed_at, selected_at) "
        "WHERE result IS NOT NULL AND resulted_at IS NULL"
    )
    op.create_index(op.f("ix_lab_sample_code"), "lab_sample", ["code"], unique=True)
    op.create_index(op.f("ix_lab_sample_status"), "lab_sample", ["status"])
    op.create_table(
        "lab_selection",
        sa.Column("lot_id", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("seed", sa.Text(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("probability", sa.Float(), nullable=False),
        sa.Column("draw", sa.Float(), nullable=False),
        sa.Column("selected", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("override_by", sa.Text(), nullable=False),
        sa.Column("override_note", sa.Text(), nullable=False),
        sa.Column("drawn_selected", sa.Boolean(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_lab_selection_lot_id_lot")),
        sa.PrimaryKeyConstraint("lot_id", name=op.f("pk_lab_selection")),
    )
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for statement in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
    op.drop_table("lab_selection")
    op.drop_index(op.f("ix_lab_sample_status"), table_name="lab_sample")
    op.drop_index(op.f("ix_lab_sample_code"), table_name="lab_sample")
    with op.batch_alter_table("lab_sample") as batch:
        for column in (
            "version",
            "cancel_reason",
            "resulted_at",
            "custody",
            "selection_note",
            "selected_by",
            "code",
        ):
            batch.drop_column(column)
