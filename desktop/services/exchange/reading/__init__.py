"""Reading a workbook into the import's staging file (a SQLite scratch file): the xlsx file,
cells to values, rows to staged records, refusals, and the helper process that reads the big
sheets. No database and no SQLAlchemy: the helper process imports this package."""

from desktop.services.exchange.reading.messages import WorkbookRefused

__all__ = ["WorkbookRefused"]
