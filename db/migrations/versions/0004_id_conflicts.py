"""Provincial offices: national IDs found in two districts, kept for a person to resolve,
and the district project each consolidated project comes from.

A new table and a new nullable column; existing rows are untouched. A district office
fills neither.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.dialect import on_postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "id_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("national_id", sa.String(length=13), nullable=False),
        sa.Column("first_member_id", sa.Integer(), nullable=True),
        sa.Column("first_household_key", sa.String(length=20), nullable=False),
        sa.Column("first_name", sa.String(length=201), nullable=False),
        sa.Column("second_member_id", sa.Integer(), nullable=True),
        sa.Column("second_household_key", sa.String(length=20), nullable=False),
        sa.Column("second_name", sa.String(length=201), nullable=False),
        sa.Column("source_file", sa.String(length=260), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("found_by", sa.String(length=100), nullable=False),
        sa.Column("resolution", sa.String(length=6), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "resolution IN ('', 'first', 'second')", name=op.f("ck_id_conflicts_resolution")
        ),
        sa.ForeignKeyConstraint(
            ["first_member_id"],
            ["members.id"],
            name=op.f("fk_id_conflicts_first_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["second_member_id"],
            ["members.id"],
            name=op.f("fk_id_conflicts_second_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_id_conflicts")),
    )
    op.create_index("ix_id_conflicts_national_id", "id_conflicts", ["national_id"], unique=False)
    if on_postgresql():  # the change log names its rows by rowid, as SQLite has it
        op.execute(
            "ALTER TABLE id_conflicts ADD COLUMN rowid integer GENERATED ALWAYS AS (id) STORED"
        )
    # ADD COLUMN and an index: SQLite alters in place, no copy of the projects table.
    op.add_column("projects", sa.Column("origin", sa.String(length=30), nullable=True))
    op.create_index("uq_projects_origin", "projects", ["origin"], unique=True)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("uq_projects_origin", table_name="projects")
    with op.batch_alter_table("projects") as batch_op:
        batch_op.drop_column("origin")
    op.drop_index("ix_id_conflicts_national_id", table_name="id_conflicts")
    op.drop_table("id_conflicts")
