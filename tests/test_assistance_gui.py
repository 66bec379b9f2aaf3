"""Assistance through the GUI: many households from a project in one step, one household
from its form, the assistance list, corrections and deletion."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import text

from desktop.services.households.listing import HouseholdFilter
from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.thai_keys import type_text

# Households of one village failing indicator 22 (income) in their latest survey, from the
# base tables rather than the list's derived columns.
VILLAGE_FAILING_22 = """
SELECT h.id FROM households AS h
WHERE h.village_code = :village AND EXISTS (
  SELECT 1 FROM indicator_results AS r JOIN indicators AS i ON i.id = r.indicator_id
  WHERE r.household_id = h.id AND i.number = 22 AND r.status = 'failed'
    AND r.survey_year = (SELECT max(survey_year) FROM indicator_results
                         WHERE household_id = h.id))
ORDER BY h.id
"""


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def assistance_rows(database, project_id: int) -> dict[int, int]:
    with database.session_factory() as session:
        return dict(
            session.execute(
                text(
                    "SELECT household_id, count(*) FROM assistance WHERE project_id = :p"
                    " GROUP BY household_id"
                ),
                {"p": project_id},
            ).all()
        )


def busiest_village(database) -> str:
    with database.session_factory() as session:
        return session.scalar(
            text(
                "SELECT h.village_code FROM households AS h JOIN indicator_results AS r"
                " ON r.household_id = h.id JOIN indicators AS i ON i.id = r.indicator_id"
                " WHERE i.number = 22 AND r.status = 'failed'"
                " GROUP BY 1 ORDER BY count(DISTINCT h.id) DESC LIMIT 1"
            )
        )


def choose(box, value) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def test_record_help_for_every_household_of_a_village_failing_indicator_22(
    window: MainWindow, demo_db, prompter, qtbot
) -> None:
    village = busiest_village(demo_db)
    with demo_db.session_factory() as session:
        expected = list(session.scalars(text(VILLAGE_FAILING_22), {"village": village}))
        subdistrict = session.scalar(
            text("SELECT subdistrict_code FROM villages WHERE code = :v"), {"v": village}
        )
        project_id = session.scalar(text("SELECT id FROM projects ORDER BY id LIMIT 1"))
    assert len(expected) >= 2
    before = assistance_rows(demo_db, project_id)

    window.rail.setCurrentRow(2)
    page = window.projects_page
    page.table.selectRow([row.id for row in page.model.rows].index(project_id))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    form = window.desk.project_form
    form.tabs.setCurrentIndex(4)
    reached_before = form.reach.households_bar.format()
    qtbot.mouseClick(form.reach.record_button, Qt.MouseButton.LeftButton)
    dialog = window.desk.assistance_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fields.project_box.currentData() == project_id

    bar = dialog.filter_bar
    choose(bar.subdistrict_box, subdistrict)
    choose(bar.village_box, village)
    choose(bar.indicator_box, 22)
    assert dialog.model.total() == len(expected)
    qtbot.mouseClick(dialog.all_listed_box, Qt.MouseButton.LeftButton)
    assert dialog.chosen_label.text() == f"เลือกแล้ว {len(expected)} ครัวเรือน"
    choose(dialog.fields.kind_box, "occupation_kit")
    choose(dialog.fields.dimension_box, "income")
    type_text(dialog.fields.value_edit, "1,500")
    type_text(dialog.fields.outcome_edit, "มีอาชีพเสริม")
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    after = assistance_rows(demo_db, project_id)
    for household_id in expected:
        assert after.get(household_id, 0) == before.get(household_id, 0) + 1
    assert sum(after.values()) == sum(before.values()) + len(expected)
    with demo_db.session_factory() as session:
        values = set(
            session.execute(
                text(
                    "SELECT value_satang, kind, dimension, outcome FROM assistance"
                    " WHERE id > (SELECT max(id) FROM assistance) - :n"
                ),
                {"n": len(expected)},
            ).all()
        )
    assert values == {(150_000, "occupation_kit", "income", "มีอาชีพเสริม")}
    # The list now counts them as helped, and the project shows them reached.
    helped = window.services.household_list.ids(
        HouseholdFilter(village_code=village, failing_indicator=22, helped=True)
    )
    assert helped == expected
    assert form.reach.table.rowCount() == min(sum(after.values()), 500)
    assert form.reach.households_bar.format() != reached_before or not set(expected) - set(before)


def test_record_for_households_picked_with_ctrl_click(
    window: MainWindow, demo_db, prompter, qtbot
) -> None:
    dialog = window.desk.record_for_project(None)
    rows = (0, 2)
    selection = dialog.table.selectionModel()
    for row in rows:
        selection.select(
            dialog.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    picked = [dialog.model.household_id(row) for row in rows]
    assert dialog.chosen_label.text() == "เลือกแล้ว 2 ครัวเรือน"
    with demo_db.session_factory() as session:
        agency_id = session.scalar(text("SELECT id FROM agencies ORDER BY id LIMIT 1"))
        before = session.scalar(text("SELECT count(*) FROM assistance"))
    choose(dialog.fields.agency_box, agency_id)
    choose(dialog.fields.kind_box, "goods")
    prompter.confirm_answers.append(True)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    with demo_db.session_factory() as session:
        new = session.execute(
            text("SELECT household_id, agency_id, project_id FROM assistance WHERE id > :n"),
            {"n": before},
        ).all()
    assert sorted(new) == sorted((household, agency_id, None) for household in picked)


def test_missing_type_and_no_households_are_shown_and_nothing_is_written(
    window: MainWindow, demo_db, qtbot
) -> None:
    with demo_db.session_factory() as session:
        project_id = session.scalar(text("SELECT id FROM projects LIMIT 1"))
        before = session.scalar(text("SELECT count(*) FROM assistance"))
    dialog = window.desk.record_for_project(project_id)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    lines = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert any(line.startswith("ครัวเรือน") for line in lines), lines
    assert any(line.startswith("ประเภทความช่วยเหลือ") for line in lines), lines
    dialog.fields.value_edit.clear()
    type_text(dialog.fields.value_edit, "12.345")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    lines = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert lines and lines[0].startswith("มูลค่า"), lines
    with demo_db.session_factory() as session:
        assert session.scalar(text("SELECT count(*) FROM assistance")) == before


def test_household_form_shows_its_help_and_adds_more(window: MainWindow, demo_db, qtbot) -> None:
    with demo_db.session_factory() as session:
        household_id, key = session.execute(
            text(
                "SELECT h.id, h.key FROM households AS h WHERE NOT EXISTS"
                " (SELECT 1 FROM assistance AS a WHERE a.household_id = h.id) LIMIT 1"
            )
        ).one()
        project_id = session.scalar(text("SELECT id FROM projects LIMIT 1"))
    form = window.open_household(household_id)
    section = window.household_assistance
    form.tabs.setCurrentWidget(section)
    assert section.records_table.rowCount() == 0
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = window.desk.assistance_dialog
    assert not dialog.picker.isVisible()
    assert key in dialog.household_label.text()
    members = dialog.fields.member_box
    assert members.count() > 1  # the household's members can be named
    members.setCurrentIndex(1)
    choose(dialog.fields.project_box, project_id)
    choose(dialog.fields.kind_box, "training")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # one: no question
    assert section.records_table.rowCount() == 1
    assert section.projects_table.rowCount() == 1
    with demo_db.session_factory() as session:
        member = session.scalar(
            text("SELECT member_id FROM assistance WHERE household_id = :h"), {"h": household_id}
        )
    assert member == members.itemData(1)


def test_assistance_list_filters_corrects_and_deletes(
    window: MainWindow, demo_db, prompter, qtbot
) -> None:
    with demo_db.session_factory() as session:
        project_id, count = session.execute(
            text(
                "SELECT project_id, count(*) FROM assistance WHERE project_id IS NOT NULL"
                " GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
            )
        ).one()
    page = window.assistance_page
    window.rail.setCurrentRow(3)
    choose(page.project_box, project_id)
    assert page.table.rowCount() == min(count, 2000)
    assert page.count_label.text().startswith(f"{count:,} ")
    first = page.current_row()
    page.edit_current()
    dialog = window.desk.assistance_dialog
    assert dialog.fields.project_box.currentData() == project_id
    dialog.fields.outcome_edit.clear()
    type_text(dialog.fields.outcome_edit, "ติดตามแล้ว")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    with demo_db.session_factory() as session:
        assert (
            session.scalar(text("SELECT outcome FROM assistance WHERE id = :i"), {"i": first.id})
            == "ติดตามแล้ว"
        )
    prompter.confirm_answers.append(True)
    page.table.selectRow(0)
    deleted = page.current_row()
    page.delete_current()
    assert page.table.rowCount() == min(count - 1, 2000)
    with demo_db.session_factory() as session:
        assert (
            session.scalar(text("SELECT count(*) FROM assistance WHERE id = :i"), {"i": deleted.id})
            == 0
        )


def test_households_are_picked_with_the_keyboard_and_tab_keeps_the_choice(
    window: MainWindow, qtbot
) -> None:
    dialog = window.desk.record_for_project(None)
    table = dialog.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)  # the cursor on the first, nothing ticked yet
    assert dialog.chosen_household_ids() == []
    qtbot.keyClick(table, Qt.Key.Key_Space)  # ticks the first
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the cursor moves, the tick stays
    qtbot.keyClick(table, Qt.Key.Key_Space)  # ticks the third
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # and the fourth
    picked = [dialog.model.household_id(row) for row in (0, 2, 3)]
    assert dialog.chosen_household_ids() == picked
    assert dialog.chosen_label.text() == "เลือกแล้ว 3 ครัวเรือน"
    qtbot.keyClick(table, Qt.Key.Key_Space)  # unticks the fourth
    assert dialog.chosen_household_ids() == picked[:2]

    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert dialog.chosen_household_ids() == picked[:2]
    dialog.reject()
