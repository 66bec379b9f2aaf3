"""A provincial office consolidating a district's projects and assistance.

A district office imports households only (the province sends households back). A
provincial office also takes, from each district's own workbook, its projects with their
key results and quarterly reports, and the assistance its households received: that link
is what lets the province see which households each project reached.

- A project is known by where it comes from: ``"<district code>:<project number>"``
  (``projects.origin``). The workbook's project is the whole truth for it (fields, areas,
  key results, reports); an unchanged one changes nothing. A project the workbook does
  not carry is left as it is (a workbook may be cut to a subdistrict or a fiscal year).
- The district's agencies get the code ``"<district>-<code>"``: two districts' "AG-0001"
  are different agencies.
- A household's assistance in the workbook is the whole truth for that household (within
  the workbook's fiscal year, when it was cut to one). A household with a bad assistance
  row keeps what it had; the row is rejected with sheet, row, column and reason.

Rows are read here into plain objects (a district's projects and assistance are small
next to its households); comparing and writing:
desktop/services/exchange/province/project_writer.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from desktop.services.exchange.layout import SHEET_BY_NAME
from desktop.services.exchange.province.case_reading import DistrictCases, read_activity_key
from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.parsing import tabs_of
from desktop.services.exchange.reading.rows import Lookups, coded
from desktop.services.exchange.reading.staging import Staging
from desktop.services.exchange.reading.tab_rows import TabRows, real_number
from desktop.services.exchange.reading.values import date, integer, name, satang, text
from desktop.services.exchange.reading.xlsx_file import XlsxFile
from desktop.services.thai import MAX_BE_YEAR, MIN_BE_YEAR

NO_LIMIT_DAY = dt.date(9999, 12, 31)  # project periods run into the future
AGENCY_CODE_LENGTH = 15  # the province keeps "<district>-<code>" in 20 characters
# Rows per tab read into memory at the most (a district has hundreds of projects and tens
# of thousands of assistance rows); past it the workbook is refused (TOO_MANY_ROWS), so
# memory stays bounded whatever a file claims.
ROW_LIMITS = {
    "projects": 20_000,
    "key_results": 100_000,
    "progress_reports": 400_000,
    "assistance": 500_000,
}


@dataclass(frozen=True)
class KeyResult:
    seq: int
    text: str
    unit: str
    baseline: float
    target: float
    reports: tuple[tuple[int, int, float, int, str, str], ...] = ()
    """(fiscal year, quarter, value, money spent in satang, result, problems), sorted."""


@dataclass
class DistrictProject:
    number: int
    sheet: str
    row: int
    agency_code: str  # the district's code ("AG-0001")
    agency_name: str
    values: dict[str, Any]  # the Project columns below
    areas: list[tuple[str, str | None]] = field(default_factory=list)
    key_results: dict[int, KeyResult] = field(default_factory=dict)


PROJECT_COLUMNS = (
    "fiscal_year", "name", "umbrella_code", "status", "rationale", "objectives",
    "target_group", "target_count", "budget_source", "budget_satang", "start_date",
    "end_date", "responsible_person", "responsible_phone", "steps", "evaluation_method",
    "evaluation_tools", "evidence",
)  # fmt: skip


_NULLABLE = frozenset({"fiscal_year", "umbrella_code", "start_date", "end_date"})


@dataclass(frozen=True)
class DistrictHelp:
    """One assistance row; ``project`` is the district's project number (or None)."""

    household_key: str
    member_seq: int | None
    project: int | None
    agency_code: str
    agency_name: str
    given_on: dt.date
    dimension: str | None
    kind: str
    value_satang: int
    outcome: str
    note: str
    activity: str | None = None
    """The plan activity it served ("1.2.1", "" for none); None: the workbook has no
    such column (layout version 1, or a version 2 workbook before the column), so the
    province keeps the link it has."""


@dataclass
class DistrictProjects:
    district: str
    fiscal_year: int | None  # the workbook was cut to this fiscal year
    projects: dict[int, DistrictProject] = field(default_factory=dict)
    assistance: dict[str, list[DistrictHelp]] = field(default_factory=dict)
    bad_households: set[str] = field(default_factory=set)  # an assistance row was rejected
    bad_projects: set[int] = field(default_factory=set)  # numbers whose own row was rejected
    known_numbers: set[int] = field(default_factory=set)  # already consolidated before
    cases: DistrictCases = field(default_factory=lambda: DistrictCases(present=False))
    linked: bool = False  # the assistance sheet names the plan activity each row served


def read_district_projects(
    book: XlsxFile,
    staging: Staging,
    lookups: Lookups,
    district: str,
    fiscal_year: int | None,
    *,
    umbrellas: set[str],
    known_numbers: set[int],
    cases: DistrictCases | None = None,
) -> DistrictProjects:
    """``umbrellas``: the office's umbrella codes; ``known_numbers``: this district's
    project numbers already in the database (a workbook cut to a fiscal year may give
    help from a project of the year before without carrying it); ``cases``: the
    workbook's case sheets, read first, which an assistance row's plan activity names."""
    found = DistrictProjects(district, fiscal_year, known_numbers=set(known_numbers))
    if cases is not None:
        found.cases = cases
    _read_projects(book, staging, lookups, found, umbrellas)
    _read_key_results(book, staging, found)
    _read_reports(book, staging, found)
    _read_assistance(book, staging, lookups, found)
    # A household whose case rows were refused keeps its assistance too: its links would
    # name activities the province does not get.
    found.bad_households |= found.cases.bad_households
    return found


def _drop_project(found: DistrictProjects, number: int) -> None:
    """A project with a bad or repeated row of its own is not imported at all."""
    found.projects.pop(number, None)
    found.bad_projects.add(number)


_YEAR = partial(integer, low=MIN_BE_YEAR, high=MAX_BE_YEAR)
_NUMBER = partial(integer, low=1, high=10**9)
_SEQ = partial(integer, low=1, high=999)


def _tabs(book: XlsxFile, staging: Staging, sheet_name: str) -> list[TabRows]:
    limit = ROW_LIMITS[sheet_name]
    return [TabRows(book, tab, staging, limit) for tab in tabs_of(book, SHEET_BY_NAME[sheet_name])]


def _read_projects(
    book: XlsxFile, staging: Staging, lookups: Lookups, found: DistrictProjects, umbrellas: set[str]
) -> None:
    status = coded(lookups.codes["vocabulary.project_status"], strict=True)
    source = coded(lookups.codes.get("budget_source", {}))
    day = partial(date, today=NO_LIMIT_DAY)
    seen: dict[int, int] = {}  # project number -> its first row
    for rows in _tabs(book, staging, "projects"):
        for row in rows:
            number = row.get("project_number", _NUMBER, must=True)
            if number is not None and number in seen:
                row.reject("project_number", RejectCode.DUPLICATE_ROW, other_row=seen[number])
                _drop_project(found, number)
                continue
            if number is not None:
                seen[number] = row.number
            values = {
                "fiscal_year": row.get("fiscal_year", _YEAR, must=True),
                "name": row.get("name", name, must=True),
                "umbrella_code": row.get("umbrella_code", text) or None,
                "status": row.get("status", status) or "planned",
                "rationale": row.get("rationale", text),
                "objectives": row.get("objectives", text),
                "target_group": row.get("target_group", text),
                "target_count": row.get("target_count", partial(integer, low=0, high=10**9)) or 0,
                "budget_source": row.get("budget_source_code", source)
                or row.get("budget_source", source)
                or "",
                "budget_satang": row.get("budget", satang) or 0,
                "start_date": row.get("start_date", day) or row.get("start_date_be", day),
                "end_date": row.get("end_date", day) or row.get("end_date_be", day),
                "responsible_person": row.get("responsible_person", name),
                "responsible_phone": row.get("responsible_phone", text),
                "steps": row.get("steps", text),
                "evaluation_method": row.get("evaluation_method", text),
                "evaluation_tools": row.get("evaluation_tools", text),
                "evidence": row.get("evidence", text),
            }
            for column in PROJECT_COLUMNS:
                if values[column] is None and column not in _NULLABLE:
                    values[column] = ""  # a rejected cell: the row is dropped below
            if values["umbrella_code"] and values["umbrella_code"] not in umbrellas:
                row.reject(
                    "umbrella_code", RejectCode.UNKNOWN_CHOICE, value=values["umbrella_code"]
                )
            start, end = values["start_date"], values["end_date"]
            if start and end and start > end:
                row.reject("end_date", RejectCode.PERIOD_ORDER)
            agency_code = row.get("agency_code", text, must=True)
            if agency_code and len(agency_code) > AGENCY_CODE_LENGTH:
                row.reject(
                    "agency_code",
                    RejectCode.CELL_TOO_LONG,
                    length=len(agency_code),
                    limit=AGENCY_CODE_LENGTH,
                )
            agency_name = row.get("agency", name) or agency_code
            areas = _areas(row)
            if row.bad or number is None:
                if number is not None:
                    _drop_project(found, number)
                continue
            found.projects[number] = DistrictProject(
                number, rows.tab, row.number, agency_code, agency_name, values, areas
            )


def _areas(row: TabRows) -> list[tuple[str, str | None]]:
    codes = (row.get("area_codes", text) or "").replace(",", " ").split()
    areas = []
    for code in codes:
        if len(code) == 8 and code.isdigit():
            areas.append((code[:6], code))
        elif len(code) == 6 and code.isdigit():
            areas.append((code, None))
        else:
            row.reject("area_codes", RejectCode.UNKNOWN_CHOICE, value=code)
    return sorted(set(areas), key=lambda area: (area[0], area[1] or ""))


def _read_key_results(book: XlsxFile, staging: Staging, found: DistrictProjects) -> None:
    first_rows: dict[tuple[int, int], int] = {}
    for rows in _tabs(book, staging, "key_results"):
        for row in rows:
            number = row.get("project_number", _NUMBER, must=True)
            seq = row.get("key_result_seq", _SEQ, must=True)
            wording = row.get("text", text, must=True)
            unit = row.get("unit", name)
            baseline = row.get("baseline", real_number)
            target = row.get("target", real_number)
            if row.bad or number in found.bad_projects:
                continue  # a rejected project's key results go with it, said once
            project = found.projects.get(number)
            if project is None:
                row.reject("project_number", RejectCode.PROJECT_UNKNOWN, value=number)
                continue
            if (number, seq) in first_rows:
                row.reject(
                    "key_result_seq", RejectCode.DUPLICATE_ROW, other_row=first_rows[number, seq]
                )
                _drop_project(found, number)
                continue
            first_rows[number, seq] = row.number
            project.key_results[seq] = KeyResult(seq, wording, unit, baseline, target)


def _read_reports(book: XlsxFile, staging: Staging, found: DistrictProjects) -> None:
    reports: dict[tuple[int, int], list[tuple[int, int, float, int, str, str]]] = {}
    first_rows: dict[tuple[int, int, int, int], int] = {}
    for rows in _tabs(book, staging, "progress_reports"):
        for row in rows:
            number = row.get("project_number", _NUMBER, must=True)
            seq = row.get("key_result_seq", _SEQ, must=True)
            report = (
                row.get("fiscal_year", _YEAR, must=True),
                row.get("quarter", partial(integer, low=1, high=4), must=True),
                row.get("value", real_number),
                row.get("money_spent", satang) or 0,
                row.get("result", text),
                row.get("problems", text),
            )
            if row.bad or number in found.bad_projects:
                continue
            project = found.projects.get(number)
            if project is None or seq not in project.key_results:
                row.reject("key_result_seq", RejectCode.UNKNOWN_CHOICE, value=f"{number}/{seq}")
                continue
            quarter = (number, seq, report[0], report[1])
            if quarter in first_rows:
                row.reject("quarter", RejectCode.DUPLICATE_ROW, other_row=first_rows[quarter])
                _drop_project(found, number)
                continue
            first_rows[quarter] = row.number
            reports.setdefault((number, seq), []).append(report)
    for (number, seq), found_reports in reports.items():  # sorted once, at the end
        project = found.projects.get(number)
        if project is not None:
            key_result = project.key_results[seq]
            project.key_results[seq] = dataclasses.replace(
                key_result, reports=tuple(sorted(found_reports))
            )


def _read_assistance(
    book: XlsxFile, staging: Staging, lookups: Lookups, found: DistrictProjects
) -> None:
    dimension = coded(lookups.codes["vocabulary.dimension"], strict=True)
    kind = coded(lookups.codes.get("assistance_type", {}))
    day = partial(date, today=lookups.today)
    cases = found.cases
    activity_keys: dict[str, set[str]] = {}
    for rows in _tabs(book, staging, "assistance"):
        linked = "plan_activity" in rows.keys
        found.linked = found.linked or linked
        for row in rows:
            key = row.get("household_key", name, must=True)
            activity = row.get("plan_activity", read_activity_key) if linked else None
            given_on = row.get("given_on", day) or row.get("given_on_be", day)
            if given_on is None and not row.bad:
                row.reject("given_on", RejectCode.REQUIRED)
            project = row.get("project_number", _NUMBER)
            help_row = DistrictHelp(
                household_key=key or "",
                member_seq=row.get("member_seq", _SEQ),
                project=project,
                agency_code=row.get("agency_code", text) or "",
                agency_name=row.get("agency", name) or "",
                given_on=given_on or dt.date.min,
                dimension=row.get("dimension", dimension) or None,
                kind=row.get("kind_code", kind) or row.get("kind", kind) or "",
                value_satang=row.get("value", satang) or 0,
                outcome=row.get("outcome", text) or "",
                note=row.get("note", text) or "",
                activity=activity,
            )
            if activity and key and not row.bad and key not in cases.bad_households:
                if key not in activity_keys:
                    activity_keys[key] = cases.of(key).activity_keys()
                if activity not in activity_keys[key]:
                    row.reject("plan_activity", RejectCode.ACTIVITY_UNKNOWN, value=activity)
            known = project in found.projects or (
                project in found.known_numbers and project not in found.bad_projects
            )
            if project is not None and not known and not row.bad:
                code = (
                    RejectCode.PROJECT_NOT_IMPORTED
                    if project in found.bad_projects
                    else RejectCode.PROJECT_UNKNOWN
                )
                row.reject("project_number", code, value=project)
            if row.bad:
                if key:
                    found.bad_households.add(key)
                continue
            found.assistance.setdefault(help_row.household_key, []).append(help_row)
