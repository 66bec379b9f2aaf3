"""Province mode through the GUI: a provincial office is created at first start, two
district workbooks are imported from the Exchange page, the dry run shows the shared
national ID, and the clerk resolves it on the conflicts panel."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from db.settings_store import OFFICE_DISTRICT, OFFICE_PROVINCE, get_setting
from desktop.services.office import build_services, create_office
from desktop.ui.background import TaskRunner
from desktop.ui.first_start import FirstStartDialog
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.province_fixtures import CLERK, Districts
from tests.test_exchange_case_sheets import district_with_cases
from tests.thai_keys import type_text


def test_the_first_start_creates_a_provincial_office(
    app_ready, qtbot, tmp_path: Path, prompter
) -> None:
    dialog = FirstStartDialog(tmp_path, prompter, TaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.province_office_radio.click()
    dialog.province_box.setCurrentIndex(dialog.province_box.findData("67"))
    assert not dialog.district_box.isEnabled(), "a provincial office has no district"
    dialog.clerk_edit.setFocus()
    type_text(dialog.clerk_edit, CLERK)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstStartDialog.DialogCode.Accepted
    assert dialog.database is not None
    with dialog.database.session_factory() as session:
        assert get_setting(session, OFFICE_PROVINCE) == "67"
        assert get_setting(session, OFFICE_DISTRICT) == ""
    dialog.database.close()


@pytest.fixture
def window(app_ready, qtbot, tmp_path: Path, prompter):  # type: ignore[no-untyped-def]
    database = create_office(tmp_path / "province.sqlite3", "", CLERK, province_code="67")
    widget = MainWindow(build_services(database), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    widget.rail.setCurrentRow(4)  # Exchange
    yield widget
    database.close()


def _import(qtbot, window: MainWindow, prompter, book: Path):  # type: ignore[no-untyped-def]
    panel = window.import_panel
    panel.dry_run = None
    prompter.files_to_open.append(book)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.dry_run is not None and panel.dry_run.isVisible(), timeout=60_000)
    return panel.dry_run


def _apply(qtbot, window: MainWindow, prompter, dialog) -> None:  # type: ignore[no-untyped-def]
    window.import_panel.last_summary = None
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_panel.last_summary is not None, timeout=60_000)


def _holders(window: MainWindow, national_id: str) -> list[str]:
    with window.services.database.session_factory() as session:
        return list(
            session.scalars(
                text(
                    "SELECT h.key FROM members m JOIN households h ON h.id = m.household_id"
                    " WHERE m.national_id = :id"
                ),
                {"id": national_id},
            )
        )


def test_consolidating_and_resolving_through_the_exchange_page(
    qtbot,
    window: MainWindow,
    prompter,
    districts: Districts,
) -> None:
    panel = window.conflicts_panel
    assert panel is not None and panel.isVisibleTo(window)
    assert "เพชรบูรณ์" in window.office_status.text()
    assert window.export_panel.suggested_name(window.export_panel.options()).startswith(
        "province-67-"
    )

    first = _import(qtbot, window, prompter, districts.first)
    assert first.conflicts_table.rowCount() == 0
    _apply(qtbot, window, prompter, first)

    second = _import(qtbot, window, prompter, districts.second)
    tabs = [second.tabs.tabText(i) for i in range(second.tabs.count())]
    assert any("อำเภออื่น (1)" in tab for tab in tabs), tabs
    projects_tab = next(i for i, tab in enumerate(tabs) if tab.startswith("โครงการ ("))
    assert second.tabs.widget(projects_tab).count() > 0  # the district's projects to add
    assert "โครงการ: จะเพิ่ม" in second.summary_label.text()
    assert second.conflicts_table.item(0, 0).text().replace("-", "") == districts.national_id
    assert districts.first_key in second.conflicts_table.item(0, 2).text()
    assert "อ.เมืองเพชรบูรณ์" in second.conflicts_table.item(0, 2).text()
    _apply(qtbot, window, prompter, second)

    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert districts.first_key in panel.table.item(0, 1).text()
    assert districts.second_key in panel.table.item(0, 2).text()
    assert not panel.second_button.isEnabled(), "nothing chosen yet"

    panel.select_row(0)
    qtbot.mouseClick(panel.open_second_button, Qt.MouseButton.LeftButton)
    form = window.household_form
    assert form is not None and form.isVisible()
    assert districts.second_key in form.windowTitle()
    form.reject()

    panel.select_row(0)
    panel.note_edit.setFocus()
    type_text(panel.note_edit, "อำเภอชนแดนยืนยันแล้ว")
    prompter.confirm_answers.append(False)  # the clerk thinks again: nothing changes
    qtbot.mouseClick(panel.second_button, Qt.MouseButton.LeftButton)
    assert _holders(window, districts.national_id) == [districts.first_key]

    prompter.confirm_answers.append(True)
    qtbot.mouseClick(panel.second_button, Qt.MouseButton.LeftButton)
    assert _holders(window, districts.national_id) == [districts.second_key]
    assert panel.table.rowCount() == 0 and "No open" not in panel.count_label.text()
    panel.resolved_check.click()
    assert panel.table.rowCount() == 1
    assert window.services.id_conflicts.conflicts(include_resolved=True)[0].note == (
        "อำเภอชนแดนยืนยันแล้ว"
    )


def test_the_projects_list_shows_one_districts_projects(
    app_ready, qtbot, tmp_path: Path, prompter, districts: Districts
) -> None:
    from desktop.services.exchange.import_ import apply_plan, plan_import

    database = create_office(tmp_path / "province.sqlite3", "", CLERK, province_code="67")
    for book in (districts.first, districts.second):
        with plan_import(database.session_factory, book) as plan:
            apply_plan(database.session_factory, plan, user_name=CLERK)
    services = build_services(database)
    own = services.projects.new_draft()
    own.name = "โครงการของจังหวัดเอง"
    own.agency_id = services.agencies.list_agencies()[0].id
    own.umbrella_code = "food"
    services.projects.save(own, CLERK)
    with database.session_factory() as session:
        counted = dict(
            session.execute(
                text("SELECT coalesce(substr(origin, 1, 4), ''), count(*) FROM projects GROUP BY 1")
            ).all()
        )
    assert counted[""] == 1 and counted["6701"] > 0 and counted["6702"] > 0
    widget = MainWindow(services, THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    widget.rail.setCurrentRow(2)  # Projects
    page = widget.projects_page
    box = page.district_box
    assert box.isVisible()
    assert [box.itemData(index) for index in range(box.count())] == [None, "6701", "6702", ""]
    assert box.itemText(2) == "อ.ชนแดน"
    assert page.model.rowCount() == sum(counted.values())

    box.setFocus()
    for district in ("6701", "6702", ""):  # the clerk steps down the list with the arrow key
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentData() == district
        assert page.model.rowCount() == counted[district], district
    database.close()


def test_a_district_office_has_no_district_filter(app_ready, qtbot, demo_db, prompter) -> None:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    widget.rail.setCurrentRow(2)
    assert widget.projects_page.model.rowCount() > 0
    assert not widget.projects_page.district_box.isVisible()


def test_the_provincial_dry_run_counts_the_plans_and_visits_it_imports(
    qtbot, window: MainWindow, prompter, tmp_path: Path
) -> None:
    book, _case_rows = district_with_cases(tmp_path / "district")
    with sqlite3.connect(tmp_path / "district" / "small.sqlite3") as con:
        plans = con.execute("SELECT count(*) FROM development_plans").fetchone()[0]
        visits = con.execute("SELECT count(*) FROM follow_up_visits").fetchone()[0]
    dialog = _import(qtbot, window, prompter, book)
    assert f"แผน: จะเพิ่ม {plans:,}" in dialog.cases_notice
    assert f"การเยี่ยมติดตาม: จะเพิ่ม {visits:,}" in dialog.cases_notice
    assert dialog.cases_notice in dialog.summary_label.text()
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert not any(tab.startswith("ไม่นำเข้า") for tab in tabs), tabs
    _apply(qtbot, window, prompter, dialog)
    with window.services.database.session_factory() as session:
        got = (
            session.scalar(text("SELECT count(*) FROM development_plans")),
            session.scalar(text("SELECT count(*) FROM follow_up_visits")),
            session.scalar(text("SELECT count(*) FROM households")),
        )
    assert got == (plans, visits, 60)

    again = _import(qtbot, window, prompter, book)  # the same workbook: nothing to change
    assert f"แผน: จะเพิ่ม 0 รายการ, จะเปลี่ยน 0 รายการ, จะลบ 0 รายการ, ไม่เปลี่ยน {plans:,}" in (
        again.cases_notice
    )
    assert not again.apply_button.isEnabled()
