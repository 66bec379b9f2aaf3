"""The first-start dialog, driven as a clerk would: choose the office, type a name, create."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.models import Household
from db.settings_store import OFFICE_CLERK, OFFICE_DISTRICT, get_setting
from desktop.ui import first_start
from desktop.ui.background import TaskRunner
from desktop.ui.first_start import FirstStartDialog
from tests.fake_prompter import FakePrompter
from tests.thai_keys import type_text


@pytest.fixture
def dialog(app_ready, qtbot, tmp_path: Path, prompter: FakePrompter) -> FirstStartDialog:
    widget = FirstStartDialog(tmp_path, prompter, TaskRunner())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _choose(box, code: str) -> None:  # type: ignore[no-untyped-def]
    box.setCurrentIndex(box.findData(code))


def test_provinces_are_all_there_in_thai_order(dialog: FirstStartDialog) -> None:
    names = [dialog.province_box.itemText(i) for i in range(1, dialog.province_box.count())]
    assert len(names) == 77
    assert names[0] == "กระบี่"
    assert names[-1] == "อุบลราชธานี"
    assert names.index("เพชรบูรณ์") < names.index("แพร่") < names.index("ภูเก็ต")


def test_districts_follow_the_province(dialog: FirstStartDialog) -> None:
    assert not dialog.district_box.isEnabled()
    _choose(dialog.province_box, "67")
    districts = [dialog.district_box.itemData(i) for i in range(1, dialog.district_box.count())]
    assert len(districts) == 11 and all(code.startswith("67") for code in districts)
    _choose(dialog.province_box, "80")
    assert dialog.district_box.count() - 1 == 23


def test_creating_the_office(dialog: FirstStartDialog, qtbot, tmp_path: Path) -> None:
    _choose(dialog.province_box, "67")
    _choose(dialog.district_box, "6701")
    dialog.clerk_edit.setFocus()
    type_text(dialog.clerk_edit, "สมศรี  ใจดี")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == FirstStartDialog.DialogCode.Accepted
    database = dialog.database
    assert database is not None and database.path == tmp_path / "office.sqlite3"
    with database.session_factory() as session:
        assert get_setting(session, OFFICE_DISTRICT) == "6701"
        assert get_setting(session, OFFICE_CLERK) == "สมศรี ใจดี"
    database.close()


def test_creating_without_district_or_name_tells_the_clerk_and_writes_nothing(
    dialog: FirstStartDialog, qtbot, tmp_path: Path, prompter: FakePrompter
) -> None:
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    _choose(dialog.province_box, "67")
    _choose(dialog.district_box, "6702")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert [text for _title, text in prompter.errors] == [
        "กรุณาเลือกจังหวัดและอำเภอ",
        "กรุณาพิมพ์ชื่อของท่าน",
    ]
    assert dialog.isVisible() and dialog.database is None
    assert list(tmp_path.iterdir()) == []


def test_opening_a_file_that_is_not_a_database_says_so_in_thai(
    dialog: FirstStartDialog, qtbot, tmp_path: Path, prompter: FakePrompter
) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("hello")
    prompter.files_to_open.append(bogus)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.database is None
    assert "ไม่ใช่ฐานข้อมูลของโปรแกรมนี้" in prompter.errors[0][1]
    assert bogus.read_text() == "hello"


def test_the_demo_office_is_generated_in_the_background(
    dialog: FirstStartDialog, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_start, "DEMO_HOUSEHOLDS", 40)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.database is not None, timeout=60000)
    database = dialog.database
    assert database is not None and database.path == tmp_path / "demo-office.sqlite3"
    with database.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 40
    database.close()
