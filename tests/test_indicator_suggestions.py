"""Suggested answers for indicators 16, 19, 20, 21 and 22 from the member data."""

from desktop.services.households import HouseholdDraft, IncomeDraft, Suggestion, SuggestionReason
from desktop.services.households.indicator_suggestions import suggest_indicators
from desktop.services.households.reading import read_draft
from tests.household_examples import TODAY, clean_draft

THRESHOLD = 38000
R = SuggestionReason


def _suggest(draft: HouseholdDraft, threshold: int = THRESHOLD) -> dict[int, Suggestion]:
    record = read_draft(draft, today=TODAY)
    return suggest_indicators(record, today=TODAY, income_threshold=threshold)


def _status(draft: HouseholdDraft, number: int) -> tuple[str, SuggestionReason]:
    suggestion = _suggest(draft)[number]
    return suggestion.status, suggestion.reason


def test_the_clean_household() -> None:
    suggestions = _suggest(clean_draft())
    assert sorted(suggestions) == [16, 19, 20, 21, 22]
    assert {n: s.status for n, s in suggestions.items()} == {
        16: "passed", 19: "passed", 20: "passed", 21: "failed", 22: "passed",
    }  # fmt: skip
    assert suggestions[16].params == {
        "min_age": "6",
        "max_age": "14",
        "count": "1",
        "skipped_rows": "",
    }
    assert suggestions[21].params["rows"] == "4"
    # (100,000 net farming + 60,000 + 7,200) / 4 people
    assert suggestions[22].params["per_person"] == "41800.00"
    assert suggestions[22].value == 41800.0


def test_16_children_6_to_14_in_school() -> None:
    draft = clean_draft()
    draft.members[2].education_status = "dropped"
    assert _status(draft, 16) == ("failed", R.SOME_DO_NOT_MEET)
    assert _suggest(draft)[16].params["rows"] == "3"
    draft.members[2].birth_date = "16/06/2554"  # 13 today: 14 tomorrow, still a child
    assert _status(draft, 16) == ("failed", R.SOME_DO_NOT_MEET)
    draft.members[2].birth_date = "15/06/2553"  # 15 today
    assert _status(draft, 16) == ("na", R.NO_ONE_IN_AGE_GROUP)
    draft.members[2].birth_date = "15/06/2562"  # 6 today
    draft.members[2].education_status = "studying"
    assert _status(draft, 16) == ("passed", R.ALL_MEET)
    draft.members[2].birth_date = "16/06/2562"  # 5 until tomorrow
    assert _status(draft, 16) == ("na", R.NO_ONE_IN_AGE_GROUP)


def test_a_member_whose_birth_date_does_not_read_is_skipped() -> None:
    draft = clean_draft()
    draft.members[2].birth_date = "10/10/2014"  # CE year: does not read as BE
    assert _status(draft, 16) == ("", R.BIRTH_DATES_UNKNOWN)
    assert _suggest(draft)[16].params["skipped_rows"] == "3"
    assert _status(draft, 19) == ("passed", R.ALL_MEET)
    assert _suggest(draft)[19].params["skipped_rows"] == "3"
    draft.members[2].birth_date = ""
    assert _status(draft, 16) == ("", R.BIRTH_DATES_UNKNOWN)


def test_19_people_15_to_59_literate() -> None:
    draft = clean_draft()
    draft.members[1].literate = None
    assert _status(draft, 19) == ("", R.NOT_KNOWN_FOR_SOME)
    draft.members[0].literate = False
    assert _status(draft, 19) == ("failed", R.SOME_DO_NOT_MEET)
    assert _suggest(draft)[19].params["rows"] == "1"
    draft.members = [draft.members[2], draft.members[3]]
    assert _status(draft, 19) == ("na", R.NO_ONE_IN_AGE_GROUP)


def test_20_people_15_to_59_with_work_and_income() -> None:
    draft = clean_draft()
    draft.members[1].incomes = []
    assert _status(draft, 20) == ("failed", R.SOME_DO_NOT_MEET)
    draft.members[1].incomes = [IncomeDraft("business", "1")]
    draft.members[1].occupation_main, draft.members[1].occupation_second = "none", ""
    assert _status(draft, 20) == ("failed", R.SOME_DO_NOT_MEET)
    draft.members[1].occupation_second = "laborer"  # a second occupation is an occupation
    assert _status(draft, 20) == ("passed", R.ALL_MEET)
    for member in draft.members[:2]:
        member.bedridden = True
    assert _status(draft, 20) == ("na", R.NO_ONE_IN_AGE_GROUP)


def test_20_leaves_out_those_studying() -> None:
    draft = clean_draft()
    draft.members[2].birth_date = "01/01/2550"  # 18, at university, no income
    draft.members[2].occupation_main = "student"
    assert _status(draft, 20) == ("passed", R.ALL_MEET)
    draft.members[2].education_status = "finished"
    assert _status(draft, 20) == ("failed", R.SOME_DO_NOT_MEET)


def test_21_people_60_and_over() -> None:
    draft = clean_draft()
    assert _status(draft, 21) == ("failed", R.SOME_DO_NOT_MEET)
    assert _suggest(draft)[21].params["max_age"] == ""
    draft.members[3].occupation_main = "farmer"
    assert _status(draft, 21) == ("passed", R.ALL_MEET)
    draft.members[3].bedridden = True
    assert _status(draft, 21) == ("na", R.NO_ONE_IN_AGE_GROUP)
    draft.members[3].bedridden = False
    draft.members[3].lives_here = False  # lives elsewhere: not counted
    assert _status(draft, 21) == ("na", R.NO_ONE_IN_AGE_GROUP)


def _two_people(amount: str, cost: str = "") -> HouseholdDraft:
    draft = clean_draft()
    draft.members = draft.members[:2]
    draft.members[0].incomes = [IncomeDraft("farming", amount, cost)]
    draft.members[1].incomes = []
    return draft


def test_22_exactly_the_threshold_passes() -> None:
    assert _status(_two_people("76,000"), 22) == ("passed", R.INCOME_AT_OR_ABOVE_THRESHOLD)
    assert _status(_two_people("75,999.99"), 22) == ("failed", R.INCOME_BELOW_THRESHOLD)
    assert _status(_two_people("86,000", "10,000.01"), 22) == ("failed", R.INCOME_BELOW_THRESHOLD)
    suggestion = _suggest(_two_people("76,000"))[22]
    assert suggestion.params == {
        "threshold": "38000", "members": "2", "total": "76000.00", "per_person": "38000.00",
    }  # fmt: skip
    assert _suggest(_two_people("76,000"), threshold=38001)[22].status == "failed"


def test_22_counts_the_people_living_here() -> None:
    draft = _two_people("76,000")
    draft.members[1].lives_here = False  # the wife works away: 76,000 for one person
    assert _suggest(draft)[22].params["members"] == "1"
    draft.members[0].lives_here = False
    assert _status(draft, 22) == ("", R.NOBODY_LIVES_HERE)


def test_22_needs_readable_amounts() -> None:
    draft = _two_people("76,0")
    assert _status(draft, 22) == ("", R.INCOME_NOT_READABLE)
    assert _suggest(draft)[22].params["rows"] == "1"
