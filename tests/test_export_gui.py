"""Exporting the workbook from the Exchange page: scope, PDPA question, background run,
Cancel, and the file only under its name when complete."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop.services.exchange import FIRST_DATA_ROW, sheet
from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    widget.rail.setCurrentRow(4)
    return widget


def data_rows(path: Path, name: str) -> list[dict[str, object]]:
    book = load_workbook(path, read_only=True)
    rows = list(book[sheet(name).title_th].iter_rows(values_only=True))
    keys = rows[0]
    return [dict(zip(keys, row, strict=False)) for row in rows[FIRST_DATA_ROW:]]


def test_export_one_subdistrict_with_masked_ids(
    window: MainWindow, demo_db, prompter, qtbot, tmp_path: Path
) -> None:
    panel = window.export_panel
    with demo_db.session_factory() as session:
        code, households = session.execute(
            text(
                "SELECT v.subdistrict_code, count(*) FROM households AS h JOIN villages AS v"
                " ON v.code = h.village_code GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
            )
        ).one()
    panel.subdistrict_radio.click()
    panel.subdistrict_box.setCurrentIndex(panel.subdistrict_box.findData(code))
    panel.mask_check.setChecked(True)
    out = tmp_path / "to-province.xlsx"
    prompter.confirm_answers += [True, False]  # the PDPA question; no lock of the period
    prompter.files_to_save.append(out)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=30_000)
    assert panel.subdistrict_radio.isChecked(), panel.options()
    assert out.exists() and not (tmp_path / ".to-province.xlsx.part").exists()
    assert panel.last_summary.rows["households"] == households
    rows = data_rows(out, "members")
    assert rows and all("X" in str(row["national_id"]) for row in rows if row["national_id"])
    assert "ครัวเรือน" in panel.result_label.text()


def test_declining_the_pdpa_question_writes_nothing(
    window: MainWindow, prompter, qtbot, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    panel = window.export_panel
    panel.mask_check.setChecked(True)  # the full workbook would need a sign-off first
    prompter.confirm_answers.append(False)
    prompter.files_to_save.append(tmp_path / "never.xlsx")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert prompter.files_to_save  # the file was never asked for
    assert list(tmp_path.iterdir()) == []


def test_aggregates_only_carries_no_names_and_asks_nothing(
    window: MainWindow, demo_db, prompter, qtbot, tmp_path: Path
) -> None:
    panel = window.export_panel
    panel.aggregates_check.setChecked(True)
    assert not panel.mask_check.isEnabled()
    out = tmp_path / "aggregates.xlsx"
    prompter.files_to_save.append(out)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=30_000)
    names = load_workbook(out, read_only=True).sheetnames
    assert sheet("households").title_th not in names
    assert sheet("members").title_th not in names
    with demo_db.session_factory() as session:
        head = session.scalar(text("SELECT first_name FROM members LIMIT 1"))
    book = load_workbook(out, read_only=True)
    cells = {
        str(value)
        for worksheet in book.worksheets
        for row in worksheet.iter_rows(values_only=True)
        for value in row
    }
    assert not any(head in cell for cell in cells)


def test_cancel_leaves_no_file(window: MainWindow, prompter, qtbot, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    panel = window.export_panel
    out = tmp_path / "cancelled.xlsx"
    task = panel.start(out, panel.options())
    task.cancel()
    qtbot.waitUntil(lambda: "ยกเลิก" in panel.result_label.text(), timeout=30_000)
    assert list(tmp_path.iterdir()) == []
    assert panel.export_button.isEnabled()


def test_unwritable_folder_is_explained(
    window: MainWindow, prompter, qtbot, tmp_path: Path
) -> None:
    panel = window.export_panel
    panel.aggregates_check.setChecked(True)
    prompter.files_to_save.append(tmp_path / "missing-folder" / "book.xlsx")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=30_000)
    assert "missing-folder" in prompter.errors[-1][1]
    assert not (tmp_path / "missing-folder").exists()
