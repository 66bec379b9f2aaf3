"""SQL of the worklist read from its derived lines (``follow_up_lines``, kept by
``db/follow_up_lines.py``): per-kind counts of an area and its lines a page at a time, in
the reference statement's order (worklist_sql: village, then
urgency). "Today" only bounds the lines' ``cut`` dates, read off the indexes.

Plain SQL text with named parameters, so the service runs it through SQLAlchemy and the
benchmark through bare ``sqlite3``. Parameters: ``:today``, ``:year_ago`` (ISO dates) and
the area's bounds when filtered; a page also ``:start`` (the village it starts in, ''
for the first), ``:skip`` (the lines of that village read before) and ``:limit`` (-1: to
the end). The village index gives the villages in order, so SQLite sorts one village at a
time and stops at the page's end (a page costs a village's sort, not the office's).
"""

from __future__ import annotations

from collections.abc import Collection

from db.follow_up_lines import TODAY_BOUND_KINDS, YEAR_BOUND_KINDS
from desktop.services.households.list_query import PREFIX_END

_YEAR_KINDS = ", ".join(str(kind) for kind in YEAR_BOUND_KINDS)
BOUND = f"CASE WHEN f.kind IN ({_YEAR_KINDS}) THEN :year_ago ELSE :today END"
LISTED = f"f.cut < {BOUND}"  # the line is on the list "today"
DAYS = f"CAST(julianday({BOUND}) - julianday(f.detail_on) AS INTEGER)"
BY_VILLAGE = "follow_up_lines AS f INDEXED BY ix_follow_up_lines_village_kind_cut"

# One count per kind, each a range of an index: (kind, cut) for the office, (village, kind,
# cut) for an area.
_COUNT_SQL = (
    "SELECT {kind}, (SELECT count(*) FROM follow_up_lines AS f"
    " WHERE f.kind = {kind} AND f.cut < {bound} AND {area})"
)
# The households with a listed line: the office's in household order off the (household,
# kind, cut) index, no distinct-set to build; an area's off its villages' lines.
HOUSEHOLDS_SQL = (
    "SELECT count(*) FROM (SELECT 1 FROM follow_up_lines AS f {index} WHERE {where}"
    " GROUP BY f.household_id)"
)

LINES_SQL = (
    "SELECT f.household_id, f.household_key, f.house_no, f.village_code, v.moo, v.name_th,"
    f" v.subdistrict_code, s.name_th, f.head_name, f.kind, f.detail_on, {DAYS} AS days,"
    f" f.indicator_number, f.activity_text FROM {BY_VILLAGE}"
    " CROSS JOIN villages AS v ON v.code = f.village_code"
    " CROSS JOIN subdistricts AS s ON s.code = v.subdistrict_code"
    " WHERE {where} AND f.village_code >= :start"
    " ORDER BY f.village_code, days IS NOT NULL, days DESC, f.kind, f.house_no_key,"
    " f.household_id, f.indicator_number, f.activity_text LIMIT :limit OFFSET :skip"
)


def area_condition(
    subdistrict_code: str | None, village_code: str | None
) -> tuple[str, dict[str, str]]:
    """The area as a condition on ``f.village_code`` (None, None: the office) and its
    parameters."""
    if village_code is not None:
        return "f.village_code = :village", {"village": village_code}
    if subdistrict_code is not None:
        return "f.village_code >= :subdistrict_low AND f.village_code < :subdistrict_high", {
            "subdistrict_low": subdistrict_code,
            "subdistrict_high": subdistrict_code + PREFIX_END,
        }
    return "1", {}


def counts_sql(area: str) -> str:
    """Every kind's count of listed lines in ``area``: rows of (kind, count)."""
    return " UNION ALL ".join(
        _COUNT_SQL.format(
            kind=kind, area=area, bound=":year_ago" if kind in YEAR_BOUND_KINDS else ":today"
        )
        for kind in sorted((*TODAY_BOUND_KINDS, *YEAR_BOUND_KINDS))
    )


def households_sql(area: str, where: str) -> str:
    """How many households ``where`` lists (``area`` as area_condition gave it)."""
    index = "INDEXED BY ix_follow_up_lines_household_kind_cut" if area == "1" else ""
    return HOUSEHOLDS_SQL.format(index=index, where=where)


def listed_condition(area: str, kinds: Collection[int]) -> str:
    """The lines of ``kinds`` in ``area`` that are on the list."""
    chosen = ", ".join(str(kind) for kind in sorted(kinds)) or "NULL"
    return f"{area} AND f.kind IN ({chosen}) AND {LISTED}"


def lines_sql(where: str) -> str:
    """A page of the lines ``where`` lists (see the parameters above)."""
    return LINES_SQL.format(where=where)
