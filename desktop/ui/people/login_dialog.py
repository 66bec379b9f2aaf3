"""Who is working: the login at start-up, and a user changing (or a supervisor setting)
a password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.safety import UserRow, UserService
from desktop.services.safety.users import AuthenticationFailed, NotAllowed, UserRejected
from desktop.ui.household_form.keyboard import ENTER_KEYS
from desktop.ui.people.dialog_keys import lay_out_form_dialog
from desktop.ui.people.shown_text import message_text

PROBLEM_STYLE = "color: #b00020"


class UserComboBox(QComboBox):
    """The list of users; Enter (the list closed) says the choice is made."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not self.view().isVisible():
            self.entered.emit()
            return
        super().keyPressEvent(event)


def problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    return label


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(QDialog):
    """Choose your name, type your password if you have one. ``user`` once accepted.

    With no user at all (a database from before users were kept) the name is typed: it
    becomes the first user, a supervisor, with the password if one is typed."""

    def __init__(
        self,
        users: UserService,
        *,
        language: str,
        last_user: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._users = users
        self._language = language
        self._rows = users.list_users()
        self.user: UserRow | None = None
        self.setWindowTitle(self.tr("Who is working?"))
        self.setMinimumWidth(420)

        self.user_box = UserComboBox()
        for row in self._rows:
            self.user_box.addItem(row.name, row.id)
        self.first_user_label = QLabel(
            self.tr(
                "No user has been set up yet. Type your name: you become the first user,"
                " a supervisor. A password is optional."
            )
        )
        self.first_user_label.setWordWrap(True)
        self.first_user_label.setVisible(not self._rows)
        if not self._rows:
            self.user_box.setEditable(True)
            self.user_box.lineEdit().setPlaceholderText(self.tr("Your name"))
        self.password_edit = password_edit()
        self.problem_label = problem_label()
        self.login_button = QPushButton(self.tr("&Log in"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAutoDefault(False)
        self.login_button.setDefault(True)  # Enter in the password field logs in

        form = QFormLayout()
        form.addRow(self.tr("&User"), self.user_box)
        form.addRow(self.tr("&Password"), self.password_edit)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.first_user_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.user_box, self.password_edit)
        self.setTabOrder(self.password_edit, self.login_button)
        self.setTabOrder(self.login_button, self.quit_button)

        self.user_box.currentIndexChanged.connect(lambda _index: self._user_chosen())
        self.user_box.entered.connect(self._enter_on_user)
        self.login_button.clicked.connect(self.log_in)
        self.quit_button.clicked.connect(self.reject)
        if last_user is not None and self.user_box.findText(last_user) >= 0:
            self.user_box.setCurrentIndex(self.user_box.findText(last_user))
        self._user_chosen()
        if self.password_edit.isEnabled() and self._rows:
            self.password_edit.setFocus()
        else:
            self.user_box.setFocus()

    def chosen_user(self) -> UserRow | None:
        """The user picked in the list (None while there is no user at all)."""
        index = self.user_box.currentIndex()
        return self._rows[index] if self._rows and 0 <= index < len(self._rows) else None

    def choose_user(self, name: str) -> None:
        self.user_box.setCurrentIndex(self.user_box.findText(name))

    def _user_chosen(self) -> None:
        chosen = self.chosen_user()
        needs_password = chosen.has_password if chosen is not None else not self._rows
        self.password_edit.clear()
        self.password_edit.setEnabled(needs_password)
        self.password_edit.setPlaceholderText(
            "" if needs_password else self.tr("No password: just log in")
        )
        self.problem_label.clear()

    def _enter_on_user(self) -> None:
        if self.password_edit.isEnabled():
            self.password_edit.setFocus()
        else:
            self.log_in()

    def log_in(self) -> bool:
        chosen = self.chosen_user()
        name = chosen.name if chosen is not None else self.user_box.currentText()
        password = self.password_edit.text() if self.password_edit.isEnabled() else None
        try:
            self.user = self._users.authenticate(name, password or None)
        except AuthenticationFailed as failed:
            self.problem_label.setText(message_text(failed, self._language))
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            return False
        self.accept()
        return True


class ChangePasswordDialog(QDialog):
    """A user changes their own password (the current one first), or, with ``by`` another
    user's name, a supervisor sets it (no current password asked). An empty new password
    removes it: the user then logs in by name alone."""

    def __init__(
        self,
        users: UserService,
        user: UserRow,
        *,
        language: str,
        by: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._users = users
        self._user = user
        self._language = language
        self._by = by or user.name
        own = self._by == user.name
        self.setWindowTitle(
            self.tr("Change my password")
            if own
            else self.tr("Set the password of {name}").format(name=user.name)
        )
        self.setMinimumWidth(420)
        self.old_edit = password_edit()
        self.new_edit = password_edit()
        self.repeat_edit = password_edit()
        self.problem_label = problem_label()
        hint = QLabel(self.tr("Leave the new password empty to log in by name alone."))
        hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save password"))
        self.cancel_button = QPushButton(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("New password again"), self.repeat_edit)
        self.old_edit.setEnabled(own and user.has_password)
        form.setRowVisible(self.old_edit, own)
        lay_out_form_dialog(
            self,
            form,
            below=(hint, self.problem_label),
            action=self.save_button,
            cancel=self.cancel_button,
            submit=self.save,
            last=self.repeat_edit,
        )
        (self.old_edit if self.old_edit.isEnabled() else self.new_edit).setFocus()

    def save(self) -> bool:
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self.problem_label.setText(self.tr("The two new passwords are not the same."))
            self.repeat_edit.selectAll()
            self.repeat_edit.setFocus()
            return False
        old = self.old_edit.text() if self.old_edit.isEnabled() else None
        try:
            self._users.set_password(self._user.id, old or None, new or None, by=self._by)
        except (UserRejected, NotAllowed) as refused:
            self.problem_label.setText(message_text(refused, self._language))
            return False
        self.accept()
        return True
