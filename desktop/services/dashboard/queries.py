"""The dashboard's aggregate SQL: a handful of GROUP BY statements over the whole office.

Household figures read the derived columns of ``households`` that the household list
filters on (current stage, failed dimensions bitmask, failed indicators text, helped), so
every number equals the count of the list it opens. Grouping returns a few thousand rows
at most (one per distinct combination), never one per household.
"""

from __future__ import annotations

import datetime as dt

from db.household_summary import DIMENSION_BITS
from desktop.services.households.list_query import STAGE_NONE, STAGES

# One row per (subdistrict, stage, failed dimensions, helped) combination, the four packed
# into one integer (grouping by one integer sorts in about half the time of four columns):
#   subdistrict * 1000 + stage * 200 + failed dimensions * 4 + helped
# with stage 0 none, 1 survival, 2 sufficiency, 3 sustainable, 4 other, and helped 1 yes,
# 2 no, 0 other, tested exactly as the list's filters test them. The list's subdistrict
# filter is a prefix range on village_code; a village code is its subdistrict's six digits
# followed by the two of หมู่ที่ (a CHECK of villages), so the prefix is the subdistrict.
GROUP_SUBDISTRICT, GROUP_STAGE, GROUP_DIMENSIONS = 1000, 200, 4
ALL_DIMENSIONS = sum(DIMENSION_BITS.values())  # 31
assert GROUP_DIMENSIONS * (ALL_DIMENSIONS + 1) <= GROUP_STAGE
GROUP_STAGES = (STAGE_NONE, *STAGES, None)  # by the stage digit; None: a value no filter takes
HOUSEHOLD_GROUPS_SQL = f"""
SELECT CAST(substr(h.village_code, 1, 6) AS INTEGER) * {GROUP_SUBDISTRICT}
       + (CASE WHEN h.current_stage IS NULL THEN 0 WHEN h.current_stage = 'survival' THEN 1
               WHEN h.current_stage = 'sufficiency' THEN 2
               WHEN h.current_stage = 'sustainable' THEN 3 ELSE 4 END) * {GROUP_STAGE}
       + (h.failed_dimensions & {ALL_DIMENSIONS}) * {GROUP_DIMENSIONS}
       + (CASE WHEN h.helped = 1 THEN 1 WHEN h.helped = 0 THEN 2 ELSE 0 END),
       count(*)
FROM households AS h
GROUP BY 1
"""

# One row per distinct failed-indicators text (",4,22,"): a few thousand at most.
FAILED_INDICATOR_GROUPS_SQL = """
SELECT h.failed_indicators, count(*) FROM households AS h
WHERE h.failed_indicators <> '' GROUP BY 1
"""

# Every indicator set, newest first (the order that decides which set a household's latest
# answers are in: list_query.HOUSEHOLD_SET_SQL), and whether any household answered in it.
# Each EXISTS is one look-up in the results' indicator index.
INDICATOR_SETS_SQL = """
SELECT s.id, s.code, s.name_th, s.name_en, s.first_year, s.last_year,
       EXISTS (SELECT 1 FROM indicators AS x JOIN indicator_results AS r
               ON r.indicator_id = x.id WHERE x.set_id = s.id)
FROM indicator_sets AS s ORDER BY s.first_year DESC, s.id DESC
"""

SET_INDICATORS_SQL = """
SELECT i.id, i.number, i.dimension, i.text_th, i.text_en FROM indicators AS i
WHERE i.set_id = :set_id ORDER BY i.number
"""


def _among(ids: list[int]) -> str:
    """SQL testing an indicator id against ``ids``: one range when they are consecutive (a
    set's indicators are written together, so they are: one index probe per household),
    else the list (a probe per id)."""
    low, high = min(ids), max(ids)
    if high - low + 1 == len(set(ids)):
        return f"BETWEEN {int(low)} AND {int(high)}"
    return f"IN ({', '.join(str(int(i)) for i in ids)})"


def failed_groups_by_set_sql(set_indicator_ids: list[list[int]]) -> str:
    """One row per (failed-indicators text, index of the set the household's latest
    answers are in) when households answered in several sets. ``set_indicator_ids`` are
    the answered sets' indicator ids, newest set first: a household's set is the first it
    has any answer in (HOUSEHOLD_SET_SQL's rule), each test a probe of the unique
    (household, indicator, year) index. Only failing households are looked at."""
    branches = " ".join(
        f"WHEN EXISTS (SELECT 1 FROM indicator_results AS r WHERE r.household_id = h.id"
        f" AND r.indicator_id {_among(ids)}) THEN {index}"
        for index, ids in enumerate(set_indicator_ids)
        if ids
    )
    which = f"CASE {branches} END" if branches else "NULL"
    return (
        f"SELECT h.failed_indicators, {which}, count(*) FROM households AS h"
        " WHERE h.failed_indicators <> '' GROUP BY 1, 2"
    )


SUBDISTRICTS_SQL = """
SELECT s.code, s.name_th, s.name_en, d.name_th, d.name_en FROM subdistricts AS s
JOIN districts AS d ON d.code = s.district_code
WHERE s.district_code IN (SELECT value FROM json_each(:districts))
   OR s.code IN (SELECT value FROM json_each(:codes))
"""

ASSESSMENT_SPAN_SQL = "SELECT min(assessed_on), max(assessed_on) FROM stage_assessments"

# Each assessment as one integer ordered like (assessed_on, id), its last digit 1 when the
# stage is out of survival: the household's latest assessment up to a day is then the
# largest key below that day's bound. LIMIT -1 keeps the subquery from being flattened
# into the aggregate, so each key is computed once per row, not once per fiscal year.
KEY_DAY = 100_000_000_000  # a day's keys: yyyymmdd * KEY_DAY + id * 10 + out (id < 10^10)
_ASSESSMENT_KEYS = (
    "SELECT a.household_id AS household_id,"
    " CAST(replace(a.assessed_on, '-', '') AS INTEGER) * "
    f"{KEY_DAY} + a.id * 10 + (a.stage IN ('sufficiency', 'sustainable')) AS k"
    " FROM stage_assessments AS a LIMIT -1"
)

UMBRELLAS_SQL = """
SELECT u.code, u.name_th, u.name_en, u.retired FROM umbrellas AS u ORDER BY u.sort_order, u.code
"""

# Per umbrella (NULL: projects under none) of the projects of :fiscal_year (NULL: every
# year): projects, budget, assistance given under them, money spent in their progress
# reports, key results and those whose latest report (fiscal year, quarter) reached a
# target above zero.
UMBRELLA_FIGURES_SQL = """
WITH p AS (
  SELECT id, umbrella_code, budget_satang FROM projects
  WHERE :fiscal_year IS NULL OR fiscal_year = :fiscal_year
), given AS (  -- a scan and a sort beat looking up each row through the project index
  SELECT a.project_id, sum(a.value_satang) AS money FROM assistance AS a NOT INDEXED
  WHERE a.project_id IS NOT NULL GROUP BY a.project_id
), spent AS (
  SELECT k.project_id, sum(r.money_spent_satang) AS money
  FROM progress_reports AS r JOIN project_indicators AS k ON k.id = r.project_indicator_id
  WHERE k.project_id IN (SELECT id FROM p) GROUP BY k.project_id
), latest AS (
  SELECT r.project_indicator_id, r.value,
         row_number() OVER (PARTITION BY r.project_indicator_id
                            ORDER BY r.fiscal_year DESC, r.quarter DESC) AS position
  FROM progress_reports AS r
), results AS (
  SELECT k.project_id, count(*) AS total,
         sum(k.target > 0 AND l.value IS NOT NULL AND l.value >= k.target) AS attained
  FROM project_indicators AS k
  LEFT JOIN latest AS l ON l.project_indicator_id = k.id AND l.position = 1
  WHERE k.project_id IN (SELECT id FROM p) GROUP BY k.project_id
)
SELECT p.umbrella_code, count(*), sum(p.budget_satang), coalesce(sum(given.money), 0),
       coalesce(sum(spent.money), 0), coalesce(sum(results.total), 0),
       coalesce(sum(results.attained), 0)
FROM p
LEFT JOIN given ON given.project_id = p.id
LEFT JOIN spent ON spent.project_id = p.id
LEFT JOIN results ON results.project_id = p.id
GROUP BY p.umbrella_code
"""

PROJECT_YEARS_SQL = "SELECT DISTINCT fiscal_year FROM projects"


def day_number(day: dt.date) -> int:
    """``day`` as yyyymmdd, the date part of an assessment key."""
    return day.year * 10_000 + day.month * 100 + day.day


def goal_sql(year_ends: list[dt.date]) -> str:
    """One statement over every household's assessments, for the fiscal years ending on
    ``year_ends`` (ascending). Per year ``i`` it returns three columns: households assessed
    by its end, those of them whose latest assessment by then is out of survival, and
    households with an assessment inside the year (0: the year has none)."""
    bounds = [(day_number(end) + 1) * KEY_DAY for end in year_ends]
    latest = ", ".join(
        f"max(CASE WHEN k < {bound} THEN k END) AS k{index}" for index, bound in enumerate(bounds)
    )
    columns = []
    for index in range(len(bounds)):
        changed = f"k{index} IS NOT k{index - 1}" if index else f"k{index} IS NOT NULL"
        columns.append(f"count(k{index}), coalesce(sum(k{index} % 10), 0), sum({changed})")
    return (
        f"SELECT {', '.join(columns)} FROM"
        f" (SELECT {latest} FROM ({_ASSESSMENT_KEYS}) GROUP BY household_id)"
    )
