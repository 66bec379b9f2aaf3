"""Evidence: files (photos, scans of signed sheets, PDFs) attached to a household, a
follow-up visit, an assistance record or a progress report, their bytes and thumbnail kept
inside the database so a backup and a restore carry them and the office stays one file.

A new table; existing rows are untouched.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.dialect import count_true

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

OWNERS = (
    ("household_id", "households"),
    ("visit_id", "follow_up_visits"),
    ("assistance_id", "assistance"),
    ("progress_report_id", "progress_reports"),
)


def upgrade() -> None:
    """Upgrade schema."""
    one_owner = count_true([f"{column} IS NOT NULL" for column, _ in OWNERS]) + " = 1"
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        *(sa.Column(column, sa.Integer(), nullable=True) for column, _ in OWNERS),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        # The thumbnail before the file: SQLite reads a row's columns in order, and a
        # column after a large BLOB is reached only by walking the BLOB's overflow pages.
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint(one_owner, name=op.f("ck_attachments_one_owner")),
        sa.CheckConstraint(
            "media_type IN ('image/jpeg', 'image/png', 'application/pdf')",
            name=op.f("ck_attachments_media_type"),
        ),
        sa.CheckConstraint("size > 0", name=op.f("ck_attachments_size")),
        *(
            sa.ForeignKeyConstraint(
                [column],
                [f"{table}.id"],
                name=op.f(f"fk_attachments_{column}_{table}"),
                ondelete="CASCADE",
            )
            for column, table in OWNERS
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    for column, _ in OWNERS:
        op.create_index(f"ix_attachments_{column}", "attachments", [column], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("attachments")  # SQLite drops a table's indexes with it
