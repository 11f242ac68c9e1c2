"""unit key history

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 07:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "unit_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_how", sa.String(length=16), nullable=False),
        sa.Column("registered_reason", sa.Text(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ended_reason", sa.Text(), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["unit_code"], ["unit.code"], name=op.f("fk_unit_key_unit_code_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_key")),
    )
    with op.batch_alter_table("unit_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_key_unit_code"), ["unit_code"], unique=False)
    # The keys registered so far become the first (current) entry of each unit's history,
    # with the unit's last imported sequence as that key's own.
    op.execute(
        "INSERT INTO unit_key (unit_code, fingerprint, public_key, status, registered_at, "
        "registered_how, registered_reason, ended_at, ended_reason, last_sequence) "
        "SELECT code, fingerprint, public_key, 'current', COALESCE(last_import_at, created_at), "
        "'migration', '', NULL, '', last_sequence FROM unit WHERE fingerprint IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("unit_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_key_unit_code"))
    op.drop_table("unit_key")
