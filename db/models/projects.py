"""OKR umbrellas, agencies, projects, key results, progress reports and assistance."""

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import BE_YEAR_RANGE, Base

PROJECT_STATUSES = ("planned", "running", "done", "cancelled")


class Umbrella(Base):
    """ร่ม: one strategy heading of the province's OKRs (an editable code list)."""

    __tablename__ = "umbrellas"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    aim_th: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)


class Agency(Base):
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")


class Project(Base):
    __tablename__ = "projects"
    __table_args__ = (
        CheckConstraint(f"fiscal_year {BE_YEAR_RANGE}", name="fiscal_year"),
        CheckConstraint("status IN ('planned', 'running', 'done', 'cancelled')", name="status"),
        CheckConstraint("budget_satang >= 0 AND target_count >= 0", name="non_negative"),
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date",
            name="period",
        ),
        Index("uq_projects_origin", "origin", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    fiscal_year: Mapped[int] = mapped_column(index=True)
    umbrella_code: Mapped[str | None] = mapped_column(ForeignKey("umbrellas.code"))
    name: Mapped[str] = mapped_column(String(300))
    rationale: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    target_group: Mapped[str] = mapped_column(Text, default="")
    target_count: Mapped[int] = mapped_column(default=0)
    budget_source: Mapped[str] = mapped_column(String(20), default="")
    budget_satang: Mapped[int] = mapped_column(default=0)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    responsible_person: Mapped[str] = mapped_column(String(200), default="")
    responsible_phone: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(10), default="planned")
    steps: Mapped[str] = mapped_column(Text, default="")
    evaluation_method: Mapped[str] = mapped_column(Text, default="")
    evaluation_tools: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    # A provincial office: the district workbook's project this one consolidates,
    # "<district code>:<project number>" (migration 0004); NULL for the office's own.
    origin: Mapped[str | None] = mapped_column(String(30))
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    """Raised by every save of the project, its areas, key results or reports (migration
    0008): a save names the version its form loaded and is refused when another came first."""

    agency: Mapped[Agency] = relationship()
    key_results: Mapped[list["ProjectIndicator"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ProjectIndicator.seq"
    )
    areas: Mapped[list["ProjectArea"]] = relationship(cascade="all, delete-orphan")


class ProjectArea(Base):
    """A subdistrict (or one village of it) where a project works."""

    __tablename__ = "project_areas"
    __table_args__ = (UniqueConstraint("project_id", "subdistrict_code", "village_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    subdistrict_code: Mapped[str] = mapped_column(ForeignKey("subdistricts.code"), index=True)
    village_code: Mapped[str | None] = mapped_column(ForeignKey("villages.code"), index=True)


class ProjectIndicator(Base):
    """A key result (ตัวชี้วัด) of a project: text, unit, baseline and target."""

    __tablename__ = "project_indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(default=1)
    text: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(40), default="")
    baseline: Mapped[float] = mapped_column(default=0)
    target: Mapped[float] = mapped_column(default=0)

    project: Mapped[Project] = relationship(back_populates="key_results")
    reports: Mapped[list["ProgressReport"]] = relationship(cascade="all, delete-orphan")


class ProgressReport(Base):
    """Quarterly progress on a key result; the percent of target is computed, not stored."""

    __tablename__ = "progress_reports"
    __table_args__ = (
        UniqueConstraint("project_indicator_id", "fiscal_year", "quarter"),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter"),
        CheckConstraint(f"fiscal_year {BE_YEAR_RANGE}", name="fiscal_year"),
        CheckConstraint("money_spent_satang >= 0", name="money"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_indicator_id: Mapped[int] = mapped_column(
        ForeignKey("project_indicators.id", ondelete="CASCADE")
    )
    fiscal_year: Mapped[int]
    quarter: Mapped[int]
    value: Mapped[float] = mapped_column(default=0)
    money_spent_satang: Mapped[int] = mapped_column(default=0)
    result: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")


class Assistance(Base):
    """Which household (and member) got which help, from which project or agency."""

    __tablename__ = "assistance"
    __table_args__ = (
        CheckConstraint("value_satang >= 0", name="value"),
        CheckConstraint(
            "dimension IS NULL OR dimension IN"
            " ('health', 'living', 'education', 'income', 'access')",
            name="dimension",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    given_on: Mapped[dt.date] = mapped_column(Date)
    dimension: Mapped[str | None] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20), default="")
    value_satang: Mapped[int] = mapped_column(default=0)
    outcome: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # The household plan's activity this assistance served (migration 0005); NULL when
    # given outside a plan. The project's reach counts the row either way.
    plan_activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_activities.id", ondelete="SET NULL"), index=True
    )
