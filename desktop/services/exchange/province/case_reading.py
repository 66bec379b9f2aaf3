"""A provincial office reading a district's case sheets (layout version 2): each
household's development plans with their problems and activities, and its follow-up visits.

Rows are keyed as the district writes them: a plan by (household key, plan number), a
problem by its plan and problem number, an activity by its problem and activity number
("1.2.1" is activity 1 of problem 2 of plan 1, the key the assistance sheet links by); a
visit by its household and date. A household's case rows are the whole truth for it; a
household with a bad case row keeps what it had, and the row is rejected with sheet, row,
column and reason. A workbook without the case sheets (layout version 1) leaves every
household's plans and visits as they are. Comparing and writing:
desktop/services/exchange/province/case_writer.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from desktop.services.exchange.layout import SHEET_BY_NAME
from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.parsing import tabs_of
from desktop.services.exchange.reading.rows import Lookups, coded
from desktop.services.exchange.reading.staging import Staging
from desktop.services.exchange.reading.tab_rows import TabRows
from desktop.services.exchange.reading.values import (
    CellProblem,
    boolean,
    date,
    integer,
    name,
    text,
)
from desktop.services.exchange.reading.xlsx_file import XlsxFile
from desktop.services.thai import format_be_date, normalize_digits

CASE_SHEETS = ("development_plans", "plan_problems", "plan_activities", "follow_up_visits")
NO_LIMIT_DAY = dt.date(9999, 12, 31)  # due dates and next visits lie ahead
ROW_LIMIT = 500_000  # rows per case tab read into memory at the most
NAME_LIMIT = 100  # created_by, visited_by
TITLE_LIMIT = 200
_SEQ = partial(integer, low=1, high=999)
_ACTIVITY_KEY = re.compile(r"^\s*(\d{1,3})\s*[./-]\s*(\d{1,3})\s*[./-]\s*(\d{1,3})\s*$")


@dataclass(frozen=True)
class StagedActivity:
    seq: int
    text: str
    agency_code: str  # the district's code ("AG-0001"); "" for none
    agency_name: str
    project: int | None  # the district's project number
    due_on: dt.date | None
    status: str


@dataclass
class StagedProblem:
    seq: int
    indicator_id: int | None  # the province's indicator (same set code and number)
    dimension: str
    goal: str
    activities: dict[int, StagedActivity] = field(default_factory=dict)


@dataclass
class StagedPlan:
    seq: int
    title: str
    made_on: dt.date
    is_current: bool
    created_by: str
    notes: str
    problems: dict[int, StagedProblem] = field(default_factory=dict)


@dataclass(frozen=True)
class StagedVisit:
    visited_on: dt.date
    visited_by: str
    findings: str
    stage: str | None  # the stage it reassessed (a row of the stage history), or None
    stage_reason: str
    next_due: dt.date | None


@dataclass
class HouseholdCases:
    plans: dict[int, StagedPlan] = field(default_factory=dict)
    visits: list[StagedVisit] = field(default_factory=list)

    def activity_keys(self) -> set[str]:
        return {
            activity_key(plan.seq, problem.seq, activity.seq)
            for plan in self.plans.values()
            for problem in plan.problems.values()
            for activity in problem.activities.values()
        }


@dataclass
class DistrictCases:
    present: bool  # the workbook has case sheets (layout version 2)
    households: dict[str, HouseholdCases] = field(default_factory=dict)
    bad_households: set[str] = field(default_factory=set)  # a case row was rejected
    rows: int = 0  # data rows read

    def of(self, key: str) -> HouseholdCases:
        return self.households.get(key) or HouseholdCases()


def activity_key(plan: int, problem: int, activity: int) -> str:
    """An activity as a person reads it and the assistance sheet links it: "1.2.1"."""
    return f"{plan}.{problem}.{activity}"


def read_activity_key(value: Any) -> str:
    """An assistance row's plan activity cell: "" when blank, else "plan.problem.activity"
    (dots, slashes or dashes between, Thai digits allowed)."""
    written = normalize_digits(text(value))
    if not written:
        return ""
    found = _ACTIVITY_KEY.match(written)
    if found is None:
        raise CellProblem(RejectCode.ACTIVITY_UNKNOWN, value=written)
    return activity_key(*(int(part) for part in found.groups()))


def read_district_cases(book: XlsxFile, staging: Staging, lookups: Lookups) -> DistrictCases:
    """The workbook's case sheets (``staging`` already holds its households and stage
    history, read by desktop/services/exchange/reading/household_sheets.py)."""
    tabs = {name: tabs_of(book, SHEET_BY_NAME[name]) for name in CASE_SHEETS}
    found = DistrictCases(present=any(tabs.values()))
    if not found.present:
        return found
    reader = _CaseReader(book, staging, lookups, found)
    reader.plans(tabs["development_plans"])
    reader.problems(tabs["plan_problems"])
    reader.activities(tabs["plan_activities"])
    reader.visits(tabs["follow_up_visits"])
    for key in found.bad_households:  # nothing partial: a bad household keeps what it had
        found.households.pop(key, None)
    return found


class _CaseReader:
    def __init__(
        self,
        book: XlsxFile,
        staging: Staging,
        lookups: Lookups,
        found: DistrictCases,
    ) -> None:
        self.book, self.staging, self.found = book, staging, found
        self.lookups = lookups
        self.past = partial(date, today=lookups.today)  # made and visited: not in the future
        self.ahead = partial(date, today=NO_LIMIT_DAY)
        self.keys = {key for (key,) in staging.run("SELECT key FROM s_households")}
        self.dimension = coded(lookups.codes["vocabulary.dimension"], strict=True)
        self.status = coded(lookups.codes["vocabulary.activity_status"], strict=True)
        self.stage = coded(lookups.codes["vocabulary.stage"], strict=True)
        self.stages: set[tuple[str, str, str, str]] | None = None  # the stage history's rows

    def _rows(self, tabs: list[str]) -> Any:
        for tab in tabs:
            for row in TabRows(self.book, tab, self.staging, ROW_LIMIT):
                self.found.rows += 1
                yield row

    def _household(self, row: TabRows) -> str | None:
        key = row.get("household_key", name, must=True)
        if key and key not in self.keys:
            row.reject("household_key", RejectCode.UNKNOWN_HOUSEHOLD, key=key)
        return key

    def _bad(self, row: TabRows, key: str | None) -> bool:
        if row.bad and key:
            self.found.bad_households.add(key)
        return row.bad or not key

    def _twin(self, row: TabRows, key: str, read: Callable[[Any], Any]) -> Any:
        """A date and its BE text: whichever holds one; both, differing, refuse the row."""
        first = row.get(key, read)
        second = row.get(f"{key}_be", read)
        if first is not None and second is not None and first != second:
            row.reject(
                f"{key}_be",
                RejectCode.COLUMNS_DISAGREE,
                first=f"{key} = {format_be_date(first)}",
                second=f"{key}_be = {format_be_date(second)}",
            )
        return first if first is not None else second

    def _limited(self, row: TabRows, key: str, limit: int, *, must: bool = False) -> str:
        value = row.get(key, name, must=must) or ""
        if len(value) > limit:
            row.reject(key, RejectCode.CELL_TOO_LONG, length=len(value), limit=limit)
        return value

    def plans(self, tabs: list[str]) -> None:
        first_rows: dict[tuple[str, int], int] = {}
        current_rows: dict[str, int] = {}
        for row in self._rows(tabs):
            key = self._household(row)
            seq = row.get("plan_seq", _SEQ, must=True)
            title = self._limited(row, "title", TITLE_LIMIT, must=True)
            made_on = self._twin(row, "made_on", self.past)
            if made_on is None and not row.bad:
                row.reject("made_on", RejectCode.REQUIRED)
            is_current = bool(row.get("is_current", boolean))
            created_by = self._limited(row, "created_by", NAME_LIMIT)
            notes = row.get("notes", text) or ""
            if key and seq is not None and not row.bad:
                if (key, seq) in first_rows:
                    row.reject("plan_seq", RejectCode.DUPLICATE_ROW, other_row=first_rows[key, seq])
                elif is_current and key in current_rows:
                    row.reject(
                        "is_current", RejectCode.MANY_CURRENT_PLANS, other_row=current_rows[key]
                    )
            if self._bad(row, key):
                continue
            assert key is not None and seq is not None and made_on is not None
            first_rows[key, seq] = row.number
            if is_current:
                current_rows[key] = row.number
            plan = StagedPlan(seq, title, made_on, is_current, created_by, notes)
            self.found.households.setdefault(key, HouseholdCases()).plans[seq] = plan

    def problems(self, tabs: list[str]) -> None:
        first_rows: dict[tuple[str, int, int], int] = {}
        for row in self._rows(tabs):
            key = self._household(row)
            plan_seq = row.get("plan_seq", _SEQ, must=True)
            seq = row.get("problem_seq", _SEQ, must=True)
            dimension = row.get("dimension", self.dimension, must=True)
            goal = row.get("goal", text) or ""
            number = row.get("indicator_number", partial(integer, low=1, high=999))
            set_code = row.get("indicator_set", text) or ""
            indicator_id = None
            if number is not None:
                indicator_id = self.lookups.indicators.get((set_code, number))
                if indicator_id is None:
                    row.reject(
                        "indicator_number",
                        RejectCode.UNKNOWN_INDICATOR,
                        set=set_code or "-",
                        number=number,
                    )
            plan = self._plan_of(row, key, plan_seq)
            whole = (key, plan_seq, seq)
            if plan is not None and seq is not None and not row.bad and whole in first_rows:
                row.reject("problem_seq", RejectCode.DUPLICATE_ROW, other_row=first_rows[whole])  # type: ignore[index]
            if self._bad(row, key) or plan is None or seq is None:
                continue
            first_rows[whole] = row.number  # type: ignore[index]
            plan.problems[seq] = StagedProblem(seq, indicator_id, dimension, goal)

    def _plan_of(self, row: TabRows, key: str | None, plan_seq: int | None) -> StagedPlan | None:
        if row.bad or not key or plan_seq is None:
            return None
        if key in self.found.bad_households:
            row.bad = True  # said once, on the plan's own row
            return None
        plan = self.found.of(key).plans.get(plan_seq)
        if plan is None:
            row.reject("plan_seq", RejectCode.PLAN_UNKNOWN, value=f"แผนลำดับที่ {plan_seq}")
        return plan

    def activities(self, tabs: list[str]) -> None:
        first_rows: dict[tuple[str, int, int, int], int] = {}
        for row in self._rows(tabs):
            key = self._household(row)
            plan_seq = row.get("plan_seq", _SEQ, must=True)
            problem_seq = row.get("problem_seq", _SEQ, must=True)
            seq = row.get("activity_seq", _SEQ, must=True)
            wording = row.get("text", text, must=True) or ""
            agency_code = row.get("agency_code", text) or ""
            agency_name = row.get("agency", name) or ""
            project = row.get("project_number", partial(integer, low=1, high=10**9))
            due_on = self._twin(row, "due_on", self.ahead)
            status = row.get("status", self.status) or "planned"
            plan = self._plan_of(row, key, plan_seq)
            problem = None
            if plan is not None and problem_seq is not None:
                problem = plan.problems.get(problem_seq)
                if problem is None:
                    row.reject(
                        "problem_seq",
                        RejectCode.PLAN_UNKNOWN,
                        value=f"ปัญหาลำดับที่ {problem_seq} ของแผนลำดับที่ {plan_seq}",
                    )
            whole = (key, plan_seq, problem_seq, seq)
            if problem is not None and seq is not None and not row.bad and whole in first_rows:
                row.reject("activity_seq", RejectCode.DUPLICATE_ROW, other_row=first_rows[whole])  # type: ignore[index]
            if self._bad(row, key) or problem is None or seq is None:
                continue
            first_rows[whole] = row.number  # type: ignore[index]
            problem.activities[seq] = StagedActivity(
                seq, wording, agency_code, agency_name, project, due_on, status
            )

    def visits(self, tabs: list[str]) -> None:
        for row in self._rows(tabs):
            key = self._household(row)
            visited_on = self._twin(row, "visited_on", self.past)
            if visited_on is None and not row.bad:
                row.reject("visited_on", RejectCode.REQUIRED)
            visited_by = self._limited(row, "visited_by", NAME_LIMIT, must=True)
            findings = row.get("findings", text) or ""
            stage = row.get("stage", self.stage) or None
            reason = row.get("stage_reason", text) or ""
            next_due = self._twin(row, "next_due_on", self.ahead)
            if visited_on and next_due and next_due < visited_on:
                row.reject("next_due_on", RejectCode.PERIOD_ORDER)
            if stage and key and visited_on and not row.bad:
                self._stage_in_history(row, key, stage, visited_on, reason)
            if self._bad(row, key):
                continue
            assert key is not None and visited_on is not None
            visit = StagedVisit(visited_on, visited_by, findings, stage, reason, next_due)
            self.found.households.setdefault(key, HouseholdCases()).visits.append(visit)

    def _stage_in_history(
        self, row: TabRows, key: str, stage: str, visited_on: dt.date, reason: str
    ) -> None:
        """A visit's reassessment is a row of the stage history sheet (the visit links to
        it); without one the visit would point nowhere."""
        if self.stages is None:  # read once: a look-up per visit would scan the table
            self.stages = set(
                self.staging.run(
                    "SELECT household_key, stage, assessed_on, coalesce(reason, '') FROM s_stages"
                )
            )
        found = (key, stage, visited_on.isoformat(), reason) in self.stages or None
        if found is None:
            row.reject(
                "stage",
                RejectCode.STAGE_NOT_IN_HISTORY,
                stage=text(row.row[row.keys["stage"]]) if "stage" in row.keys else stage,
                date=format_be_date(visited_on),
            )
