"""Edits a district office does not import: the workbook's projects, key results, progress
reports and assistance, and its case sheets (plans, their problems and activities, follow-up
visits), are read-only for it (the province sends households back), so an edit there would
vanish silently. The dry run compares those sheets with what the office
would export for the same scope and lists every row and cell that differs, to say so.

Rows are compared as wholes (so a reordered sheet differs in nothing); a changed row is
paired with the office row it stands in place of, cell by cell. Plain Python, no Qt."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from desktop.services.exchange.export.queries import QUERIES
from desktop.services.exchange.export.workbook import ExportOptions
from desktop.services.exchange.layout import EXCEL_MAX_ROWS, SHEET_BY_NAME, Kind, Sheet
from desktop.services.exchange.reading.parsing import key_row, tabs_of
from desktop.services.exchange.reading.values import CellProblem, integer, text
from desktop.services.exchange.reading.xlsx_file import XlsxFile, column_letter
from desktop.services.thai import format_be_date

CASE_SHEETS = ("development_plans", "plan_problems", "plan_activities", "follow_up_visits")
READ_ONLY_SHEETS = ("projects", "key_results", "progress_reports", "assistance", *CASE_SHEETS)
MAX_LISTED_EDITS = 200
EXCEL_DAY_ZERO = dt.date(1899, 12, 30)


@dataclass(frozen=True)
class IgnoredEdit:
    sheet: str  # the tab
    row: int  # Excel row of the file; 0 for an office row the file lacks
    column: str  # "F (หน่วยนับ)"; "" for a whole row added or left out
    in_file: str  # as the file has it ("" for a row left out)
    in_office: str  # as the office has it ("" for a row added)


@dataclass
class ReadOnlyEdits:
    """What the import leaves out: the tabs edited and their first MAX_LISTED_EDITS edits."""

    sheets: list[str] = field(default_factory=list)
    edits: list[IgnoredEdit] = field(default_factory=list)
    count: int = 0


def edit_line(edit: IgnoredEdit) -> str:
    """One ignored edit in Thai, for the command line and the report."""
    if edit.row == 0:
        return f"ไม่นำเข้า {edit.sheet}: แถวที่ไม่มีในแฟ้ม ({edit.in_office})"
    if not edit.column:
        return f"ไม่นำเข้า {edit.sheet} แถว {edit.row}: แถวที่เพิ่ม ({edit.in_file})"
    return (
        f"ไม่นำเข้า {edit.sheet} แถว {edit.row} คอลัมน์ {edit.column}:"
        f" {edit.in_office or '(ว่าง)'} → {edit.in_file or '(ว่าง)'}"
    )


def notice_line(found: ReadOnlyEdits) -> str:
    """The Thai notice that edits of read-only sheets are not imported."""
    return (
        f"แผ่นงาน {', '.join(found.sheets)} เป็นข้อมูลอ่านอย่างเดียวสำหรับสำนักงานอำเภอ:"
        f" การแก้ไข {found.count:,} รายการในแผ่นงานเหล่านี้จะไม่ถูกนำเข้า"
    )


def read_only_edits(session: Session, book: XlsxFile, items: dict[str, Any]) -> ReadOnlyEdits:
    """The workbook's edits of the sheets a district office does not import."""
    try:
        year = integer(items.get("scope_fiscal_year"), 1, 9999)
    except CellProblem:
        year = None
    options = ExportOptions(text(items.get("scope_subdistrict_code")) or None, year)
    scope = options.row_scope()
    found = ReadOnlyEdits()
    driver = session.connection().connection.driver_connection
    assert driver is not None
    for name in READ_ONLY_SHEETS:
        layout = SHEET_BY_NAME[name]
        for tab in tabs_of(book, layout)[:1]:  # these sheets never need a continuation
            office = [row for row in driver.execute(QUERIES[name](scope).select, scope.params)]
            before = found.count
            _compare(book, tab, layout, office, found)
            if found.count > before:
                found.sheets.append(tab)
    return found


def _compare(
    book: XlsxFile, tab: str, layout: Sheet, office_rows: list[Any], found: ReadOnlyEdits
) -> None:
    """Rows are compared as the reader gives cells (numbers, dates, booleans, text), so a
    sheet nobody edited costs no formatting; only differing rows are shown as text."""
    keys, headers, skip = key_row(book, tab)
    compared = [
        (position, column, keys[column.key])
        for position, column in enumerate(layout.columns)
        if not column.derived and column.key in keys
    ]
    dates = [slot for slot, (_, column, _) in enumerate(compared) if column.kind is Kind.DATE]
    positions = [position for position, _, _ in compared]
    indexes = [index for _, _, index in compared]
    width = max(indexes, default=-1) + 1

    def office_cells(row: Any) -> tuple[Any, ...]:
        cells = ["" if row[at] is None else row[at] for at in positions]
        for slot in dates:
            if cells[slot] != "":
                cells[slot] = EXCEL_DAY_ZERO + dt.timedelta(days=cells[slot])
        return tuple(cells)

    def file_cells(row: list[Any]) -> tuple[Any, ...]:
        if len(row) < width:
            row = row + [""] * (width - len(row))
        cells = [row[at] for at in indexes]
        for slot in dates:
            if isinstance(cells[slot], dt.datetime):
                cells[slot] = cells[slot].date()
        return tuple(cells)

    office_order = [office_cells(row) for row in office_rows]
    waiting = Counter(office_order)
    blank = tuple("" for _ in compared)
    unmatched: list[tuple[int, tuple[Any, ...]]] = []
    for number, row, _formulas in book.rows(tab, max_rows=EXCEL_MAX_ROWS):
        if number <= skip:
            continue
        cells = file_cells(row)
        if waiting[cells] > 0:
            waiting[cells] -= 1
        elif cells != blank:
            unmatched.append((number, cells))
    left_out = []
    for cells in office_order:
        if waiting[cells] > 0:
            waiting[cells] -= 1
            left_out.append(cells)
    kinds = [column.kind for _, column, _ in compared]

    def shown(cells: tuple[Any, ...]) -> list[str]:
        return [_shown(kind, cell) for kind, cell in zip(kinds, cells, strict=True)]

    def listing() -> bool:
        """Whether edits are still listed (past the limit they are only counted, so a
        sheet of many thousand rows the office lacks costs no formatting)."""
        return len(found.edits) < MAX_LISTED_EDITS

    for index, (number, cells) in enumerate(unmatched):
        if index >= len(left_out):
            found.count += 1
            if listing():
                found.edits.append(IgnoredEdit(tab, number, "", _row_name(shown(cells)), ""))
            continue
        if not listing():
            found.count += sum(a != b for a, b in zip(cells, left_out[index], strict=True))
            continue
        for (_, column, at), new, old in zip(
            compared, shown(cells), shown(left_out[index]), strict=True
        ):
            if new != old:
                header = headers.get(at) or column.header_th
                found.count += 1
                if listing():
                    edit = IgnoredEdit(tab, number, f"{column_letter(at)} ({header})", new, old)
                    found.edits.append(edit)
    for cells in left_out[len(unmatched) :]:
        found.count += 1
        if listing():
            found.edits.append(IgnoredEdit(tab, 0, "", "", _row_name(shown(cells))))


def _row_name(cells: list[str]) -> str:
    """A row named by its first three cells that hold something."""
    return " | ".join([cell for cell in cells if cell][:3])


def _shown(kind: Kind, value: Any) -> str:
    """A cell, from the file or from the office's export query, as the clerk reads it."""
    if value is None or value == "":
        return ""
    if kind is Kind.DATE:
        if isinstance(value, dt.datetime):
            value = value.date()
        elif isinstance(value, int | float) and not isinstance(value, bool):
            value = EXCEL_DAY_ZERO + dt.timedelta(days=int(value))
        if isinstance(value, dt.date):
            return format_be_date(value)
    if kind is Kind.BOOL and isinstance(value, bool | int):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = round(float(value), 6)
        return str(int(number)) if number.is_integer() else repr(number)
    try:
        return text(value)
    except CellProblem:
        return str(value)[:100]
