"""Mine against theirs, field by field, and the draft made of the values chosen."""

from __future__ import annotations

import copy

from desktop.services.households import HouseholdDraft, MemberDraft
from desktop.services.households.differences import differences, merged
from tests.household_examples import clean_draft


def _loaded() -> HouseholdDraft:
    """The example household as loaded: stored ids, version 4."""
    draft = clean_draft()
    draft.id, draft.key, draft.version = 7, "6701-000007", 4
    for number, member in enumerate(draft.members, start=11):
        member.id = number
    for number, entry in enumerate(draft.stages, start=31):
        entry.id = number
    return draft


def test_only_differing_fields_are_listed_each_marked_whose_change_it_was() -> None:
    base = _loaded()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.house_no, mine.members[1].first_name = "99/9", "สมหญิงของฉัน"
    theirs.notes, theirs.members[1].occupation_main = "ของเขา", "farmer"
    theirs.indicators[0].status, theirs.version = "failed", 5
    found = {d.path: d for d in differences(base, mine, theirs)}
    assert set(found) == {
        "house_no",
        "notes",
        "members[id=12].first_name",
        "members[id=12].occupation_main",
        f"indicators[{base.indicators[0].number}].status",
    }
    assert (found["house_no"].mine, found["house_no"].theirs) == ("99/9", "12/3")
    assert found["house_no"].mine_changed and found["members[id=12].first_name"].mine_changed
    assert not found["notes"].mine_changed  # their change: offered as theirs
    assert found["members[id=12].first_name"].subject == "สมหญิงของฉัน ใจดี"


def test_the_merged_draft_is_theirs_with_the_values_kept_of_mine() -> None:
    base = _loaded()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.house_no, mine.notes = "99/9", "ของฉัน"
    theirs.notes, theirs.house_code, theirs.version = "ของเขา", "67010000002", 5
    found = differences(base, mine, theirs)
    result = merged(mine, theirs, found, {"house_no"})
    assert (result.house_no, result.notes, result.house_code) == ("99/9", "ของเขา", "67010000002")
    assert result.version == 5  # saving it overwrites nothing the clerk has not seen
    everything = merged(mine, theirs, found, {d.path for d in found})
    assert (everything.notes, everything.house_code) == ("ของฉัน", base.house_code)


def test_members_added_and_removed_on_either_side_are_whole_differences() -> None:
    base = _loaded()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    mine.members.append(MemberDraft(first_name="น้องใหม่", last_name="ใจดี", relation="child"))
    del theirs.members[3]  # they removed the grandmother
    found = {d.path: d for d in differences(base, mine, theirs)}
    added, removed = found["members[new=4]"], found["members[id=14]"]
    assert (added.field, added.theirs, added.mine_changed) == ("member", None, True)
    assert (removed.field, removed.theirs, removed.mine_changed) == ("member", None, False)
    kept = merged(mine, theirs, list(found.values()), {"members[new=4]", "members[id=14]"})
    names = [member.first_name for member in kept.members]
    assert names == ["สมชาย", "สมหญิง", "สมปอง", "บุญมา", "น้องใหม่"]
    assert kept.members[3].id is None  # the removed member comes back as a new row
    theirs_only = merged(mine, theirs, list(found.values()), set())
    assert [m.first_name for m in theirs_only.members] == ["สมชาย", "สมหญิง", "สมปอง"]


def test_a_stage_entry_they_added_is_offered_as_theirs() -> None:
    base = _loaded()
    mine, theirs = copy.deepcopy(base), copy.deepcopy(base)
    theirs.stages.append(copy.deepcopy(base.stages[1]))
    theirs.stages[-1].id, theirs.stages[-1].assessed_on = 33, "01/12/2568"
    found = differences(base, mine, theirs)
    assert [(d.path, d.mine, d.mine_changed) for d in found] == [("stages[id=33]", None, False)]
    dropped = merged(mine, theirs, found, {"stages[id=33]"})  # keep mine: without it
    assert [entry.id for entry in dropped.stages] == [31, 32]


def test_identical_drafts_have_no_differences() -> None:
    base = _loaded()
    assert differences(base, copy.deepcopy(base), copy.deepcopy(base)) == []
