"""People in the running app: who logs in, whose name the change log keeps, and a locked
period refusing changes on every screen that writes."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.app import AppShell
from desktop.services.office import build_services
from desktop.services.thai import fiscal_year_of
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from desktop.ui.people.login_dialog import LoginDialog
from tests.fake_prompter import FakePrompter


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_one_clerk_without_a_password_is_let_in(
    app_ready, language_switch, tmp_path: Path, office_db
) -> None:
    path = office_db.path
    office_db.close()
    shell = AppShell(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                     FakePrompter(), language_switch)  # fmt: skip
    assert shell.open_initial(path)
    assert shell.log_in()  # no dialog: one user, no password
    assert shell.user is not None and shell.user.name == "สมศรี ใจดี"
    window = shell.show_main_window()
    assert window.user == shell.user and window.current_user().is_supervisor
    window.close()
    shell.close()


def test_a_second_user_with_a_password_logs_in_and_the_log_keeps_the_name(
    app_ready, language_switch, qtbot, tmp_path: Path, office_db
) -> None:
    services = build_services(office_db)
    services.users.add_user("มานี รักเรียน", "clerk", "ลับมาก123", by="สมศรี ใจดี")
    path = office_db.path
    office_db.close()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings, FakePrompter(), language_switch)
    assert shell.open_initial(path)

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog))
        try:
            dialog.user_box.setCurrentIndex(dialog.user_box.findText("มานี รักเรียน"))
            dialog.password_edit.setText("ลับมาก123")
            dialog.login_button.click()
        finally:
            if dialog.isVisible():  # never leave the test waiting on a modal dialog
                dialog.reject()

    QTimer.singleShot(0, answer)
    assert shell.log_in()
    assert shell.user.name == "มานี รักเรียน" and not shell.user.is_supervisor
    assert settings.value("users/last_name") == "มานี รักเรียน"
    window = shell.show_main_window()
    qtbot.addWidget(window)
    window.rail.setCurrentRow(5)
    assert not window.locks_panel.lock_button.isEnabled()  # a clerk cannot lock
    dialog = window.desk.record_for_project(None)
    del dialog
    with window.services.database.session_factory() as session:
        agency = session.execute(text("SELECT count(*) FROM agencies")).scalar_one()
    assert agency == 0
    window.code_lists_editor.choose_list("agency_kind")
    window.code_lists_editor.new_entry()
    window.code_lists_editor.code_edit.setText("temple")
    window.code_lists_editor.name_th_edit.setText("วัด")
    assert window.code_lists_editor.save()
    with window.services.database.session_factory() as session:
        who = session.scalar(
            text("SELECT user_name FROM change_log WHERE table_name = 'code_items'")
        )
    assert who == "มานี รักเรียน"
    window.close()
    shell.close()


def test_a_locked_period_refuses_the_household_form_and_writes_nothing(
    window: MainWindow, demo_db, prompter, qtbot
) -> None:
    with demo_db.session_factory() as session:
        household_id, house_no, subdistrict = session.execute(
            text(
                "SELECT h.id, h.house_no, v.subdistrict_code FROM households AS h"
                " JOIN villages AS v ON v.code = h.village_code LIMIT 1"
            )
        ).one()
    import datetime as dt

    year = fiscal_year_of(dt.date.today())
    window.services.period_locks.lock(year, subdistrict, "ส่งจังหวัดแล้ว", window.current_user().name)
    form = window.open_household(household_id)
    form.address.house_no_edit.setText(house_no + "ก")
    form.address.house_no_edit.textEdited.emit(form.address.house_no_edit.text())
    assert not form.save()
    assert prompter.errors and "ส่งจังหวัดแล้ว" in prompter.errors[-1][1]
    with demo_db.session_factory() as session:
        stored = session.scalar(
            text("SELECT house_no FROM households WHERE id = :i"), {"i": household_id}
        )
    assert stored == house_no
    form._dirty = False  # leave without the unsaved-changes question
    form.close()


def test_an_export_offers_to_lock_the_sent_period(
    window: MainWindow, demo_db, prompter, qtbot, tmp_path: Path
) -> None:
    window.rail.setCurrentRow(4)
    panel = window.export_panel
    panel.mask_check.setChecked(True)  # the full workbook would need a sign-off first
    prompter.confirm_answers += [True, True]  # the PDPA question, then the lock offer
    prompter.files_to_save.append(tmp_path / "sent.xlsx")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=30_000)
    locks = window.services.period_locks.active_locks()
    assert len(locks) == 1 and locks[0].subdistrict_code is None
    assert locks[0].export_file.endswith("sent.xlsx")
