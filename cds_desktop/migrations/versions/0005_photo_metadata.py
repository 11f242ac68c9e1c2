"""photo metadata on evidence

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 10:10:00.000000

What a photo says about itself (EXIF time and place, its pixel size), what it was before
the unit reduced it (the original's SHA-256, size and pixel size), and the perceptual hash
the centre uses to find the same photo sent twice (issue 19).
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS: tuple[tuple[str, sa.types.TypeEngine[Any]], ...] = (
    ("taken_at", sa.DateTime()),
    ("gps_lat", sa.Float()),
    ("gps_lon", sa.Float()),
    ("width", sa.Integer()),
    ("height", sa.Integer()),
    ("original_sha256", sa.String(length=64)),
    ("original_size", sa.BigInteger()),
    ("original_width", sa.Integer()),
    ("original_height", sa.Integer()),
    ("phash", sa.String(length=16)),
)


def upgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        for name, type_ in _COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
        batch_op.create_index(batch_op.f("ix_evidence_phash"), ["phash"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_phash"))
        for name, _type in reversed(_COLUMNS):
            batch_op.drop_column(name)
