"""Writing the exchange workbook's sheets with XlsxWriter in constant-memory mode.

Rows go to disk as they are written (memory stays flat however big the office). Every
text goes through ``write_string`` (never ``write``, which would turn "=1+1" into a
formula); text starting with = + - @ also gets Excel's quote prefix, so editing the cell
keeps it text. Dates are Excel day numbers with a Thai Buddhist-calendar date format.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from desktop.services.exchange.layout import (
    CELL_FONT,
    CELL_FONT_SIZE,
    EXCEL_MAX_ROWS,
    FIRST_DATA_ROW,
    HEADER_ROW,
    KEY_ROW,
    Kind,
    Sheet,
    continuation_title,
)

# Excel's Thai Buddhist calendar ([$-1070000], calendar type 07): Excel and LibreOffice both
# show the year in BE. Excel's own "bbbb" code is shown literally by LibreOffice.
DATE_FORMAT = "[$-1070000]dd/mm/yyyy"
NUMBER_FORMATS = {
    Kind.INT: "0",
    Kind.COUNT: "#,##0",
    Kind.MONEY_BAHT: "#,##0.00",
    Kind.FLOAT: "#,##0.00",
    Kind.PERCENT: "0.0%",
    Kind.DATE: DATE_FORMAT,
}
WHOLE_FLOAT_FORMAT = "#,##0"  # a FLOAT cell holding a whole number
FORMULA_STARTS = frozenset("=+-@")
ROW_HEIGHT_PX = 32  # 24 pt: one line of 16 pt TH SarabunPSK
HEADER_HEIGHT_PT = 45  # two wrapped lines
EXCEL_EPOCH = dt.date(1899, 12, 30)
TICK_ROWS = 2000  # progress and cancel are checked this often

_TEXT, _NUMBER, _BOOL, _FLOAT = range(4)
_PLAN_KIND = {
    Kind.TEXT: _TEXT,
    Kind.BE_TEXT: _TEXT,
    Kind.BOOL: _BOOL,
    Kind.FLOAT: _FLOAT,
}

Tick = Callable[[int], None]
"""Told how many more rows were written; may raise to stop (cancel)."""


def excel_day(value: dt.date) -> int:
    """A date as Excel's day number (1900 date system, after February 1900)."""
    return (value - EXCEL_EPOCH).days


class ExchangeWorkbook:
    """One workbook being written. ``close`` finishes the file; ``discard`` gives up."""

    def __init__(self, path: Path, temp_dir: Path) -> None:
        self._book = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                "tmpdir": str(temp_dir),
                "default_format_properties": {"font_name": CELL_FONT, "font_size": CELL_FONT_SIZE},
                "default_row_height": ROW_HEIGHT_PX,
            },
        )
        self._book.set_properties({"title": "District Desk exchange workbook"})
        add = self._book.add_format
        self.key_format = add({"font_size": 10, "font_color": "#7F7F7F"})
        self.header_format = add(
            {
                "bold": True,
                "text_wrap": True,
                "valign": "vcenter",
                "align": "center",
                "bg_color": "#DDEBF7",
                "bottom": 1,
            }
        )
        self.quoted_format = add({"quote_prefix": True})
        self.whole_float_format = add({"num_format": WHOLE_FLOAT_FORMAT})
        self.formats: dict[Kind, Format | None] = {
            kind: add({"num_format": NUMBER_FORMATS[kind]}) if kind in NUMBER_FORMATS else None
            for kind in Kind
        }

    # Sheets -----------------------------------------------------------------------------

    def _add_sheet(self, sheet: Sheet, part: int) -> Worksheet:
        worksheet = self._book.add_worksheet(continuation_title(sheet.title_th, part))
        for index, column in enumerate(sheet.columns):
            worksheet.set_column(index, index, column.width)
        worksheet.freeze_panes(FIRST_DATA_ROW, 0)
        for index, column in enumerate(sheet.columns):
            worksheet.write_string(KEY_ROW, index, column.key, self.key_format)
        worksheet.set_row(HEADER_ROW, HEADER_HEIGHT_PT)
        for index, column in enumerate(sheet.columns):
            worksheet.write_string(HEADER_ROW, index, column.header_th, self.header_format)
        return worksheet

    @staticmethod
    def _finish_sheet(worksheet: Worksheet, sheet: Sheet, next_row: int) -> None:
        worksheet.autofilter(HEADER_ROW, 0, max(next_row - 1, HEADER_ROW), len(sheet.columns) - 1)

    def write_text(self, worksheet: Worksheet, row: int, col: int, text: str) -> None:
        """Text that must stay text: formula look-alikes get the quote prefix; a string
        XlsxWriter would take for raw rich-text XML ("<r>...</r>") is split in fragments."""
        if text[0] in FORMULA_STARTS:
            worksheet.write_string(row, col, text, self.quoted_format)
        elif text.startswith("<r>") and text.endswith("</r>"):
            worksheet.write_rich_string(row, col, text[:1], text[1:-1], text[-1:])
        else:
            worksheet.write_string(row, col, text)

    def write_rows(self, sheet: Sheet, rows: Iterable[Sequence[Any]], tick: Tick) -> int:
        """Write cell-ready rows (values in the layout's order); return how many.

        Past Excel's last row the sheet continues on "title (2)" with the same headers.
        """
        plan = [
            (index, _PLAN_KIND.get(column.kind, _NUMBER), self.formats[column.kind])
            for index, column in enumerate(sheet.columns)
        ]
        whole, risky = self.whole_float_format, FORMULA_STARTS | {"<"}
        part, written = 1, 0
        worksheet = self._add_sheet(sheet, part)
        write_string, write_number = worksheet.write_string, worksheet.write_number
        write_boolean, row_number = worksheet.write_boolean, FIRST_DATA_ROW
        for row in rows:
            if row_number == EXCEL_MAX_ROWS:
                self._finish_sheet(worksheet, sheet, row_number)
                part += 1
                worksheet = self._add_sheet(sheet, part)
                write_string, write_number = worksheet.write_string, worksheet.write_number
                write_boolean, row_number = worksheet.write_boolean, FIRST_DATA_ROW
            for col, kind, cell_format in plan:
                value = row[col]
                if value is None or value == "":
                    continue
                if kind == _TEXT:
                    if value[0] in risky:
                        self.write_text(worksheet, row_number, col, value)
                    else:
                        write_string(row_number, col, value)
                elif kind == _NUMBER:
                    write_number(row_number, col, value, cell_format)
                elif kind == _BOOL:
                    write_boolean(row_number, col, value)
                else:
                    write_number(row_number, col, value, whole if value % 1 == 0 else cell_format)
            row_number += 1
            written += 1
            if written % TICK_ROWS == 0:
                tick(TICK_ROWS)
        tick(written % TICK_ROWS)
        self._finish_sheet(worksheet, sheet, row_number)
        return written

    def write_cell(self, worksheet: Worksheet, row: int, col: int, kind: Kind, value: Any) -> None:
        """One cell of any kind (the metadata sheet's values); None and "" stay blank."""
        if value is None or value == "":
            return
        if kind in (Kind.TEXT, Kind.BE_TEXT):
            self.write_text(worksheet, row, col, str(value))
        elif kind is Kind.BOOL:
            worksheet.write_boolean(row, col, bool(value))
        else:
            number = excel_day(value) if isinstance(value, dt.date) else value
            worksheet.write_number(row, col, number, self.formats[kind])

    def add_items_sheet(self, sheet: Sheet) -> Worksheet:
        """A sheet whose rows are written later by ``write_items`` (the metadata sheet comes
        first in the workbook but is filled in last, with the row counts)."""
        return self._add_sheet(sheet, 1)

    def write_items(
        self, worksheet: Worksheet, sheet: Sheet, items: Iterable[tuple[Sequence[Any], Kind]]
    ) -> int:
        """Rows whose last cell's kind varies by row (the metadata sheet)."""
        kinds = [column.kind for column in sheet.columns]
        row_number = FIRST_DATA_ROW
        for values, last_kind in items:
            for col, value in enumerate(values):
                kind = last_kind if col == len(values) - 1 else kinds[col]
                self.write_cell(worksheet, row_number, col, kind, value)
            row_number += 1
        self._finish_sheet(worksheet, sheet, row_number)
        return row_number - FIRST_DATA_ROW

    def activate_first(self) -> None:
        if self._book.worksheets():
            self._book.worksheets()[0].activate()

    # Ending -----------------------------------------------------------------------------

    def close(self) -> None:
        """Assemble the .xlsx (zip) file; the longest single step of a big export. A file
        that cannot be written (a full disk) raises its own OSError."""
        try:
            self._book.close()
        except FileCreateError as error:
            raise (
                error.args[0]
                if error.args and isinstance(error.args[0], OSError)
                else OSError(str(error))
            ) from error

    def discard(self) -> None:
        """Give up: close the temporary row files so their folder can be removed."""
        for worksheet in self._book.worksheets():
            handle = getattr(worksheet, "row_data_fh", None)
            if handle is not None:
                with contextlib.suppress(OSError):
                    handle.close()
        self._book.fileclosed = True  # no "not closed" warning when it is collected
