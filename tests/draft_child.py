"""A clerk keying a household in the real app, offscreen, until killed (the parent test
SIGKILLs this process mid-form). Run as `python -m tests.draft_child DATABASE FOLDER`."""

import os
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.app import AppShell, configure_application
from desktop.ui.language import LanguageSwitch
from tests.fake_prompter import FakePrompter
from tests.form_keys import press, write

HOUSE_NO = "45/1"
FIRST_NAME = "มานี"
LAST_NAME = "มีนา"


def main() -> None:
    database, folder = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication([])
    configure_application(app)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings, FakePrompter(), LanguageSwitch(app))
    assert shell.open_initial(database) and shell.log_in()
    window = shell.show_main_window()
    assert window is not None
    form = window.open_household(None)
    form.activateWindow()
    QTest.qWaitForWindowActive(form)
    form.address.house_no_edit.setFocus()
    write(HOUSE_NO)
    editor = form.members.editor  # the head, the one member of a new household
    editor.edits["first_name"].setFocus()
    write(FIRST_NAME)
    press(Qt.Key.Key_Return)
    write(LAST_NAME)
    press(Qt.Key.Key_Return)  # the field is left: kept at once
    QTest.qWait(100)
    print("keyed", flush=True)
    while True:  # still keying when the power goes
        QTest.qWait(200)
        time.sleep(0.05)


if __name__ == "__main__":
    main()
