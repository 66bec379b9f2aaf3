"""The shapes projects, agencies, assistance and code lists travel in between services and UI.

Money is integer satang, years are Buddhist-era integers, dates are ``datetime.date``.
Problems carry a code, the field they concern and (for rows of a list) the row index;
the UI turns the code into Thai or English text, nothing here is display text.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

PROJECT_STATUSES = ("planned", "running", "done", "cancelled")
QUARTERS = (1, 2, 3, 4)


# Problems ------------------------------------------------------------------------------


class RecordProblemCode(enum.Enum):
    REQUIRED = "required"
    TOO_LONG = "too_long"  # params: limit
    DUPLICATE_CODE = "duplicate_code"  # another agency / code item has this code
    BAD_CODE = "bad_code"  # a code must be letters, digits, "_" or "-"
    UNKNOWN_CHOICE = "unknown_choice"  # an agency, umbrella, code or area that does not exist
    RETIRED_CHOICE = "retired_choice"  # a retired code chosen for a new record
    FISCAL_YEAR_RANGE = "fiscal_year_range"  # params: min, max (BE)
    NEGATIVE = "negative"
    PERIOD_ORDER = "period_order"  # end before start
    PERIOD_OUTSIDE_YEAR = "period_outside_year"  # warning: dates outside the fiscal year
    DUPLICATE_QUARTER = "duplicate_quarter"  # two reports for one key result, year and quarter
    NO_HOUSEHOLDS = "no_households"  # assistance for nobody
    FUTURE_DATE = "future_date"
    NO_SOURCE = "no_source"  # assistance from neither a project nor an agency
    OVER_BUDGET = "over_budget"  # warning: money given would pass the project's budget
    IN_USE = "in_use"  # params: count — cannot delete, only retire


@dataclass(frozen=True)
class RecordProblem:
    code: RecordProblemCode
    field: str  # a field name of the draft, e.g. "name", "key_results.text"
    row: int | None = None  # index into the draft's list the field belongs to
    params: dict[str, str] = field(default_factory=dict)
    blocking: bool = True


class RecordRejected(ValueError):
    """A save refused because of blocking problems; nothing was written."""

    def __init__(self, problems: list[RecordProblem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code.value}" for p in problems))
        self.problems = problems


class RecordNotFound(LookupError):
    def __init__(self, table: str, record_id: int | str) -> None:
        super().__init__(f"{table} {record_id} does not exist")
        self.table = table
        self.record_id = record_id


# Code lists ----------------------------------------------------------------------------

EDITABLE_CODE_LISTS = ("umbrella", "assistance_type", "budget_source", "agency_kind")


@dataclass(frozen=True)
class CodeEntry:
    code: str
    name_th: str
    name_en: str
    sort_order: int = 0
    retired: bool = False
    in_use: int = 0  # how many records use it (0 for a new entry)


# Agencies ------------------------------------------------------------------------------


@dataclass
class AgencyDraft:
    id: int | None = None
    code: str = ""
    name: str = ""
    kind: str = ""  # code of the "agency_kind" list, "" for none
    contact: str = ""


@dataclass(frozen=True)
class AgencyRow:
    id: int
    code: str
    name: str
    kind: str
    kind_th: str
    kind_en: str
    contact: str
    projects: int
    assistance: int


# Projects ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectFilter:
    fiscal_year: int | None = None
    umbrella_code: str | None = None
    agency_id: int | None = None
    status: str | None = None
    search: str = ""  # part of the project's or the agency's name
    district: str | None = None  # a provincial office: a district's (consolidated) projects,
    # or OWN_PROJECTS: the office's own (None: all)


OWN_PROJECTS = ""
"""ProjectFilter.district of the projects an office entered itself (none consolidated)."""


@dataclass
class ProgressDraft:
    id: int | None = None
    fiscal_year: int = 0
    quarter: int = 1
    value: float = 0.0
    money_spent_satang: int = 0
    result: str = ""
    problems: str = ""


@dataclass
class KeyResultDraft:
    id: int | None = None
    text: str = ""
    unit: str = ""
    baseline: float = 0.0
    target: float = 0.0
    reports: list[ProgressDraft] = field(default_factory=list)


@dataclass(frozen=True)
class AreaDraft:
    subdistrict_code: str
    village_code: str | None = None  # None: the whole subdistrict


@dataclass
class ProjectDraft:
    id: int | None = None
    agency_id: int | None = None
    fiscal_year: int = 0
    umbrella_code: str | None = None
    name: str = ""
    rationale: str = ""
    objectives: str = ""
    target_group: str = ""
    target_count: int = 0
    areas: list[AreaDraft] = field(default_factory=list)
    budget_source: str = ""
    budget_satang: int = 0
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    responsible_person: str = ""
    responsible_phone: str = ""
    status: str = "planned"
    steps: str = ""
    evaluation_method: str = ""
    evaluation_tools: str = ""
    evidence: str = ""
    key_results: list[KeyResultDraft] = field(default_factory=list)
    version: int | None = None  # the stored version this draft was loaded at; None: new


@dataclass(frozen=True)
class ProjectRow:
    id: int
    fiscal_year: int
    name: str
    agency_id: int
    agency_name: str
    umbrella_code: str | None
    umbrella_th: str
    umbrella_en: str
    status: str
    budget_satang: int
    money_given_satang: int  # assistance recorded under the project
    money_spent_satang: int  # the progress reports' money spent, added up
    target_count: int
    households_reached: int
    key_results: int
    key_results_attained: int  # latest report's value reached its target


@dataclass(frozen=True)
class KeyResultProgress:
    id: int
    text: str
    unit: str
    baseline: float
    target: float
    latest_value: float | None  # the latest report's (fiscal year, quarter) value
    percent: float | None  # latest value as a percent of the target; None without either


@dataclass(frozen=True)
class ProjectReach:
    households_reached: int
    target_count: int
    money_given_satang: int
    budget_satang: int
    money_spent_satang: int
    key_results: tuple[KeyResultProgress, ...]


@dataclass(frozen=True)
class ProjectChoice:
    """A project as a picker shows it."""

    id: int
    fiscal_year: int
    name: str
    agency_id: int
    agency_name: str
    status: str


# Assistance ----------------------------------------------------------------------------


@dataclass
class AssistanceDraft:
    given_on: dt.date | None = None
    project_id: int | None = None
    agency_id: int | None = None  # None with a project: the project's agency
    member_id: int | None = None  # only when recorded for one household
    dimension: str | None = None  # "health" | "living" | "education" | "income" | "access"
    kind: str = ""  # code of the "assistance_type" list
    value_satang: int = 0  # per household
    outcome: str = ""
    note: str = ""
    # An activity of the household's current plan this assistance serves (only when
    # recorded for one household); the project's reach counts the record either way.
    plan_activity_id: int | None = None


@dataclass(frozen=True)
class AssistanceFilter:
    fiscal_year: int | None = None  # of the date given
    project_id: int | None = None
    agency_id: int | None = None
    household_id: int | None = None
    subdistrict_code: str | None = None
    kind: str | None = None
    search: str = ""  # household key, head's name, project name


@dataclass(frozen=True)
class AssistanceRow:
    id: int
    given_on: dt.date
    household_id: int
    household_key: str
    head_name: str
    village_moo: int
    village_name: str
    subdistrict_name: str
    member_name: str  # "" when for the whole household
    project_id: int | None
    project_name: str
    agency_id: int | None
    agency_name: str
    dimension: str | None
    kind: str
    kind_th: str
    kind_en: str
    value_satang: int
    outcome: str
    note: str


@dataclass(frozen=True)
class HouseholdProject:
    """A project that reached a household, with what it gave."""

    project_id: int
    fiscal_year: int
    name: str
    agency_name: str
    times: int
    value_satang: int
