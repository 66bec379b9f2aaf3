"""What a validation problem says to the clerk, in the interface language, and where it is."""

import contextlib

from PySide6.QtCore import QCoreApplication

from desktop.services.households import (
    HouseholdDraft,
    Problem,
    ProblemCode,
    Suggestion,
    SuggestionReason,
)
from desktop.services.households.form import VillageAddError, VillageProblem
from desktop.ui.domain_text import status_name
from desktop.ui.household_form.members_section import member_field_of, member_row_of


def field_name(field: str) -> str:
    names = {
        "subdistrict_code": QCoreApplication.translate("ProblemText", "Subdistrict"),
        "village_code": QCoreApplication.translate("ProblemText", "Village"),
        "house_no": QCoreApplication.translate("ProblemText", "House no."),
        "house_code": QCoreApplication.translate("ProblemText", "House code"),
        "source_list": QCoreApplication.translate("ProblemText", "Source list"),
        "survey_year": QCoreApplication.translate("ProblemText", "Survey year"),
        "title": QCoreApplication.translate("ProblemText", "Title"),
        "first_name": QCoreApplication.translate("ProblemText", "First name"),
        "last_name": QCoreApplication.translate("ProblemText", "Last name"),
        "national_id": QCoreApplication.translate("ProblemText", "National ID"),
        "sex": QCoreApplication.translate("ProblemText", "Sex"),
        "birth_date": QCoreApplication.translate("ProblemText", "Birth date"),
        "relation": QCoreApplication.translate("ProblemText", "Relation to head"),
        "education_status": QCoreApplication.translate("ProblemText", "Education status"),
        "education_level": QCoreApplication.translate("ProblemText", "Education level"),
        "occupation_main": QCoreApplication.translate("ProblemText", "Main occupation"),
        "occupation_second": QCoreApplication.translate("ProblemText", "Second occupation"),
        "amount": QCoreApplication.translate("ProblemText", "Income amount"),
        "cost": QCoreApplication.translate("ProblemText", "Production cost"),
        "category": QCoreApplication.translate("ProblemText", "Income category"),
        "stage": QCoreApplication.translate("ProblemText", "Stage"),
        "assessed_on": QCoreApplication.translate("ProblemText", "Assessment date"),
    }
    return names.get(field, field)


def _where(problem: Problem, draft: HouseholdDraft) -> str:
    """`Member 2 (สมชาย), National ID: ` or `House no.: ` or ``."""
    row = member_row_of(problem.field)
    if row is not None:
        member = draft.members[row] if row < len(draft.members) else None
        name = member.first_name if member else ""
        leaf = problem.field.rsplit(".", 1)[-1]
        subject = (
            QCoreApplication.translate("ProblemText", "Member {row} {name}")
            .format(row=row + 1, name=f"({name})" if name else "")
            .strip()
        )
        leaf_name = field_name(leaf if "[" not in leaf else member_field_of(problem.field))
        return f"{subject}, {leaf_name}: "
    if problem.field.startswith("stages["):
        number = problem.field[len("stages[") : problem.field.find("]")]
        leaf = problem.field.rsplit(".", 1)[-1]
        return QCoreApplication.translate("ProblemText", "Stage entry {row}, {field}: ").format(
            row=int(number) + 1 if number.isdigit() else number, field=field_name(leaf)
        )
    if problem.field.startswith(("indicators", "members.")):
        return ""
    return f"{field_name(problem.field)}: "


def _message(code: ProblemCode) -> str:
    messages = {
        ProblemCode.REQUIRED: QCoreApplication.translate("ProblemText", "must be filled in."),
        ProblemCode.INVALID_CHOICE: QCoreApplication.translate(
            "ProblemText", "“{value}” is not one of the choices."
        ),
        ProblemCode.SURVEY_YEAR_RANGE: QCoreApplication.translate(
            "ProblemText", "the survey year must be between {min} and {max}."
        ),
        ProblemCode.VILLAGE_NOT_IN_SUBDISTRICT: QCoreApplication.translate(
            "ProblemText", "the village is not in this subdistrict."
        ),
        ProblemCode.VILLAGE_UNKNOWN: QCoreApplication.translate(
            "ProblemText", "this village is not in the database."
        ),
        ProblemCode.HOUSE_CODE_FORMAT: QCoreApplication.translate(
            "ProblemText", "a house code has 11 digits; {length} were typed."
        ),
        ProblemCode.HOUSE_CODE_IN_OTHER_HOUSEHOLD: QCoreApplication.translate(
            "ProblemText",
            "this house code already belongs to household {household_key} (house no. {house_no}).",
        ),
        ProblemCode.NO_MEMBERS: QCoreApplication.translate(
            "ProblemText", "A household needs at least one member."
        ),
        ProblemCode.NO_HEAD: QCoreApplication.translate(
            "ProblemText", "Choose the head of household (relation: head of household)."
        ),
        ProblemCode.MANY_HEADS: QCoreApplication.translate(
            "ProblemText", "A household has exactly one head; {count} are marked."
        ),
        ProblemCode.HEAD_RELATION_NOT_HEAD: QCoreApplication.translate(
            "ProblemText", "the head's relation must be “head”."
        ),
        ProblemCode.RELATION_HEAD_NOT_MARKED: QCoreApplication.translate(
            "ProblemText", "marked as head but not as the head member."
        ),
        ProblemCode.ID_NOT_DIGITS: QCoreApplication.translate(
            "ProblemText", "a national ID has only digits."
        ),
        ProblemCode.ID_LENGTH: QCoreApplication.translate(
            "ProblemText", "a national ID has 13 digits; {length} were typed."
        ),
        ProblemCode.ID_FIRST_DIGIT: QCoreApplication.translate(
            "ProblemText", "a national ID cannot start with {digit}."
        ),
        ProblemCode.ID_CHECKSUM: QCoreApplication.translate(
            "ProblemText", "the check digit does not match: a digit was probably mistyped."
        ),
        ProblemCode.ID_REPEATED_IN_HOUSEHOLD: QCoreApplication.translate(
            "ProblemText", "the same ID is typed for member {other_row}."
        ),
        ProblemCode.ID_IN_OTHER_HOUSEHOLD: QCoreApplication.translate(
            "ProblemText",
            "this ID already belongs to {person_name} of household {household_key}"
            " (house no. {house_no}).",
        ),
        ProblemCode.DATE_FORMAT: QCoreApplication.translate(
            "ProblemText", "type the date as dd/mm/yyyy in the Buddhist era."
        ),
        ProblemCode.DATE_NO_SUCH_DAY: QCoreApplication.translate(
            "ProblemText", "there is no such day."
        ),
        ProblemCode.DATE_LOOKS_CE: QCoreApplication.translate(
            "ProblemText",
            "{typed_year} looks like a Christian-era year; in the Buddhist era it is"
            " {be_year} ({suggested}).",
        ),
        ProblemCode.DATE_SHORT_YEAR: QCoreApplication.translate(
            "ProblemText", "type the year in full, e.g. 25{typed_year}."
        ),
        ProblemCode.DATE_BEFORE_2400: QCoreApplication.translate(
            "ProblemText", "the year {typed_year} is before BE 2400."
        ),
        ProblemCode.DATE_IN_FUTURE: QCoreApplication.translate(
            "ProblemText", "the date is after today ({today})."
        ),
        ProblemCode.AGE_OVER_120: QCoreApplication.translate(
            "ProblemText", "the age would be {age}: please check the year."
        ),
        ProblemCode.HEAD_TOO_YOUNG: QCoreApplication.translate(
            "ProblemText", "the head would be {age} years old: is that right?"
        ),
        ProblemCode.CHILD_OLDER_THAN_HEAD: QCoreApplication.translate(
            "ProblemText",
            "a {relation} aged {age} is older than the head ({head_age}): is that right?",
        ),
        ProblemCode.PARENT_YOUNGER_THAN_HEAD: QCoreApplication.translate(
            "ProblemText",
            "a {relation} aged {age} is younger than the head ({head_age}): is that right?",
        ),
        ProblemCode.NOBODY_LIVES_HERE: QCoreApplication.translate(
            "ProblemText", "No member is marked as living here this year."
        ),
        ProblemCode.MONEY_FORMAT: QCoreApplication.translate(
            "ProblemText", "type an amount in baht, e.g. 45,000."
        ),
        ProblemCode.MONEY_DECIMALS: QCoreApplication.translate(
            "ProblemText", "at most two decimals (satang)."
        ),
        ProblemCode.INCOME_CATEGORY_REPEATED: QCoreApplication.translate(
            "ProblemText", "the same category is on income line {other_row}."
        ),
        ProblemCode.INDICATOR_UNANSWERED: QCoreApplication.translate(
            "ProblemText", "Indicator {number} is not answered yet."
        ),
        ProblemCode.ANSWER_DIFFERS_FROM_SUGGESTION: QCoreApplication.translate(
            "ProblemText",
            "Indicator {number}: the answer differs from the suggestion ({suggested}).",
        ),
        ProblemCode.STAGE_DATE_OUT_OF_ORDER: QCoreApplication.translate(
            "ProblemText", "this date is before entry {previous_row}."
        ),
    }
    return messages[code]


def problem_text(problem: Problem, draft: HouseholdDraft) -> str:
    """The message with where it is: `Member 2 (สมชาย), National ID: …`."""
    return _where(problem, draft) + problem_message(problem)


def problem_message(problem: Problem) -> str:
    """The message alone, for a label beside the field it concerns."""
    params = dict(problem.params)
    if "relation" in params:
        params["relation"] = relation_word(params["relation"])
    if "suggested" in params and problem.code is ProblemCode.ANSWER_DIFFERS_FROM_SUGGESTION:
        params["suggested"] = status_name(params["suggested"])
    message = _message(problem.code)
    with contextlib.suppress(KeyError, IndexError):
        message = message.format(**params)
    return message


def relation_word(code: str) -> str:
    words = {
        "father": QCoreApplication.translate("ProblemText", "father"),
        "mother": QCoreApplication.translate("ProblemText", "mother"),
        "child": QCoreApplication.translate("ProblemText", "child"),
        "grandchild": QCoreApplication.translate("ProblemText", "grandchild"),
    }
    return words.get(code, code)


def suggestion_text(suggestion: Suggestion) -> str:
    params = {k: v for k, v in suggestion.params.items()}
    ages = (
        QCoreApplication.translate("ProblemText", "aged {min_age}–{max_age}")
        if params.get("max_age")
        else QCoreApplication.translate("ProblemText", "aged {min_age} and over")
    ).format(**{"min_age": params.get("min_age", ""), "max_age": params.get("max_age", "")})
    reasons = {
        SuggestionReason.ALL_MEET: QCoreApplication.translate(
            "ProblemText", "All {count} members {ages} meet it."
        ),
        SuggestionReason.SOME_DO_NOT_MEET: QCoreApplication.translate(
            "ProblemText", "Members {rows} ({ages}) do not meet it."
        ),
        SuggestionReason.NOT_KNOWN_FOR_SOME: QCoreApplication.translate(
            "ProblemText", "Not known for members {rows}."
        ),
        SuggestionReason.NO_ONE_IN_AGE_GROUP: QCoreApplication.translate(
            "ProblemText", "No member is {ages}."
        ),
        SuggestionReason.BIRTH_DATES_UNKNOWN: QCoreApplication.translate(
            "ProblemText", "Birth dates are missing for members {skipped_rows}."
        ),
        SuggestionReason.INCOME_AT_OR_ABOVE_THRESHOLD: QCoreApplication.translate(
            "ProblemText", "{per_person} baht per person per year, at or above {threshold}."
        ),
        SuggestionReason.INCOME_BELOW_THRESHOLD: QCoreApplication.translate(
            "ProblemText", "{per_person} baht per person per year, below {threshold}."
        ),
        SuggestionReason.INCOME_NOT_READABLE: QCoreApplication.translate(
            "ProblemText", "Income of members {rows} cannot be read."
        ),
        SuggestionReason.NOBODY_LIVES_HERE: QCoreApplication.translate(
            "ProblemText", "No member lives here."
        ),
    }
    params["ages"] = ages
    try:
        return reasons[suggestion.reason].format(**params)
    except (KeyError, IndexError):
        return reasons[suggestion.reason]


def village_error_text(error: Exception) -> str:
    if not isinstance(error, VillageAddError):
        return str(error)
    texts = {
        VillageProblem.BAD_MOO: QCoreApplication.translate(
            "ProblemText", "Moo must be a number from 1 to 99."
        ),
        VillageProblem.MOO_TAKEN: QCoreApplication.translate(
            "ProblemText", "This subdistrict already has a village with that moo."
        ),
        VillageProblem.EMPTY_NAME: QCoreApplication.translate(
            "ProblemText", "Type the village name."
        ),
        VillageProblem.UNKNOWN_SUBDISTRICT: QCoreApplication.translate(
            "ProblemText", "Choose a subdistrict of this district first."
        ),
    }
    return texts[error.reason]
