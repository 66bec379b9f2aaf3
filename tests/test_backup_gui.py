"""Backups through the app: the status bar, "Back up now", restore after a preview, the
copy on closing, and one app per database file."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text

from desktop.app import AppShell
from desktop.services.demo import create_demo_database
from desktop.services.safety import backup_to
from desktop.services.safety.backups import default_backups_dir, list_backups
from desktop.ui.language import THAI
from tests.fake_prompter import FakePrompter


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "office" / "demo.sqlite3"
    path.parent.mkdir()
    create_demo_database(path, 60)
    return path


def open_shell(app_ready, language_switch, tmp_path: Path, path: Path, prompter) -> AppShell:
    settings = QSettings(str(tmp_path / f"settings-{id(prompter)}.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", THAI)
    shell = AppShell(settings, prompter, language_switch)
    assert shell.open_initial(path)
    return shell


def households(path: Path) -> int:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT count(*) FROM households").fetchone()[0]


def test_status_bar_warns_until_a_backup_is_taken(
    app_ready, language_switch, qtbot, tmp_path, demo_file
) -> None:
    prompter = FakePrompter()
    shell = open_shell(app_ready, language_switch, tmp_path, demo_file, prompter)
    shell.daily_backup_quiet_ms = 300
    window = shell.show_main_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not shell.daily_backup.pending, timeout=10_000)
    shell.tasks.wait_all()  # the daily backup ran in the background
    app_ready.processEvents()
    assert "สำรองข้อมูลล่าสุด" in window.backup_status.text()
    assert window.backup_status.styleSheet() == ""
    # A week later with no newer copy, the status bar says so in red.
    window.show_backup_status(now=dt.datetime.now(dt.UTC) + dt.timedelta(days=8))
    assert "7 วัน" in window.backup_status.text()
    assert "#b00020" in window.backup_status.styleSheet()

    usb = tmp_path / "usb"
    usb.mkdir()
    window.rail.setCurrentRow(5)
    prompter.folders_to_choose.append(usb)
    window.backup_panel.backup_button.click()
    qtbot.waitUntil(lambda: window.backup_panel.last_result is not None, timeout=30_000)
    [copy] = list(usb.iterdir())
    assert households(copy) == 60
    assert window.services.office.last_manual_backup() is not None
    shell.close()


def test_restore_brings_back_the_backup_and_keeps_the_current_data(
    app_ready, language_switch, qtbot, tmp_path, demo_file
) -> None:
    prompter = FakePrompter()
    backups = default_backups_dir(demo_file)
    earlier = backup_to(demo_file, backups, label="manual")
    shell = open_shell(app_ready, language_switch, tmp_path, demo_file, prompter)
    window = shell.show_main_window()
    shell.tasks.wait_all()
    with window.services.database.session_factory.begin() as session:
        session.execute(text("DELETE FROM assistance"))
        session.execute(
            text("DELETE FROM households WHERE id IN (SELECT id FROM households LIMIT 5)")
        )
    assert households(demo_file) == 55

    window.rail.setCurrentRow(5)
    panel = window.backup_panel
    paths = [info.path for info in panel._backups]
    panel.table.selectRow(paths.index(earlier))
    prompter.confirm_answers.append(True)
    panel.restore_button.click()
    new_window = shell.window
    assert new_window is not window, prompter.errors
    qtbot.addWidget(new_window)
    assert households(demo_file) == 60, prompter.errors
    assert new_window.services.office.counts().households == 60
    kinds = {info.label for info in list_backups(backups, stem=demo_file.stem)}
    assert "before-restore" in kinds  # the data as it was before the restore is kept
    before = next(
        info
        for info in list_backups(backups, stem=demo_file.stem)
        if info.label == "before-restore"
    )
    assert before.households == 55
    shell.close()


def test_closing_keeps_a_copy_and_a_second_app_is_refused(
    app_ready, language_switch, qtbot, tmp_path, demo_file
) -> None:
    first = open_shell(app_ready, language_switch, tmp_path, demo_file, FakePrompter())
    window = first.show_main_window()
    qtbot.addWidget(window)
    second_prompter = FakePrompter()
    settings = QSettings(str(tmp_path / "second.ini"), QSettings.Format.IniFormat)
    second = AppShell(settings, second_prompter, language_switch)
    assert not second.open_initial(demo_file)
    assert "เปิดอยู่" in second_prompter.errors[-1][1]
    first.tasks.wait_all()
    first.close()
    labels = [info.label for info in list_backups(default_backups_dir(demo_file))]
    assert "close" in labels
    third = AppShell(settings, FakePrompter(), language_switch)
    assert third.open_initial(demo_file)  # the lock went with the first app
    third.close()


def test_the_daily_backup_waits_until_the_clerk_stops_typing(
    app_ready, language_switch, qtbot, tmp_path, demo_file
) -> None:
    """The copy reads the whole file: it must not share the disk with the first search."""
    from PySide6.QtCore import Qt

    from desktop.services.safety.backups import backups_in, default_backups_dir
    from tests.thai_keys import type_text

    shell = open_shell(app_ready, language_switch, tmp_path, demo_file, FakePrompter())
    shell.daily_backup_quiet_ms = 1_000
    window = shell.show_main_window()
    qtbot.addWidget(window)
    folder = default_backups_dir(demo_file)
    window.households_page.ensure_loaded()
    # The form the register builds ahead (its modules load then) is built before the keys:
    # on a busy machine that took seconds, a quiet second the keys below would not have left.
    window.household_form_dialog()
    search = window.households_page.filter_bar.search_edit
    search.setFocus()
    for letter in "สมชายใจดีมาก":  # a key every 150 ms for 1.8 s: never a quiet second
        type_text(search, letter)
        qtbot.wait(150)
    assert shell.daily_backup.pending and not backups_in(folder, stem=demo_file.stem)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.daily_backup.pending, timeout=10_000)
    shell.tasks.wait_all()
    (taken,) = backups_in(folder, stem=demo_file.stem)
    assert taken.label == "daily"
    shell.close()
