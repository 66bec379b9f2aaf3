"""Writing an indicator set as its workbook (docs/indicator-set-workbook.md), with openpyxl:
what a province sends its districts, and what ``read_set_book`` reads back equal.

Written under a temporary name beside the target and renamed into place when complete,
so a failure never leaves a half-written workbook under the name asked for."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.services.indicator_sets.book_reading import SetBook
from desktop.services.indicator_sets.layout import (
    FIRST_DATA_ROW,
    HEADER_ROW,
    INDICATOR_SHEET,
    KEY_ROW,
    LAYOUT_VERSION,
    SET_SHEET,
    THRESHOLD_SHEET,
    SetSheet,
)

if TYPE_CHECKING:
    from openpyxl import Workbook

FONT = "TH SarabunPSK"
FORMULA_START = ("=", "+", "-", "@")


def write_set_book(book: SetBook, out: Path) -> None:
    """Write ``book`` to ``out`` (an .xlsx), replacing what is there only when complete."""
    from openpyxl import Workbook  # here, not at start: openpyxl would slow the app's start

    workbook = Workbook()
    workbook.remove(workbook.active)
    _sheet(
        workbook,
        SET_SHEET,
        [[book.code, book.name_th, book.name_en, book.first_year, book.last_year, LAYOUT_VERSION]],
    )
    _sheet(
        workbook,
        INDICATOR_SHEET,
        [[i.number, i.dimension, i.text_th, i.text_en, i.tpmap] for i in book.indicators],
    )
    _sheet(
        workbook,
        THRESHOLD_SHEET,
        [[t.number, t.survey_year, t.value] for t in book.thresholds],
    )
    out = Path(out)
    partial = out.with_name(f".{out.name}.part")
    try:
        workbook.save(partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)


def _sheet(workbook: Workbook, layout: SetSheet, rows: list[list[Any]]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    key_font = Font(name=FONT, size=11, color="808080")
    header_font = Font(name=FONT, size=16, bold=True)
    cell_font = Font(name=FONT, size=16)
    sheet = workbook.create_sheet(layout.title)
    for index, column in enumerate(layout.columns, start=1):
        key = sheet.cell(KEY_ROW, index, column.key)
        key.font = key_font
        header = sheet.cell(HEADER_ROW, index, column.header_th)
        header.font = header_font
        header.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for row_number, values in enumerate(rows, start=FIRST_DATA_ROW):
        for index, value in enumerate(values, start=1):
            cell = sheet.cell(row_number, index)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if value.startswith(FORMULA_START):
                    cell.quotePrefix = True
            cell.font = cell_font
    sheet.freeze_panes = sheet.cell(FIRST_DATA_ROW, 1)
    last = get_column_letter(len(layout.columns))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(HEADER_ROW, len(rows) + HEADER_ROW)}"
