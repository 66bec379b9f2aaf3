"""The dashboard's case-management figures: plans made, follow-up visits per quarter of the
fiscal year, and households that moved up a stage per quarter and per fiscal year. One SQL
aggregate each; the fiscal periods come from desktop.services.thai (1 October – 30 September,
named by its BE end year) and are handed to SQL as a small JSON table of bounds.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.services.thai import fiscal_year_bounds, fiscal_year_of, quarter_bounds

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

_PERIODS = """
periods (fiscal_year, quarter, first, last) AS (
  SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(:periods))
"""

# Visits in each period (a quarter, or a whole fiscal year).
VISITS_SQL = f"""
WITH {_PERIODS}
SELECT p.fiscal_year, p.quarter, count(v.id) FROM periods AS p
JOIN follow_up_visits AS v ON v.visited_on BETWEEN p.first AND p.last
GROUP BY p.fiscal_year, p.quarter
"""

# Households with an assessment in the period whose stage is above the household's
# assessment before it (by date, then id): each household once per period.
_RANK = (
    "CASE a.stage WHEN 'survival' THEN 1 WHEN 'sufficiency' THEN 2 WHEN 'sustainable' THEN 3 END"
)
MOVED_UP_SQL = f"""
WITH {_PERIODS}, ranked AS (
  SELECT a.household_id, a.assessed_on, {_RANK} AS stage_rank,
         lag({_RANK}) OVER (PARTITION BY a.household_id ORDER BY a.assessed_on, a.id) AS before
  FROM stage_assessments AS a
), moves AS MATERIALIZED (
  SELECT household_id, assessed_on FROM ranked WHERE stage_rank > before
)
SELECT p.fiscal_year, p.quarter, count(DISTINCT m.household_id) FROM periods AS p
JOIN moves AS m ON m.assessed_on BETWEEN p.first AND p.last
GROUP BY p.fiscal_year, p.quarter
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
    periods = json.dumps([
        [year, quarter, first.isoformat(), last.isoformat()]
        for year in years
        for quarter, (first, last) in _periods(year)
    ])  # fmt: skip
    return CaseFigures(
        current_plans=int(plans),
        survival=int(survival),
        survival_with_plan=int(planned),
        visits=_by_year(session, VISITS_SQL, periods, years),
        moved_up=_by_year(session, MOVED_UP_SQL, periods, years),
    )


def _years(session: Session) -> list[int]:
    first, last = session.execute(text(SPAN_SQL)).one()
    if first is None:
        return []
    return list(range(_fiscal_year(first), _fiscal_year(last) + 1))


def _periods(year: int) -> list[tuple[int, tuple[dt.date, dt.date]]]:
    return [(WHOLE_YEAR, fiscal_year_bounds(year))] + [
        (quarter, quarter_bounds(year, quarter)) for quarter in QUARTERS
    ]


def _by_year(
    session: Session, sql: str, periods: str, years: list[int]
) -> tuple[QuarterFigures, ...]:
    counts = {
        (int(year), int(quarter)): int(count)
        for year, quarter, count in session.execute(text(sql), {"periods": periods})
    }
    figures = []
    for year in years:
        q1, q2, q3, q4 = (counts.get((year, quarter), 0) for quarter in QUARTERS)
        figures.append(QuarterFigures(year, (q1, q2, q3, q4), counts.get((year, WHOLE_YEAR), 0)))
    return tuple(figures)


def _fiscal_year(day: str | dt.date) -> int:
    return fiscal_year_of(day if isinstance(day, dt.date) else dt.date.fromisoformat(day))
