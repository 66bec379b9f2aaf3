"""One tab of a workbook read row by row, cells by their machine key (row 1), with every
problem of a cell recorded in the import's staging file (sheet, row, column, field,
reason) and the row marked bad. Used where rows are few enough to be plain objects:
a provincial office's reading of a district's projects and assistance."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.parsing import key_row
from desktop.services.exchange.reading.staging import Staging
from desktop.services.exchange.reading.values import CellProblem, number_cell, text
from desktop.services.exchange.reading.xlsx_file import XlsxFile


class TabRows:
    """One tab's rows with cells by machine key; problems go to the staging file."""

    def __init__(self, book: XlsxFile, tab: str, staging: Staging, limit: int) -> None:
        self.book, self.tab, self.staging, self.limit = book, tab, staging, limit
        self.keys, self.headers, self.skip = key_row(book, tab)
        self.number = 0
        self.row: list[Any] = []
        self.formulas: set[int] = set()
        self.bad = False

    def __iter__(self) -> Iterator[TabRows]:
        for number, row, formulas in self.book.rows(self.tab, max_rows=self.limit):
            if number <= self.skip or not any(text(value) for value in row):
                continue
            self.number, self.row, self.formulas, self.bad = number, row, formulas, False
            yield self

    def get(self, key: str, convert: Callable[[Any], Any], *, must: bool = False) -> Any:
        index = self.keys.get(key)
        raw = self.row[index] if index is not None and index < len(self.row) else ""
        try:
            if index in self.formulas:
                raise CellProblem(RejectCode.FORMULA)
            value = convert(raw)
            if must and (value is None or value == ""):
                raise CellProblem(RejectCode.REQUIRED)
        except CellProblem as problem:
            self.bad = True
            self.staging.reject(
                self.tab,
                self.number,
                problem.code,
                col=index,
                header=self.headers.get(index, "") if index is not None else key,
                field=key,
                params=problem.params,
            )
            return None
        return value

    def reject(self, key: str, code: RejectCode, /, **params: object) -> None:
        self.bad = True
        index = self.keys.get(key)
        header = self.headers.get(index, "") if index is not None else key
        values = {name: str(value) for name, value in params.items()}
        self.staging.reject(
            self.tab, self.number, code, col=index, header=header, field=key, params=values
        )


def real_number(value: Any) -> float:
    """A number cell, or text such as "1,250.5"; blank is 0."""
    if value is None or value == "":
        return 0.0
    if type(value) is float:
        return float(number_cell(value))  # 992.5600000000001 (a sum) is 992.56
    if type(value) is int:
        return float(value)
    cleaned = text(value).replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        raise CellProblem(RejectCode.NOT_A_NUMBER, value=cleaned) from None
