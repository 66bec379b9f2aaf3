"""The household list's derived columns and search rows on PostgreSQL.

The same values as db.household_summary computes on SQLite, in PostgreSQL's words:
``string_agg`` for ``group_concat``, ``IS DISTINCT FROM`` for ``IS NOT``, an integer array
for the JSON list of ids, and SQLite's lenient ``CAST(text AS INTEGER)`` and ``printf``
spelt out. The search tables are plain tables (``rowid`` the household id) with GIN
trigram indexes (migration 0002), kept in step by an upsert of the documents that changed
and a delete of those that vanished: two statements whatever the number of households,
and an unchanged document is not written, so its index entries stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.household_summary_terms import (
    CODE_PREFIX_LENGTH,
    DIMENSION_CASE,
    STAGE_CASE,
    SUMMARY_COLUMNS,
    member_name,
)
from db.models.households import CODE_SEARCH_TABLE, NAME_SEARCH_TABLE


def leading_integer(expression: str) -> str:
    """SQLite's ``CAST(text AS INTEGER)``: the leading (signed) digits, else 0."""
    return f"coalesce(substring({expression} from '^\\s*([+-]?[0-9]+)')::numeric, 0)"


def zero_padded(expression: str) -> str:
    """SQLite's ``printf('%08d', n)`` for n >= 0: at least 8 digits."""
    return f"(repeat('0', greatest(8 - length(({expression})::text), 0)) || ({expression})::text)"


_AFTER_SLASH = (
    "CASE WHEN strpos(h.house_no, '/') > 0"
    f" THEN {leading_integer('substr(h.house_no, strpos(h.house_no, chr(47)) + 1)')} ELSE 0 END"
)
HOUSE_NO_KEY = (
    f"{zero_padded(leading_integer('h.house_no'))} || '/' || {zero_padded(_AFTER_SLASH)}"
    " || '/' || h.house_no"
)

VALUES_SQL = f"""
SELECT h.id AS id, coalesce({member_name("hm")}, '') AS head_name,
  coalesce(hm.name_key, '\\x'::bytea) AS head_name_key, hm.national_id AS head_national_id,
  (SELECT count(*) FROM members AS m WHERE m.household_id = h.id)::integer AS member_count,
  coalesce(f.dimensions, 0)::integer AS failed_dimensions,
  coalesce(',' || f.numbers || ',', '') AS failed_indicators,
  EXISTS (SELECT 1 FROM assistance AS a WHERE a.household_id = h.id) AS helped,
  CASE h.current_stage {STAGE_CASE} ELSE 0 END AS stage_rank,
  {HOUSE_NO_KEY} AS house_no_key
FROM households AS h
LEFT JOIN members AS hm ON hm.household_id = h.id AND hm.is_head
LEFT JOIN (
  SELECT household_id, sum(DISTINCT bit) AS dimensions,
         string_agg(number::text, ',' ORDER BY number) AS numbers
  FROM (SELECT DISTINCT r.household_id, i.number,
               CASE i.dimension {DIMENSION_CASE} ELSE 0 END AS bit
        FROM indicator_results AS r JOIN indicators AS i ON i.id = r.indicator_id
        WHERE r.status = 'failed' AND {{scope_results}}
          AND r.survey_year = (SELECT max(y.survey_year) FROM indicator_results AS y
                               WHERE y.household_id = r.household_id)) AS failed
  GROUP BY household_id) AS f ON f.household_id = h.id
WHERE {{scope_households}}
"""

_NEW_VALUES = ", ".join(f"n.{column}" for column in SUMMARY_COLUMNS)
UPDATE_SQL = (
    f"UPDATE households SET ({', '.join(SUMMARY_COLUMNS)}) = ({_NEW_VALUES})"
    f" FROM ({VALUES_SQL}) AS n WHERE households.id = n.id"
    f" AND ({', '.join(f'households.{column}' for column in SUMMARY_COLUMNS)})"
    f" IS DISTINCT FROM ({_NEW_VALUES})"
)

NAME_DOCS_SQL = f"""
SELECT m.household_id AS id,
       string_agg({member_name("m")}, chr(10) ORDER BY m.id) || chr(10) || chr(10) AS doc
FROM members AS m WHERE {{scope_members}} GROUP BY m.household_id
"""

CODE_DOCS_SQL = f"""
SELECT h.id AS id, trim(coalesce(substr(h.house_code, 1, {CODE_PREFIX_LENGTH}), '') || ' '
                        || coalesce(g.codes, '')) AS doc
FROM households AS h LEFT JOIN (
  SELECT m.household_id,
         string_agg(substr(m.national_id, 1, {CODE_PREFIX_LENGTH}), ' ' ORDER BY m.id) AS codes
  FROM members AS m WHERE {{scope_members}} GROUP BY m.household_id
) AS g ON g.household_id = h.id
WHERE {{scope_households}} AND (h.house_code IS NOT NULL OR g.codes IS NOT NULL)
"""

SYNC_SQL = (
    "DELETE FROM {table} WHERE {scope_rowid} AND rowid NOT IN (SELECT n.id FROM ({docs}) AS n)",
    "INSERT INTO {table} (rowid, {column}) SELECT n.id, n.doc FROM ({docs}) AS n"
    " ON CONFLICT (rowid) DO UPDATE SET {column} = excluded.{column}"
    " WHERE {table}.{column} IS DISTINCT FROM excluded.{column}",
)
SEARCH_TABLES = (
    (NAME_SEARCH_TABLE, "names", NAME_DOCS_SQL),
    (CODE_SEARCH_TABLE, "codes", CODE_DOCS_SQL),
)
_SCOPED_COLUMNS = {
    "scope_households": "h.id", "scope_members": "m.household_id",
    "scope_results": "r.household_id", "scope_rowid": "rowid",
}  # fmt: skip


def refresh_on_postgresql(session: Session, household_ids: Iterable[int] | None) -> None:
    """db.household_summary.refresh_household_summaries on a PostgreSQL session."""
    params: dict[str, list[int]] = {}
    if household_ids is None:
        scopes = dict.fromkeys(_SCOPED_COLUMNS, "true")
    else:
        ids = sorted({int(household_id) for household_id in household_ids})
        if not ids:
            return
        params["ids"] = ids
        scopes = {
            key: f"{column} = ANY(CAST(:ids AS integer[]))"
            for key, column in _SCOPED_COLUMNS.items()
        }
    session.execute(text(UPDATE_SQL.format(**scopes)), params)
    for table, column, docs in SEARCH_TABLES:
        for statement in SYNC_SQL:
            sql = statement.format(table=table, column=column, docs=docs.format(**scopes), **scopes)
            session.execute(text(sql), params)
