"""What an import would change in a household: field by field, old → new.

Both sides are loaded as HouseholdData (the office's rows by household id, the staged
rows by their staging number) in the database's representation and compared. With an
exchange workbook the workbook is the whole truth about a household it holds: members,
income lines, indicator results and stages missing from it are removed. A province list
only adds and updates what its mapped columns carry and never removes anything.

An exchange household is first compared by signature in SQL (its rows quoted and joined
on both sides): only households whose signatures differ are loaded here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.services.exchange.reading.staging import Staging

HOUSEHOLD_FIELDS = (
    "house_code", "house_no", "village_code", "source_list", "has_welfare_card",
    "welfare_registered", "current_stage", "last_verified_on", "notes",
)  # fmt: skip
MEMBER_FIELDS = (
    "seq", "is_head", "title", "first_name", "last_name", "national_id", "sex", "birth_date",
    "relation", "education_status", "education_level", "literate", "occupation_main",
    "occupation_second", "disability", "chronic_illness", "bedridden", "welfare_card",
    "lives_here",
)  # fmt: skip
INCOME_FIELDS = ("survey_year", "category", "amount_satang", "cost_satang")
RESULT_FIELDS = ("survey_year", "indicator_id", "status", "verified_by", "verified_on")
STAGE_FIELDS = ("stage", "assessed_on", "assessor", "reason")


def _signature(parts: dict[str, str]) -> str:
    return " || '#' || ".join(f"coalesce(({sql}), '')" for sql in parts.values())


def _quoted(alias: str, fields: Sequence[str]) -> str:
    return " || '|' || ".join(f"quote({alias}.{name})" for name in fields)


def _group(select: str) -> str:
    return f"SELECT group_concat(x, ';') FROM ({select})"


STAGED_SIGNATURE = _signature(
    {
        "household": _quoted("h", HOUSEHOLD_FIELDS),
        "members": _group(
            f"SELECT {_quoted('m', MEMBER_FIELDS)} AS x FROM s_members m"
            " WHERE m.hh = h.ord ORDER BY m.seq"
        ),
        "income": _group(
            f"SELECT quote(i.member_seq) || '|' || {_quoted('i', INCOME_FIELDS)} AS x"
            " FROM s_income i WHERE i.hh = h.ord"
            " ORDER BY i.member_seq, i.survey_year, i.category"
        ),
        "results": _group(
            f"SELECT {_quoted('r', RESULT_FIELDS)} AS x FROM s_results r WHERE r.hh = h.ord"
            " ORDER BY r.survey_year, r.indicator_id"
        ),
        "stages": _group(
            f"SELECT {_quoted('s', STAGE_FIELDS)} AS x FROM s_stages s WHERE s.hh = h.ord"
            " ORDER BY s.assessed_on, s.stage, s.assessor, s.reason"
        ),
    }
)
OFFICE_SIGNATURE = _signature(
    {
        "household": _quoted("o", HOUSEHOLD_FIELDS),
        "members": _group(
            f"SELECT {_quoted('m', MEMBER_FIELDS)} AS x FROM {{db}}members m"
            " WHERE m.household_id = o.id ORDER BY m.seq"
        ),
        "income": _group(
            f"SELECT quote(m.seq) || '|' || {_quoted('i', INCOME_FIELDS)} AS x"
            " FROM {db}members m JOIN {db}income_lines i ON i.member_id = m.id"
            " WHERE m.household_id = o.id ORDER BY m.seq, i.survey_year, i.category"
        ),
        "results": _group(
            f"SELECT {_quoted('r', RESULT_FIELDS)} AS x FROM {{db}}indicator_results r"
            " WHERE r.household_id = o.id ORDER BY r.survey_year, r.indicator_id"
        ),
        "stages": _group(
            f"SELECT {_quoted('s', STAGE_FIELDS)} AS x FROM {{db}}stage_assessments s"
            " WHERE s.household_id = o.id ORDER BY s.assessed_on, s.stage, s.assessor, s.reason"
        ),
    }
)


def mark_unchanged(staging: Staging) -> None:
    """Store the staged signature of every matched good household; 'same' where the
    office household's signature is equal, else 'update'."""
    office = OFFICE_SIGNATURE.replace("{db}", "office.")
    staging.run(
        f"UPDATE s_households AS h SET signature = ({STAGED_SIGNATURE}),"
        f" action = CASE WHEN ({STAGED_SIGNATURE}) = (SELECT {office} FROM office.households o"
        " WHERE o.id = h.match_id) THEN 'same' ELSE 'update' END"
        " WHERE h.match_id IS NOT NULL AND h.bad = 0"
    )


# Households as plain data ----------------------------------------------------------------


@dataclass
class HouseholdData:
    values: dict[str, Any]
    members: list[dict[str, Any]]  # each with "id" (office) or None (staged), MEMBER_FIELDS
    incomes: list[dict[str, Any]]  # "member_seq", "id", INCOME_FIELDS
    results: list[dict[str, Any]]  # "id", RESULT_FIELDS
    stages: list[dict[str, Any]]  # "id", STAGE_FIELDS


Fetch = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


def _rows(fetch: Fetch, sql: str, names: Sequence[str], key: Any) -> list[dict[str, Any]]:
    return [dict(zip(names, row, strict=True)) for row in fetch(sql, (key,))]


def load_office(fetch: Fetch, household_id: int, db: str = "") -> HouseholdData | None:
    found = _rows(
        fetch,
        f"SELECT id, key, {', '.join(HOUSEHOLD_FIELDS)} FROM {db}households WHERE id = ?",
        ("id", "key", *HOUSEHOLD_FIELDS),
        household_id,
    )
    if not found:
        return None
    members = _rows(
        fetch,
        f"SELECT id, {', '.join(MEMBER_FIELDS)} FROM {db}members WHERE household_id = ?"
        " ORDER BY seq, id",
        ("id", *MEMBER_FIELDS),
        household_id,
    )
    incomes = _rows(
        fetch,
        f"SELECT i.id, m.id, m.seq, {', '.join('i.' + n for n in INCOME_FIELDS)}"
        f" FROM {db}income_lines i JOIN {db}members m ON m.id = i.member_id"
        " WHERE m.household_id = ? ORDER BY m.seq, i.survey_year, i.category",
        ("id", "member_id", "member_seq", *INCOME_FIELDS),
        household_id,
    )
    results = _rows(
        fetch,
        f"SELECT id, {', '.join(RESULT_FIELDS)} FROM {db}indicator_results"
        " WHERE household_id = ? ORDER BY survey_year, indicator_id",
        ("id", *RESULT_FIELDS),
        household_id,
    )
    stages = _rows(
        fetch,
        f"SELECT id, {', '.join(STAGE_FIELDS)} FROM {db}stage_assessments"
        " WHERE household_id = ? ORDER BY assessed_on, id",
        ("id", *STAGE_FIELDS),
        household_id,
    )
    return HouseholdData(found[0], members, incomes, results, stages)


def load_staged(staging: Staging, ordinal: int) -> HouseholdData:
    def fetch(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        return staging.run(sql, params).fetchall()

    values = _rows(
        fetch,
        f"SELECT ord, key, {', '.join(HOUSEHOLD_FIELDS)} FROM s_households WHERE ord = ?",
        ("ord", "key", *HOUSEHOLD_FIELDS),
        ordinal,
    )[0]
    members = _rows(
        fetch,
        f"SELECT ord, {', '.join(MEMBER_FIELDS)} FROM s_members WHERE hh = ? ORDER BY seq",
        ("ord", *MEMBER_FIELDS),
        ordinal,
    )
    incomes = _rows(
        fetch,
        f"SELECT member_seq, {', '.join(INCOME_FIELDS)} FROM s_income WHERE hh = ?"
        " ORDER BY member_seq, survey_year, category",
        ("member_seq", *INCOME_FIELDS),
        ordinal,
    )
    results = _rows(
        fetch,
        f"SELECT {', '.join(RESULT_FIELDS)} FROM s_results WHERE hh = ?"
        " ORDER BY survey_year, indicator_id",
        RESULT_FIELDS,
        ordinal,
    )
    stages = _rows(
        fetch,
        f"SELECT {', '.join(STAGE_FIELDS)} FROM s_stages WHERE hh = ? ORDER BY assessed_on, ord",
        STAGE_FIELDS,
        ordinal,
    )
    return HouseholdData(values, members, incomes, results, stages)


@dataclass(frozen=True)
class Provided:
    """What the workbook carries: the fields compared, and whether it replaces children."""

    household: tuple[str, ...] = HOUSEHOLD_FIELDS
    member: tuple[str, ...] = MEMBER_FIELDS
    replace: bool = True  # exchange: members, incomes, results, stages not given are removed


@dataclass
class Operation:
    action: str  # "insert" | "update" | "delete"
    table: str  # "households", "members", "income_lines", "indicator_results", ...
    record_id: int | None  # office id (update, delete)
    old: dict[str, Any] = field(default_factory=dict)
    new: dict[str, Any] = field(default_factory=dict)
    member: int | None = None  # the staged member's index (inserts of members and incomes)
    label: str = ""  # who or what, for the change list
    owner: int | None = None  # the office member id of a new income line of a kept member
    keys: dict[str, Any] = field(default_factory=dict)  # what names the record (not written)


def match_members(office: list[dict[str, Any]], staged: list[dict[str, Any]]) -> dict[int, int]:
    """Staged member index -> office member index: same national ID, then same number,
    then same first and last name."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    rules: tuple[Callable[[dict[str, Any]], Any], ...] = (
        lambda m: m.get("national_id"),
        lambda m: m.get("seq"),
        lambda m: (m.get("first_name"), m.get("last_name")),
    )
    for rule in rules:
        by_value: dict[Any, int] = {}
        for index, member in enumerate(office):
            value = rule(member)
            if index not in used and value not in (None, "", (None, None)):
                by_value.setdefault(value, index)
        for index, member in enumerate(staged):
            if index in pairs:
                continue
            value = rule(member)
            found = by_value.get(value) if value not in (None, "") else None
            if found is not None and found not in used:
                pairs[index] = found
                used.add(found)
    return pairs
