"""Revision 0001: Umbrellas, agencies, projects, key results, progress reports and assistance.

Frozen with the revision: a later schema change is a new migration, never an edit here.
"""

import sqlalchemy as sa
from alembic import op

TABLES = (
    "agencies",
    "umbrellas",
    "projects",
    "project_indicators",
    "progress_reports",
    "project_areas",
    "assistance",
)


def create() -> None:
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
