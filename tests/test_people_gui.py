"""Users and period locks through their widgets: the login, passwords, the users panel
and the submitted periods panel, driven with the keyboard and the mouse (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import text

from db.database import OfficeDatabase
from desktop.services.households.listing import HouseholdListService
from desktop.services.safety import (
    AuthenticationFailed,
    LockRejected,
    NotAllowed,
    PeriodLockService,
    UserRejected,
    UserRow,
    UserService,
)
from desktop.services.safety.period_locks import LockProblem
from desktop.services.safety.user_messages import Duty, UserProblem
from desktop.services.thai import thai_sort_key
from desktop.ui.language import THAI
from desktop.ui.people.add_user_dialog import AddUserDialog
from desktop.ui.people.lock_dialogs import LockDialog, UnlockDialog
from desktop.ui.people.locks_panel import LocksPanel
from desktop.ui.people.login_dialog import ChangePasswordDialog, LoginDialog
from desktop.ui.people.users_panel import UsersPanel
from tests.fake_prompter import FakePrompter
from tests.form_keys import focused, press, write
from tests.thai_keys import type_text

FIRST = "สมศรี ใจดี"  # the office's clerk: the first user, a supervisor, no password
CLERK = "ประยุทธ มั่นคง"
SECRET = "ลับสุด9"


@pytest.fixture
def users(office_db: OfficeDatabase) -> UserService:
    return UserService(office_db.session_factory)


@pytest.fixture
def supervisor(users: UserService) -> UserRow:
    row = users.find_user(FIRST)
    assert row is not None and row.is_supervisor
    return row


def sql(database: OfficeDatabase, statement: str, **params: object) -> list[tuple]:
    with database.session_factory() as session:
        return [tuple(row) for row in session.execute(text(statement), params)]


def shown(qtbot, widget: QWidget) -> None:
    """Shown and active, so that the keyboard focus is real."""
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


# Logging in -----------------------------------------------------------------------------


def test_login_without_a_password_by_enter_on_the_name(app_ready, qtbot, users, supervisor):
    users.add_user(CLERK, "clerk", None, by=FIRST)
    users.add_user("กมล ขยัน", "clerk", SECRET, by=FIRST)
    dialog = LoginDialog(users, language=THAI, last_user=CLERK)
    shown(qtbot, dialog)
    names = [dialog.user_box.itemText(i) for i in range(dialog.user_box.count())]
    assert names == sorted([FIRST, CLERK, "กมล ขยัน"], key=thai_sort_key)
    assert dialog.user_box.currentText() == CLERK
    assert not dialog.password_edit.isEnabled()
    assert focused() is dialog.user_box
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.name == CLERK


def test_wrong_password_stays_open_in_thai_then_the_right_one_logs_in(
    app_ready, qtbot, users, supervisor
):
    clerk = users.add_user(CLERK, "clerk", SECRET, by=FIRST)
    dialog = LoginDialog(users, language=THAI, last_user=FIRST)
    shown(qtbot, dialog)
    assert not dialog.password_edit.isEnabled()  # the supervisor has no password
    dialog.choose_user(CLERK)
    assert dialog.password_edit.isEnabled()
    type_text(dialog.password_edit, "ผิด")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.user is None
    assert dialog.problem_label.text() == AuthenticationFailed().message_th
    dialog.password_edit.clear()
    type_text(dialog.password_edit, SECRET)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user == clerk


def test_with_no_user_yet_the_typed_name_becomes_the_first_supervisor(
    app_ready, qtbot, office_db, prompter
):
    with office_db.session_factory.begin() as session:  # a database from before users
        session.execute(text("DELETE FROM users"))
    users = UserService(office_db.session_factory)
    dialog = LoginDialog(users, language=THAI, last_user=FIRST)
    shown(qtbot, dialog)
    assert dialog.first_user_label.isVisibleTo(dialog) and dialog.user_box.isEditable()
    assert focused() in (dialog.user_box, dialog.user_box.lineEdit())
    write(CLERK)
    press(Qt.Key.Key_Return)
    assert focused() is dialog.password_edit
    write(SECRET)
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.name == CLERK and dialog.user.is_supervisor
    assert sql(office_db, "SELECT name, role FROM users") == [(CLERK, "supervisor")]
    assert users.authenticate(CLERK, SECRET).id == dialog.user.id


def test_quit_leaves_no_user(app_ready, qtbot, users, supervisor):
    dialog = LoginDialog(users, language=THAI)
    shown(qtbot, dialog)
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.user is None


def test_change_my_password(app_ready, qtbot, users, supervisor, office_db):
    clerk = users.add_user(CLERK, "clerk", SECRET, by=FIRST)
    dialog = ChangePasswordDialog(users, clerk, language=THAI)
    shown(qtbot, dialog)
    assert focused() is dialog.old_edit
    write("ผิด")
    press(Qt.Key.Key_Return)
    assert focused() is dialog.new_edit  # Enter moves on
    write("ใหม่1")
    press(Qt.Key.Key_Return)
    write("ใหม่1")
    press(Qt.Key.Key_Return)  # in the last field: save
    assert dialog.problem_label.text() == UserRejected(UserProblem.WRONG_OLD_PASSWORD).message_th
    assert dialog.isVisible()
    dialog.old_edit.clear()
    type_text(dialog.old_edit, SECRET)
    dialog.repeat_edit.clear()
    type_text(dialog.repeat_edit, "ใหม่2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem_label.text()  # the two new passwords differ
    assert users.authenticate(CLERK, SECRET) == clerk  # nothing changed yet
    dialog.repeat_edit.clear()
    type_text(dialog.repeat_edit, "ใหม่1")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.authenticate(CLERK, "ใหม่1").id == clerk.id
    with pytest.raises(AuthenticationFailed):
        users.authenticate(CLERK, SECRET)
    logged = sql(
        office_db,
        "SELECT user_name, field FROM change_log WHERE table_name = 'users' AND record_id = :id"
        " AND action = 'update'",
        id=clerk.id,
    )
    assert logged == [(CLERK, "password_hash")]


# The users panel ------------------------------------------------------------------------


def users_panel(qtbot, users: UserService, prompter: FakePrompter, me: UserRow) -> UsersPanel:
    panel = UsersPanel(users, prompter, current_user=lambda: me, language=THAI)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def table_names(panel: UsersPanel) -> list[str]:
    return [panel.table.item(row, 0).text() for row in range(panel.table.rowCount())]


def test_supervisor_adds_a_clerk_with_a_password_typed_in_the_dialog(
    app_ready, qtbot, users, supervisor, prompter, office_db
):
    panel = users_panel(qtbot, users, prompter, supervisor)
    changes: list[bool] = []
    panel.changed.connect(lambda: changes.append(True))
    assert panel.add_button.isEnabled()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, AddUserDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.name_edit
    write(CLERK)
    press(Qt.Key.Key_Return)
    assert focused() is dialog.role_box and dialog.role_box.currentData() == "clerk"
    press(Qt.Key.Key_Return)
    assert focused() is dialog.password_edit
    write(SECRET)
    press(Qt.Key.Key_Return)
    write(SECRET + "x")
    press(Qt.Key.Key_Return)
    assert dialog.problem_label.text() and users.find_user(CLERK) is None  # they differ
    dialog.repeat_edit.clear()
    type_text(dialog.repeat_edit, SECRET)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = users.find_user(CLERK)
    assert added is not None and added.role == "clerk" and added.has_password
    assert users.authenticate(CLERK, SECRET).id == added.id
    assert table_names(panel) == sorted([FIRST, CLERK], key=thai_sort_key)
    assert panel.current_row() == added and changes == [True]
    assert sql(
        office_db,
        "SELECT user_name, action FROM change_log WHERE table_name = 'users' AND record_id = :id",
        id=added.id,
    ) == [(FIRST, "insert")]


def test_a_taken_name_is_refused_in_thai(app_ready, qtbot, users, supervisor, prompter):
    panel = users_panel(qtbot, users, prompter, supervisor)
    dialog = panel.add_user()
    type_text(dialog.name_edit, FIRST)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.problem_label.text() == UserRejected(UserProblem.NAME_TAKEN, name=FIRST).message_th
    )
    assert dialog.isVisible() and table_names(panel) == [FIRST]


def test_a_clerks_buttons_are_disabled(app_ready, qtbot, users, supervisor, prompter):
    clerk = users.add_user(CLERK, "clerk", None, by=FIRST)
    panel = users_panel(qtbot, users, prompter, clerk)
    for name in (FIRST, CLERK):
        panel.select_user(name)
        for button in (
            panel.add_button,
            panel.reset_password_button,
            panel.make_supervisor_button,
            panel.make_clerk_button,
            panel.remove_button,
        ):
            assert not button.isEnabled(), button.text()
        assert panel.change_password_button.isEnabled()


def test_without_any_supervisor_anyone_may_manage(app_ready, qtbot, office_db, prompter):
    with office_db.session_factory.begin() as session:  # an old database: no supervisor
        session.execute(text("UPDATE users SET role = 'clerk'"))
    users = UserService(office_db.session_factory)
    me = users.find_user(FIRST)
    panel = users_panel(qtbot, users, prompter, me)
    assert panel.add_button.isEnabled() and panel.make_supervisor_button.isEnabled()
    qtbot.mouseClick(panel.make_supervisor_button, Qt.MouseButton.LeftButton)
    assert users.find_user(FIRST).is_supervisor


def test_remove_asks_and_removes(app_ready, qtbot, users, supervisor, prompter, office_db):
    clerk = users.add_user(CLERK, "clerk", None, by=FIRST)
    panel = users_panel(qtbot, users, prompter, supervisor)
    panel.select_user(FIRST)
    assert not panel.remove_button.isEnabled()  # not yourself
    panel.select_user(CLERK)
    prompter.confirm_answers.append(False)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert users.find_user(CLERK) is not None and CLERK in table_names(panel)
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert not prompter.confirm_answers
    assert sql(office_db, "SELECT name FROM users") == [(FIRST,)]
    assert table_names(panel) == [FIRST]
    assert sql(
        office_db,
        "SELECT action FROM change_log WHERE table_name = 'users' AND record_id = :id ORDER BY id",
        id=clerk.id,
    ) == [("insert",), ("delete",)]


def test_roles_change_but_the_last_supervisor_stays(app_ready, qtbot, users, supervisor, prompter):
    users.add_user(CLERK, "clerk", None, by=FIRST)
    panel = users_panel(qtbot, users, prompter, supervisor)
    panel.select_user(FIRST)
    qtbot.mouseClick(panel.make_clerk_button, Qt.MouseButton.LeftButton)
    assert panel.problem_label.text() == UserRejected(UserProblem.LAST_SUPERVISOR).message_th
    assert users.find_user(FIRST).is_supervisor
    panel.select_user(CLERK)
    assert panel.make_supervisor_button.isEnabled() and not panel.make_clerk_button.isEnabled()
    qtbot.mouseClick(panel.make_supervisor_button, Qt.MouseButton.LeftButton)
    assert users.find_user(CLERK).is_supervisor and panel.problem_label.text() == ""
    role_cells = {
        panel.table.item(row, 0).text(): panel.table.item(row, 1).text() for row in (0, 1)
    }
    assert role_cells[CLERK] == role_cells[FIRST]  # both read "supervisor" now


def test_supervisor_sets_another_users_password(app_ready, qtbot, users, supervisor, prompter):
    clerk = users.add_user(CLERK, "clerk", SECRET, by=FIRST)
    panel = users_panel(qtbot, users, prompter, supervisor)
    panel.select_user(CLERK)
    qtbot.mouseClick(panel.reset_password_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, ChangePasswordDialog)
    assert not dialog.old_edit.isEnabled()  # a supervisor needs no current password
    type_text(dialog.new_edit, "ใหม่")
    type_text(dialog.repeat_edit, "ใหม่")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.authenticate(CLERK, "ใหม่").id == clerk.id


# Submitted periods ----------------------------------------------------------------------


@pytest.fixture
def locks(office_db: OfficeDatabase) -> PeriodLockService:
    return PeriodLockService(office_db.session_factory)


def locks_panel(qtbot, locks, prompter, me: UserRow, office_db) -> LocksPanel:
    areas = HouseholdListService(office_db.session_factory)
    panel = LocksPanel(
        locks,
        prompter,
        current_user=lambda: me,
        fiscal_years=lambda: [2567, 2568],
        subdistricts=lambda: areas.filter_options().subdistricts,
        language=THAI,
    )
    qtbot.addWidget(panel)
    panel.show()
    return panel


def a_subdistrict(office_db: OfficeDatabase) -> tuple[str, str]:
    return sql(
        office_db,
        "SELECT code, name_th FROM subdistricts WHERE district_code = '6701' ORDER BY code"
        " LIMIT 1 OFFSET 2",
    )[0]


def test_supervisor_locks_a_subdistrict_and_unlocks_it(
    app_ready, qtbot, locks, supervisor, prompter, office_db
):
    code, name = a_subdistrict(office_db)
    panel = locks_panel(qtbot, locks, prompter, supervisor, office_db)
    assert panel.table.rowCount() == 0 and not panel.unlock_button.isEnabled()
    qtbot.mouseClick(panel.lock_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, LockDialog)
    dialog.year_box.setCurrentIndex(dialog.year_box.findData(2568))
    dialog.area_box.setCurrentIndex(dialog.area_box.findData(code))
    qtbot.mouseClick(dialog.lock_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.problem_label.text() == LockRejected(LockProblem.EMPTY_REASON).message_th
    assert locks.active_locks() == []
    type_text(dialog.reason_edit, "ส่งจังหวัดแล้ว")
    type_text(dialog.export_file_edit, "district-6701.xlsx")
    qtbot.keyClick(dialog.export_file_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [active] = locks.active_locks()
    assert (active.fiscal_year, active.subdistrict_code, active.reason) == (
        2568,
        code,
        "ส่งจังหวัดแล้ว",
    )
    assert (active.locked_by, active.export_file) == (FIRST, "district-6701.xlsx")
    assert sql(
        office_db, "SELECT fiscal_year, subdistrict_code, unlocked_at FROM period_locks"
    ) == [(2568, code, None)]
    cells = [panel.table.item(0, column).text() for column in range(panel.table.columnCount())]
    assert cells[0] == "2568" and name in cells[1] and cells[2] == FIRST
    assert cells[4] == "ส่งจังหวัดแล้ว" and cells[9] == "district-6701.xlsx"

    assert panel.unlock_button.isEnabled()
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    unlock = panel.dialog
    assert isinstance(unlock, UnlockDialog)
    qtbot.keyClick(unlock.reason_edit, Qt.Key.Key_Return)  # a reason is needed
    assert unlock.problem_label.text() == LockRejected(LockProblem.EMPTY_REASON).message_th
    type_text(unlock.reason_edit, "จังหวัดขอแก้ไข")
    qtbot.keyClick(unlock.reason_edit, Qt.Key.Key_Return)
    assert unlock.result() == QDialog.DialogCode.Accepted
    assert locks.active_locks() == []
    assert sql(office_db, "SELECT unlocked_by, unlock_reason FROM period_locks") == [
        (FIRST, "จังหวัดขอแก้ไข")
    ]
    cells = [panel.table.item(0, column).text() for column in range(panel.table.columnCount())]
    assert cells[6] == FIRST and cells[8] == "จังหวัดขอแก้ไข" and cells[7]
    assert not panel.unlock_button.isEnabled()


def test_a_clerk_cannot_lock(app_ready, qtbot, locks, users, supervisor, prompter, office_db):
    clerk = users.add_user(CLERK, "clerk", None, by=FIRST)
    panel = locks_panel(qtbot, locks, prompter, clerk, office_db)
    assert not panel.lock_button.isEnabled() and not panel.unlock_button.isEnabled()
    assert panel.offer_after_export(2568, None, "book.xlsx") is None  # nothing asked
    # Even a dialog opened for a clerk is refused by the service, in Thai.
    dialog = LockDialog(locks, by=CLERK, fiscal_years=[2568], subdistricts=(), language=THAI)
    qtbot.addWidget(dialog)
    type_text(dialog.reason_edit, "ลอง")
    qtbot.mouseClick(dialog.lock_button, Qt.MouseButton.LeftButton)
    assert dialog.problem_label.text() == NotAllowed(Duty.LOCK_PERIOD, CLERK).message_th
    assert locks.all_locks() == []


def test_offer_to_lock_after_an_export(app_ready, qtbot, locks, supervisor, prompter, office_db):
    code, _name = a_subdistrict(office_db)
    panel = locks_panel(qtbot, locks, prompter, supervisor, office_db)
    prompter.confirm_answers.append(False)
    assert panel.offer_after_export(2568, code, "a.xlsx") is None
    assert locks.all_locks() == []
    prompter.confirm_answers.append(True)
    lock = panel.offer_after_export(2568, code, "b.xlsx")
    assert lock is not None and locks.active_locks() == [lock]
    assert (lock.fiscal_year, lock.subdistrict_code, lock.export_file) == (2568, code, "b.xlsx")
    assert panel.table.rowCount() == 1
    assert panel.offer_after_export(2568, code, "c.xlsx") is None  # locked already: not asked
    assert not prompter.confirm_answers and not prompter.errors
    assert prompter.confirm_defaults_no == [True, True]  # Enter on the question keeps it open
