"""What the household rules say about a record: a problem with a field path, a code and
params. The UI turns (code, params) into Thai or English text beside the field; nothing
here returns display text. A blocking problem stops the save; a warning does not."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ProblemCode(enum.Enum):
    REQUIRED = "required"
    INVALID_CHOICE = "invalid_choice"  # value
    SURVEY_YEAR_RANGE = "survey_year_range"  # min, max
    VILLAGE_NOT_IN_SUBDISTRICT = "village_not_in_subdistrict"
    VILLAGE_UNKNOWN = "village_unknown"  # (service) no such village in the database
    HOUSE_CODE_FORMAT = "house_code_format"  # length (digits typed)
    HOUSE_CODE_IN_OTHER_HOUSEHOLD = "house_code_in_other_household"  # household_key, house_no
    NO_MEMBERS = "no_members"
    NO_HEAD = "no_head"
    MANY_HEADS = "many_heads"  # count
    HEAD_RELATION_NOT_HEAD = "head_relation_not_head"
    RELATION_HEAD_NOT_MARKED = "relation_head_not_marked"
    ID_NOT_DIGITS = "id_not_digits"
    ID_LENGTH = "id_length"  # length
    ID_FIRST_DIGIT = "id_first_digit"  # digit
    ID_CHECKSUM = "id_checksum"
    ID_REPEATED_IN_HOUSEHOLD = "id_repeated_in_household"  # other_row
    ID_IN_OTHER_HOUSEHOLD = "id_in_other_household"  # household_key, house_no, person_name
    DATE_FORMAT = "date_format"
    DATE_NO_SUCH_DAY = "date_no_such_day"
    DATE_LOOKS_CE = "date_looks_ce"  # typed_year, be_year, suggested
    DATE_SHORT_YEAR = "date_short_year"  # typed_year
    DATE_BEFORE_2400 = "date_before_2400"  # typed_year
    DATE_IN_FUTURE = "date_in_future"  # today
    AGE_OVER_120 = "age_over_120"  # age (warning)
    HEAD_TOO_YOUNG = "head_too_young"  # age (warning)
    CHILD_OLDER_THAN_HEAD = "child_older_than_head"  # age, head_age, relation (warning)
    PARENT_YOUNGER_THAN_HEAD = "parent_younger_than_head"  # age, head_age, relation (warning)
    NOBODY_LIVES_HERE = "nobody_lives_here"  # (warning)
    MONEY_FORMAT = "money_format"
    MONEY_DECIMALS = "money_decimals"
    INCOME_CATEGORY_REPEATED = "income_category_repeated"  # other_row
    INDICATOR_UNANSWERED = "indicator_unanswered"  # number (warning)
    ANSWER_DIFFERS_FROM_SUGGESTION = "answer_differs_from_suggestion"  # number, suggested
    STAGE_DATE_OUT_OF_ORDER = "stage_date_out_of_order"  # previous_row (warning)


WARNINGS = frozenset(
    {
        ProblemCode.AGE_OVER_120,
        ProblemCode.HEAD_TOO_YOUNG,
        ProblemCode.CHILD_OLDER_THAN_HEAD,
        ProblemCode.PARENT_YOUNGER_THAN_HEAD,
        ProblemCode.NOBODY_LIVES_HERE,
        ProblemCode.INDICATOR_UNANSWERED,
        ProblemCode.ANSWER_DIFFERS_FROM_SUGGESTION,
        ProblemCode.STAGE_DATE_OUT_OF_ORDER,
    }
)


@dataclass(frozen=True)
class Problem:
    field: str  # a path the UI maps to a widget: "members[2].national_id", "members.head"
    code: ProblemCode
    blocking: bool  # False = a warning that does not stop the save
    params: dict[str, str] = field(default_factory=dict)


def problem(path: str, code: ProblemCode, **params: str) -> Problem:
    return Problem(path, code, code not in WARNINGS, dict(params))
