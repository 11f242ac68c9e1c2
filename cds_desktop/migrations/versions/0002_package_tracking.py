"""package tracking

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 04:20:32.505092
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=1000), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=True),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=True),
        sa.Column("signer_fingerprint", sa.String(length=32), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_log")),
    )
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_log_package_id"), ["package_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_import_log_package_sha256"), ["package_sha256"], unique=False
        )

    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_sequence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("last_import_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_column("last_import_at")
        batch_op.drop_column("last_sequence")

    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_log_package_sha256"))
        batch_op.drop_index(batch_op.f("ix_import_log_package_id"))

    op.drop_table("import_log")
