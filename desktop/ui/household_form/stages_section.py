"""Development stage and its history: stage, date (BE), assessor and reason per step."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households import HouseholdDraft, StageEntry
from desktop.services.thai import format_be_date
from desktop.ui.domain_text import STAGES, stage_name
from desktop.ui.household_form.keyboard import FormComboBox

STAGE, DATE, ASSESSOR, REASON = range(4)


class StagesSection(QWidget):
    edited = Signal()

    def __init__(
        self, user_name: str, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._user_name = user_name
        self._today = today
        self._draft: HouseholdDraft | None = None
        self._loading = False
        self.current_label = QLabel()
        self.current_label.setObjectName("currentStage")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Date (BE)"), self.tr("Assessor"), self.tr("Reason")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 130, 200)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Add assessment"))
        self.remove_button = QPushButton(self.tr("Remove assessment"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.current_label)
        buttons.addStretch()
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)

    def load(self, draft: HouseholdDraft) -> None:
        self._draft = draft
        self._loading = True
        self.table.setRowCount(0)
        for entry in draft.stages:
            self._append(entry)
        self._loading = False
        self._show_current()

    def add_entry(self) -> None:
        assert self._draft is not None
        entry = StageEntry(assessed_on=format_be_date(self._today()), assessor=self._user_name)
        self._draft.stages.append(entry)
        self._append(entry)
        self.table.cellWidget(self.table.rowCount() - 1, STAGE).setFocus()
        self._changed()

    def remove_entry(self) -> None:
        assert self._draft is not None
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self._draft.stages[row]
            self._changed()

    def _append(self, entry: StageEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        box = FormComboBox()
        box.addItem("—", "")
        for stage in STAGES:
            box.addItem(stage_name(stage), stage)
        box.setCurrentIndex(max(box.findData(entry.stage), 0))
        date_edit = QLineEdit(entry.assessed_on)
        date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        assessor = QLineEdit(entry.assessor)
        reason = QLineEdit(entry.reason)
        for column, widget in enumerate((box, date_edit, assessor, reason)):
            self.table.setCellWidget(row, column, widget)
        box.currentIndexChanged.connect(self._store)
        for edit in (date_edit, assessor, reason):
            edit.textEdited.connect(self._store)

    def _store(self) -> None:
        if self._loading or self._draft is None:
            return
        for row, entry in enumerate(self._draft.stages):
            box = self.table.cellWidget(row, STAGE)
            edits = [self.table.cellWidget(row, c) for c in (DATE, ASSESSOR, REASON)]
            assert isinstance(box, QComboBox)
            texts = [e.text() if isinstance(e, QLineEdit) else "" for e in edits]
            entry.stage = box.currentData() or ""
            entry.assessed_on, entry.assessor, entry.reason = texts
        self._changed()

    def _changed(self) -> None:
        self._show_current()
        if not self._loading:
            self.edited.emit()

    def _show_current(self) -> None:
        latest = (
            next((e for e in reversed(self._draft.stages) if e.stage), None)
            if self._draft
            else None
        )
        self.current_label.setText(
            self.tr("Current stage: {stage}").format(
                stage=stage_name(latest.stage) if latest else self.tr("not assessed")
            )
        )
