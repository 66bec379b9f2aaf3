"""Turning sheet rows into staging rows: a plan of one getter per staging column.

Shared by the exchange workbook and the province list. A getter reads its cells from
the row and returns the cleaned value or raises CellProblem; a row with a problem (or a
formula in a column that is read) is rejected, cell by cell, and its household marked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.staging import Staging
from desktop.services.exchange.reading.values import CellProblem, name, text
from desktop.services.exchange.reading.xlsx_file import SheetRows

Getter = Callable[[list[Any]], Any]
BATCH_ROWS = 5000


@dataclass(frozen=True)
class Fast:
    """An inline expression reading the common case of a field without a function call.

    ``template`` uses {v0}, {v1}... for the cells of ``cells``, {x} for a scratch name,
    {S} for the field's getter (the slow path, which also raises the CellProblem), and a
    name of ``constants`` for each constant it needs.
    """

    template: str
    cells: tuple[int, ...]
    constants: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Field:
    """One staging column: where it comes from (columns, for rejections) and its getter."""

    name: str
    columns: tuple[int, ...]  # column indexes read (first one is named in a rejection)
    get: Getter
    fast: Fast | None = None


def compile_row(fields: list[Field]) -> Callable[[list[Any]], tuple[Any, ...]]:
    """One function converting a row with every field's fast expression inline (a sheet
    of a million rows spends its time in per-cell function calls otherwise)."""
    namespace: dict[str, Any] = {"_slow": [f.get for f in fields]}
    cells = sorted({c for f in fields if f.fast is not None for c in f.fast.cells})
    lines = ["def convert(row):", *(f"    c{c} = row[{c}]" for c in cells)]
    parts = []
    for index, item in enumerate(fields):
        slow = f"_slow[{index}](row)"
        if item.fast is None:
            parts.append(slow)
            continue
        names = {f"v{i}": f"c{c}" for i, c in enumerate(item.fast.cells)}
        for constant, value in item.fast.constants.items():
            namespace[f"{constant}_{index}"] = value
            names[constant] = f"{constant}_{index}"
        parts.append(f"({item.fast.template.format(x=f'x{index}', S=slow, **names)})")
    lines.append(f"    return ({', '.join(parts)},)")
    exec("\n".join(lines), namespace)
    return namespace["convert"]  # type: ignore[no-any-return]


@dataclass
class Lookups:
    """The office's code lists and indicators, read once per plan."""

    codes: dict[str, dict[str, str]]  # list name -> {code, Thai or English name (lower): code}
    indicators: dict[tuple[str, int], int]  # (set code, number) -> indicator id
    set_years: list[tuple[str, int, int]]  # (set code, first year, last year), newest first
    today: dt.date

    def set_for_year(self, year: int) -> str:
        """The code of the set covering ``year``; "" when none does (never another year's)."""
        covering = [code for code, first, last in self.set_years if first <= year <= last]
        return (covering or [""])[0]


def cell(index: int | None, convert: Callable[[Any], Any]) -> Getter:
    """A getter of one cell (``index`` None: the column is absent, blank is read)."""
    if index is None:
        return lambda _row: convert("")
    return lambda row: convert(row[index])


def required(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        found = convert(value)
        if found is None or found == "":
            raise CellProblem(RejectCode.REQUIRED)
        return found

    return read


def default(convert: Callable[[Any], Any], fallback: Any) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        found = convert(value)
        return fallback if found is None else found

    return read


def coded(
    names: dict[str, str], *, strict: bool = False, listed: bool = False
) -> Callable[[Any], str]:
    """A code from a code cell or a name; unknown text stays as written (or, ``strict``,
    is refused; ``listed``: refused naming the codes allowed)."""

    def read(value: Any) -> str:
        word = name(value)
        if not word:
            return ""
        found = names.get(word) or names.get(word.lower())
        if found is not None:
            return found
        if listed:
            raise CellProblem(RejectCode.UNKNOWN_CODE, value=word, allowed=allowed_codes(names))
        if strict:
            raise CellProblem(RejectCode.UNKNOWN_CHOICE, value=word)
        return word

    return read


MAX_LISTED_CODES = 40


def allowed_codes(names: dict[str, str]) -> str:
    """The codes of a list with their Thai names ("mr นาย, mrs นาง"), for a message."""
    thai: dict[str, str] = {}
    for word, code in names.items():
        thai.setdefault(code, "")
        if not word.isascii() and not thai[code]:
            thai[code] = word
    shown = [f"{code} {word}".strip() for code, word in sorted(thai.items())]
    more = len(shown) - MAX_LISTED_CODES
    return ", ".join(shown[:MAX_LISTED_CODES]) + (f" … (+{more})" if more > 0 else "") or "-"


def iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def agreeing(columns: tuple[tuple[str, int], ...], convert: Callable[[Any], Any]) -> Getter:
    """The value of two columns that hold the same thing in two forms (a code and its
    name, a date and its BE text): whichever holds one; when both do and they read
    differently, the clerk edited one and not the other, and the row is refused naming
    both, never silently decided for the first."""

    def read(row: list[Any]) -> Any:
        found: Any = None
        first: tuple[str, Any] | None = None
        for key, index in columns:
            value = convert(row[index])
            if value is None or value == "":
                found = value if first is None else found
                continue
            if first is None:
                found, first = value, (key, row[index])
            elif value != found:
                raise CellProblem(
                    RejectCode.COLUMNS_DISAGREE,
                    first=f"{first[0]} = {text(first[1])}",
                    second=f"{key} = {text(row[index])}",
                )
        return found

    return read


@dataclass
class RowSink:
    """Converts rows with ``fields`` and writes them to a staging table in batches."""

    staging: Staging
    table: str
    sheet: str
    fields: list[Field]
    headers: dict[int, str]  # column index -> header text (for rejections)
    key_field: int = 0  # index in ``fields`` of the household key (marks the household)
    households: dict[str, int] | None = None  # key -> staged household (child sheets)
    rejected: int = 0

    def __post_init__(self) -> None:
        self._batch: list[tuple[Any, ...]] = []
        self._needed = max((max(f.columns) for f in self.fields if f.columns), default=-1) + 1
        self._read = {column for f in self.fields for column in f.columns}
        self._convert = compile_row(self.fields)
        self.bad_keys: set[str] = set()
        self._last_key: str | None = None
        self._mark_next = False  # a row of unknown household was rejected just before

    def add(self, number: int, row: list[Any], formulas: set[int]) -> tuple[Any, ...] | None:
        """Convert and queue one row; None when it was rejected."""
        if len(row) < self._needed:
            row = row + [""] * (self._needed - len(row))
        if formulas and formulas & self._read:
            self._reject_formulas(number, row, formulas & self._read)
            return None
        try:
            values = self._convert(row)
        except CellProblem:
            self._reject_cells(number, row)
            return None
        if self.households is None:
            self._batch.append((self.sheet, number, *values))
        else:
            household = self.households.get(values[self.key_field])
            self._batch.append((self.sheet, number, *values, household))
        if self._mark_next:
            self._mark_next = False
            self.bad_keys.add(str(values[self.key_field]))
        self._last_key = values[self.key_field]
        if len(self._batch) >= BATCH_ROWS:
            self.flush()
        return values

    def add_piece(self, piece: SheetRows, skip: int) -> None:
        """``add`` every row of a piece after row ``skip``, the common case inline."""
        convert, sheet, needed = self._convert, self.sheet, self._needed
        households, key_field, formulas = self.households, self.key_field, piece.formulas
        batch = self._batch
        number = piece.first_row - 1
        for row in piece.rows:
            number += 1
            if number <= skip:
                continue
            if len(row) < needed or self._mark_next or number in formulas:
                self.add(number, row, formulas.get(number, set()))
                batch = self._batch
                continue
            try:
                values = convert(row)
            except CellProblem:
                self._reject_cells(number, row)
                continue
            key = values[key_field]
            if households is None:
                batch.append((sheet, number, *values))
            else:
                batch.append((sheet, number, *values, households.get(key)))
            self._last_key = key
            if len(batch) >= BATCH_ROWS:
                self.flush()
                batch = self._batch

    def flush(self) -> None:
        extra = ("hh",) if self.households is not None else ()
        self.staging.insert(self.table, self._batch, extra)
        self._batch = []

    def _key(self, row: list[Any]) -> str | None:
        """The row's household key; when it cannot be read, the households of the rows
        before and after it are marked instead (the sheets list households in order)."""
        try:
            key = self.fields[self.key_field].get(row)
        except CellProblem:
            key = None
        if key in (None, ""):
            if self._last_key is not None:
                self.bad_keys.add(self._last_key)
            self._mark_next = True
            return None
        if self._mark_next:
            self._mark_next = False
            self.bad_keys.add(str(key))
        self._last_key = str(key)
        return str(key)

    def _reject_formulas(self, number: int, row: list[Any], columns: set[int]) -> None:
        key = self._key(row)
        for column in sorted(columns):
            field = next(f.name for f in self.fields if column in f.columns)
            self._reject(number, column, field, RejectCode.FORMULA, {}, key)

    def _reject_cells(self, number: int, row: list[Any]) -> None:
        """Reject the row's bad cells; a row blank in every column read is no row at all
        (a person inserted an empty line between the data) and is passed over."""
        if all(row[column] in ("", None) for column in self._read if column < len(row)):
            return
        key = self._key(row)
        for field in self.fields:
            try:
                field.get(row)
            except CellProblem as problem:
                column = field.columns[0] if field.columns else None
                self._reject(number, column, field.name, problem.code, problem.params, key)

    def _reject(
        self,
        number: int,
        column: int | None,
        field: str,
        code: RejectCode,
        params: dict[str, str],
        key: str | None,
    ) -> None:
        self.rejected += 1
        if key is not None:
            self.bad_keys.add(key)
        header = self.headers.get(column, "") if column is not None else ""
        self.staging.reject(
            self.sheet,
            number,
            code,
            col=column,
            header=header,
            field=field,
            params=params,
            household_key=key,
        )


# Fast expressions of the common cases (see Fast); the slow path {S} handles the rest.
_SHORT = "{v0}.__class__ is str and len({v0}) <= 32767"
NAME = f'" ".join({{v0}}.split()) if {_SHORT} else {{S}}'
NAME_REQUIRED = f'{{x}} if {_SHORT} and ({{x}} := " ".join({{v0}}.split())) else {{S}}'
ASCII_NAME_REQUIRED = (
    '{x} if {v0}.__class__ is str and {v0}.isascii() and ({x} := " ".join({v0}.split())) else {S}'
)
TEXT = f"{{v0}}.strip() if {_SHORT} else {{S}}"
BOOLEAN = '{v0} if {v0}.__class__ is bool else {D} if {v0} == "" else {S}'
WHOLE = "int({v0}) if {v0}.__class__ is float and {v0}.is_integer() and {LO} <= {v0} <= {HI}"
INTEGER = WHOLE + ' else None if {v0} == "" else {S}'
INTEGER_REQUIRED = WHOLE + " else {S}"
CODE = "{x} if {v0}.__class__ is str and ({x} := {N}.get({v0})) is not None else {S}"
CODE_PAIR = (
    "{x} if {v0}.__class__ is str and ({x} := {N}.get({v0})) is not None"
    ' and ({v1} == "" or {N}.get({v1}) == {x})'
    ' else "" if {v0} == "" and {v1} == "" else {S}'
)
CODE_OR_NONE = (
    "{x} if {v0}.__class__ is str and ({x} := {N}.get({v0})) is not None"
    ' else None if {v0} == "" else {S}'
)
NATIONAL_ID = (
    '{v0} if {v0}.__class__ is str and len({v0}) == 13 and {OK}({v0}) else None if {v0} == ""'
    " else {S}"
)
HOUSE_CODE = (
    "{v0} if {v0}.__class__ is str and len({v0}) == 11 and {v0}.isdigit() and {v0}.isascii()"
    ' else None if {v0} == "" else {S}'
)
SATANG = (
    "{x} if {v0}.__class__ is float and 0 <= {v0} < 1e13"
    ' and abs(({x} := round({v0} * 100)) - {v0} * 100) < 1e-6 else 0 if {v0} == "" else {S}'
)
_DATE = "{v0}.isoformat() if {v0}.__class__ is {DATE} and {v0}.year < 2400 and {v0} <= {TODAY}"
DATE_PAIR = (
    _DATE + ' and ({v1} == "" or {v1} == {BE}({v0})) else None if {v0} == "" and {v1} == ""'
    " else {S}"
)
DATE_ONE = _DATE + ' else None if {v0} == "" else {S}'
DATE_REQUIRED = _DATE + " else {S}"
INDICATOR = (
    "{x} if {v1}.__class__ is float and {v2}.__class__ is str"
    " and ({x} := {IND}.get(({v2}, int({v1})))) is not None else {S}"
)
_WEIGHTS = bytes(range(13, 1, -1))
_WEIGHT_SUM = sum(_WEIGHTS)


def valid_id_digits(text: str) -> bool:
    """The fast form of thai_id.validate_national_id for 13 characters: ASCII digits, a
    first digit other than 0 and 9, the check digit right. False sends the cell down the
    slow path, which names the problem."""
    if not (text.isdigit() and text.isascii()) or text[0] in "09":
        return False
    data = text.encode()
    total = sum(map(int.__mul__, data[:12], _WEIGHTS)) - 48 * _WEIGHT_SUM
    return (11 - total % 11) % 10 == data[12] - 48
