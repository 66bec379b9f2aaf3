"""A household keyed and never saved comes back after the program is killed; a save
or a form closed on purpose leaves nothing to offer."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from db.database import OfficeDatabase
from desktop.app import AppShell
from desktop.services.households.draft_file import DraftFile, draft_path_for
from desktop.services.households.form import HouseholdFormService
from desktop.ui.household_form.form_dialog import HouseholdFormDialog
from tests.draft_child import FIRST_NAME, HOUSE_NO, LAST_NAME
from tests.fake_prompter import FakePrompter
from tests.form_keys import write

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.usefixtures("app_ready")


def test_a_household_keyed_when_the_program_was_killed_is_offered_back(
    language_switch, qtbot, tmp_path: Path, office_db: OfficeDatabase, prompter: FakePrompter
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.draft_child", str(office_db.path), str(tmp_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "keyed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    drafts = DraftFile(draft_path_for(office_db.path))
    assert drafts.path.exists()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings, prompter, language_switch)
    assert shell.open_initial(office_db.path) and shell.log_in()  # its lock is taken over
    prompter.confirm_answers.append(True)  # "bring it back?" yes
    window = shell.show_main_window()
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.household_form is not None and window.household_form.isVisible())
    form = window.household_form
    assert form is not None
    assert form.address.house_no_edit.text() == HOUSE_NO
    editor = form.members.editor
    assert editor.edits["first_name"].text() == FIRST_NAME
    assert editor.edits["last_name"].text() == LAST_NAME
    assert form.has_unsaved_changes()
    assert prompter.confirm_answers == []

    prompter.confirm_answers.append(True)  # "close and lose the changes?" yes
    form.close()  # thrown away on purpose: nothing left to offer
    assert not form.isVisible() and not drafts.path.exists()
    shell.close()


def _form(database: OfficeDatabase, prompter: FakePrompter, qtbot) -> HouseholdFormDialog:  # type: ignore[no-untyped-def]
    form = HouseholdFormDialog(
        HouseholdFormService(database.session_factory),
        prompter,
        user_name="สมศรี ใจดี",
        drafts=DraftFile(draft_path_for(database.path)),
    )
    qtbot.addWidget(form)
    form.show_household(None)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def test_keying_keeps_a_draft_that_a_save_removes(
    qtbot, demo_db: OfficeDatabase, prompter: FakePrompter
) -> None:
    drafts = DraftFile(draft_path_for(demo_db.path))
    form = _form(demo_db, prompter, qtbot)
    form.address.house_no_edit.setFocus()
    qtbot.waitUntil(form.address.house_no_edit.hasFocus)
    write("77")
    qtbot.waitUntil(drafts.path.exists, timeout=10_000)  # within a few seconds
    kept = drafts.read()
    assert kept is not None and kept.draft.house_no == "77"

    prompter.confirm_answers.append(False)  # a second opening offers it; "no" throws it away
    declined = _form(demo_db, prompter, qtbot)
    assert prompter.confirm_answers == []
    assert declined.address.house_no_edit.text() == ""
    assert not drafts.path.exists()
    for opened in (form, declined):
        opened._dirty = False
        opened.close()


def test_a_saved_household_leaves_no_draft(
    qtbot, demo_db: OfficeDatabase, prompter: FakePrompter
) -> None:
    from sqlalchemy import text

    drafts = DraftFile(draft_path_for(demo_db.path))
    with demo_db.session_factory() as session:
        first = int(session.scalar(text("SELECT min(id) FROM households")))
    form = _form(demo_db, prompter, qtbot)
    form.show_household(first)
    form.tabs.setCurrentWidget(form.notes_edit)
    form.notes_edit.setFocus()
    qtbot.waitUntil(form.notes_edit.hasFocus)
    write("เพิ่มหมายเหตุ")
    form.tabs.setCurrentIndex(0)
    form.address.house_no_edit.setFocus()  # the field is left: kept at once
    qtbot.waitUntil(form.address.house_no_edit.hasFocus)
    assert drafts.path.exists()
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "บันทึก" in form.status_label.text() and not form.has_unsaved_changes()
    assert not drafts.path.exists()
    form.close()
