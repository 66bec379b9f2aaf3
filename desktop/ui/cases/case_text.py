"""The words of the case screens that several of them share: activity statuses, the
problems that refuse a plan or a visit, where a problem lies."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.services.cases import CaseProblem, CaseProblemCode
from desktop.services.thai import format_be_date

ACTIVITY_STATUSES = ("planned", "doing", "done", "dropped")


def activity_status_name(status: str) -> str:
    names = {
        "planned": QCoreApplication.translate("CaseText", "Planned"),
        "doing": QCoreApplication.translate("CaseText", "Under way"),
        "done": QCoreApplication.translate("CaseText", "Done"),
        "dropped": QCoreApplication.translate("CaseText", "Dropped"),
    }
    return names.get(status, status)


def field_title(field: str) -> str:
    titles = {
        "title": QCoreApplication.translate("CaseText", "Plan title"),
        "made_on": QCoreApplication.translate("CaseText", "Date made"),
        "notes": QCoreApplication.translate("CaseText", "Notes"),
        "problems": QCoreApplication.translate("CaseText", "Problems"),
        "problems.dimension": QCoreApplication.translate("CaseText", "Problem"),
        "problems.indicator_id": QCoreApplication.translate("CaseText", "Indicator"),
        "problems.goal": QCoreApplication.translate("CaseText", "Goal"),
        "problems.activities.text": QCoreApplication.translate("CaseText", "Activity"),
        "problems.activities.agency_id": QCoreApplication.translate(
            "CaseText", "Responsible agency"
        ),
        "problems.activities.project_id": QCoreApplication.translate("CaseText", "Project"),
        "problems.activities.due_on": QCoreApplication.translate("CaseText", "Due date"),
        "problems.activities.status": QCoreApplication.translate("CaseText", "Status"),
        "visited_on": QCoreApplication.translate("CaseText", "Visit date"),
        "visited_by": QCoreApplication.translate("CaseText", "Visited by"),
        "findings": QCoreApplication.translate("CaseText", "Findings"),
        "answers": QCoreApplication.translate("CaseText", "Indicators checked"),
        "answers.status": QCoreApplication.translate("CaseText", "Indicators checked"),
        "new_stage": QCoreApplication.translate("CaseText", "New stage"),
        "stage_reason": QCoreApplication.translate("CaseText", "Reason for the stage"),
        "next_visit_due": QCoreApplication.translate("CaseText", "Next visit due"),
        "household_id": QCoreApplication.translate("CaseText", "Household"),
        "id": QCoreApplication.translate("CaseText", "Plan"),
    }
    return titles.get(field, field)


def case_problem_text(problem: CaseProblem) -> str:
    """ "<where>: <what>" for one problem, e.g. "Problem 2, activity 1 · Due date: ..."."""
    params = problem.params
    before = params.get("before")
    messages = {
        CaseProblemCode.REQUIRED: QCoreApplication.translate("CaseText", "must be filled in"),
        CaseProblemCode.UNKNOWN_CHOICE: QCoreApplication.translate(
            "CaseText", "is not one of the choices"
        ),
        CaseProblemCode.FUTURE_DATE: QCoreApplication.translate("CaseText", "is in the future"),
        CaseProblemCode.DATE_BEFORE: QCoreApplication.translate(
            "CaseText", "is before {date}"
        ).format(date=format_be_date(date.fromisoformat(before)) if before else ""),
        CaseProblemCode.TOO_LONG: QCoreApplication.translate(
            "CaseText", "is longer than {limit} characters"
        ).format(limit=params.get("limit", "")),
        CaseProblemCode.NO_PROBLEMS: QCoreApplication.translate(
            "CaseText", "a plan needs at least one problem"
        ),
        CaseProblemCode.INDICATOR_DIMENSION: QCoreApplication.translate(
            "CaseText", "belongs to another dimension"
        ),
        CaseProblemCode.INDICATOR_REPEATED: QCoreApplication.translate(
            "CaseText", "is already the problem of row {row}"
        ).format(row=params.get("other_row", "")),
        CaseProblemCode.ANSWER_REPEATED: QCoreApplication.translate(
            "CaseText", "is answered twice"
        ),
        CaseProblemCode.NO_INDICATOR_SET: QCoreApplication.translate(
            "CaseText",
            "no indicator set covers survey year {year} yet — load one in Settings; no"
            " answer is saved for that year",
        ).format(year=params.get("year", "")),
        CaseProblemCode.HOUSEHOLD_GONE: QCoreApplication.translate("CaseText", "no longer exists"),
        CaseProblemCode.PLAN_OF_OTHER_HOUSEHOLD: QCoreApplication.translate(
            "CaseText", "belongs to another household"
        ),
    }
    where = field_title(problem.field)
    if problem.row is not None and problem.field.startswith("problems"):
        place = QCoreApplication.translate("CaseText", "Problem {row}").format(row=problem.row + 1)
        if problem.subrow is not None:
            place += ", " + QCoreApplication.translate("CaseText", "activity {row}").format(
                row=problem.subrow + 1
            )
        where = f"{place} · {where}"
    elif problem.row is not None:
        where = f"{where} {problem.row + 1}"
    return f"{where}: {messages[problem.code]}"
