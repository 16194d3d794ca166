"""Key material by arrival: a partial index, so a sign-in and each refresh of the keys read only key material.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entries_key_material", "entries", ["local_seq"], sqlite_where=sa.text("public IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_entries_key_material", "entries")
