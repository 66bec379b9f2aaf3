"""Settings' users: who may work on this PC, their role and whether they have a password.

Adding, removing, changing a role and setting another user's password take a supervisor
(or, while no supervisor exists at all, anyone: the service's rule). Anyone changes their
own password. The acting user's role is read from the list just loaded, so a supervisor
who made themself a clerk loses the buttons at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.safety import CLERK, SUPERVISOR, UserRow, UserService
from desktop.services.safety.users import NotAllowed, UserRejected
from desktop.ui.people.add_user_dialog import AddUserDialog
from desktop.ui.people.login_dialog import ChangePasswordDialog, problem_label
from desktop.ui.people.shown_text import local_be_date, message_text
from desktop.ui.prompter import Prompter

ID_ROLE = Qt.ItemDataRole.UserRole
DialogT = TypeVar("DialogT", bound=QDialog)


class UsersPanel(QGroupBox):
    changed = Signal()

    def __init__(
        self,
        users: UserService,
        prompter: Prompter,
        *,
        current_user: Callable[[], UserRow],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Users"), parent)
        self._users = users
        self._prompter = prompter
        self._current_user = current_user
        self._language = language
        self._rows: list[UserRow] = []
        self.dialog: QDialog | None = None  # the add / password dialog last opened

        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Password"), self.tr("Added on")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.problem_label = problem_label()
        self.add_button = QPushButton(self.tr("Add &user…"))
        self.reset_password_button = QPushButton(self.tr("Set password…"))
        self.make_supervisor_button = QPushButton(self.tr("Make supervisor"))
        self.make_clerk_button = QPushButton(self.tr("Make clerk"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.change_password_button = QPushButton(self.tr("Change my password…"))

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.reset_password_button,
            self.make_supervisor_button,
            self.make_clerk_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.change_password_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._enable)
        self.add_button.clicked.connect(self.add_user)
        self.reset_password_button.clicked.connect(self.reset_password)
        self.make_supervisor_button.clicked.connect(lambda: self.set_role(SUPERVISOR))
        self.make_clerk_button.clicked.connect(lambda: self.set_role(CLERK))
        self.remove_button.clicked.connect(self.remove_user)
        self.change_password_button.clicked.connect(self.change_my_password)
        self.reload()

    # Reading ---------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        keep = self.current_row()
        select = select if select is not None else (keep.id if keep is not None else None)
        self._rows = self._users.list_users()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for at, row in enumerate(self._rows):
            cells = (
                row.name,
                self.tr("Supervisor") if row.is_supervisor else self.tr("Clerk"),
                self.tr("Yes") if row.has_password else self.tr("No"),
                local_be_date(row.created_at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                self.table.setItem(at, column, item)
        self.table.blockSignals(False)
        ids = [row.id for row in self._rows]
        if select in ids:
            self.table.selectRow(ids.index(select))
        elif self._rows:
            self.table.selectRow(0)
        self._enable()

    def rows(self) -> list[UserRow]:
        return list(self._rows)

    def current_row(self) -> UserRow | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def select_user(self, name: str) -> None:
        names = [row.name for row in self._rows]
        self.table.selectRow(names.index(name))

    def may_manage(self) -> bool:
        """Whether the acting user may add, remove, change roles and set passwords: a
        supervisor, or anyone while no supervisor exists (as the service decides)."""
        if not any(row.is_supervisor for row in self._rows):
            return True
        me = self._current_user()
        return any(row.name == me.name and row.is_supervisor for row in self._rows)

    def _enable(self) -> None:
        manage = self.may_manage()
        chosen = self.current_row()
        mine = chosen is not None and chosen.name == self._current_user().name
        self.add_button.setEnabled(manage)
        self.reset_password_button.setEnabled(manage and chosen is not None and not mine)
        self.make_supervisor_button.setEnabled(
            manage and chosen is not None and not chosen.is_supervisor
        )
        self.make_clerk_button.setEnabled(manage and chosen is not None and chosen.is_supervisor)
        self.remove_button.setEnabled(manage and chosen is not None and not mine)
        self.remove_button.setToolTip(self.tr("You cannot remove yourself.") if mine else "")
        for button in (
            self.add_button,
            self.reset_password_button,
            self.make_supervisor_button,
            self.make_clerk_button,
        ):
            button.setToolTip("" if manage else self.tr("Only a supervisor may do this."))
        if not manage:
            self.remove_button.setToolTip(self.tr("Only a supervisor may do this."))

    # Writing ---------------------------------------------------------------------------

    def add_user(self) -> AddUserDialog:
        """Open the dialog (window-modal); the list follows when it is accepted."""
        dialog = AddUserDialog(
            self._users, by=self._current_user().name, language=self._language, parent=self
        )
        dialog.accepted.connect(lambda: self._written(dialog.user.id if dialog.user else None))
        return self._open(dialog)

    def reset_password(self) -> ChangePasswordDialog | None:
        chosen = self.current_row()
        if chosen is None:
            return None
        me = self._current_user()
        if chosen.name == me.name:
            return self.change_my_password()
        dialog = ChangePasswordDialog(
            self._users, chosen, language=self._language, by=me.name, parent=self
        )
        dialog.accepted.connect(lambda: self._written(chosen.id))
        return self._open(dialog)

    def change_my_password(self) -> ChangePasswordDialog:
        me = self._users.find_user(self._current_user().name) or self._current_user()
        dialog = ChangePasswordDialog(self._users, me, language=self._language, parent=self)
        dialog.accepted.connect(lambda: self._written(me.id))
        return self._open(dialog)

    def set_role(self, role: str) -> bool:
        chosen = self.current_row()
        if chosen is None:
            return False
        try:
            self._users.set_role(chosen.id, role, by=self._current_user().name)
        except (UserRejected, NotAllowed) as refused:
            self.problem_label.setText(message_text(refused, self._language))
            return False
        self._written(chosen.id)
        return True

    def remove_user(self) -> bool:
        chosen = self.current_row()
        if chosen is None or not self._prompter.confirm(
            self,
            self.tr("Remove user"),
            self.tr(
                "Remove {name}? They can no longer log in. The change log keeps what they did."
            ).format(name=chosen.name),
        ):
            return False
        try:
            self._users.remove_user(chosen.id, by=self._current_user().name)
        except (UserRejected, NotAllowed) as refused:
            self.problem_label.setText(message_text(refused, self._language))
            return False
        self._written(None)
        return True

    def _open(self, dialog: DialogT) -> DialogT:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _written(self, select: int | None) -> None:
        self.problem_label.clear()
        self.reload(select=select)
        self.changed.emit()
