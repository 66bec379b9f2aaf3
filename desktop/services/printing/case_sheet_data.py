"""What the household sheet shows of case management: the current plan (problems with
their goals, activities with agency, project, due date and status) and the latest visits,
as display-ready values (BE dates, names). Statuses and stages stay codes: their Thai
labels are in the templates."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, DevelopmentPlan, Indicator, PlanActivity, PlanProblem, Project
from desktop.services.cases import latest_visits
from desktop.services.printing.household_sheet_data import be_date

VISITS_SHOWN = 3


@dataclass(frozen=True)
class ActivityLine:
    text: str
    agency: str
    project: str
    due: str  # BE date, "" if none
    status: str  # "planned" | "doing" | "done" | "dropped"


@dataclass(frozen=True)
class ProblemLine:
    indicator_number: int | None
    indicator_text: str  # "" for a problem of a dimension without an indicator
    dimension: str
    goal: str
    activities: tuple[ActivityLine, ...]


@dataclass(frozen=True)
class PlanLines:
    title: str
    made_on: str
    made_by: str
    problems: tuple[ProblemLine, ...]


@dataclass(frozen=True)
class VisitLine:
    date: str
    visitor: str
    findings: str
    stage: str | None  # the stage the visit reassessed
    next_due: str


def current_plan_lines(session: Session, household_id: int) -> PlanLines | None:
    plan = session.scalar(
        select(DevelopmentPlan).where(
            DevelopmentPlan.household_id == household_id, DevelopmentPlan.is_current.is_(True)
        )
    )
    if plan is None:
        return None
    problems = session.execute(
        select(PlanProblem, Indicator.number, Indicator.text_th)
        .outerjoin(Indicator, Indicator.id == PlanProblem.indicator_id)
        .where(PlanProblem.plan_id == plan.id)
        .order_by(PlanProblem.seq)
    ).all()
    activities = session.execute(
        select(PlanActivity, Agency.name, Project.name)
        .outerjoin(Agency, Agency.id == PlanActivity.agency_id)
        .outerjoin(Project, Project.id == PlanActivity.project_id)
        .where(PlanActivity.problem_id.in_([problem.id for problem, _, _ in problems]))
        .order_by(PlanActivity.seq)
    ).all()
    by_problem: dict[int, list[ActivityLine]] = {}
    for activity, agency, project in activities:
        by_problem.setdefault(activity.problem_id, []).append(
            ActivityLine(
                activity.text,
                agency or "",
                project or "",
                be_date(activity.due_on),
                activity.status,
            )
        )
    return PlanLines(
        title=plan.title,
        made_on=be_date(plan.made_on),
        made_by=plan.created_by,
        problems=tuple(
            ProblemLine(
                number,
                text or "",
                problem.dimension,
                problem.goal,
                tuple(by_problem.get(problem.id, ())),
            )
            for problem, number, text in problems
        ),
    )


def visit_lines(session: Session, household_id: int) -> tuple[VisitLine, ...]:
    """The latest visits, newest first."""
    return tuple(
        VisitLine(
            be_date(visit.visited_on),
            visit.visited_by,
            visit.findings,
            visit.stage,
            be_date(visit.next_visit_due),
        )
        for visit in latest_visits(session, household_id, VISITS_SHOWN)
    )
