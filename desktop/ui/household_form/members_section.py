"""The household's members: a list to pick, add, remove and reorder, and the member editor."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households import HouseholdDraft, MemberDraft
from desktop.services.households.form import CodeChoice
from desktop.services.thai import (
    InvalidNationalId,
    InvalidThaiDate,
    format_national_id,
    parse_be_date,
)
from desktop.ui.household_form.keyboard import skip_on_enter
from desktop.ui.household_form.member_editor import MemberEditor


def age_in_years(birth_date_text: str, today: dt.date) -> int | None:
    try:
        born = parse_be_date(birth_date_text)
    except InvalidThaiDate:
        return None
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years if years >= 0 else None


class MembersSection(QGroupBox):
    edited = Signal()

    def __init__(
        self,
        code_lists: dict[str, list[CodeChoice]],
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Members"))
        self._today = today
        self._relations = {c.code: c.name_th for c in code_lists.get("relation", [])}
        self._draft: HouseholdDraft | None = None
        self._flagged_rows: set[int] = set()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Name"),
                self.tr("National ID"),
                self.tr("Relation"),
                self.tr("Age"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows pick a member
        self.table.setMinimumHeight(180)
        self.table.setMaximumHeight(240)
        for column, width in enumerate((45, 230, 160, 130)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Add member (Ctrl+M)"))
        self.remove_button = QPushButton(self.tr("Remove member"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.editor = MemberEditor(code_lists)
        skip_on_enter(
            self.table, self.add_button, self.remove_button, self.up_button, self.down_button
        )

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)

        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.editor.edited.connect(self._member_edited)

    @property
    def current_row(self) -> int:
        return self.table.currentRow()

    def load(self, draft: HouseholdDraft) -> None:
        self._draft = draft
        self._refill(0 if draft.members else -1)

    def _refill(self, select: int) -> None:
        assert self._draft is not None
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._draft.members))
        for row in range(len(self._draft.members)):
            self._show_row(row)
        self.table.blockSignals(False)
        if select >= 0:
            self.table.setCurrentCell(select, 1)
        self._select(select)

    def _show_row(self, row: int) -> None:
        assert self._draft is not None
        member = self._draft.members[row]
        try:
            shown_id = format_national_id(member.national_id) if member.national_id else ""
        except InvalidNationalId:
            shown_id = member.national_id
        age = age_in_years(member.birth_date, self._today())
        cells = [
            str(row + 1),
            f"{member.first_name} {member.last_name}".strip(),
            shown_id,
            self._relations.get(member.relation, ""),
            "" if age is None else str(age),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if row in self._flagged_rows:
                item.setBackground(QColor("#fde7e9"))
            self.table.setItem(row, column, item)

    def _select(self, row: int) -> None:
        assert self._draft is not None
        member = self._draft.members[row] if 0 <= row < len(self._draft.members) else None
        self.editor.bind(member)
        self._show_age(member)
        self.remove_button.setEnabled(member is not None)

    def _show_age(self, member: MemberDraft | None) -> None:
        age = age_in_years(member.birth_date, self._today()) if member else None
        self.editor.show_age("" if age is None else self.tr("Age {age}").format(age=age))

    def add_member(self) -> None:
        assert self._draft is not None
        self._draft.members.append(MemberDraft(last_name=self._family_name()))
        self._refill(len(self._draft.members) - 1)
        self.editor.boxes["title"].setFocus()
        self.edited.emit()

    def _family_name(self) -> str:
        assert self._draft is not None
        head = next((m for m in self._draft.members if m.is_head), None)
        return head.last_name if head else ""

    def remove_member(self) -> None:
        assert self._draft is not None
        row = self.current_row
        if 0 <= row < len(self._draft.members):
            del self._draft.members[row]
            self._refill(min(row, len(self._draft.members) - 1))
            self.edited.emit()

    def _move(self, step: int) -> None:
        assert self._draft is not None
        row, target = self.current_row, self.current_row + step
        members = self._draft.members
        if 0 <= row < len(members) and 0 <= target < len(members):
            members[row], members[target] = members[target], members[row]
            self._refill(target)
            self.edited.emit()

    def _member_edited(self) -> None:
        row = self.current_row
        if self._draft is not None and 0 <= row < len(self._draft.members):
            self._show_row(row)
            self._show_age(self._draft.members[row])
        self.edited.emit()

    def flag_rows(self, rows: set[int]) -> None:
        """Tint the members that have problems, so they are found without opening each."""
        if rows == self._flagged_rows or self._draft is None:
            return
        self._flagged_rows = rows
        for row in range(len(self._draft.members)):
            self._show_row(row)

    def select_member(self, row: int) -> None:
        if self._draft is not None and 0 <= row < len(self._draft.members):
            self.table.setCurrentCell(row, 1)
            self.table.scrollToItem(self.table.item(row, 1))


def member_row_of(field: str) -> int | None:
    """`members[2].national_id` → 2; anything else → None."""
    if not field.startswith("members["):
        return None
    closing = field.find("]")
    number = field[len("members[") : closing]
    return int(number) if number.isdigit() else None


def member_field_of(field: str) -> str:
    """`members[2].national_id` → `national_id`."""
    return field.split("].", 1)[1] if "]." in field else ""
