"""Indicator sets as data an office loads: the indicator-set workbook's layout
(docs/indicator-set-workbook.md), reading one safely into a checked set or every reason it
is refused, the dry run and the load (one transaction, logged), and writing a set back out
so a province can send a new set to its districts.

Which set a survey year uses, and its blank answers, is the household's business:
desktop.services.households.indicator_sets."""

from desktop.services.indicator_sets.book_reading import (
    IndicatorRow,
    SetBook,
    SetBookRefused,
    ThresholdRow,
    read_set_book,
)
from desktop.services.indicator_sets.book_writing import write_set_book
from desktop.services.indicator_sets.layout import DIMENSION_NAMES, LAYOUT_VERSION, SHEETS
from desktop.services.indicator_sets.loading import LoadPlan
from desktop.services.indicator_sets.messages import SetProblem, SetProblemCode
from desktop.services.indicator_sets.service import (
    IndicatorSetService,
    LoadResult,
    SetSummary,
    UnknownSet,
)

__all__ = [
    "DIMENSION_NAMES",
    "LAYOUT_VERSION",
    "SHEETS",
    "IndicatorRow",
    "IndicatorSetService",
    "LoadPlan",
    "LoadResult",
    "SetBook",
    "SetBookRefused",
    "SetProblem",
    "SetProblemCode",
    "SetSummary",
    "ThresholdRow",
    "UnknownSet",
    "read_set_book",
    "write_set_book",
]
