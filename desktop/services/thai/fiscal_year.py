"""Thai government fiscal year (ปีงบประมาณ): 1 Oct – 30 Sep, named by its BE end year.

FY 2567 = 1 Oct 2566 – 30 Sep 2567 BE (2023-10-01 – 2024-09-30).
Quarters: Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep.
"""

from __future__ import annotations

import calendar
from datetime import date

from desktop.services.thai.buddhist_era import to_be_year, to_ce_year

FIRST_MONTH = 10  # October


def fiscal_year_of(d: date) -> int:
    """BE fiscal year that ``d`` falls in."""
    return to_be_year(d.year) + (1 if d.month >= FIRST_MONTH else 0)


def fiscal_quarter_of(d: date) -> int:
    """Fiscal quarter (1–4) that ``d`` falls in."""
    return (d.month - FIRST_MONTH) % 12 // 3 + 1


def fiscal_year_bounds(fy_be: int) -> tuple[date, date]:
    """First and last day (inclusive) of BE fiscal year ``fy_be``."""
    end_year = to_ce_year(fy_be)
    return date(end_year - 1, FIRST_MONTH, 1), date(end_year, 9, 30)


def quarter_bounds(fy_be: int, quarter: int) -> tuple[date, date]:
    """First and last day (inclusive) of ``quarter`` (1–4) of BE fiscal year ``fy_be``."""
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"fiscal quarter must be 1-4, got {quarter!r}")
    first = fiscal_year_bounds(fy_be)[0]
    month_index = first.month - 1 + 3 * (quarter - 1)  # months since Jan of the start year
    year, start_month = first.year + month_index // 12, month_index % 12 + 1
    end_month = start_month + 2
    return date(year, start_month, 1), date(
        year, end_month, calendar.monthrange(year, end_month)[1]
    )
