"""The exchange workbook (docs/workbook.md): its layout here, shared by export/ (writing it),
reading/ (any workbook into a staging file, no database), import_/ (dry run, then apply) and
province/ (a provincial office consolidating districts).

Only the layout is re-exported here: the import's reading helper process imports this
package and must stay without SQLAlchemy."""

from desktop.services.exchange.layout import FIRST_DATA_ROW, sheet

__all__ = ["FIRST_DATA_ROW", "sheet"]
