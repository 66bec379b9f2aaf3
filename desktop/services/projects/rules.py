"""The rules a project draft must pass before it is saved, and the draft with its text
stripped. Problems name the draft's fields; rows of a list carry the row index."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import Base
from db.models import (
    Agency,
    CodeItem,
    Project,
    ProjectIndicator,
    Subdistrict,
    Umbrella,
    Village,
)
from desktop.services.projects.records import (
    PROJECT_STATUSES,
    QUARTERS,
    AreaDraft,
    KeyResultDraft,
    ProgressDraft,
    ProjectDraft,
    RecordProblem,
    RecordProblemCode,
)
from desktop.services.thai import fiscal_year_bounds

__all__ = ["BUDGET_SOURCE_LIST", "FISCAL_YEAR_MAX", "FISCAL_YEAR_MIN", "clean", "problems"]

BUDGET_SOURCE_LIST = "budget_source"
FISCAL_YEAR_MIN, FISCAL_YEAR_MAX = 2400, 2700
_PROJECT_TEXT = (
    "name",
    "rationale",
    "objectives",
    "target_group",
    "budget_source",
    "responsible_person",
    "responsible_phone",
    "status",
    "steps",
    "evaluation_method",
    "evaluation_tools",
    "evidence",
)
Code = RecordProblemCode  # short name for the many problems below


def clean(draft: ProjectDraft) -> ProjectDraft:
    """A copy of the draft with every text stripped ("" umbrella or village → None)."""
    umbrella = (draft.umbrella_code or "").strip() or None
    return replace(
        draft,
        umbrella_code=umbrella,
        areas=[
            AreaDraft(area.subdistrict_code.strip(), (area.village_code or "").strip() or None)
            for area in draft.areas
        ],
        key_results=[
            replace(
                key_result,
                text=key_result.text.strip(),
                unit=key_result.unit.strip(),
                reports=[
                    replace(report, result=report.result.strip(), problems=report.problems.strip())
                    for report in key_result.reports
                ],
            )
            for key_result in draft.key_results
        ],
        **{name: getattr(draft, name).strip() for name in _PROJECT_TEXT},
    )


def _limit(model: type[Base], name: str) -> int | None:
    """The String length of a column (None for Text)."""
    return getattr(model.__table__.c[name].type, "length", None)


def _not_negative(value: float) -> bool:
    return value >= 0  # False for NaN too


def problems(session: Session, draft: ProjectDraft) -> list[RecordProblem]:
    """Every problem of a cleaned draft; warnings have ``blocking=False``."""
    found: list[RecordProblem] = []
    stored = session.get(Project, draft.id) if draft.id is not None else None
    if not draft.name:
        found.append(RecordProblem(Code.REQUIRED, "name"))
    for name in ("name", "responsible_person", "responsible_phone"):
        limit = _limit(Project, name)
        if limit is not None and len(getattr(draft, name)) > limit:
            found.append(RecordProblem(Code.TOO_LONG, name, params={"limit": str(limit)}))
    if draft.agency_id is None:
        found.append(RecordProblem(Code.REQUIRED, "agency_id"))
    elif session.get(Agency, draft.agency_id) is None:
        found.append(RecordProblem(Code.UNKNOWN_CHOICE, "agency_id"))
    year_ok = FISCAL_YEAR_MIN <= draft.fiscal_year <= FISCAL_YEAR_MAX
    if not year_ok:
        found.append(_year_problem("fiscal_year"))
    found += _choice_problems(session, draft, stored)
    if draft.status not in PROJECT_STATUSES:
        found.append(RecordProblem(Code.UNKNOWN_CHOICE, "status"))
    for name in ("budget_satang", "target_count"):
        if getattr(draft, name) < 0:
            found.append(RecordProblem(Code.NEGATIVE, name))
    found += _period_problems(draft, year_ok)
    found += _area_problems(session, draft.areas)
    for row, key_result in enumerate(draft.key_results):
        found += _key_result_problems(row, key_result)
    return found


def _year_problem(field_name: str, row: int | None = None, **params: str) -> RecordProblem:
    return RecordProblem(
        Code.FISCAL_YEAR_RANGE,
        field_name,
        row,
        params={"min": str(FISCAL_YEAR_MIN), "max": str(FISCAL_YEAR_MAX), **params},
    )


def _choice_problems(
    session: Session, draft: ProjectDraft, stored: Project | None
) -> list[RecordProblem]:
    """Umbrella and budget source: existing, and not retired unless the project had it."""
    found = []
    if draft.umbrella_code is not None:
        umbrella = session.get(Umbrella, draft.umbrella_code)
        if umbrella is None:
            found.append(RecordProblem(Code.UNKNOWN_CHOICE, "umbrella_code"))
        elif umbrella.retired and (stored is None or stored.umbrella_code != umbrella.code):
            found.append(RecordProblem(Code.RETIRED_CHOICE, "umbrella_code"))
    if draft.budget_source:
        item = session.get(CodeItem, (BUDGET_SOURCE_LIST, draft.budget_source))
        if item is None:
            found.append(RecordProblem(Code.UNKNOWN_CHOICE, "budget_source"))
        elif item.retired and (stored is None or stored.budget_source != item.code):
            found.append(RecordProblem(Code.RETIRED_CHOICE, "budget_source"))
    return found


def _period_problems(draft: ProjectDraft, year_ok: bool) -> list[RecordProblem]:
    """End before start (blocking); a date outside the fiscal year (a warning)."""
    found = []
    start, end = draft.start_date, draft.end_date
    if start is not None and end is not None and end < start:
        found.append(RecordProblem(Code.PERIOD_ORDER, "end_date"))
    if year_ok:
        first, last = fiscal_year_bounds(draft.fiscal_year)
        params = {"first": first.isoformat(), "last": last.isoformat()}
        for name, day in (("start_date", start), ("end_date", end)):
            if day is not None and not first <= day <= last:
                found.append(
                    RecordProblem(Code.PERIOD_OUTSIDE_YEAR, name, params=params, blocking=False)
                )
    return found


def _area_problems(session: Session, areas: list[AreaDraft]) -> list[RecordProblem]:
    """Each area names an existing subdistrict and, if any, one of its villages."""
    if not areas:
        return []
    subdistricts = set(
        session.scalars(
            select(Subdistrict.code).where(
                Subdistrict.code.in_({area.subdistrict_code for area in areas})
            )
        )
    )
    wanted = {area.village_code for area in areas if area.village_code is not None}
    villages = dict(
        session.execute(
            select(Village.code, Village.subdistrict_code).where(Village.code.in_(wanted))
        ).all()
    )
    return [
        RecordProblem(Code.UNKNOWN_CHOICE, "areas", row)
        for row, area in enumerate(areas)
        if area.subdistrict_code not in subdistricts
        or (
            area.village_code is not None
            and villages.get(area.village_code) != area.subdistrict_code
        )
    ]


def _key_result_problems(row: int, key_result: KeyResultDraft) -> list[RecordProblem]:
    found = []
    if not key_result.text:
        found.append(RecordProblem(Code.REQUIRED, "key_results.text", row))
    unit_limit = _limit(ProjectIndicator, "unit")
    if unit_limit is not None and len(key_result.unit) > unit_limit:
        found.append(
            RecordProblem(Code.TOO_LONG, "key_results.unit", row, {"limit": str(unit_limit)})
        )
    for name in ("baseline", "target"):
        if not _not_negative(getattr(key_result, name)):
            found.append(RecordProblem(Code.NEGATIVE, f"key_results.{name}", row))
    seen: set[tuple[int, int]] = set()
    for index, report in enumerate(key_result.reports):
        found += _report_problems(row, index, report)
        slot = (report.fiscal_year, report.quarter)
        if slot in seen:
            found.append(_report_problem(Code.DUPLICATE_QUARTER, "quarter", row, index))
        seen.add(slot)
    return found


def _report_problem(code: Code, name: str, row: int, index: int) -> RecordProblem:
    return RecordProblem(code, f"key_results.reports.{name}", row, {"report": str(index)})


def _report_problems(row: int, index: int, report: ProgressDraft) -> list[RecordProblem]:
    found = []
    if not FISCAL_YEAR_MIN <= report.fiscal_year <= FISCAL_YEAR_MAX:
        found.append(_year_problem("key_results.reports.fiscal_year", row, report=str(index)))
    if report.quarter not in QUARTERS:
        found.append(_report_problem(Code.UNKNOWN_CHOICE, "quarter", row, index))
    if not _not_negative(report.value):
        found.append(_report_problem(Code.NEGATIVE, "value", row, index))
    if report.money_spent_satang < 0:
        found.append(_report_problem(Code.NEGATIVE, "money_spent_satang", row, index))
    return found
