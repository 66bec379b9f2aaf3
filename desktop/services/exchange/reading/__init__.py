"""Reading a workbook into the import's staging file (a SQLite scratch file): the xlsx file,
cells to values, rows to staged records, refusals, and the helper process that reads the big
sheets. No database and no SQLAlchemy: the helper process imports this package.

``XlsxFile`` (a workbook opened with every defence against a hostile file) is also how the
indicator-set workbook is read (desktop.services.indicator_sets)."""

from desktop.services.exchange.reading.messages import WorkbookRefused
from desktop.services.exchange.reading.xlsx_file import XlsxFile, column_letter

__all__ = ["WorkbookRefused", "XlsxFile", "column_letter"]
