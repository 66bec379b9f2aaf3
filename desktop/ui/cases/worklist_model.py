"""The worklist as a Qt table model: the lines the service read, their cells worded once,
the next page fetched as the view scrolls to the end of those read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.services.cases.worklist import PageStart, WorkLine, WorkPage
from desktop.ui.cases.worklist_text import detail_text, kind_name

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("WorklistTable", "Village"),
    QT_TRANSLATE_NOOP("WorklistTable", "House no."),
    QT_TRANSLATE_NOOP("WorklistTable", "Head of household"),
    QT_TRANSLATE_NOOP("WorklistTable", "Work"),
    QT_TRANSLATE_NOOP("WorklistTable", "Detail"),
    QT_TRANSLATE_NOOP("WorklistTable", "Days"),
)
DAYS_COLUMN = 5


NextPage = Callable[[PageStart], WorkPage]


class WorklistModel(QAbstractTableModel):
    """Rows are lines; `line(row)` maps a row back to it (and its household). When the
    lines are a first page, ``next_page`` reads the page after them as the view asks for
    more (canFetchMore / fetchMore)."""

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[WorkLine] = []
        self._cells: dict[int, tuple[str, ...]] = {}  # worded when first painted
        self._next_start: PageStart | None = None
        self._next_page: NextPage | None = None

    def set_lines(
        self,
        lines: tuple[WorkLine, ...],
        next_start: PageStart | None = None,
        next_page: NextPage | None = None,
    ) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._cells = {}
        self._next_start = next_start
        self._next_page = next_page
        self.endResetModel()

    def lines(self) -> tuple[WorkLine, ...]:
        """The lines read so far."""
        return tuple(self._lines)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next_start is not None and bool(self._next_page)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._next_page is not None and self._next_start is not None
        page = self._next_page(self._next_start)
        self._next_start = page.next_start
        if page.lines:
            first = len(self._lines)
            self.beginInsertRows(QModelIndex(), first, first + len(page.lines) - 1)
            self._lines.extend(page.lines)
            self.endInsertRows()

    def line(self, row: int) -> WorkLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("WorklistTable", COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == DAYS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _row_cells(self, row: int) -> tuple[str, ...]:
        cells = self._cells.get(row)
        if cells is None:
            line = self._lines[row]
            village = QCoreApplication.translate("WorklistTable", "Moo {moo} {name}").format(
                moo=line.village_moo, name=line.village_name
            )
            days = "" if line.days is None else QLocale().toString(line.days)
            cells = (village, line.house_no, line.head_name, kind_name(line.kind),
                     detail_text(line), days)  # fmt: skip
            self._cells[row] = cells
        return cells
