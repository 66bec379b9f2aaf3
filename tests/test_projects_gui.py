"""Projects through the GUI: agencies, the project form with key results and quarterly
reports, the projects list and its filters."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select, text

from db.database import OfficeDatabase
from db.models import Agency, ChangeLog, ProgressReport, Project, ProjectIndicator
from desktop.services.office import build_services
from desktop.services.thai import fiscal_year_of
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from desktop.ui.projects.agencies_dialog import AgenciesDialog
from tests.fake_prompter import FakePrompter
from tests.pdf_reading import compact, embedded_fonts, page_count, pdf_text
from tests.table_keys import edit_cell
from tests.thai_keys import type_text


def make_window(qtbot, database: OfficeDatabase, prompter: FakePrompter) -> MainWindow:
    window = MainWindow(build_services(database), THAI, prompter)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def office_window(app_ready, qtbot, office_db, prompter) -> MainWindow:
    return make_window(qtbot, office_db, prompter)


@pytest.fixture
def demo_window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    return make_window(qtbot, demo_db, prompter)


def add_agency_through_dialog(qtbot, window: MainWindow, name: str) -> None:
    window.rail.setCurrentRow(2)
    qtbot.mouseClick(window.projects_page.agencies_button, Qt.MouseButton.LeftButton)
    agencies = window.findChildren(AgenciesDialog)[-1]
    assert agencies.isVisible()
    assert agencies.code_edit.text()  # a code is suggested
    type_text(agencies.name_edit, name)
    agencies.kind_box.setCurrentIndex(1)
    qtbot.mouseClick(agencies.save_button, Qt.MouseButton.LeftButton)
    assert agencies.problem_label.text() == ""
    names = [agencies.table.item(row, 1).text() for row in range(agencies.table.rowCount())]
    assert name in names
    agencies.accept()


def test_new_project_with_key_result_and_quarterly_report(
    office_window: MainWindow, office_db, qtbot
) -> None:
    add_agency_through_dialog(qtbot, office_window, "สำนักงานเกษตรอำเภอเมือง")
    page = office_window.projects_page
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = office_window.desk.project_form
    assert form is not None and form.isVisible()
    details = form.details
    type_text(details.name_edit, "โครงการส่งเสริมการปลูกผักสวนครัว")
    details.agency_box.setCurrentIndex(details.agency_box.findText("สำนักงานเกษตรอำเภอเมือง"))
    details.umbrella_box.setCurrentIndex(1)
    details.target_count_spin.setValue(40)
    details.budget_edit.clear()
    type_text(details.budget_edit, "120,000")
    form.tabs.setCurrentIndex(1)
    first_subdistrict = form.area_picker.tree.topLevelItem(0)
    first_subdistrict.setCheckState(0, Qt.CheckState.Checked)

    form.tabs.setCurrentIndex(3)
    section = form.key_results
    qtbot.mouseClick(section.add_result_button, Qt.MouseButton.LeftButton)
    edit_cell(section.results_table, 0, 0, "ครัวเรือนมีผักกินเอง")
    edit_cell(section.results_table, 0, 1, "ครัวเรือน")
    edit_cell(section.results_table, 0, 3, "40")
    qtbot.mouseClick(section.add_report_button, Qt.MouseButton.LeftButton)
    edit_cell(section.reports_table, 0, 2, "30")
    edit_cell(section.reports_table, 0, 4, "15,000")
    assert section.reports_table.item(0, 3).text() == "75.0"  # 30 of 40
    assert section.results_table.cellWidget(0, 4).value() == 75

    form.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.problems_list.isVisible(), [
        form.problems_list.item(i).text() for i in range(form.problems_list.count())
    ]
    with office_db.session_factory() as session:
        project = session.scalars(select(Project)).one()
        assert project.name == "โครงการส่งเสริมการปลูกผักสวนครัว"
        assert project.budget_satang == 12_000_000
        assert project.target_count == 40
        assert project.fiscal_year == fiscal_year_of(dt.date.today())
        assert [area.village_code for area in project.areas] == [None]
        key_result = session.scalars(select(ProjectIndicator)).one()
        assert (key_result.text, key_result.unit, key_result.target) == (
            "ครัวเรือนมีผักกินเอง",
            "ครัวเรือน",
            40,
        )
        report = session.scalars(select(ProgressReport)).one()
        assert (report.fiscal_year, report.quarter, report.value) == (project.fiscal_year, 1, 30)
        assert report.money_spent_satang == 1_500_000
        logged = session.scalar(
            select(func.count()).select_from(ChangeLog).where(ChangeLog.table_name == "projects")
        )
        assert logged >= 1
    assert page.model.rowCount() == 1
    assert page.model.rows[0].name == "โครงการส่งเสริมการปลูกผักสวนครัว"


def test_missing_name_and_bad_date_are_shown_and_nothing_is_written(
    office_window: MainWindow, office_db, qtbot
) -> None:
    add_agency_through_dialog(qtbot, office_window, "อำเภอ")
    qtbot.mouseClick(office_window.projects_page.new_button, Qt.MouseButton.LeftButton)
    form = office_window.desk.project_form
    form.details.end_edit.clear()
    type_text(form.details.end_edit, "31/02/2568")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    lines = [form.problems_list.item(i).text() for i in range(form.problems_list.count())]
    assert any("ไม่มีวันที่นี้" in line for line in lines), lines
    form.details.end_edit.clear()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    lines = [form.problems_list.item(i).text() for i in range(form.problems_list.count())]
    assert any(line.startswith("ชื่อโครงการ") for line in lines), lines
    form.problems_list.itemClicked.emit(form.problems_list.item(0))
    assert form.tabs.currentIndex() == 0
    with office_db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Project)) == 0


def test_projects_list_filters_match_the_database(demo_window: MainWindow, demo_db) -> None:
    page = demo_window.projects_page
    demo_window.rail.setCurrentRow(2)
    with demo_db.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(Project))
        by_year = dict(
            session.execute(text("SELECT fiscal_year, COUNT(*) FROM projects GROUP BY 1")).all()
        )
        umbrella = session.scalar(text("SELECT umbrella_code FROM projects LIMIT 1"))
        in_umbrella = session.scalar(
            text("SELECT COUNT(*) FROM projects WHERE umbrella_code = :u"), {"u": umbrella}
        )
    assert page.model.rowCount() == total
    for year, count in by_year.items():
        page.year_box.setCurrentIndex(page.year_box.findData(year))
        assert page.model.rowCount() == count
        assert {row.fiscal_year for row in page.model.rows} == {year}
    page.year_box.setCurrentIndex(0)
    page.umbrella_box.setCurrentIndex(page.umbrella_box.findData(umbrella))
    assert page.model.rowCount() == in_umbrella
    assert page.count_label.text().startswith(f"{in_umbrella} ")


def test_open_edit_and_delete_refused_while_assistance_uses_it(
    demo_window: MainWindow, demo_db, prompter, qtbot
) -> None:
    with demo_db.session_factory() as session:
        project_id = session.scalar(
            text("SELECT project_id FROM assistance WHERE project_id IS NOT NULL LIMIT 1")
        )
    page = demo_window.projects_page
    demo_window.rail.setCurrentRow(2)
    ids = [row.id for row in page.model.rows]
    page.table.selectRow(ids.index(project_id))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    form = demo_window.desk.project_form
    assert form.project_id == project_id
    assert form.reach.table.rowCount() > 0  # the households it reached
    form.details.person_edit.clear()
    type_text(form.details.person_edit, "นางสาวใจดี มีสุข")
    assert form.is_dirty()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with demo_db.session_factory() as session:
        assert session.get(Project, project_id).responsible_person == "นางสาวใจดี มีสุข"
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert prompter.errors and "ไม่ได้" in prompter.errors[-1][1]
    with demo_db.session_factory() as session:
        assert session.get(Project, project_id) is not None


def test_agency_in_use_cannot_be_deleted(demo_window: MainWindow, demo_db, prompter, qtbot):
    demo_window.rail.setCurrentRow(2)
    dialog = demo_window.desk.open_agencies()
    table = dialog.table
    used = [row for row in range(table.rowCount()) if table.item(row, 3).text() != "0"]
    dialog.table.selectRow(used[0])
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.problem_label.text()
    with demo_db.session_factory() as session:
        agencies = session.scalar(select(func.count()).select_from(Agency))
    assert dialog.table.rowCount() == agencies


def test_project_sheet_saved_as_pdf_from_the_form(
    demo_window: MainWindow, demo_db, prompter, qtbot, tmp_path
) -> None:
    with demo_db.session_factory() as session:
        project_id, name = session.execute(
            text("SELECT id, name FROM projects ORDER BY id LIMIT 1")
        ).one()
    form = demo_window.desk.open_project(project_id)
    out = tmp_path / "project.pdf"
    prompter.files_to_save.append(out)
    qtbot.mouseClick(form.print_button, Qt.MouseButton.LeftButton)
    assert page_count(out) >= 1
    assert any("Sarabun" in font and embedded for font, embedded in embedded_fonts(out))
    assert compact(name)[:20] in compact(pdf_text(out))
