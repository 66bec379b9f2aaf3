"""What the case screens and the case service hand each other: plan and visit drafts with
typed values (dates are ``datetime.date``), the choices the dialogs offer, the timeline,
and the problems that refuse a save."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

PLAN_STATUS_PLANNED = "planned"


@dataclass
class ActivityDraft:
    """What is to be done about a problem. ``id`` is None until saved."""

    text: str = ""
    agency_id: int | None = None
    project_id: int | None = None
    due_on: date | None = None
    status: str = PLAN_STATUS_PLANNED  # "planned" | "doing" | "done" | "dropped"
    id: int | None = None


@dataclass
class ProblemDraft:
    """A problem of the plan: a failed indicator (``indicator_id``) or a problem of a
    dimension the clerk names (no indicator), and its goal."""

    dimension: str = ""
    indicator_id: int | None = None
    goal: str = ""
    activities: list[ActivityDraft] = field(default_factory=list)
    id: int | None = None


@dataclass
class PlanDraft:
    household_id: int
    title: str = ""
    made_on: date | None = None
    is_current: bool = True  # saving a current plan makes the household's others not current
    notes: str = ""
    problems: list[ProblemDraft] = field(default_factory=list)
    created_by: str = ""  # set by the first save
    id: int | None = None


@dataclass(frozen=True)
class CheckedAnswer:
    """The answer a visit found for one indicator it checked."""

    indicator_id: int
    status: str  # "passed" | "failed" | "na"


@dataclass
class VisitDraft:
    household_id: int
    visited_on: date | None = None
    visited_by: str = ""
    findings: str = ""
    answers: list[CheckedAnswer] = field(default_factory=list)
    new_stage: str | None = None  # a reassessment: "survival" | "sufficiency" | "sustainable"
    stage_reason: str = ""
    next_visit_due: date | None = None
    id: int | None = None  # a recorded visit being corrected


@dataclass(frozen=True)
class SavedVisit:
    visit_id: int
    stage_assessment_id: int | None
    survey_year: int  # BE: the year the checked answers were written to
    changes: int  # change-log rows written


# Choices -------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorChoice:
    """An indicator of the set a survey year uses, with the household's answer that year."""

    indicator_id: int
    number: int
    dimension: str
    text_th: str
    text_en: str
    status: str  # "passed" | "failed" | "na" | "" (no answer)


@dataclass(frozen=True)
class NamedChoice:
    """An agency or a project to pick."""

    id: int
    name: str


@dataclass(frozen=True)
class ActivityChoice:
    """An activity of a household's current plan (assistance can serve it)."""

    activity_id: int
    text: str
    dimension: str
    indicator_number: int | None
    status: str
    due_on: date | None
    project_id: int | None


# Timeline ------------------------------------------------------------------------------


class TimelineKind(enum.Enum):
    PLAN = "plan"
    VISIT = "visit"
    STAGE = "stage"


@dataclass(frozen=True)
class TimelineEntry:
    """One event of a household's case: a plan made, a visit, a stage assessed.

    ``who`` is the plan's maker, the visitor or the assessor; ``text`` the plan's title,
    the visit's findings or the stage's reason; ``stage`` the stage assessed (a visit: the
    one it reassessed); ``detail`` counts (a plan: problems, activities, activities done).
    """

    kind: TimelineKind
    on: date
    record_id: int
    who: str = ""
    text: str = ""
    stage: str | None = None
    is_current: bool = False
    next_visit_due: date | None = None
    problems: int = 0
    activities: int = 0
    activities_done: int = 0


# Problems ------------------------------------------------------------------------------


class CaseProblemCode(enum.Enum):
    REQUIRED = "required"
    UNKNOWN_CHOICE = "unknown_choice"  # an agency, project, indicator, stage that does not exist
    FUTURE_DATE = "future_date"
    DATE_BEFORE = "date_before"  # params: before (ISO) — a due date before the plan/visit date
    TOO_LONG = "too_long"  # params: limit
    NO_PROBLEMS = "no_problems"  # a plan with no problem
    INDICATOR_DIMENSION = "indicator_dimension"  # the indicator is of another dimension
    INDICATOR_REPEATED = "indicator_repeated"  # params: other_row
    ANSWER_REPEATED = "answer_repeated"  # one indicator answered twice by a visit
    NO_INDICATOR_SET = "no_indicator_set"  # params: year — answers for a year no set covers
    HOUSEHOLD_GONE = "household_gone"
    PLAN_OF_OTHER_HOUSEHOLD = "plan_of_other_household"


@dataclass(frozen=True)
class CaseProblem:
    """A reason a plan or visit cannot be saved. ``field`` names the draft's field
    ("title", "problems.goal", "problems.activities.due_on", "answers", "stage_reason");
    ``row`` is the problem's index, ``subrow`` the activity's index within it."""

    code: CaseProblemCode
    field: str
    row: int | None = None
    subrow: int | None = None
    params: dict[str, str] = field(default_factory=dict)


class CaseRejected(ValueError):
    """A save refused because of problems; nothing was written."""

    def __init__(self, problems: list[CaseProblem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code.value}" for p in problems))
        self.problems = problems


class CaseNotFound(LookupError):
    def __init__(self, table: str, record_id: int) -> None:
        super().__init__(f"{table} {record_id} does not exist")
        self.table = table
        self.record_id = record_id
