"""SQL for the workbook's case sheets (layout version 2): a household's development plans,
their problems and activities, and its follow-up visits. Like rows.py, one SELECT per sheet
whose columns are the layout's, streamed into the writer.

A plan has no number of its own: it is numbered within its household by its date (then its
id), so the number is the same in every workbook of the office and, once imported, in the
office that imported it. Problems and activities carry their plan's number and their own
sequence numbers.
"""

from __future__ import annotations

from desktop.services.exchange.export.rows import (
    HOUSEHOLD_ORDER,
    PLAN_NUMBERS,
    RowScope,
    SheetQuery,
    be_text,
    excel_date,
    sheet_query,
    vocabulary,
)


def development_plans_query(scope: RowScope) -> SheetQuery:
    columns = {
        "household_key": "h.key",
        "plan_seq": "pn.seq",
        "title": "dp.title",
        "made_on": excel_date("dp.made_on"),
        "made_on_be": be_text("dp.made_on"),
        "is_current": "dp.is_current",
        "created_by": "dp.created_by",
        "notes": "dp.notes",
    }
    source = (
        f"FROM households h CROSS JOIN {PLAN_NUMBERS} pn ON pn.household_id = h.id"
        f" JOIN development_plans dp ON dp.id = pn.id WHERE {scope.households}"
    )
    return sheet_query("development_plans", columns, source, f"{HOUSEHOLD_ORDER}, pn.seq")


def plan_problems_query(scope: RowScope) -> SheetQuery:
    columns = {
        "household_key": "h.key",
        "plan_seq": "pn.seq",
        "problem_seq": "pp.seq",
        "indicator_number": "n.number",
        "dimension": vocabulary("pp.dimension", "dimension"),
        "goal": "pp.goal",
        "indicator_set": "st.code",
    }
    source = (
        f"FROM households h CROSS JOIN {PLAN_NUMBERS} pn ON pn.household_id = h.id"
        " JOIN plan_problems pp ON pp.plan_id = pn.id"
        " LEFT JOIN indicators n ON n.id = pp.indicator_id"
        f" LEFT JOIN indicator_sets st ON st.id = n.set_id WHERE {scope.households}"
    )
    order = f"{HOUSEHOLD_ORDER}, pn.seq, pp.seq, pp.id"
    return sheet_query("plan_problems", columns, source, order)


def plan_activities_query(scope: RowScope) -> SheetQuery:
    columns = {
        "household_key": "h.key",
        "plan_seq": "pn.seq",
        "problem_seq": "pp.seq",
        "activity_seq": "pa.seq",
        "text": "pa.text",
        "agency": "ag.name",
        "project_number": "pa.project_id",
        "project_name": "p.name",
        "due_on": excel_date("pa.due_on"),
        "due_on_be": be_text("pa.due_on"),
        "status": vocabulary("pa.status", "activity_status"),
        "agency_code": "ag.code",
    }
    source = (
        f"FROM households h CROSS JOIN {PLAN_NUMBERS} pn ON pn.household_id = h.id"
        " JOIN plan_problems pp ON pp.plan_id = pn.id"
        " JOIN plan_activities pa ON pa.problem_id = pp.id"
        " LEFT JOIN agencies ag ON ag.id = pa.agency_id"
        " LEFT JOIN projects p ON p.id = pa.project_id"
        f" WHERE {scope.households}"
    )
    order = f"{HOUSEHOLD_ORDER}, pn.seq, pp.seq, pp.id, pa.seq, pa.id"
    return sheet_query("plan_activities", columns, source, order)


def follow_up_visits_query(scope: RowScope) -> SheetQuery:
    columns = {
        "household_key": "h.key",
        "visited_on": excel_date("fv.visited_on"),
        "visited_on_be": be_text("fv.visited_on"),
        "visited_by": "fv.visited_by",
        "findings": "fv.findings",
        "stage": vocabulary("sa.stage", "stage"),
        "stage_reason": "sa.reason",
        "next_due_on": excel_date("fv.next_visit_due"),
        "next_due_on_be": be_text("fv.next_visit_due"),
    }
    source = (
        "FROM households h CROSS JOIN follow_up_visits fv ON fv.household_id = h.id"
        " LEFT JOIN stage_assessments sa ON sa.id = fv.stage_assessment_id"
        f" WHERE {scope.households}"
    )
    order = f"{HOUSEHOLD_ORDER}, fv.visited_on, fv.id"
    return sheet_query("follow_up_visits", columns, source, order)


CASE_QUERIES = {
    "development_plans": development_plans_query,
    "plan_problems": plan_problems_query,
    "plan_activities": plan_activities_query,
    "follow_up_visits": follow_up_visits_query,
}
