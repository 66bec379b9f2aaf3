"""The household list's derived columns and search index, refreshed set-based in SQL.

``households`` carries columns derived from its members, indicator results and assistance
(head name and sort key, member count, failed dimensions and indicators, helped, stage
rank, house-number key), and two FTS5 tables keyed by household id hold what search
looks through: every member's "first last" name (trigram tokens, so any substring of 3+
characters is a MATCH and 1–2 characters expand through the vocabulary table) and the
7-digit prefixes of the members' national IDs and of the house code (prefix-indexed; longer
digit queries use the B-tree indexes of the base tables).

Every writer (household form, assistance, import, demo generator) calls
``refresh_household_summaries`` in its transaction after it changed households, members,
indicator results or assistance. Deleting a household removes its search rows by trigger.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.models.households import CODE_SEARCH_TABLE, NAME_SEARCH_TABLE
from db.models.indicators import DIMENSIONS

DIMENSION_BITS: dict[str, int] = {name: 1 << index for index, name in enumerate(DIMENSIONS)}
STAGE_RANKS: dict[str | None, int] = {None: 0, "survival": 1, "sufficiency": 2, "sustainable": 3}
NAME_SEPARATOR = "\n"  # between members' names in a search document; never in a query
CODE_PREFIX_LENGTH = 7  # digits of each ID / house code kept in the code search table

_DIMENSION_CASE = " ".join(f"WHEN '{name}' THEN {bit}" for name, bit in DIMENSION_BITS.items())
_STAGE_CASE = " ".join(
    f"WHEN '{stage}' THEN {rank}" for stage, rank in STAGE_RANKS.items() if stage
)
_MEMBER_NAME = "trim(trim({m}.first_name) || ' ' || trim({m}.last_name))"

SUMMARY_SQL = f"""
UPDATE households SET
  (head_name, head_name_key, head_national_id) = (
    SELECT coalesce(max({_MEMBER_NAME.format(m="m")}), ''), coalesce(max(m.name_key), x''),
           max(m.national_id)
    FROM members AS m WHERE m.household_id = households.id AND m.is_head = 1),
  member_count = (SELECT count(*) FROM members AS m WHERE m.household_id = households.id),
  (failed_dimensions, failed_indicators) = (
    SELECT CAST(total(DISTINCT f.bit) AS INTEGER),
           coalesce(',' || group_concat(DISTINCT f.number) || ',', '')
    FROM (SELECT i.number, CASE i.dimension {_DIMENSION_CASE} ELSE 0 END AS bit
          FROM indicator_results AS r JOIN indicators AS i ON i.id = r.indicator_id
          WHERE r.household_id = households.id AND r.status = 'failed'
            AND r.survey_year = (SELECT max(y.survey_year) FROM indicator_results AS y
                                 WHERE y.household_id = households.id)
          ORDER BY i.number) AS f),
  helped = EXISTS (SELECT 1 FROM assistance AS a WHERE a.household_id = households.id),
  stage_rank = CASE current_stage {_STAGE_CASE} ELSE 0 END,
  house_no_key = printf('%08d/%08d/%s', CAST(house_no AS INTEGER),
    CASE WHEN instr(house_no, '/') > 0
         THEN CAST(substr(house_no, instr(house_no, '/') + 1) AS INTEGER) ELSE 0 END, house_no)
WHERE {{scope}}
"""

# Rows go in by ascending rowid: FTS5 flushes its pending index whenever a rowid is not
# larger than the previous one, which makes unordered bulk inserts about ten times slower.
# A name is followed by a newline, the last by two: every character of every name starts a
# trigram, which is what the 1-2 character searches expand through. Duplicate 7-digit
# prefixes in a code document cost nothing (detail='none' keeps one entry per document).
NAME_SEARCH_SQL = f"""
INSERT INTO {NAME_SEARCH_TABLE} (rowid, names)
SELECT m.household_id, group_concat({_MEMBER_NAME.format(m="m")}, char(10)) || char(10) || char(10)
FROM members AS m WHERE {{scope}}
GROUP BY m.household_id ORDER BY m.household_id
"""

CODE_SEARCH_SQL = f"""
INSERT INTO {CODE_SEARCH_TABLE} (rowid, codes)
SELECT id, codes FROM (
  SELECT h.id, trim(coalesce(substr(h.house_code, 1, {CODE_PREFIX_LENGTH}), '') || ' ' || coalesce(
    (SELECT group_concat(substr(m.national_id, 1, {CODE_PREFIX_LENGTH}), ' ')
     FROM members AS m WHERE m.household_id = h.id), '')) AS codes
  FROM households AS h WHERE {{scope}})
WHERE codes <> '' ORDER BY id
"""

_IN_IDS = "{column} IN (SELECT value FROM json_each(:ids))"


def refresh_household_summaries(
    session: Session, household_ids: Iterable[int] | None = None
) -> None:
    """Recompute the derived columns and search rows of ``household_ids`` (None: all).

    Ids of households that no longer exist only lose their search rows. Runs in the
    caller's transaction; all 100,000 households of a large office take a few seconds.
    """
    params: dict[str, str] = {}
    if household_ids is None:
        scopes = dict.fromkeys(("households", "rowid", "members", "h"), "1")
    else:
        ids = sorted({int(household_id) for household_id in household_ids})
        if not ids:
            return
        params["ids"] = json.dumps(ids)
        scopes = {
            "households": _IN_IDS.format(column="households.id"),
            "rowid": _IN_IDS.format(column="rowid"),
            "members": _IN_IDS.format(column="m.household_id"),
            "h": _IN_IDS.format(column="h.id"),
        }
    statements = (
        SUMMARY_SQL.format(scope=scopes["households"]),
        f"DELETE FROM {NAME_SEARCH_TABLE} WHERE {scopes['rowid']}",
        NAME_SEARCH_SQL.format(scope=scopes["members"]),
        f"DELETE FROM {CODE_SEARCH_TABLE} WHERE {scopes['rowid']}",
        CODE_SEARCH_SQL.format(scope=scopes["h"]),
    )
    for statement in statements:
        session.execute(text(statement), params)
    if household_ids is None:  # one b-tree per index after a full rebuild: faster queries
        for table in (NAME_SEARCH_TABLE, CODE_SEARCH_TABLE):
            session.execute(text(f"INSERT INTO {table} ({table}) VALUES ('optimize')"))
