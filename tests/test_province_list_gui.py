"""The mapping dialog checks a list's rows: each refused or not-data row with its column
and Thai reason, and the misspelt place names ticked for the clerk to confirm or refuse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.indicator_set_books import current_set
from tests.province_office_lists import write_other_office_list
from tests.test_import_gui import make_window, wait_for_dry_run


def _rows(table) -> dict[int, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return {
        int(table.item(r, 0).text()): tuple(table.item(r, c).text() for c in range(1, 4))
        for r in range(table.rowCount())
    }


def test_the_mapping_dialog_shows_row_outcomes_and_place_matches(
    app_ready, qtbot, office_db, prompter, tmp_path: Path
) -> None:
    current_set(office_db, tmp_path)  # the list's failed indicators are of this year
    window = make_window(qtbot, office_db, prompter)
    path = write_other_office_list(tmp_path / "รายชื่อ.xlsx", None)
    window.import_panel.open_workbook(path)
    dialog = window.import_panel.mapping_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.width() <= 1280 and dialog.height() <= 690  # a 1280×720 desk
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    # The check runs in the background: the dialog waits with its buttons off.
    assert dialog.checking and not dialog.check_button.isEnabled()
    assert not dialog.ok_button.isEnabled() and dialog.problem_label.text() == "กำลังตรวจแถว…"
    qtbot.waitUntil(lambda: not dialog.checking, timeout=60_000)
    assert dialog.check_button.isEnabled() and dialog.problem_label.text() == ""
    panel = dialog.rows_panel
    assert panel.summary_label.text() == (
        "อ่าน 11 แถว: เพิ่ม 3, ปรับปรุง 0, ไม่เปลี่ยน 0, ข้าม (ตามโหมด) 0, ไม่นำเข้า 3, ไม่ใช่ข้อมูล 5"
    )
    rows = _rows(panel.rows_table)
    assert rows[7][:2] == ("ไม่นำเข้า", "C (เลขบัตรประชาชน)")
    assert rows[7][2].startswith("บุคคลนี้ซ้ำกับแถว 6")
    assert rows[12] == ("ไม่นำเข้า", "", "ไม่นำเข้าแถวนี้ เพราะอยู่ครัวเรือนเดียวกับแถว 11 ซึ่งไม่นำเข้า")
    assert rows[14] == ("ไม่ใช่ข้อมูล", "", "แถวรวม (รวม) ไม่ใช่รายชื่อ")
    assert rows[8] == ("ไม่ใช่ข้อมูล", "", "แถวว่าง")
    places = panel.places_table
    assert panel.places_table.isVisible() and places.rowCount() == 1
    assert [places.item(0, c).text() for c in range(3)] == ["ต.ต.ตะเบา", "ต.ตะเบาะ", "9"]
    assert places.item(0, 0).checkState() == Qt.CheckState.Checked
    # The clerk says "ต.ต.ตะเบา" is not ตะเบาะ: untick it with the keyboard and check again.
    places.setFocus()
    places.setCurrentCell(0, 0)
    qtbot.keyClick(places, Qt.Key.Key_Space)
    assert dialog.refused_places() == frozenset({"ต.ต.ตะเบา"})
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=60_000)
    rows = _rows(panel.rows_table)
    assert rows[9] == ("ไม่นำเข้า", "F (ตำบล)", "ไม่รู้จักตำบล ต.ต.ตะเบา")
    assert places.item(0, 0).checkState() == Qt.CheckState.Unchecked
    # The dry run after the dialog keeps the clerk's answer.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    dry_run = wait_for_dry_run(qtbot, window.import_panel)
    assert dry_run.additions_table.rowCount() == 1
    assert 9 in {r.row for r in dry_run.plan.rejections}
    tab = dry_run.tabs.indexOf(dry_run.list_rows_panel)
    assert dry_run.tabs.tabText(tab) == "แถวในรายชื่อ (11)"
    assert _rows(dry_run.list_rows_panel.rows_table)[15] == (
        "ไม่ใช่ข้อมูล",
        "",
        "แถวที่มีแต่ตัวเลขใต้รายชื่อ (ยอดรวม) ไม่ใช่รายชื่อ",
    )
