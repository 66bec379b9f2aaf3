"""Duplicates found while typing: a national ID or house code already used, a likely
duplicate person (same first and last name and birth date).

An ID or house code used by another household blocks the save (the database would refuse
it); one repeated inside the draft is blocking too (validation reports it as well); a
likely duplicate person only warns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from db.models import Household, Member, Village
from desktop.services.households.draft import HouseholdDraft, clean_name, member_path
from desktop.services.households.record import HouseholdRecord
from desktop.services.households.store import name_key, person_name


@dataclass(frozen=True)
class DuplicateMatch:
    kind: str  # "national_id" | "house_code" | "person"
    field: str  # the draft path it concerns, e.g. "members[1].national_id" or "house_code"
    household_id: int  # the draft's own id (0 when new) for a match inside the draft
    household_key: str
    house_no: str
    village_name: str
    person_name: str  # the matching person's "first last" ("" for house_code)
    blocking: bool  # ID/house code used in ANOTHER household (or twice in the draft)

    def in_other_household(self, household: HouseholdDraft | HouseholdRecord) -> bool:
        return self.household_id != (household.id or 0)


def find_duplicates(session: Session, record: HouseholdRecord) -> list[DuplicateMatch]:
    """Matches in other households and inside the record, in form order.

    Three queries at most, whatever the household's size: the house code, all the record's
    national IDs at once, all its likely-same persons at once (by name key); a fourth
    reads the record's village name when the draft repeats an ID or a person.
    """
    own_id = record.id or 0
    village_names: list[str] = []  # the record's own village, read when first needed

    def in_record(kind: str, path: str, other_index: int, blocking: bool) -> DuplicateMatch:
        if not village_names:
            village = session.get(Village, record.village_code) if record.village_code else None
            village_names.append(village.name_th if village is not None else "")
        return DuplicateMatch(
            kind, path, own_id, record.key or "", record.house_no, village_names[0],
            person_name(record.members[other_index]), blocking,
        )  # fmt: skip

    matches: list[DuplicateMatch] = []
    if record.house_code:
        parameters = {"house_code": record.house_code, "own_id": own_id}
        rows = session.execute(_BY_HOUSE_CODE, parameters)
        matches += [DuplicateMatch("house_code", "house_code", *row, "", True) for row in rows]
    national_ids = [member.national_id for member in record.members]
    people: list[tuple[bytes, str, str, date] | None] = []
    for member in record.members:
        first, last, birth = member.first_name, member.last_name, member.birth_date
        known = first and birth is not None
        people.append((name_key(member.full_name), first, last, birth) if known else None)
    by_id = _other_members(session, _BY_NATIONAL_ID, {i for i in national_ids if i}, own_id)
    by_person = _other_members(session, _BY_NAME_KEY, {p[0] for p in people if p}, own_id)
    ids_seen: dict[str, int] = {}
    people_seen: dict[tuple[str, str, date], int] = {}
    for index, (national_id, person) in enumerate(zip(national_ids, people, strict=True)):
        if national_id is not None:
            path = member_path(index, "national_id")
            if national_id in ids_seen:
                matches.append(in_record("national_id", path, ids_seen[national_id], True))
            ids_seen.setdefault(national_id, index)
            matches += [
                DuplicateMatch("national_id", path, *found, True)
                for found in by_id.get(national_id, ())
            ]
        if person is None:
            continue
        path = member_path(index, "first_name")
        if person[1:] in people_seen:
            matches.append(in_record("person", path, people_seen[person[1:]], False))
        people_seen.setdefault(person[1:], index)
        matches += [
            DuplicateMatch("person", path, *found, False) for found in by_person.get(person, ())
        ]
    return matches


_Found = tuple[int, str, str, str, str]  # household id, key, house no, village, person name

_BY_HOUSE_CODE = (
    select(Household.id, Household.key, Household.house_no, Village.name_th)
    .join(Village, Village.code == Household.village_code)
    .where(Household.house_code == bindparam("house_code"), Household.id != bindparam("own_id"))
)
_MEMBERS = (
    select(
        Member.national_id, Member.name_key, Member.first_name, Member.last_name,
        Member.birth_date, Household.id, Household.key, Household.house_no, Village.name_th,
    )
    .join(Household, Household.id == Member.household_id)
    .join(Village, Village.code == Household.village_code)
    .where(Member.household_id != bindparam("own_id"))
    .order_by(Household.key, Member.seq)
)  # fmt: skip
_BY_NATIONAL_ID = _MEMBERS.where(Member.national_id.in_(bindparam("values", expanding=True)))
_BY_NAME_KEY = _MEMBERS.where(Member.name_key.in_(bindparam("values", expanding=True)))


def _other_members(
    session: Session, statement: Select[Any], values: set[Any], own_id: int
) -> dict[Any, list[_Found]]:
    """Members of other households with one of the national IDs or name keys ``values``,
    keyed by national ID (``_BY_NATIONAL_ID``) or by (name key, first name, last name,
    birth date) (``_BY_NAME_KEY``); each list in household key, then member order."""
    if not values:
        return {}
    found: dict[Any, list[_Found]] = {}
    by_id = statement is _BY_NATIONAL_ID
    rows = session.execute(statement, {"values": list(values), "own_id": own_id})
    for national_id, sort_key, first, last, birth, *household in rows:
        key = national_id if by_id else (sort_key, first, last, birth)
        found.setdefault(key, []).append((*household, clean_name(f"{first} {last}")))
    return found
