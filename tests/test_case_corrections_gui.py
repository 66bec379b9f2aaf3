"""A visit and a plan corrected or deleted through the household form's plan tab: Enter on
the timeline's row opens it, the clerk types the correction or deletes after a Thai
question, and the database, the change log and the timeline follow."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.models.office import PeriodLock
from desktop.services.cases import CaseService, CheckedAnswer, TimelineKind, VisitDraft
from desktop.ui.main_window import MainWindow
from tests.form_keys import focused, press, tab, write
from tests.mnemonics import repeated_mnemonics
from tests.test_cases_gui import (
    TODAY,
    choose,
    click,
    failing_household,
    open_plan_tab,
    rows,
)
from tests.test_cases_gui import _indicator_set as _indicator_set
from tests.test_cases_gui import window as window
from tests.thai_keys import type_text

VISITED = TODAY - dt.timedelta(days=3)


def answers(database, household_id: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    return rows(
        database,
        "SELECT indicator_id, survey_year, status, verified_by, verified_on"
        " FROM indicator_results WHERE household_id = :h ORDER BY indicator_id, survey_year",
        h=household_id,
    )


def recorded_visit(database, household_id: int, failed: int) -> tuple[int, list[tuple]]:  # type: ignore[no-untyped-def]
    """A visit that found indicator ``failed`` passed and reassessed the stage; its id and
    the household's answers before it."""
    before = answers(database, household_id)
    cases = CaseService(database.session_factory)
    indicator_id = next(
        c.indicator_id for c in cases.indicator_choices(household_id, 2567) if c.number == failed
    )
    saved = cases.save_visit(
        VisitDraft(
            household_id,
            visited_on=VISITED,
            visited_by="นางวันดี ศรีสุข",
            findings="ปลูกผักขายได้",
            answers=[CheckedAnswer(indicator_id, "passed")],
            new_stage="sustainable",
            stage_reason="รายได้มั่นคง",
            next_visit_due=VISITED + dt.timedelta(days=90),
        ),
        user_name="สมศรี",
        today=TODAY,
    )
    return saved.visit_id, before


def open_row(section, qtbot, kind: TimelineKind):  # type: ignore[no-untyped-def]
    row = next(i for i, e in enumerate(section.entries) if e.kind is kind)
    section.timeline_table.setFocus()
    section.timeline_table.setCurrentCell(row, 0)
    press(Qt.Key.Key_Return)  # Enter on the row opens it
    dialog = section.visit_dialog if kind is TimelineKind.VISIT else section.plan_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_visit_opened_from_the_timeline_is_corrected_as_typed_and_logged(
    window: MainWindow,
    demo_db,
    qtbot,
) -> None:
    household_id, failed = failing_household(demo_db)
    visit_id, _ = recorded_visit(demo_db, household_id, failed[0])
    _, section = open_plan_tab(window, household_id, qtbot)
    dialog = open_row(section, qtbot, TimelineKind.VISIT)
    assert repeated_mnemonics(dialog) == {}
    assert dialog.windowTitle().startswith("แก้ไขการเยี่ยม")
    assert dialog.delete_button.isVisible()
    assert dialog.findings_edit.toPlainText() == "ปลูกผักขายได้"
    assert dialog.answer_box(failed[0]).currentData() == "passed"
    assert dialog.stage_box.currentData() == "sustainable"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date_edit)
    dialog.date_edit.selectAll()
    earlier = VISITED - dt.timedelta(days=1)
    qtbot.keyClicks(dialog.date_edit, f"{earlier.day}/{earlier.month}/{earlier.year + 543}")
    dialog.visitor_edit.setFocus()
    dialog.visitor_edit.selectAll()
    type_text(dialog.visitor_edit, "นายสมชาย ใจงาม")
    dialog.findings_edit.setFocus()
    dialog.findings_edit.selectAll()
    type_text(dialog.findings_edit, "ยังขายไม่ได้")
    choose(dialog.answer_box(failed[0]), "failed")
    choose(dialog.stage_box, "survival")
    dialog.reason_edit.setFocus()
    dialog.reason_edit.selectAll()
    type_text(dialog.reason_edit, "รายได้ยังไม่พอ")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    visit = rows(
        demo_db,
        "SELECT v.id, v.visited_on, v.visited_by, v.findings, s.stage, s.reason"
        " FROM follow_up_visits v JOIN stage_assessments s ON s.id = v.stage_assessment_id"
        " WHERE v.household_id = :h",
        h=household_id,
    )
    assert visit == [
        (visit_id, earlier.isoformat(), "นายสมชาย ใจงาม", "ยังขายไม่ได้", "survival", "รายได้ยังไม่พอ")
    ]
    logged = rows(
        demo_db,
        "SELECT field, old_value, new_value FROM change_log WHERE table_name = 'follow_up_visits'"
        " AND record_id = :v AND action = 'update'",
        v=visit_id,
    )
    assert ("findings", "ปลูกผักขายได้", "ยังขายไม่ได้") in logged
    assert ("visited_on", VISITED.isoformat(), earlier.isoformat()) in logged
    answer = rows(
        demo_db,
        "SELECT r.status, r.verified_by, r.verified_on FROM indicator_results r"
        " JOIN indicators i ON i.id = r.indicator_id WHERE r.household_id = :h AND i.number = :n"
        " ORDER BY r.survey_year DESC LIMIT 1",
        h=household_id,
        n=failed[0],
    )
    assert answer == [("failed", "นายสมชาย ใจงาม", earlier.isoformat())]
    visits = [e for e in section.entries if e.kind is TimelineKind.VISIT]
    assert [(e.on, e.text) for e in visits] == [(earlier, "ยังขายไม่ได้")]


def test_a_visit_deleted_after_a_thai_question_puts_back_its_answers_and_stage(
    window: MainWindow,
    demo_db,
    qtbot,
    prompter,
) -> None:
    household_id, failed = failing_household(demo_db)
    stage_before = rows(
        demo_db, "SELECT current_stage FROM households WHERE id = :h", h=household_id
    )
    visit_id, before = recorded_visit(demo_db, household_id, failed[0])
    assert answers(demo_db, household_id) != before
    form, section = open_plan_tab(window, household_id, qtbot)
    dialog = open_row(section, qtbot, TimelineKind.VISIT)
    prompter.confirm_answers = [False]  # No: nothing happens
    click(qtbot, dialog.delete_button)
    assert dialog.isVisible()
    assert rows(demo_db, "SELECT id FROM follow_up_visits WHERE id = :v", v=visit_id)
    prompter.confirm_answers = [True]
    click(qtbot, dialog.delete_button)
    title, question = prompter.questions[-1]
    assert title == "ลบการเยี่ยม" and "ก่อนการเยี่ยม" in question
    assert prompter.confirm_defaults_no[-1] is True  # Enter answers No
    assert not dialog.isVisible()
    assert rows(demo_db, "SELECT id FROM follow_up_visits WHERE id = :v", v=visit_id) == []
    assert answers(demo_db, household_id) == before
    assert (
        rows(demo_db, "SELECT current_stage FROM households WHERE id = :h", h=household_id)
        == stage_before
    )
    assert [e for e in section.entries if e.kind is TimelineKind.VISIT] == []
    assert rows(
        demo_db,
        "SELECT action FROM change_log WHERE table_name = 'follow_up_visits' AND record_id = :v"
        " AND action = 'delete'",
        v=visit_id,
    ) == [("delete",)]
    assert not form.has_unsaved_changes()


def test_a_period_lock_refuses_deleting_a_visit_with_a_thai_message(
    window: MainWindow,
    demo_db,
    qtbot,
    prompter,
) -> None:
    household_id, failed = failing_household(demo_db)
    visit_id, _ = recorded_visit(demo_db, household_id, failed[0])
    _, section = open_plan_tab(window, household_id, qtbot)
    dialog = open_row(section, qtbot, TimelineKind.VISIT)
    with demo_db.session_factory.begin() as session:
        session.add(
            PeriodLock(
                fiscal_year=2569, subdistrict_code=None, locked_at=dt.datetime(2026, 11, 1),
                locked_by="หัวหน้า", reason="ส่งจังหวัดแล้ว", unlock_reason="", export_file="",
            )
        )  # fmt: skip
    prompter.confirm_answers = [True]
    click(qtbot, dialog.delete_button)
    assert prompter.errors and prompter.errors[-1][0] == "ลบการเยี่ยม"
    assert "ส่งจังหวัดแล้ว" in prompter.errors[-1][1]
    assert rows(demo_db, "SELECT id FROM follow_up_visits WHERE id = :v", v=visit_id)


def test_a_current_plan_deleted_says_no_plan_becomes_current_and_none_does(
    window: MainWindow,
    demo_db,
    qtbot,
    prompter,
) -> None:
    household_id, _ = failing_household(demo_db)
    _, section = open_plan_tab(window, household_id, qtbot)
    for title in ("แผนแรก", "แผนผิด"):
        click(qtbot, section.new_plan_button)
        dialog = section.plan_dialog
        assert dialog is not None and not dialog.delete_button.isVisible()  # not saved yet
        dialog.title_edit.clear()
        type_text(dialog.title_edit, title)
        for row in range(dialog.problem_table.rowCount()):
            type_text(dialog.problem_table.cellWidget(row, 1), "มีรายได้")
        click(qtbot, dialog.save_button)
    current = "SELECT title FROM development_plans WHERE household_id = :h AND is_current"
    assert rows(demo_db, current, h=household_id) == [("แผนผิด",)]
    click(qtbot, section.edit_plan_button)
    dialog = section.plan_dialog
    assert dialog is not None and dialog.delete_button.isVisible()
    assert repeated_mnemonics(dialog) == {}
    prompter.confirm_answers = [True]
    click(qtbot, dialog.delete_button)
    title, question = prompter.questions[-1]
    assert title == "ลบแผน" and "แผนผิด" in question
    assert "ไม่มีแผนปัจจุบัน" in question  # says what happens to the current plan
    assert not dialog.isVisible()
    assert rows(demo_db, current, h=household_id) == []
    titles = "SELECT title FROM development_plans WHERE household_id = :h"
    assert rows(demo_db, titles, h=household_id) == [("แผนแรก",)]
    assert not section.edit_plan_button.isEnabled()
    assert section.summary_label.text().startswith("ยังไม่มีแผนปัจจุบัน")
    assert [e.text for e in section.entries if e.kind is TimelineKind.PLAN] == ["แผนแรก"]


def test_a_plan_is_made_by_keyboard_alone_from_the_plan_tab(
    window: MainWindow,
    demo_db,
    qtbot,
) -> None:
    """The keys of the real-window day: Alt+P, Alt+G to the first goal, Tab Tab to the
    second, Alt+A an activity, Tab to its agency picked by typing, Tab Tab to its due date,
    Ctrl+S."""
    household_id, failed = failing_household(demo_db)
    _, section = open_plan_tab(window, household_id, qtbot)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the button clicks a moment later
    qtbot.waitUntil(lambda: section.plan_dialog is not None and section.plan_dialog.isVisible())
    dialog = section.plan_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit)
    press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    goals = [dialog.problem_table.cellWidget(row, 1) for row in range(len(failed))]
    assert focused() is goals[0]
    write("ซ่อมบ้าน")
    tab(2)  # past the second problem's indicator to its goal
    assert focused() is goals[1]
    write("มีรายได้")
    for _row in range(2, len(failed)):  # any further problem proposed
        tab(2)
        write("ผ่านเกณฑ์")
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    activities = dialog.activity_table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is activities.cellWidget(0, 1))
    write("ฝึกอาชีพ")
    tab()
    assert focused() is activities.cellWidget(0, 2)
    agency_id, agency_name = rows(demo_db, "SELECT id, name FROM agencies ORDER BY name")[0]
    write(agency_name[:3])
    tab(2)  # past the project to the due date
    assert focused() is activities.cellWidget(0, 4)
    qtbot.keyClicks(focused(), "31/03/2570")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = rows(
        demo_db,
        "SELECT a.text, a.agency_id, a.due_on, p.seq FROM plan_activities a"
        " JOIN plan_problems p ON p.id = a.problem_id JOIN development_plans d"
        " ON d.id = p.plan_id WHERE d.household_id = :h AND d.is_current",
        h=household_id,
    )
    assert saved == [("ฝึกอาชีพ", agency_id, "2027-03-31", len(failed))]
    goals_saved = rows(
        demo_db,
        "SELECT p.goal FROM plan_problems p JOIN development_plans d ON d.id = p.plan_id"
        " WHERE d.household_id = :h ORDER BY p.seq LIMIT 2",
        h=household_id,
    )
    assert goals_saved == [("ซ่อมบ้าน",), ("มีรายได้",)]
