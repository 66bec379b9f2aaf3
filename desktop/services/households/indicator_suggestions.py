"""Suggested answers for the indicators that member data can decide: nos. 16, 19–22.

The suggestion is only advice: the clerk's verified answer stands. Only members who live
in the household count. Ages are in completed years on ``today`` from the birth dates;
a member whose birth date is blank or did not read is skipped and named in the params
(``skipped_rows``), so the form can say the suggestion may be incomplete.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from desktop.services.households.draft import SATANG_PER_BAHT, age_on
from desktop.services.households.record import HouseholdRecord, MemberRecord

DERIVED_NUMBERS = (16, 19, 20, 21, 22)
STUDYING = "studying"  # code of "education_status"
NOT_AN_OCCUPATION = frozenset({"", "none", "student"})  # codes of "occupation"


class SuggestionReason(enum.Enum):
    ALL_MEET = "all_meet"  # passed; params: count, min_age, max_age, skipped_rows
    SOME_DO_NOT_MEET = "some_do_not_meet"  # failed; + rows (1-based rows that fail)
    NOT_KNOWN_FOR_SOME = "not_known_for_some"  # no suggestion; + rows (literacy unknown)
    NO_ONE_IN_AGE_GROUP = "no_one_in_age_group"  # na; min_age, max_age
    BIRTH_DATES_UNKNOWN = "birth_dates_unknown"  # no suggestion; skipped_rows
    INCOME_AT_OR_ABOVE_THRESHOLD = "income_at_or_above_threshold"  # passed (no. 22)
    INCOME_BELOW_THRESHOLD = "income_below_threshold"  # failed (no. 22)
    INCOME_NOT_READABLE = "income_not_readable"  # no suggestion; rows
    NOBODY_LIVES_HERE = "nobody_lives_here"  # no suggestion (no. 22)


@dataclass(frozen=True)
class Suggestion:
    status: str  # "passed" | "failed" | "na" | "" (no suggestion can be made)
    reason: SuggestionReason
    params: dict[str, str] = field(default_factory=dict)
    value: float | None = None  # no. 22: baht per person per year (stored as derived_value)


@dataclass(frozen=True)
class _Person:
    row: int  # 1-based row in the members table
    member: MemberRecord
    age: int | None  # None: birth date blank or unreadable


def _people(record: HouseholdRecord, today: date) -> list[_Person]:
    people = []
    for index, member in enumerate(record.members):
        if not member.lives_here:
            continue
        birth = member.birth_date
        age = age_on(birth, today) if birth is not None and birth <= today else None
        people.append(_Person(index + 1, member, age))
    return people


def _rows(people: list[_Person]) -> str:
    return ", ".join(str(person.row) for person in people)


def _income_satang(member: MemberRecord) -> int | None:
    """Net yearly income (amounts minus costs); None when a line did not read."""
    total = 0
    for line in member.incomes:
        if line.blank:
            continue
        if line.amount_satang is None or line.cost_satang is None:
            return None
        total += line.amount_satang - line.cost_satang
    return total


def _has_income(member: MemberRecord) -> bool:
    return any(not line.blank and (line.amount_satang or 0) > 0 for line in member.incomes)


def _works(member: MemberRecord) -> bool | None:
    occupations = {member.occupation_main.strip(), member.occupation_second.strip()}
    return bool(occupations - NOT_AN_OCCUPATION) and _has_income(member)


def _age_group(
    people: list[_Person],
    min_age: int,
    max_age: int | None,
    meets: Callable[[MemberRecord], bool | None],
    excluded: Callable[[MemberRecord], bool] = lambda _member: False,
) -> Suggestion:
    skipped = [person for person in people if person.age is None]
    group = [
        person
        for person in people
        if person.age is not None
        and min_age <= person.age
        and (max_age is None or person.age <= max_age)
        and not excluded(person.member)
    ]
    params = {
        "min_age": str(min_age),
        "max_age": "" if max_age is None else str(max_age),
        "count": str(len(group)),
        "skipped_rows": _rows(skipped),
    }
    if not group:
        if skipped:
            return Suggestion("", SuggestionReason.BIRTH_DATES_UNKNOWN, params)
        return Suggestion("na", SuggestionReason.NO_ONE_IN_AGE_GROUP, params)
    verdicts = [(person, meets(person.member)) for person in group]
    failing = [person for person, verdict in verdicts if verdict is False]
    if failing:
        return Suggestion(
            "failed", SuggestionReason.SOME_DO_NOT_MEET, params | {"rows": _rows(failing)}
        )
    unknown = [person for person, verdict in verdicts if verdict is None]
    if unknown:
        return Suggestion(
            "", SuggestionReason.NOT_KNOWN_FOR_SOME, params | {"rows": _rows(unknown)}
        )
    return Suggestion("passed", SuggestionReason.ALL_MEET, params)


def _income_per_person(people: list[_Person], threshold: int) -> Suggestion:
    params = {"threshold": str(threshold), "members": str(len(people))}
    if not people:
        return Suggestion("", SuggestionReason.NOBODY_LIVES_HERE, params)
    incomes = [(person, _income_satang(person.member)) for person in people]
    unreadable = [person for person, income in incomes if income is None]
    if unreadable:
        return Suggestion(
            "", SuggestionReason.INCOME_NOT_READABLE, params | {"rows": _rows(unreadable)}
        )
    total = sum(income or 0 for _person, income in incomes)
    per_person = total / len(people) / SATANG_PER_BAHT
    params |= {"total": f"{total / SATANG_PER_BAHT:.2f}", "per_person": f"{per_person:.2f}"}
    # Compared in whole satang, so exactly the threshold passes without rounding doubt.
    if total >= threshold * SATANG_PER_BAHT * len(people):
        reason, status = SuggestionReason.INCOME_AT_OR_ABOVE_THRESHOLD, "passed"
    else:
        reason, status = SuggestionReason.INCOME_BELOW_THRESHOLD, "failed"
    return Suggestion(status, reason, params, value=round(per_person, 2))


def suggest_indicators(
    record: HouseholdRecord, *, today: date, income_threshold: int
) -> dict[int, Suggestion]:
    """Suggestions for nos. 16, 19, 20, 21 and 22, keyed by indicator number.

    16: children 6–14 are studying. 19: people 15–59 read and write (unknown literacy
    gives no suggestion). 20: people 15–59, not studying and not bedridden, have an
    occupation (not none/student) and some income. 21: the same for people 60 and over
    (bedridden excluded). 22: the net yearly income (amounts minus costs) of the members
    who live here, divided by their number, reaches ``income_threshold`` baht.
    """
    people = _people(record, today)

    def studying(member: MemberRecord) -> bool:
        return member.education_status == STUDYING

    return {
        16: _age_group(people, 6, 14, studying),
        19: _age_group(people, 15, 59, lambda member: member.literate),
        20: _age_group(people, 15, 59, _works, lambda member: studying(member) or member.bedridden),
        21: _age_group(people, 60, None, _works, lambda member: member.bedridden),
        22: _income_per_person(people, income_threshold),
    }
