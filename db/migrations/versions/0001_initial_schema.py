"""Initial schema: areas, households, indicators, projects, assistance, audit, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-21

The tables are created by topic from db/migrations/initial (frozen with this revision).

On PostgreSQL the tables keyed by text get a ``rowid`` column of their own: the change log
records their rows by SQLite's rowid, which PostgreSQL tables do not have.
"""

from alembic import op

from db.migrations.dialect import on_postgresql
from db.migrations.initial import TOPICS

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


TEXT_KEYED_TABLES = ("villages", "code_items", "umbrellas")


def upgrade() -> None:
    for topic in TOPICS:
        topic.create()
    if on_postgresql():
        for table in TEXT_KEYED_TABLES:
            op.execute(f"ALTER TABLE {table} ADD COLUMN rowid bigserial UNIQUE")


def downgrade() -> None:
    for topic in reversed(TOPICS):
        for table in reversed(topic.TABLES):
            op.drop_table(table)  # SQLite drops a table's indexes with it
