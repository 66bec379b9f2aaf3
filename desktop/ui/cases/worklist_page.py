"""The worklist page (งานที่ต้องติดตาม): the follow-up work of the office, a subdistrict or a
village, by kind; a line opens its household; the list prints as a visit list a village a
page. Read when the clerk first comes here, again after every change: the counts and the
first lines, more as the clerk scrolls down; printing reads every line of the filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases.worklist import (
    PAGE_LINES,
    WorkFilter,
    WorkKind,
    Worklist,
    WorklistService,
)
from desktop.services.households.listing import FilterOptions
from desktop.services.printing import SheetOptions
from desktop.services.printing.visit_list import VisitListService
from desktop.ui.background import TaskRunner
from desktop.ui.cases.worklist_model import WorklistModel
from desktop.ui.cases.worklist_text import kind_name
from desktop.ui.households.households_page import HouseholdTableView
from desktop.ui.printing.household_printing import pdf_filter
from desktop.ui.printing.pdf_output import write_pdf
from desktop.ui.prompter import Prompter

KIND_COLUMNS = 3  # the kinds' boxes in two rows of three


class WorklistPage(QWidget):
    def __init__(
        self,
        service: WorklistService,
        visit_lists: VisitListService,
        areas: Callable[[], FilterOptions],
        open_household: Callable[[int | None], None],
        prompter: Prompter,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        page_lines: int = PAGE_LINES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._visit_lists = visit_lists
        self._areas = areas
        self._open_household = open_household
        self._prompter = prompter
        self._today = today
        self._page_lines = page_lines
        self._shown_filter = WorkFilter()
        self._loaded = False
        self._options: FilterOptions | None = None
        self._tasks = TaskRunner()
        self._reads = 0  # reads started; only the latest one's list is shown
        self.reading = False
        self.counting = False  # the households of the list shown are being counted
        self.worklist: Worklist | None = None

        title = QLabel(self.tr("Follow-up work"))
        title.setObjectName("pageTitle")
        self.open_button = QPushButton(self.tr("&Open household"))
        self.print_button = QPushButton(self.tr("&Print visit list…"))
        self.print_button.setToolTip(self.tr("The listed work as a PDF, one village a page"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch()
        header.addWidget(self.print_button)
        header.addWidget(self.open_button)

        self.subdistrict_box = QComboBox()
        self.village_box = QComboBox()
        self.count_label = QLabel()
        area = QHBoxLayout()
        area.addWidget(QLabel(self.tr("Area:")))
        area.addWidget(self.subdistrict_box)
        area.addWidget(self.village_box)
        area.addStretch()
        area.addWidget(self.count_label)
        self.kind_boxes: dict[WorkKind, QCheckBox] = {}
        kinds = QGridLayout()
        for index, kind in enumerate(WorkKind):
            box = QCheckBox(kind_name(kind))
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.show_list())
            self.kind_boxes[kind] = box
            kinds.addWidget(box, index // KIND_COLUMNS, index % KIND_COLUMNS)

        self.model = WorklistModel()
        self.table = HouseholdTableView(self.open_current)
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((170, 80, 190, 190, 300, 60)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(area)
        layout.addLayout(kinds)
        layout.addWidget(self.table, 1)

        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.open_button.clicked.connect(self.open_current)
        self.print_button.clicked.connect(self.print_visit_list)
        self.subdistrict_box.currentIndexChanged.connect(self._subdistrict_chosen)
        self.village_box.currentIndexChanged.connect(lambda _index: self.show_list())

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self._options = self._areas()
        self.subdistrict_box.blockSignals(True)
        self.subdistrict_box.addItem(self.tr("All subdistricts"), None)
        for option in self._options.subdistricts:
            self.subdistrict_box.addItem(option.name_th, option.code)
        self.subdistrict_box.blockSignals(False)
        self._fill_villages()
        self.show_list()

    def refresh(self) -> None:
        """Read the list again (a household, plan or visit was saved)."""
        if self._loaded:
            self.show_list()

    def current_filter(self) -> WorkFilter:
        kinds = frozenset(kind for kind, box in self.kind_boxes.items() if box.isChecked())
        return WorkFilter(
            subdistrict_code=self.subdistrict_box.currentData(),
            village_code=self.village_box.currentData(),
            kinds=kinds,
        )

    def show_list(self) -> None:
        """Read the counts and the first page for the filter on a worker; the table shows
        them when the latest read is done."""
        if not self._loaded:
            return
        self._reads += 1
        read, work_filter, today = self._reads, self.current_filter(), self._today()
        self.reading = True
        self.count_label.setText(self.tr("Reading…"))
        self.print_button.setEnabled(False)
        service, page_lines = self._service, self._page_lines
        self._tasks.start(
            lambda _progress, _cancelled: service.first_page(
                work_filter, today=today, lines=page_lines
            ),
            on_success=lambda worklist: self._show(read, work_filter, worklist),
            on_failure=lambda error: self._failed(read, error),
        )

    def _show(self, read: int, work_filter: WorkFilter, worklist: Worklist) -> None:
        if read != self._reads:
            return  # a newer filter's read is on its way
        self.reading = False
        chosen = self.model.line(self.table.currentIndex().row())
        self.worklist = worklist
        self._shown_filter = work_filter
        service, today, page_lines = self._service, worklist.today, self._page_lines
        self.model.set_lines(
            worklist.lines,
            worklist.next_start,
            lambda start: service.next_page(
                work_filter, today=today, start=start, lines=page_lines
            ),
        )
        locale = QLocale()
        for kind, box in self.kind_boxes.items():
            box.setText(
                self.tr("{kind} ({count})").format(
                    kind=kind_name(kind), count=locale.toString(worklist.counts[kind])
                )
            )
        self._show_count(worklist.line_count(work_filter.kinds), None)
        self.counting = True
        self._tasks.start(
            lambda _progress, _cancelled: service.household_count(work_filter, today=today),
            on_success=lambda households: self._counted(read, worklist, households),
            on_failure=lambda error: self._failed(read, error),
        )
        rows = [
            row for row, line in enumerate(worklist.lines)
            if chosen is not None and line.household_id == chosen.household_id
        ]  # fmt: skip
        if worklist.lines:
            self.table.selectRow(rows[0] if rows else 0)
        self.print_button.setEnabled(bool(worklist.lines))

    def _show_count(self, lines: int, households: int | None) -> None:
        locale = QLocale()
        self.count_label.setText(
            self.tr("{lines} items · {households} households").format(
                lines=locale.toString(lines),
                households="…" if households is None else locale.toString(households),
            )
        )

    def _counted(self, read: int, worklist: Worklist, households: int) -> None:
        """The households are counted after the first page is shown (slower than it)."""
        if read != self._reads:
            return
        self.counting = False
        self._show_count(worklist.line_count(self._shown_filter.kinds), households)

    def _failed(self, read: int, error: Exception) -> None:
        if read != self._reads:
            return
        self.reading = self.counting = False
        self.count_label.setText(
            self.tr("The list could not be read: {reason}").format(reason=error)
        )

    def current_household_id(self) -> int | None:
        line = self.model.line(self.table.currentIndex().row())
        return line.household_id if line is not None else None

    def open_current(self) -> None:
        household_id = self.current_household_id()
        if household_id is not None:
            self._open_household(household_id)

    def describe(self) -> list[str]:
        """The area and the kinds left out, as the clerk reads them (for the print)."""
        lines = [box.currentText() for box in (self.subdistrict_box, self.village_box)
                 if box.currentIndex() > 0]  # fmt: skip
        if not all(box.isChecked() for box in self.kind_boxes.values()):
            lines += [kind_name(kind) for kind, box in self.kind_boxes.items() if box.isChecked()]
        return lines

    def print_visit_list(self) -> Path | None:
        """Every line of the listed work (not only those scrolled to) into a PDF the clerk
        names, one village a page."""
        if self.worklist is None or not self.worklist.lines:
            return None
        path = self._prompter.save_file(
            self,
            self.tr("Save the visit list as PDF"),
            Path.home() / "visit-list.pdf",
            pdf_filter(),
        )
        if path is None:
            return None
        today = self.worklist.today
        lines = self._service.worklist(self._shown_filter, today=today).lines
        options = SheetOptions(mask_ids=False, printed_on=today)
        documents = self._visit_lists.village_documents(lines, options, self.describe())
        try:
            write_pdf(path, documents, self._visit_lists.page_header_text(options),
                      title=self.tr("Visit list"))  # fmt: skip
        except OSError as error:
            self._prompter.error(
                self,
                self.tr("Print visit list"),
                self.tr("The PDF could not be written: {reason}").format(reason=error),
            )
            return None
        return path

    def _subdistrict_chosen(self, _index: int) -> None:
        self._fill_villages()
        self.show_list()

    def _fill_villages(self) -> None:
        self.village_box.blockSignals(True)
        self.village_box.clear()
        self.village_box.addItem(self.tr("All villages"), None)
        code = self.subdistrict_box.currentData()
        villages = self._options.villages.get(code, ()) if self._options and code else ()
        for village in villages:
            self.village_box.addItem(
                self.tr("Moo {moo} {name}").format(moo=village.moo, name=village.name_th),
                village.code,
            )
        self.village_box.setEnabled(bool(code))
        self.village_box.blockSignals(False)
