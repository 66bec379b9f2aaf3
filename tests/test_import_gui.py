"""Importing through the Exchange page: the dry run shows everything, nothing is written
until Apply; the province's own list goes through the column mapping first."""

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop.services.exchange import sheet
from desktop.services.exchange.export import export_workbook
from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow


def make_window(qtbot, database, prompter) -> MainWindow:
    widget = MainWindow(build_services(database), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    widget.rail.setCurrentRow(4)
    return widget


def export(database, path: Path) -> Path:
    export_workbook(database.session_factory, path, exported_on=dt.date(2025, 6, 1))
    return path


def column_of(worksheet, key: str) -> int:
    return next(cell.column for cell in worksheet[1] if cell.value == key)


def count(database, table: str) -> int:
    with database.session_factory() as session:
        return session.scalar(text(f"SELECT count(*) FROM {table}"))


def wait_for_dry_run(qtbot, panel):
    qtbot.waitUntil(lambda: panel.dry_run is not None and panel.dry_run.isVisible(), timeout=60_000)
    return panel.dry_run


def test_an_unchanged_export_changes_nothing(app_ready, qtbot, demo_db, prompter, tmp_path):
    window = make_window(qtbot, demo_db, prompter)
    book = export(demo_db, tmp_path / "round-trip.xlsx")
    prompter.files_to_open.append(book)
    qtbot.mouseClick(window.import_panel.import_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dry_run(qtbot, window.import_panel)
    assert dialog.additions_table.rowCount() == 0
    assert dialog.changes_tree.topLevelItemCount() == 0
    assert not dialog.apply_button.isEnabled()
    assert "0" in dialog.summary_label.text()
    dialog.reject()


def test_an_edited_name_shows_old_and_new_and_applies(
    app_ready, qtbot, demo_db, prompter, tmp_path
):
    window = make_window(qtbot, demo_db, prompter)
    source = export(demo_db, tmp_path / "source.xlsx")
    book = openpyxl.load_workbook(source)
    members = book[sheet("members").title_th]
    name_column = column_of(members, "first_name")
    key = members.cell(3, column_of(members, "household_key")).value
    old = members.cell(3, name_column).value
    members.cell(3, name_column).value = "ชื่อแก้ไขจากจังหวัด"
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    logged_before = count(demo_db, "change_log")

    window.import_panel.open_workbook(edited)
    dialog = wait_for_dry_run(qtbot, window.import_panel)
    assert dialog.changes_tree.topLevelItemCount() == 1
    change = dialog.changes_tree.topLevelItem(0).child(0)
    assert (change.text(2), change.text(3)) == (old, "ชื่อแก้ไขจากจังหวัด")
    assert count(demo_db, "change_log") == logged_before  # the dry run wrote nothing

    report = tmp_path / "report.xlsx"
    prompter.files_to_save.append(report)
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    assert report.exists()

    prompter.confirm_answers.append(True)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_panel.last_summary is not None, timeout=60_000)
    assert window.import_panel.last_summary.updated == 1
    with demo_db.session_factory() as session:
        names = session.scalars(
            text(
                "SELECT m.first_name FROM members AS m JOIN households AS h"
                " ON h.id = m.household_id WHERE h.key = :k"
            ),
            {"k": key},
        ).all()
    assert "ชื่อแก้ไขจากจังหวัด" in names and old not in names
    assert count(demo_db, "change_log") > logged_before


def province_list(path: Path, village_moo: int, village_name: str) -> Path:
    """A list as a province office sends it: title rows, a merged title, Thai headers,
    Thai digits, an ID stored as a number, a zero-width space and stray spaces."""
    book = openpyxl.Workbook()
    worksheet = book.active
    worksheet.title = "รายชื่อ"
    worksheet["A1"] = "บัญชีรายชื่อครัวเรือนเป้าหมาย TPMAP ปี ๒๕๖๘"
    worksheet.merge_cells("A1:H1")
    worksheet["A2"] = "อำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์"
    worksheet.append([])
    worksheet.append(
        ["ลำดับ", "บ้านเลขที่", "หมู่ที่", "หมู่บ้าน", "ตำบล", "คำนำหน้า", "ชื่อ", "นามสกุล",
         "เลขประจำตัวประชาชน"]
    )  # fmt: skip
    people = [
        ("๑", "12", village_moo, village_name, "ในเมือง", "นาย", "สมหมาย\u200b", " ใจงาม ",
         3670100000010),
        ("๒", "13/1", village_moo, village_name, "ในเมือง", "นาง", "สมใจ", "รักดี",
         "1670100000013"),
    ]  # fmt: skip
    for person in people:
        worksheet.append(list(person))
    book.save(path)
    return path


def test_a_province_list_is_mapped_checked_and_added(
    app_ready, qtbot, office_db, prompter, tmp_path
):
    moo, name = 1, "บ้านหนองนาเทส"  # a fresh office has no villages yet: the list adds it
    window = make_window(qtbot, office_db, prompter)
    path = province_list(tmp_path / "tpmap.xlsx", moo, name)
    window.import_panel.open_workbook(path)
    mapping = window.import_panel.mapping_dialog
    assert mapping is not None and mapping.isVisible()
    assert mapping.preview.header_row == 4
    chosen = mapping.mapping()
    assert chosen[1] == "house_no" and chosen[8] == "national_id"
    qtbot.mouseClick(mapping.ok_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dry_run(qtbot, window.import_panel)
    lines = [
        dialog.rejections_table.item(row, 3).text()
        for row in range(dialog.rejections_table.rowCount())
    ]
    assert dialog.additions_table.rowCount() == 2, lines
    assert any(name in village for village in dialog.plan.new_villages)
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_panel.last_summary is not None, timeout=60_000)
    with office_db.session_factory() as session:
        people = set(
            session.execute(text("SELECT first_name, last_name, national_id FROM members")).all()
        )
    assert people == {
        ("สมหมาย", "ใจงาม", "3670100000010"),
        ("สมใจ", "รักดี", "1670100000013"),
    }
    assert window.households_page.model.total() == 2 or not window.households_page.isVisible()


@pytest.mark.parametrize(
    "content",
    [b"not a workbook at all", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 1024],
    ids=["text", "encrypted"],
)
def test_a_file_that_is_not_a_workbook_is_refused_in_thai(
    app_ready, qtbot, demo_db, prompter, tmp_path, content
):
    window = make_window(qtbot, demo_db, prompter)
    path = tmp_path / "book.xlsx"
    path.write_bytes(content)
    before = count(demo_db, "households"), count(demo_db, "change_log")
    window.import_panel.open_workbook(path)
    assert prompter.errors
    message = prompter.errors[-1][1]
    assert any("\u0e00" <= character <= "\u0e7f" for character in message), message
    assert window.import_panel.dry_run is None
    assert (count(demo_db, "households"), count(demo_db, "change_log")) == before


def test_a_big_workbooks_second_reading_process_works_from_the_page(
    app_ready, qtbot, demo_db, office_db, prompter, tmp_path, monkeypatch
):
    """The Exchange page's dry run runs in a thread; the reading helper process it starts
    for a big workbook (forced here for a small one) must report back to it."""
    from desktop.services.exchange.reading.helper import ReadHelper

    monkeypatch.setattr("desktop.services.exchange.reading.helper.HELPER_FROM_BYTES", 0)
    finished: list[int] = []
    finish = ReadHelper.finish

    def finish_and_count(helper, staging) -> None:  # type: ignore[no-untyped-def]
        finish(helper, staging)
        finished.append(staging.scalar("SELECT count(*) FROM s_results"))

    monkeypatch.setattr(ReadHelper, "finish", finish_and_count)
    book = openpyxl.load_workbook(export(demo_db, tmp_path / "district.xlsx"))
    results = book[sheet("indicator_results").title_th]
    results.cell(3, column_of(results, "status")).value = "ดีมาก"  # read by the helper
    spoilt = tmp_path / "spoilt.xlsx"
    book.save(spoilt)
    window = make_window(qtbot, office_db, prompter)

    window.import_panel.open_workbook(spoilt)
    dialog = wait_for_dry_run(qtbot, window.import_panel)
    assert len(finished) == 1 and finished[0] > 0  # the helper read the indicator results
    assert dialog.additions_table.rowCount() == 199
    assert dialog.rejections_table.rowCount() == 1
    assert dialog.rejections_table.item(0, 0).text() == sheet("indicator_results").title_th
    assert dialog.rejections_table.item(0, 1).text() == "3"
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_panel.last_summary is not None, timeout=60_000)
    assert window.import_panel.last_summary.added == count(office_db, "households") == 199
