"""A supervisor adds a user: name, role and an optional password (typed twice)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.safety import CLERK, SUPERVISOR, UserRow, UserService
from desktop.services.safety.users import NotAllowed, UserRejected
from desktop.ui.household_form.keyboard import FormComboBox
from desktop.ui.people.dialog_keys import lay_out_form_dialog
from desktop.ui.people.login_dialog import password_edit, problem_label
from desktop.ui.people.shown_text import message_text


class AddUserDialog(QDialog):
    """``user`` holds the new user once accepted."""

    def __init__(
        self,
        users: UserService,
        *,
        by: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._users = users
        self._by = by
        self._language = language
        self.user: UserRow | None = None
        self.setWindowTitle(self.tr("Add a user"))
        self.setMinimumWidth(440)
        self.name_edit = QLineEdit()
        self.role_box = FormComboBox()
        self.role_box.addItem(self.tr("Clerk"), CLERK)
        self.role_box.addItem(self.tr("Supervisor"), SUPERVISOR)
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.problem_label = problem_label()
        hint = QLabel(self.tr("Without a password the user logs in by name alone."))
        hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add user"))
        self.cancel_button = QPushButton(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_box)
        form.addRow(self.tr("Password (optional)"), self.password_edit)
        form.addRow(self.tr("Password again"), self.repeat_edit)
        lay_out_form_dialog(
            self,
            form,
            below=(hint, self.problem_label),
            action=self.add_button,
            cancel=self.cancel_button,
            submit=self.add,
            last=self.repeat_edit,
        )
        self.name_edit.setFocus()

    def add(self) -> bool:
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.problem_label.setText(self.tr("The two passwords are not the same."))
            self.repeat_edit.selectAll()
            self.repeat_edit.setFocus()
            return False
        try:
            self.user = self._users.add_user(
                self.name_edit.text(),
                str(self.role_box.currentData()),
                password or None,
                by=self._by,
            )
        except (UserRejected, NotAllowed) as refused:
            self.problem_label.setText(message_text(refused, self._language))
            self.name_edit.setFocus()
            return False
        self.accept()
        return True
