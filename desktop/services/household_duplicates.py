"""Duplicates found while typing: a national ID or house code already used, a likely
duplicate person (same first and last name and birth date).

An ID or house code used by another household blocks the save (the database would refuse
it); one repeated inside the draft is blocking too (validation reports it as well); a
likely duplicate person only warns.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from db.models import Household, Member, Village
from desktop.services.household_draft import HouseholdDraft, clean_name, member_path
from desktop.services.household_rules import HOUSE_CODE_LENGTH, clean_house_code
from desktop.services.household_store import person_name, read_be_date
from desktop.services.thai_collation import thai_sort_key
from desktop.services.thai_id import ID_LENGTH, clean_national_id


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

    def in_other_household(self, draft: HouseholdDraft) -> bool:
        return self.household_id != (draft.id or 0)


def find_duplicates(session: Session, draft: HouseholdDraft) -> list[DuplicateMatch]:
    """Matches in other households and inside the draft, in form order."""
    own_id = draft.id or 0
    own_village = session.get(Village, draft.village_code) if draft.village_code else None
    own_village_name = own_village.name_th if own_village is not None else ""

    def elsewhere(column: ColumnElement[int]) -> ColumnElement[bool]:
        return column != own_id

    def in_draft(kind: str, path: str, other_index: int, blocking: bool) -> DuplicateMatch:
        return DuplicateMatch(
            kind,
            path,
            own_id,
            draft.key or "",
            draft.house_no,
            own_village_name,
            person_name(draft.members[other_index]),
            blocking,
        )

    matches: list[DuplicateMatch] = []
    house_code = clean_house_code(draft.house_code)
    if len(house_code) == HOUSE_CODE_LENGTH and house_code.isdecimal():
        rows = session.execute(
            select(Household, Village.name_th)
            .join(Village, Village.code == Household.village_code)
            .where(Household.house_code == house_code, elsewhere(Household.id))
        )
        for household, village_name in rows:
            matches.append(
                DuplicateMatch(
                    "house_code", "house_code", household.id, household.key,
                    household.house_no, village_name, "", True,
                )
            )  # fmt: skip
    ids_seen: dict[str, int] = {}
    people_seen: dict[tuple[str, str, object], int] = {}
    for index, member in enumerate(draft.members):
        path = member_path(index, "national_id")
        national_id = clean_national_id(member.national_id)
        if len(national_id) == ID_LENGTH and national_id.isdecimal():
            if national_id in ids_seen:
                matches.append(in_draft("national_id", path, ids_seen[national_id], True))
            ids_seen.setdefault(national_id, index)
            condition = Member.national_id == national_id
            matches += _member_matches(session, "national_id", path, condition, own_id, True)
        first, last = clean_name(member.first_name), clean_name(member.last_name)
        birth = read_be_date(member.birth_date)
        if not first or birth is None:
            continue
        path = member_path(index, "first_name")
        person = (first, last, birth)
        if person in people_seen:
            matches.append(in_draft("person", path, people_seen[person], False))
        people_seen.setdefault(person, index)
        condition = (  # the name key (as the model defines it) lets the index find them
            (Member.name_key == thai_sort_key(f"{first} {last}".strip()))
            & (Member.first_name == first)
            & (Member.last_name == last)
            & (Member.birth_date == birth)
        )
        matches += _member_matches(session, "person", path, condition, own_id, False)
    return matches


def _member_matches(
    session: Session,
    kind: str,
    path: str,
    condition: ColumnElement[bool],
    own_id: int,
    blocking: bool,
) -> list[DuplicateMatch]:
    rows = session.execute(
        select(Member, Household, Village.name_th)
        .join(Household, Household.id == Member.household_id)
        .join(Village, Village.code == Household.village_code)
        .where(condition, Member.household_id != own_id)
        .order_by(Household.key, Member.seq)
    )
    return [
        DuplicateMatch(
            kind, path, household.id, household.key, household.house_no,
            village_name, person_name(member), blocking,
        )
        for member, household, village_name in rows
    ]  # fmt: skip
