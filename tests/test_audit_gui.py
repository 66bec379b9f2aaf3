"""The change log page on a demo office after writes by two users: what it lists is what
the change_log table holds (read with plain SQL), a page at a time, filtered, one record's
history, and exported to a workbook."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from db.database import OfficeDatabase
from desktop.services.households.form import HouseholdFormService
from desktop.services.projects import AgencyDraft, AgencyService
from desktop.services.safety import AuditFilter, AuditService
from desktop.services.thai import format_be_date
from desktop.ui.audit.audit_page import PAGE_SIZE, AuditPage
from desktop.ui.language import THAI
from tests.thai_keys import type_text

FIRST = "สมศรี ใจดี"
CLERK = "ประยุทธ มั่นคง"
AGENCIES_EACH = 110  # two users' agencies: more rows than one page


def query(database: OfficeDatabase, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def newest_first_ids(database: OfficeDatabase, where: str = "1", params: tuple = ()) -> list[int]:
    rows = query(
        database, f"SELECT id FROM change_log WHERE {where} ORDER BY at DESC, id DESC", params
    )
    return [row[0] for row in rows]


@pytest.fixture
def household(demo_db: OfficeDatabase) -> int:
    """Writes by two users; returns the household both of them edited."""
    factory = demo_db.session_factory
    today = dt.date.today()
    first, *others = (row[0] for row in query(demo_db, "SELECT id FROM households LIMIT 6"))
    form = HouseholdFormService(factory)
    draft = form.load(first)
    draft.notes = "ตรวจเยี่ยมแล้ว"
    form.save(draft, user_name=FIRST, today=today)
    draft = form.load(first)
    draft.members[0].first_name = "ชื่อแก้ไข"
    form.save(draft, user_name=CLERK, today=today)
    for n, other in enumerate(others):
        draft = form.load(other)
        draft.notes = f"บันทึกที่ {n}"
        form.save(draft, user_name=(FIRST, CLERK)[n % 2], today=today)
    agencies = AgencyService(factory)
    for n in range(AGENCIES_EACH * 2):
        agencies.save(
            AgencyDraft(code=f"T-{n:04d}", name=f"หน่วยงานทดสอบ {n}"), (FIRST, CLERK)[n % 2]
        )
    return first


@pytest.fixture
def page(app_ready, qtbot, demo_db: OfficeDatabase, household: int, prompter) -> AuditPage:
    widget = AuditPage(AuditService(demo_db.session_factory), prompter, language=THAI)
    qtbot.addWidget(widget)
    return widget


def shown_ids(page: AuditPage) -> list[int]:
    return [entry.id for entry in page.entries()]


def test_reads_on_first_show_and_lists_the_whole_log_a_page_at_a_time(
    page: AuditPage, demo_db: OfficeDatabase, qtbot
) -> None:
    assert page.table.rowCount() == 0 and page.user_box.count() == 0  # nothing read yet
    page.show()
    everything = newest_first_ids(demo_db)
    assert len(everything) > PAGE_SIZE
    assert (
        page.total == len(everything) == AuditService(demo_db.session_factory).count(AuditFilter())
    )
    assert page.table.rowCount() == PAGE_SIZE
    assert shown_ids(page) == everything[:PAGE_SIZE]
    assert not page.previous_button.isEnabled() and page.next_button.isEnabled()
    assert f"{len(everything):,}" in page.page_label.text()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert shown_ids(page) == everything[PAGE_SIZE : 2 * PAGE_SIZE]
    assert page.table.rowCount() == min(PAGE_SIZE, len(everything) - PAGE_SIZE)
    assert page.previous_button.isEnabled()
    assert page.next_button.isEnabled() == (len(everything) > 2 * PAGE_SIZE)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert shown_ids(page) == everything[:PAGE_SIZE]
    first = page.entries()[0]
    cells = [page.table.item(0, column).text() for column in range(page.table.columnCount())]
    local = first.at.astimezone()
    assert cells[0].startswith(format_be_date(local.date())) and cells[1] == first.user_name
    assert cells[2].startswith(first.table_th) and cells[3] == first.action_th


def test_filters_narrow_exactly_as_the_table_says(
    page: AuditPage, demo_db: OfficeDatabase, qtbot
) -> None:
    page.show()
    users = [page.user_box.itemData(i) for i in range(1, page.user_box.count())]
    assert set(users) == {
        row[0] for row in query(demo_db, "SELECT DISTINCT user_name FROM change_log")
    }
    page.choose_user(CLERK)
    clerks = newest_first_ids(demo_db, "user_name = ?", (CLERK,))
    assert 0 < len(clerks) < len(newest_first_ids(demo_db))
    assert page.total == len(clerks)
    assert shown_ids(page) == clerks[:PAGE_SIZE]
    assert {entry.user_name for entry in page.entries()} == {CLERK}

    page.choose_table("households")
    both = newest_first_ids(demo_db, "user_name = ? AND table_name = 'households'", (CLERK,))
    assert both and page.total == len(both) and shown_ids(page) == both

    page.choose_user(None)
    page.choose_table(None)
    type_text(page.search_edit, "ตรวจเยี่ยม")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    found = [
        row[0]
        for row in query(
            demo_db,
            "SELECT id, field, old_value, new_value, user_name FROM change_log"
            " ORDER BY at DESC, id DESC",
        )
        if any("ตรวจเยี่ยม" in (value or "") for value in row[1:])
    ]
    assert found and shown_ids(page) == found and page.total == len(found)
    page.search_edit.clear()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.total == len(newest_first_ids(demo_db))


def test_dates_filter_and_a_bad_date_is_explained(
    page: AuditPage, demo_db: OfficeDatabase, qtbot
) -> None:
    page.show()
    total = page.total
    today = dt.date.today()
    type_text(page.since_edit, format_be_date(today + dt.timedelta(days=1)))
    qtbot.keyClick(page.since_edit, Qt.Key.Key_Return)
    assert page.total == 0 and page.table.rowCount() == 0  # everything was written today
    page.since_edit.clear()
    type_text(page.since_edit, format_be_date(today))
    qtbot.keyClick(page.since_edit, Qt.Key.Key_Return)
    type_text(page.until_edit, format_be_date(today))
    qtbot.keyClick(page.until_edit, Qt.Key.Key_Return)
    assert page.total == total and not page.problem_label.isVisibleTo(page)
    page.until_edit.clear()
    type_text(page.until_edit, "31/02/2568")
    qtbot.keyClick(page.until_edit, Qt.Key.Key_Return)
    assert page.problem_label.isVisibleTo(page) and page.problem_label.text()
    assert page.total == total  # the list stays as it was


def test_double_click_shows_the_records_history_and_show_all_goes_back(
    page: AuditPage, demo_db: OfficeDatabase, household: int, qtbot
) -> None:
    page.show()
    page.choose_table("households")
    row = next(i for i, entry in enumerate(page.entries()) if entry.record_id == household)
    item = page.table.item(row, 2)
    page.table.scrollToItem(item)
    at = page.table.visualItemRect(item).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=at)  # as a mouse
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=at)  # does
    assert page.history_of == ("households", household)
    assert page.show_all_button.isVisibleTo(page) and not page.export_button.isEnabled()
    members = [
        row[0]
        for row in query(demo_db, "SELECT id FROM members WHERE household_id = ?", (household,))
    ]
    marks = ",".join("?" * len(members))
    expected = newest_first_ids(
        demo_db,
        f"(table_name = 'households' AND record_id = ?)"
        f" OR (table_name = 'members' AND record_id IN ({marks}))",
        (household, *members),
    )
    assert shown_ids(page) == expected
    assert {entry.table_name for entry in page.entries()} == {"households", "members"}
    assert not page.next_button.isEnabled() and not page.previous_button.isEnabled()
    qtbot.mouseClick(page.show_all_button, Qt.MouseButton.LeftButton)
    assert page.history_of is None and page.export_button.isEnabled()
    assert page.total == len(newest_first_ids(demo_db, "table_name = 'households'"))


def test_refresh_shows_new_writes(page: AuditPage, demo_db: OfficeDatabase) -> None:
    page.show()
    before = page.total
    AgencyService(demo_db.session_factory).save(AgencyDraft(code="T-NEW", name="ใหม่"), "ผู้ใช้ใหม่")
    page.refresh()
    assert page.total == before + 1 == len(newest_first_ids(demo_db))
    assert page.user_box.findData("ผู้ใช้ใหม่") > 0
    assert page.entries()[0].user_name == "ผู้ใช้ใหม่"


def test_export_writes_the_filtered_rows(
    page: AuditPage, demo_db: OfficeDatabase, prompter, qtbot, tmp_path: Path
) -> None:
    page.show()
    page.choose_user(CLERK)
    clerks = newest_first_ids(demo_db, "user_name = ?", (CLERK,))
    out = tmp_path / "change-log"
    prompter.files_to_save.append(out)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exporter.last_rows is not None, timeout=30_000)
    written = tmp_path / "change-log.xlsx"
    assert page.exporter.last_rows == len(clerks) and written.exists()
    rows = list(load_workbook(written, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert len(rows) - 1 == len(clerks) == page.total
    assert {row[1] for row in rows[1:]} == {CLERK}
    assert str(written) in page.exporter.result_label.text()


def test_cancelled_export_leaves_no_file(page: AuditPage, qtbot, tmp_path: Path) -> None:
    page.show()
    out = tmp_path / "out"
    out.mkdir()
    task = page.exporter.start(page.current_filter(), out / "cancelled.xlsx")
    task.cancel()
    qtbot.waitUntil(task.done.is_set, timeout=30_000)
    qtbot.waitUntil(lambda: page.exporter.result_label.text() != "", timeout=30_000)
    assert list(out.iterdir()) == [] and page.exporter.last_rows is None


def test_unwritable_folder_is_explained(page: AuditPage, prompter, qtbot, tmp_path: Path) -> None:
    page.show()
    prompter.files_to_save.append(tmp_path / "missing-folder" / "log.xlsx")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=30_000)
    assert "missing-folder" in prompter.errors[-1][1]
