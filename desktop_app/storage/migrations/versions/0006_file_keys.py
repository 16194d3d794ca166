"""The key shelf: each child's file keys, wrapped under the directory key, outside the entry log.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_keys",
        sa.Column("subject", sa.String(36), primary_key=True),
        sa.Column("key_id", sa.String(36), primary_key=True),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("directory_key_id", sa.String(36), nullable=False),
    )
    op.create_index("ix_file_keys_key_id", "file_keys", ["key_id"])


def downgrade() -> None:
    op.drop_index("ix_file_keys_key_id", "file_keys")
    op.drop_table("file_keys")
