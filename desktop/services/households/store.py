"""A household's database rows, inside the caller's session (one transaction): loading one
into a draft (dates as BE text, satang as baht text), the district's next household key,
the fields the change log records, and the name keys duplicates are found by.

Writing a draft back is desktop/services/households/write.py; the change-log rows it adds go
through desktop/services/safety/change_writer.py.
"""

from __future__ import annotations

import datetime as dt
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
    MemberDraft,
    StageEntry,
    clean_name,
    format_baht,
)
from desktop.services.households.indicator_sets import blank_answers, indicator_set_for
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
    last = session.scalar(
        select(Household.key)
        .where(
            Household.key >= prefix,
            Household.key < f"{district_code}.",  # "." follows "-"
            Household.key.op("GLOB")(prefix + "[0-9]" * SERIAL_DIGITS),
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


# Reading ----------------------------------------------------------------------------

# A household's members and their income lines, in one query each (not one per member).
MEMBERS_AND_INCOMES = (selectinload(Household.members).selectinload(Member.income_lines),)


def _be(value: dt.date | None) -> str:
    return "" if value is None else format_be_date(value)


def load_draft(session: Session, household_id: int, *, today: dt.date) -> HouseholdDraft:
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
    answers = blank_answers(session, indicator_set)
    for answer in answers:
        result = results.get(answer.indicator_id)
        if result is not None:
            answer.status = result.status
            answer.verified_by = result.verified_by
            answer.verified_on = _be(result.verified_on)
    stages = session.scalars(
        select(StageAssessment)
        .where(StageAssessment.household_id == household_id)
        .order_by(StageAssessment.assessed_on, StageAssessment.id)
    )
    return HouseholdDraft(
        id=household.id,
        key=household.key,
        subdistrict_code=household.village_code[:6],
        village_code=household.village_code,
        house_no=household.house_no,
        house_code=household.house_code or "",
        source_list=household.source_list,
        has_welfare_card=household.has_welfare_card,
        welfare_registered=household.welfare_registered,
        members=[_member_draft(member, survey_year) for member in household.members],
        survey_year=survey_year,
        indicators=answers,
        stages=[
            StageEntry(s.id, s.stage, _be(s.assessed_on), s.assessor, s.reason) for s in stages
        ],
        notes=household.notes,
    )


def _member_draft(member: Member, survey_year: int) -> MemberDraft:
    lines = sorted(
        (line for line in member.income_lines if line.survey_year == survey_year),
        key=lambda line: line.id,
    )
    return MemberDraft(
        id=member.id,
        title=member.title,
        first_name=member.first_name,
        last_name=member.last_name,
        national_id=member.national_id or "",
        sex=member.sex or "",
        birth_date=_be(member.birth_date),
        relation=member.relation,
        is_head=member.is_head,
        education_status=member.education_status,
        education_level=member.education_level,
        literate=member.literate,
        occupation_main=member.occupation_main,
        occupation_second=member.occupation_second,
        disability=member.disability,
        chronic_illness=member.chronic_illness,
        bedridden=member.bedridden,
        welfare_card=member.welfare_card,
        lives_here=member.lives_here,
        incomes=[
            IncomeDraft(
                line.category,
                format_baht(line.amount_satang),
                format_baht(line.cost_satang) if line.cost_satang else "",
            )
            for line in lines
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
MEMBER_FIELDS = tuple(field for field in MemberDraft.__dataclass_fields__ if field != "incomes")[1:]
INCOME_FIELDS = ("survey_year", "category", "amount_satang", "cost_satang")
RESULT_FIELDS = ("indicator_id", "survey_year", "status", "verified_by", "verified_on")
STAGE_FIELDS = ("stage", "assessed_on", "assessor", "reason")


def person_name(member: Member | MemberDraft) -> str:
    return clean_name(f"{member.first_name} {member.last_name}")


# ``thai_sort_key`` of a "first last" name (``members.name_key``), remembered: the form asks
# for the same names on every keystroke pause and again when it saves.
name_key = lru_cache(maxsize=1024)(thai_sort_key)
