"""The household list's derived columns and search index, refreshed set-based in SQL.

``households`` carries columns derived from its members, indicator results and assistance
(head name and sort key, member count, failed dimensions and indicators, helped, stage
rank, house-number key), and two FTS5 tables keyed by household id hold what search
looks through: every member's "first last" name (trigram tokens, so any substring of 3+
characters is a MATCH and 1–2 characters expand through the vocabulary table) and the
7-digit prefixes of the members' national IDs and of the house code (prefix-indexed; longer
digit queries use the B-tree indexes of the base tables).

Every writer (household form, assistance, plans and visits, import, demo generator) calls
``refresh_household_summaries`` in its transaction after it changed households, members,
indicator results, assistance or cases; it also derives the worklist's lines of the same
households (``db/follow_up_lines.py``). Deleting a household removes its search rows by trigger.
Only rows whose values differ are written, so refreshing what did not change costs no
index or full-text updates. The derived columns are one UPDATE ... FROM; the search
documents of many households are compared in temporary tables, those of a few (a form's
save) in Python, which spares the temporary tables' schema changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Result, text
from sqlalchemy.orm import Session

from db.follow_up_lines import refresh_follow_up_lines
from db.household_summary_postgresql import refresh_on_postgresql
from db.household_summary_terms import (
    CODE_PREFIX_LENGTH,
    DIMENSION_BITS,
    DIMENSION_CASE,
    MEMBER_NAME,
    STAGE_CASE,
    STAGE_RANKS,
    SUMMARY_COLUMNS,
)
from db.models.households import CODE_SEARCH_TABLE, NAME_SEARCH_TABLE

__all__ = [
    "CODE_PREFIX_LENGTH",
    "DIMENSION_BITS",
    "STAGE_RANKS",
    "refresh_household_summaries",
]
_DIMENSION_CASE = DIMENSION_CASE
_STAGE_CASE = STAGE_CASE
_MEMBER_NAME = MEMBER_NAME


VALUES_SQL = f"""
SELECT h.id AS id, coalesce({_MEMBER_NAME.format(m="hm")}, '') AS head_name,
  coalesce(hm.name_key, x'') AS head_name_key, hm.national_id AS head_national_id,
  (SELECT count(*) FROM members AS m WHERE m.household_id = h.id) AS member_count,
  coalesce(f.dimensions, 0) AS failed_dimensions,
  coalesce(',' || f.numbers || ',', '') AS failed_indicators,
  EXISTS (SELECT 1 FROM assistance AS a WHERE a.household_id = h.id) AS helped,
  CASE h.current_stage {_STAGE_CASE} ELSE 0 END AS stage_rank,
  printf('%08d/%08d/%s', CAST(h.house_no AS INTEGER),
    CASE WHEN instr(h.house_no, '/') > 0
         THEN CAST(substr(h.house_no, instr(h.house_no, '/') + 1) AS INTEGER) ELSE 0 END,
    h.house_no) AS house_no_key
FROM households AS h
LEFT JOIN members AS hm ON hm.household_id = h.id AND hm.is_head = 1
LEFT JOIN (
  SELECT household_id, CAST(total(DISTINCT bit) AS INTEGER) AS dimensions,
         group_concat(DISTINCT number) AS numbers
  FROM (SELECT r.household_id, i.number, CASE i.dimension {_DIMENSION_CASE} ELSE 0 END AS bit
        FROM indicator_results AS r JOIN indicators AS i ON i.id = r.indicator_id
        WHERE r.status = 'failed' AND {{scope_results}}
          AND r.survey_year = (SELECT max(y.survey_year) FROM indicator_results AS y
                               WHERE y.household_id = r.household_id)
        ORDER BY r.household_id, i.number)
  GROUP BY household_id) AS f ON f.household_id = h.id
WHERE {{scope_households}}
"""

_NEW_VALUES = ", ".join(f"n.{column}" for column in SUMMARY_COLUMNS)
# Writes only the rows whose values changed. SQLite looks each household up by its id
# (a temporary table without statistics made it scan all households for one).
UPDATE_SQL = (
    f"UPDATE households SET ({', '.join(SUMMARY_COLUMNS)}) = ({_NEW_VALUES})"
    f" FROM ({VALUES_SQL}) AS n WHERE households.id = n.id"
    f" AND ({', '.join(f'households.{column}' for column in SUMMARY_COLUMNS)})"
    f" IS NOT ({_NEW_VALUES})"
)

# A name is followed by a newline, the last by two: every character of every name starts
# a trigram, which is what the 1-2 character searches expand through. Duplicate 7-digit
# prefixes in a code document cost nothing (detail='none' keeps one entry per document).
NAME_DOCS_SQL = f"""
SELECT m.household_id,
       group_concat({_MEMBER_NAME.format(m="m")}, char(10)) || char(10) || char(10)
FROM members AS m WHERE {{scope_members}} GROUP BY m.household_id
"""

CODE_DOCS_SQL = f"""
SELECT h.id, trim(coalesce(substr(h.house_code, 1, {CODE_PREFIX_LENGTH}), '') || ' '
                  || coalesce(g.codes, ''))
FROM households AS h LEFT JOIN (
  SELECT m.household_id, group_concat(substr(m.national_id, 1, {CODE_PREFIX_LENGTH}), ' ') AS codes
  FROM members AS m WHERE {{scope_members}} GROUP BY m.household_id
) AS g ON g.household_id = h.id
WHERE {{scope_households}} AND (h.house_code IS NOT NULL OR g.codes IS NOT NULL)
"""

# Changed or vanished documents leave the index, changed or new ones enter it, in rowid
# order: FTS5 flushes its pending index whenever a rowid is not larger than the one
# before, which makes unordered bulk inserts about ten times slower.
SYNC_SQL = (
    "DELETE FROM {table} WHERE rowid IN (SELECT o.id FROM temp.refresh_old_docs AS o"
    " LEFT JOIN temp.refresh_new_docs AS n ON n.id = o.id WHERE n.doc IS NOT o.doc)",
    "INSERT INTO {table} (rowid, {column}) SELECT n.id, n.doc FROM temp.refresh_new_docs AS n"
    " LEFT JOIN temp.refresh_old_docs AS o ON o.id = n.id WHERE o.doc IS NOT n.doc"
    " ORDER BY n.id",
)
SEARCH_TABLES = (
    (NAME_SEARCH_TABLE, "names", NAME_DOCS_SQL),
    (CODE_SEARCH_TABLE, "codes", CODE_DOCS_SQL),
)

OLD_DOCS_SQL = "SELECT rowid, {column} FROM {table} WHERE {{scope_rowid}}"
FEW_HOUSEHOLDS = 100  # up to this many, search documents are compared in Python

TEMP_TABLES = {
    "refresh_new_docs": "id INTEGER PRIMARY KEY, doc TEXT",
    "refresh_old_docs": "id INTEGER PRIMARY KEY, doc TEXT",
}
_IN_IDS = "{column} IN (SELECT value FROM json_each(:ids))"
_SCOPED_COLUMNS = {
    "scope_households": "h.id", "scope_members": "m.household_id",
    "scope_results": "r.household_id", "scope_rowid": "rowid",
}  # fmt: skip


def refresh_household_summaries(
    session: Session, household_ids: Iterable[int] | None = None
) -> None:
    """Recompute the derived columns and search rows of ``household_ids`` (None: all).

    Ids of households that no longer exist only lose their search rows. Runs in the
    caller's transaction (flush the session first); one household takes well under a
    millisecond, all 100,000 of a large office a few seconds. On PostgreSQL the same
    values come from db.household_summary_postgresql.
    """
    if session.get_bind().dialect.name == "postgresql":
        refresh_on_postgresql(session, household_ids)
        return
    params: dict[str, str] = {}
    if household_ids is None:
        scopes = dict.fromkeys(_SCOPED_COLUMNS, "1")
    else:
        ids = sorted({int(household_id) for household_id in household_ids})
        if not ids:
            return
        params["ids"] = json.dumps(ids)
        scopes = {key: _IN_IDS.format(column=column) for key, column in _SCOPED_COLUMNS.items()}

    def run(statement: str) -> Result[Any]:
        return session.execute(text(statement.format(**scopes)), params)

    run(UPDATE_SQL)
    refresh_follow_up_lines(session, None if household_ids is None else ids)
    if household_ids is not None and len(ids) <= FEW_HOUSEHOLDS:
        for table, column, new_docs in SEARCH_TABLES:
            new = dict(run(new_docs).all())
            old = dict(run(OLD_DOCS_SQL.format(table=table, column=column)).all())
            _sync_few(session, table, column, old, new)
        return
    for name, columns in TEMP_TABLES.items():
        run(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({columns})")
    for table, column, new_docs in SEARCH_TABLES:
        for name in TEMP_TABLES:
            run(f"DELETE FROM temp.{name}")
        run(f"INSERT INTO temp.refresh_new_docs {new_docs}")
        run(f"INSERT INTO temp.refresh_old_docs {OLD_DOCS_SQL.format(table=table, column=column)}")
        for statement in SYNC_SQL:
            run(statement.format(table=table, column=column))
    for name in TEMP_TABLES:  # on an error the caller's rollback drops them
        run(f"DROP TABLE temp.{name}")


def _sync_few(
    session: Session, table: str, column: str, old: dict[int, str], new: dict[int, str]
) -> None:
    """SYNC_SQL for a few households, their documents compared in Python."""
    stale = [{"id": id_} for id_ in sorted(old) if new.get(id_) != old[id_]]
    fresh = [{"id": id_, "doc": new[id_]} for id_ in sorted(new) if old.get(id_) != new[id_]]
    if stale:
        session.execute(text(f"DELETE FROM {table} WHERE rowid = :id"), stale)
    if fresh:
        session.execute(text(f"INSERT INTO {table} (rowid, {column}) VALUES (:id, :doc)"), fresh)
