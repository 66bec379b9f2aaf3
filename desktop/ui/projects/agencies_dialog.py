"""Agencies: the list, and a form beside it (code, name, kind, contact)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
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
from desktop.services.projects import AgencyDraft, AgencyService, RecordRejected
from desktop.ui.household_form.keyboard import FormComboBox, enter_moves_on
from desktop.ui.prompter import Prompter
from desktop.ui.record_problem_text import record_problem_text

ID_ROLE = Qt.ItemDataRole.UserRole


class AgenciesDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        agencies: AgencyService,
        code_lists: CodeListService,
        prompter: Prompter,
        *,
        user_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._agencies = agencies
        self._code_lists = code_lists
        self._prompter = prompter
        self._user_name = user_name
        self._agency_id: int | None = None
        self.setWindowTitle(self.tr("Agencies"))
        self.resize(960, 560)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Agency"), self.tr("Kind"), self.tr("Projects")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.kind_box = FormComboBox()
        self.contact_edit = QLineEdit()
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020")
        self.new_button = QPushButton(self.tr("&New agency"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.close_button = QPushButton(self.tr("Close"))
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code_edit)
        form.addRow(self.tr("Agency name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind_box)
        form.addRow(self.tr("Contact"), self.contact_edit)
        form.addRow(self.problem_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        side.addStretch()
        side.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)

        self.table.itemSelectionChanged.connect(self._show_current)
        self.new_button.clicked.connect(self.new_agency)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        enter_moves_on(self)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.kind_box.clear()
        self.kind_box.addItem(self.tr("— kind —"), "")
        for entry in self._code_lists.entries("agency_kind"):
            if not entry.retired:
                self.kind_box.addItem(entry.name_th, entry.code)
        rows = self._agencies.list_agencies()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for agency in rows:
            at = self.table.rowCount()
            self.table.insertRow(at)
            for column, text in enumerate(
                (agency.code, agency.name, agency.kind_th, str(agency.projects))
            ):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, agency.id)
                self.table.setItem(at, column, item)
        self.table.blockSignals(False)
        ids = [agency.id for agency in rows]
        if select in ids:
            self.table.selectRow(ids.index(select))
        elif rows:
            self.table.selectRow(0)
        else:
            self.new_agency()

    def _show_current(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        self._show(self._agencies.load(item.data(ID_ROLE)))

    def _show(self, draft: AgencyDraft) -> None:
        self._agency_id = draft.id
        self.code_edit.setText(draft.code)
        self.name_edit.setText(draft.name)
        index = self.kind_box.findData(draft.kind)
        if index < 0 and draft.kind:  # a retired kind the agency still has
            self.kind_box.addItem(draft.kind, draft.kind)
            index = self.kind_box.count() - 1
        self.kind_box.setCurrentIndex(max(index, 0))
        self.contact_edit.setText(draft.contact)
        self.problem_label.setText("")
        self.delete_button.setEnabled(draft.id is not None)

    def new_agency(self) -> None:
        self.table.clearSelection()
        self._show(AgencyDraft(code=self._agencies.suggest_code()))
        self.name_edit.setFocus()

    def draft(self) -> AgencyDraft:
        return AgencyDraft(
            id=self._agency_id,
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            kind=self.kind_box.currentData() or "",
            contact=self.contact_edit.text(),
        )

    def save(self) -> int | None:
        try:
            agency_id = self._agencies.save(self.draft(), self._user_name)
        except RecordRejected as rejected:
            names = {
                "code": self.tr("Code"),
                "name": self.tr("Agency name"),
                "kind": self.tr("Kind"),
                "contact": self.tr("Contact"),
            }
            self.problem_label.setText(
                "\n".join(
                    f"{names.get(problem.field, problem.field)}: {record_problem_text(problem)}"
                    for problem in rejected.problems
                )
            )
            return None
        self.reload(select=agency_id)
        self.changed.emit()
        return agency_id

    def delete(self) -> None:
        if self._agency_id is None:
            return
        if not self._prompter.confirm(
            self,
            self.tr("Delete agency"),
            self.tr("Delete agency {name}?").format(name=self.name_edit.text()),
        ):
            return
        try:
            self._agencies.delete(self._agency_id, self._user_name)
        except RecordRejected as rejected:
            self.problem_label.setText(record_problem_text(rejected.problems[0]))
            return
        self.reload()
        self.changed.emit()
