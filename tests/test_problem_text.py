"""Every validation problem and suggestion has a complete Thai message."""

import re

import pytest

from desktop.services.households import (
    HouseholdDraft,
    MemberDraft,
    Problem,
    ProblemCode,
    Suggestion,
    SuggestionReason,
)
from desktop.ui.household_form.problem_text import problem_text, suggestion_text

PARAMS = {
    "value": "x",
    "min": "2400",
    "max": "2700",
    "length": "12",
    "household_key": "6701-000009",
    "house_no": "12",
    "count": "2",
    "digit": "0",
    "other_row": "2",
    "person_name": "สมชาย ใจดี",
    "typed_year": "1967",
    "be_year": "2510",
    "suggested": "failed",
    "today": "21/11/2569",
    "age": "5",
    "head_age": "30",
    "relation": "child",
    "number": "22",
    "previous_row": "1",
}
THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.mark.parametrize("code", list(ProblemCode))
def test_each_problem_reads_in_thai_with_its_values_filled_in(app_ready, code: ProblemCode) -> None:
    draft = HouseholdDraft(members=[MemberDraft(first_name="สมชาย")])
    text = problem_text(Problem("members[0].national_id", code, True, dict(PARAMS)), draft)
    assert THAI.search(text), text
    assert "{" not in text and "}" not in text, text
    assert text.startswith("สมาชิกคนที่ 1 (สมชาย), เลขประจำตัวประชาชน: ")


@pytest.mark.parametrize("reason", list(SuggestionReason))
def test_each_suggestion_reason_reads_in_thai(app_ready, reason: SuggestionReason) -> None:
    params = {
        "count": "3",
        "min_age": "15",
        "max_age": "59",
        "skipped_rows": "2",
        "rows": "1, 3",
        "threshold": "38,000",
        "members": "4",
        "total": "90,000",
        "per_person": "22,500",
    }
    text = suggestion_text(Suggestion("failed", reason, params))
    assert THAI.search(text), text
    assert "{" not in text and "}" not in text, text
