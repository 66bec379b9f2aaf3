"""What the printed sheets show, read from the database into plain, display-ready values.

Dates are BE text, money is baht text with thousands separators, codes of the editable
code lists are their Thai names and national IDs are grouped (masked or not). Fixed
vocabularies (stages, dimensions, indicator results, project statuses) stay codes: their
Thai labels are in the templates, like every other label of the sheets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    DIMENSIONS,
    Agency,
    Assistance,
    CodeItem,
    District,
    Household,
    ProgressReport,
    Project,
    ProjectArea,
    Subdistrict,
    Umbrella,
    Village,
)
from db.settings_store import OFFICE_DISTRICT, get_setting
from desktop.services.buddhist_era import DateStyle, format_be_date, to_be_year
from desktop.services.household_draft import IndicatorAnswer, MemberDraft, age_on, format_baht
from desktop.services.household_store import (
    blank_answers,
    indicator_set_for,
    load_draft,
    read_be_date,
)
from desktop.services.thai_id import InvalidNationalId, format_national_id

CODE_LISTS = (
    "title",
    "relation",
    "education_status",
    "education_level",
    "occupation",
    "source_list",
    "assistance_type",
    "budget_source",
)
CodeNames = dict[str, dict[str, str]]  # list name -> code -> Thai name


class ProjectNotFound(LookupError):
    def __init__(self, project_id: int) -> None:
        super().__init__(f"no project with id {project_id}")
        self.project_id = project_id


# Display values ------------------------------------------------------------------------


def be_date(value: dt.date | None, style: DateStyle = DateStyle.NUMERIC) -> str:
    return "" if value is None else format_be_date(value, style)


def format_number(value: float) -> str:
    """``12`` → "12", ``1234.5`` → "1,234.5", ``0.25`` → "0.25"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def percent_of_target(value: float, target: float) -> float | None:
    """The reported value as a percent of the key result's target (None without a target)."""
    return None if not target else value / target * 100


def format_percent(percent: float | None) -> str:
    return "" if percent is None else f"{percent:,.1f}"


def shown_national_id(digits: str, *, masked: bool) -> str:
    if not digits:
        return ""
    try:
        return format_national_id(digits, masked=masked)
    except InvalidNationalId:  # not 13 digits: the schema keeps these out
        return "" if masked else digits


def code_names(session: Session, lists: Iterable[str] = CODE_LISTS) -> CodeNames:
    """Thai names of the codes of ``lists``, retired ones included (old rows use them)."""
    names: CodeNames = {name: {} for name in lists}
    for list_name, code, name_th in session.execute(
        select(CodeItem.list_name, CodeItem.code, CodeItem.name_th).where(
            CodeItem.list_name.in_(list(names))
        )
    ):
        names[list_name][code] = name_th
    return names


def _name(names: CodeNames, list_name: str, code: str) -> str:
    """The code's Thai name; an unknown code is shown as it is."""
    return names.get(list_name, {}).get(code, code)


# The household sheet -------------------------------------------------------------------


@dataclass(frozen=True)
class Address:
    house_no: str
    moo: str
    village: str
    subdistrict: str
    district: str
    province: str
    postal_code: str


@dataclass(frozen=True)
class MemberLine:
    seq: int
    name: str  # title name surname, "นายสมชาย ใจดี"
    national_id: str  # grouped, masked or not; "" if none
    age: str  # completed years on the print date; "" if unknown
    relation: str
    education: str
    occupation: str
    welfare_card: bool


@dataclass(frozen=True)
class IndicatorLine:
    number: int
    text: str
    status: str  # "passed" | "failed" | "na" | "" (not answered)


@dataclass(frozen=True)
class DimensionGroup:
    dimension: str  # one of DIMENSIONS
    indicators: tuple[IndicatorLine, ...]

    @property
    def failed(self) -> int:
        return sum(1 for line in self.indicators if line.status == "failed")


@dataclass(frozen=True)
class StageLine:
    stage: str  # "survival" | "sufficiency" | "sustainable"
    date: str
    assessor: str
    reason: str


@dataclass(frozen=True)
class AssistanceLine:
    date: str
    agency: str
    project: str
    kind: str
    value: str  # baht, "3,000"
    outcome: str


@dataclass(frozen=True)
class HouseholdSheet:
    key: str
    house_code: str
    address: Address
    source_list: str
    has_welfare_card: bool
    welfare_registered: bool
    current_stage: str | None
    last_verified_on: str
    members: tuple[MemberLine, ...]
    survey_year: int  # BE
    answered: bool  # any indicator answered in that year
    dimensions: tuple[DimensionGroup, ...]
    stages: tuple[StageLine, ...]
    assistance: tuple[AssistanceLine, ...]
    assistance_total: str
    notes: str


def _address(session: Session, village_code: str, house_no: str) -> Address:
    village = session.get(Village, village_code)
    if village is None:  # the foreign key keeps this out
        return Address(house_no, "", "", "", "", "", "")
    subdistrict = village.subdistrict
    district = subdistrict.district
    return Address(
        house_no=house_no,
        moo=str(village.moo),
        village=village.name_th,
        subdistrict=subdistrict.name_th,
        district=district.name_th,
        province=district.province.name_th,
        postal_code=subdistrict.postal_code,
    )


def _member_line(
    seq: int, member: MemberDraft, names: CodeNames, *, masked: bool, printed_on: dt.date
) -> MemberLine:
    birth = read_be_date(member.birth_date)
    age = age_on(birth, printed_on) if birth is not None else None
    education = _name(names, "education_level", member.education_level)
    status = _name(names, "education_status", member.education_status)
    if education and status:
        education = f"{education} ({status})"
    occupations = [
        _name(names, "occupation", code)
        for code in (member.occupation_main, member.occupation_second)
        if code
    ]
    return MemberLine(
        seq=seq,
        name=" ".join(
            f"{_name(names, 'title', member.title)}{member.first_name} {member.last_name}".split()
        ),
        national_id=shown_national_id(member.national_id, masked=masked),
        age="" if age is None or age < 0 else str(age),
        relation=_name(names, "relation", member.relation),
        education=education or status,
        occupation=" / ".join(occupations),
        welfare_card=member.welfare_card,
    )


def dimension_groups(answers: Iterable[IndicatorAnswer]) -> tuple[DimensionGroup, ...]:
    """The indicators by dimension, in the fixed dimension order, each by number."""
    by_dimension: dict[str, list[IndicatorLine]] = {name: [] for name in DIMENSIONS}
    for answer in sorted(answers, key=lambda a: a.number):
        line = IndicatorLine(answer.number, answer.text_th, answer.status)
        by_dimension.setdefault(answer.dimension, []).append(line)
    return tuple(
        DimensionGroup(name, tuple(lines)) for name, lines in by_dimension.items() if lines
    )


def _assistance(
    session: Session, household_id: int, names: CodeNames
) -> tuple[list[AssistanceLine], int]:
    given_by = Agency.__table__.alias("given_by")
    project_agency = Agency.__table__.alias("project_agency")
    rows = session.execute(
        select(
            Assistance.given_on,
            given_by.c.name,
            project_agency.c.name,
            Project.name,
            Assistance.kind,
            Assistance.value_satang,
            Assistance.outcome,
        )
        .outerjoin(Project, Project.id == Assistance.project_id)
        .outerjoin(given_by, given_by.c.id == Assistance.agency_id)
        .outerjoin(project_agency, project_agency.c.id == Project.agency_id)
        .where(Assistance.household_id == household_id)
        .order_by(Assistance.given_on, Assistance.id)
    ).all()
    lines = [
        AssistanceLine(
            date=be_date(given_on),
            agency=agency or via_project or "",
            project=project or "",
            kind=_name(names, "assistance_type", kind) if kind else "",
            value=format_baht(value),
            outcome=outcome,
        )
        for given_on, agency, via_project, project, kind, value, outcome in rows
    ]
    return lines, sum(row[5] for row in rows)


def load_household_sheet(
    session: Session, household_id: int, *, masked: bool, printed_on: dt.date
) -> HouseholdSheet:
    """Raises household_store.HouseholdNotFound for an unknown id."""
    draft = load_draft(session, household_id, today=printed_on)
    household = session.get(Household, household_id)
    assert household is not None  # load_draft found it
    names = code_names(session)
    assistance, total = _assistance(session, household_id, names)
    return HouseholdSheet(
        key=draft.key or "",
        house_code=draft.house_code,
        address=_address(session, draft.village_code, draft.house_no),
        source_list=_name(names, "source_list", draft.source_list),
        has_welfare_card=draft.has_welfare_card,
        welfare_registered=draft.welfare_registered,
        current_stage=household.current_stage,
        last_verified_on=be_date(household.last_verified_on),
        members=tuple(
            _member_line(seq, member, names, masked=masked, printed_on=printed_on)
            for seq, member in enumerate(draft.members, start=1)
        ),
        survey_year=draft.survey_year,
        answered=any(answer.status for answer in draft.indicators),
        dimensions=dimension_groups(draft.indicators),
        stages=tuple(
            StageLine(entry.stage, entry.assessed_on, entry.assessor, entry.reason)
            for entry in draft.stages
        ),
        assistance=tuple(assistance),
        assistance_total=format_baht(total),
        notes=draft.notes,
    )


def blank_indicator_groups(session: Session, printed_on: dt.date) -> tuple[DimensionGroup, ...]:
    """The TPMAP indicators of the set in use in the print date's year, unanswered."""
    indicator_set = indicator_set_for(session, to_be_year(printed_on.year))
    return dimension_groups(blank_answers(session, indicator_set))


# The office ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeNames:
    district: str  # "" when the office is not set up
    province: str


def office_names(session: Session) -> OfficeNames:
    district = session.get(District, get_setting(session, OFFICE_DISTRICT))
    if district is None:
        return OfficeNames("", "")
    return OfficeNames(district.name_th, district.province.name_th)


# The project sheet -------------------------------------------------------------------------


@dataclass(frozen=True)
class QuarterLine:
    fiscal_year: int
    quarter: int
    value: str
    percent: str  # of the target, "95.0"; "" without a target
    money_spent: str
    result: str
    problems: str


@dataclass(frozen=True)
class KeyResultLine:
    seq: int
    text: str
    unit: str
    baseline: str
    target: str
    quarters: tuple[QuarterLine, ...]
    latest_percent: str  # of the latest report


@dataclass(frozen=True)
class ReachedHousehold:
    key: str
    head: str
    moo: str
    village: str
    subdistrict: str
    value: str  # baht given to the household by the project


@dataclass(frozen=True)
class ProjectSheet:
    name: str
    agency: str
    fiscal_year: int
    umbrella: str
    status: str  # "planned" | "running" | "done" | "cancelled"
    rationale: str
    objectives: str
    target_group: str
    target_count: str
    areas: tuple[AreaLine, ...]
    period_start: str
    period_end: str
    budget_source: str
    budget: str
    responsible_person: str
    responsible_phone: str
    steps: str
    evaluation_method: str
    evaluation_tools: str
    evidence: str
    key_results: tuple[KeyResultLine, ...]
    households: tuple[ReachedHousehold, ...]
    assistance_count: int
    money_given: str
    money_given_percent: str  # of the budget; "" without one
    money_remaining: str  # budget less money given (negative when over)
    money_spent: str  # the progress reports' money spent, added up


@dataclass(frozen=True)
class AreaLine:
    subdistrict: str
    moo: str  # "" for the whole subdistrict
    village: str


def _areas(session: Session, project_id: int) -> list[AreaLine]:
    rows = session.execute(
        select(Subdistrict.name_th, Village.moo, Village.name_th)
        .select_from(ProjectArea)
        .join(Subdistrict, Subdistrict.code == ProjectArea.subdistrict_code)
        .outerjoin(Village, Village.code == ProjectArea.village_code)
        .where(ProjectArea.project_id == project_id)
        .order_by(ProjectArea.subdistrict_code, ProjectArea.village_code)
    ).all()
    return [
        AreaLine(subdistrict, "" if moo is None else str(moo), village or "")
        for subdistrict, moo, village in rows
    ]


def _key_result(
    seq: int, text: str, unit: str, baseline: float, target: float, reports: list[ProgressReport]
) -> KeyResultLine:
    quarters = tuple(
        QuarterLine(
            fiscal_year=report.fiscal_year,
            quarter=report.quarter,
            value=format_number(report.value),
            percent=format_percent(percent_of_target(report.value, target)),
            money_spent=format_baht(report.money_spent_satang),
            result=report.result,
            problems=report.problems,
        )
        for report in reports
    )
    latest = reports[-1].value if reports else None
    return KeyResultLine(
        seq=seq,
        text=text,
        unit=unit,
        baseline=format_number(baseline),
        target=format_number(target),
        quarters=quarters,
        latest_percent="" if latest is None else format_percent(percent_of_target(latest, target)),
    )


def _reached(session: Session, project_id: int) -> list[ReachedHousehold]:
    rows = session.execute(
        select(
            Household.key,
            Household.head_name,
            Village.moo,
            Village.name_th,
            Subdistrict.name_th,
            func.sum(Assistance.value_satang),
        )
        .select_from(Assistance)
        .join(Household, Household.id == Assistance.household_id)
        .join(Village, Village.code == Household.village_code)
        .join(Subdistrict, Subdistrict.code == Village.subdistrict_code)
        .where(Assistance.project_id == project_id)
        .group_by(Household.id)
        .order_by(Household.village_code, Household.house_no_key, Household.id)
    ).all()
    return [
        ReachedHousehold(key, head, str(moo), village, subdistrict, format_baht(value or 0))
        for key, head, moo, village, subdistrict, value in rows
    ]


def load_project_sheet(session: Session, project_id: int) -> ProjectSheet:
    project = session.get(Project, project_id)
    if project is None:
        raise ProjectNotFound(project_id)
    names = code_names(session, ("budget_source",))
    umbrella = session.get(Umbrella, project.umbrella_code) if project.umbrella_code else None
    key_results = []
    spent = 0
    for seq, key_result in enumerate(project.key_results, start=1):
        reports = sorted(key_result.reports, key=lambda r: (r.fiscal_year, r.quarter))
        spent += sum(report.money_spent_satang for report in reports)
        key_results.append(
            _key_result(
                seq,
                key_result.text,
                key_result.unit,
                key_result.baseline,
                key_result.target,
                reports,
            )
        )
    given, count = session.execute(
        select(func.coalesce(func.sum(Assistance.value_satang), 0), func.count()).where(
            Assistance.project_id == project_id
        )
    ).one()
    budget = project.budget_satang
    remaining = budget - given
    return ProjectSheet(
        name=project.name,
        agency=project.agency.name,
        fiscal_year=project.fiscal_year,
        umbrella=umbrella.name_th if umbrella else "",
        status=project.status,
        rationale=project.rationale,
        objectives=project.objectives,
        target_group=project.target_group,
        target_count=f"{project.target_count:,}",
        areas=tuple(_areas(session, project_id)),
        period_start=be_date(project.start_date, DateStyle.SHORT),
        period_end=be_date(project.end_date, DateStyle.SHORT),
        budget_source=_name(names, "budget_source", project.budget_source),
        budget=format_baht(budget),
        responsible_person=project.responsible_person,
        responsible_phone=project.responsible_phone,
        steps=project.steps,
        evaluation_method=project.evaluation_method,
        evaluation_tools=project.evaluation_tools,
        evidence=project.evidence,
        key_results=tuple(key_results),
        households=tuple(_reached(session, project_id)),
        assistance_count=count,
        money_given=format_baht(given),
        money_given_percent=format_percent(percent_of_target(given, budget)),
        money_remaining=("-" if remaining < 0 else "") + format_baht(abs(remaining)),
        money_spent=format_baht(spent),
    )
