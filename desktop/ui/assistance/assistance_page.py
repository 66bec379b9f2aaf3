"""Every piece of help recorded: filtered by fiscal year, project, subdistrict and type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households import format_baht
from desktop.services.projects import AssistanceFilter, AssistanceRow
from desktop.services.thai import format_be_date
from desktop.ui.assistance.record_dialog import AssistanceServices
from desktop.ui.domain_text import dimension_name

SHOWN_ROWS = 2_000
ID_ROLE = Qt.ItemDataRole.UserRole


class AssistancePage(QWidget):
    def __init__(
        self,
        services: AssistanceServices,
        *,
        record_for_project: Callable[[int | None], None],
        edit_assistance: Callable[[int, str], None],
        delete_assistance: Callable[[int], bool],
        open_household: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._edit = edit_assistance
        self._delete = delete_assistance
        self._open_household = open_household
        self._loaded = False
        self._filling = False
        self._rows: list[AssistanceRow] = []
        title = QLabel(self.tr("Assistance"))
        title.setObjectName("pageTitle")
        self.record_button = QPushButton(self.tr("&Record assistance…"))
        self.edit_button = QPushButton(self.tr("Correct…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.year_box = QComboBox()
        self.project_box = QComboBox()
        self.project_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.project_box.setMinimumContentsLength(28)
        self.subdistrict_box = QComboBox()
        self.kind_box = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search: household, head's name, project"))
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.table = QTableWidget(0, 8)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Household"),
                self.tr("Head"),
                self.tr("Village"),
                self.tr("Project or agency"),
                self.tr("Help"),
                self.tr("Dimension"),
                self.tr("Baht"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 100), (1, 110), (2, 190), (3, 160), (5, 150), (6, 120)):
            self.table.setColumnWidth(column, width)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch()
        header.addWidget(self.delete_button)
        header.addWidget(self.edit_button)
        header.addWidget(self.record_button)
        filters = QHBoxLayout()
        for box in (self.year_box, self.project_box, self.subdistrict_box, self.kind_box):
            filters.addWidget(box)
        filters.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.record_button.clicked.connect(
            lambda: record_for_project(self.project_box.currentData())
        )
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_current)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_current)
        for box in (self.year_box, self.project_box, self.subdistrict_box, self.kind_box):
            box.currentIndexChanged.connect(self._filters_changed)
        self.search_edit.textChanged.connect(self._filters_changed)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if not self._loaded:
            return
        keep = self.current_filter()
        self._filling = True
        projects = self._services.projects
        self.year_box.clear()
        self.year_box.addItem(self.tr("All fiscal years"), None)
        for year in projects.fiscal_years():
            self.year_box.addItem(self.tr("Fiscal year {year}").format(year=year), year)
        self.project_box.clear()
        self.project_box.addItem(self.tr("All projects"), None)
        for project in projects.choices():
            self.project_box.addItem(f"{project.fiscal_year} · {project.name}", project.id)
        self.subdistrict_box.clear()
        self.subdistrict_box.addItem(self.tr("All subdistricts"), None)
        for area in self._services.household_list.filter_options().subdistricts:
            self.subdistrict_box.addItem(area.name_th, area.code)
        self.kind_box.clear()
        self.kind_box.addItem(self.tr("Any type of help"), None)
        for entry in self._services.code_lists.entries("assistance_type"):
            self.kind_box.addItem(entry.name_th, entry.code)
        self.apply_filter(keep)

    def current_filter(self) -> AssistanceFilter:
        return AssistanceFilter(
            fiscal_year=self.year_box.currentData(),
            project_id=self.project_box.currentData(),
            subdistrict_code=self.subdistrict_box.currentData(),
            kind=self.kind_box.currentData(),
            search=self.search_edit.text().strip(),
        )

    def apply_filter(self, assistance_filter: AssistanceFilter) -> None:
        self._filling = True
        for box, value in (
            (self.year_box, assistance_filter.fiscal_year),
            (self.project_box, assistance_filter.project_id),
            (self.subdistrict_box, assistance_filter.subdistrict_code),
            (self.kind_box, assistance_filter.kind),
        ):
            box.setCurrentIndex(max(box.findData(value), 0))
        self.search_edit.setText(assistance_filter.search)
        self._filling = False
        self._show_rows()

    def _filters_changed(self) -> None:
        if not self._filling:
            self._show_rows()

    def _show_rows(self) -> None:
        service = self._services.assistance
        assistance_filter = self.current_filter()
        self._rows = service.list_assistance(assistance_filter, limit=SHOWN_ROWS)
        total = service.count(assistance_filter)
        value = service.total_value(assistance_filter)
        self.table.setRowCount(len(self._rows))
        for at, row in enumerate(self._rows):
            cells = (
                format_be_date(row.given_on),
                row.household_key,
                row.head_name + (f" ({row.member_name})" if row.member_name else ""),
                self.tr("Moo {moo} {name}").format(moo=row.village_moo, name=row.village_name),
                row.project_name or row.agency_name,
                row.kind_th,
                dimension_name(row.dimension) if row.dimension else "",
                format_baht(row.value_satang),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 7:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(at, column, item)
        locale = QLocale()
        text = self.tr("{count} records · {households} baht in all").format(
            count=locale.toString(total), households=format_baht(value)
        )
        if total > len(self._rows):
            text += " · " + self.tr("showing the latest {shown}").format(
                shown=locale.toString(len(self._rows))
            )
        self.count_label.setText(text)
        if self._rows:
            self.table.selectRow(0)

    def current_row(self) -> AssistanceRow | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._edit(row.id, f"{row.household_key} {row.head_name}")

    def delete_current(self) -> None:
        row = self.current_row()
        if row is not None and self._delete(row.id):
            self._show_rows()
