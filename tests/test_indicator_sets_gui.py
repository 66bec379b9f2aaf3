"""Settings' indicator sets through the GUI: load a workbook (file chosen through the
prompter), read the dry run, confirm, and the set is listed; then a household of survey
year 2569 is keyed against it. A year no set covers says so in the household form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.database import OfficeDatabase
from db.models import Indicator, IndicatorResult, IndicatorSet
from desktop.services.households import HouseholdDraft
from desktop.services.indicator_sets import read_set_book
from desktop.services.office import build_services
from desktop.ui.household_form.form_dialog import HouseholdFormDialog
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.fake_prompter import FakePrompter
from tests.form_keys import open_new_household_form
from tests.household_examples import fill
from tests.indicator_set_books import TEST_CODE, edited, made_up_set, set_cell, write_book

TODAY = dt.date(2026, 11, 21)  # survey year 2569
SETTINGS = 5  # the rail's row


@pytest.fixture
def window(app_ready, qtbot, office_db: OfficeDatabase, prompter: FakePrompter) -> MainWindow:
    services = build_services(office_db)
    services.household_form.add_village("670101", 1, "บ้านหนองนา")
    widget = MainWindow(services, THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _listed(window: MainWindow) -> list[tuple[str, str]]:
    table = window.indicator_sets_panel.table
    return [
        (table.item(row, 0).text(), table.item(row, 2).text()) for row in range(table.rowCount())
    ]


def _open_form(window: MainWindow, qtbot) -> HouseholdFormDialog:  # type: ignore[no-untyped-def]
    """A new household from the register, its draft made on the form's clock (2569)."""
    window.rail.setCurrentRow(1)
    form = open_new_household_form(window, qtbot, TODAY)
    form.show_household(None)
    form.tabs.setCurrentWidget(form.indicators)
    return form


def _load_through_settings(window: MainWindow, qtbot, prompter: FakePrompter, book: Path):  # type: ignore[no-untyped-def]
    window.rail.setCurrentRow(SETTINGS)
    panel = window.indicator_sets_panel
    prompter.files_to_open.append(book)
    qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    dialog = panel.dry_run_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return panel, dialog


def test_a_set_loaded_in_settings_is_used_for_survey_year_2569(
    window, qtbot, prompter, office_db, tmp_path
) -> None:
    form = _open_form(window, qtbot)
    assert form.indicators.no_set_label.isVisible()
    assert form.indicators.no_set_label.text() == (
        "ยังไม่มีชุดตัวชี้วัดสำหรับปีสำรวจ 2569 — โหลดชุดตัวชี้วัดที่ ตั้งค่า"
    )
    assert form.indicators.boxes == {}
    form.close()

    book = write_book(made_up_set(office_db), tmp_path / "set-2565-2569.xlsx")
    _panel, dialog = _load_through_settings(window, qtbot, prompter, book)
    shown = dialog.summary.text()
    assert TEST_CODE in shown and "2565–2569" in shown and "สุขภาพ 4" in shown
    assert "41,000" in shown and dialog.load_button.isEnabled()
    assert [code for code, _ in _listed(window)] == ["2560-2564"]  # nothing stored yet
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert _listed(window) == [(TEST_CODE, "2565–2569"), ("2560-2564", "2560–2564")]
    assert prompter.infos and TEST_CODE in prompter.infos[-1][1]

    form = _open_form(window, qtbot)
    assert not form.indicators.no_set_label.isVisible()
    assert sorted(form.indicators.boxes) == [a.number for a in read_set_book(book).indicators]
    draft: HouseholdDraft = form.draft
    assert draft.survey_year == 2569 and len(draft.indicators) == 17
    with office_db.session_factory() as session:
        loaded_ids = set(
            session.scalars(
                select(Indicator.id).join(IndicatorSet).where(IndicatorSet.code == TEST_CODE)
            )
        )
    assert {answer.indicator_id for answer in draft.indicators} == loaded_ids
    form.close()

    # Saved, the answers of 2569 are the loaded set's (the draft keyed as on paper).
    service = window.services.household_form
    draft = fill(service.new_draft(today=TODAY))
    draft.survey_year = 2569  # fill() dates its answers in its own year
    saved = service.save(draft, user_name="สมศรี", today=TODAY)
    with office_db.session_factory() as session:
        answered = session.execute(
            select(IndicatorResult.survey_year, IndicatorSet.code)
            .join(Indicator, Indicator.id == IndicatorResult.indicator_id)
            .join(IndicatorSet)
            .where(IndicatorResult.household_id == saved.household_id)
        ).all()
    assert len(answered) == 17 and set(answered) == {(2569, TEST_CODE)}


def test_a_refused_workbook_shows_where_and_stores_nothing(
    window, qtbot, prompter, office_db, tmp_path
) -> None:
    good = write_book(made_up_set(office_db), tmp_path / "set.xlsx")
    bad = edited(good, set_cell("ตัวชี้วัด", "B5", "สังคม"), tmp_path / "bad.xlsx")
    _panel, dialog = _load_through_settings(window, qtbot, prompter, bad)
    assert not dialog.load_button.isEnabled()
    assert "แผ่นงาน ตัวชี้วัด แถว 5 คอลัมน์ B (dimension)" in dialog.problems.toPlainText()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert [code for code, _ in _listed(window)] == ["2560-2564"]


def test_export_writes_the_selected_set(window, qtbot, prompter, tmp_path) -> None:
    window.rail.setCurrentRow(SETTINGS)
    panel = window.indicator_sets_panel
    out = tmp_path / "sent"
    prompter.files_to_save.append(out)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    sent = read_set_book(tmp_path / "sent.xlsx")
    assert (sent.code, len(sent.indicators)) == ("2560-2564", 17)
    assert prompter.infos and "sent.xlsx" in prompter.infos[-1][1]
