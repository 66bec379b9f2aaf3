"""The projects list: filtered by fiscal year, umbrella, agency and status (and, in a
provincial office, by the district whose projects it consolidated)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households import format_baht
from desktop.services.projects import OWN_PROJECTS, ProjectFilter, ProjectRow
from desktop.ui.domain_text import PROJECT_STATUSES, project_status_name
from desktop.ui.projects.project_form import ProjectServices

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = 8
NAME_COLUMN_PX = 190  # the agency's column; its names wrap within it
UMBRELLA_COLUMN_PX = 150


class ProjectTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ProjectRow] = []

    def set_rows(self, rows: list[ProjectRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Year"),
            self.tr("Project"),
            self.tr("Agency"),
            self.tr("Umbrella"),
            self.tr("Status"),
            self.tr("Budget, baht"),
            self.tr("Given, baht"),
            self.tr("Households reached / target"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 5:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == 7 and row.key_results:
            return self.tr("{attained} of {total} key results attained").format(
                attained=row.key_results_attained, total=row.key_results
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        cells = (
            str(row.fiscal_year),
            row.name,
            row.agency_name,
            row.umbrella_th,
            project_status_name(row.status),
            format_baht(row.budget_satang) if row.budget_satang else self.tr("No budget set"),
            format_baht(row.money_given_satang),
            f"{locale.toString(row.households_reached)} / {locale.toString(row.target_count)}",
        )
        return cells[column]

    def project_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None


class ProjectsPage(QWidget):
    def __init__(
        self,
        services: ProjectServices,
        open_project: Callable[[int | None], None],
        open_agencies: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._open_project = open_project
        self._loaded = False
        self._filling = False
        title = QLabel(self.tr("Projects"))
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("&New project"))
        self.new_button.setToolTip(self.tr("A new project (Ctrl+Shift+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.agencies_button = QPushButton(self.tr("Agencies…"))
        self.year_box = QComboBox()
        self.umbrella_box = QComboBox()
        self.agency_box = QComboBox()
        self.status_box = QComboBox()
        self.district_box = QComboBox()  # a provincial office's: whose projects
        self.district_box.setVisible(False)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search a project or agency name"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        for box in (self.year_box, self.status_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for box, letters in (
            (self.umbrella_box, 16),
            (self.agency_box, 16),
            (self.district_box, 10),
        ):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(letters)
        self.search_edit.setMinimumWidth(160)
        self.model = ProjectTableModel()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Names wrap onto a second line rather than end in "…"; figures and headers
        # take the room they need (a 1366-pixel desk shows every column).
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns = self.table.horizontalHeader()
        columns.setMinimumSectionSize(50)
        for column in (0, 4, 5, 6, 7):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, NAME_COLUMN_PX), (3, UMBRELLA_COLUMN_PX)):
            self.table.setColumnWidth(column, width)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch()
        header.addWidget(self.agencies_button)
        header.addWidget(self.open_button)
        header.addWidget(self.new_button)
        filters = QHBoxLayout()
        for box in self._filter_boxes():
            filters.addWidget(box)
        filters.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)  # below the list: the filter row stays narrow

        self.new_button.clicked.connect(lambda: self._open_project(None))
        self.open_button.clicked.connect(self.open_current)
        self.agencies_button.clicked.connect(lambda: open_agencies())
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, lambda: self._open_project(None))
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_current)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.open_current)
        for box in self._filter_boxes():
            box.currentIndexChanged.connect(self._filters_changed)
        self.search_edit.textChanged.connect(self._filters_changed)

    def _filter_boxes(self) -> tuple[QComboBox, ...]:
        return (
            self.district_box,
            self.year_box,
            self.umbrella_box,
            self.agency_box,
            self.status_box,
        )

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def _fill_filters(self) -> None:
        keep = self.current_filter()
        self._filling = True
        self.year_box.clear()
        self.year_box.addItem(self.tr("All fiscal years"), None)
        for year in self._services.projects.fiscal_years():
            self.year_box.addItem(self.tr("Fiscal year {year}").format(year=year), year)
        self.umbrella_box.clear()
        self.umbrella_box.addItem(self.tr("All umbrellas"), None)
        for entry in self._services.code_lists.entries("umbrella"):
            self.umbrella_box.addItem(entry.name_th, entry.code)
        self.agency_box.clear()
        self.agency_box.addItem(self.tr("All agencies"), None)
        for agency in self._services.agencies.list_agencies():
            self.agency_box.addItem(agency.name, agency.id)
        self.status_box.clear()
        self.status_box.addItem(self.tr("Any status"), None)
        for status in PROJECT_STATUSES:
            self.status_box.addItem(project_status_name(status), status)
        self.district_box.clear()
        districts = self._services.projects.origin_districts()
        if districts:  # a provincial office that consolidated its districts' projects
            self.district_box.addItem(self.tr("All districts"), None)
            for code, name in districts:
                self.district_box.addItem(self.tr("District {name}").format(name=name), code)
            self.district_box.addItem(self.tr("The province's own projects"), OWN_PROJECTS)
        self.district_box.setVisible(bool(districts))
        self._select_filter(keep)
        self._filling = False

    def _select_filter(self, project_filter: ProjectFilter) -> None:
        for box, value in (
            (self.year_box, project_filter.fiscal_year),
            (self.umbrella_box, project_filter.umbrella_code),
            (self.agency_box, project_filter.agency_id),
            (self.status_box, project_filter.status),
            (self.district_box, project_filter.district),
        ):
            box.setCurrentIndex(max(box.findData(value), 0))
        self.search_edit.setText(project_filter.search)

    def current_filter(self) -> ProjectFilter:
        return ProjectFilter(
            fiscal_year=self.year_box.currentData(),
            umbrella_code=self.umbrella_box.currentData(),
            agency_id=self.agency_box.currentData(),
            status=self.status_box.currentData(),
            search=self.search_edit.text().strip(),
            district=self.district_box.currentData(),
        )

    def apply_filter(self, project_filter: ProjectFilter) -> None:
        """Show the projects of `project_filter` (a dashboard figure's list)."""
        self.ensure_loaded()
        self._filling = True
        self._select_filter(project_filter)
        self._filling = False
        self._show_rows()

    def refresh(self) -> None:
        """Read the choices and the list again, keeping the filter and the current row."""
        if not self._loaded:
            return
        current = self.model.project_id(self.table.currentIndex().row())
        self._fill_filters()
        self._show_rows(select=current)

    def _filters_changed(self) -> None:
        if not self._filling:
            self._show_rows()

    def _show_rows(self, select: int | None = None) -> None:
        rows = self._services.projects.list_projects(self.current_filter())
        self.model.set_rows(rows)
        budget = sum(row.budget_satang for row in rows)
        given = sum(row.money_given_satang for row in rows)
        self.count_label.setText(
            self.tr("{count} projects · budget {budget} · given {given} baht").format(
                count=QLocale().toString(len(rows)),
                budget=format_baht(budget),
                given=format_baht(given),
            )
        )
        ids = [row.id for row in rows]
        if rows:
            self.table.selectRow(ids.index(select) if select in ids else 0)

    def current_project_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.project_id(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        project_id = self.current_project_id()
        if project_id is not None:
            self._open_project(project_id)
