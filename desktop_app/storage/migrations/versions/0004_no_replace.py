"""Entries cannot be replaced or renumbered: an insert that would take an existing entry's id, its place in its
device's chain or its local position, or that would slip in below the newest local position, is refused. (UPDATE
and DELETE are refused since 0001; SQLite's INSERT OR REPLACE deletes without firing delete triggers.)

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TRIGGER entries_no_replace BEFORE INSERT ON entries"
        " WHEN EXISTS (SELECT 1 FROM entries WHERE id = NEW.id)"
        " OR EXISTS (SELECT 1 FROM entries WHERE device_id = NEW.device_id AND seq = NEW.seq)"
        " OR NEW.local_seq IS NULL"
        " OR NEW.local_seq <= (SELECT coalesce(max(local_seq), 0) FROM entries)"
        " BEGIN SELECT RAISE(ABORT, 'entries are append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER entries_no_replace")
