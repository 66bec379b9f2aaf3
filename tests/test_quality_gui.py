"""ตรวจก่อนส่ง on the Exchange page, through the GUI: the check runs off the GUI thread and
shows the problems by village, a double-click opens the household, only a supervisor signs
off and only a clean check, and the exported workbook carries the sign-off until an edit."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from db.database import OfficeDatabase
from desktop.services.exchange.layout import sheet
from desktop.services.office import build_services
from desktop.services.safety import UserRow
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.exchange_office import small_office
from tests.quality_office import PLANTINGS, prepare, unguarded

EXCHANGE_ROW = 4


@pytest.fixture
def office(tmp_path: Path) -> Iterator[OfficeDatabase]:
    database = small_office(tmp_path, 12)
    yield database
    database.close()


def _window(qtbot, office: OfficeDatabase, prompter, user: UserRow | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(build_services(office), THAI, prompter, user)
    qtbot.addWidget(window)
    window.show()
    window.rail.setCurrentRow(EXCHANGE_ROW)
    return window


def _run_check(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.quality_panel
    panel.report = None
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=30_000)


def _plant_no_stage(office: OfficeDatabase, count: int) -> set[int]:
    with unguarded(office.path) as connection:
        prepare(connection)
        chance = random.Random(5)
        planted: set[int] = set()
        for _ in range(count):
            planted |= {
                household
                for household, _item in PLANTINGS["no_stage"](connection, chance, dt.date.today())
            }
    return planted


def _metadata(path: Path) -> dict[str, object]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = book[sheet("metadata").title_th].iter_rows(min_row=3, values_only=True)
    return {row[0]: row[2] for row in rows}


def _export(qtbot, window: MainWindow, prompter, path: Path) -> dict[str, object]:  # type: ignore[no-untyped-def]
    panel = window.export_panel
    panel.last_summary = None
    prompter.confirm_answers += [True, False]  # personal data: yes; lock the period: no
    prompter.files_to_save.append(path)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=30_000)
    return _metadata(path)


def test_the_check_shows_the_problems_by_village_and_a_double_click_opens_the_household(
    app_ready, qtbot, office: OfficeDatabase, prompter
) -> None:
    planted = _plant_no_stage(office, 2)
    window = _window(qtbot, office, prompter)
    panel = window.quality_panel
    assert panel.isVisible()
    _run_check(qtbot, window)

    assert "2" in panel.summary_label.text()
    shown = [
        panel.village_table.item(row, 3).text() for row in range(panel.village_table.rowCount())
    ]
    assert sum(int(count) for count in shown) == 2
    assert "ยังไม่ประเมินระดับการพัฒนา 1" in panel.village_table.item(0, 4).text()
    assert panel.problem_table.rowCount() == 1
    assert panel.problem_table.item(0, 2).text() == "ยังไม่มีการประเมินระดับการพัฒนา"
    assert not panel.sign_off_button.isEnabled()  # problems found
    assert "2" in panel.state_label.text()

    problem = panel.shown_problems[0]
    assert problem.household_id in planted
    rect = panel.problem_table.visualItemRect(panel.problem_table.item(0, 0))
    qtbot.mouseClick(panel.problem_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.problem_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = window.household_form
    assert form is not None and form.isVisible()
    assert form.draft.id == problem.household_id
    form.close()


def test_a_supervisor_signs_off_a_clean_check_and_the_export_carries_it_until_an_edit(
    app_ready, qtbot, office: OfficeDatabase, prompter, tmp_path: Path
) -> None:
    window = _window(qtbot, office, prompter)
    panel = window.quality_panel
    assert not panel.sign_off_button.isEnabled()  # not checked yet
    assert "ยังไม่ได้รับรอง" in window.export_panel.sign_off_label.text()
    _run_check(qtbot, window)
    assert panel.village_table.rowCount() == 0
    assert panel.sign_off_button.isEnabled()
    qtbot.mouseClick(panel.sign_off_button, Qt.MouseButton.LeftButton)
    supervisor = window.current_user().name
    assert panel.state.ready_to_send and panel.state.signed_off_by == supervisor
    assert not panel.sign_off_button.isEnabled()
    assert supervisor in panel.state_label.text()
    assert supervisor in window.export_panel.sign_off_label.text()

    signed = _export(qtbot, window, prompter, tmp_path / "signed.xlsx")
    assert "ยังไม่ได้รับรอง" not in prompter.questions[0][1]
    assert signed["ready_to_send"] is True
    assert signed["signed_off_by"] == signed["checked_by"] == supervisor

    # an edit through the household form makes the sign-off stale
    with office.engine.connect() as connection:
        household_id = connection.exec_driver_sql("SELECT min(id) FROM households").scalar_one()
    form = window.open_household(household_id)
    form.address.house_no_edit.setText(form.address.house_no_edit.text() + "/9")
    form.address.house_no_edit.textEdited.emit(form.address.house_no_edit.text())
    assert form.save()
    form.close()
    assert panel.state.stale and not panel.sign_off_button.isEnabled()
    assert "ตรวจอีกครั้ง" in panel.state_label.text()
    window.export_panel.mask_check.setChecked(True)  # the full one is refused now
    stale = _export(qtbot, window, prompter, tmp_path / "stale.xlsx")
    assert "ยังไม่ได้รับรองว่าพร้อมส่ง" in prompter.questions[-2][1]  # then the lock offer
    assert stale["ready_to_send"] is False and stale["signed_off_by"] is None


def test_a_clerk_cannot_sign_off(app_ready, qtbot, office: OfficeDatabase, prompter) -> None:
    services = build_services(office)
    supervisor = services.users.list_users()[0].name
    clerk = services.users.add_user("มานี รักเรียน", "clerk", None, by=supervisor)
    window = _window(qtbot, office, prompter, clerk)
    panel = window.quality_panel
    _run_check(qtbot, window)
    assert panel.state.checked and panel.state.checked_by == "มานี รักเรียน"
    assert not panel.sign_off_button.isEnabled()
    assert "เฉพาะหัวหน้า" in panel.state_label.text()
    panel.sign_off()  # even called directly, the service refuses a clerk
    assert prompter.errors and "หัวหน้า" in prompter.errors[-1][1]
    assert not services.quality.state().signed_off
