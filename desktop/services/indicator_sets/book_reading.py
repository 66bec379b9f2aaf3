"""Reading an indicator-set workbook into a checked ``SetBook``, or every reason it is refused.

The file is opened with the exchange import's safe reader (size and zip-bomb limits, no
old .xls or password-protected files, formula cells found in the raw XML, a row limit
per sheet), then each cell is checked. Nothing here touches the database: what the
office already holds is checked when the load is planned (loading.py).
"""

from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.services.exchange.reading import WorkbookRefused, XlsxFile, column_letter
from desktop.services.indicator_sets.layout import (
    DIMENSION_NAMES,
    FIRST_DATA_ROW,
    INDICATOR_SHEET,
    KEY_ROW,
    LAYOUT_VERSION,
    MAX_CODE,
    MAX_NAME,
    MAX_ROWS,
    MAX_TEXT,
    NO_WORDS,
    SET_SHEET,
    THRESHOLD_SHEET,
    YES_WORDS,
    SetSheet,
)
from desktop.services.indicator_sets.messages import SetProblem, SetProblemCode, problem
from desktop.services.thai import MAX_BE_YEAR, MIN_BE_YEAR, normalize_digits

P = SetProblemCode
MAX_PROBLEMS = 200  # enough to fix a file by; the rest would only repeat them


@dataclass(frozen=True)
class IndicatorRow:
    number: int
    dimension: str
    text_th: str
    text_en: str
    tpmap: bool


@dataclass(frozen=True)
class ThresholdRow:
    number: int
    survey_year: int | None  # None: every year of the set
    value: int


@dataclass(frozen=True)
class SetBook:
    """An indicator set as a workbook carries it, every cell checked."""

    code: str
    name_th: str
    name_en: str
    first_year: int
    last_year: int
    indicators: tuple[IndicatorRow, ...]
    thresholds: tuple[ThresholdRow, ...]


class SetBookRefused(Exception):
    """The workbook cannot become an indicator set; ``problems`` say where and why."""

    def __init__(self, problems: list[SetProblem]) -> None:
        super().__init__("; ".join(p.message_en for p in problems[:3]))
        self.problems = problems


def read_set_book(path: Path) -> SetBook:
    """The set in the workbook at ``path``; SetBookRefused with every problem found."""
    try:
        with XlsxFile(Path(path)) as book:
            return _Reader(book).read()
    except WorkbookRefused as refused:
        found = problem(
            P.FILE_REFUSED, message_th=refused.message_th, message_en=refused.message_en
        )
        raise SetBookRefused([found]) from refused
    except (
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        EOFError,
        ValueError,
        KeyError,
        OSError,
    ) as error:
        # a zip the safe reader opened but cannot unpack (a damaged or exotic part)
        detail = f"{type(error).__name__}: {error}"[:200]
        raise SetBookRefused([problem(P.DAMAGED, detail=detail)]) from error


class _Sheet:
    """One sheet's data rows and where each key's column is."""

    def __init__(self, reader: _Reader, layout: SetSheet, tab: str) -> None:
        self.reader, self.layout, self.tab = reader, layout, tab
        self.columns: dict[str, int] = {}
        self.rows: list[tuple[int, list[Any], set[int]]] = []
        limit = MAX_ROWS[layout.key] + FIRST_DATA_ROW
        for number, values, formulas in reader.book.rows(tab, max_rows=limit):
            if number == KEY_ROW:
                for index, value in enumerate(values):
                    key = str(value).strip().lower()
                    if key in layout.keys and key not in self.columns:
                        self.columns[key] = index
            elif number >= FIRST_DATA_ROW and any(_text(v) for v in values):
                self.rows.append((number, values, formulas))
        for key in layout.required:
            if key not in self.columns:
                reader.add(problem(P.MISSING_COLUMN, tab, KEY_ROW, field=key))

    @property
    def complete(self) -> bool:
        return all(key in self.columns for key in self.layout.required)

    def cell(
        self,
        row: tuple[int, list[Any], set[int]],
        key: str,
        read: Callable[[Any], Any],
        **limits: Any,
    ) -> Any:
        """The cell of ``key`` in ``row`` read by ``read``; a problem (and None) if it fails."""
        number, values, formulas = row
        index = self.columns.get(key)
        if index is None:
            return read("", **limits)
        place = {"sheet": self.tab, "row": number, "column": column_letter(index), "field": key}
        if index in formulas:
            self.reader.add(problem(P.FORMULA, **place))
            return None
        value = values[index] if index < len(values) else ""
        try:
            return read(value, **limits)
        except _CellProblem as bad:
            self.reader.add(problem(bad.code, **place, **bad.params))
            return None

    def place(self, row: tuple[int, list[Any], set[int]], key: str) -> dict[str, Any]:
        index = self.columns.get(key)
        letter = column_letter(index) if index is not None else ""
        return {"sheet": self.tab, "row": row[0], "column": letter, "field": key}


class _Reader:
    def __init__(self, book: XlsxFile) -> None:
        self.book = book
        self.problems: list[SetProblem] = []
        self.found = 0  # problems found, also those past MAX_PROBLEMS

    def add(self, found: SetProblem) -> None:
        self.found += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(found)

    def read(self) -> SetBook:
        set_sheet = self._sheet(SET_SHEET)
        indicator_sheet = self._sheet(INDICATOR_SHEET)
        threshold_sheet = self._sheet(THRESHOLD_SHEET, optional=True)
        head = self._head(set_sheet) if set_sheet is not None and set_sheet.complete else None
        indicators = (
            self._indicators(indicator_sheet)
            if indicator_sheet is not None and indicator_sheet.complete
            else {}
        )
        thresholds: list[ThresholdRow] = []
        if threshold_sheet is not None and threshold_sheet.complete:
            thresholds = self._thresholds(threshold_sheet, indicators, head)
        if self.problems or head is None:
            raise SetBookRefused(self.problems)
        return SetBook(
            **head,
            indicators=tuple(indicators[number] for number in sorted(indicators)),
            thresholds=tuple(thresholds),
        )

    def _sheet(self, layout: SetSheet, *, optional: bool = False) -> _Sheet | None:
        names = {name.strip(): name for name in self.book.sheet_names}
        tab = names.get(layout.title) or names.get(layout.key)
        if tab is None:
            if not optional:
                self.add(problem(P.MISSING_SHEET, sheet=layout.title, key=layout.key))
            return None
        return _Sheet(self, layout, tab)

    def _head(self, sheet: _Sheet) -> dict[str, Any] | None:
        if not sheet.rows:
            self.add(problem(P.NO_SET_ROW, sheet.tab, FIRST_DATA_ROW))
            return None
        if len(sheet.rows) > 1:
            self.add(problem(P.MANY_SET_ROWS, sheet.tab, sheet.rows[1][0]))
        row = sheet.rows[0]
        version = sheet.cell(row, "layout_version", _integer)
        if version is not None and version > LAYOUT_VERSION:
            self.add(
                problem(
                    P.NEWER_LAYOUT,
                    **sheet.place(row, "layout_version"),
                    version=version,
                    supported=LAYOUT_VERSION,
                )
            )
        head = {
            "code": sheet.cell(row, "code", _required_text, limit=MAX_CODE),
            "name_th": sheet.cell(row, "name_th", _required_text, limit=MAX_NAME),
            "name_en": sheet.cell(row, "name_en", _text_of, limit=MAX_NAME),
            "first_year": sheet.cell(row, "first_year", _year),
            "last_year": sheet.cell(row, "last_year", _year),
        }
        first, last = head["first_year"], head["last_year"]
        if first is not None and last is not None and first > last:
            self.add(
                problem(P.YEARS_ORDER, **sheet.place(row, "last_year"), first=first, last=last)
            )
        return None if None in head.values() else head

    def _indicators(self, sheet: _Sheet) -> dict[int, IndicatorRow]:
        found: dict[int, IndicatorRow] = {}
        rows_of: dict[int, int] = {}
        for row in sheet.rows:
            before = self.found
            number = sheet.cell(row, "number", _required_integer)
            values = (
                sheet.cell(row, "dimension", _dimension),
                sheet.cell(row, "text_th", _required_text, limit=MAX_TEXT),
                sheet.cell(row, "text_en", _text_of, limit=MAX_TEXT),
                sheet.cell(row, "tpmap", _yes_no),
            )
            if number is None:
                continue
            if number in rows_of:
                other = rows_of[number]
                self.add(
                    problem(
                        P.DUPLICATE_NUMBER,
                        **sheet.place(row, "number"),
                        number=number,
                        other_row=other,
                    )
                )
                continue
            if number < 1:
                self.add(problem(P.NOT_A_NUMBER, **sheet.place(row, "number"), value=number))
                continue
            rows_of[number] = row[0]
            if self.found == before:
                found[number] = IndicatorRow(number, *values)
        if not sheet.rows:
            self.add(problem(P.NO_INDICATORS, sheet.tab, FIRST_DATA_ROW))
        return found

    def _thresholds(
        self, sheet: _Sheet, indicators: dict[int, IndicatorRow], head: dict[str, Any] | None
    ) -> list[ThresholdRow]:
        found: list[ThresholdRow] = []
        rows_of: dict[tuple[int, int | None], int] = {}
        for row in sheet.rows:
            before = self.found
            number = sheet.cell(row, "number", _required_integer)
            year = sheet.cell(row, "survey_year", _optional_year)
            value = sheet.cell(row, "value", _required_integer)
            if number is not None and indicators and number not in indicators:
                self.add(problem(P.UNKNOWN_NUMBER, **sheet.place(row, "number"), number=number))
                continue
            if value is not None and value < 0:
                self.add(problem(P.NEGATIVE, **sheet.place(row, "value"), value=value))
                continue
            if year is not None and head is not None:
                first, last = head["first_year"], head["last_year"]
                if first is not None and last is not None and not first <= year <= last:
                    self.add(
                        problem(
                            P.YEAR_OUTSIDE_SET,
                            **sheet.place(row, "survey_year"),
                            year=year,
                            first=first,
                            last=last,
                        )
                    )
                    continue
            if self.found > before or number is None or value is None:
                continue
            if (number, year) in rows_of:
                self.add(
                    problem(
                        P.DUPLICATE_THRESHOLD,
                        **sheet.place(row, "number"),
                        other_row=rows_of[number, year],
                    )
                )
                continue
            rows_of[number, year] = row[0]
            found.append(ThresholdRow(number, year, value))
        return found


# Cells --------------------------------------------------------------------------------


class _CellProblem(Exception):
    def __init__(self, code: SetProblemCode, **params: object) -> None:
        super().__init__(code.value)
        self.code, self.params = code, params


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return " ".join(str(value).split())


def _text_of(value: Any, *, limit: int) -> str:
    found = _text(value)
    if len(found) > limit:
        raise _CellProblem(P.TOO_LONG, limit=f"{limit:,}")
    return found


def _required_text(value: Any, *, limit: int) -> str:
    found = _text_of(value, limit=limit)
    if not found:
        raise _CellProblem(P.REQUIRED)
    return found


def _integer(value: Any) -> int | None:
    if isinstance(value, bool):
        raise _CellProblem(P.NOT_A_NUMBER, value=_text(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _CellProblem(P.NOT_A_NUMBER, value=_text(value))
    found = normalize_digits(_text(value)).replace(",", "")
    if not found:
        return None
    if not found.isdigit():
        raise _CellProblem(P.NOT_A_NUMBER, value=_text(value)[:40])
    return int(found)


def _required_integer(value: Any) -> int:
    found = _integer(value)
    if found is None:
        raise _CellProblem(P.REQUIRED)
    return found


def _optional_year(value: Any) -> int | None:
    found = _integer(value)
    if found is not None and not MIN_BE_YEAR <= found <= MAX_BE_YEAR:
        raise _CellProblem(P.YEAR_RANGE, value=found, low=MIN_BE_YEAR, high=MAX_BE_YEAR)
    return found


def _year(value: Any) -> int:
    found = _optional_year(value)
    if found is None:
        raise _CellProblem(P.REQUIRED)
    return found


def _dimension(value: Any) -> str:
    found = _text(value)
    if not found:
        raise _CellProblem(P.REQUIRED)
    for code, name in DIMENSION_NAMES.items():
        if found.lower() == code or found in (name, f"ด้าน{name}", f"มิติ{name}"):
            return code
    allowed = ", ".join(f"{code} ({name})" for code, name in DIMENSION_NAMES.items())
    raise _CellProblem(P.UNKNOWN_DIMENSION, value=found[:40], allowed=allowed)


def _yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    found = _text(value).lower()
    if not found or found in YES_WORDS:
        return True  # blank: the indicator is one of TPMAP's (the set's usual case)
    if found in NO_WORDS:
        return False
    raise _CellProblem(P.NOT_YES_NO, value=found[:40])
