"""Two clerks' versions of one household, field by field: what differs between the draft a
clerk is saving (mine) and the household as another clerk saved it since (theirs), and
the draft made of theirs with the values the clerk chose to keep of mine.

Records are matched by id (members, stage entries) and indicators by their number. A
member or stage entry that only one side has (added, or removed) is one difference of its
own; a member's income lines are one difference together. Each difference says whether
the clerk changed it since loading (against ``base``, the draft as loaded): that is the
value the compare dialog offers to keep, the other clerk's otherwise.

No database and no Qt: the values are the drafts' own (codes, BE text, flags).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from desktop.services.households.draft import (
    HouseholdDraft,
    IncomeDraft,
    IndicatorAnswer,
    MemberDraft,
    StageEntry,
)

__all__ = ["FieldDifference", "differences", "merged"]

HOUSEHOLD_FIELDS = (
    "village_code",
    "house_no",
    "house_code",
    "source_list",
    "has_welfare_card",
    "welfare_registered",
    "survey_year",
    "notes",
)
MEMBER_FIELDS = tuple(
    name for name in MemberDraft.__dataclass_fields__ if name not in ("id", "incomes")
)
ANSWER_FIELDS = ("status", "verified_by", "verified_on")
STAGE_FIELDS = ("stage", "assessed_on", "assessor", "reason")
INCOMES = "incomes"
MEMBER = "member"  # a whole member, present on one side only
STAGE = "stage_entry"  # a whole stage entry, on one side only or different

Value = object  # a draft's value: text, a flag, a number; None where the side has none


@dataclass(frozen=True)
class FieldDifference:
    """One field whose value differs. ``path`` says where (``house_no``,
    ``members[id=12].first_name``, ``indicators[22].status``, ``stages[id=3]``);
    ``field`` is its name for a label (a field name, ``incomes``, ``member`` or
    ``stage_entry``); ``subject`` whose it is (a member's name, an indicator's number,
    "" for the household). A whole member or stage entry is the record itself, None on
    the side that has none."""

    path: str
    field: str
    subject: str
    mine: Value
    theirs: Value
    mine_changed: bool  # the clerk changed it since loading: offered as kept


def differences(
    base: HouseholdDraft | None, mine: HouseholdDraft, theirs: HouseholdDraft
) -> list[FieldDifference]:
    """Every difference between ``mine`` and ``theirs``, in the form's order: the
    household, members, indicators, stages. Without ``base`` every difference counts as
    the clerk's change."""

    def changed(read: Callable[[HouseholdDraft], Value]) -> bool:
        return base is None or read(base) != read(mine)

    found: list[FieldDifference] = []
    for name in HOUSEHOLD_FIELDS:
        if getattr(mine, name) != getattr(theirs, name):

            def read(draft: HouseholdDraft, name: str = name) -> Value:
                return getattr(draft, name)

            found.append(FieldDifference(name, name, "", read(mine), read(theirs), changed(read)))
    found += _member_differences(base, mine, theirs)
    found += _answer_differences(base, mine, theirs)
    found += _stage_differences(base, mine, theirs)
    return found


def _by_id(records: list[MemberDraft] | list[StageEntry]) -> dict[int, object]:
    return {record.id: record for record in records if record.id is not None}


def _member_differences(
    base: HouseholdDraft | None, mine: HouseholdDraft, theirs: HouseholdDraft
) -> list[FieldDifference]:
    found: list[FieldDifference] = []
    base_members = _by_id(base.members) if base is not None else {}
    their_members: dict[int, MemberDraft] = _by_id(theirs.members)  # type: ignore[assignment]
    mine_ids = {member.id for member in mine.members if member.id is not None}
    for index, member in enumerate(mine.members):
        path = f"members[id={member.id}]" if member.id is not None else f"members[new={index}]"
        other = their_members.get(member.id) if member.id is not None else None
        if other is None:  # added by me, or removed by them
            edited = member.id is None or member != base_members.get(member.id)
            found.append(
                FieldDifference(
                    path,
                    MEMBER,
                    member.full_name,
                    member,
                    None,
                    edited,
                )
            )
            continue
        loaded = base_members.get(member.id)
        for name in MEMBER_FIELDS:
            if getattr(member, name) != getattr(other, name):
                found.append(
                    FieldDifference(
                        f"{path}.{name}",
                        name,
                        member.full_name,
                        getattr(member, name),
                        getattr(other, name),
                        loaded is None or getattr(loaded, name) != getattr(member, name),
                    )
                )
        if member.incomes != other.incomes:
            found.append(
                FieldDifference(
                    f"{path}.{INCOMES}",
                    INCOMES,
                    member.full_name,
                    member.incomes,
                    other.incomes,
                    loaded is None or getattr(loaded, INCOMES) != member.incomes,
                )
            )
    for member in theirs.members:  # added by them, or removed by me
        if member.id not in mine_ids:
            removed_by_me = member.id in base_members
            found.append(
                FieldDifference(
                    f"members[id={member.id}]",
                    MEMBER,
                    member.full_name,
                    None,
                    member,
                    removed_by_me,
                )
            )
    return found


def _answer_differences(
    base: HouseholdDraft | None, mine: HouseholdDraft, theirs: HouseholdDraft
) -> list[FieldDifference]:
    found: list[FieldDifference] = []
    base_answers = {a.number: a for a in base.indicators} if base is not None else {}
    their_answers = {answer.number: answer for answer in theirs.indicators}
    for answer in mine.indicators:
        other = their_answers.get(answer.number)
        if other is None:
            continue  # another indicator set: the survey year's difference says so
        loaded = base_answers.get(answer.number)
        for name in ANSWER_FIELDS:
            if getattr(answer, name) != getattr(other, name):
                found.append(
                    FieldDifference(
                        f"indicators[{answer.number}].{name}",
                        name,
                        str(answer.number),
                        getattr(answer, name),
                        getattr(other, name),
                        loaded is None or getattr(loaded, name) != getattr(answer, name),
                    )
                )
    return found


def _stage_differences(
    base: HouseholdDraft | None, mine: HouseholdDraft, theirs: HouseholdDraft
) -> list[FieldDifference]:
    found: list[FieldDifference] = []
    base_stages = _by_id(base.stages) if base is not None else {}
    their_stages: dict[int, StageEntry] = _by_id(theirs.stages)  # type: ignore[assignment]
    mine_ids = {entry.id for entry in mine.stages if entry.id is not None}
    for index, entry in enumerate(mine.stages):
        if entry.is_blank():
            continue
        other = their_stages.get(entry.id) if entry.id is not None else None
        if other == entry:
            continue
        path = f"stages[id={entry.id}]" if entry.id is not None else f"stages[new={index}]"
        edited = entry.id is None or base_stages.get(entry.id) != entry
        found.append(FieldDifference(path, STAGE, entry.assessed_on, entry, other, edited))
    for entry in theirs.stages:
        if entry.id not in mine_ids:
            found.append(
                FieldDifference(
                    f"stages[id={entry.id}]",
                    STAGE,
                    entry.assessed_on,
                    None,
                    entry,
                    entry.id in base_stages,
                )
            )
    return found


def merged(
    mine: HouseholdDraft,
    theirs: HouseholdDraft,
    found: list[FieldDifference],
    keep_mine: set[str],
) -> HouseholdDraft:
    """A draft of ``theirs`` (its version: saving it overwrites nothing unseen) with my
    value of every difference whose path is in ``keep_mine``."""
    result = copy.deepcopy(theirs)
    for difference in found:
        if difference.path in keep_mine:
            _keep(result, difference)
    return result


def _keep(result: HouseholdDraft, difference: FieldDifference) -> None:
    path, mine = difference.path, difference.mine
    if difference.field == MEMBER:
        _keep_record(result.members, difference)
    elif difference.field == STAGE:
        _keep_record(result.stages, difference)
    elif path.startswith("members["):
        member = _member_with_id(result, path)
        if member is not None:
            setattr(member, difference.field, copy.deepcopy(mine))
    elif path.startswith("indicators["):
        answer = _answer_numbered(result, int(difference.subject))
        if answer is not None:
            setattr(answer, difference.field, mine)
    else:
        setattr(result, difference.field, mine)
        if difference.field == "village_code":
            result.subdistrict_code = str(mine)[:6]


def _keep_record(
    records: list[MemberDraft] | list[StageEntry], difference: FieldDifference
) -> None:
    """My side of a whole member or stage entry: mine added (a copy, inserted anew when
    the other clerk removed it) or, where I have none, theirs removed."""
    theirs = difference.theirs
    if difference.mine is None:
        records[:] = [record for record in records if record is not theirs and record != theirs]  # type: ignore[assignment]
        return
    kept = copy.deepcopy(difference.mine)
    their_ids = {record.id for record in records}
    if kept.id is not None and kept.id in their_ids:  # type: ignore[attr-defined]
        records[:] = [kept if record.id == kept.id else record for record in records]  # type: ignore[assignment, attr-defined]
        return
    kept.id = None  # type: ignore[attr-defined]
    records.append(kept)  # type: ignore[arg-type]


def _member_with_id(result: HouseholdDraft, path: str) -> MemberDraft | None:
    member_id = int(path[len("members[id=") : path.index("]")])
    return next((member for member in result.members if member.id == member_id), None)


def _answer_numbered(result: HouseholdDraft, number: int) -> IndicatorAnswer | None:
    return next((answer for answer in result.indicators if answer.number == number), None)


def income_text(lines: list[IncomeDraft]) -> list[tuple[str, str, str]]:
    """A member's income lines as (category code, amount, cost) for showing."""
    return [(line.category, line.amount, line.cost) for line in lines if not line.is_blank()]
