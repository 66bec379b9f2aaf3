"""Validation of a household draft: problems with a field path, a code and params.

The UI turns (code, params) into Thai or English text beside the field; nothing here
returns display text. A blocking problem stops the save; a warning does not.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date

from db.fixed_values import RESULT_STATUSES, STAGES
from desktop.services.households.draft import (
    HEAD_RELATION,
    MEMBERS,
    MEMBERS_HEAD,
    HouseholdDraft,
    IncomeDraft,
    InvalidMoney,
    MoneyProblem,
    age_on,
    income_path,
    indicator_path,
    member_path,
    parse_baht,
    stage_path,
)
from desktop.services.households.indicator_suggestions import suggest_indicators
from desktop.services.thai import (
    DateProblem,
    DateStyle,
    IdProblem,
    InvalidNationalId,
    InvalidThaiDate,
    clean_national_id,
    format_be_date,
    normalize_digits,
    parse_be_date,
    to_be_year,
    validate_national_id,
)

MIN_SURVEY_YEAR, MAX_SURVEY_YEAR = 2400, 2700
HOUSE_CODE_LENGTH = 11
HEAD_MIN_AGE = 15
MAX_PLAUSIBLE_AGE = 120
CE_YEARS = range(1900, 2201)  # a year typed in this range was meant as CE
CHILD_RELATIONS = frozenset({"child", "grandchild"})  # codes of "relation"
PARENT_RELATIONS = frozenset({"father", "mother"})
SEXES = ("M", "F")


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


_ID_CODES = {
    IdProblem.NOT_DIGITS: ProblemCode.ID_NOT_DIGITS,
    IdProblem.WRONG_LENGTH: ProblemCode.ID_LENGTH,
    IdProblem.BAD_FIRST_DIGIT: ProblemCode.ID_FIRST_DIGIT,
    IdProblem.BAD_CHECKSUM: ProblemCode.ID_CHECKSUM,
}
_MONEY_CODES = {
    MoneyProblem.FORMAT: ProblemCode.MONEY_FORMAT,
    MoneyProblem.DECIMALS: ProblemCode.MONEY_DECIMALS,
}
_LAST_NUMBER = re.compile(r"(\d+)(\D*)$")


def clean_house_code(text: str) -> str:
    """The digits of a typed house code (Thai digits, spaces and dashes allowed)."""
    return clean_national_id(text)


def read_date(text: str, path: str, *, today: date, out: list[Problem]) -> date | None:
    """The date of BE text, or None (blank, or a problem appended to ``out``)."""
    try:
        value = parse_be_date(text)
    except InvalidThaiDate as error:
        if error.reason is not DateProblem.EMPTY:
            out.append(_date_problem(error, path, today))
        return None
    if value > today:
        out.append(problem(path, ProblemCode.DATE_IN_FUTURE, today=format_be_date(today)))
        return None
    return value


def _date_problem(error: InvalidThaiDate, path: str, today: date) -> Problem:
    if error.reason is DateProblem.NO_SUCH_DATE:
        return problem(path, ProblemCode.DATE_NO_SUCH_DAY)
    typed = _LAST_NUMBER.search(normalize_digits(error.text).strip())
    if error.reason is not DateProblem.YEAR_OUT_OF_RANGE or typed is None:
        return problem(path, ProblemCode.DATE_FORMAT)
    year = int(typed[1])
    if year in CE_YEARS:
        be_year = to_be_year(year)
        fixed = f"{typed.string[: typed.start(1)]}{be_year}{typed[2]}"
        try:
            suggested = format_be_date(parse_be_date(fixed), DateStyle.NUMERIC)
        except InvalidThaiDate:
            suggested = ""
        return problem(
            path,
            ProblemCode.DATE_LOOKS_CE,
            typed_year=str(year),
            be_year=str(be_year),
            suggested=suggested,
        )
    if len(typed[1]) <= 2:
        return problem(path, ProblemCode.DATE_SHORT_YEAR, typed_year=typed[1])
    if year < MIN_SURVEY_YEAR:
        return problem(path, ProblemCode.DATE_BEFORE_2400, typed_year=str(year))
    return problem(path, ProblemCode.DATE_IN_FUTURE, today=format_be_date(today))


def validate_household(
    draft: HouseholdDraft, *, today: date, income_threshold: int
) -> list[Problem]:
    """Every problem of the draft, in form order (address, members, indicators, stages)."""
    out: list[Problem] = []
    _check_address(draft, out)
    births = _check_members(draft, today, out)
    _check_heads(draft, births, today, out)
    _check_indicators(draft, today, income_threshold, out)
    _check_stages(draft, today, out)
    return out


def _check_address(draft: HouseholdDraft, out: list[Problem]) -> None:
    if not draft.village_code.strip():
        out.append(problem("village_code", ProblemCode.REQUIRED))
    elif draft.subdistrict_code and not draft.village_code.startswith(draft.subdistrict_code):
        out.append(problem("village_code", ProblemCode.VILLAGE_NOT_IN_SUBDISTRICT))
    if not draft.house_no.strip():
        out.append(problem("house_no", ProblemCode.REQUIRED))
    house_code = clean_house_code(draft.house_code)
    if house_code and not (len(house_code) == HOUSE_CODE_LENGTH and house_code.isdecimal()):
        out.append(
            problem("house_code", ProblemCode.HOUSE_CODE_FORMAT, length=str(len(house_code)))
        )
    if not draft.source_list.strip():
        out.append(problem("source_list", ProblemCode.REQUIRED))
    if not MIN_SURVEY_YEAR <= draft.survey_year <= MAX_SURVEY_YEAR:
        out.append(
            problem(
                "survey_year",
                ProblemCode.SURVEY_YEAR_RANGE,
                min=str(MIN_SURVEY_YEAR),
                max=str(MAX_SURVEY_YEAR),
            )
        )


def _check_members(draft: HouseholdDraft, today: date, out: list[Problem]) -> list[date | None]:
    """Check each member; return their birth dates (None where blank or wrong)."""
    if not draft.members:
        out.append(problem(MEMBERS, ProblemCode.NO_MEMBERS))
    births: list[date | None] = []
    first_row_of_id: dict[str, int] = {}
    for index, member in enumerate(draft.members):
        if not member.first_name.strip():
            out.append(problem(member_path(index, "first_name"), ProblemCode.REQUIRED))
        digits = _check_national_id(member.national_id, member_path(index, "national_id"), out)
        if digits in first_row_of_id:
            path = member_path(index, "national_id")
            other = str(first_row_of_id[digits] + 1)
            out.append(problem(path, ProblemCode.ID_REPEATED_IN_HOUSEHOLD, other_row=other))
        elif digits:
            first_row_of_id[digits] = index
        if member.sex not in ("", *SEXES):
            out.append(
                problem(member_path(index, "sex"), ProblemCode.INVALID_CHOICE, value=member.sex)
            )
        path = member_path(index, "birth_date")
        birth = read_date(member.birth_date, path, today=today, out=out)
        if birth is not None and age_on(birth, today) > MAX_PLAUSIBLE_AGE:
            out.append(problem(path, ProblemCode.AGE_OVER_120, age=str(age_on(birth, today))))
        births.append(birth)
        _check_incomes(index, member.incomes, out)
    if draft.members and not any(member.lives_here for member in draft.members):
        out.append(problem(MEMBERS, ProblemCode.NOBODY_LIVES_HERE))
    return births


def _check_national_id(text: str, path: str, out: list[Problem]) -> str:
    """The 13 digits of a valid ID, "" when blank or wrong (a problem then appended)."""
    if not clean_national_id(text):
        return ""
    try:
        return validate_national_id(text)
    except InvalidNationalId as error:
        digits = clean_national_id(text)
        params = {"length": str(len(digits))} if error.reason is IdProblem.WRONG_LENGTH else {}
        if error.reason is IdProblem.BAD_FIRST_DIGIT:
            params = {"digit": digits[0]}
        out.append(problem(path, _ID_CODES[error.reason], **params))
        return ""


def _check_incomes(index: int, incomes: list[IncomeDraft], out: list[Problem]) -> None:
    first_row_of_category: dict[str, int] = {}
    for line_index, line in enumerate(incomes):
        if line.is_blank():
            continue
        category = line.category.strip()
        if not category:
            out.append(problem(income_path(index, line_index, "category"), ProblemCode.REQUIRED))
        elif category in first_row_of_category:
            other = str(first_row_of_category[category] + 1)
            path = income_path(index, line_index, "category")
            out.append(problem(path, ProblemCode.INCOME_CATEGORY_REPEATED, other_row=other))
        else:
            first_row_of_category[category] = line_index
        if not line.amount.strip():
            out.append(problem(income_path(index, line_index, "amount"), ProblemCode.REQUIRED))
        for name, text in (("amount", line.amount), ("cost", line.cost)):
            try:
                parse_baht(text)
            except InvalidMoney as error:
                path = income_path(index, line_index, name)
                out.append(problem(path, _MONEY_CODES[error.reason]))


def _check_heads(
    draft: HouseholdDraft, births: list[date | None], today: date, out: list[Problem]
) -> None:
    heads = [index for index, member in enumerate(draft.members) if member.is_head]
    if draft.members and not heads:
        out.append(problem(MEMBERS_HEAD, ProblemCode.NO_HEAD))
    if len(heads) > 1:
        out.append(problem(MEMBERS_HEAD, ProblemCode.MANY_HEADS, count=str(len(heads))))
    for index, member in enumerate(draft.members):
        path = member_path(index, "relation")
        if member.is_head and member.relation != HEAD_RELATION:
            out.append(problem(path, ProblemCode.HEAD_RELATION_NOT_HEAD))
        elif not member.is_head and member.relation == HEAD_RELATION:
            out.append(problem(path, ProblemCode.RELATION_HEAD_NOT_MARKED))
    head_birth = births[heads[0]] if len(heads) == 1 else None
    if head_birth is None:
        return
    head_age = age_on(head_birth, today)
    if head_age < HEAD_MIN_AGE:
        path = member_path(heads[0], "birth_date")
        out.append(problem(path, ProblemCode.HEAD_TOO_YOUNG, age=str(head_age)))
    for index, (member, birth) in enumerate(zip(draft.members, births, strict=True)):
        if birth is None or index == heads[0]:
            continue
        if member.relation in CHILD_RELATIONS and birth <= head_birth:
            code = ProblemCode.CHILD_OLDER_THAN_HEAD
        elif member.relation in PARENT_RELATIONS and birth >= head_birth:
            code = ProblemCode.PARENT_YOUNGER_THAN_HEAD
        else:
            continue
        params = {"age": str(age_on(birth, today)), "head_age": str(head_age)}
        out.append(
            problem(member_path(index, "birth_date"), code, relation=member.relation, **params)
        )


def _check_indicators(
    draft: HouseholdDraft, today: date, income_threshold: int, out: list[Problem]
) -> None:
    suggestions = suggest_indicators(draft, today=today, income_threshold=income_threshold)
    for answer in draft.indicators:
        path = indicator_path(answer.number, "status")
        number = str(answer.number)
        suggested = suggestions[answer.number].status if answer.number in suggestions else ""
        if not answer.status:
            out.append(problem(path, ProblemCode.INDICATOR_UNANSWERED, number=number))
        elif answer.status not in RESULT_STATUSES:
            out.append(problem(path, ProblemCode.INVALID_CHOICE, value=answer.status))
        elif suggested and suggested != answer.status:
            code = ProblemCode.ANSWER_DIFFERS_FROM_SUGGESTION
            out.append(problem(path, code, number=number, suggested=suggested))
        path = indicator_path(answer.number, "verified_on")
        read_date(answer.verified_on, path, today=today, out=out)


def _check_stages(draft: HouseholdDraft, today: date, out: list[Problem]) -> None:
    previous: tuple[int, date] | None = None
    for index, entry in enumerate(draft.stages):
        if entry.is_blank():
            continue
        if not entry.stage:
            out.append(problem(stage_path(index, "stage"), ProblemCode.REQUIRED))
        elif entry.stage not in STAGES:
            path = stage_path(index, "stage")
            out.append(problem(path, ProblemCode.INVALID_CHOICE, value=entry.stage))
        path = stage_path(index, "assessed_on")
        if not entry.assessed_on.strip():
            out.append(problem(path, ProblemCode.REQUIRED))
            continue
        assessed = read_date(entry.assessed_on, path, today=today, out=out)
        if assessed is None:
            continue
        if previous is not None and assessed < previous[1]:
            code = ProblemCode.STAGE_DATE_OUT_OF_ORDER
            out.append(problem(path, code, previous_row=str(previous[0] + 1)))
        previous = (index, assessed)
