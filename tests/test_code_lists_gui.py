"""Settings edits the code lists (umbrellas, assistance types, budget sources, agency kinds)
and the province's goal; the pickers elsewhere follow."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.thai_keys import type_text


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    widget.rail.setCurrentRow(5)
    return widget


def rows(editor) -> list[str]:
    return [editor.table.item(row, 0).text() for row in range(editor.table.rowCount())]


def test_add_an_assistance_type_and_it_is_offered_when_recording(
    window: MainWindow, demo_db, qtbot
) -> None:
    editor = window.code_lists_editor
    editor.choose_list("assistance_type")
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    type_text(editor.code_edit, "water_jar")
    type_text(editor.name_th_edit, "โอ่งเก็บน้ำ")
    type_text(editor.name_en_edit, "Water jar")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.problem_label.text() == ""
    assert rows(editor)[-1] == "water_jar"
    with demo_db.session_factory() as session:
        name = session.scalar(
            text(
                "SELECT name_th FROM code_items"
                " WHERE list_name = 'assistance_type' AND code = 'water_jar'"
            )
        )
    assert name == "โอ่งเก็บน้ำ"
    dialog = window.desk.record_for_project(None)
    assert dialog.fields.kind_box.findData("water_jar") >= 0


def test_bad_and_duplicate_codes_are_refused(window: MainWindow, demo_db, qtbot) -> None:
    editor = window.code_lists_editor
    editor.choose_list("budget_source")
    before = rows(editor)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    type_text(editor.code_edit, "งบ ใหม่")
    type_text(editor.name_th_edit, "งบใหม่")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.problem_label.text().startswith("รหัส: ")
    editor.code_edit.clear()
    type_text(editor.code_edit, before[0])
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "มีรายการอื่นใช้รหัสนี้แล้ว" in editor.problem_label.text()
    assert rows(editor) == before


def test_an_umbrella_in_use_is_retired_not_deleted(
    window: MainWindow, demo_db, prompter, qtbot
) -> None:
    editor = window.code_lists_editor
    editor.choose_list("umbrella")
    with demo_db.session_factory() as session:
        used = session.scalar(text("SELECT umbrella_code FROM projects LIMIT 1"))
    editor.table.selectRow(rows(editor).index(used))
    assert not editor.delete_button.isEnabled()
    assert editor.table.item(editor.table.currentRow(), 3).text() != ""
    qtbot.mouseClick(editor.retire_button, Qt.MouseButton.LeftButton)
    with demo_db.session_factory() as session:
        assert session.scalar(text("SELECT retired FROM umbrellas WHERE code = :c"), {"c": used})
    window.desk.open_project(None)
    assert window.desk.project_form.details.umbrella_box.findData(used) < 0
    editor.table.selectRow(rows(editor).index(used))
    assert editor.retire_button.text() == "นำกลับมาใช้"
    qtbot.mouseClick(editor.retire_button, Qt.MouseButton.LeftButton)
    with demo_db.session_factory() as session:
        assert not session.scalar(
            text("SELECT retired FROM umbrellas WHERE code = :c"), {"c": used}
        )


def test_unused_entry_deleted_and_order_changed(
    window: MainWindow, demo_db, prompter, qtbot
) -> None:
    editor = window.code_lists_editor
    editor.choose_list("agency_kind")
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    type_text(editor.code_edit, "temple")
    type_text(editor.name_th_edit, "วัด")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    order = rows(editor)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert rows(editor) == [*order[:-2], "temple", order[-2]]
    assert editor.current_entry().code == "temple"
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert "temple" not in rows(editor)


def test_goal_setting_is_kept(window: MainWindow, demo_db, qtbot) -> None:
    spin = window.settings_page.goal_spin
    spin.setValue(90)
    spin.editingFinished.emit()
    assert window.services.office.goal_percent() == 90
    assert window.services.dashboard.build().goal.target_percent == 90
