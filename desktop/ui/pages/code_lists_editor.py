"""Settings' code lists: umbrellas, assistance types, budget sources, agency kinds.

Seeded, never hard-coded: the clerk adds, renames, reorders and retires entries. An entry
in use cannot be deleted (the records keep their code); retiring hides it from pickers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
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

from desktop.services.office import CodeListService
from desktop.services.projects import CodeEntry, RecordRejected
from desktop.ui.prompter import Prompter
from desktop.ui.record_problem_text import record_problem_text

CODE_ROLE = Qt.ItemDataRole.UserRole


class CodeListsEditor(QGroupBox):
    changed = Signal()

    def __init__(
        self,
        service: CodeListService,
        prompter: Prompter,
        *,
        user_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Code lists"), parent)
        self._service = service
        self._prompter = prompter
        self._user_name = user_name
        self._entries: list[CodeEntry] = []
        self._is_new = False
        self.list_box = QComboBox()
        for name, title in (
            ("umbrella", self.tr("Umbrellas (OKR strategies)")),
            ("assistance_type", self.tr("Types of assistance")),
            ("budget_source", self.tr("Budget sources")),
            ("agency_kind", self.tr("Kinds of agency")),
        ):
            self.list_box.addItem(title, name)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Thai name"), self.tr("English name"), self.tr("In use")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(220)
        self.code_edit = QLineEdit()
        self.code_edit.setMaximumWidth(200)
        self.name_th_edit = QLineEdit()
        self.name_en_edit = QLineEdit()
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b00020")
        self.problem_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New entry"))
        self.save_button = QPushButton(self.tr("Save entry"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))

        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code_edit)
        form.addRow(self.tr("Thai name"), self.name_th_edit)
        form.addRow(self.tr("English name"), self.name_en_edit)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.save_button,
            self.retire_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)

        self.list_box.currentIndexChanged.connect(lambda _index: self.reload())
        self.table.itemSelectionChanged.connect(self._show_current)
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.reload()

    @property
    def list_name(self) -> str:
        return str(self.list_box.currentData())

    def choose_list(self, list_name: str) -> None:
        self.list_box.setCurrentIndex(self.list_box.findData(list_name))

    def reload(self, select: str | None = None) -> None:
        self._entries = self._service.entries(self.list_name)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            used = str(entry.in_use) if entry.in_use else ""
            for column, text in enumerate((entry.code, entry.name_th, entry.name_en, used)):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, entry.code)
                if entry.retired:
                    item.setForeground(QColor("#8a8a8a"))
                    item.setToolTip(self.tr("Retired: not offered for new records"))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        codes = [entry.code for entry in self._entries]
        self.table.selectRow(codes.index(select) if select in codes else 0)
        self._show_current()

    def current_entry(self) -> CodeEntry | None:
        row = self.table.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _show_current(self) -> None:
        entry = self.current_entry()
        self._is_new = False
        self.problem_label.setText("")
        self.code_edit.setReadOnly(True)  # a code in records never changes
        self.code_edit.setText(entry.code if entry else "")
        self.name_th_edit.setText(entry.name_th if entry else "")
        self.name_en_edit.setText(entry.name_en if entry else "")
        self.retire_button.setText(
            self.tr("Bring back") if entry and entry.retired else self.tr("Retire")
        )
        self.delete_button.setEnabled(entry is not None and entry.in_use == 0)
        self.delete_button.setToolTip(
            self.tr("In use: retire it instead") if entry and entry.in_use else ""
        )

    def new_entry(self) -> None:
        self.table.clearSelection()
        self._is_new = True
        self.code_edit.setReadOnly(False)
        for edit in (self.code_edit, self.name_th_edit, self.name_en_edit):
            edit.clear()
        self.problem_label.setText("")
        self.code_edit.setFocus()

    def save(self) -> bool:
        current = None if self._is_new else self.current_entry()
        entry = CodeEntry(
            code=self.code_edit.text().strip(),
            name_th=self.name_th_edit.text(),
            name_en=self.name_en_edit.text(),
            sort_order=current.sort_order if current else 0,
            retired=current.retired if current else False,
        )
        try:
            self._service.save(
                self.list_name, entry, is_new=self._is_new, user_name=self._user_name
            )
        except RecordRejected as rejected:
            self.problem_label.setText(self._problems_text(rejected))
            return False
        self.reload(select=entry.code)
        self.changed.emit()
        return True

    def toggle_retired(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self._service.set_retired(self.list_name, entry.code, not entry.retired, self._user_name)
        self.reload(select=entry.code)
        self.changed.emit()

    def delete(self) -> None:
        entry = self.current_entry()
        if entry is None or not self._prompter.confirm(
            self,
            self.tr("Delete entry"),
            self.tr("Delete {name} from the list?").format(name=entry.name_th),
        ):
            return
        try:
            self._service.delete(self.list_name, entry.code, self._user_name)
        except RecordRejected as rejected:
            self.problem_label.setText(self._problems_text(rejected))
            return
        self.reload()
        self.changed.emit()

    def move(self, offset: int) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self._service.move(self.list_name, entry.code, offset, self._user_name)
        self.reload(select=entry.code)
        self.changed.emit()

    def _problems_text(self, rejected: RecordRejected) -> str:
        names = {
            "code": self.tr("Code"),
            "name_th": self.tr("Thai name"),
            "name_en": self.tr("English name"),
        }
        return "\n".join(
            f"{names.get(problem.field, problem.field)}: {record_problem_text(problem)}"
            for problem in rejected.problems
        )
