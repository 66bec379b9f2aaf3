"""What the case screens read: a household's timeline (plans, visits, stages), the
indicators a visit can answer, agencies and projects to pick, the current plan's
activities that assistance can serve, and the latest visits (the household sheet)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.models import (
    Agency,
    DevelopmentPlan,
    FollowUpVisit,
    Indicator,
    IndicatorResult,
    PlanActivity,
    PlanProblem,
    Project,
    StageAssessment,
)
from desktop.services.cases.records import (
    ActivityChoice,
    IndicatorChoice,
    NamedChoice,
    TimelineEntry,
    TimelineKind,
)
from desktop.services.households.indicator_sets import indicator_set_for


def timeline(session: Session, household_id: int) -> list[TimelineEntry]:
    """The household's plans, visits and stage assessments, newest first (a visit before
    the stage it reassessed on the same day)."""
    entries: list[tuple[date, int, int, TimelineEntry]] = []
    counts = (
        select(
            PlanProblem.plan_id,
            func.count(func.distinct(PlanProblem.id)).label("problems"),
            func.count(PlanActivity.id).label("activities"),
            func.sum(case((PlanActivity.status == "done", 1), else_=0)).label("done"),
        )
        .outerjoin(PlanActivity, PlanActivity.problem_id == PlanProblem.id)
        .group_by(PlanProblem.plan_id)
        .subquery()
    )
    plans = session.execute(
        select(DevelopmentPlan, counts.c.problems, counts.c.activities, counts.c.done)
        .outerjoin(counts, counts.c.plan_id == DevelopmentPlan.id)
        .where(DevelopmentPlan.household_id == household_id)
    )
    for plan, problems, activities, done in plans:
        entry = TimelineEntry(
            TimelineKind.PLAN,
            plan.made_on,
            plan.id,
            who=plan.created_by,
            text=plan.title,
            is_current=plan.is_current,
            problems=problems or 0,
            activities=activities or 0,
            activities_done=done or 0,
        )
        entries.append((plan.made_on, 0, plan.id, entry))
    reassessed: dict[int, str] = {}
    visits = session.execute(
        select(FollowUpVisit, StageAssessment.stage)
        .outerjoin(StageAssessment, StageAssessment.id == FollowUpVisit.stage_assessment_id)
        .where(FollowUpVisit.household_id == household_id)
    )
    for visit, stage in visits:
        if visit.stage_assessment_id is not None:
            reassessed[visit.stage_assessment_id] = stage
        entry = TimelineEntry(
            TimelineKind.VISIT,
            visit.visited_on,
            visit.id,
            who=visit.visited_by,
            text=visit.findings,
            stage=stage,
            next_visit_due=visit.next_visit_due,
        )
        entries.append((visit.visited_on, 2, visit.id, entry))
    stages = session.scalars(
        select(StageAssessment).where(StageAssessment.household_id == household_id)
    )
    for row in stages:
        entry = TimelineEntry(
            TimelineKind.STAGE, row.assessed_on, row.id, who=row.assessor, text=row.reason,
            stage=row.stage,
        )  # fmt: skip
        entries.append((row.assessed_on, 1, row.id, entry))
    entries.sort(key=lambda item: item[:3], reverse=True)
    return [entry for *_, entry in entries]


def indicator_choices(
    session: Session, household_id: int, survey_year: int
) -> list[IndicatorChoice]:
    """The indicators of the set ``survey_year`` uses, with the household's answer of that
    year (else of its latest year before), by number."""
    indicator_set = indicator_set_for(session, survey_year)
    if indicator_set is None:
        return []
    answers = session.execute(
        select(IndicatorResult.indicator_id, IndicatorResult.status)
        .where(
            IndicatorResult.household_id == household_id,
            IndicatorResult.survey_year <= survey_year,
        )
        .order_by(IndicatorResult.survey_year)
    )
    status = {row.indicator_id: row.status for row in answers}  # the latest year wins
    indicators = session.scalars(
        select(Indicator)
        .where(Indicator.set_id == indicator_set.id, Indicator.tpmap.is_(True))
        .order_by(Indicator.number)
    )
    return [
        IndicatorChoice(i.id, i.number, i.dimension, i.text_th, i.text_en, status.get(i.id, ""))
        for i in indicators
    ]


def set_indicator_ids(session: Session, survey_year: int) -> set[int]:
    indicator_set = indicator_set_for(session, survey_year)
    if indicator_set is None:
        return set()
    return set(session.scalars(select(Indicator.id).where(Indicator.set_id == indicator_set.id)))


def agency_choices(session: Session) -> list[NamedChoice]:
    rows = session.execute(select(Agency.id, Agency.name).order_by(Agency.name))
    return [NamedChoice(row.id, row.name) for row in rows]


def project_choices(session: Session) -> list[NamedChoice]:
    """Projects, newest fiscal year first, named with their year."""
    rows = session.execute(
        select(Project.id, Project.name, Project.fiscal_year).order_by(
            Project.fiscal_year.desc(), Project.name
        )
    )
    return [NamedChoice(row.id, f"{row.name} ({row.fiscal_year})") for row in rows]


def current_activities(session: Session, household_id: int) -> list[ActivityChoice]:
    """The activities of the household's current plan, in the plan's order."""
    rows = session.execute(
        select(PlanActivity, PlanProblem.dimension, Indicator.number)
        .join(PlanProblem, PlanProblem.id == PlanActivity.problem_id)
        .join(DevelopmentPlan, DevelopmentPlan.id == PlanProblem.plan_id)
        .outerjoin(Indicator, Indicator.id == PlanProblem.indicator_id)
        .where(DevelopmentPlan.household_id == household_id, DevelopmentPlan.is_current.is_(True))
        .order_by(PlanProblem.seq, PlanActivity.seq)
    )
    return [
        ActivityChoice(
            activity.id,
            activity.text,
            dimension,
            number,
            activity.status,
            activity.due_on,
            activity.project_id,
        )
        for activity, dimension, number in rows
    ]


@dataclass(frozen=True)
class VisitLine:
    visited_on: date
    visited_by: str
    findings: str
    stage: str | None
    next_visit_due: date | None


def latest_visits(session: Session, household_id: int, limit: int = 3) -> list[VisitLine]:
    rows = session.execute(
        select(FollowUpVisit, StageAssessment.stage)
        .outerjoin(StageAssessment, StageAssessment.id == FollowUpVisit.stage_assessment_id)
        .where(FollowUpVisit.household_id == household_id)
        .order_by(FollowUpVisit.visited_on.desc(), FollowUpVisit.id.desc())
        .limit(limit)
    )
    return [
        VisitLine(v.visited_on, v.visited_by, v.findings, stage, v.next_visit_due)
        for v, stage in rows
    ]
