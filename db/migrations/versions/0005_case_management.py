"""Case management: household development plans (problems, activities), follow-up visits,
and the plan activity an assistance row served.

New tables and a new nullable column; existing rows are untouched (their assistance serves
no plan activity). The ``assistance`` table is rebuilt by batch mode to gain a foreign key
(SQLite cannot add one in place); its rows, indexes and checks are copied over.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "development_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_development_plans_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_plans")),
    )
    op.create_index(
        "ix_development_plans_household_id", "development_plans", ["household_id"], unique=False
    )
    op.create_index(
        "uq_development_plans_one_current",
        "development_plans",
        ["household_id"],
        unique=True,
        sqlite_where=sa.text("is_current = 1"),
        postgresql_where=sa.text("is_current"),
    )
    op.create_table(
        "plan_problems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=True),
        sa.Column("dimension", sa.String(length=10), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "dimension IN ('health', 'living', 'education', 'income', 'access')",
            name=op.f("ck_plan_problems_dimension"),
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicators.id"],
            name=op.f("fk_plan_problems_indicator_id_indicators"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["development_plans.id"],
            name=op.f("fk_plan_problems_plan_id_development_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_problems")),
    )
    op.create_index("ix_plan_problems_plan_id", "plan_problems", ["plan_id"], unique=False)
    op.create_table(
        "plan_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'doing', 'done', 'dropped')",
            name=op.f("ck_plan_activities_status"),
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_plan_activities_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["plan_problems.id"],
            name=op.f("fk_plan_activities_problem_id_plan_problems"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_plan_activities_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_activities")),
    )
    for column in ("agency_id", "problem_id", "project_id"):
        op.create_index(f"ix_plan_activities_{column}", "plan_activities", [column], unique=False)
    op.create_table(
        "follow_up_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("visited_by", sa.String(length=100), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("stage_assessment_id", sa.Integer(), nullable=True),
        sa.Column("next_visit_due", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "next_visit_due IS NULL OR next_visit_due >= visited_on",
            name=op.f("ck_follow_up_visits_next_due"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_follow_up_visits_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stage_assessment_id"],
            ["stage_assessments.id"],
            name=op.f("fk_follow_up_visits_stage_assessment_id_stage_assessments"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_visits")),
    )
    op.create_index(
        "ix_follow_up_visits_household_visited",
        "follow_up_visits",
        ["household_id", "visited_on"],
        unique=False,
    )
    op.create_index(
        "ix_follow_up_visits_next_visit_due", "follow_up_visits", ["next_visit_due"], unique=False
    )
    with op.batch_alter_table("assistance") as batch_op:
        batch_op.add_column(sa.Column("plan_activity_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_assistance_plan_activity_id", ["plan_activity_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_assistance_plan_activity_id_plan_activities",
            "plan_activities",
            ["plan_activity_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("assistance") as batch_op:
        batch_op.drop_constraint(
            "fk_assistance_plan_activity_id_plan_activities", type_="foreignkey"
        )
        batch_op.drop_index("ix_assistance_plan_activity_id")
        batch_op.drop_column("plan_activity_id")
    op.drop_table("follow_up_visits")  # SQLite drops a table's indexes with it
    op.drop_table("plan_activities")
    op.drop_table("plan_problems")
    op.drop_table("development_plans")
