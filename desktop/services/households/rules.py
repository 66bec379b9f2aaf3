"""Validation of a household record: problems with a field path, a code and params.

The record's reading problems (text that does not read as a date, an ID, an amount) come
first at each field, then the rules that need the values. The UI turns (code, params)
into Thai or English text beside the field; nothing here returns display text.
"""

from __future__ import annotations

from datetime import date

from db.fixed_values import RESULT_STATUSES, STAGES
from desktop.services.households.draft import (
    HEAD_RELATION,
    MEMBERS,
    MEMBERS_HEAD,
    age_on,
    income_path,
    indicator_path,
    member_path,
    stage_path,
)
from desktop.services.households.indicator_suggestions import suggest_indicators
from desktop.services.households.problems import Problem, ProblemCode, problem
from desktop.services.households.reading import CE_YEARS, HOUSE_CODE_LENGTH
from desktop.services.households.record import HouseholdRecord, IncomeRecord

__all__ = [
    "CE_YEARS",
    "HOUSE_CODE_LENGTH",
    "Problem",
    "ProblemCode",
    "problem",
    "validate_household",
]

MIN_SURVEY_YEAR, MAX_SURVEY_YEAR = 2400, 2700
HEAD_MIN_AGE = 15
MAX_PLAUSIBLE_AGE = 120
CHILD_RELATIONS = frozenset({"child", "grandchild"})  # codes of "relation"
PARENT_RELATIONS = frozenset({"father", "mother"})
SEXES = ("M", "F")


def validate_household(
    record: HouseholdRecord, *, today: date, income_threshold: int
) -> list[Problem]:
    """Every problem of the record, in form order (address, members, indicators, stages)."""
    out: list[Problem] = []
    _check_address(record, out)
    _check_members(record, today, out)
    _check_heads(record, today, out)
    _check_indicators(record, today, income_threshold, out)
    _check_stages(record, out)
    return out


def _reading_problem(record: HouseholdRecord, path: str, out: list[Problem]) -> bool:
    """Append the problem of reading ``path``'s text, if any; whether there was one."""
    found = record.reading_problems.get(path)
    if found is not None:
        out.append(found)
    return found is not None


def _check_address(record: HouseholdRecord, out: list[Problem]) -> None:
    if not record.village_code:
        out.append(problem("village_code", ProblemCode.REQUIRED))
    elif record.subdistrict_code and not record.village_code.startswith(record.subdistrict_code):
        out.append(problem("village_code", ProblemCode.VILLAGE_NOT_IN_SUBDISTRICT))
    if not record.house_no:
        out.append(problem("house_no", ProblemCode.REQUIRED))
    _reading_problem(record, "house_code", out)
    if not record.source_list:
        out.append(problem("source_list", ProblemCode.REQUIRED))
    if not MIN_SURVEY_YEAR <= record.survey_year <= MAX_SURVEY_YEAR:
        out.append(
            problem(
                "survey_year",
                ProblemCode.SURVEY_YEAR_RANGE,
                min=str(MIN_SURVEY_YEAR),
                max=str(MAX_SURVEY_YEAR),
            )
        )


def _check_members(record: HouseholdRecord, today: date, out: list[Problem]) -> None:
    if not record.members:
        out.append(problem(MEMBERS, ProblemCode.NO_MEMBERS))
    first_row_of_id: dict[str, int] = {}
    for index, member in enumerate(record.members):
        if not member.first_name:
            out.append(problem(member_path(index, "first_name"), ProblemCode.REQUIRED))
        path = member_path(index, "national_id")
        _reading_problem(record, path, out)
        if member.national_id in first_row_of_id:
            other = str(first_row_of_id[member.national_id] + 1)
            out.append(problem(path, ProblemCode.ID_REPEATED_IN_HOUSEHOLD, other_row=other))
        elif member.national_id:
            first_row_of_id[member.national_id] = index
        if member.sex not in (None, *SEXES):
            out.append(
                problem(member_path(index, "sex"), ProblemCode.INVALID_CHOICE, value=member.sex)
            )
        path = member_path(index, "birth_date")
        _reading_problem(record, path, out)
        birth = member.birth_date
        if birth is not None and age_on(birth, today) > MAX_PLAUSIBLE_AGE:
            out.append(problem(path, ProblemCode.AGE_OVER_120, age=str(age_on(birth, today))))
        _check_incomes(record, index, member.incomes, out)
    if record.members and not any(member.lives_here for member in record.members):
        out.append(problem(MEMBERS, ProblemCode.NOBODY_LIVES_HERE))


def _check_incomes(
    record: HouseholdRecord, index: int, incomes: tuple[IncomeRecord, ...], out: list[Problem]
) -> None:
    first_row_of_category: dict[str, int] = {}
    for line_index, line in enumerate(incomes):
        if line.blank:
            continue
        if not line.category:
            out.append(problem(income_path(index, line_index, "category"), ProblemCode.REQUIRED))
        elif line.category in first_row_of_category:
            other = str(first_row_of_category[line.category] + 1)
            path = income_path(index, line_index, "category")
            out.append(problem(path, ProblemCode.INCOME_CATEGORY_REPEATED, other_row=other))
        else:
            first_row_of_category[line.category] = line_index
        amount_path = income_path(index, line_index, "amount")
        if not line.amount_given:
            out.append(problem(amount_path, ProblemCode.REQUIRED))
        for name in ("amount", "cost"):
            _reading_problem(record, income_path(index, line_index, name), out)


def _check_heads(record: HouseholdRecord, today: date, out: list[Problem]) -> None:
    heads = [index for index, member in enumerate(record.members) if member.is_head]
    if record.members and not heads:
        out.append(problem(MEMBERS_HEAD, ProblemCode.NO_HEAD))
    if len(heads) > 1:
        out.append(problem(MEMBERS_HEAD, ProblemCode.MANY_HEADS, count=str(len(heads))))
    for index, member in enumerate(record.members):
        path = member_path(index, "relation")
        if member.is_head and member.relation != HEAD_RELATION:
            out.append(problem(path, ProblemCode.HEAD_RELATION_NOT_HEAD))
        elif not member.is_head and member.relation == HEAD_RELATION:
            out.append(problem(path, ProblemCode.RELATION_HEAD_NOT_MARKED))
    head_birth = record.members[heads[0]].birth_date if len(heads) == 1 else None
    if head_birth is None:
        return
    head_age = age_on(head_birth, today)
    if head_age < HEAD_MIN_AGE:
        path = member_path(heads[0], "birth_date")
        out.append(problem(path, ProblemCode.HEAD_TOO_YOUNG, age=str(head_age)))
    for index, member in enumerate(record.members):
        birth = member.birth_date
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
    record: HouseholdRecord, today: date, income_threshold: int, out: list[Problem]
) -> None:
    suggestions = suggest_indicators(record, today=today, income_threshold=income_threshold)
    for answer in record.indicators:
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
        _reading_problem(record, indicator_path(answer.number, "verified_on"), out)


def _check_stages(record: HouseholdRecord, out: list[Problem]) -> None:
    previous: tuple[int, date] | None = None
    for index, entry in enumerate(record.stages):
        if entry.blank:
            continue
        if not entry.stage:
            out.append(problem(stage_path(index, "stage"), ProblemCode.REQUIRED))
        elif entry.stage not in STAGES:
            path = stage_path(index, "stage")
            out.append(problem(path, ProblemCode.INVALID_CHOICE, value=entry.stage))
        path = stage_path(index, "assessed_on")
        if _reading_problem(record, path, out):
            continue
        assessed = entry.assessed_on
        if assessed is None:
            out.append(problem(path, ProblemCode.REQUIRED))
            continue
        if previous is not None and assessed < previous[1]:
            code = ProblemCode.STAGE_DATE_OUT_OF_ORDER
            out.append(problem(path, code, previous_row=str(previous[0] + 1)))
        previous = (index, assessed)
