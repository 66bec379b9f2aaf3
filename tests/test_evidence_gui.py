"""Evidence through the household form's plan and follow-up tab: a photo attached to a
visit through the file dialog (the fake prompter), shown with its thumbnail, opened with
the PC's viewer and deleted with the buttons; hostile files refused with a Thai reason
and nothing written."""

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.evidence_files import png, truncated_png, zip_named_jpg
from tests.form_keys import press
from tests.mnemonics import repeated_mnemonics
from tests.thai_keys import type_text


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def rows(database, sql: str, **params) -> list[tuple]:  # type: ignore[no-untyped-def]
    with database.session_factory() as session:
        return [tuple(row) for row in session.execute(text(sql), params)]


def visited_household(database) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A household of the demo with a follow-up visit: (household, its latest visit)."""
    household_id, visit_id = rows(
        database,
        "SELECT household_id, id FROM follow_up_visits ORDER BY household_id, visited_on DESC"
        " LIMIT 1",
    )[0]
    return household_id, visit_id


def photo_file(path: Path, colour: str = "#2a7ab0") -> Path:
    """A real JPEG photo, as a phone writes one."""
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "JPEG", 85)
    return path


def open_evidence(window: MainWindow, household_id: int, qtbot):  # type: ignore[no-untyped-def]
    form = window.open_household(household_id)
    qtbot.waitUntil(form.isVisible)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Alt+L: the plan and follow-up tab
    panel = window.household_evidence
    assert panel is not None and panel.isVisible()
    return form, panel


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_photo_is_attached_to_a_visit_shown_with_its_thumbnail_opened_and_deleted(
    window: MainWindow, demo_db, prompter, qtbot, tmp_path: Path
) -> None:
    household_id, visit_id = visited_household(demo_db)
    form, panel = open_evidence(window, household_id, qtbot)
    assert repeated_mnemonics(form) == {}
    assert panel.table.rowCount() == 0
    assert panel.owner_box.currentText() == "ครัวเรือน"

    prompter.files_to_open.append(None)  # the file dialog cancelled: nothing happens
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Alt+T: attach a file
    qtbot.waitUntil(lambda: prompter.files_to_open == [])
    assert prompter.errors == [] and panel.table.rowCount() == 0
    panel.owner_box.setFocus()
    press(Qt.Key.Key_Down)  # the latest visit, right below the household
    assert "การเยี่ยม" in panel.owner_box.currentText()
    panel.caption_edit.setFocus()
    type_text(panel.caption_edit, "ลงชื่อรับของ")
    photo = photo_file(tmp_path / "รูปเยี่ยมบ้าน.jpg")
    prompter.files_to_open.append(photo)
    click(qtbot, panel.attach_button)

    assert prompter.errors == []
    assert panel.table.rowCount() == 1
    name_cell = panel.table.item(0, 0)
    assert name_cell.text() == "รูปเยี่ยมบ้าน.jpg"
    assert not name_cell.icon().isNull()  # the thumbnail
    assert panel.table.item(0, 1).text().startswith("การเยี่ยม")
    assert panel.table.item(0, 5).text() == "ลงชื่อรับของ"
    stored = rows(
        demo_db,
        "SELECT visit_id, household_id, media_type, sha256, length(thumbnail) FROM attachments",
    )
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert stored[0][:4] == (visit_id, None, "image/jpeg", digest)
    assert 0 < stored[0][4] < 10_000  # a small JPEG, not the photo again

    panel.table.setFocus()
    panel.table.selectRow(0)
    click(qtbot, panel.open_button)
    assert len(prompter.shown_files) == 1
    assert prompter.shown_files[0].read_bytes() == photo.read_bytes()
    assert prompter.shown_files[0].name == "รูปเยี่ยมบ้าน.jpg"

    prompter.confirm_answers.append(False)  # asked first, default No
    click(qtbot, panel.delete_button)
    assert prompter.confirm_defaults_no == [True]
    assert panel.table.rowCount() == 1
    prompter.confirm_answers.append(True)
    click(qtbot, panel.delete_button)
    assert panel.table.rowCount() == 0
    assert rows(demo_db, "SELECT count(*) FROM attachments") == [(0,)]
    assert rows(
        demo_db,
        "SELECT action FROM change_log WHERE table_name = 'attachments' ORDER BY id",
    ) == [("insert",), ("delete",)]


def undecodable_png() -> bytes:
    """A PNG whose every chunk and CRC is right but whose pixels are not compressed data:
    the byte checks pass it, Qt cannot draw it."""
    import struct
    import zlib

    whole = png(4, 4)
    start = whole.index(b"IDAT") - 4
    (length,) = struct.unpack(">I", whole[start : start + 4])
    body = b"IDAT" + b"not pixels at all"
    chunk = struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body))
    return whole[:start] + chunk + whole[start + 12 + length :]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("รูปบ้าน.jpg", zip_named_jpg(), "ไม่ใช่รูปถ่าย JPEG หรือ PNG หรือ PDF"),
        ("ใบลงชื่อ.png", truncated_png(), "เสียหายหรือไม่ครบ"),
        ("ภาพเสีย.png", undecodable_png(), "เสียหายหรือไม่ครบ"),
        ("ว่าง.pdf", b"", "ว่างเปล่า"),
    ],
)
def test_a_hostile_file_is_refused_with_its_thai_reason_and_nothing_written(
    window: MainWindow,
    demo_db,
    prompter,
    qtbot,
    tmp_path: Path,
    name: str,
    data: bytes,
    reason: str,
) -> None:
    household_id, _ = visited_household(demo_db)
    _, panel = open_evidence(window, household_id, qtbot)
    path = tmp_path / name
    path.write_bytes(data)
    before = rows(demo_db, "SELECT (SELECT count(*) FROM attachments), count(*) FROM change_log")
    prompter.files_to_open.append(path)
    click(qtbot, panel.attach_button)
    assert len(prompter.errors) == 1
    title, message = prompter.errors[0]
    assert title == "ไม่ได้แนบไฟล์"
    assert name in message and reason in message
    assert panel.table.rowCount() == 0
    assert rows(demo_db, "SELECT (SELECT count(*) FROM attachments), count(*) FROM change_log") == (
        before
    )


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    window: MainWindow, demo_db, prompter, qtbot, tmp_path: Path
) -> None:
    household_id, _ = visited_household(demo_db)
    _, panel = open_evidence(window, household_id, qtbot)
    big = tmp_path / "สแกนทั้งเล่ม.pdf"
    with big.open("wb") as handle:
        handle.truncate(panel._service.max_file_bytes + 1)  # sparse: no disk used
    prompter.files_to_open.append(big)
    click(qtbot, panel.attach_button)
    assert len(prompter.errors) == 1
    assert "สแกนทั้งเล่ม.pdf" in prompter.errors[0][1]
    assert "เกินขนาดสูงสุด 10.0 MB" in prompter.errors[0][1]
    assert rows(demo_db, "SELECT count(*) FROM attachments") == [(0,)]


def test_a_progress_report_gets_its_signed_sheet_from_the_project_form(
    window: MainWindow, demo_db, prompter, qtbot, tmp_path: Path
) -> None:
    project_id, indicator_id, report_id = rows(
        demo_db,
        "SELECT i.project_id, i.id, r.id FROM progress_reports r"
        " JOIN project_indicators i ON i.id = r.project_indicator_id ORDER BY r.id LIMIT 1",
    )[0]
    form = window.desk.open_project(project_id)
    qtbot.waitUntil(form.isVisible)
    form.tabs.setCurrentWidget(form.key_results)
    results = rows(
        demo_db, "SELECT id FROM project_indicators WHERE project_id = :p ORDER BY id", p=project_id
    )
    form.key_results.select_result([r[0] for r in results].index(indicator_id))
    section = form.key_results
    reports = [
        r[0]
        for r in rows(
            demo_db,
            "SELECT id FROM progress_reports WHERE project_indicator_id = :i"
            " ORDER BY fiscal_year, quarter",
            i=indicator_id,
        )
    ]
    section.reports_table.setCurrentCell(reports.index(report_id), 0)
    assert section.report_evidence_button.isVisible()
    click(qtbot, section.report_evidence_button)
    dialog = form.report_evidence
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.panel.owner_box.count() == 1  # the report alone
    sheet = tmp_path / "ใบลงชื่อผู้เข้าร่วม.pdf"
    sheet.write_bytes(b"%PDF-1.7\n% attendance\n%%EOF\n")
    prompter.files_to_open.append(sheet)
    click(qtbot, dialog.panel.attach_button)
    assert prompter.errors == []
    assert dialog.panel.table.rowCount() == 1
    assert dialog.panel.table.item(0, 0).icon().isNull()  # a PDF has no thumbnail
    assert rows(demo_db, "SELECT progress_report_id, household_id, file_name FROM attachments") == [
        (report_id, None, "ใบลงชื่อผู้เข้าร่วม.pdf")
    ]
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
