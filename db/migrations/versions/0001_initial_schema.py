"""Initial schema: areas, households, indicators, projects, assistance, audit, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-21

The tables are created by topic from db/migrations/initial (frozen with this revision).
"""

from alembic import op

from db.migrations.initial import TOPICS

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    for topic in TOPICS:
        topic.create()


def downgrade() -> None:
    for topic in reversed(TOPICS):
        for table in reversed(topic.TABLES):
            op.drop_table(table)  # SQLite drops a table's indexes with it
