"""Label readings: the label photo an inspection's camera read, with what it said.

* ``label_reading``: one row per inspection that read its label, written with the inspection
  and never changed (triggers): the photo (and an inkjet-code photo), the OCR engine, and the
  evidence as JSON (lines with boxes, the fields as read and as accepted).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "'label_reading is evidence: it is never changed'"
TRIGGERS: list[str] = [
    "CREATE TRIGGER label_reading_no_update BEFORE UPDATE ON label_reading "
    f"BEGIN SELECT RAISE(ABORT, {MESSAGE}); END",
    "CREATE TRIGGER label_reading_no_delete BEFORE DELETE ON label_reading "
    f"BEGIN SELECT RAISE(ABORT, {MESSAGE}); END",
]


def upgrade() -> None:
    op.create_table(
        "label_reading",
        sa.Column("inspection_id", sa.Text(), nullable=False),
        sa.Column("photo_sha256", sa.String(length=64), nullable=False),
        sa.Column("inkjet_photo_sha256", sa.String(length=64), nullable=True),
        sa.Column("engine", sa.Text(), nullable=False),
        sa.Column("evidence_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_label_reading_inspection_id_inspection"),
        ),
        sa.ForeignKeyConstraint(
            ["photo_sha256"], ["photo.sha256"], name=op.f("fk_label_reading_photo_sha256_photo")
        ),
        sa.ForeignKeyConstraint(
            ["inkjet_photo_sha256"],
            ["photo.sha256"],
            name=op.f("fk_label_reading_inkjet_photo_sha256_photo"),
        ),
        sa.PrimaryKeyConstraint("inspection_id", name=op.f("pk_label_reading")),
    )
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for statement in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
    op.drop_table("label_reading")
