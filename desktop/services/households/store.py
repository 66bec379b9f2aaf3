"""A household's database rows, inside the caller's session (one transaction): loading one
as a typed record, or as the form's draft (dates as BE text, satang as baht text) made from
that record, the district's next household key,
the fields the change log records, and the name keys duplicates are found by.

Writing a draft back is desktop/services/households/write.py; the change-log rows it adds go
through desktop/services/safety/change_writer.py.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Household,
    IncomeLine,
    Indicator,
    IndicatorResult,
    Member,
    StageAssessment,
)
from desktop.services.households.draft import (
    HouseholdDraft,
    IncomeDraft,
    IndicatorAnswer,
    MemberDraft,
    StageEntry,
    clean_name,
    format_baht,
)
from desktop.services.households.indicator_sets import blank_answers, indicator_set_for
from desktop.services.households.record import (
    AnswerRecord,
    HouseholdRecord,
    IncomeRecord,
    MemberRecord,
    StageRecord,
)
from desktop.services.safety import SaveStamp, last_change
from desktop.services.thai import (
    format_be_date,
    thai_sort_key,
    to_be_year,
)

SERIAL_DIGITS = 6  # of a household key's serial


class HouseholdNotFound(LookupError):
    def __init__(self, household_id: int) -> None:
        super().__init__(f"no household with id {household_id}")
        self.household_id = household_id


def next_household_key(session: Session, district_code: str) -> str:
    """``"{district}-{serial:06d}"``, one past the highest six-digit serial of the district.

    That is the district's last six-digit key in the key index: one key is read, not all
    of them (a tenth of a second at 100,000 households). Keys of another shape, which none
    of this app's writers makes, do not count; a six-digit key never equals one of them.
    Past 999,999 the highest serial of every key is taken.
    """
    prefix = f"{district_code}-"
    if session.get_bind().dialect.name == "postgresql":
        six_digits = Household.key.regexp_match(f"^{re.escape(prefix)}[0-9]{{{SERIAL_DIGITS}}}$")
    else:
        six_digits = Household.key.op("GLOB")(prefix + "[0-9]" * SERIAL_DIGITS)
    last = session.scalar(
        select(Household.key)
        .where(
            Household.key >= prefix,
            Household.key < f"{district_code}.",  # "." follows "-"
            six_digits,
        )
        .order_by(Household.key.desc())
        .limit(1)
    )
    serial = int(last[len(prefix) :]) + 1 if last else 1
    if serial < 10**SERIAL_DIGITS:
        return f"{prefix}{serial:0{SERIAL_DIGITS}d}"
    keys = session.scalars(select(Household.key).where(Household.key.startswith(prefix)))
    serials = [int(key[len(prefix) :]) for key in keys if key[len(prefix) :].isdecimal()]
    return f"{prefix}{max(serials, default=0) + 1:0{SERIAL_DIGITS}d}"


def last_household_save(session: Session, household_id: int) -> SaveStamp | None:
    """Who saved the household last, and when: the newest change-log row of it, of its
    members, income lines, answers and stages, or adding or removing one of them or a
    visit (whose summaries name the household)."""
    member_ids = select(Member.id).where(Member.household_id == household_id)
    records = {
        "households": [household_id],
        "members": session.scalars(member_ids).all(),
        "income_lines": session.scalars(
            select(IncomeLine.id).where(IncomeLine.member_id.in_(member_ids))
        ).all(),
        "indicator_results": session.scalars(
            select(IndicatorResult.id).where(IndicatorResult.household_id == household_id)
        ).all(),
        "stage_assessments": session.scalars(
            select(StageAssessment.id).where(StageAssessment.household_id == household_id)
        ).all(),
    }
    owner = (f'"household_id": "{household_id}"', VERSIONED_CHILDREN)
    return last_change(session, records, owner)


# The tables whose rows a household's version covers, besides its own.
VERSIONED_CHILDREN = (
    "members",
    "income_lines",
    "indicator_results",
    "stage_assessments",
    "follow_up_visits",
)


# Reading ----------------------------------------------------------------------------

# A household's members and their income lines, in one query each (not one per member).
MEMBERS_AND_INCOMES = (selectinload(Household.members).selectinload(Member.income_lines),)


def _be(value: dt.date | None) -> str:
    return "" if value is None else format_be_date(value)


def load_draft(session: Session, household_id: int, *, today: dt.date) -> HouseholdDraft:
    """The household as the form shows it: its record's values as text."""
    return draft_of(load_record(session, household_id, today=today))


def load_record(session: Session, household_id: int, *, today: dt.date) -> HouseholdRecord:
    """The household's values: the latest survey year's answers and incomes (else the
    BE year of ``today``), its members in order and every stage, oldest first."""
    household = session.get(Household, household_id, options=MEMBERS_AND_INCOMES)
    if household is None:
        raise HouseholdNotFound(household_id)
    member_ids = [member.id for member in household.members]
    years = [
        session.scalar(
            select(func.max(IndicatorResult.survey_year)).where(
                IndicatorResult.household_id == household_id
            )
        ),
        session.scalar(
            select(func.max(IncomeLine.survey_year)).where(IncomeLine.member_id.in_(member_ids))
        ),
    ]
    survey_year = max((year for year in years if year), default=to_be_year(today.year))
    results = {
        result.indicator_id: result
        for result in session.scalars(
            select(IndicatorResult).where(
                IndicatorResult.household_id == household_id,
                IndicatorResult.survey_year == survey_year,
            )
        )
    }
    answered = session.get(Indicator, next(iter(results))) if results else None
    # The set the answers were given in, else the one of the year.
    indicator_set = answered.indicator_set if answered else indicator_set_for(session, survey_year)
    answers = []
    for blank in blank_answers(session, indicator_set):
        result = results.get(blank.indicator_id)
        given = (
            (result.status, result.verified_by, result.verified_on) if result else ("", "", None)
        )
        answers.append(
            AnswerRecord(
                blank.indicator_id, blank.number, blank.dimension, blank.text_th, blank.text_en,
                *given,
            )
        )  # fmt: skip
    stages = session.scalars(
        select(StageAssessment)
        .where(StageAssessment.household_id == household_id)
        .order_by(StageAssessment.assessed_on, StageAssessment.id)
    )
    return HouseholdRecord(
        id=household.id,
        key=household.key,
        subdistrict_code=household.village_code[:6],
        village_code=household.village_code,
        house_no=household.house_no,
        house_code=household.house_code or "",
        source_list=household.source_list,
        has_welfare_card=household.has_welfare_card,
        welfare_registered=household.welfare_registered,
        members=tuple(_member_record(member, survey_year) for member in household.members),
        survey_year=survey_year,
        indicators=tuple(answers),
        stages=tuple(
            StageRecord(s.id, s.stage, s.assessed_on, s.assessor, s.reason, blank=False)
            for s in stages
        ),
        notes=household.notes,
        version=household.version,
    )


def _member_record(member: Member, survey_year: int) -> MemberRecord:
    lines = sorted(
        (line for line in member.income_lines if line.survey_year == survey_year),
        key=lambda line: line.id,
    )
    values = {name: getattr(member, name) for name in MEMBER_FIELDS}
    incomes = tuple(
        IncomeRecord(line.category, line.amount_satang, line.cost_satang) for line in lines
    )
    return MemberRecord(id=member.id, **values, incomes=incomes)


def draft_of(record: HouseholdRecord) -> HouseholdDraft:
    """The record as the form's text: dates in BE, baht with thousands separators."""
    return HouseholdDraft(
        id=record.id,
        key=record.key,
        subdistrict_code=record.subdistrict_code,
        village_code=record.village_code,
        house_no=record.house_no,
        house_code=record.house_code,
        source_list=record.source_list,
        has_welfare_card=record.has_welfare_card,
        welfare_registered=record.welfare_registered,
        members=[_member_draft(member) for member in record.members],
        survey_year=record.survey_year,
        indicators=[_answer_draft(answer) for answer in record.indicators],
        stages=[
            StageEntry(s.id, s.stage, _be(s.assessed_on), s.assessor, s.reason)
            for s in record.stages
        ],
        notes=record.notes,
        version=record.version,
    )


def _answer_draft(answer: AnswerRecord) -> IndicatorAnswer:
    return IndicatorAnswer(
        answer.indicator_id,
        answer.number,
        answer.dimension,
        answer.text_th,
        answer.text_en,
        answer.status,
        answer.verified_by,
        _be(answer.verified_on),
    )


def _member_draft(member: MemberRecord) -> MemberDraft:
    values = {name: getattr(member, name) for name in MEMBER_FIELDS}
    return MemberDraft(
        id=member.id,
        **values
        | {
            "national_id": member.national_id or "",
            "sex": member.sex or "",
            "birth_date": _be(member.birth_date),
        },
        incomes=[
            IncomeDraft(
                line.category,
                format_baht(line.amount_satang or 0),
                format_baht(line.cost_satang) if line.cost_satang else "",
            )
            for line in member.incomes
        ],
    )


# The change log of one save -----------------------------------------------------------

HOUSEHOLD_FIELDS = (
    "key",
    "house_code",
    "house_no",
    "village_code",
    "source_list",
    "has_welfare_card",
    "welfare_registered",
    "current_stage",
    "last_verified_on",
    "notes",
)
# The members table's fields the form edits: the record's, but its id and income lines.
MEMBER_FIELDS = tuple(name for name in MemberRecord.__dataclass_fields__ if name != "incomes")[1:]
INCOME_FIELDS = ("survey_year", "category", "amount_satang", "cost_satang")
RESULT_FIELDS = ("indicator_id", "survey_year", "status", "verified_by", "verified_on")
STAGE_FIELDS = ("stage", "assessed_on", "assessor", "reason")


def person_name(member: Member | MemberDraft | MemberRecord) -> str:
    return clean_name(f"{member.first_name} {member.last_name}")


# ``thai_sort_key`` of a "first last" name (``members.name_key``), remembered: the form asks
# for the same names on every keystroke pause and again when it saves.
name_key = lru_cache(maxsize=1024)(thai_sort_key)
