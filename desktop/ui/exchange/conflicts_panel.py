"""A provincial office's national IDs found in two districts, and the clerk's decision.

Each row names the person who kept the ID and the person a district's workbook also
named (imported without it). The clerk opens either household, then says whose ID it is;
the other person is removed from their household, in one transaction with the change log.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.exchange.province import (
    NOTE_LIMIT,
    ConflictRefused,
    ConflictRow,
    IdConflictService,
    Owner,
    PersonSide,
)
from desktop.services.safety import RecordLocked
from desktop.services.thai import format_be_date, format_national_id
from desktop.ui.prompter import Prompter
from desktop.ui.read_only_table import read_only_table
from desktop.ui.refusal_text import refusal_text


class ConflictsPanel(QGroupBox):
    household_requested = Signal(int)
    changed = Signal()

    def __init__(
        self,
        service: IdConflictService,
        prompter: Prompter,
        *,
        user_name: str,
        masks_ids: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("National IDs found in two districts"), parent)
        self._service = service
        self._prompter = prompter
        self._user_name = user_name
        self._masks_ids = masks_ids
        self.rows: list[ConflictRow] = []
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.resolved_check = QCheckBox(self.tr("Show the resolved ones too"))
        self.table = read_only_table(
            [
                self.tr("National ID"),
                self.tr("Kept the ID"),
                self.tr("Imported without the ID"),
                self.tr("Found"),
                self.tr("Decision"),
            ],
            stretch=2,
        )
        self.table.setMinimumHeight(180)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 330)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_LIMIT)
        self.note_edit.setPlaceholderText(self.tr("Note for the decision (who confirmed it)"))
        self.open_first_button = QPushButton(self.tr("Open the household that kept it"))
        self.open_second_button = QPushButton(self.tr("Open the imported household"))
        self.first_button = QPushButton(self.tr("The ID is the first person's"))
        self.second_button = QPushButton(self.tr("The ID is the imported person's"))
        opening = QHBoxLayout()
        opening.addWidget(self.open_first_button)
        opening.addWidget(self.open_second_button)
        opening.addStretch()
        deciding = QHBoxLayout()
        deciding.addWidget(self.note_edit, 1)
        deciding.addWidget(self.first_button)
        deciding.addWidget(self.second_button)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.resolved_check)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(opening)
        layout.addLayout(deciding)
        self.resolved_check.toggled.connect(lambda _on: self.refresh())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.open_first_button.clicked.connect(lambda: self._open(first=True))
        self.open_second_button.clicked.connect(lambda: self._open(first=False))
        self.first_button.clicked.connect(lambda: self._resolve(Owner.FIRST))
        self.second_button.clicked.connect(lambda: self._resolve(Owner.SECOND))
        self.refresh()

    def refresh(self) -> None:
        self.rows = self._service.conflicts(include_resolved=self.resolved_check.isChecked())
        masked = self._masks_ids()
        open_count = sum(row.is_open for row in self.rows)
        self.count_label.setText(
            self.tr(
                "{count} open. A person named with the same national ID by two districts is"
                " never merged: say whose ID it is once the districts have checked."
            ).format(count=open_count)
            if open_count
            else self.tr("No open conflicts: every national ID is in one district only.")
        )
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = (
                format_national_id(row.national_id, masked=masked),
                _person(row.first),
                _person(row.second),
                f"{format_be_date(row.found_at.date())} · {row.source_file}",
                self._decision(row),
            )
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self._selection_changed()

    def select_row(self, number: int) -> None:
        self.table.selectRow(number)

    def _decision(self, row: ConflictRow) -> str:
        if row.is_open:
            return self.tr("Open")
        whose = row.first.name if row.resolution == Owner.FIRST else row.second.name
        return self.tr("The ID is {name}'s ({by})").format(name=whose, by=row.resolved_by)

    def _current(self) -> ConflictRow | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.rows[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        row = self._current()
        self.open_first_button.setEnabled(row is not None and row.first.household_id is not None)
        self.open_second_button.setEnabled(row is not None and row.second.household_id is not None)
        for button in (self.first_button, self.second_button):
            button.setEnabled(row is not None and row.is_open)

    def _open(self, *, first: bool) -> None:
        row = self._current()
        side = None if row is None else row.first if first else row.second
        if side is not None and side.household_id is not None:
            self.household_requested.emit(side.household_id)

    def _resolve(self, owner: Owner) -> None:
        row = self._current()
        if row is None:
            return
        keep, drop = (row.first, row.second) if owner is Owner.FIRST else (row.second, row.first)
        question = self.tr(
            "National ID {id} is {keep}'s (household {keep_key}).\n\n"
            "{drop} will be removed from household {drop_key}. This is written in the change"
            " log under your name. Go on?"
        ).format(
            id=format_national_id(row.national_id, masked=self._masks_ids()),
            keep=keep.name,
            keep_key=keep.household_key,
            drop=drop.name,
            drop_key=drop.household_key,
        )
        if not self._prompter.confirm(self, self.tr("Whose ID is it?"), question):
            return
        try:
            self._service.resolve(
                row.id, owner, user_name=self._user_name, note=self.note_edit.text()
            )
        except (ConflictRefused, RecordLocked) as refused:
            self._prompter.error(self, self.tr("Not changed"), refusal_text(refused))
            self.refresh()
            return
        self.note_edit.clear()
        self.refresh()
        self.changed.emit()


def _person(side: PersonSide) -> str:
    place = f" · {side.place}" if side.place else ""
    return f"{side.name} — {side.household_key}{place}"
