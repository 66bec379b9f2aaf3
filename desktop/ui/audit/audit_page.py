"""The change log: who changed what and when, filtered, a page at a time; one record's
whole history on a double-click; the filtered rows exported to a workbook."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
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

from desktop.services.safety import AuditEntry, AuditFilter, AuditService, table_label
from desktop.services.thai import InvalidThaiDate
from desktop.ui.audit.audit_export import AuditExport
from desktop.ui.background import TaskRunner
from desktop.ui.entry_fields import BeDateEdit
from desktop.ui.language import THAI
from desktop.ui.people.login_dialog import problem_label
from desktop.ui.people.shown_text import local_be_moment
from desktop.ui.prompter import Prompter
from desktop.ui.record_problem_text import date_error_text

PAGE_SIZE = 200
SEARCH_DELAY_MS = 400
CELL_CHARACTERS = 160  # of a long value in the table; the tooltip shows more
TIP_CHARACTERS = 2000


class AuditPage(QWidget):
    def __init__(
        self,
        audit: AuditService,
        prompter: Prompter,
        *,
        language: str,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._audit = audit
        self._thai = language == THAI
        self._loaded = False
        self._filling = False
        self._shown_filter: AuditFilter | None = None
        self._entries: list[AuditEntry] = []
        self._offset_before_history = 0
        self.page_size = PAGE_SIZE
        self.offset = 0
        self.total = 0
        self.history_of: tuple[str, int] | None = None  # (table, record id)

        title = QLabel(self.tr("Change log"))
        title.setObjectName("pageTitle")
        self.user_box = QComboBox()
        self.since_edit = BeDateEdit()
        self.until_edit = BeDateEdit()
        self.table_box = QComboBox()
        for box in (self.user_box, self.table_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for edit in (self.since_edit, self.until_edit):
            edit.setMinimumWidth(130)
        self.search_edit = QLineEdit()
        self.search_edit.setMinimumWidth(200)
        self.search_edit.setPlaceholderText(self.tr("Search: field, old or new value, user"))
        self.search_edit.setClearButtonEnabled(True)
        self.problem_label = problem_label()
        self.problem_label.hide()
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show all"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.table = QTableWidget(0, 6)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("User"),
                self.tr("Record"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Old → new"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (1, 150), (2, 320), (3, 70), (4, 130)):
            self.table.setColumnWidth(column, width)
        self.previous_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.page_label = QLabel()
        self.exporter = AuditExport(audit, prompter, self, tasks=tasks)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch()
        header.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("User")))
        filters.addWidget(self.user_box)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until_edit)
        filters.addWidget(QLabel(self.tr("Kind of record")))
        filters.addWidget(self.table_box)
        filters.addWidget(self.search_edit, 1)
        history = QHBoxLayout()
        history.addWidget(self.history_label, 1)
        history.addWidget(self.show_all_button)
        paging = QHBoxLayout()
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.problem_label)
        layout.addLayout(history)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addWidget(self.exporter.result_label)
        self._show_history_bar(False)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        for box in (self.user_box, self.table_box):
            box.currentIndexChanged.connect(lambda _index: self._filters_changed())
        for edit in (self.since_edit, self.until_edit):
            edit.editingFinished.connect(self._filters_changed)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._filters_changed)
        self.previous_button.clicked.connect(lambda: self.turn_page(-1))
        self.next_button.clicked.connect(lambda: self.turn_page(1))
        self.table.doubleClicked.connect(lambda index: self.show_history(index.row()))
        history_key = QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            lambda: self.show_history(self.table.currentRow()),
        )
        history_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # not in the search field
        self.show_all_button.clicked.connect(self.show_all)
        self.export_button.clicked.connect(self.export)

    # Reading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the log again (nothing before the page is first shown)."""
        if not self._loaded:
            return
        self._filling = True
        keep_user, keep_table = self.user_box.currentData(), self.table_box.currentData()
        self.user_box.clear()
        self.user_box.addItem(self.tr("Everyone"), None)
        for name in self._audit.users_in_log():
            self.user_box.addItem(name, name)
        self.table_box.clear()
        self.table_box.addItem(self.tr("Every kind"), None)
        for table in self._audit.tables_in_log():
            self.table_box.addItem(self._table_text(table), table)
        self.user_box.setCurrentIndex(max(self.user_box.findData(keep_user), 0))
        self.table_box.setCurrentIndex(max(self.table_box.findData(keep_table), 0))
        self._filling = False
        self._show_rows()

    def current_filter(self) -> AuditFilter:
        """The filters as set; InvalidThaiDate for a date that is not one."""
        return AuditFilter(
            user_name=self.user_box.currentData(),
            since=self.since_edit.value(),
            until=self.until_edit.value(),
            table_name=self.table_box.currentData(),
            search=self.search_edit.text().strip(),
        )

    def entries(self) -> list[AuditEntry]:
        """The rows shown, in order."""
        return list(self._entries)

    def choose_user(self, name: str | None) -> None:
        self.user_box.setCurrentIndex(max(self.user_box.findData(name), 0))

    def choose_table(self, table: str | None) -> None:
        self.table_box.setCurrentIndex(max(self.table_box.findData(table), 0))

    def _filters_changed(self) -> None:
        self._search_timer.stop()
        if self._filling or not self._loaded:
            return
        try:
            audit_filter = self.current_filter()
        except InvalidThaiDate as error:
            self.problem_label.setText(date_error_text(error))
            self.problem_label.show()
            return
        self.problem_label.hide()
        if audit_filter == self._shown_filter:
            return  # a date field left unchanged, a search typed back
        self.history_of = None
        self._show_history_bar(False)
        self.offset = 0
        self._show_rows()

    def turn_page(self, pages: int) -> None:
        if self.history_of is not None:
            return
        last = max((self.total - 1) // self.page_size * self.page_size, 0)
        self.offset = min(max(self.offset + pages * self.page_size, 0), last)
        self._show_rows()

    def _show_rows(self) -> None:
        if self.history_of is not None:
            self._entries = self._audit.record_history(*self.history_of)
            self.total = len(self._entries)
        else:
            try:
                audit_filter = self.current_filter()
            except InvalidThaiDate:
                audit_filter = self._shown_filter or AuditFilter()
            self._shown_filter = audit_filter
            self.total = self._audit.count(audit_filter)
            last = max((self.total - 1) // self.page_size * self.page_size, 0)
            self.offset = min(self.offset, last)
            self._entries = self._audit.entries(
                audit_filter, limit=self.page_size, offset=self.offset
            )
        self.table.setRowCount(len(self._entries))
        for at, entry in enumerate(self._entries):
            self._fill_row(at, entry)
        self._show_count()
        if self._entries:
            self.table.selectRow(0)

    def _fill_row(self, at: int, entry: AuditEntry) -> None:
        change = self._change_text(entry)
        cells = (
            local_be_moment(entry.at, seconds=True),
            entry.user_name,
            self._record_text(entry),
            entry.action_th if self._thai else entry.action_en,
            entry.field,
            change[:CELL_CHARACTERS],
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (2, 5):
                item.setToolTip((change if column == 5 else text)[:TIP_CHARACTERS])
            self.table.setItem(at, column, item)

    def _show_count(self) -> None:
        locale = QLocale()
        history = self.history_of is not None
        if history:
            text = self.tr("{count} changes of this record").format(
                count=locale.toString(self.total)
            )
        elif self.total == 0:
            text = self.tr("No change matches.")
        else:
            text = self.tr("rows {first}–{last} of {total}").format(
                first=locale.toString(self.offset + 1),
                last=locale.toString(self.offset + len(self._entries)),
                total=locale.toString(self.total),
            )
        self.page_label.setText(text)
        self.previous_button.setEnabled(not history and self.offset > 0)
        self.next_button.setEnabled(not history and self.offset + len(self._entries) < self.total)

    # One record's history --------------------------------------------------------------

    def show_history(self, row: int) -> None:
        """Show every change of the record on ``row`` (a household's or a project's with
        the records that belong to it), newest first."""
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        if self.history_of is None:
            self._offset_before_history = self.offset
        self.history_of = (entry.table_name, entry.record_id)
        self.history_label.setText(
            self.tr("History of {record}").format(record=self._record_text(entry))
        )
        self._show_history_bar(True)
        self._show_rows()

    def show_all(self) -> None:
        """Back from one record's history to the filtered list."""
        self.history_of = None
        self.offset = self._offset_before_history
        self._show_history_bar(False)
        self._show_rows()

    def _show_history_bar(self, shown: bool) -> None:
        self.history_label.setVisible(shown)
        self.show_all_button.setVisible(shown)
        self.export_button.setEnabled(not shown)
        self.export_button.setToolTip(
            self.tr("Show all to export the filtered list") if shown else ""
        )

    # Export -------------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for a file and write the rows the filters match (all of them, not a page)."""
        try:
            audit_filter = self.current_filter()
        except InvalidThaiDate as error:
            self.problem_label.setText(date_error_text(error))
            self.problem_label.show()
            return
        self.exporter.export(audit_filter)

    # Words ---------------------------------------------------------------------------------

    def _table_text(self, table: str) -> str:
        thai, english = table_label(table)
        return thai if self._thai else english

    def _record_text(self, entry: AuditEntry) -> str:
        label = (entry.table_th if self._thai else entry.table_en) or entry.table_name
        return f"{label} {entry.description or f'#{entry.record_id}'}"

    def _change_text(self, entry: AuditEntry) -> str:
        if entry.action == "insert":
            return entry.new_value or ""
        if entry.action == "delete":
            return entry.old_value or ""
        return f"{entry.old_value or '–'} → {entry.new_value or '–'}"
