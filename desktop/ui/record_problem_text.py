"""Projects', agencies', assistance's and code lists' problems as translated sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.services.households import InvalidMoney, MoneyProblem
from desktop.services.projects import RecordProblem, RecordProblemCode
from desktop.services.thai import DateProblem, InvalidThaiDate


def _baht(satang: str) -> str:
    return QLocale().toString(int(satang) / 100, "f", 2)


def record_problem_text(problem: RecordProblem) -> str:
    """What is wrong, in a sentence the clerk reads beside the field."""
    code, params = problem.code, problem.params
    texts = {
        RecordProblemCode.REQUIRED: lambda: QCoreApplication.translate(
            "RecordProblemText", "This is needed."
        ),
        RecordProblemCode.TOO_LONG: lambda: QCoreApplication.translate(
            "RecordProblemText", "At most {limit} characters."
        ).format(limit=params.get("limit", "")),
        RecordProblemCode.DUPLICATE_CODE: lambda: QCoreApplication.translate(
            "RecordProblemText", "Another entry already has this code."
        ),
        RecordProblemCode.BAD_CODE: lambda: QCoreApplication.translate(
            "RecordProblemText", "A code is letters, digits, _ or - only, without spaces."
        ),
        RecordProblemCode.UNKNOWN_CHOICE: lambda: QCoreApplication.translate(
            "RecordProblemText", "This choice does not exist (any more)."
        ),
        RecordProblemCode.RETIRED_CHOICE: lambda: QCoreApplication.translate(
            "RecordProblemText", "This code is retired; choose one in use."
        ),
        RecordProblemCode.FISCAL_YEAR_RANGE: lambda: QCoreApplication.translate(
            "RecordProblemText", "A fiscal year in the Buddhist era, {min} to {max}."
        ).format(min=params.get("min", ""), max=params.get("max", "")),
        RecordProblemCode.NEGATIVE: lambda: QCoreApplication.translate(
            "RecordProblemText", "Cannot be below zero."
        ),
        RecordProblemCode.PERIOD_ORDER: lambda: QCoreApplication.translate(
            "RecordProblemText", "The end comes before the start."
        ),
        RecordProblemCode.PERIOD_OUTSIDE_YEAR: lambda: QCoreApplication.translate(
            "RecordProblemText", "The period goes outside the fiscal year."
        ),
        RecordProblemCode.DUPLICATE_QUARTER: lambda: QCoreApplication.translate(
            "RecordProblemText", "There is already a report for this fiscal year and quarter."
        ),
        RecordProblemCode.NO_HOUSEHOLDS: lambda: QCoreApplication.translate(
            "RecordProblemText", "Choose at least one household."
        ),
        RecordProblemCode.FUTURE_DATE: lambda: QCoreApplication.translate(
            "RecordProblemText", "This date has not come yet."
        ),
        RecordProblemCode.NO_SOURCE: lambda: QCoreApplication.translate(
            "RecordProblemText", "Choose the project or the agency that helped."
        ),
        RecordProblemCode.OVER_BUDGET: lambda: QCoreApplication.translate(
            "RecordProblemText",
            "Money given would reach {after} baht, over the budget of {budget} baht.",
        ).format(after=_baht(params.get("after", "0")), budget=_baht(params.get("budget", "0"))),
        RecordProblemCode.IN_USE: lambda: QCoreApplication.translate(
            "RecordProblemText", "{count} records use it, so it cannot be deleted."
        ).format(count=params.get("count", "")),
    }
    return texts[code]()


def date_error_text(error: InvalidThaiDate) -> str:
    if error.reason is DateProblem.NO_SUCH_DATE:
        return QCoreApplication.translate("RecordProblemText", "There is no such date.")
    if error.reason is DateProblem.YEAR_OUT_OF_RANGE:
        return QCoreApplication.translate(
            "RecordProblemText", "Type the year in the Buddhist era, e.g. 2568."
        )
    return QCoreApplication.translate(
        "RecordProblemText", "Type a date as day/month/year in the Buddhist era, e.g. 15/3/2568."
    )


def money_error_text(error: InvalidMoney) -> str:
    if error.reason is MoneyProblem.DECIMALS:
        return QCoreApplication.translate("RecordProblemText", "At most 2 digits after the point.")
    return QCoreApplication.translate("RecordProblemText", "Type an amount in baht, e.g. 45,000.")
