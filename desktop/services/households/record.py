"""The household as typed values: what the form's text reads as, read once.

A draft (``draft.py``) holds the text the clerk typed, so problems can point at it; the
record holds what that text means: dates, satang, the 13 digits of an ID, codes stripped,
names cleaned. Every service below the form (the rules, the indicator suggestions, the
duplicate search, the writer) works with a record and never parses text again.

A value whose text does not read is None (or "" for an ID or house code), and
``reading_problems`` holds why, under the field's path; a blank value is None with no
problem there. Only a record without blocking problems is ever written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.services.households.problems import Problem


@dataclass(frozen=True)
class IncomeRecord:
    category: str  # code of "income_category", "" when not chosen
    amount_satang: int | None  # 0 when blank; None: does not read
    cost_satang: int | None  # 0 when blank; None: does not read
    amount_given: bool = True  # False: the amount was left blank (it is required)
    blank: bool = False  # a row the clerk added and left empty: ignored


@dataclass(frozen=True)
class MemberRecord:
    """A member as stored: the names of the fields are the ``members`` table's."""

    id: int | None
    title: str
    first_name: str
    last_name: str
    national_id: str | None  # 13 digits passing the checksum; None when blank or wrong
    sex: str | None  # "M" | "F"; None when not given
    birth_date: date | None  # None when blank or wrong
    relation: str
    is_head: bool
    education_status: str
    education_level: str
    literate: bool | None
    occupation_main: str
    occupation_second: str
    disability: bool
    chronic_illness: bool
    bedridden: bool
    welfare_card: bool
    lives_here: bool
    incomes: tuple[IncomeRecord, ...] = ()  # in form order, blank rows included

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class AnswerRecord:
    indicator_id: int
    number: int
    dimension: str
    text_th: str
    text_en: str
    status: str  # "passed" | "failed" | "na" | "" (not answered)
    verified_by: str
    verified_on: date | None


@dataclass(frozen=True)
class StageRecord:
    id: int | None
    stage: str
    assessed_on: date | None
    assessor: str
    reason: str
    blank: bool  # a row the clerk added and left empty: not saved


@dataclass(frozen=True)
class HouseholdRecord:
    id: int | None
    key: str | None
    subdistrict_code: str
    village_code: str
    house_no: str
    house_code: str  # the 11 digits, "" when blank or wrong
    source_list: str
    has_welfare_card: bool
    welfare_registered: bool
    members: tuple[MemberRecord, ...]
    survey_year: int
    indicators: tuple[AnswerRecord, ...]
    stages: tuple[StageRecord, ...]  # oldest first, blank rows included (they keep rows)
    notes: str
    version: int | None = None  # the stored version the draft was loaded at; None: new
    reading_problems: dict[str, Problem] = field(default_factory=dict)  # by field path

    def head(self) -> MemberRecord | None:
        """The one member marked head, or None when there is none or more than one."""
        heads = [member for member in self.members if member.is_head]
        return heads[0] if len(heads) == 1 else None

    def reads(self, path: str) -> bool:
        """Whether the text at ``path`` read (or was blank)."""
        return path not in self.reading_problems
