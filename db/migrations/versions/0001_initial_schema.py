"""Initial schema: areas, households, indicators, projects, assistance, audit, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agencies")),
        sa.UniqueConstraint("code", name=op.f("uq_agencies_code")),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=6), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "action IN ('insert', 'update', 'delete')", name=op.f("ck_change_log_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_at"), ["at"], unique=False)
        batch_op.create_index("ix_change_log_record", ["table_name", "record_id"], unique=False)

    op.create_table(
        "code_items",
        sa.Column("list_name", sa.String(length=30), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_th", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("list_name", "code", name=op.f("pk_code_items")),
    )
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
        "provinces",
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("name_th", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_provinces")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "umbrellas",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_th", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("aim_th", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_umbrellas")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("role IN ('clerk', 'supervisor')", name=op.f("ck_users_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    op.create_table(
        "districts",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("name_th", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["province_code"], ["provinces.code"], name=op.f("fk_districts_province_code_provinces")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_districts")),
    )
    with op.batch_alter_table("districts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_districts_province_code"), ["province_code"], unique=False
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
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("umbrella_code", sa.String(length=20), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("target_group", sa.Text(), nullable=False),
        sa.Column("target_count", sa.Integer(), nullable=False),
        sa.Column("budget_source", sa.String(length=20), nullable=False),
        sa.Column("budget_satang", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("responsible_person", sa.String(length=200), nullable=False),
        sa.Column("responsible_phone", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("steps", sa.Text(), nullable=False),
        sa.Column("evaluation_method", sa.Text(), nullable=False),
        sa.Column("evaluation_tools", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'running', 'done', 'cancelled')", name=op.f("ck_projects_status")
        ),
        sa.CheckConstraint(
            "budget_satang >= 0 AND target_count >= 0", name=op.f("ck_projects_non_negative")
        ),
        sa.CheckConstraint(
            "fiscal_year BETWEEN 2400 AND 2700", name=op.f("ck_projects_fiscal_year")
        ),
        sa.CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name=op.f("ck_projects_period"),
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_projects_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(
            ["umbrella_code"], ["umbrellas.code"], name=op.f("fk_projects_umbrella_code_umbrellas")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_projects_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_projects_fiscal_year"), ["fiscal_year"], unique=False)

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
    op.create_table(
        "project_indicators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("baseline", sa.Double(), nullable=False),
        sa.Column("target", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_indicators_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_indicators")),
    )
    with op.batch_alter_table("project_indicators", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_indicators_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "subdistricts",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("district_code", sa.String(length=4), nullable=False),
        sa.Column("name_th", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=False),
        sa.ForeignKeyConstraint(
            ["district_code"],
            ["districts.code"],
            name=op.f("fk_subdistricts_district_code_districts"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_subdistricts")),
    )
    with op.batch_alter_table("subdistricts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_subdistricts_district_code"), ["district_code"], unique=False
        )

    op.create_table(
        "progress_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_indicator_id", sa.Integer(), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("money_spent_satang", sa.Integer(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "fiscal_year BETWEEN 2400 AND 2700", name=op.f("ck_progress_reports_fiscal_year")
        ),
        sa.CheckConstraint("money_spent_satang >= 0", name=op.f("ck_progress_reports_money")),
        sa.CheckConstraint("quarter BETWEEN 1 AND 4", name=op.f("ck_progress_reports_quarter")),
        sa.ForeignKeyConstraint(
            ["project_indicator_id"],
            ["project_indicators.id"],
            name=op.f("fk_progress_reports_project_indicator_id_project_indicators"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_reports")),
        sa.UniqueConstraint(
            "project_indicator_id",
            "fiscal_year",
            "quarter",
            name=op.f("uq_progress_reports_project_indicator_id_fiscal_year_quarter"),
        ),
    )
    op.create_table(
        "villages",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("subdistrict_code", sa.String(length=6), nullable=False),
        sa.Column("moo", sa.Integer(), nullable=False),
        sa.Column("name_th", sa.String(length=120), nullable=False),
        sa.CheckConstraint(
            "length(code) = 8 AND code NOT GLOB '*[^0-9]*' AND substr(code, 1, 6) = subdistrict_code AND CAST(substr(code, 7, 2) AS INTEGER) = moo",
            name=op.f("ck_villages_code_matches_moo"),
        ),
        sa.CheckConstraint("moo BETWEEN 1 AND 99", name=op.f("ck_villages_moo_range")),
        sa.ForeignKeyConstraint(
            ["subdistrict_code"],
            ["subdistricts.code"],
            name=op.f("fk_villages_subdistrict_code_subdistricts"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_villages")),
    )
    with op.batch_alter_table("villages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_villages_subdistrict_code"), ["subdistrict_code"], unique=False
        )

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
            "house_code IS NULL OR (length(house_code) = 11 AND house_code NOT GLOB '*[^0-9]*')",
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
        "project_areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("subdistrict_code", sa.String(length=6), nullable=False),
        sa.Column("village_code", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_areas_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subdistrict_code"],
            ["subdistricts.code"],
            name=op.f("fk_project_areas_subdistrict_code_subdistricts"),
        ),
        sa.ForeignKeyConstraint(
            ["village_code"], ["villages.code"], name=op.f("fk_project_areas_village_code_villages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_areas")),
        sa.UniqueConstraint(
            "project_id",
            "subdistrict_code",
            "village_code",
            name=op.f("uq_project_areas_project_id_subdistrict_code_village_code"),
        ),
    )
    with op.batch_alter_table("project_areas", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_areas_subdistrict_code"), ["subdistrict_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_areas_village_code"), ["village_code"], unique=False
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
            "national_id IS NULL OR (length(national_id) = 13 AND national_id NOT GLOB '*[^0-9]*')",
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
        "assistance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("dimension", sa.String(length=10), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value_satang", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "dimension IS NULL OR dimension IN ('health', 'living', 'education', 'income', 'access')",
            name=op.f("ck_assistance_dimension"),
        ),
        sa.CheckConstraint("value_satang >= 0", name=op.f("ck_assistance_value")),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_assistance_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_assistance_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_assistance_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_assistance_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistance")),
    )
    with op.batch_alter_table("assistance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assistance_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_assistance_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assistance_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assistance_project_id"), ["project_id"], unique=False)

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


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("income_lines")
    with op.batch_alter_table("assistance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assistance_project_id"))
        batch_op.drop_index(batch_op.f("ix_assistance_member_id"))
        batch_op.drop_index(batch_op.f("ix_assistance_household_id"))
        batch_op.drop_index(batch_op.f("ix_assistance_agency_id"))

    op.drop_table("assistance")
    with op.batch_alter_table("stage_assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_assessments_household_id"))

    op.drop_table("stage_assessments")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index("uq_members_one_head", sqlite_where=sa.text("is_head = 1"))
        batch_op.drop_index("ix_members_name_key")
        batch_op.drop_index(batch_op.f("ix_members_household_id"))

    op.drop_table("members")
    with op.batch_alter_table("indicator_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_results_indicator_id"))

    op.drop_table("indicator_results")
    with op.batch_alter_table("project_areas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_areas_village_code"))
        batch_op.drop_index(batch_op.f("ix_project_areas_subdistrict_code"))

    op.drop_table("project_areas")
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_households_village_code"))
        batch_op.drop_index(batch_op.f("ix_households_current_stage"))

    op.drop_table("households")
    with op.batch_alter_table("villages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_villages_subdistrict_code"))

    op.drop_table("villages")
    op.drop_table("progress_reports")
    with op.batch_alter_table("subdistricts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subdistricts_district_code"))

    op.drop_table("subdistricts")
    with op.batch_alter_table("project_indicators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_indicators_project_id"))

    op.drop_table("project_indicators")
    op.drop_table("indicator_thresholds")
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_projects_fiscal_year"))
        batch_op.drop_index(batch_op.f("ix_projects_agency_id"))

    op.drop_table("projects")
    with op.batch_alter_table("indicators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicators_set_id"))

    op.drop_table("indicators")
    with op.batch_alter_table("districts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_districts_province_code"))

    op.drop_table("districts")
    op.drop_table("users")
    op.drop_table("umbrellas")
    op.drop_table("settings")
    op.drop_table("provinces")
    op.drop_table("indicator_sets")
    op.drop_table("code_items")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_record")
        batch_op.drop_index(batch_op.f("ix_change_log_at"))

    op.drop_table("change_log")
    op.drop_table("agencies")
