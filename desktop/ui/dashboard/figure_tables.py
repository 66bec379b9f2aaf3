"""Tables of the dashboard whose every cell opens the list that makes its number."""

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.services.dashboard import AreaFigures, HouseholdCount, UmbrellaFigures
from desktop.services.households.list_query import STAGE_NONE, STAGES
from desktop.services.projects import ProjectFilter
from desktop.ui.domain_text import DIMENSIONS, dimension_mark, dimension_name, stage_name

FILTER_ROLE = Qt.ItemDataRole.UserRole
TOTAL_BACKGROUND = "#eef2f6"


def satang_as_baht(satang: int) -> str:
    """Whole baht, grouped: the dashboard does not show satang."""
    return QLocale().toString(round(satang / 100))


class FigureTable(QTableWidget):
    """A read-only table sized to its rows; a click or Enter on a cell emits its filter."""

    filter_chosen = Signal(object)  # HouseholdFilter or ProjectFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setMouseTracking(True)
        self.verticalHeader().hide()
        # Sized once after filling (resizing to contents on every setItem costs ~1 ms each).
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)
        self.cellClicked.connect(self._cell_chosen)

    def filter_at(self, row: int, column: int) -> object | None:
        item = self.item(row, column)
        return None if item is None else item.data(FILTER_ROLE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._cell_chosen(self.currentRow(), self.currentColumn())
            return
        super().keyPressEvent(event)

    def _cell_chosen(self, row: int, column: int) -> None:
        chosen = self.filter_at(row, column)
        if chosen is not None:
            self.filter_chosen.emit(chosen)

    def _set_cell(self, row: int, column: int, text: str, chosen: object, *, number: bool) -> None:
        item = QTableWidgetItem(text)
        item.setData(FILTER_ROLE, chosen)
        if number:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItem(row, column, item)

    def _fit(self) -> None:
        self.resizeColumnsToContents()
        self.resizeRowsToContents()
        self.updateGeometry()

    def _mark_total_row(self, row: int) -> None:
        for column in range(self.columnCount()):
            item = self.item(row, column)
            if item is not None:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setBackground(QBrush(QColor(TOTAL_BACKGROUND)))


class SubdistrictTable(FigureTable):
    """Per subdistrict: households, by stage, failing per dimension, helped and not yet."""

    STAGE_COLUMNS = (*STAGES, STAGE_NONE)
    FIRST_STAGE_COLUMN = 2
    FIRST_DIMENSION_COLUMN = FIRST_STAGE_COLUMN + len(STAGE_COLUMNS)
    HELPED_COLUMN = FIRST_DIMENSION_COLUMN + len(DIMENSIONS)
    NOT_HELPED_COLUMN = HELPED_COLUMN + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        headers = [self.tr("Subdistrict"), self.tr("Households")]
        headers += [stage_name(stage) for stage in STAGES] + [self.tr("No stage yet")]
        headers += [dimension_mark(dimension) for dimension in DIMENSIONS]
        headers += [self.tr("Helped"), self.tr("Not yet helped")]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        for offset, dimension in enumerate(DIMENSIONS):
            header = self.horizontalHeaderItem(self.FIRST_DIMENSION_COLUMN + offset)
            header.setToolTip(
                self.tr("Failing: {dimension}").format(dimension=dimension_name(dimension))
            )

    def show_areas(self, areas: Sequence[AreaFigures], office: AreaFigures, thai: bool) -> None:
        rows = [*areas, office]
        self.setRowCount(len(rows))
        locale = QLocale()
        for row, area in enumerate(rows):
            if area.code is None:
                name = self.tr("Whole district")
            else:
                name = area.name_th if thai or not area.name_en else area.name_en
            counts: list[HouseholdCount] = [area.households]
            counts += [area.stages[stage] for stage in self.STAGE_COLUMNS]
            counts += [area.failing_dimensions[dimension] for dimension in DIMENSIONS]
            counts += [area.helped, area.not_helped]
            self._set_cell(row, 0, name, area.households.filter, number=False)
            for column, count in enumerate(counts, start=1):
                self._set_cell(row, column, locale.toString(count.value), count.filter, number=True)
        self._mark_total_row(len(rows) - 1)
        self._fit()


class UmbrellaTable(FigureTable):
    """Per umbrella: projects, budget, money given, money spent, key results attained."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        headers = [
            self.tr("Umbrella"),
            self.tr("Projects"),
            self.tr("Budget (baht)"),
            self.tr("Money given (baht)"),
            self.tr("Money spent (baht)"),
            self.tr("Key results attained"),
        ]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)

    def show_umbrellas(
        self, umbrellas: Sequence[UmbrellaFigures], total: UmbrellaFigures, thai: bool
    ) -> None:
        rows = [*umbrellas, total]
        self.setRowCount(len(rows))
        locale = QLocale()
        for row, umbrella in enumerate(rows):
            if umbrella.code is None:
                name = self.tr("All projects")
            else:
                name = umbrella.name_th if thai or not umbrella.name_en else umbrella.name_en
                if umbrella.retired:
                    name = self.tr("{name} (retired)").format(name=name)
            percent = umbrella.attained_percent
            attained = (
                "–"
                if percent is None
                else self.tr("{attained} of {total} ({percent} %)").format(
                    attained=locale.toString(umbrella.key_results_attained),
                    total=locale.toString(umbrella.key_results),
                    percent=locale.toString(percent, "f", 0),
                )
            )
            texts = [
                locale.toString(umbrella.projects),
                satang_as_baht(umbrella.budget_satang),
                satang_as_baht(umbrella.money_given_satang),
                satang_as_baht(umbrella.money_spent_satang),
                attained,
            ]
            chosen: ProjectFilter = umbrella.filter
            self._set_cell(row, 0, name, chosen, number=False)
            for column, text in enumerate(texts, start=1):
                self._set_cell(row, column, text, chosen, number=True)
        self._mark_total_row(len(rows) - 1)
        self._fit()
