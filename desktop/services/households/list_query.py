"""SQL of the household list: filters, search and sort orders as one statement each.

Built as plain SQL text with named parameters (``:name``), so the same statement runs
through SQLAlchemy in the service and through bare ``sqlite3`` in the benchmark.
Everything the list filters and sorts on is a column of ``households`` (derived ones are
kept by db.household_summary) or one of its FTS5 search tables; see that module.

``postgresql=True`` writes the statements for a PostgreSQL server: its search tables are
plain tables searched with ILIKE through trigram indexes, and its planner picks the index
to read by itself (no unary ``+``, so every page is read as if not ``in_order``).
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from typing import Any

from db.household_summary import CODE_PREFIX_LENGTH, DIMENSION_BITS
from db.models.households import CODE_SEARCH_TABLE, NAME_SEARCH_TABLE, NAME_TERMS_TABLE
from desktop.services.thai import (
    clean_national_id,
    fiscal_year_bounds,
    normalize_digits,
    quarter_bounds,
)

# The set whose indicators the list's filter and the dashboard name: the newest set any
# household was answered in, else the newest set. A set loaded for survey years nobody was
# surveyed in yet does not relabel the answers given in an older one. Each EXISTS is one
# look-up in the results' indicator index.
ANSWERED_SET_SQL = """(SELECT s.id FROM indicator_sets AS s ORDER BY EXISTS (
    SELECT 1 FROM indicators AS x JOIN indicator_results AS r ON r.indicator_id = x.id
    WHERE x.set_id = s.id) DESC, s.first_year DESC, s.id DESC LIMIT 1)"""

# The set a household's latest answers are in: the newest set (by first survey year) it
# has any answer in. The dashboard's per-set indicator figures group households the same
# way (dashboard/queries.py), so a figure's count is its list's.
HOUSEHOLD_SET_SQL = """(SELECT i.set_id FROM indicator_results AS r
    JOIN indicators AS i ON i.id = r.indicator_id JOIN indicator_sets AS s ON s.id = i.set_id
    WHERE r.household_id = h.id ORDER BY s.first_year DESC, s.id DESC LIMIT 1)"""

STAGE_NONE = "none"
STAGES = ("survival", "sufficiency", "sustainable")
PREFIX_END = ";"  # sorts right after "9": col >= p AND col < p || ';' is "starts with p"
_LAST_CHAR = "\U0010ffff"
_ASCII_DIGITS = frozenset("0123456789")
TRIGRAM = 3
BROAD_SEARCH = 5_000  # households; a search finding more is "broad" for count_sql

Params = dict[str, Any]


class CaseEventKind(enum.Enum):
    """What a dashboard case figure counts, as a filter of the household list."""

    CURRENT_PLAN = "current_plan"  # has a current development plan
    VISITED = "visited"  # had a follow-up visit in the period
    MOVED_UP = "moved_up"  # was assessed a stage above its assessment before, in the period


@dataclass(frozen=True)
class CaseEvent:
    """Households behind a case figure; the period is a fiscal year (BE) and its quarter
    (1–4, or 0 for the whole year), unused by CURRENT_PLAN."""

    kind: CaseEventKind
    fiscal_year: int | None = None
    quarter: int = 0

    def bounds(self) -> tuple[str, str]:
        """The period's first and last day, ISO (as the dates are stored)."""
        if self.fiscal_year is None:
            raise ValueError(f"{self.kind.value} needs a fiscal year")
        first, last = (
            quarter_bounds(self.fiscal_year, self.quarter)
            if self.quarter
            else fiscal_year_bounds(self.fiscal_year)
        )
        return first.isoformat(), last.isoformat()


# The case tables are read here only as filters (households import nothing of cases).
_STAGE_RANK = (
    "CASE a.stage WHEN 'survival' THEN 1 WHEN 'sufficiency' THEN 2 WHEN 'sustainable' THEN 3 END"
)
_CASE_EVENT_SQL = {
    CaseEventKind.CURRENT_PLAN: "EXISTS (SELECT 1 FROM development_plans AS cp"
    " WHERE cp.household_id = h.id AND cp.is_current)",
    CaseEventKind.VISITED: "EXISTS (SELECT 1 FROM follow_up_visits AS cv"
    " WHERE cv.household_id = h.id AND cv.visited_on BETWEEN :case_first AND :case_last)",
    CaseEventKind.MOVED_UP: "h.id IN (SELECT household_id FROM ("
    f" SELECT a.household_id, a.assessed_on, {_STAGE_RANK} AS stage_rank,"
    f" lag({_STAGE_RANK}) OVER (PARTITION BY a.household_id ORDER BY a.assessed_on, a.id)"
    " AS before FROM stage_assessments AS a) AS moves"
    " WHERE stage_rank > before AND assessed_on BETWEEN :case_first AND :case_last)",
}


@dataclass(frozen=True)
class HouseholdFilter:
    subdistrict_code: str | None = None
    village_code: str | None = None
    stage: str | None = None  # "survival" | "sufficiency" | "sustainable" | "none" (no stage yet)
    failing_dimension: str | None = None  # "health" | "living" | "education" | "income" | "access"
    failing_indicator: int | None = None  # indicator number, e.g. 22
    answers_set: str | None = None  # indicator set code: the latest answers are in this set
    source_list: str | None = None  # code: "tpmap" | "thaiqm" | "office"
    helped: bool | None = None
    case_event: CaseEvent | None = None  # a dashboard case figure clicked through
    search: str = ""


class SortKey(enum.Enum):
    HOUSE_NO = "house_no"
    VILLAGE = "village"
    SUBDISTRICT = "subdistrict"
    HEAD_NAME = "head_name"
    HEAD_ID = "head_id"
    MEMBERS = "members"
    STAGE = "stage"
    LAST_VERIFIED = "last_verified"


# Each order is an index of households (the id, last in every index, breaks ties).
# SUBDISTRICT puts subdistricts in Thai order of their names (a rank the service passes).
SORT_COLUMNS: dict[SortKey, tuple[str, ...]] = {
    SortKey.HOUSE_NO: ("h.house_no_key", "h.village_code"),
    SortKey.VILLAGE: ("h.village_code", "h.house_no_key"),
    SortKey.SUBDISTRICT: ("{subdistrict_rank}", "h.village_code", "h.house_no_key"),
    SortKey.HEAD_NAME: ("h.head_name_key",),
    SortKey.HEAD_ID: ("h.head_national_id",),
    SortKey.MEMBERS: ("h.member_count",),
    SortKey.STAGE: ("h.stage_rank",),
    SortKey.LAST_VERIFIED: ("h.last_verified_on",),
}

ROW_COLUMNS = (
    "h.id, h.key, h.house_no, h.house_code, h.village_code, v.moo, v.name_th,"
    " v.subdistrict_code, s.name_th, h.head_name, h.head_national_id, h.member_count,"
    " h.current_stage, h.failed_dimensions, h.last_verified_on, h.helped, h.source_list"
)


class SearchKind(enum.Enum):
    NONE = "none"
    CODE_PREFIX = "code_prefix"  # 1-7 digits: FTS5 prefix index of 7-digit prefixes
    ID_RANGE = "id_range"  # 8+ digits: B-tree ranges on members.national_id, house_code
    NAME = "name"  # 3+ characters: trigram phrase
    SHORT_NAME = "short_name"  # 1-2 characters: the trigrams that start with them


@dataclass(frozen=True)
class Search:
    kind: SearchKind
    text: str = ""


def parse_search(raw: str) -> Search:
    """Normalize what the clerk typed; never raises, whatever the text."""
    if not isinstance(raw, str):
        return Search(SearchKind.NONE)
    text = unicodedata.normalize("NFC", raw)
    # Drop controls, zero-width and other format characters, lone surrogates, private use.
    text = "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch)[0] != "C")
    text = " ".join(normalize_digits(text).split())
    if not text:
        return Search(SearchKind.NONE)
    digits = clean_national_id(text)
    if digits and all(ch in _ASCII_DIGITS for ch in digits):
        kind = SearchKind.CODE_PREFIX if len(digits) <= CODE_PREFIX_LENGTH else SearchKind.ID_RANGE
        return Search(kind, digits)
    if len(text) >= TRIGRAM:
        return Search(SearchKind.NAME, text)
    return Search(SearchKind.SHORT_NAME, text.lower())


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _like_text(text: str) -> str:
    """``text`` with LIKE's wildcards (and its escape, the backslash) taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _postgresql_search_ids_sql(search: Search, params: Params) -> str:
    """search_ids_sql on PostgreSQL: ILIKE on the search tables' trigram indexes."""
    if search.kind is SearchKind.CODE_PREFIX:  # a 7-digit prefix that starts with them
        params["search_first"] = _like_text(search.text) + "%"
        params["search_later"] = "% " + _like_text(search.text) + "%"
        return (
            f"SELECT rowid FROM {CODE_SEARCH_TABLE}"
            " WHERE codes LIKE :search_first OR codes LIKE :search_later"
        )
    params["search"] = "%" + _like_text(search.text) + "%"
    return f"SELECT rowid FROM {NAME_SEARCH_TABLE} WHERE names ILIKE :search"


def search_ids_sql(search: Search, params: Params, *, postgresql: bool = False) -> str:
    """A SELECT of the ids of the households ``search`` finds (adds its parameters)."""
    if postgresql and search.kind in (
        SearchKind.CODE_PREFIX,
        SearchKind.NAME,
        SearchKind.SHORT_NAME,
    ):
        return _postgresql_search_ids_sql(search, params)
    if search.kind is SearchKind.CODE_PREFIX:
        params["search"] = _fts_phrase(search.text) + "*"
        return f"SELECT rowid FROM {CODE_SEARCH_TABLE} WHERE {CODE_SEARCH_TABLE} MATCH :search"
    if search.kind is SearchKind.ID_RANGE:
        params["search_low"], params["search_high"] = search.text, search.text + PREFIX_END
        return (
            "SELECT m.household_id FROM members AS m"
            " WHERE m.national_id >= :search_low AND m.national_id < :search_high"
            " UNION SELECT c.id FROM households AS c"
            " WHERE c.house_code >= :search_low AND c.house_code < :search_high"
        )
    if search.kind is SearchKind.NAME:
        params["search"] = _fts_phrase(search.text)
        match = ":search"
    else:  # SHORT_NAME: OR of the indexed trigrams that begin with the 1-2 characters
        params["search_low"], params["search_high"] = search.text, search.text + _LAST_CHAR
        match = (
            "(SELECT coalesce(group_concat('\"' || replace(t.term, '\"', '\"\"') || '\"',"
            f" ' OR '), '\"\"') FROM {NAME_TERMS_TABLE} AS t"
            " WHERE t.term >= :search_low AND t.term < :search_high)"
        )
    return f"SELECT rowid FROM {NAME_SEARCH_TABLE} WHERE {NAME_SEARCH_TABLE} MATCH {match}"


def search_condition(
    search: Search, params: Params, *, in_order: bool, postgresql: bool = False
) -> str:
    """The WHERE term on ``households AS h`` for ``search`` in a page statement.

    Read in sort order, digits are tested household by household on the covering index
    of members (household, national ID) and on the house code: a short prefix matches
    most households, and collecting all their ids first would cost more than the page.
    """
    digits = search.kind in (SearchKind.CODE_PREFIX, SearchKind.ID_RANGE)
    if in_order and digits:
        params["search_low"], params["search_high"] = search.text, search.text + PREFIX_END
        return (
            "(EXISTS (SELECT 1 FROM members AS m WHERE m.household_id = h.id"
            " AND m.national_id >= :search_low AND m.national_id < :search_high)"
            " OR (+h.house_code >= :search_low AND +h.house_code < :search_high))"
        )
    ids = search_ids_sql(search, params, postgresql=postgresql)
    return f"{'+' if in_order else ''}h.id IN ({ids})"


_HIT_NAME = "trim(trim(x.first_name) || ' ' || trim(x.last_name))"
# The member a search found when it is not the head: "name\x1frelation", else NULL.
# Correlated on the page's rows only (at most a page of look-ups on members' household index).
_MATCHED_MEMBER = (
    "(SELECT {name} || char(31) || coalesce(r.name_th, x.relation) FROM members AS x"
    " LEFT JOIN code_items AS r ON r.list_name = 'relation' AND r.code = x.relation"
    " WHERE x.household_id = h.id AND x.is_head = 0 AND {member_hit} AND NOT ({head_hit})"
    " ORDER BY x.seq, x.id LIMIT 1)"
)


def matched_member_sql(search: Search, params: Params, *, postgresql: bool = False) -> str:
    """A page column: the non-head member ``search`` matched (see _MATCHED_MEMBER), or NULL."""
    if postgresql:
        return _postgresql(matched_member_sql(search, params))
    if search.kind in (SearchKind.CODE_PREFIX, SearchKind.ID_RANGE):
        params["hit_low"], params["hit_high"] = search.text, search.text + PREFIX_END
        member_hit = "x.national_id >= :hit_low AND x.national_id < :hit_high"
        head_hit = "coalesce(h.head_national_id >= :hit_low AND h.head_national_id < :hit_high, 0)"
    elif search.kind in (SearchKind.NAME, SearchKind.SHORT_NAME):
        params["hit_text"] = search.text.lower()
        member_hit = f"instr(lower({_HIT_NAME}), :hit_text) > 0"
        head_hit = "instr(lower(h.head_name), :hit_text) > 0"
    else:
        return "NULL"
    return _MATCHED_MEMBER.format(name=_HIT_NAME, member_hit=member_hit, head_hit=head_hit)


def _postgresql(sql: str) -> str:
    """A SQLite term of this module in PostgreSQL's words (the few functions it uses)."""
    for sqlite, postgresql in _POSTGRESQL_WORDS:
        sql = sql.replace(sqlite, postgresql)
    return sql


_POSTGRESQL_WORDS = (
    ("instr(", "strpos("), ("char(31)", "chr(31)"), ("x.is_head = 0", "NOT x.is_head"),
    (":hit_high, 0)", ":hit_high, false)"),
)  # fmt: skip


def filter_conditions(
    household_filter: HouseholdFilter,
    params: Params,
    *,
    in_order: bool = False,
    postgresql: bool = False,
) -> list[str]:
    """WHERE terms on ``households AS h`` for everything but the search.

    ``in_order`` keeps the terms off their indexes (a unary ``+``), so the page is read
    along the index of its sort order instead.
    """
    f = household_filter
    terms: list[str] = []
    plus = "+" if in_order else ""
    if f.subdistrict_code is not None:
        params["subdistrict_low"] = f.subdistrict_code
        params["subdistrict_high"] = f.subdistrict_code + PREFIX_END
        terms.append(
            f"{plus}h.village_code >= :subdistrict_low AND {plus}h.village_code < :subdistrict_high"
        )
    if f.village_code is not None:
        params["village"] = f.village_code
        terms.append(f"{plus}h.village_code = :village")
    if f.stage is not None:
        if f.stage == STAGE_NONE:
            terms.append(f"{plus}h.current_stage IS NULL")
        elif f.stage in STAGES:
            params["stage"] = f.stage
            terms.append(f"{plus}h.current_stage = :stage")
        else:
            raise ValueError(f"unknown stage {f.stage!r}")
    if f.failing_dimension is not None:
        if f.failing_dimension not in DIMENSION_BITS:
            raise ValueError(f"unknown dimension {f.failing_dimension!r}")
        params["dimension_bit"] = DIMENSION_BITS[f.failing_dimension]
        terms.append("(h.failed_dimensions & :dimension_bit) <> 0")
    if f.failing_indicator is not None:
        params["indicator"] = f",{int(f.failing_indicator)},"
        terms.append("instr(h.failed_indicators, :indicator) > 0")
    if f.answers_set is not None:
        params["answers_set"] = f.answers_set
        terms.append(
            f"{HOUSEHOLD_SET_SQL} = (SELECT s.id FROM indicator_sets AS s"
            " WHERE s.code = :answers_set)"
        )
    if f.source_list is not None:
        params["source_list"] = f.source_list
        terms.append("h.source_list = :source_list")
    if f.helped is not None:
        params["helped"] = f.helped if postgresql else (1 if f.helped else 0)
        terms.append("h.helped = :helped")
    if f.case_event is not None:
        if f.case_event.kind is not CaseEventKind.CURRENT_PLAN:
            params["case_first"], params["case_last"] = f.case_event.bounds()
        terms.append(_CASE_EVENT_SQL[f.case_event.kind])
    return [_postgresql(term) for term in terms] if postgresql else terms


def count_sql(
    household_filter: HouseholdFilter, *, broad_search: bool = False, postgresql: bool = False
) -> tuple[str, Params]:
    """The statement counting the households ``household_filter`` lets through.

    ``broad_search`` (the search alone finds many households) collects the search's ids
    once and tests the filtered households against them, instead of looking up every
    household the search finds.
    """
    params: Params = {}
    terms = filter_conditions(household_filter, params, postgresql=postgresql)
    search = parse_search(household_filter.search)
    if search.kind is SearchKind.NONE:
        where = " AND ".join(terms) or ("true" if postgresql else "1")
        return f"SELECT count(*) FROM households AS h WHERE {where}", params
    ids = search_ids_sql(search, params, postgresql=postgresql)
    if not terms:  # the search tables hold one row per existing household: count them
        return f"SELECT count(*) FROM ({ids}){' AS found' if postgresql else ''}", params
    plus = "+" if broad_search and not postgresql else ""
    where = " AND ".join(terms)
    return f"SELECT count(*) FROM households AS h WHERE {plus}h.id IN ({ids}) AND {where}", params


def page_sql(
    household_filter: HouseholdFilter,
    sort: SortKey,
    descending: bool,
    offset: int,
    limit: int,
    *,
    in_order: bool,
    subdistrict_rank: str = "0",
    postgresql: bool = False,
) -> tuple[str, Params]:
    """The statement of one page of rows: ids picked first, then joined for display.

    The last column names the member a search found when that is not the head.

    ``in_order`` reads the households along the sort order's index and stops after the
    page (right when many households match); otherwise the matches are found through the
    filter's index or search table, or a scan, and sorted (right when few match).
    """
    params: Params = {"limit": max(0, int(limit)), "offset": max(0, int(offset))}
    in_order = in_order and not postgresql
    terms = filter_conditions(household_filter, params, in_order=in_order, postgresql=postgresql)
    search = parse_search(household_filter.search)
    if search.kind is not SearchKind.NONE:
        terms.append(search_condition(search, params, in_order=in_order, postgresql=postgresql))
    matched = matched_member_sql(search, params, postgresql=postgresql)
    direction = " DESC" if descending else ""
    columns = [c.format(subdistrict_rank=subdistrict_rank) for c in (*SORT_COLUMNS[sort], "h.id")]
    order = ", ".join(f"{column}{direction}" for column in columns)
    plus = "" if postgresql else "+"
    inner_order = order if in_order else ", ".join(f"{plus}{c}{direction}" for c in columns)
    where = " AND ".join(terms) or ("true" if postgresql else "1")
    return (
        f"SELECT {ROW_COLUMNS}, {matched}"
        f" FROM (SELECT h.id AS id FROM households AS h WHERE {where}"
        f" ORDER BY {inner_order} LIMIT :limit OFFSET :offset) AS p"
        " JOIN households AS h ON h.id = p.id JOIN villages AS v ON v.code = h.village_code"
        f" JOIN subdistricts AS s ON s.code = v.subdistrict_code ORDER BY {order}"
    ), params


def read_in_order(sort: SortKey, matches: int, households: int, offset: int, limit: int) -> bool:
    """Whether reading along the sort order's index beats sorting the matches.

    In order, about (offset + limit) * households / matches index entries are read before
    the page is full; sorting costs about one step per match. SUBDISTRICT (Thai order of
    the names) has no index to read along.
    """
    wanted = max(0, offset) + max(0, limit)
    return (
        sort is not SortKey.SUBDISTRICT and matches > 0 and matches * matches >= wanted * households
    )
