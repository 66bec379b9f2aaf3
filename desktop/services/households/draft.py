"""The plain, mutable household the form edits, and the field paths problems point at.

Identifiers, dates and money stay exactly as the clerk typed them, so validation can
point at the text on screen. Codes (title, relation, occupation...) are code-list codes.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date

from desktop.services.thai import normalize_digits

HEAD_RELATION = "head"


@dataclass
class IncomeDraft:
    category: str = ""  # code of code list "income_category"
    amount: str = ""  # baht per year as typed ("45,000", "๔๕๐๐๐", "1200.50")
    cost: str = ""  # production cost, baht, optional

    def is_blank(self) -> bool:
        """A row the clerk added but left empty: ignored, not an error."""
        return not (self.category.strip() or self.amount.strip() or self.cost.strip())


@dataclass
class MemberDraft:
    id: int | None = None
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    national_id: str = ""  # as typed
    sex: str = ""  # "M" | "F" | ""
    birth_date: str = ""  # BE text as typed, "15/03/2510" (also "15 มี.ค. 2510")
    relation: str = ""  # code of "relation"; "head" for the head
    is_head: bool = False
    education_status: str = ""
    education_level: str = ""
    literate: bool | None = None
    occupation_main: str = ""
    occupation_second: str = ""
    disability: bool = False
    chronic_illness: bool = False
    bedridden: bool = False
    welfare_card: bool = False
    lives_here: bool = True
    incomes: list[IncomeDraft] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return clean_name(f"{self.first_name} {self.last_name}")


@dataclass
class IndicatorAnswer:
    indicator_id: int
    number: int
    dimension: str
    text_th: str
    text_en: str
    status: str = ""  # "passed" | "failed" | "na" | "" (not answered yet)
    verified_by: str = ""
    verified_on: str = ""  # BE date text


@dataclass
class StageEntry:
    id: int | None = None
    stage: str = ""  # "survival" | "sufficiency" | "sustainable"
    assessed_on: str = ""  # BE date text
    assessor: str = ""
    reason: str = ""

    def is_blank(self) -> bool:
        """A row the clerk added but left empty: ignored, not an error."""
        typed = (self.stage, self.assessed_on, self.assessor, self.reason)
        return not any(text.strip() for text in typed)


@dataclass
class HouseholdDraft:
    id: int | None = None
    key: str | None = None
    subdistrict_code: str = ""
    village_code: str = ""
    house_no: str = ""
    house_code: str = ""
    source_list: str = "tpmap"
    has_welfare_card: bool = False
    welfare_registered: bool = False
    members: list[MemberDraft] = field(default_factory=list)
    survey_year: int = 0  # BE; default: the BE year of today
    indicators: list[IndicatorAnswer] = field(default_factory=list)  # all 17, by number
    stages: list[StageEntry] = field(default_factory=list)  # oldest first
    notes: str = ""
    version: int | None = None  # the stored version this draft was loaded at; None: new

    def head(self) -> MemberDraft | None:
        """The one member marked head, or None when there is none or more than one."""
        heads = [member for member in self.members if member.is_head]
        return heads[0] if len(heads) == 1 else None


def clean_name(text: str) -> str:
    """A name as stored: runs of white space collapsed, ends trimmed."""
    return " ".join(text.split())


# Field paths, as the UI maps them to widgets.
MEMBERS = "members"
MEMBERS_HEAD = "members.head"


def member_path(index: int, name: str) -> str:
    return f"members[{index}].{name}"


def income_path(member_index: int, line_index: int, name: str) -> str:
    return f"members[{member_index}].incomes[{line_index}].{name}"


def indicator_path(number: int, name: str) -> str:
    """Indicators are addressed by their number in the set: ``indicators[22].status``."""
    return f"indicators[{number}].{name}"


def stage_path(index: int, name: str) -> str:
    return f"stages[{index}].{name}"


# Reading the typed text ---------------------------------------------------------------

SATANG_PER_BAHT = 100
_MONEY_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
_MONEY_NOISE = str.maketrans("", "", " \u00a0\u200b\t")
_BAHT_WORDS = ("บาท", "฿")


class MoneyProblem(enum.Enum):
    FORMAT = "format"
    DECIMALS = "decimals"  # more than 2 digits after the point


class InvalidMoney(ValueError):
    def __init__(self, reason: MoneyProblem, text: str) -> None:
        super().__init__(f"invalid amount ({reason.value}): {text!r}")
        self.reason = reason
        self.text = text


def parse_baht(text: str) -> int:
    """Satang of a typed baht amount: ``"45,000"``, ``"๔๕๐๐๐"``, ``"1200.50"``, ``"300 บาท"``.

    Thai digits, spaces and correctly grouped thousands separators are accepted; a
    negative or malformed amount raises FORMAT, more than 2 decimals raises DECIMALS.
    Blank text is 0.
    """
    cleaned = normalize_digits(text).translate(_MONEY_NOISE)
    for word in _BAHT_WORDS:
        cleaned = cleaned.removeprefix(word).removesuffix(word)
    if not cleaned:
        return 0
    match = _MONEY_RE.fullmatch(cleaned)
    if match is None:
        raise InvalidMoney(MoneyProblem.FORMAT, text)
    whole, fraction = match[1].replace(",", ""), match[2] or ""
    if len(fraction) > 2:
        raise InvalidMoney(MoneyProblem.DECIMALS, text)
    return int(whole) * SATANG_PER_BAHT + int(fraction.ljust(2, "0"))


def format_baht(satang: int) -> str:
    """Baht text as the form shows it: ``"45,000"``, ``"1,200.50"``."""
    baht, rest = divmod(satang, SATANG_PER_BAHT)
    return f"{baht:,}" if rest == 0 else f"{baht:,}.{rest:02d}"


def age_on(birth: date, today: date) -> int:
    """Age in completed years on ``today`` (negative for a birth date still to come)."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
