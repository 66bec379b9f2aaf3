"""SQL for the exchange workbook's data sheets: one SELECT per sheet, cells ready to write.

Every column of a sheet is one SQL expression, in the layout's order (a test checks the
keys), so rows stream from SQLite straight into the writer: dates come out as Excel date
serials, BE text, baht and vocabulary labels are computed by SQLite, national IDs are
masked there. Nothing is collected in Python lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.models import DIMENSIONS
from desktop.services.exchange.layout import VOCABULARIES, sheet

EXCEL_EPOCH_JULIAN_DAY = 2415018.5  # julianday('1899-12-30'): Excel's day 0 (1900 system)
HOUSEHOLD_ORDER = "h.village_code, h.house_no_key, h.id"
MASK = "XXXXX-XX"


@dataclass(frozen=True)
class RowScope:
    """What a workbook covers, as SQL parameters."""

    subdistrict: str | None = None
    fiscal_year: int | None = None
    fiscal_year_start: str = ""  # ISO dates of the fiscal year's first and last day
    fiscal_year_end: str = ""
    mask_ids: bool = False
    aggregates_only: bool = False

    @property
    def params(self) -> dict[str, object]:
        sub = self.subdistrict or ""
        return {
            "sub": sub,
            "sub_lo": f"{sub}00",
            "sub_hi": f"{sub}99",
            "fy": self.fiscal_year or 0,
            "fy_start": self.fiscal_year_start,
            "fy_end": self.fiscal_year_end,
        }

    @property
    def households(self) -> str:
        """Households in scope (alias ``h``); villages codes start with their subdistrict's."""
        if self.subdistrict is None:
            return "1"
        return "h.village_code BETWEEN :sub_lo AND :sub_hi"

    def assistance(self, alias: str = "a") -> str:
        """Assistance in the fiscal year (the household part is ``households``)."""
        if self.fiscal_year is None:
            return "1"
        return f"{alias}.given_on BETWEEN :fy_start AND :fy_end"

    @property
    def projects(self) -> str:
        """Projects (alias ``p``) of the fiscal year; with a subdistrict, those working there
        (an area in it) or helping a household of it."""
        parts = []
        if self.fiscal_year is not None:
            parts.append("p.fiscal_year = :fy")
        if self.subdistrict is not None:
            parts.append(
                "(p.id IN (SELECT project_id FROM project_areas WHERE subdistrict_code = :sub)"
                " OR p.id IN (SELECT a.project_id FROM assistance a"
                " JOIN households h ON h.id = a.household_id"
                f" WHERE a.project_id IS NOT NULL AND {self.households}))"
            )
        return " AND ".join(parts) or "1"


@dataclass(frozen=True)
class SheetQuery:
    sheet: str
    select: str
    count: str


# SQL expressions ----------------------------------------------------------------------


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def excel_date(expr: str) -> str:
    """An ISO date as Excel's day number (a real date once a date format is applied)."""
    return f"CAST(julianday({expr}) - {EXCEL_EPOCH_JULIAN_DAY} AS INTEGER)"


def be_text(expr: str) -> str:
    """An ISO date as BE text, ``2025-03-15`` → ``15/03/2568``; NULL stays NULL."""
    return f"(strftime('%d/%m/', {expr}) || (CAST(strftime('%Y', {expr}) AS INTEGER) + 543))"


def fiscal_year(expr: str) -> str:
    """The BE fiscal year of an ISO date (1 Oct starts the next one)."""
    return (
        f"(CAST(strftime('%Y', {expr}) AS INTEGER) + 543"
        f" + (CAST(strftime('%m', {expr}) AS INTEGER) >= 10))"
    )


def vocabulary(expr: str, name: str) -> str:
    whens = " ".join(
        f"WHEN {_quote(code)} THEN {_quote(label)}" for code, label in VOCABULARIES[name].items()
    )
    return f"CASE {expr} {whens} ELSE {expr} END"


def baht(expr: str) -> str:
    return f"({expr}) / 100.0"


def national_id(expr: str, *, masked: bool) -> str:
    """13 digits as stored, or masked like format_national_id(masked=True)."""
    if not masked:
        return expr
    return (
        f"CASE WHEN length({expr}) = 13 THEN substr({expr}, 1, 1) || '-' || substr({expr}, 2, 4)"
        f" || '-{MASK}-' || substr({expr}, 13, 1) END"
    )


def failed_dimensions(expr: str) -> str:
    """The bitmask (health = 1 ... access = 16) as Thai names, "สุขภาพ, รายได้"."""
    labels = VOCABULARIES["dimension"]
    parts = " || ".join(
        f"CASE WHEN {expr} & {1 << bit} THEN {_quote(labels[name] + ', ')} ELSE '' END"
        for bit, name in enumerate(DIMENSIONS)
    )
    return f"rtrim({parts}, ', ')"


def _code_name(alias: str, list_name: str, code_expr: str) -> tuple[str, str]:
    """A join to the code list's names, and the name (the code itself when unknown)."""
    join = (
        f" LEFT JOIN code_items {alias} ON {alias}.list_name = {_quote(list_name)}"
        f" AND {alias}.code = {code_expr}"
    )
    return join, f"coalesce({alias}.name_th, {code_expr})"


def sheet_query(name: str, columns: dict[str, str], source: str, order: str) -> SheetQuery:
    keys = sheet(name).keys
    if tuple(columns) != keys:
        raise AssertionError(f"{name}: SQL columns {tuple(columns)} differ from layout {keys}")
    select = f"SELECT {', '.join(columns.values())} {source} ORDER BY {order}"
    # CROSS JOIN keeps SQLite walking households in list order; a count needs no order.
    return SheetQuery(name, select, f"SELECT count(*) {source.replace('CROSS JOIN', 'JOIN')}")


# Sheets -------------------------------------------------------------------------------


def households_query(scope: RowScope) -> SheetQuery:
    join, source_name = _code_name("src", "source_list", "h.source_list")
    columns = {
        "household_key": "h.key",
        "house_code": "h.house_code",
        "house_no": "h.house_no",
        "moo": "v.moo",
        "village_name": "v.name_th",
        "subdistrict_name": "s.name_th",
        "source_list": source_name,
        "has_welfare_card": "h.has_welfare_card",
        "welfare_registered": "h.welfare_registered",
        "current_stage": vocabulary("h.current_stage", "stage"),
        "last_verified_on": excel_date("h.last_verified_on"),
        "last_verified_on_be": be_text("h.last_verified_on"),
        "head_name": "h.head_name",
        "head_national_id": national_id("h.head_national_id", masked=scope.mask_ids),
        "member_count": "h.member_count",
        "failed_dimensions": failed_dimensions("h.failed_dimensions"),
        "failed_indicators": "replace(trim(h.failed_indicators, ','), ',', ', ')",
        "helped": "h.helped",
        "notes": "h.notes",
        "village_code": "h.village_code",
        "subdistrict_code": "v.subdistrict_code",
        "source_list_code": "h.source_list",
    }
    source = (
        "FROM households h JOIN villages v ON v.code = h.village_code"
        f" JOIN subdistricts s ON s.code = v.subdistrict_code{join}"
        f" WHERE {scope.households}"
    )
    return sheet_query("households", columns, source, HOUSEHOLD_ORDER)


MEMBER_CODE_FIELDS = (
    ("title", "title"),
    ("relation", "relation"),
    ("education_status", "education_status"),
    ("education_level", "education_level"),
    ("occupation_main", "occupation"),
    ("occupation_second", "occupation"),
)


def members_query(scope: RowScope) -> SheetQuery:
    joins, names = "", {}
    for index, (field, list_name) in enumerate(MEMBER_CODE_FIELDS):
        join, names[field] = _code_name(f"c{index}", list_name, f"m.{field}")
        joins += join
    columns = {
        "household_key": "h.key",
        "member_seq": "m.seq",
        "is_head": "m.is_head",
        "title": names["title"],
        "first_name": "m.first_name",
        "last_name": "m.last_name",
        "national_id": national_id("m.national_id", masked=scope.mask_ids),
        "sex": vocabulary("m.sex", "sex"),
        "birth_date": excel_date("m.birth_date"),
        "birth_date_be": be_text("m.birth_date"),
        "relation": names["relation"],
        "education_status": names["education_status"],
        "education_level": names["education_level"],
        "literate": "m.literate",
        "occupation_main": names["occupation_main"],
        "occupation_second": names["occupation_second"],
        "disability": "m.disability",
        "chronic_illness": "m.chronic_illness",
        "bedridden": "m.bedridden",
        "welfare_card": "m.welfare_card",
        "lives_here": "m.lives_here",
        **{f"{field}_code": f"m.{field}" for field, _ in MEMBER_CODE_FIELDS},
    }
    source = (
        f"FROM households h CROSS JOIN members m ON m.household_id = h.id{joins}"
        f" WHERE {scope.households}"
    )
    return sheet_query("members", columns, source, f"{HOUSEHOLD_ORDER}, m.seq, m.id")


def income_query(scope: RowScope) -> SheetQuery:
    join, category = _code_name("cat", "income_category", "i.category")
    columns = {
        "household_key": "h.key",
        "member_seq": "m.seq",
        "survey_year": "i.survey_year",
        "category": category,
        "amount": baht("i.amount_satang"),
        "cost": baht("i.cost_satang"),
        "category_code": "i.category",
    }
    source = (
        "FROM households h CROSS JOIN members m ON m.household_id = h.id"
        f" CROSS JOIN income_lines i ON i.member_id = m.id{join} WHERE {scope.households}"
    )
    order = f"{HOUSEHOLD_ORDER}, m.seq, m.id, i.survey_year, i.category"
    return sheet_query("income", columns, source, order)


def indicator_results_query(scope: RowScope) -> SheetQuery:
    columns = {
        "household_key": "h.key",
        "survey_year": "r.survey_year",
        "indicator_number": "n.number",
        "dimension": vocabulary("n.dimension", "dimension"),
        "status": vocabulary("r.status", "result_status"),
        "verified_by": "r.verified_by",
        "verified_on": excel_date("r.verified_on"),
        "indicator_set": "st.code",
    }
    source = (
        "FROM households h CROSS JOIN indicator_results r ON r.household_id = h.id"
        " JOIN indicators n ON n.id = r.indicator_id JOIN indicator_sets st ON st.id = n.set_id"
        f" WHERE {scope.households}"
    )
    # The unique (household, indicator, survey year) index gives this order without sorting
    # 1.7 million rows per 100,000 households; indicator ids follow the numbers of a set.
    order = f"{HOUSEHOLD_ORDER}, r.indicator_id, r.survey_year"
    return sheet_query("indicator_results", columns, source, order)


def stage_history_query(scope: RowScope) -> SheetQuery:
    columns = {
        "household_key": "h.key",
        "stage": vocabulary("sa.stage", "stage"),
        "assessed_on": excel_date("sa.assessed_on"),
        "assessed_on_be": be_text("sa.assessed_on"),
        "assessor": "sa.assessor",
        "reason": "sa.reason",
    }
    source = (
        "FROM households h CROSS JOIN stage_assessments sa ON sa.household_id = h.id"
        f" WHERE {scope.households}"
    )
    return sheet_query(
        "stage_history", columns, source, f"{HOUSEHOLD_ORDER}, sa.assessed_on, sa.id"
    )


def _reached(scope: RowScope, what: str) -> str:
    """An aggregate over the project's assistance inside the workbook's scope."""
    return (
        f"(SELECT {what} FROM assistance a JOIN households h ON h.id = a.household_id"
        f" WHERE a.project_id = p.id AND {scope.households} AND {scope.assistance()})"
    )


def _areas(label: str) -> str:
    return (
        f"(SELECT group_concat(label, ', ') FROM (SELECT {label} AS label"
        " FROM project_areas pa JOIN subdistricts ps ON ps.code = pa.subdistrict_code"
        " LEFT JOIN villages pv ON pv.code = pa.village_code WHERE pa.project_id = p.id"
        " ORDER BY pa.subdistrict_code, pa.village_code))"
    )


def projects_query(scope: RowScope) -> SheetQuery:
    join, budget_source = _code_name("bs", "budget_source", "p.budget_source")
    personal = "NULL" if scope.aggregates_only else ""
    columns = {
        "project_number": "p.id",
        "fiscal_year": "p.fiscal_year",
        "name": "p.name",
        "agency": "ag.name",
        "umbrella": "um.name_th",
        "status": vocabulary("p.status", "project_status"),
        "rationale": "p.rationale",
        "objectives": "p.objectives",
        "target_group": "p.target_group",
        "target_count": "p.target_count",
        "areas": _areas(
            "'ต.' || ps.name_th || coalesce(' หมู่ ' || pv.moo || ' ' || pv.name_th, '')"
        ),
        "budget_source": budget_source,
        "budget": baht("p.budget_satang"),
        "start_date": excel_date("p.start_date"),
        "start_date_be": be_text("p.start_date"),
        "end_date": excel_date("p.end_date"),
        "end_date_be": be_text("p.end_date"),
        "responsible_person": personal or "p.responsible_person",
        "responsible_phone": personal or "p.responsible_phone",
        "steps": "p.steps",
        "evaluation_method": "p.evaluation_method",
        "evaluation_tools": "p.evaluation_tools",
        "evidence": "p.evidence",
        "households_reached": _reached(scope, "count(DISTINCT a.household_id)"),
        "money_given": _reached(scope, f"coalesce({baht('sum(a.value_satang)')}, 0)"),
        "agency_code": "ag.code",
        "umbrella_code": "p.umbrella_code",
        "budget_source_code": "p.budget_source",
        "area_codes": _areas("coalesce(pa.village_code, pa.subdistrict_code)"),
    }
    source = (
        "FROM projects p JOIN agencies ag ON ag.id = p.agency_id"
        f" LEFT JOIN umbrellas um ON um.code = p.umbrella_code{join} WHERE {scope.projects}"
    )
    return sheet_query("projects", columns, source, "p.fiscal_year, p.id")


def key_results_query(scope: RowScope) -> SheetQuery:
    columns = {
        "project_number": "p.id",
        "key_result_seq": "k.seq",
        "project_name": "p.name",
        "text": "k.text",
        "unit": "k.unit",
        "baseline": "k.baseline",
        "target": "k.target",
    }
    source = (
        f"FROM projects p JOIN project_indicators k ON k.project_id = p.id WHERE {scope.projects}"
    )
    return sheet_query("key_results", columns, source, "p.fiscal_year, p.id, k.seq, k.id")


def progress_reports_query(scope: RowScope) -> SheetQuery:
    columns = {
        "project_number": "p.id",
        "key_result_seq": "k.seq",
        "fiscal_year": "pr.fiscal_year",
        "quarter": "pr.quarter",
        "value": "pr.value",
        "percent_of_target": "CASE WHEN k.target != 0 THEN pr.value / k.target END",
        "money_spent": baht("pr.money_spent_satang"),
        "result": "pr.result",
        "problems": "pr.problems",
    }
    source = (
        "FROM projects p JOIN project_indicators k ON k.project_id = p.id"
        f" JOIN progress_reports pr ON pr.project_indicator_id = k.id WHERE {scope.projects}"
    )
    order = "p.fiscal_year, p.id, k.seq, k.id, pr.fiscal_year, pr.quarter"
    return sheet_query("progress_reports", columns, source, order)


# A household's plans numbered by date, then id: the number the case sheets give a plan
# (desktop/services/exchange/export/case_rows.py) and the assistance sheet links by.
PLAN_NUMBERS = (
    "(SELECT id, household_id, row_number() OVER"
    " (PARTITION BY household_id ORDER BY made_on, id) AS seq FROM development_plans)"
)


def assistance_query(scope: RowScope) -> SheetQuery:
    join, kind = _code_name("kc", "assistance_type", "a.kind")
    columns = {
        "household_key": "h.key",
        "member_seq": "m.seq",
        "given_on": excel_date("a.given_on"),
        "given_on_be": be_text("a.given_on"),
        "fiscal_year": fiscal_year("a.given_on"),
        "project_number": "a.project_id",
        "project_name": "p.name",
        "agency": "ag.name",
        "dimension": vocabulary("a.dimension", "dimension"),
        "kind": kind,
        "value": baht("a.value_satang"),
        "outcome": "a.outcome",
        "note": "a.note",
        "agency_code": "ag.code",
        "kind_code": "a.kind",
        "plan_activity": "pn.seq || '.' || pp.seq || '.' || pa.seq",
    }
    source = (
        "FROM households h CROSS JOIN assistance a ON a.household_id = h.id"
        " LEFT JOIN members m ON m.id = a.member_id LEFT JOIN projects p ON p.id = a.project_id"
        f" LEFT JOIN agencies ag ON ag.id = a.agency_id{join}"
        " LEFT JOIN plan_activities pa ON pa.id = a.plan_activity_id"
        " LEFT JOIN plan_problems pp ON pp.id = pa.problem_id"
        f" LEFT JOIN {PLAN_NUMBERS} pn ON pn.id = pp.plan_id"
        f" WHERE {scope.households} AND {scope.assistance()}"
    )
    return sheet_query("assistance", columns, source, f"{HOUSEHOLD_ORDER}, a.given_on, a.id")


REGISTER_AND_PROJECT_QUERIES = {
    "households": households_query,
    "members": members_query,
    "income": income_query,
    "indicator_results": indicator_results_query,
    "stage_history": stage_history_query,
    "projects": projects_query,
    "key_results": key_results_query,
    "progress_reports": progress_reports_query,
    "assistance": assistance_query,
}
