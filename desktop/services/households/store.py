"""Household draft ⇄ database rows, inside the caller's session (one transaction).

Reading turns dates into BE text and satang into baht text; writing inserts, updates and
deletes by id, and adds a change-log row for every changed field of every record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from db.base import Base
from db.models import (
    ChangeLog,
    Household,
    IncomeLine,
    Indicator,
    IndicatorResult,
    IndicatorSet,
    IndicatorThreshold,
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
from desktop.services.safety import change_rows
from desktop.services.thai import (
    InvalidThaiDate,
    format_be_date,
    parse_be_date,
    thai_sort_key,
    to_be_year,
)

INCOME_INDICATOR = 22
SERIAL_DIGITS = 6  # of a household key's serial
DEFAULT_INCOME_THRESHOLD = 38000  # baht per person per year, used when no setting exists


class HouseholdNotFound(LookupError):
    def __init__(self, household_id: int) -> None:
        super().__init__(f"no household with id {household_id}")
        self.household_id = household_id


# Reference data ---------------------------------------------------------------------


def indicator_set_for(session: Session, survey_year: int) -> IndicatorSet | None:
    """The indicator set whose years cover ``survey_year``, else the newest one."""
    sets = list(session.scalars(select(IndicatorSet).order_by(IndicatorSet.first_year.desc())))
    covering = [s for s in sets if s.first_year <= survey_year <= s.last_year]
    return (covering or sets or [None])[0]


def income_threshold_for(session: Session, survey_year: int) -> int:
    """Indicator 22's threshold for the year, else the set's default, else 38,000."""
    indicator_set = indicator_set_for(session, survey_year)
    if indicator_set is None:
        return DEFAULT_INCOME_THRESHOLD
    rows = session.execute(
        select(IndicatorThreshold.survey_year, IndicatorThreshold.value)
        .join(Indicator, Indicator.id == IndicatorThreshold.indicator_id)
        .where(Indicator.set_id == indicator_set.id, Indicator.number == INCOME_INDICATOR)
    ).all()
    by_year = {year: value for year, value in rows}
    return by_year.get(survey_year, by_year.get(None, DEFAULT_INCOME_THRESHOLD))


def blank_answers(session: Session, indicator_set: IndicatorSet | None) -> list[IndicatorAnswer]:
    """The set's TPMAP indicators, unanswered, by number."""
    if indicator_set is None:
        return []
    return [
        IndicatorAnswer(i.id, i.number, i.dimension, i.text_th, i.text_en)
        for i in indicator_set.indicators
        if i.tpmap
    ]


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


def values_of(record: object, fields: Iterable[str]) -> dict[str, object]:
    return {name: getattr(record, name) for name in fields}


NewValues = Mapping[str, object] | Callable[[], Mapping[str, object]]


@dataclass
class ChangeWriter:
    """Collects one save's change-log rows (all with the same time) and inserts them
    together on ``flush``, in the order written; ``count`` counts the rows inserted."""

    session: Session
    user_name: str
    at: dt.datetime
    count: int = 0
    _pending: list[tuple[str, str, int | Base, Mapping[str, object], NewValues]] = field(
        default_factory=list
    )

    def write(
        self,
        action: str,
        table: str,
        record: int | Base,
        old: Mapping[str, object],
        new: NewValues,
    ) -> None:
        """``record`` is the record's id, or its row, whose id is read on ``flush`` (a new
        row gets one when the session flushes); ``new`` may be a function called then."""
        self._pending.append((action, table, record, old, new))

    def flush(self) -> None:
        """Insert the rows written since the last flush (the session flushed first)."""
        rows: list[dict[str, object]] = []
        for action, table, record, old, new in self._pending:
            rows += change_rows(
                user_name=self.user_name,
                table_name=table,
                record_id=record if isinstance(record, int) else record.id,  # type: ignore[attr-defined]
                old=old,
                new=new() if callable(new) else new,
                action=action,
                at=self.at,
            )
        self._pending.clear()
        if rows:
            self.session.execute(insert(ChangeLog), rows)
        self.count += len(rows)


def read_be_date(text: str) -> dt.date | None:
    """A validated BE date text as a date; blank (or unreadable) is None."""
    try:
        return parse_be_date(text)
    except InvalidThaiDate:
        return None


def person_name(member: Member | MemberDraft) -> str:
    return clean_name(f"{member.first_name} {member.last_name}")


# ``thai_sort_key`` of a "first last" name (``members.name_key``), remembered: the form asks
# for the same names on every keystroke pause and again when it saves.
name_key = lru_cache(maxsize=1024)(thai_sort_key)
