"""The dashboard's case-management figures: plans made, follow-up visits per quarter of the
fiscal year, and households that moved up a stage per quarter and per fiscal year. One SQL
aggregate each; the fiscal periods come from desktop.services.thai (1 October – 30 September,
named by its BE end year) and are handed to SQL as a small JSON table of months.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.services.thai import fiscal_quarter_of, fiscal_year_bounds, fiscal_year_of

QUARTERS = (1, 2, 3, 4)
WHOLE_YEAR = 0  # the period row of a whole fiscal year

# Current plans; survival households; those of them with a current plan.
PLANS_SQL = """
SELECT (SELECT count(*) FROM development_plans WHERE is_current = 1), count(*),
       coalesce(sum(EXISTS (SELECT 1 FROM development_plans AS p
                            WHERE p.household_id = h.id AND p.is_current = 1)), 0)
FROM households AS h WHERE h.current_stage = 'survival'
"""

SPAN_SQL = """
SELECT min(d), max(d) FROM (
  SELECT min(visited_on) AS d FROM follow_up_visits UNION ALL
  SELECT max(visited_on) FROM follow_up_visits UNION ALL
  SELECT min(assessed_on) FROM stage_assessments UNION ALL
  SELECT max(assessed_on) FROM stage_assessments)
"""

# The months of the years shown, each with its fiscal year and quarter (from the thai
# helpers): ``[["2024-10", 2568, 1], ...]``. Grouping by an equality join on the month is
# one pass over the rows; each period is counted twice, per quarter and per year (0).
_MONTHS = """
months (month, fiscal_year, quarter) AS MATERIALIZED (
  SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(:months))
"""

VISITS_SQL = f"""
WITH {_MONTHS}, by_month AS MATERIALIZED (
  SELECT substr(visited_on, 1, 7) AS month, count(*) AS visits FROM follow_up_visits GROUP BY 1
), counted AS MATERIALIZED (
  SELECT m.fiscal_year, m.quarter, sum(b.visits) AS visits FROM by_month AS b
  JOIN months AS m ON m.month = b.month
  GROUP BY m.fiscal_year, m.quarter
)
SELECT fiscal_year, quarter, visits FROM counted
UNION ALL
SELECT fiscal_year, {WHOLE_YEAR}, sum(visits) FROM counted GROUP BY fiscal_year
"""

# Households with an assessment in the period whose stage is above the household's
# assessment before it (by date, then id): each household once per quarter and per year.
_RANK = (
    "CASE a.stage WHEN 'survival' THEN 1 WHEN 'sufficiency' THEN 2 WHEN 'sustainable' THEN 3 END"
)
MOVED_UP_SQL = f"""
WITH {_MONTHS}, ranked AS (
  SELECT a.household_id, a.assessed_on, {_RANK} AS stage_rank,
         lag({_RANK}) OVER (PARTITION BY a.household_id ORDER BY a.assessed_on, a.id) AS before
  FROM stage_assessments AS a
), moves AS MATERIALIZED (
  SELECT r.household_id, m.fiscal_year, m.quarter FROM ranked AS r
  JOIN months AS m ON m.month = substr(r.assessed_on, 1, 7)
  WHERE r.stage_rank > r.before
)
SELECT fiscal_year, quarter, count(DISTINCT household_id) FROM moves
GROUP BY fiscal_year, quarter
UNION ALL
SELECT fiscal_year, {WHOLE_YEAR}, count(DISTINCT household_id) FROM moves GROUP BY fiscal_year
"""


@dataclass(frozen=True)
class QuarterFigures:
    """One fiscal year: a count per quarter (Q1 Oct–Dec ... Q4 Jul–Sep) and for the year
    (visits: their sum; households moved up: each household once)."""

    fiscal_year: int
    quarters: tuple[int, int, int, int]
    year: int


@dataclass(frozen=True)
class CaseFigures:
    current_plans: int
    survival: int  # households in survival
    survival_with_plan: int  # of them, with a current plan
    visits: tuple[QuarterFigures, ...]  # ascending fiscal years
    moved_up: tuple[QuarterFigures, ...]  # the same years

    @property
    def survival_planned_percent(self) -> float | None:
        return 100.0 * self.survival_with_plan / self.survival if self.survival else None


def read_case_figures(session: Session, fiscal_year: int | None) -> CaseFigures:
    """The figures of ``fiscal_year``, or of every fiscal year with a visit or assessment."""
    plans, survival, planned = session.execute(text(PLANS_SQL)).one()
    years = [fiscal_year] if fiscal_year is not None else _years(session)
    months = json.dumps([
        [f"{month:%Y-%m}", year, fiscal_quarter_of(month)]
        for year in years
        for month in _months(year)
    ])  # fmt: skip
    return CaseFigures(
        current_plans=int(plans),
        survival=int(survival),
        survival_with_plan=int(planned),
        visits=_by_year(session, VISITS_SQL, months, years),
        moved_up=_by_year(session, MOVED_UP_SQL, months, years),
    )


def _years(session: Session) -> list[int]:
    first, last = session.execute(text(SPAN_SQL)).one()
    if first is None:
        return []
    return list(range(_fiscal_year(first), _fiscal_year(last) + 1))


def _months(year: int) -> list[dt.date]:
    """The first day of each month of fiscal year ``year``."""
    first, _last = fiscal_year_bounds(year)
    return [
        dt.date(first.year + (first.month - 1 + step) // 12, (first.month - 1 + step) % 12 + 1, 1)
        for step in range(12)
    ]


def _by_year(
    session: Session, sql: str, months: str, years: list[int]
) -> tuple[QuarterFigures, ...]:
    counts = {
        (int(year), int(quarter)): int(count)
        for year, quarter, count in session.execute(text(sql), {"months": months})
    }
    figures = []
    for year in years:
        q1, q2, q3, q4 = (counts.get((year, quarter), 0) for quarter in QUARTERS)
        figures.append(QuarterFigures(year, (q1, q2, q3, q4), counts.get((year, WHOLE_YEAR), 0)))
    return tuple(figures)


def _fiscal_year(day: str | dt.date) -> int:
    return fiscal_year_of(day if isinstance(day, dt.date) else dt.date.fromisoformat(day))
