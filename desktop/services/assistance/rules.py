"""The rules an assistance record must pass before it is written, checked in one session.

Problems name the draft's field ("households", "given_on", "project_id", "agency_id",
"kind", "dimension", "value_satang", "member_id", "plan_activity_id", "outcome", "note");
the only warning
(``blocking=False``) is OVER_BUDGET.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db.models import (
    DIMENSIONS,
    Agency,
    Assistance,
    CodeItem,
    DevelopmentPlan,
    Member,
    PlanActivity,
    PlanProblem,
    Project,
)
from desktop.services.projects import AssistanceDraft, RecordProblem, RecordProblemCode

ASSISTANCE_TYPE = "assistance_type"  # the code list of assistance kinds
TEXT_LIMITS = {"outcome": 1000, "note": 1000}  # characters


@dataclass(frozen=True)
class Keep:
    """What an update keeps of the record it changes, so unchanged choices stay valid."""

    assistance_id: int
    kind: str


def unique_ids(household_ids: Sequence[int]) -> list[int]:
    """The ids in their first order, each once."""
    return list(dict.fromkeys(int(household_id) for household_id in household_ids))


def existing_household_ids(session: Session, household_ids: Sequence[int]) -> set[int]:
    """Which of the ids are households (one statement, however many ids)."""
    if not household_ids:
        return set()
    if session.get_bind().dialect.name == "postgresql":  # an integer array, not JSON
        rows = session.execute(
            text("SELECT id FROM households WHERE id = ANY(CAST(:ids AS integer[]))"),
            {"ids": [int(household_id) for household_id in household_ids]},
        )
    else:
        rows = session.execute(
            text("SELECT id FROM households WHERE id IN (SELECT value FROM json_each(:ids))"),
            {"ids": json.dumps(list(household_ids))},
        )
    return {int(row[0]) for row in rows}


def assistance_problems(
    session: Session,
    household_ids: Sequence[int],
    draft: AssistanceDraft,
    today: date,
    keep: Keep | None = None,
) -> list[RecordProblem]:
    """Every problem of recording ``draft`` for each of ``household_ids`` (unique)."""
    problems: list[RecordProblem] = []

    def add(code: RecordProblemCode, field: str, *, blocking: bool = True, **params: str) -> None:
        problems.append(RecordProblem(code, field, params=params, blocking=blocking))

    if not household_ids:
        add(RecordProblemCode.NO_HOUSEHOLDS, "households")
    else:
        missing = len(household_ids) - len(existing_household_ids(session, household_ids))
        if missing:
            add(RecordProblemCode.UNKNOWN_CHOICE, "households", count=str(missing))
    if draft.given_on is None:
        add(RecordProblemCode.REQUIRED, "given_on")
    elif draft.given_on > today:
        add(RecordProblemCode.FUTURE_DATE, "given_on")
    project = session.get(Project, draft.project_id) if draft.project_id is not None else None
    if draft.project_id is None and draft.agency_id is None:
        add(RecordProblemCode.NO_SOURCE, "project_id")
    if draft.project_id is not None and project is None:
        add(RecordProblemCode.UNKNOWN_CHOICE, "project_id")
    if draft.agency_id is not None and session.get(Agency, draft.agency_id) is None:
        add(RecordProblemCode.UNKNOWN_CHOICE, "agency_id")
    problems.extend(_kind_problems(session, draft.kind.strip(), keep))
    if draft.dimension not in (None, "", *DIMENSIONS):
        add(RecordProblemCode.UNKNOWN_CHOICE, "dimension")
    if draft.value_satang < 0:
        add(RecordProblemCode.NEGATIVE, "value_satang")
    if draft.member_id is not None:
        one = household_ids[0] if len(household_ids) == 1 else None
        member_household = session.scalar(
            select(Member.household_id).where(Member.id == draft.member_id)
        )
        if one is None or member_household != one:
            add(RecordProblemCode.UNKNOWN_CHOICE, "member_id")
    if draft.plan_activity_id is not None:
        one = household_ids[0] if len(household_ids) == 1 else None
        if one is None or _activity_household(session, draft.plan_activity_id) != one:
            add(RecordProblemCode.UNKNOWN_CHOICE, "plan_activity_id")
    for field, limit in TEXT_LIMITS.items():
        if len(getattr(draft, field).strip()) > limit:
            add(RecordProblemCode.TOO_LONG, field, limit=str(limit))
    if project is not None and project.budget_satang > 0 and draft.value_satang > 0:
        given = _money_given(session, project.id, keep)
        after = given + len(household_ids) * draft.value_satang
        if after > project.budget_satang:
            add(
                RecordProblemCode.OVER_BUDGET,
                "value_satang",
                blocking=False,
                budget=str(project.budget_satang),
                after=str(after),
            )
    return problems


def _activity_household(session: Session, activity_id: int) -> int | None:
    """The household whose plan the activity belongs to (None: no such activity)."""
    return session.scalar(
        select(DevelopmentPlan.household_id)
        .join(PlanProblem, PlanProblem.plan_id == DevelopmentPlan.id)
        .join(PlanActivity, PlanActivity.problem_id == PlanProblem.id)
        .where(PlanActivity.id == activity_id)
    )


def _kind_problems(session: Session, kind: str, keep: Keep | None) -> list[RecordProblem]:
    if not kind:
        return [RecordProblem(RecordProblemCode.REQUIRED, "kind")]
    retired = session.scalar(
        select(CodeItem.retired).where(CodeItem.list_name == ASSISTANCE_TYPE, CodeItem.code == kind)
    )
    if retired is None:
        return [RecordProblem(RecordProblemCode.UNKNOWN_CHOICE, "kind")]
    if retired and (keep is None or keep.kind != kind):
        return [RecordProblem(RecordProblemCode.RETIRED_CHOICE, "kind")]
    return []


def _money_given(session: Session, project_id: int, keep: Keep | None) -> int:
    """Assistance money recorded under the project, leaving out the record being edited."""
    query = select(func.coalesce(func.sum(Assistance.value_satang), 0)).where(
        Assistance.project_id == project_id
    )
    if keep is not None:
        query = query.where(Assistance.id != keep.assistance_id)
    return int(session.scalar(query) or 0)
