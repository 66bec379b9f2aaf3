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

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    DIMENSIONS,
    Agency,
    Assistance,
    CodeItem,
    District,
    Household,
    Project,
    Province,
    Village,
)
from db.office_area import province_office_code
from db.settings_store import OFFICE_DISTRICT, get_setting
from desktop.services.households import (
    AnswerRecord,
    IndicatorAnswer,
    MemberRecord,
    age_on,
    format_baht,
)
from desktop.services.households.indicator_sets import blank_answers, indicator_set_for
from desktop.services.households.store import load_record
from desktop.services.thai import (
    DateStyle,
    InvalidNationalId,
    format_be_date,
    format_national_id,
    to_be_year,
)

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


# Display values ------------------------------------------------------------------------


NO_BREAK_SPACE = "\u00a0"  # a printed date stays on one line: "15 มิ.ย. 2568", "พ.ศ. 2568"


def be_date(value: dt.date | None, style: DateStyle = DateStyle.NUMERIC) -> str:
    """A date as printed on a sheet: day, month and year never parted by a line break."""
    if value is None:
        return ""
    return format_be_date(value, style).replace(" ", NO_BREAK_SPACE)


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


def code_name(names: CodeNames, list_name: str, code: str) -> str:
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
    seq: int, member: MemberRecord, names: CodeNames, *, masked: bool, printed_on: dt.date
) -> MemberLine:
    birth = member.birth_date
    age = age_on(birth, printed_on) if birth is not None else None
    education = code_name(names, "education_level", member.education_level)
    status = code_name(names, "education_status", member.education_status)
    if education and status:
        education = f"{education} ({status})"
    occupations = [
        code_name(names, "occupation", code)
        for code in (member.occupation_main, member.occupation_second)
        if code
    ]
    return MemberLine(
        seq=seq,
        name=" ".join(
            f"{code_name(names, 'title', member.title)}{member.first_name}"
            f" {member.last_name}".split()
        ),
        national_id=shown_national_id(member.national_id or "", masked=masked),
        age="" if age is None or age < 0 else str(age),
        relation=code_name(names, "relation", member.relation),
        education=education or status,
        occupation=" / ".join(occupations),
        welfare_card=member.welfare_card,
    )


def dimension_groups(
    answers: Iterable[IndicatorAnswer | AnswerRecord],
) -> tuple[DimensionGroup, ...]:
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
            kind=code_name(names, "assistance_type", kind) if kind else "",
            value=format_baht(value),
            outcome=outcome,
        )
        for given_on, agency, via_project, project, kind, value, outcome in rows
    ]
    return lines, sum(row[5] for row in rows)


def load_household_sheet(
    session: Session,
    household_id: int,
    *,
    masked: bool,
    printed_on: dt.date,
    names: CodeNames | None = None,
) -> HouseholdSheet:
    """Raises household_store.HouseholdNotFound for an unknown id. A batch passes the code
    lists' `names`, read once."""
    record = load_record(session, household_id, today=printed_on)
    household = session.get(Household, household_id)
    assert household is not None  # load_record found it
    names = names if names is not None else code_names(session)
    assistance, total = _assistance(session, household_id, names)
    return HouseholdSheet(
        key=record.key or "",
        house_code=record.house_code,
        address=_address(session, record.village_code, record.house_no),
        source_list=code_name(names, "source_list", record.source_list),
        has_welfare_card=record.has_welfare_card,
        welfare_registered=record.welfare_registered,
        current_stage=household.current_stage,
        last_verified_on=be_date(household.last_verified_on),
        members=tuple(
            _member_line(seq, member, names, masked=masked, printed_on=printed_on)
            for seq, member in enumerate(record.members, start=1)
        ),
        survey_year=record.survey_year,
        answered=any(answer.status for answer in record.indicators),
        dimensions=dimension_groups(record.indicators),
        stages=tuple(
            StageLine(entry.stage, be_date(entry.assessed_on), entry.assessor, entry.reason)
            for entry in record.stages
        ),
        assistance=tuple(assistance),
        assistance_total=format_baht(total),
        notes=record.notes,
    )


def blank_indicator_groups(session: Session, printed_on: dt.date) -> tuple[DimensionGroup, ...]:
    """The TPMAP indicators of the set in use in the print date's year, unanswered."""
    indicator_set = indicator_set_for(session, to_be_year(printed_on.year))
    return dimension_groups(blank_answers(session, indicator_set))


# The office ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeNames:
    district: str  # "" when the office is not set up, or is a provincial office
    province: str

    @property
    def heading(self) -> str:
        """ "สำนักงานพัฒนาชุมชนอำเภอ… จังหวัด…", or "" when the office is not set up."""
        if self.district:
            return f"สำนักงานพัฒนาชุมชนอำเภอ{self.district} จังหวัด{self.province}"
        return f"สำนักงานพัฒนาชุมชนจังหวัด{self.province}" if self.province else ""


def office_names(session: Session) -> OfficeNames:
    province = session.get(Province, province_office_code(session))
    if province is not None:
        return OfficeNames("", province.name_th)
    district = session.get(District, get_setting(session, OFFICE_DISTRICT))
    if district is None:
        return OfficeNames("", "")
    return OfficeNames(district.name_th, district.province.name_th)


# The project sheet -------------------------------------------------------------------------
