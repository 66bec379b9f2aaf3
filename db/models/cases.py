"""Case management: a household's development plans (problems, activities) and the
follow-up visits that check on it."""

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base

ACTIVITY_STATUSES = ("planned", "doing", "done", "dropped")
DIMENSION_CHECK = "IN ('health', 'living', 'education', 'income', 'access')"


class DevelopmentPlan(Base):
    """แผนพัฒนาครัวเรือน. A household keeps its plans over the years; at most one is
    current (a partial unique index)."""

    __tablename__ = "development_plans"
    __table_args__ = (
        Index(
            "uq_development_plans_one_current",
            "household_id",
            unique=True,
            sqlite_where=text("is_current = 1"),
            postgresql_where=text("is_current"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    made_on: Mapped[dt.date] = mapped_column(Date)
    is_current: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    notes: Mapped[str] = mapped_column(Text, default="")

    problems: Mapped[list["PlanProblem"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanProblem.seq"
    )


class PlanProblem(Base):
    """One problem of a plan: a failed indicator (or a problem of a dimension the clerk
    names) and the goal for it."""

    __tablename__ = "plan_problems"
    __table_args__ = (CheckConstraint(f"dimension {DIMENSION_CHECK}", name="dimension"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("development_plans.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(default=1)
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicators.id"))
    dimension: Mapped[str] = mapped_column(String(10))
    goal: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[DevelopmentPlan] = relationship(back_populates="problems")
    activities: Mapped[list["PlanActivity"]] = relationship(
        back_populates="problem", cascade="all, delete-orphan", order_by="PlanActivity.seq"
    )


class PlanActivity(Base):
    """What is to be done about a problem, by which agency, funded by which project."""

    __tablename__ = "plan_activities"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'doing', 'done', 'dropped')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("plan_problems.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(default=1)
    text: Mapped[str] = mapped_column(Text)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="planned")

    problem: Mapped[PlanProblem] = relationship(back_populates="activities")


class FollowUpVisit(Base):
    """การเยี่ยมติดตาม: who visited, what was found, the stage row it reassessed (if any)
    and when the next visit is due. The indicator answers it checked are indicator
    results verified by the visitor on the visit's date."""

    __tablename__ = "follow_up_visits"
    __table_args__ = (
        CheckConstraint("next_visit_due IS NULL OR next_visit_due >= visited_on", name="next_due"),
        Index("ix_follow_up_visits_household_visited", "household_id", "visited_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"))
    visited_on: Mapped[dt.date] = mapped_column(Date)
    visited_by: Mapped[str] = mapped_column(String(100))
    findings: Mapped[str] = mapped_column(Text, default="")
    stage_assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("stage_assessments.id", ondelete="SET NULL")
    )
    next_visit_due: Mapped[dt.date | None] = mapped_column(Date, index=True)


class FollowUpLine(Base):
    """A piece of follow-up work a household may owe, derived from its cases, stage
    history and verification (``db.follow_up_lines.refresh_follow_up_lines``, run by
    ``refresh_household_summaries`` after every write); never written by hand.

    Nothing here depends on "today": a line is on the worklist while ``cut`` is before the
    kind's bound (today for visits, plans and activities; the day 12 months ago for
    verification and stage), '' when it always is. ``kind`` is the worklist's order of
    kinds (0 overdue visit … 5 late activity); ``detail_on`` the date the work is about.
    The household's key, house number (and its sort key), head's name and village are
    copied, so a page of the worklist reads this table alone.
    """

    __tablename__ = "follow_up_lines"
    __table_args__ = (
        Index("ix_follow_up_lines_kind_cut", "kind", "cut"),
        Index("ix_follow_up_lines_village_kind_cut", "village_code", "kind", "cut"),
        Index("ix_follow_up_lines_household_kind_cut", "household_id", "kind", "cut"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"))
    village_code: Mapped[str] = mapped_column(String(8))
    household_key: Mapped[str] = mapped_column(String(20))
    house_no: Mapped[str] = mapped_column(String(20))
    house_no_key: Mapped[str] = mapped_column(String(60))
    head_name: Mapped[str] = mapped_column(String(201))
    kind: Mapped[int]
    cut: Mapped[str] = mapped_column(String(10))
    detail_on: Mapped[dt.date | None] = mapped_column(Date)
    indicator_number: Mapped[int | None]
    activity_text: Mapped[str | None] = mapped_column(Text)
