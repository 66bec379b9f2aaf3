"""Plans and visits through the household form: the plan tab's timeline, the plan and visit
dialogs typed into and saved with their buttons, problems shown with nothing written, and
assistance recorded against an activity of the household's current plan."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import text

from desktop.services.cases import TimelineKind
from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.form_keys import focused, press
from tests.indicator_set_books import shipped_set_covers_this_year
from tests.mnemonics import repeated_mnemonics
from tests.thai_keys import type_text


@pytest.fixture(autouse=True)
def _indicator_set(demo_db) -> None:  # type: ignore[no-untyped-def]
    """The demo's set covers this survey year: visits answer in the set of its answers."""
    shipped_set_covers_this_year(demo_db)


TODAY = dt.date.today()


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def rows(database, sql: str, **params) -> list[tuple]:  # type: ignore[no-untyped-def]
    with database.session_factory() as session:
        return [tuple(row) for row in session.execute(text(sql), params)]


def failing_household(database) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    """A household failing two or more indicators (and their numbers), with no plan or
    visit of the demo's."""
    household_id, failed = rows(
        database,
        "SELECT id, failed_indicators FROM households WHERE length(failed_indicators) > 4"
        " AND id NOT IN (SELECT household_id FROM development_plans)"
        " AND id NOT IN (SELECT household_id FROM follow_up_visits) ORDER BY id LIMIT 1",
    )[0]
    return household_id, [int(n) for n in failed.strip(",").split(",")]


def choose(box, value) -> None:  # type: ignore[no-untyped-def]
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def open_plan_tab(window: MainWindow, household_id: int, qtbot):  # type: ignore[no-untyped-def]
    form = window.open_household(household_id)
    qtbot.waitUntil(form.isVisible)
    section = window.household_cases
    assert section is not None
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Alt+L: the tab
    assert form.tabs.currentWidget() is section
    assert section.isAncestorOf(focused())  # the keys go on into the tab
    return form, section


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_plan_proposes_the_failing_indicators_and_is_saved_as_typed(
    window: MainWindow, demo_db, qtbot
) -> None:
    household_id, failed = failing_household(demo_db)
    form, section = open_plan_tab(window, household_id, qtbot)
    assert repeated_mnemonics(form) == {}
    assert section.timeline_table.rowCount() == len(section.entries)
    click(qtbot, section.new_plan_button)
    dialog = section.plan_dialog
    assert dialog is not None and dialog.isVisible()
    assert repeated_mnemonics(dialog) == {}
    table = dialog.problem_table
    assert table.rowCount() == len(failed)
    shown = [table.cellWidget(row, 0).currentText().split(" · ")[0] for row in range(len(failed))]
    assert shown == [str(number) for number in failed]
    for row in range(table.rowCount()):
        goal = table.cellWidget(row, 1)
        goal.setFocus()
        type_text(goal, f"ผ่านเกณฑ์ข้อ {failed[row]}")
    agency_id, project_id = rows(demo_db, "SELECT agency_id, id FROM projects ORDER BY id")[0]
    click(qtbot, dialog.add_activity_button)
    activities = dialog.activity_table
    assert activities.rowCount() == 1
    # the activity's text, ready to type
    qtbot.waitUntil(lambda: QApplication.focusWidget() is activities.cellWidget(0, 1))
    write_here = activities.cellWidget(0, 1)
    type_text(write_here, "ฝึกอาชีพเพาะเห็ด")
    choose(activities.cellWidget(0, 2), agency_id)
    choose(activities.cellWidget(0, 3), project_id)
    due = activities.cellWidget(0, 4)
    due.setFocus()
    qtbot.keyClicks(due, "31/03/2570")
    choose(activities.cellWidget(0, 5), "doing")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    plan = rows(
        demo_db,
        "SELECT id, title, made_on, is_current, created_by FROM development_plans"
        " WHERE household_id = :h",
        h=household_id,
    )
    assert len(plan) == 1 and plan[0][3] == 1 and plan[0][2] == TODAY.isoformat()
    goals = rows(
        demo_db, "SELECT goal FROM plan_problems WHERE plan_id = :p ORDER BY seq", p=plan[0][0]
    )
    assert goals == [(f"ผ่านเกณฑ์ข้อ {number}",) for number in failed]
    activity = rows(
        demo_db,
        "SELECT a.text, a.agency_id, a.project_id, a.due_on, a.status FROM plan_activities a"
        " JOIN plan_problems p ON p.id = a.problem_id WHERE p.plan_id = :p",
        p=plan[0][0],
    )
    assert activity == [("ฝึกอาชีพเพาะเห็ด", agency_id, project_id, "2027-03-31", "doing")]
    assert [e.kind for e in section.entries].count(TimelineKind.PLAN) == 1
    assert section.timeline_table.item(0, 3).text().startswith(plan[0][1])
    assert section.edit_plan_button.isEnabled()


def test_a_plan_with_problems_says_where_and_writes_nothing(
    window: MainWindow, demo_db, qtbot
) -> None:
    household_id, failed = failing_household(demo_db)
    last = len(failed)  # a new activity goes under the last problem unless one is chosen
    _, section = open_plan_tab(window, household_id, qtbot)
    click(qtbot, section.new_plan_button)
    dialog = section.plan_dialog
    assert dialog is not None
    click(qtbot, dialog.add_activity_button)
    due = dialog.activity_table.cellWidget(0, 4)
    due.setFocus()
    qtbot.keyClicks(due, "31/02/2570")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.problems_list.isVisible()
    lines = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert lines == [f"ปัญหาข้อ {last}, กิจกรรมที่ 1 · กำหนดเสร็จ: ไม่มีวันที่นี้ในปฏิทิน"]
    qtbot.keyClicks(due, "\b" * 10 + "31/03/2570")
    click(qtbot, dialog.save_button)
    lines = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert "ปัญหาข้อ 1 · เป้าหมาย: ต้องกรอก" in lines, lines  # goals left blank
    assert f"ปัญหาข้อ {last}, กิจกรรมที่ 1 · กิจกรรม: ต้องกรอก" in lines, lines
    assert rows(
        demo_db, "SELECT count(*) FROM development_plans WHERE household_id = :h", h=household_id
    ) == [(0,)]
    dialog.reject()


def test_a_visit_writes_answers_and_a_stage_that_the_form_then_shows(
    window: MainWindow, demo_db, qtbot
) -> None:
    household_id, failed = failing_household(demo_db)
    form, section = open_plan_tab(window, household_id, qtbot)
    stages_before = form.stages.table.rowCount()
    click(qtbot, section.visit_button)
    dialog = section.visit_dialog
    assert dialog is not None and dialog.isVisible()
    assert repeated_mnemonics(dialog) == {}
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date_edit)
    press(Qt.Key.Key_Return)  # Enter moves on, as in the household form
    assert focused() is dialog.visitor_edit
    dialog.visitor_edit.clear()
    type_text(dialog.visitor_edit, "นางวันดี ศรีสุข")
    dialog.findings_edit.setFocus()
    type_text(dialog.findings_edit, "ปลูกผักขายได้")
    choose(dialog.answer_box(failed[0]), "passed")
    choose(dialog.stage_box, "sufficiency")
    dialog.reason_edit.setFocus()
    type_text(dialog.reason_edit, "มีรายได้พอใช้")
    due = (TODAY + dt.timedelta(days=60)).replace(day=1)
    dialog.next_due_edit.clear()
    qtbot.keyClicks(dialog.next_due_edit, f"1/{due.month}/{due.year + 543}")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    visit = rows(
        demo_db,
        "SELECT visited_on, visited_by, findings, next_visit_due, stage_assessment_id"
        " FROM follow_up_visits WHERE household_id = :h",
        h=household_id,
    )
    assert visit[0][:4] == (TODAY.isoformat(), "นางวันดี ศรีสุข", "ปลูกผักขายได้", due.isoformat())
    answer = rows(
        demo_db,
        "SELECT r.status, r.verified_by, r.verified_on FROM indicator_results r"
        " JOIN indicators i ON i.id = r.indicator_id WHERE r.household_id = :h AND i.number = :n"
        " ORDER BY r.survey_year DESC LIMIT 1",
        h=household_id,
        n=failed[0],
    )
    assert answer == [("passed", "นางวันดี ศรีสุข", TODAY.isoformat())]
    assert form.stages.table.rowCount() == stages_before + 1  # the form shows it at once
    assert form.tabs.currentWidget() is section
    assert not form.has_unsaved_changes()
    kinds = [e.kind for e in section.entries if e.on == TODAY]
    assert kinds[:2] == [TimelineKind.VISIT, TimelineKind.STAGE]


def test_a_visit_without_a_reason_for_its_stage_writes_nothing(
    window: MainWindow, demo_db, qtbot
) -> None:
    household_id, _ = failing_household(demo_db)
    _, section = open_plan_tab(window, household_id, qtbot)
    click(qtbot, section.visit_button)
    dialog = section.visit_dialog
    assert dialog is not None
    choose(dialog.stage_box, "sustainable")
    click(qtbot, dialog.save_button)
    lines = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert lines == ["เหตุผลของระดับการพัฒนา: ต้องกรอก"]
    assert rows(
        demo_db, "SELECT count(*) FROM follow_up_visits WHERE household_id = :h", h=household_id
    ) == [(0,)]
    dialog.reject()


def test_an_unsaved_household_form_asks_to_save_before_a_plan(
    window: MainWindow, demo_db, prompter, qtbot
) -> None:
    household_id, _ = failing_household(demo_db)
    form, section = open_plan_tab(window, household_id, qtbot)
    form.notes_edit.setPlainText("แก้แล้วยังไม่บันทึก")
    assert form.has_unsaved_changes()
    click(qtbot, section.new_plan_button)
    assert section.plan_dialog is None or not section.plan_dialog.isVisible()
    assert prompter.infos  # told to save the household first


def test_assistance_for_one_household_serves_an_activity_of_its_plan(
    window: MainWindow, demo_db, qtbot
) -> None:
    household_id, _ = failing_household(demo_db)
    form, section = open_plan_tab(window, household_id, qtbot)
    click(qtbot, section.new_plan_button)
    dialog = section.plan_dialog
    assert dialog is not None
    for row in range(dialog.problem_table.rowCount()):
        goal = dialog.problem_table.cellWidget(row, 1)
        assert isinstance(goal, QLineEdit)
        type_text(goal, "มีรายได้")
    click(qtbot, dialog.add_activity_button)
    type_text(dialog.activity_table.cellWidget(0, 1), "อบรมอาชีพ")
    click(qtbot, dialog.save_button)
    activity_id = rows(demo_db, "SELECT max(id) FROM plan_activities")[0][0]
    project_id = rows(demo_db, "SELECT id FROM projects ORDER BY id")[0][0]

    many = window.desk.record_for_project(project_id)
    assert not many.fields.activity_box.isVisibleTo(many)  # many households: no plan link
    many.reject()
    help_dialog = window.desk.record_for_household(household_id, form.windowTitle())
    activity_box = help_dialog.fields.activity_box
    assert activity_box.isVisibleTo(help_dialog) and activity_box.count() == 2
    assert "อบรมอาชีพ" in activity_box.itemText(1)
    choose(help_dialog.fields.project_box, project_id)
    choose(help_dialog.fields.kind_box, "training")
    choose(activity_box, activity_id)
    click(qtbot, help_dialog.record_button)
    assert not help_dialog.isVisible()
    assert rows(
        demo_db, "SELECT household_id, project_id FROM assistance WHERE plan_activity_id = :a",
        a=activity_id,
    ) == [(household_id, project_id)]  # fmt: skip


def test_an_earlier_plan_opened_from_the_timeline_becomes_current_again(
    window: MainWindow, demo_db, qtbot
) -> None:
    household_id, _ = failing_household(demo_db)
    _, section = open_plan_tab(window, household_id, qtbot)
    titles = []
    for title in ("แผนแรก", "แผนที่สอง"):
        click(qtbot, section.new_plan_button)
        dialog = section.plan_dialog
        assert dialog is not None
        dialog.title_edit.clear()
        type_text(dialog.title_edit, title)
        for row in range(dialog.problem_table.rowCount()):
            type_text(dialog.problem_table.cellWidget(row, 1), "มีรายได้")
        click(qtbot, dialog.save_button)
        titles.append(title)
    current = "SELECT title FROM development_plans WHERE household_id = :h AND is_current"
    assert rows(demo_db, current, h=household_id) == [("แผนที่สอง",)]
    row = next(
        i for i, e in enumerate(section.entries) if e.kind is TimelineKind.PLAN and not e.is_current
    )
    section.timeline_table.setFocus()
    section.timeline_table.setCurrentCell(row, 0)
    press(Qt.Key.Key_Return)  # Enter on the earlier plan opens it
    dialog = section.plan_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_edit.text() == "แผนแรก" and not dialog.current_box.isChecked()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.current_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.current_box)
    press(Qt.Key.Key_Space)
    assert dialog.current_box.isChecked()
    click(qtbot, dialog.save_button)
    assert rows(demo_db, current, h=household_id) == [("แผนแรก",)]


def test_a_demo_household_shows_its_plan_and_visits_newest_first(
    window: MainWindow, demo_db, qtbot
) -> None:
    household_id, title, visits = rows(
        demo_db,
        "SELECT p.household_id, p.title, (SELECT count(*) FROM follow_up_visits v"
        " WHERE v.household_id = p.household_id) FROM development_plans p ORDER BY p.id LIMIT 1",
    )[0]
    _, section = open_plan_tab(window, household_id, qtbot)
    table = section.timeline_table
    shown = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert shown.count("การเยี่ยมติดตาม") == visits and shown.count("แผน (ปัจจุบัน)") == 1
    assert section.summary_label.text().startswith(f"แผนปัจจุบัน: {title}")
    dates = [e.on for e in section.entries]
    assert dates == sorted(dates, reverse=True)
    assert table.item(0, 0).text().endswith(str(dates[0].year + 543))  # BE dates
