"""Period locks: a supervisor freezes a submitted fiscal year (of one subdistrict or all).

A new table only; existing rows are untouched. Users already exist since 0001 (a database
whose ``users`` table is empty gets its first user, a supervisor, on the first login: see
desktop/services/safety/users.py).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "period_locks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("subdistrict_code", sa.String(length=6), nullable=True),
        sa.Column("locked_at", sa.DateTime(), nullable=False),
        sa.Column("locked_by", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("unlocked_at", sa.DateTime(), nullable=True),
        sa.Column("unlocked_by", sa.String(length=100), nullable=True),
        sa.Column("unlock_reason", sa.Text(), nullable=False),
        sa.Column("export_file", sa.String(length=260), nullable=False),
        sa.CheckConstraint(
            "fiscal_year BETWEEN 2400 AND 2700", name=op.f("ck_period_locks_fiscal_year")
        ),
        sa.ForeignKeyConstraint(
            ["subdistrict_code"],
            ["subdistricts.code"],
            name=op.f("fk_period_locks_subdistrict_code_subdistricts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_locks")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("period_locks")
