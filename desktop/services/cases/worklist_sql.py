"""The reference SQL of the worklist (งานที่ต้องติดตาม): one set-based SELECT per kind of
follow-up work, joined into one statement (UNION ALL) ordered by village, then urgency.

The app reads the worklist from derived lines (db/follow_up_lines.py, worklist_pages.py:
these statements with "today" taken out, kept per household by every writer); this
statement is what those lines must always give (tests/test_worklist_lines.py) and what
the benchmark compares against. It takes seconds for a whole large office.

Plain SQL text with named parameters, so the service runs it through SQLAlchemy and the
benchmark through bare ``sqlite3``. Every part yields the same columns:
``household_id, kind, detail_on, days, indicator_number, activity_text`` where ``days`` is
the measure of urgency (see WorkLine). Parameters: ``:today`` and ``:year_ago`` (ISO
dates; "12 months ago" is computed in Python), and the area's bounds when filtered.
``{area:COLUMN}`` in a part is where its household id column meets the area: true for the
whole office, else the households of the village or subdistrict (each part then reads only
those, not the office).
"""

from __future__ import annotations

import re

from desktop.services.households.list_query import PREFIX_END

AREA_MARK = re.compile(r"\{area:([a-z_.]+)\}")

# The household's latest visit (by date, then id) gave a next-visit date before today.
VISIT_OVERDUE_SQL = """
SELECT v.household_id AS household_id, 'visit_overdue' AS kind, v.next_visit_due AS detail_on,
       CAST(julianday(:today) - julianday(v.next_visit_due) AS INTEGER) AS days,
       NULL AS indicator_number, NULL AS activity_text
FROM follow_up_visits AS v
WHERE v.next_visit_due < :today AND {area:v.household_id}
  AND NOT EXISTS (SELECT 1 FROM follow_up_visits AS later
                  WHERE later.household_id = v.household_id
                    AND (later.visited_on > v.visited_on
                         OR (later.visited_on = v.visited_on AND later.id > v.id)))
"""

# In survival and no current plan; since: the latest assessment placing it in survival.
NO_PLAN_SQL = """
SELECT n.id, 'no_plan', n.since, CAST(julianday(:today) - julianday(n.since) AS INTEGER),
       NULL, NULL
FROM (SELECT h.id AS id,
             (SELECT max(a.assessed_on) FROM stage_assessments AS a
              WHERE a.household_id = h.id AND a.stage = 'survival') AS since
      FROM households AS h
      WHERE h.current_stage = 'survival' AND {area:h.id}
        AND NOT EXISTS (SELECT 1 FROM development_plans AS p
                        WHERE p.household_id = h.id AND p.is_current = 1)
      LIMIT -1) AS n
"""

# A household with a current plan, failing an indicator in its latest survey year (the
# list's failed-indicators column) that nothing addresses: no activity of the current plan
# still open or done (not dropped) for it, no help recorded against an activity for it, and
# no help in its dimension since the plan was made. Since: the plan's date.
UNADDRESSED_SQL = """
SELECT p.household_id, 'unaddressed', p.made_on,
       CAST(julianday(:today) - julianday(p.made_on) AS INTEGER), f.value, NULL
FROM development_plans AS p
JOIN households AS fh ON fh.id = p.household_id
JOIN json_each('[' || trim(fh.failed_indicators, ',') || ']') AS f
WHERE p.is_current = 1 AND fh.failed_indicators <> '' AND {area:p.household_id}
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
"""

# Never verified, or last verified before the day 12 months ago.
NOT_VERIFIED_SQL = """
SELECT h.id, 'not_verified', h.last_verified_on,
       CAST(julianday(:year_ago) - julianday(h.last_verified_on) AS INTEGER), NULL, NULL
FROM households AS h
WHERE (h.last_verified_on < :year_ago OR h.last_verified_on IS NULL) AND {area:h.id}
"""

# In survival or sufficiency (a stage that can move up) since before the day 12 months
# ago: an assessment of the current stage before then, and none of another stage after
# it. One pass over each household's assessments; the run's first day is looked up only
# for a household that went back to its stage after another.
STAGE_STUCK_SQL = """
SELECT s.id, 'stage_stuck', s.since,
       CAST(julianday(:year_ago) - julianday(s.since) AS INTEGER), NULL, NULL
FROM (SELECT g.id AS id,
             CASE WHEN g.last_other IS NULL THEN g.first_current
                  ELSE (SELECT min(r.assessed_on) FROM stage_assessments AS r
                        WHERE r.household_id = g.id AND r.stage = g.stage
                          AND r.assessed_on > g.last_other) END AS since
      FROM (SELECT h.id AS id, h.current_stage AS stage,
                   max(CASE WHEN a.stage = h.current_stage AND a.assessed_on < :year_ago
                            THEN a.assessed_on END) AS current_before,
                   min(CASE WHEN a.stage = h.current_stage THEN a.assessed_on END)
                     AS first_current,
                   max(CASE WHEN a.stage <> h.current_stage THEN a.assessed_on END)
                     AS last_other
            FROM households AS h
            JOIN stage_assessments AS a ON a.household_id = h.id
            WHERE h.current_stage IN ('survival', 'sufficiency') AND {area:h.id}
            GROUP BY h.id) AS g
      WHERE g.current_before IS NOT NULL
        AND (g.last_other IS NULL OR g.last_other < g.current_before)
      LIMIT -1) AS s
"""

# An activity of a current plan, planned or under way, whose due date has passed.
ACTIVITY_LATE_SQL = """
SELECT p.household_id, 'activity_late', pa.due_on,
       CAST(julianday(:today) - julianday(pa.due_on) AS INTEGER), i.number, pa.text
FROM plan_activities AS pa
JOIN plan_problems AS pp ON pp.id = pa.problem_id
JOIN development_plans AS p ON p.id = pp.plan_id
LEFT JOIN indicators AS i ON i.id = pp.indicator_id
WHERE p.is_current = 1 AND pa.status IN ('planned', 'doing') AND pa.due_on < :today
  AND {area:p.household_id}
"""

KIND_SQL = {
    "visit_overdue": VISIT_OVERDUE_SQL,
    "no_plan": NO_PLAN_SQL,
    "unaddressed": UNADDRESSED_SQL,
    "not_verified": NOT_VERIFIED_SQL,
    "stage_stuck": STAGE_STUCK_SQL,
    "activity_late": ACTIVITY_LATE_SQL,
}
KIND_ORDER = tuple(KIND_SQL)  # ties of urgency: this order (the first part names the columns)

LINE_COLUMNS = (
    "h.id, h.key, h.house_no, h.village_code, v.moo, v.name_th, v.subdistrict_code,"
    " s.name_th, h.head_name, w.kind, w.detail_on, w.days, w.indicator_number, w.activity_text"
)


def worklist_sql(subdistrict_code: str | None, village_code: str | None) -> tuple[str, dict]:
    """The whole worklist of an area (None: the office) as one statement and its area
    parameters (add ``today`` and ``year_ago``). Unknown urgency (never verified, no
    assessment date) comes first in its village: nobody has looked."""
    params: dict[str, str] = {}
    area = ""
    if village_code is not None:
        area = "ah.village_code = :village"
        params["village"] = village_code
    elif subdistrict_code is not None:
        area = "ah.village_code >= :subdistrict_low AND ah.village_code < :subdistrict_high"
        params["subdistrict_low"] = subdistrict_code
        params["subdistrict_high"] = subdistrict_code + PREFIX_END

    def in_area(match: re.Match[str]) -> str:
        if not area:
            return "1"
        return f"{match.group(1)} IN (SELECT ah.id FROM households AS ah WHERE {area})"

    parts = " UNION ALL ".join(
        f"SELECT * FROM ({AREA_MARK.sub(in_area, sql.strip())})" for sql in KIND_SQL.values()
    )
    kind_rank = " ".join(f"WHEN '{kind}' THEN {rank}" for rank, kind in enumerate(KIND_ORDER))
    sql = (
        f"SELECT {LINE_COLUMNS} FROM ({parts})"
        " AS w"
        " JOIN households AS h ON h.id = w.household_id"
        " JOIN villages AS v ON v.code = h.village_code"
        " JOIN subdistricts AS s ON s.code = v.subdistrict_code"
        " ORDER BY h.village_code, w.days IS NOT NULL, w.days DESC,"
        f" CASE w.kind {kind_rank} END, h.house_no_key, h.id, w.indicator_number"
    )
    return sql, params
