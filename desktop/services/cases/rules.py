"""The rules a plan or a visit must pass before it is written, checked in one session.
Problems carry a code and the draft field they concern; the UI words them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    ACTIVITY_STATUSES,
    DIMENSIONS,
    RESULT_STATUSES,
    STAGES,
    Agency,
    DevelopmentPlan,
    Household,
    Indicator,
    Project,
)
from desktop.services.cases.records import (
    CaseProblem,
    CaseProblemCode,
    PlanDraft,
    VisitDraft,
)
from desktop.services.thai import BE_OFFSET, MIN_BE_YEAR

TITLE_LIMIT = 200
NAME_LIMIT = 100
TEXT_LIMIT = 2000
EARLIEST = date(MIN_BE_YEAR - BE_OFFSET, 1, 1)  # no date before 1 Jan 2400 BE

Code = CaseProblemCode


def plan_problems(session: Session, draft: PlanDraft, today: date) -> list[CaseProblem]:
    """Every problem of saving ``draft`` (all blocking)."""
    out: list[CaseProblem] = []
    if session.get(Household, draft.household_id) is None:
        return [CaseProblem(Code.HOUSEHOLD_GONE, "household_id")]
    if draft.id is not None:
        stored = session.get(DevelopmentPlan, draft.id)
        if stored is not None and stored.household_id != draft.household_id:
            out.append(CaseProblem(Code.PLAN_OF_OTHER_HOUSEHOLD, "id"))
    _text(out, draft.title, "title", TITLE_LIMIT, required=True)
    _text(out, draft.notes, "notes", TEXT_LIMIT)
    _day(out, draft.made_on, "made_on", today, required=True)
    if not draft.problems:
        out.append(CaseProblem(Code.NO_PROBLEMS, "problems"))
    indicators = _indicator_dimensions(
        session, [p.indicator_id for p in draft.problems if p.indicator_id is not None]
    )
    agencies = _ids(session, Agency, [a.agency_id for p in draft.problems for a in p.activities])
    projects = _ids(session, Project, [a.project_id for p in draft.problems for a in p.activities])
    seen: dict[int, int] = {}
    for row, problem in enumerate(draft.problems):
        if problem.dimension not in DIMENSIONS:
            out.append(CaseProblem(Code.REQUIRED, "problems.dimension", row))
        if problem.indicator_id is not None:
            dimension = indicators.get(problem.indicator_id)
            if dimension is None:
                out.append(CaseProblem(Code.UNKNOWN_CHOICE, "problems.indicator_id", row))
            elif problem.dimension in DIMENSIONS and dimension != problem.dimension:
                out.append(CaseProblem(Code.INDICATOR_DIMENSION, "problems.indicator_id", row))
            if problem.indicator_id in seen:
                out.append(
                    CaseProblem(
                        Code.INDICATOR_REPEATED,
                        "problems.indicator_id",
                        row,
                        params={"other_row": str(seen[problem.indicator_id] + 1)},
                    )
                )
            seen.setdefault(problem.indicator_id, row)
        _text(out, problem.goal, "problems.goal", TEXT_LIMIT, row=row, required=True)
        for subrow, activity in enumerate(problem.activities):
            where = {"row": row, "subrow": subrow}
            _text(
                out, activity.text, "problems.activities.text", TEXT_LIMIT, required=True, **where
            )
            if activity.agency_id is not None and activity.agency_id not in agencies:
                out.append(
                    CaseProblem(Code.UNKNOWN_CHOICE, "problems.activities.agency_id", **where)
                )
            if activity.project_id is not None and activity.project_id not in projects:
                out.append(
                    CaseProblem(Code.UNKNOWN_CHOICE, "problems.activities.project_id", **where)
                )
            if activity.status not in ACTIVITY_STATUSES:
                out.append(CaseProblem(Code.UNKNOWN_CHOICE, "problems.activities.status", **where))
            if activity.due_on is not None and activity.due_on < EARLIEST:
                out.append(CaseProblem(Code.UNKNOWN_CHOICE, "problems.activities.due_on", **where))
            elif draft.made_on and activity.due_on is not None and activity.due_on < draft.made_on:
                out.append(
                    CaseProblem(
                        Code.DATE_BEFORE,
                        "problems.activities.due_on",
                        params={"before": draft.made_on.isoformat()},
                        **where,
                    )
                )
    return out


def visit_problems(
    session: Session,
    draft: VisitDraft,
    today: date,
    set_indicators: set[int],
    survey_year: int | None = None,
) -> list[CaseProblem]:
    """Every problem of saving ``draft``; ``set_indicators`` are the ids of the indicators
    of the set the visit's ``survey_year`` uses (the only ones a visit can answer; none
    when no set covers the year, and then no answer is saved for it)."""
    out: list[CaseProblem] = []
    if session.get(Household, draft.household_id) is None:
        return [CaseProblem(Code.HOUSEHOLD_GONE, "household_id")]
    _day(out, draft.visited_on, "visited_on", today, required=True)
    _text(out, draft.visited_by, "visited_by", NAME_LIMIT, required=True)
    _text(out, draft.findings, "findings", TEXT_LIMIT)
    seen: set[int] = set()
    if draft.answers and not set_indicators:
        year = {"year": str(survey_year)} if survey_year is not None else {}
        out.append(CaseProblem(Code.NO_INDICATOR_SET, "answers", params=year))
    for row, answer in enumerate(draft.answers if set_indicators else ()):
        if answer.indicator_id not in set_indicators:
            out.append(CaseProblem(Code.UNKNOWN_CHOICE, "answers", row))
        elif answer.indicator_id in seen:
            out.append(CaseProblem(Code.ANSWER_REPEATED, "answers", row))
        if answer.status not in RESULT_STATUSES:
            out.append(CaseProblem(Code.REQUIRED, "answers.status", row))
        seen.add(answer.indicator_id)
    if draft.new_stage is not None:
        if draft.new_stage not in STAGES:
            out.append(CaseProblem(Code.UNKNOWN_CHOICE, "new_stage"))
        _text(out, draft.stage_reason, "stage_reason", TEXT_LIMIT, required=True)
    due, visited_on = draft.next_visit_due, draft.visited_on
    if due is not None and visited_on is not None and due < visited_on:
        before = {"before": visited_on.isoformat()}
        out.append(CaseProblem(Code.DATE_BEFORE, "next_visit_due", params=before))
    return out


def _text(
    out: list[CaseProblem],
    value: str,
    field: str,
    limit: int,
    *,
    required: bool = False,
    row: int | None = None,
    subrow: int | None = None,
) -> None:
    text = value.strip()
    if required and not text:
        out.append(CaseProblem(Code.REQUIRED, field, row, subrow))
    elif len(text) > limit:
        out.append(CaseProblem(Code.TOO_LONG, field, row, subrow, {"limit": str(limit)}))


def _day(
    out: list[CaseProblem], value: date | None, field: str, today: date, *, required: bool
) -> None:
    if value is None:
        if required:
            out.append(CaseProblem(Code.REQUIRED, field))
    elif value > today:
        out.append(CaseProblem(Code.FUTURE_DATE, field))
    elif value < EARLIEST:
        out.append(CaseProblem(Code.UNKNOWN_CHOICE, field))


def _indicator_dimensions(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(Indicator.id, Indicator.dimension).where(Indicator.id.in_(set(ids)))
    )
    return {row.id: row.dimension for row in rows}


def _ids(session: Session, model: type[Agency] | type[Project], ids: list[int | None]) -> set[int]:
    wanted = {value for value in ids if value is not None}
    if not wanted:
        return set()
    return set(session.scalars(select(model.id).where(model.id.in_(wanted))))
