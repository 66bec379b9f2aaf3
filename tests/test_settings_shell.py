"""Settings names who is logged in; a new language keeps the clerk on the same page."""

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.app import AppShell
from desktop.services.office import build_services
from desktop.ui.language import ENGLISH, THAI
from desktop.ui.main_window import MainWindow
from tests.fake_prompter import FakePrompter

SETTINGS_ROW = 5


def test_settings_shows_the_logged_in_user_not_the_offices_clerk(
    app_ready, qtbot, office_db, prompter
) -> None:
    services = build_services(office_db)
    clerk = services.office.profile().clerk_name
    user = services.users.add_user("มาลี ใจดี", "clerk", None, by=clerk)
    window = MainWindow(services, THAI, prompter, user)
    qtbot.addWidget(window)
    window.show()
    window.rail.setCurrentRow(SETTINGS_ROW)
    assert window.settings_page.clerk_label.text() == "มาลี ใจดี" != clerk


def test_choosing_a_language_keeps_the_page(
    app_ready, language_switch, qtbot, tmp_path: Path, office_db, prompter: FakePrompter
) -> None:
    path = office_db.path
    office_db.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings, prompter, language_switch)
    assert shell.open_initial(path)
    shell.database.integrity.mark_passed()
    assert shell.log_in()
    first = shell.show_main_window()
    assert first is not None
    first.rail.setCurrentRow(SETTINGS_ROW)
    box = first.settings_page.language_box
    box.setCurrentIndex(box.findData(ENGLISH))
    box.activated.emit(box.currentIndex())  # the clerk picks English in the list
    second = shell.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert language_switch.language == ENGLISH
    assert second.rail.currentRow() == SETTINGS_ROW
    assert second.stack.currentWidget() is second.settings_page
    shell.close()


def test_tab_leaves_the_code_lists_for_add_user(app_ready, qtbot, office_db, prompter) -> None:
    """Keyboard only: Tab from the code lists' table goes on to the users' buttons instead of
    walking the table's cells for ever (it trapped the focus before)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    services = build_services(office_db)
    window = MainWindow(services, THAI, prompter)
    qtbot.addWidget(window)
    window.show()
    window.rail.setCurrentRow(SETTINGS_ROW)
    table = window.code_lists_editor.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    reached = False
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is window.users_panel.add_button:
            reached = True
            break
    assert reached, "Tab never reached “Add user…”"
    qtbot.keyClick(window.users_panel.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.users_panel.dialog is not None)
    window.users_panel.dialog.reject()


def test_alt_u_on_settings_opens_add_user(app_ready, qtbot, office_db, prompter) -> None:
    """Alt+U (shown as "(U)" in Thai) presses "Add user…" from anywhere on the page."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = MainWindow(build_services(office_db), THAI, prompter)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.rail.setCurrentRow(SETTINGS_ROW)
    assert window.users_panel.add_button.text() == "เพิ่มผู้ใช้… (&U)"
    qtbot.keyClick(window.settings_page.language_box, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.users_panel.dialog is not None)
    window.users_panel.dialog.reject()
