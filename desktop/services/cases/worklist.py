"""The worklist (งานที่ต้องติดตาม): the follow-up work of the office or of one subdistrict or
village, six kinds read in one statement (worklist_sql), by village then urgency.

"Today" is always the caller's: nothing here reads the clock.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.cases.worklist_sql import KIND_ORDER, worklist_sql


class WorkKind(enum.Enum):
    """What is to be followed up, in the worklist's order of kinds."""

    VISIT_OVERDUE = "visit_overdue"  # the latest visit's next-visit date has passed
    NO_PLAN = "no_plan"  # in survival with no current plan
    UNADDRESSED = "unaddressed"  # a failing indicator no activity or help addresses
    NOT_VERIFIED = "not_verified"  # not verified in the last 12 months (or never)
    STAGE_STUCK = "stage_stuck"  # survival or sufficiency for 12 months or more
    ACTIVITY_LATE = "activity_late"  # an activity of the current plan past its due date


ALL_KINDS = frozenset(WorkKind)
assert tuple(kind.value for kind in WorkKind) == KIND_ORDER


@dataclass(frozen=True)
class WorkFilter:
    """An area (a village narrows its subdistrict) and the kinds to list."""

    subdistrict_code: str | None = None
    village_code: str | None = None
    kinds: frozenset[WorkKind] = ALL_KINDS


@dataclass(frozen=True, slots=True)
class WorkLine:
    """One piece of follow-up work for one household.

    ``detail_on`` is the date the work is about: the visit's or activity's due date, the
    last verification, the day the stage began (stage stuck) or survival was assessed (no
    plan), the plan's date (unaddressed indicator). ``days`` measures urgency: days past the
    due date (visits, activities) or past the 12 months (verification, stage), days waiting
    since ``detail_on`` (no plan, unaddressed indicator); None when unknown (never
    verified, survival with no assessment date).
    """

    household_id: int
    household_key: str
    house_no: str
    village_code: str
    village_moo: int
    village_name: str
    subdistrict_code: str
    subdistrict_name: str
    head_name: str
    kind: WorkKind
    detail_on: date | None
    days: int | None
    indicator_number: int | None = None  # unaddressed indicator; a late activity's problem
    activity_text: str = ""  # a late activity


@dataclass(frozen=True)
class Worklist:
    today: date
    lines: tuple[WorkLine, ...]  # the filter's kinds, by village then urgency
    counts: dict[WorkKind, int] = field(default_factory=dict)  # every kind, the area's

    def households(self) -> int:
        return len({line.household_id for line in self.lines})


def year_ago(today: date) -> date:
    """The same day 12 months before ``today`` (29 February: the 28th)."""
    if today.month == 2 and today.day == 29:
        return date(today.year - 1, 2, 28)
    return today.replace(year=today.year - 1)


def read_worklist(session: Session, work_filter: WorkFilter, today: date) -> Worklist:
    sql, params = worklist_sql(work_filter.subdistrict_code, work_filter.village_code)
    values: dict[str, Any] = {
        **params,
        "today": today.isoformat(),
        "year_ago": year_ago(today).isoformat(),
    }
    kinds = {kind.value: kind for kind in WorkKind}
    counts: Counter[WorkKind] = Counter()
    lines = []
    wanted = work_filter.kinds
    for row in session.execute(text(sql), values):
        kind = kinds[row[9]]
        counts[kind] += 1
        if kind in wanted:
            lines.append(_line(row, kind))
    return Worklist(
        today=today,
        lines=tuple(lines),
        counts={kind: counts.get(kind, 0) for kind in WorkKind},
    )


def _line(row: Any, kind: WorkKind) -> WorkLine:
    (id_, key, house_no, village, moo, village_name, subdistrict, subdistrict_name, head,
     _kind, detail, days, number, activity) = row  # fmt: skip
    return WorkLine(
        id_, key, house_no, village, moo, village_name, subdistrict, subdistrict_name, head,
        kind, date.fromisoformat(detail) if detail else None,
        None if days is None else int(days),
        None if number is None else int(number), activity or "",
    )  # fmt: skip


class WorklistService:
    """Reads the worklist; each call is one short read."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def worklist(self, work_filter: WorkFilter, *, today: date) -> Worklist:
        with self._session_factory() as session:
            return read_worklist(session, work_filter, today)
