"""Revision 0001: Indicator sets, their indicators and thresholds.

Frozen with the revision: a later schema change is a new migration, never an edit here.
"""

import sqlalchemy as sa
from alembic import op

TABLES = ("indicator_sets", "indicators", "indicator_thresholds")


def create() -> None:
    op.create_table(
        "indicator_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_th", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.Column("last_year", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_sets")),
        sa.UniqueConstraint("code", name=op.f("uq_indicator_sets_code")),
    )
    op.create_table(
        "indicators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(length=10), nullable=False),
        sa.Column("text_th", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("tpmap", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "dimension IN ('health', 'living', 'education', 'income', 'access')",
            name=op.f("ck_indicators_dimension"),
        ),
        sa.ForeignKeyConstraint(
            ["set_id"], ["indicator_sets.id"], name=op.f("fk_indicators_set_id_indicator_sets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicators")),
        sa.UniqueConstraint("set_id", "number", name=op.f("uq_indicators_set_id_number")),
    )
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicators_set_id"), ["set_id"], unique=False)
    op.create_table(
        "indicator_thresholds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("survey_year", sa.Integer(), nullable=True),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_indicator_thresholds_indicator_id_indicators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_thresholds")),
        sa.UniqueConstraint(
            "indicator_id",
            "survey_year",
            name=op.f("uq_indicator_thresholds_indicator_id_survey_year"),
        ),
    )
