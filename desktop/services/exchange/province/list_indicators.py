"""The failed indicators a province list carries: a column of indicator numbers ("16,22",
"ข้อ ๑๖/๒๒") and a ✓ column per dimension. Both become the household's indicator results
for the current survey year (the Buddhist-era year of the import), status failed.

A ✓ under a dimension says the household fails that dimension without saying on which of
its indicators: when the row's numbers name some of the dimension's indicators those are
the failed ones; when they name none, every indicator of the dimension is recorded failed
(the dashboard's count by dimension then agrees with the list)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Indicator, IndicatorSet
from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.rows import Lookups
from desktop.services.exchange.reading.values import CellProblem, boolean, normalize_digits, text
from desktop.services.thai import to_be_year

DIMENSIONS = ("health", "living", "education", "income", "access")
DIMENSION_FIELDS = {f"failed_{dimension}": dimension for dimension in DIMENSIONS}
INDICATOR_FIELDS = frozenset({"failed_indicators", *DIMENSION_FIELDS})
_NUMBERS = re.compile(r"\d+")
FAILED_WORDS = frozenset({"ไม่ผ่าน", "ไม่ผ่านเกณฑ์", "ตก", "ตกเกณฑ์", "✗", "✘"})
PASSED_WORDS = frozenset({"ผ่าน", "ผ่านเกณฑ์"})


class ListIndicators:
    """The indicators of the set in force this survey year, by number and by dimension."""

    def __init__(self, session: Session, lookups: Lookups) -> None:
        self.year = to_be_year(lookups.today.year)
        self.set_code = lookups.set_for_year(self.year)
        self.ids: dict[int, int] = {}
        self.dimension: dict[int, str] = {}
        rows = session.execute(
            select(Indicator.number, Indicator.id, Indicator.dimension)
            .join(IndicatorSet, IndicatorSet.id == Indicator.set_id)
            .where(IndicatorSet.code == self.set_code)
        ).all()
        for number, id_, dimension in rows:
            self.ids[number] = id_
            self.dimension[number] = dimension

    def numbers(self, value: Any) -> frozenset[int]:
        """ "16,22" → {16, 22}; an unknown number is a CellProblem."""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        found = frozenset(int(n) for n in _NUMBERS.findall(normalize_digits(text(value))))
        if found and not self.set_code:  # no set covers this survey year
            raise CellProblem(RejectCode.NO_SET_FOR_YEAR, year=str(self.year))
        for number in sorted(found):
            if number not in self.ids:
                raise CellProblem(
                    RejectCode.UNKNOWN_INDICATOR, set=self.set_code, number=str(number)
                )
        return found

    @staticmethod
    def ticked(value: Any) -> bool:
        """A dimension's cell: ✓, x, 1, ใช่ or "ไม่ผ่าน" say it fails; blank, - or "ผ่าน" not."""
        word = text(value).replace(" ", "")
        if word in FAILED_WORDS:
            return True
        if word in PASSED_WORDS:
            return False
        return bool(boolean(value))

    def failed(self, numbers: Iterable[int], dimensions: Iterable[str]) -> set[int]:
        """Indicator numbers failed, from the numbers given and the dimensions ticked."""
        chosen = set(numbers)
        for dimension in dimensions:
            named = {n for n in chosen if self.dimension.get(n) == dimension}
            if not named:
                chosen |= {n for n, d in self.dimension.items() if d == dimension}
        return chosen

    def result_rows(
        self, sheet: str, row: int, key: str, numbers: Iterable[int]
    ) -> list[tuple[Any, ...]]:
        """s_results rows: (sheet, row, household_key, survey_year, indicator_id, status,
        verified_by, verified_on)."""
        return [
            (sheet, row, key, self.year, self.ids[number], "failed", "", None)
            for number in sorted(numbers)
        ]
