"""The Exchange page refuses the workbook for the province until a supervisor signed the
checked data off, offers the check from the refusal, and refuses again after an edit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from db.database import OfficeDatabase
from desktop.services.exchange.layout import sheet
from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.exchange_office import small_office
from tests.form_keys import press

EXCHANGE_ROW = 4
CLERK = "สมชาย เสมียน"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[OfficeDatabase]:
    database = small_office(tmp_path, 10)
    yield database
    database.close()


def _window(qtbot, office: OfficeDatabase, prompter, user=None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(build_services(office), THAI, prompter, user)
    qtbot.addWidget(window)
    window.show()
    window.rail.setCurrentRow(EXCHANGE_ROW)
    return window


def _metadata(path: Path) -> dict[str, object]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = book[sheet("metadata").title_th].iter_rows(min_row=3, values_only=True)
    return {row[0]: row[2] for row in rows}


def _click_export_refused(qtbot, window: MainWindow, prompter, out: Path) -> str:  # type: ignore[no-untyped-def]
    panel = window.export_panel
    errors = len(prompter.errors)
    prompter.files_to_save.append(out)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert len(prompter.errors) == errors + 1
    assert prompter.files_to_save == [out]  # no file was asked for
    prompter.files_to_save.clear()
    assert not out.exists()
    assert panel.check_button.isVisible()
    return prompter.errors[-1][1]


def test_the_export_is_refused_then_checked_signed_off_and_sent_until_an_edit(
    app_ready, qtbot, office: OfficeDatabase, prompter, tmp_path: Path
) -> None:
    window = _window(qtbot, office, prompter)
    supervisor = window.current_user()
    assert supervisor.is_supervisor
    panel, quality = window.export_panel, window.quality_panel
    assert "หัวหน้า" in panel.sign_off_label.text()

    said = _click_export_refused(qtbot, window, prompter, tmp_path / "early.xlsx")
    assert "ยังไม่ได้ตรวจข้อมูลก่อนส่ง" in said and said in panel.result_label.text()

    quality.report = None
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)  # runs the check
    qtbot.waitUntil(lambda: quality.report is not None, timeout=30_000)
    assert quality.report.problem_count == 0
    said = _click_export_refused(qtbot, window, prompter, tmp_path / "checked.xlsx")
    assert "หัวหน้ายังไม่ได้รับรอง" in said

    qtbot.mouseClick(quality.sign_off_button, Qt.MouseButton.LeftButton)
    assert not panel.check_button.isVisible()
    out = tmp_path / "sent.xlsx"
    prompter.confirm_answers += [True, False]  # personal data: yes; lock the period: no
    prompter.files_to_save.append(out)
    panel.last_summary = None
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=30_000)
    values = _metadata(out)
    assert values["signed_off_by"] == supervisor.name and values["ready_to_send"] is True
    assert str(values["signed_off_at"]).startswith(str(quality.state.signed_off_at.year))

    with office.engine.connect() as connection:
        household_id = connection.exec_driver_sql("SELECT min(id) FROM households").scalar_one()
    form = window.open_household(household_id)
    form.address.house_no_edit.setText(form.address.house_no_edit.text() + "/9")
    form.address.house_no_edit.textEdited.emit(form.address.house_no_edit.text())
    assert form.save()
    form.close()
    window.rail.setCurrentRow(EXCHANGE_ROW)
    said = _click_export_refused(qtbot, window, prompter, tmp_path / "after-edit.xlsx")
    assert "มีการแก้ไขหลังการตรวจ" in said

    panel.mask_check.setChecked(True)  # a masked workbook still goes, marked not ready
    masked = tmp_path / "masked.xlsx"
    prompter.confirm_answers += [True, False]
    prompter.files_to_save.append(masked)
    panel.last_summary = None
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=30_000)
    assert _metadata(masked)["ready_to_send"] is False


def test_a_clerk_checks_but_cannot_sign_off_so_the_export_stays_refused(
    app_ready, qtbot, office: OfficeDatabase, prompter, tmp_path: Path
) -> None:
    users = build_services(office).users
    supervisor = users.list_users()[0].name
    clerk = users.add_user(CLERK, "clerk", None, by=supervisor)
    window = _window(qtbot, office, prompter, clerk)
    quality = window.quality_panel
    quality.report = None
    qtbot.mouseClick(window.export_panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: quality.report is not None, timeout=30_000)
    assert not quality.sign_off_button.isEnabled()
    assert "หัวหน้า" in quality.state_label.text()
    said = _click_export_refused(qtbot, window, prompter, tmp_path / "book.xlsx")
    assert "หัวหน้ายังไม่ได้รับรอง" in said


def test_a_clerks_working_copy_goes_without_a_sign_off_and_says_it_is_not_ready(
    app_ready, qtbot, office: OfficeDatabase, prompter, tmp_path: Path
) -> None:
    """A full workbook the office keeps to edit and import back is not sent: ticked as a
    working copy (Alt+W), it goes unsigned, names and IDs in the clear, marked not ready."""
    users = build_services(office).users
    supervisor = users.list_users()[0].name
    clerk = users.add_user(CLERK, "clerk", None, by=supervisor)
    window = _window(qtbot, office, prompter, clerk)
    window.resize(1366, 728)  # the desk: the export panel starts below the check's tables
    panel = window.export_panel
    _click_export_refused(qtbot, window, prompter, tmp_path / "refused.xlsx")

    window.activateWindow()
    panel.export_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.export_button)
    press(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.working_copy_check.isChecked)
    box = panel.working_copy_check  # the page scrolled to the box the keys went to
    viewport = window.exchange_page.scroll.viewport()
    shown = QRect(box.mapTo(viewport, QPoint(0, 0)), box.size())
    assert viewport.rect().contains(shown), (shown, viewport.rect())
    out = tmp_path / "working-copy.xlsx"
    prompter.confirm_answers += [True, False]  # personal data: yes; lock the period: no
    prompter.files_to_save.append(out)
    panel.last_summary = None
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=30_000)
    values = _metadata(out)
    assert values["ready_to_send"] is False and not values.get("signed_off_by")
    book = openpyxl.load_workbook(out, read_only=True)
    cells = [
        value
        for row in book[sheet("members").title_th].iter_rows(min_row=3, values_only=True)
        for value in row
    ]
    book.close()
    assert any(isinstance(value, str) and value.isdigit() and len(value) == 13 for value in cells)
