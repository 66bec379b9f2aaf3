"""Revision 0001: Households, members, income lines, stage assessments and indicator results.

Frozen with the revision: a later schema change is a new migration, never an edit here.
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.dialect import digits_only

TABLES = ("households", "indicator_results", "members", "stage_assessments", "income_lines")


def create() -> None:
    op.create_table(
        "households",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=20), nullable=False),
        sa.Column("house_code", sa.String(length=11), nullable=True),
        sa.Column("house_no", sa.String(length=20), nullable=False),
        sa.Column("village_code", sa.String(length=8), nullable=False),
        sa.Column("source_list", sa.String(length=20), nullable=False),
        sa.Column("has_welfare_card", sa.Boolean(), nullable=False),
        sa.Column("welfare_registered", sa.Boolean(), nullable=False),
        sa.Column("current_stage", sa.String(length=12), nullable=True),
        sa.Column("last_verified_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "current_stage IS NULL OR current_stage IN ('survival', 'sufficiency', 'sustainable')",
            name=op.f("ck_households_stage"),
        ),
        sa.CheckConstraint(
            f"house_code IS NULL OR (length(house_code) = 11 AND {digits_only('house_code')})",
            name=op.f("ck_households_house_code_digits"),
        ),
        sa.ForeignKeyConstraint(
            ["village_code"], ["villages.code"], name=op.f("fk_households_village_code_villages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
        sa.UniqueConstraint("house_code", name=op.f("uq_households_house_code")),
        sa.UniqueConstraint("key", name=op.f("uq_households_key")),
    )
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_households_current_stage"), ["current_stage"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_households_village_code"), ["village_code"], unique=False
        )
    op.create_table(
        "indicator_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("survey_year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=6), nullable=False),
        sa.Column("derived_status", sa.String(length=6), nullable=True),
        sa.Column("derived_value", sa.Double(), nullable=True),
        sa.Column("verified_by", sa.String(length=100), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "derived_status IS NULL OR derived_status IN ('passed', 'failed', 'na')",
            name=op.f("ck_indicator_results_derived_status"),
        ),
        sa.CheckConstraint(
            "status IN ('passed', 'failed', 'na')", name=op.f("ck_indicator_results_status")
        ),
        sa.CheckConstraint(
            "survey_year BETWEEN 2400 AND 2700", name=op.f("ck_indicator_results_survey_year")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_indicator_results_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_indicator_results_indicator_id_indicators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_results")),
        sa.UniqueConstraint(
            "household_id",
            "indicator_id",
            "survey_year",
            name=op.f("uq_indicator_results_household_id_indicator_id_survey_year"),
        ),
    )
    with op.batch_alter_table("indicator_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_results_indicator_id"), ["indicator_id"], unique=False
        )
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=30), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("name_key", sa.LargeBinary(), nullable=False),
        sa.Column("national_id", sa.String(length=13), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("is_head", sa.Boolean(), nullable=False),
        sa.Column("education_status", sa.String(length=20), nullable=False),
        sa.Column("education_level", sa.String(length=20), nullable=False),
        sa.Column("literate", sa.Boolean(), nullable=True),
        sa.Column("occupation_main", sa.String(length=40), nullable=False),
        sa.Column("occupation_second", sa.String(length=40), nullable=False),
        sa.Column("disability", sa.Boolean(), nullable=False),
        sa.Column("chronic_illness", sa.Boolean(), nullable=False),
        sa.Column("bedridden", sa.Boolean(), nullable=False),
        sa.Column("welfare_card", sa.Boolean(), nullable=False),
        sa.Column("lives_here", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            f"national_id IS NULL OR (length(national_id) = 13 AND {digits_only('national_id')})",
            name=op.f("ck_members_national_id_digits"),
        ),
        sa.CheckConstraint("sex IS NULL OR sex IN ('M', 'F')", name=op.f("ck_members_sex")),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_members_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("national_id", name=op.f("uq_members_national_id")),
    )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_members_household_id"), ["household_id"], unique=False)
        batch_op.create_index("ix_members_name_key", ["name_key"], unique=False)
        batch_op.create_index(
            "uq_members_one_head",
            ["household_id"],
            unique=True,
            sqlite_where=sa.text("is_head = 1"),
            postgresql_where=sa.text("is_head"),
        )
    op.create_table(
        "stage_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=12), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "stage IN ('survival', 'sufficiency', 'sustainable')",
            name=op.f("ck_stage_assessments_stage"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_stage_assessments_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_assessments")),
    )
    with op.batch_alter_table("stage_assessments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_assessments_household_id"), ["household_id"], unique=False
        )
    op.create_table(
        "income_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("survey_year", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("amount_satang", sa.Integer(), nullable=False),
        sa.Column("cost_satang", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "amount_satang >= 0 AND cost_satang >= 0", name=op.f("ck_income_lines_amounts")
        ),
        sa.CheckConstraint(
            "survey_year BETWEEN 2400 AND 2700", name=op.f("ck_income_lines_survey_year")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_income_lines_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_income_lines")),
        sa.UniqueConstraint(
            "member_id",
            "survey_year",
            "category",
            name=op.f("uq_income_lines_member_id_survey_year_category"),
        ),
    )
