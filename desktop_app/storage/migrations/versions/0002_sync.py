"""Sync: entries pulled from the hub and refused, kept with the reason (ids only, never content).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "refused_entries",
        sa.Column("entry_id", sa.String(36), primary_key=True),
        sa.Column("hub_seq", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("refused_at", sa.BigInteger(), nullable=False),
    )
    # The outbox is "entries not yet on the hub, in the order this store took them".
    op.create_index("ix_entries_outbox", "entries", ["school_id", "local_seq"], sqlite_where=sa.text("hub_seq IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_entries_outbox", "entries")
    op.drop_table("refused_entries")
