"""Where the household form shows its problems: beside each field once the clerk has left
it, all of them (and the list above the tabs) after Save or for a stored household, so
nothing turns red while a field is still being keyed and the form never moves under the
clerk's hands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QTabWidget, QWidget

from desktop.services.households import HouseholdDraft, Problem
from desktop.ui.household_form.address_section import AddressSection
from desktop.ui.household_form.members_section import (
    MembersSection,
    member_field_of,
    member_row_of,
)
from desktop.ui.household_form.problem_text import problem_message, problem_text

LISTED_ROWS = 4  # the list above the tabs shows at most this many rows, then scrolls
BLOCKING_COLOUR, WARNING_COLOUR = "#b00020", "#8a5a00"


class ProblemDisplay:
    """The problem list above the tabs and the message line under each field."""

    def __init__(
        self,
        form: QWidget,
        address: AddressSection,
        members: MembersSection,
        tabs: QTabWidget,
        pages: dict[str, QWidget],
    ) -> None:
        self._form = form
        self._address = address
        self._members = members
        self._tabs = tabs
        self._pages = pages  # "indicators" / "stages": the tab a problem of theirs opens
        self.list = QListWidget()
        self.list.hide()
        self.list.itemActivated.connect(self.go_to)
        self.list.itemClicked.connect(self.go_to)
        self._left_fields: set[str] = set()
        self.all_shown = False
        self._problems: list[Problem] = []
        self._draft: HouseholdDraft | None = None

    def reset(self, *, stored: bool) -> None:
        """A household newly shown: a stored one shows every problem at once."""
        self._left_fields = set()
        self.all_shown = stored

    def field_left(self, widget: QWidget) -> None:
        """The focus left `widget`: its problems may show now."""
        if not self._form.isAncestorOf(widget):
            return
        field = self._field_name_of(widget)
        if field and field not in self._left_fields:
            self._left_fields.add(field)
            self.refresh()

    def show(self, problems: list[Problem], draft: HouseholdDraft) -> None:
        self._problems, self._draft = problems, draft
        self.refresh()

    def go_to_first(self) -> None:
        if self.list.count():
            self.go_to(self.list.item(0))

    def refresh(self) -> None:
        address, editor = self._address, self._members.editor
        for label in (*address.labels.values(), *editor.labels.values()):
            label.clear_problem()
        self.list.clear()
        flagged: set[int] = set()
        current = self._members.current_row
        style = self._form.style()
        blocking_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        shown = self._shown()
        for problem in shown:
            assert self._draft is not None
            text = problem_text(problem, self._draft)
            item = QListWidgetItem(blocking_icon if problem.blocking else warning_icon, text)
            item.setForeground(QColor(BLOCKING_COLOUR if problem.blocking else WARNING_COLOUR))
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            self.list.addItem(item)
            row = member_row_of(problem.field)
            if row is not None:
                flagged.add(row)
                label = editor.labels.get(member_field_of(problem.field))
                if row == current and label is not None:
                    label.show_problem(problem_message(problem), blocking=problem.blocking)
            elif problem.field in address.labels:
                address.labels[problem.field].show_problem(
                    problem_message(problem), blocking=problem.blocking
                )
        self._members.flag_rows(flagged)
        # The list above the tabs opens only after Save, so the form does not move while keyed.
        self.list.setVisible(bool(shown) and self.all_shown)
        rows = min(len(shown), LISTED_ROWS)
        self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + 6 if rows else 0)

    def go_to(self, item: QListWidgetItem) -> None:
        """Open the tab of the problem's field and put the focus in it."""
        field = str(item.data(Qt.ItemDataRole.UserRole))
        row = member_row_of(field)
        widget: QWidget | None = None
        if row is not None:
            self._tabs.setCurrentIndex(0)
            self._members.select_member(row)
            widget = self._members.editor.field_widget(member_field_of(field))
        elif field.startswith(("indicators", "stages")):
            self._tabs.setCurrentWidget(self._pages[field.split("[")[0].split(".")[0]])
        else:
            self._tabs.setCurrentIndex(0)
            widget = self._address.field_widgets().get(field)
        if widget is not None:
            widget.setFocus()
        self.refresh()

    def _shown(self) -> list[Problem]:
        if self.all_shown:
            return self._problems
        return [problem for problem in self._problems if problem.field in self._left_fields]

    def _field_name_of(self, widget: QWidget) -> str:
        for name, field in self._address.field_widgets().items():
            if field is widget:
                return name
        editor, row = self._members.editor, self._members.current_row
        for name, field in (*editor.edits.items(), *editor.boxes.items()):
            if field is widget and row >= 0:
                return f"members[{row}].{name}"
        return ""
