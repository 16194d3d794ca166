"""First release schema: entries, local settings, drafts.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entries",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("school_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("prev_hash", sa.LargeBinary(), nullable=False),
        sa.Column("author_key_id", sa.String(36), nullable=False),
        sa.Column("subject", sa.String(36), nullable=True),
        sa.Column("occurred_at", sa.BigInteger(), nullable=False),
        sa.Column("recorded_at", sa.BigInteger(), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("public", sa.LargeBinary(), nullable=True),
        sa.Column("sealed", sa.LargeBinary(), nullable=True),
        sa.Column("hash", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("local_seq", sa.Integer(), nullable=False, unique=True),
        sa.Column("hub_seq", sa.BigInteger(), nullable=True),
        sa.UniqueConstraint("device_id", "seq", name="uq_entries_device_seq"),
    )
    op.create_index("ix_entries_subject_occurred", "entries", ["subject", "occurred_at"])
    op.create_index("ix_entries_hub_seq", "entries", ["hub_seq"])
    op.create_table(
        "local_settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "drafts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("author_key_id", sa.String(36), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_drafts_author_key_id", "drafts", ["author_key_id"])
    # Entries are append-only: the store itself refuses to change or remove one.
    op.execute(
        "CREATE TRIGGER entries_no_update BEFORE UPDATE OF id, school_id, device_id, seq, prev_hash, author_key_id,"
        " subject, occurred_at, recorded_at, recipients, public, sealed, hash, signature, local_seq ON entries"
        " BEGIN SELECT RAISE(ABORT, 'entries are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries"
        " BEGIN SELECT RAISE(ABORT, 'entries are append-only'); END"
    )


def downgrade() -> None:
    op.drop_table("drafts")
    op.drop_table("local_settings")
    op.drop_table("entries")
