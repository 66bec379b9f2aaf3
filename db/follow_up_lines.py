"""The worklist's derived lines (``follow_up_lines``): per household, every piece of
follow-up work it may owe, with the date from which it is due, so reading the worklist for
a "today" is a range filter on an index instead of six queries over the office's cases.

What each kind stores (``kind`` is the worklist's order of kinds; ``cut`` and the bound it
is compared with decide whether the line is on the list that day; ``detail_on`` is the
line's date, from which its days are counted):

0 visit overdue    the latest visit's next-visit date           cut = that date, bound today
1 no plan          survival, no current plan; since the latest
                   survival assessment                          cut = '' (always)
2 unaddressed      a failing indicator of the latest survey
                   nothing addresses; the current plan's date   cut = '' (always)
3 not verified     the last verification (NULL: never)          cut = it or '', bound 12 months ago
4 stage stuck      the first day of the current stage's run     cut = it, bound 12 months ago
5 activity late    an open activity of the current plan; due    cut = due date, bound today

These are the reference statement's (desktop/services/cases/worklist_sql.py) with "today"
taken out; a line is listed when ``cut < bound``, exactly the reference's conditions.
``refresh_household_summaries`` (every writer calls it) ends with
``refresh_follow_up_lines`` for the same households, after the household's own derived
columns (the failing indicators, the head's name, the house number's sort key) are fresh:
a line carries them, and the household's key, house number and village, so a page of the
worklist reads this table alone. Deleting a household deletes its lines (foreign key
cascade).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.models.cases import FollowUpLine

TODAY_BOUND_KINDS = (0, 1, 2, 5)  # listed while cut < today
YEAR_BOUND_KINDS = (3, 4)  # listed while cut < the day 12 months ago

_PARTS = (
    # 0: the household's latest visit (by date, then id) names a next-visit date.
    """
    SELECT v.household_id AS household_id, 0 AS kind, v.next_visit_due AS cut,
           v.next_visit_due AS detail_on, NULL AS indicator_number, NULL AS activity_text
    FROM follow_up_visits AS v
    WHERE v.next_visit_due IS NOT NULL AND {scope:v.household_id}
      AND NOT EXISTS (SELECT 1 FROM follow_up_visits AS later
                      WHERE later.household_id = v.household_id
                        AND (later.visited_on > v.visited_on
                             OR (later.visited_on = v.visited_on AND later.id > v.id)))
    """,
    # 1: in survival and no current plan; since the latest survival assessment.
    """
    SELECT h.id, 1, '',
           (SELECT max(a.assessed_on) FROM stage_assessments AS a
            WHERE a.household_id = h.id AND a.stage = 'survival'), NULL, NULL
    FROM households AS h
    WHERE h.current_stage = 'survival' AND {scope:h.id}
      AND NOT EXISTS (SELECT 1 FROM development_plans AS p
                      WHERE p.household_id = h.id AND p.is_current = 1)
    """,
    # 2: a failing indicator of the latest survey year that nothing addresses: no activity
    # of the current plan for it still open or done, no help recorded against an activity
    # for it, no help in its dimension since the plan was made.
    """
    SELECT p.household_id, 2, '', p.made_on, f.value, NULL
    FROM development_plans AS p
    JOIN households AS fh ON fh.id = p.household_id
    JOIN json_each('[' || trim(fh.failed_indicators, ',') || ']') AS f
    WHERE p.is_current = 1 AND fh.failed_indicators <> '' AND {scope:p.household_id}
      AND NOT EXISTS (SELECT 1 FROM plan_problems AS pp
                      JOIN plan_activities AS pa ON pa.problem_id = pp.id
                      JOIN indicators AS i ON i.id = pp.indicator_id
                      WHERE pp.plan_id = p.id AND i.number = f.value AND pa.status <> 'dropped')
      AND NOT EXISTS (SELECT 1 FROM assistance AS g
                      JOIN plan_activities AS ga ON ga.id = g.plan_activity_id
                      JOIN plan_problems AS gp ON gp.id = ga.problem_id
                      JOIN indicators AS gi ON gi.id = gp.indicator_id
                      WHERE g.household_id = p.household_id AND gi.number = f.value)
      AND NOT EXISTS (SELECT 1 FROM assistance AS d
                      WHERE d.household_id = p.household_id AND d.given_on >= p.made_on
                        AND d.dimension = (SELECT n.dimension FROM indicators AS n
                                           WHERE n.number = f.value
                                           ORDER BY n.set_id DESC LIMIT 1))
    """,
    # 3: the last verification; never verified is always listed.
    """
    SELECT h.id, 3, coalesce(h.last_verified_on, ''), h.last_verified_on, NULL, NULL
    FROM households AS h WHERE {scope:h.id}
    """,
    # 4: survival or sufficiency: the first assessment of the current stage after the
    # last assessment of another (none: the first of all). One pass over each household's
    # assessments; the run's first day is looked up only for a household that went back to
    # its stage after another (LIMIT -1 keeps SQLite from computing it three times).
    """
    SELECT s.id, 4, s.since, s.since, NULL, NULL
    FROM (SELECT g.id AS id,
                 CASE WHEN g.last_other IS NULL THEN g.first_current
                      ELSE (SELECT min(r.assessed_on) FROM stage_assessments AS r
                            WHERE r.household_id = g.id AND r.stage = g.stage
                              AND r.assessed_on > g.last_other) END AS since
          FROM (SELECT h.id AS id, h.current_stage AS stage,
                       min(CASE WHEN a.stage = h.current_stage THEN a.assessed_on END)
                         AS first_current,
                       max(CASE WHEN a.stage <> h.current_stage THEN a.assessed_on END)
                         AS last_other
                FROM households AS h
                JOIN stage_assessments AS a ON a.household_id = h.id
                WHERE h.current_stage IN ('survival', 'sufficiency') AND {scope:h.id}
                GROUP BY h.id) AS g
          LIMIT -1) AS s
    WHERE s.since IS NOT NULL
    """,
    # 5: an activity of a current plan, planned or under way, with a due date.
    """
    SELECT p.household_id, 5, pa.due_on, pa.due_on, i.number, pa.text
    FROM plan_activities AS pa
    JOIN plan_problems AS pp ON pp.id = pa.problem_id
    JOIN development_plans AS p ON p.id = pp.plan_id
    LEFT JOIN indicators AS i ON i.id = pp.indicator_id
    WHERE p.is_current = 1 AND pa.status IN ('planned', 'doing') AND pa.due_on IS NOT NULL
      AND {scope:p.household_id}
    """,
)

LINE_COLUMNS = (
    "household_id", "village_code", "household_key", "house_no", "house_no_key", "head_name",
    "kind", "cut", "detail_on", "indicator_number", "activity_text",
)  # fmt: skip
_COLUMN_LIST = ", ".join(LINE_COLUMNS)
SELECT_SQL = (
    "SELECT w.household_id, h.village_code, h.key, h.house_no, h.house_no_key, h.head_name,"
    " w.kind, w.cut, w.detail_on, w.indicator_number, w.activity_text FROM ("
    + " UNION ALL ".join(f"SELECT * FROM ({part.strip()})" for part in _PARTS)
    + ") AS w JOIN households AS h ON h.id = w.household_id"
)
INSERT_SQL = f"INSERT INTO follow_up_lines ({_COLUMN_LIST}) {SELECT_SQL} ORDER BY h.village_code"
DELETE_SQL = "DELETE FROM follow_up_lines WHERE {scope:household_id}"

# Many households (an import): the new lines go to a temporary table first, and only the
# households whose lines differ (compared as one text per household) are rewritten, so an
# import that changed no case or stage writes no line and updates no index.
FEW_HOUSEHOLDS = 100
_ROW_TEXT = " || ',' || ".join(f"quote({column})" for column in LINE_COLUMNS[1:])
_LINES_TEXT = (
    "(SELECT group_concat(r, char(10)) FROM (SELECT {row} AS r FROM {table} AS x"
    " WHERE x.household_id = c.value ORDER BY r))"
)
MANY_SQL = (
    "CREATE TEMP TABLE refresh_new_lines AS SELECT * FROM follow_up_lines WHERE 0",
    "CREATE INDEX temp.ix_refresh_new_lines ON refresh_new_lines (household_id)",
    f"INSERT INTO temp.refresh_new_lines ({_COLUMN_LIST}) {SELECT_SQL}",
    "CREATE TEMP TABLE refresh_changed (id INTEGER PRIMARY KEY)",
    "INSERT INTO temp.refresh_changed SELECT c.value FROM json_each(:ids) AS c"
    f" WHERE {_LINES_TEXT.format(row=_ROW_TEXT, table='temp.refresh_new_lines')}"
    f" IS NOT {_LINES_TEXT.format(row=_ROW_TEXT, table='follow_up_lines')}",
    "DELETE FROM follow_up_lines WHERE household_id IN (SELECT id FROM temp.refresh_changed)",
    f"INSERT INTO follow_up_lines ({_COLUMN_LIST}) SELECT {_COLUMN_LIST}"
    " FROM temp.refresh_new_lines"
    " WHERE household_id IN (SELECT id FROM temp.refresh_changed) ORDER BY village_code",
    "DROP TABLE temp.refresh_new_lines",  # on an error the caller's rollback drops them
    "DROP TABLE temp.refresh_changed",
)

_IN_IDS = "{column} IN (SELECT value FROM json_each(:ids))"


def refresh_follow_up_lines(session: Session, household_ids: Iterable[int] | None = None) -> None:
    """Derive the follow-up lines of ``household_ids`` (None: all) again, in the caller's
    transaction (flush the session first; the households' summary columns must be fresh).
    A household takes well under a millisecond; many are compared first and only those
    whose lines changed are rewritten; None rewrites the whole table. On PostgreSQL the
    worklist has no path yet (its statements are SQLite's): nothing is derived there."""
    if session.get_bind().dialect.name == "postgresql":
        return
    if household_ids is None:  # the indexes built after the rows: 4x faster than kept
        connection = session.connection()
        indexes = sorted(FollowUpLine.__table__.indexes, key=lambda index: str(index.name))
        for index in indexes:
            index.drop(connection)
        session.execute(text("DELETE FROM follow_up_lines"))
        session.execute(text(scoped(INSERT_SQL, lambda _column: "1")))
        for index in indexes:
            index.create(connection)
        return
    ids = sorted({int(household_id) for household_id in household_ids})
    if not ids:
        return
    params = {"ids": json.dumps(ids)}

    def scope(column: str) -> str:
        return _IN_IDS.format(column=column)

    statements = (DELETE_SQL, INSERT_SQL) if len(ids) <= FEW_HOUSEHOLDS else MANY_SQL
    for statement in statements:
        session.execute(text(scoped(statement, scope)), params)


def scoped(statement: str, scope: Callable[[str], str]) -> str:
    """``{scope:COLUMN}`` marks replaced by ``scope(COLUMN)``."""
    parts = statement.split("{scope:")
    out = [parts[0]]
    for part in parts[1:]:
        column, rest = part.split("}", 1)
        out.append(scope(column) + rest)
    return "".join(out)


def refresh_planned_households(session: Session) -> None:
    """Refresh the lines of every household with a current plan: an indicator set loaded
    can change the dimension an indicator number belongs to (kind 2 looks it up)."""
    ids = session.execute(
        text("SELECT household_id FROM development_plans WHERE is_current")
    ).scalars()
    refresh_follow_up_lines(session, list(ids))
