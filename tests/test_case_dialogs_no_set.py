"""The plan and visit dialogs of a household whose survey year no indicator set covers say
so, as the household form does, and no answer is saved for that year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from db.database import OfficeDatabase
from desktop.services.cases import CaseProblemCode, CaseRejected, CheckedAnswer, VisitDraft
from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.exchange_office import small_office
from tests.form_keys import press
from tests.indicator_set_books import shipped_set_covers_this_year
from tests.thai_keys import type_text

TODAY = dt.date.today()
NO_SET = "ยังไม่มีชุดตัวชี้วัดสำหรับปีสำรวจ {year} — โหลดชุดตัวชี้วัดที่ ตั้งค่า"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[OfficeDatabase]:
    database = small_office(tmp_path, 6)
    yield database
    database.close()


def _household(office: OfficeDatabase) -> tuple[int, int]:
    """A household of the demo and its latest survey year, which no set covers."""
    with office.engine.connect() as connection:
        household_id, year = connection.execute(
            text(
                "SELECT household_id, max(survey_year) FROM indicator_results"
                " GROUP BY household_id ORDER BY household_id LIMIT 1"
            )
        ).one()
        covering = connection.execute(
            text("SELECT count(*) FROM indicator_sets WHERE :y BETWEEN first_year AND last_year"),
            {"y": year},
        ).scalar_one()
    assert covering == 0, "the demo's survey year should have no set in this test"
    return household_id, year


def _section(qtbot, office: OfficeDatabase, prompter, household_id: int):  # type: ignore[no-untyped-def]
    window = MainWindow(build_services(office), THAI, prompter)
    qtbot.addWidget(window)
    window.show()
    form = window.open_household(household_id)
    qtbot.waitUntil(form.isVisible)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Alt+L: the plan tab
    section = window.household_cases
    assert section is not None and form.tabs.currentWidget() is section
    return window, form, section


def test_the_visit_dialog_says_no_set_covers_the_year_and_saves_no_answers(
    app_ready, qtbot, office: OfficeDatabase, prompter
) -> None:
    household_id, year = _household(office)
    _window, _form, section = _section(qtbot, office, prompter, household_id)
    qtbot.mouseClick(section.visit_button, Qt.MouseButton.LeftButton)
    dialog = section.visit_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.no_set_label.isVisible()
    assert dialog.no_set_label.text() == NO_SET.format(year=year)
    assert not dialog.answers_table.isVisible() and dialog.answers_table.rowCount() == 0
    dialog.findings_edit.setFocus()
    type_text(dialog.findings_edit, "ไม่อยู่บ้าน")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # a visit without answers
    assert not dialog.isVisible()
    with office.engine.connect() as connection:
        visits = connection.execute(
            text("SELECT findings FROM follow_up_visits WHERE household_id = :h"),
            {"h": household_id},
        ).all()
        answered_today = connection.execute(
            text("SELECT count(*) FROM indicator_results WHERE verified_on = :d"),
            {"d": TODAY.isoformat()},
        ).scalar_one()
    assert [row[0] for row in visits] == ["ไม่อยู่บ้าน"] and answered_today == 0


def test_the_service_refuses_answers_for_a_year_no_set_covers(office: OfficeDatabase) -> None:
    household_id, year = _household(office)
    cases = build_services(office).cases
    with office.engine.connect() as connection:
        old_indicator = connection.execute(
            text("SELECT min(indicator_id) FROM indicator_results WHERE household_id = :h"),
            {"h": household_id},
        ).scalar_one()
    draft = VisitDraft(household_id, visited_on=TODAY, visited_by="สมศรี ใจดี")
    draft.answers.append(CheckedAnswer(old_indicator, "passed"))
    with pytest.raises(CaseRejected) as rejected:
        cases.save_visit(draft, user_name="สมศรี ใจดี", today=TODAY)
    assert [(p.code, p.field, p.params) for p in rejected.value.problems] == [
        (CaseProblemCode.NO_INDICATOR_SET, "answers", {"year": str(year)})
    ]


def test_the_plan_dialog_says_no_set_covers_the_year_and_offers_only_dimensions(
    app_ready, qtbot, office: OfficeDatabase, prompter
) -> None:
    household_id, year = _household(office)
    _window, _form, section = _section(qtbot, office, prompter, household_id)
    qtbot.mouseClick(section.new_plan_button, Qt.MouseButton.LeftButton)
    dialog = section.plan_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.no_set_label.isVisible()
    assert dialog.no_set_label.text().startswith(NO_SET.format(year=year))
    dialog.reject()


def test_once_a_set_covers_the_year_the_dialogs_list_its_indicators(
    app_ready, qtbot, office: OfficeDatabase, prompter
) -> None:
    household_id, _year = _household(office)
    shipped_set_covers_this_year(office)
    _window, _form, section = _section(qtbot, office, prompter, household_id)
    qtbot.mouseClick(section.visit_button, Qt.MouseButton.LeftButton)
    dialog = section.visit_dialog
    assert dialog is not None
    assert not dialog.no_set_label.isVisible() and dialog.answers_table.rowCount() > 0
    dialog.reject()
