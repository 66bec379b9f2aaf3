"""Start-up choices of the composition root: --db, the remembered file, refusals."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from db.database import DatabaseOpenError, OfficeDatabase, OpenProblem
from desktop.app import LAST_DATABASE_KEY, AppShell
from desktop.services.office import create_office
from tests.fake_prompter import FakePrompter
from tests.test_database_open import _damage_data_pages


def _shell(tmp_path: Path, language_switch, prompter: FakePrompter) -> AppShell:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppShell(settings, prompter, language_switch)


def test_db_argument_opens_that_file_and_is_remembered(
    app_ready, language_switch, tmp_path: Path, office_db: OfficeDatabase, prompter: FakePrompter
) -> None:
    shell = _shell(tmp_path, language_switch, prompter)
    assert shell.open_initial(office_db.path)
    assert shell.database is not None and shell.database.path == office_db.path
    assert shell.settings.value(LAST_DATABASE_KEY) == str(office_db.path)
    shell.close()

    again = _shell(tmp_path, language_switch, prompter)
    assert again.open_initial(None)  # no --db: the remembered file opens, no dialog
    assert again.database is not None and again.database.path == office_db.path
    again.close()
    assert prompter.errors == []


def test_a_refused_db_argument_is_explained_and_nothing_opens(
    app_ready, language_switch, tmp_path: Path, prompter: FakePrompter
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    shell = _shell(tmp_path, language_switch, prompter)
    assert not shell.open_initial(damaged)
    assert shell.database is None
    assert "เสียหาย" in prompter.errors[0][1]
    assert str(damaged) in prompter.errors[0][1]
    assert damaged.read_bytes() == b"SQLite format 3\x00" + b"\xff" * 4000
    shell.close()


def test_damage_found_by_the_background_check_closes_the_window(
    app_ready, language_switch, qtbot, tmp_path: Path, prompter: FakePrompter
) -> None:
    path = tmp_path / "office.sqlite3"
    create_office(path, "6701", "สมศรี ใจดี").close()
    _damage_data_pages(path)
    before = path.read_bytes()
    shell = _shell(tmp_path, language_switch, prompter)
    assert shell.open_initial(path)  # opens at once: the full check runs in the background
    window = shell.show_main_window()  # None when building it already meets the damage
    if window is not None:
        qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=30000)
    assert "เสียหาย" in prompter.errors[0][1]
    assert window is None or not window.isVisible()
    assert shell.database is not None
    with pytest.raises(DatabaseOpenError):
        shell.database.integrity.wait(timeout=1)
    shell.close()
    assert path.read_bytes() == before


def test_a_demo_file_without_a_user_lets_the_first_name_typed_log_in(
    app_ready, language_switch, qtbot, tmp_path: Path, prompter: FakePrompter
) -> None:
    """`demo` then `--db`: the login asks for a name and Enter writes the first user; that
    write waits on the integrity check, which must already be running (it once started
    only with the main window, after the login: the app hung for good)."""
    import threading

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services.demo import create_demo_database
    from desktop.ui.people.login_dialog import LoginDialog
    from tests.thai_keys import type_text

    path = tmp_path / "demo.sqlite3"
    create_demo_database(path, 30)
    shell = _shell(tmp_path, language_switch, prompter)
    assert shell.open_initial(path)
    database = shell.database
    assert database is not None

    def give_up() -> None:  # so a regression fails the test instead of hanging it
        if not database.integrity.settled:
            database.integrity.mark_failed(
                DatabaseOpenError(OpenProblem.CANNOT_READ, path, "nobody ran the check")
            )

    watchdog = threading.Timer(20, give_up)
    watchdog.start()
    typed: list[str] = []

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(50, type_name)
            return
        QTimer.singleShot(25_000, dialog.reject)  # the watchdog's second half
        type_text(dialog.user_box.lineEdit(), "สมหญิง รักงาน")
        typed.append(dialog.user_box.currentText())
        qtbot.keyClick(dialog.user_box.lineEdit(), Qt.Key.Key_Return)  # no password: log in
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_name)
    try:
        logged_in = shell.log_in()
    finally:
        watchdog.cancel()
    assert typed == ["สมหญิง รักงาน"]
    assert logged_in
    assert shell.user is not None and shell.user.name == "สมหญิง รักงาน"
    database.integrity.wait(timeout=1)  # passed, not given up on
    assert prompter.errors == []
    shell.close()


def test_the_main_window_keeps_its_place_only_when_it_fits_the_screen(
    app_ready, language_switch, qtbot, tmp_path: Path, office_db: OfficeDatabase, prompter
) -> None:
    from desktop.app import WINDOW_GEOMETRY_KEY

    shell = _shell(tmp_path, language_switch, prompter)
    assert shell.open_initial(office_db.path)
    window = shell.show_main_window()
    assert window is not None
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    window.setGeometry(free.left(), free.top() + 40, free.width() + 600, free.height() + 400)
    shell.close()  # the place is remembered...
    assert shell.settings.value(WINDOW_GEOMETRY_KEY)

    again = _shell(tmp_path, language_switch, prompter)
    assert again.open_initial(office_db.path)
    window = again.show_main_window()
    assert window is not None
    qtbot.addWidget(window)
    # ...but it does not fit this screen: the window opens within it, as far as it can
    assert window.height() <= free.height()
    assert window.width() < free.width() + 600
    again.close()
