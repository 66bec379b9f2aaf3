"""Reading one sheet of our own exchange workbook (docs/workbook.md) into the staging file,
and its metadata. Both processes of an import run ``read_sheet``: household_sheets.py reads
the households sheet and the others with it, the helper process (helper.py) the big ones.

Columns are found by their machine key on row 1, so their order does not matter and
extra columns are ignored; derived columns are never read. A column that is absent is
never read as blank: a sheet without a column the import writes refuses the whole file
(the household sheets are the whole truth, so a missing column would erase what it
holds). A code column and its name column stand in for each other, as a date and its BE
text do; derived columns are not needed. The household sheets are
read: households, members, income, indicator results, stage history (each with its
continuation tabs "title (2)"...). Projects and assistance are imported only by a
provincial office, from a district's workbook: desktop/services/exchange/province/projects.py.
Layout version 2 only added the case sheets (plans, problems, activities, visits), which
no import reads, so a version 1 workbook is read exactly as a version 2 one.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.services.exchange.layout import (
    EXCEL_MAX_ROWS,
    FORMAT_NAME,
    LAYOUT_VERSION,
    SHEET_BY_NAME,
    Sheet,
)
from desktop.services.exchange.reading.fields import BUILDERS
from desktop.services.exchange.reading.messages import RefusalCode, WorkbookRefused
from desktop.services.exchange.reading.rows import Lookups, RowSink
from desktop.services.exchange.reading.staging import Staging
from desktop.services.exchange.reading.values import CellProblem, boolean, integer, text
from desktop.services.exchange.reading.xlsx_file import XlsxFile

METADATA_KEYS = ("item", "label", "value")
IMPORTED_SHEETS = ("households", "members", "income", "indicator_results", "stage_history")


def needed_columns(sheet: Sheet) -> list[tuple[str, ...]]:
    """The columns an import of ``sheet`` reads, each as the keys that can stand for it
    (a code-list name and its ``…_code`` column, a date and its ``…_be`` text)."""
    keys = set(sheet.keys)
    needed: list[tuple[str, ...]] = []
    for column in sheet.columns:
        key = column.key
        if column.derived or (key.endswith("_be") and key[:-3] in keys):
            continue
        if key.endswith("_code") and key[:-5] in keys:
            continue  # listed with its name column
        twins = [f"{key}_code", f"{key}_be"]  # a code or a date's BE text stands in
        needed.append((key, *(twin for twin in twins if twin in keys)))
    return needed


def check_columns(sheet: Sheet, tab: str, keys: dict[str, int]) -> None:
    """WorkbookRefused naming the first needed column ``keys`` lacks."""
    for alternatives in needed_columns(sheet):
        if not any(key in keys for key in alternatives):
            column = " / ".join(f"{sheet.column(k).header_th} ({k})" for k in alternatives)
            raise WorkbookRefused(RefusalCode.MISSING_COLUMN, sheet=tab, column=column)


_HEADERS: dict[str, set[str]] = {}
for _sheet in SHEET_BY_NAME.values():
    for _column in _sheet.columns:
        _HEADERS.setdefault(_column.key, set()).add(_column.header_th)


def metadata_sheet(book: XlsxFile) -> str | None:
    """The tab holding our metadata (keys item/label/value on row 1), if any."""
    title = SHEET_BY_NAME["metadata"].title_th
    names = [title] + [n for n in book.sheet_names if n != title]
    for sheet_name in names[:3]:
        if sheet_name not in book.sheets:
            continue
        try:
            for _number, row, _formulas in book.rows(sheet_name, max_rows=1000):
                if tuple(text(v) for v in row[:3]) == METADATA_KEYS:
                    return sheet_name
                break
        except WorkbookRefused as refused:
            # Our metadata sheet is a few rows: a sheet longer than the limit (a province's
            # list of thousands of people) is simply not it.
            if refused.code is not RefusalCode.TOO_MANY_ROWS:
                raise
    return None


def read_metadata(book: XlsxFile, sheet_name: str) -> dict[str, Any]:
    items: dict[str, Any] = {}
    for number, row, _formulas in book.rows(sheet_name, max_rows=1000):
        if number > 2 and len(row) >= 3 and text(row[0]):
            items[text(row[0])] = row[2]
    return items


def is_exchange(book: XlsxFile) -> bool:
    sheet_name = metadata_sheet(book)
    return sheet_name is not None and text(read_metadata(book, sheet_name).get("format")) == (
        FORMAT_NAME
    )


def check_metadata(book: XlsxFile) -> dict[str, Any]:
    """The metadata items, or WorkbookRefused for a layout we cannot import."""
    sheet_name = metadata_sheet(book)
    items = read_metadata(book, sheet_name) if sheet_name else {}
    if text(items.get("format")) != FORMAT_NAME:
        raise WorkbookRefused(RefusalCode.NOT_EXCHANGE)
    try:
        version = integer(items.get("layout_version"), 1, 1_000_000)
    except CellProblem:
        version = None
    if version is None:
        raise WorkbookRefused(RefusalCode.NOT_EXCHANGE)
    if version > LAYOUT_VERSION:
        raise WorkbookRefused(RefusalCode.NEWER_LAYOUT, version=version, supported=LAYOUT_VERSION)
    if boolean_or_false(items.get("aggregates_only")):
        raise WorkbookRefused(RefusalCode.NO_HOUSEHOLD_DATA)
    if boolean_or_false(items.get("masked_ids")):
        raise WorkbookRefused(RefusalCode.MASKED_IDS)
    return items


def boolean_or_false(value: Any) -> bool:
    try:
        return bool(boolean(value))
    except CellProblem:
        return False


def tabs_of(book: XlsxFile, sheet: Sheet) -> list[str]:
    """The workbook tabs of a layout sheet: its title, then "title (2)", "title (3)"..."""
    pattern = re.compile(re.escape(sheet.title_th) + r" \((\d+)\)")
    parts = [(1, sheet.title_th)] if sheet.title_th in book.sheets else []
    for tab in book.sheet_names:
        found = pattern.fullmatch(tab)
        if found:
            parts.append((int(found[1]), tab))
    return [tab for _, tab in sorted(parts)]


def key_row(book: XlsxFile, tab: str) -> tuple[dict[str, int], dict[int, str], int]:
    """(machine key -> column, column -> Thai header, number of header rows)."""
    keys: dict[str, int] = {}
    headers: dict[int, str] = {}
    skip = 1
    for number, row, _formulas in book.rows(tab, max_rows=EXCEL_MAX_ROWS):
        if number == 1:
            keys = {text(value): index for index, value in enumerate(row) if text(value)}
            continue
        headers = {index: text(value) for index, value in enumerate(row)}
        # Row 2 holds the Thai headers when the first key's cell is that key's header.
        first_key = min(keys, key=keys.__getitem__) if keys else ""
        if number == 2 and (
            not keys or headers.get(keys.get(first_key, 0)) in _HEADERS.get(first_key, ())
        ):
            skip = 2
        break
    return keys, headers, skip


def read_sheet(
    book: XlsxFile,
    staging: Staging,
    lookups: Lookups,
    sheet_name: str,
    households: dict[str, int] | None,
) -> set[str]:
    """One layout sheet (all its tabs) into the staging file; the keys of the households
    with a rejected row. ``households``: staged household key -> ordinal (child sheets)."""
    sheet = SHEET_BY_NAME[sheet_name]
    table, builder = BUILDERS[sheet_name]
    bad: set[str] = set()
    for tab in tabs_of(book, sheet):
        keys, headers, skip = key_row(book, tab)
        check_columns(sheet, tab, keys)
        named = {index: f"{header}" for index, header in headers.items() if header} or {
            index: key for key, index in keys.items()
        }
        fields = builder(keys.get, lookups)
        sink = RowSink(staging, table, tab, fields, named, households=households)
        for piece in book.pieces(tab, max_rows=EXCEL_MAX_ROWS):
            sink.add_piece(piece, skip)
        sink.flush()
        bad |= sink.bad_keys
    return bad
