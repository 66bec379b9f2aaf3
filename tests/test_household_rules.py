"""Validation of a household draft: every problem code, from a draft that triggers it."""

import re
from collections.abc import Callable

import pytest

from desktop.services.households import (
    HouseholdDraft,
    IncomeDraft,
    InvalidMoney,
    MoneyProblem,
    Problem,
    ProblemCode,
    format_baht,
    parse_baht,
)
from desktop.services.households.reading import read_draft
from desktop.services.households.rules import validate_household
from tests.household_examples import IDS, TODAY, clean_draft

THRESHOLD = 38000
# Produced by the service only (they need the database): see test_household_form_service.
SERVICE_CODES = {
    ProblemCode.VILLAGE_UNKNOWN,
    ProblemCode.ID_IN_OTHER_HOUSEHOLD,
    ProblemCode.HOUSE_CODE_IN_OTHER_HOUSEHOLD,
}


def _problems(draft: HouseholdDraft) -> list[Problem]:
    record = read_draft(draft, today=TODAY)
    return validate_household(record, today=TODAY, income_threshold=THRESHOLD)


def _set(path: str, value: object) -> Callable[[HouseholdDraft], None]:
    """A change of the draft by attribute path: "members.1.national_id"."""

    def change(draft: HouseholdDraft) -> None:
        *parents, name = path.split(".")
        target: object = draft
        for part in parents:
            target = target[int(part)] if part.isdigit() else getattr(target, part)  # type: ignore[index]
        setattr(target, name, value)

    return change


def _answer(number: int, status: str) -> Callable[[HouseholdDraft], None]:
    def change(draft: HouseholdDraft) -> None:
        next(a for a in draft.indicators if a.number == number).status = status

    return change


def _all_away(draft: HouseholdDraft) -> None:
    for member in draft.members:
        member.lives_here = False


def _swap_stage_dates(draft: HouseholdDraft) -> None:
    first, second = draft.stages
    first.assessed_on, second.assessed_on = second.assessed_on, first.assessed_on


C = ProblemCode
Change = Callable[[HouseholdDraft], None]


def _case(target: str | Change, new: object, code: ProblemCode, at: str = "", /, **params: str):
    """A parametrized case: set ``target`` (an attribute path) to ``new``, or call it;
    expect ``code`` at ``at`` (default: the target's form path, "members[1].sex")."""
    if isinstance(target, str):
        change = _set(target, new)
        at = at or re.sub(r"\.(\d+)", r"[\1]", target)
    else:
        change = target
    return pytest.param(change, at, code, params, id=f"{code.name}-{at}")


CASES = [
    _case("village_code", "", C.REQUIRED),
    _case("house_no", " ", C.REQUIRED),
    _case("source_list", "", C.REQUIRED),
    _case("members.2.first_name", "", C.REQUIRED),
    _case("members.0.incomes.0.category", "", C.REQUIRED),
    _case("members.0.incomes.0.amount", "", C.REQUIRED),
    _case("stages.1.stage", "", C.REQUIRED),
    _case("stages.1.assessed_on", "", C.REQUIRED),
    _case("members.1.sex", "X", C.INVALID_CHOICE, value="X"),
    _case(_answer(7, "maybe"), None, C.INVALID_CHOICE, "indicators[7].status", value="maybe"),
    _case("stages.0.stage", "rich", C.INVALID_CHOICE, value="rich"),
    _case("survey_year", 0, C.SURVEY_YEAR_RANGE, min="2400", max="2700"),
    _case("subdistrict_code", "670102", C.VILLAGE_NOT_IN_SUBDISTRICT, "village_code"),
    _case("house_code", "6701-1234", C.HOUSE_CODE_FORMAT, length="8"),
    _case("members", [], C.NO_MEMBERS),
    _case("members.0.is_head", False, C.NO_HEAD, "members.head"),
    _case("members.1.is_head", True, C.MANY_HEADS, "members.head", count="2"),
    _case("members.0.relation", "husband", C.HEAD_RELATION_NOT_HEAD),
    _case("members.1.relation", "head", C.RELATION_HEAD_NOT_MARKED),
    _case("members.1.national_id", "16703000010x3", C.ID_NOT_DIGITS),
    _case("members.1.national_id", "167030000101", C.ID_LENGTH, length="12"),
    _case("members.1.national_id", "0670300001015", C.ID_FIRST_DIGIT, digit="0"),
    _case("members.1.national_id", "1670300001014", C.ID_CHECKSUM),
    _case("members.3.national_id", IDS[1], C.ID_REPEATED_IN_HOUSEHOLD, other_row="2"),
    _case("members.1.birth_date", "1/1", C.DATE_FORMAT),
    _case("members.1.birth_date", "31/02/2513", C.DATE_NO_SUCH_DAY),
    _case(
        "members.0.birth_date", "15/03/1967", C.DATE_LOOKS_CE,
        typed_year="1967", be_year="2510", suggested="15/03/2510",
    ),
    _case(
        "stages.0.assessed_on", "1 มี.ค. 2024", C.DATE_LOOKS_CE,
        typed_year="2024", be_year="2567", suggested="01/03/2567",
    ),
    _case("members.0.birth_date", "15/03/10", C.DATE_SHORT_YEAR, typed_year="10"),
    _case("members.0.birth_date", "15/03/2310", C.DATE_BEFORE_2400, typed_year="2310"),
    _case("members.2.birth_date", "16/06/2568", C.DATE_IN_FUTURE, today="15/06/2568"),
    _case("members.2.birth_date", "16/06/2800", C.DATE_IN_FUTURE, today="15/06/2568"),
    _case(
        "indicators.0.verified_on", "01/01/2569", C.DATE_IN_FUTURE,
        "indicators[1].verified_on", today="15/06/2568",
    ),
    _case("members.3.birth_date", "01/01/2440", C.AGE_OVER_120, age="128"),
    _case("members.0.birth_date", "01/01/2563", C.HEAD_TOO_YOUNG, age="5"),
    _case(
        "members.2.birth_date", "01/01/2500", C.CHILD_OLDER_THAN_HEAD,
        age="68", head_age="58", relation="child",
    ),
    _case(
        "members.3.birth_date", "01/01/2520", C.PARENT_YOUNGER_THAN_HEAD,
        age="48", head_age="58", relation="mother",
    ),
    _case(_all_away, None, C.NOBODY_LIVES_HERE, "members"),
    _case("members.0.incomes.0.amount", "12,34", C.MONEY_FORMAT),
    _case("members.0.incomes.0.cost", "-5", C.MONEY_FORMAT),
    _case("members.1.incomes.0.amount", "100.555", C.MONEY_DECIMALS),
    _case(
        "members.0.incomes", [IncomeDraft("farming", "1"), IncomeDraft("farming", "2")],
        C.INCOME_CATEGORY_REPEATED, "members[0].incomes[1].category", other_row="1",
    ),
    _case(_answer(4, ""), None, C.INDICATOR_UNANSWERED, "indicators[4].status", number="4"),
    _case(
        _answer(22, "failed"), None, C.ANSWER_DIFFERS_FROM_SUGGESTION,
        "indicators[22].status", number="22", suggested="passed",
    ),
    _case(
        _swap_stage_dates, None, C.STAGE_DATE_OUT_OF_ORDER,
        "stages[1].assessed_on", previous_row="1",
    ),
]  # fmt: skip
WARNINGS = {
    ProblemCode.AGE_OVER_120,
    ProblemCode.HEAD_TOO_YOUNG,
    ProblemCode.CHILD_OLDER_THAN_HEAD,
    ProblemCode.PARENT_YOUNGER_THAN_HEAD,
    ProblemCode.NOBODY_LIVES_HERE,
    ProblemCode.INDICATOR_UNANSWERED,
    ProblemCode.ANSWER_DIFFERS_FROM_SUGGESTION,
    ProblemCode.STAGE_DATE_OUT_OF_ORDER,
}


def test_the_clean_household_has_no_problem() -> None:
    assert _problems(clean_draft()) == []


@pytest.mark.parametrize(("change", "path", "code", "params"), CASES)
def test_a_draft_that_triggers_it_gets_the_problem(change, path, code, params) -> None:
    draft = clean_draft()
    change(draft)
    expected = Problem(path, code, code not in WARNINGS, params)
    assert expected in _problems(draft)


def test_every_problem_code_is_covered() -> None:
    covered = {case.values[2] for case in CASES} | SERVICE_CODES
    assert covered == set(ProblemCode)


def test_a_ce_birth_year_is_caught_with_the_be_year_it_meant() -> None:
    draft = clean_draft()
    draft.members[0].birth_date = "15/03/1967"
    (found,) = [p for p in _problems(draft) if p.field == "members[0].birth_date"]
    assert found.code is ProblemCode.DATE_LOOKS_CE and found.blocking
    assert found.params["be_year"] == "2510"


def test_a_five_year_old_head_is_only_questioned() -> None:
    draft = clean_draft()
    draft.members[0].birth_date = "01/01/2563"
    problems = _problems(draft)
    assert ProblemCode.HEAD_TOO_YOUNG in {p.code for p in problems}
    assert not [p for p in problems if p.blocking]


def test_blank_rows_are_ignored_and_ids_may_be_blank() -> None:
    draft = clean_draft()
    draft.members[2].incomes.append(IncomeDraft())
    draft.members[2].national_id = " - "
    draft.stages.append(type(draft.stages[0])())
    assert _problems(draft) == []


def test_problems_are_in_form_order() -> None:
    draft = clean_draft()
    draft.house_no = ""
    draft.members[1].first_name = ""
    draft.stages[0].stage = ""
    fields = [p.field for p in _problems(draft)]
    assert fields == ["house_no", "members[1].first_name", "stages[0].stage"]


@pytest.mark.parametrize(
    ("text", "satang"),
    [("45,000", 4_500_000), ("๔๕๐๐๐", 4_500_000), ("1200.50", 120_050), ("1,200.5", 120_050),
     ("300 บาท", 30_000), ("", 0), ("0", 0), ("1,234,567.89", 123_456_789)],
)  # fmt: skip
def test_money_is_read_as_typed(text: str, satang: int) -> None:
    assert parse_baht(text) == satang


@pytest.mark.parametrize(
    ("text", "reason"),
    [("12,34", MoneyProblem.FORMAT), ("-5", MoneyProblem.FORMAT), ("1.2.3", MoneyProblem.FORMAT),
     ("abc", MoneyProblem.FORMAT), ("1.234", MoneyProblem.DECIMALS)],
)  # fmt: skip
def test_bad_money_says_why(text: str, reason: MoneyProblem) -> None:
    with pytest.raises(InvalidMoney) as info:
        parse_baht(text)
    assert info.value.reason is reason


def test_money_is_shown_in_baht() -> None:
    assert format_baht(4_500_000) == "45,000"
    assert format_baht(120_050) == "1,200.50"
    assert format_baht(5) == "0.05"
