"""A household's development plans: proposed from its failing indicators, loaded, written
(rows inserted, updated and deleted by id, each logged) and made current.

Everything happens in the caller's transaction; the service wraps each use case in one.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Assistance,
    DevelopmentPlan,
    Indicator,
    IndicatorResult,
    PlanActivity,
    PlanProblem,
)
from desktop.services.cases.records import (
    ActivityDraft,
    CaseNotFound,
    PlanDraft,
    ProblemDraft,
)
from desktop.services.safety import ChangeWriter, values_of
from desktop.services.thai import to_be_year

PLAN_FIELDS = ("title", "made_on", "is_current", "created_by", "notes")
PROBLEM_FIELDS = ("seq", "indicator_id", "dimension", "goal")
ACTIVITY_FIELDS = ("seq", "text", "agency_id", "project_id", "due_on", "status")

ASSISTANCE_FIELDS = ("plan_activity_id",)

PLANS = "development_plans"
PROBLEMS = "plan_problems"
ACTIVITIES = "plan_activities"

_WITH_ROWS = selectinload(DevelopmentPlan.problems).selectinload(PlanProblem.activities)


def latest_failing_indicators(session: Session, household_id: int) -> list[Indicator]:
    """The indicators the household failed in its latest survey year, by number."""
    latest = session.scalar(
        select(IndicatorResult.survey_year)
        .where(IndicatorResult.household_id == household_id)
        .order_by(IndicatorResult.survey_year.desc())
        .limit(1)
    )
    if latest is None:
        return []
    return list(
        session.scalars(
            select(Indicator)
            .join(IndicatorResult, IndicatorResult.indicator_id == Indicator.id)
            .where(
                IndicatorResult.household_id == household_id,
                IndicatorResult.survey_year == latest,
                IndicatorResult.status == "failed",
            )
            .order_by(Indicator.number)
        )
    )


def propose_plan(session: Session, household_id: int, today: date) -> PlanDraft:
    """A new current plan with one problem per failing indicator (goal and activities for
    the clerk to write)."""
    problems = [
        ProblemDraft(dimension=indicator.dimension, indicator_id=indicator.id)
        for indicator in latest_failing_indicators(session, household_id)
    ]
    title = f"แผนพัฒนาครัวเรือน ปี {to_be_year(today.year)}"
    return PlanDraft(household_id, title=title, made_on=today, problems=problems)


def load_plan(session: Session, plan_id: int) -> PlanDraft:
    plan = session.get(DevelopmentPlan, plan_id, options=[_WITH_ROWS])
    if plan is None:
        raise CaseNotFound(PLANS, plan_id)
    return PlanDraft(
        plan.household_id,
        title=plan.title,
        made_on=plan.made_on,
        is_current=plan.is_current,
        notes=plan.notes,
        created_by=plan.created_by,
        id=plan.id,
        problems=[
            ProblemDraft(
                dimension=problem.dimension,
                indicator_id=problem.indicator_id,
                goal=problem.goal,
                id=problem.id,
                activities=[
                    ActivityDraft(
                        text=activity.text,
                        agency_id=activity.agency_id,
                        project_id=activity.project_id,
                        due_on=activity.due_on,
                        status=activity.status,
                        id=activity.id,
                    )
                    for activity in problem.activities
                ],
            )
            for problem in plan.problems
        ],
    )


def current_plan_id(session: Session, household_id: int) -> int | None:
    return session.scalar(
        select(DevelopmentPlan.id).where(
            DevelopmentPlan.household_id == household_id, DevelopmentPlan.is_current.is_(True)
        )
    )


def make_current(session: Session, plan: DevelopmentPlan, log: ChangeWriter) -> None:
    """``plan`` becomes the household's one current plan; the one that was is not."""
    others = list(
        session.scalars(
            select(DevelopmentPlan.id).where(
                DevelopmentPlan.household_id == plan.household_id,
                DevelopmentPlan.is_current.is_(True),
                DevelopmentPlan.id != plan.id,
            )
        )
    )
    context = {"household_id": plan.household_id}
    for other_id in others:
        log.write("update", PLANS, other_id, {"is_current": True} | context, context)
    if others:
        session.execute(
            update(DevelopmentPlan).where(DevelopmentPlan.id.in_(others)).values(is_current=False)
        )
        session.flush()  # the partial unique index allows one current plan at a time


class _Rows:
    """Writes of one plan save: sets what differs and logs it with the household."""

    def __init__(self, log: ChangeWriter, household_id: int) -> None:
        self.log = log
        self.context = {"household_id": household_id}

    def update(
        self, table: str, record: Any, fields: tuple[str, ...], values: Mapping[str, Any]
    ) -> None:
        old = values_of(record, fields)
        changed = [
            (name, value) for name, value in values.items() if getattr(record, name) != value
        ]
        for name, value in changed:
            setattr(record, name, value)
        if changed:
            new = values_of(record, fields) | self.context  # the household on both sides
            self.log.write("update", table, record.id, old | self.context, new)

    def inserted(self, table: str, record: Any, fields: tuple[str, ...]) -> None:
        """Log a new row (its id and values are read when the log flushes)."""
        self.log.write(
            "insert", table, record, {}, lambda: values_of(record, fields) | self.context
        )

    def deleted(self, table: str, record: Any, fields: tuple[str, ...]) -> None:
        self.log.write("delete", table, record.id, values_of(record, fields) | self.context, {})


def write_plan(
    session: Session, draft: PlanDraft, log: ChangeWriter, user_name: str
) -> DevelopmentPlan:
    """Write ``draft`` (already checked) with its change log, all flushed."""
    rows = _Rows(log, draft.household_id)
    values = {"title": draft.title.strip(), "made_on": draft.made_on, "notes": draft.notes.strip()}
    if draft.id is None:
        plan = DevelopmentPlan(
            household_id=draft.household_id, created_by=user_name, is_current=False, **values
        )
        session.add(plan)
        rows.inserted(PLANS, plan, PLAN_FIELDS)
        session.flush()
    else:
        plan = session.get(DevelopmentPlan, draft.id, options=[_WITH_ROWS])
        if plan is None:
            raise CaseNotFound(PLANS, draft.id)
        rows.update(PLANS, plan, PLAN_FIELDS, values)
    if draft.is_current != plan.is_current:
        if draft.is_current:
            make_current(session, plan, log)
        if draft.id is not None:
            rows.update(PLANS, plan, PLAN_FIELDS, {"is_current": draft.is_current})
        plan.is_current = draft.is_current
    _write_problems(rows, plan, draft)
    session.flush()
    log.flush()
    return plan


def _write_problems(rows: _Rows, plan: DevelopmentPlan, draft: PlanDraft) -> None:
    existing = {problem.id: problem for problem in plan.problems}
    kept = {problem.id for problem in draft.problems if problem.id in existing}
    for problem_id, problem in existing.items():
        if problem_id not in kept:
            for activity in problem.activities:
                rows.deleted(ACTIVITIES, activity, ACTIVITY_FIELDS)
            rows.deleted(PROBLEMS, problem, PROBLEM_FIELDS)
            plan.problems.remove(problem)  # delete-orphan: its activities go with it
    for seq, drafted in enumerate(draft.problems, start=1):
        values = {
            "seq": seq,
            "indicator_id": drafted.indicator_id,
            "dimension": drafted.dimension,
            "goal": drafted.goal.strip(),
        }
        if drafted.id in kept:
            problem = existing[drafted.id]
            rows.update(PROBLEMS, problem, PROBLEM_FIELDS, values)
        else:
            problem = PlanProblem(**values)
            plan.problems.append(problem)
            rows.inserted(PROBLEMS, problem, PROBLEM_FIELDS)
        _write_activities(rows, problem, drafted)


def _write_activities(rows: _Rows, problem: PlanProblem, drafted: ProblemDraft) -> None:
    existing = {activity.id: activity for activity in problem.activities}
    kept = {activity.id for activity in drafted.activities if activity.id in existing}
    for activity_id, activity in existing.items():
        if activity_id not in kept:
            rows.deleted(ACTIVITIES, activity, ACTIVITY_FIELDS)
            problem.activities.remove(activity)
    for seq, drafted_activity in enumerate(drafted.activities, start=1):
        values = {
            "seq": seq,
            "text": drafted_activity.text.strip(),
            "agency_id": drafted_activity.agency_id,
            "project_id": drafted_activity.project_id,
            "due_on": drafted_activity.due_on,
            "status": drafted_activity.status,
        }
        if drafted_activity.id in kept:
            rows.update(ACTIVITIES, existing[drafted_activity.id], ACTIVITY_FIELDS, values)
        else:
            activity = PlanActivity(**values)
            problem.activities.append(activity)
            rows.inserted(ACTIVITIES, activity, ACTIVITY_FIELDS)


def written_ids(plan: DevelopmentPlan) -> list[tuple[int, list[int]]]:
    """Per problem in the draft's order, its id and its activities' ids."""
    problems = sorted(plan.problems, key=lambda problem: problem.seq)
    return [
        (problem.id, [a.id for a in sorted(problem.activities, key=lambda a: a.seq)])
        for problem in problems
    ]


def served_assistance(session: Session, plan_id: int) -> int:
    """How many assistance rows serve an activity of the plan."""
    return (
        session.scalar(
            select(func.count(Assistance.id))
            .join(PlanActivity, PlanActivity.id == Assistance.plan_activity_id)
            .join(PlanProblem, PlanProblem.id == PlanActivity.problem_id)
            .where(PlanProblem.plan_id == plan_id)
        )
        or 0
    )


def delete_plan(session: Session, plan: DevelopmentPlan, log: ChangeWriter) -> None:
    """Delete ``plan``, its problems and activities, each row logged. Assistance that
    served one of its activities stays (it still counts for its project) and no longer
    names the activity. No other plan becomes current: a household whose current plan is
    deleted has none until the clerk makes one current."""
    rows = _Rows(log, plan.household_id)
    activity_ids = [activity.id for problem in plan.problems for activity in problem.activities]
    if activity_ids:
        served = session.scalars(
            select(Assistance).where(Assistance.plan_activity_id.in_(activity_ids))
        )
        for assistance in served:
            rows.update("assistance", assistance, ASSISTANCE_FIELDS, {"plan_activity_id": None})
    for problem in plan.problems:
        for activity in problem.activities:
            rows.deleted(ACTIVITIES, activity, ACTIVITY_FIELDS)
        rows.deleted(PROBLEMS, problem, PROBLEM_FIELDS)
    rows.deleted(PLANS, plan, PLAN_FIELDS)
    session.flush()
    session.delete(plan)
    session.flush()
    log.flush()
