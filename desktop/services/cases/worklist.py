"""The worklist (งานที่ต้องติดตาม): the follow-up work of the office or of one subdistrict or
village, six kinds, by village then urgency.

Read from the derived lines every writer keeps (db/follow_up_lines.py) through
worklist_pages: the counts of each kind and the lines a page at a time,
so the first page of a whole office is as quick as one village's. worklist_sql is the
same list computed from the cases themselves, kept as the reference the derived read is
tested against (``read_reference_worklist``).

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

from desktop.services.cases.worklist_pages import (
    area_condition,
    counts_sql,
    households_sql,
    lines_sql,
    listed_condition,
)
from desktop.services.cases.worklist_sql import KIND_ORDER, worklist_sql

PAGE_LINES = 200  # lines a page holds (the last page: the rest)


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
    """The worklist of a filter, or its first page when ``next_start`` is set."""

    today: date
    lines: tuple[WorkLine, ...]  # the filter's kinds, by village then urgency
    counts: dict[WorkKind, int] = field(default_factory=dict)  # every kind, the area's
    household_count: int | None = None  # households the kinds list; None: not counted
    next_start: PageStart | None = None  # where the next page starts; None: all read

    def households(self) -> int | None:
        return self.household_count

    def line_count(self, kinds: frozenset[WorkKind]) -> int:
        """Every line of ``kinds``, read or not."""
        return sum(self.counts.get(kind, 0) for kind in kinds)


@dataclass(frozen=True)
class PageStart:
    """Where a page of the worklist starts: after ``skip`` lines of village ``village_code``
    (the lines before it in the list's order)."""

    village_code: str = ""
    skip: int = 0


@dataclass(frozen=True)
class WorkPage:
    """More lines of a worklist, in its order."""

    lines: tuple[WorkLine, ...]
    next_start: PageStart | None  # where the next page starts; None: the end


def year_ago(today: date) -> date:
    """The same day 12 months before ``today`` (29 February: the 28th)."""
    if today.month == 2 and today.day == 29:
        return date(today.year - 1, 2, 28)
    return today.replace(year=today.year - 1)


KIND_RANKS = {kind: rank for rank, kind in enumerate(WorkKind)}
RANK_KINDS = dict(enumerate(WorkKind))


def _dates(today: date) -> dict[str, str]:
    return {"today": today.isoformat(), "year_ago": year_ago(today).isoformat()}


def read_counts(session: Session, work_filter: WorkFilter, today: date) -> dict[WorkKind, int]:
    """Every kind's count of lines in the filter's area (whatever kinds it lists)."""
    area, params = area_condition(work_filter.subdistrict_code, work_filter.village_code)
    rows = session.execute(text(counts_sql(area)), {**params, **_dates(today)})
    return {RANK_KINDS[rank]: count for rank, count in rows}


def read_household_count(session: Session, work_filter: WorkFilter, today: date) -> int:
    """The households the filter's kinds list in its area."""
    area, params = area_condition(work_filter.subdistrict_code, work_filter.village_code)
    where = listed_condition(area, [KIND_RANKS[kind] for kind in work_filter.kinds])
    return session.execute(
        text(households_sql(area, where)), {**params, **_dates(today)}
    ).scalar_one()


def read_page(
    session: Session,
    work_filter: WorkFilter,
    today: date,
    *,
    start: PageStart = PageStart(),
    lines: int | None = PAGE_LINES,
) -> WorkPage:
    """``lines`` lines from ``start`` (None: every line to the end of the area)."""
    area, params = area_condition(work_filter.subdistrict_code, work_filter.village_code)
    where = listed_condition(area, [KIND_RANKS[kind] for kind in work_filter.kinds])
    values: dict[str, Any] = {
        **params, **_dates(today), "start": start.village_code, "skip": start.skip,
        "limit": -1 if lines is None else lines,
    }  # fmt: skip
    read = tuple(_line(row, RANK_KINDS[row[9]]) for row in
                 session.execute(text(lines_sql(where)), values))  # fmt: skip
    if lines is None or len(read) < lines:
        return WorkPage(read, None)
    last = read[-1].village_code
    in_last = sum(1 for line in read if line.village_code == last)
    skip = in_last + (start.skip if last == start.village_code else 0)
    return WorkPage(read, PageStart(last, skip))


def read_worklist(
    session: Session, work_filter: WorkFilter, today: date, *, page_lines: int | None = None
) -> Worklist:
    """The counts and the lines: the first page of ``page_lines`` lines (households not
    counted), or every line (None)."""
    counts = read_counts(session, work_filter, today)
    page = read_page(session, work_filter, today, lines=page_lines)
    households = {line.household_id for line in page.lines}
    return Worklist(
        today, page.lines, counts, None if page_lines is not None else len(households),
        page.next_start,
    )  # fmt: skip


def read_reference_worklist(session: Session, work_filter: WorkFilter, today: date) -> Worklist:
    """The whole worklist computed from the cases themselves (worklist_sql): what the
    derived lines must always give; slow for a large office."""
    sql, params = worklist_sql(work_filter.subdistrict_code, work_filter.village_code)
    values: dict[str, Any] = {**params, **_dates(today)}
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
        household_count=len({line.household_id for line in lines}),
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
        """Every line of the filter (a visit list printed, a comparison) with the counts."""
        with self._session_factory() as session:
            return read_worklist(session, work_filter, today)

    def first_page(
        self, work_filter: WorkFilter, *, today: date, lines: int = PAGE_LINES
    ) -> Worklist:
        """The counts and the first ``lines`` lines (``next_start`` says where the next
        page starts); the households are not counted."""
        with self._session_factory() as session:
            return read_worklist(session, work_filter, today, page_lines=lines)

    def household_count(self, work_filter: WorkFilter, *, today: date) -> int:
        """The households the filter's kinds list (a first page leaves them uncounted: at
        100,000 households counting them takes longer than the page)."""
        with self._session_factory() as session:
            return read_household_count(session, work_filter, today)

    def next_page(
        self, work_filter: WorkFilter, *, today: date, start: PageStart, lines: int = PAGE_LINES
    ) -> WorkPage:
        """``lines`` lines from ``start`` (a page's ``next_start``)."""
        with self._session_factory() as session:
            return read_page(session, work_filter, today, start=start, lines=lines)
