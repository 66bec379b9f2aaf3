"""The Exchange page's dry run shows a member added to a household field by field, and says
which edits it leaves out because their sheets are read-only for a district office."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from desktop.services.exchange import sheet
from tests.exchange_office import database_dump
from tests.test_import_gui import column_of, make_window, wait_for_dry_run


def test_the_dry_run_shows_a_new_member_field_by_field_and_applies_it(
    app_ready, qtbot, small_db, small_book, prompter, tmp_path
) -> None:
    book = openpyxl.load_workbook(small_book)
    members = book[sheet("members").title_th]
    row = members.max_row + 1
    key = members.cell(3, 1).value
    for column, value in {
        "household_key": key,
        "member_seq": 9,
        "title_code": "miss",
        "first_name": "มะลิ",
        "last_name": "ใหม่ใจ",
        "birth_date": "15/03/2550",
        "relation_code": "child",
    }.items():
        members.cell(row, column_of(members, column)).value = value
    edited = tmp_path / "member.xlsx"
    book.save(edited)
    window = make_window(qtbot, small_db, prompter)
    prompter.files_to_open.append(edited)
    qtbot.mouseClick(window.import_panel.import_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dry_run(qtbot, window.import_panel)
    assert dialog.changes_tree.topLevelItemCount() == 1
    household = dialog.changes_tree.topLevelItem(0)
    shown = {
        household.child(i).text(1): household.child(i).text(3)
        for i in range(household.childCount())
        if household.child(i).text(0) == "สมาชิก มะลิ ใหม่ใจ"
    }
    assert shown["เพิ่ม"] == "มะลิ ใหม่ใจ"
    assert (shown["คำนำหน้า"], shown["ชื่อ"], shown["นามสกุล"]) == ("นางสาว", "มะลิ", "ใหม่ใจ")
    assert shown["วันเกิด"] == "15/03/2550" and shown["ความสัมพันธ์กับหัวหน้าครัวเรือน"] == "บุตร"
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_panel.last_summary is not None, timeout=60_000)
    assert window.import_panel.last_summary.updated == 1


def test_the_dry_run_says_which_read_only_edits_it_leaves_out(
    app_ready, qtbot, small_db, small_book, prompter, tmp_path
) -> None:
    book = openpyxl.load_workbook(small_book)
    assistance = book[sheet("assistance").title_th]
    old = assistance.cell(3, column_of(assistance, "outcome")).value
    assistance.cell(3, column_of(assistance, "outcome")).value = "แก้ที่จังหวัด"
    edited = tmp_path / "help.xlsx"
    book.save(edited)
    before = database_dump(small_db)
    window = make_window(qtbot, small_db, prompter)
    prompter.files_to_open.append(edited)
    qtbot.mouseClick(window.import_panel.import_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dry_run(qtbot, window.import_panel)
    assert (
        "แผ่นงาน การช่วยเหลือ เป็นข้อมูลอ่านอย่างเดียวสำหรับสำนักงานอำเภอ: การแก้ไข 1 รายการ"
        in dialog.summary_label.text()
    )
    tab = dialog.tabs.indexOf(dialog.read_only_table)
    assert dialog.tabs.tabText(tab) == "ไม่นำเข้า (1)"
    dialog.tabs.setCurrentIndex(tab)
    table = dialog.read_only_table
    assert table.rowCount() == 1
    cells = [table.item(0, column).text() for column in range(5)]
    assert cells[:2] == ["การช่วยเหลือ", "3"]
    assert cells[2].endswith("(ผลการช่วยเหลือ)")
    assert cells[3:] == ["แก้ที่จังหวัด", old]
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    assert database_dump(small_db) == before
