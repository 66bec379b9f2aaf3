"""Record versions: a counter on households and projects that every save raises, so two
clerks on two PCs sharing one database cannot overwrite each other's work unseen. A save
names the version its form loaded (UPDATE ... WHERE id = :id AND version = :v) and is
refused when another save came first.

Two ADD COLUMNs with a default: SQLite alters in place, no copy of either table; every
existing row starts at version 1.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None

TABLES = ("households", "projects")


def upgrade() -> None:
    """Upgrade schema."""
    for table in TABLES:
        op.add_column(
            table,
            sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        )


def downgrade() -> None:
    """Downgrade schema."""
    # DROP COLUMN in place (SQLite 3.35+, PostgreSQL): a batch copy of households would
    # drop its search triggers, which migration 0002's downgrade drops itself.
    for table in reversed(TABLES):
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
