"""The main window: navigation rail, pages, status bar, Thai by default, English on request."""

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor

from db.database import OfficeDatabase
from desktop.app import AppShell
from desktop.services.office import build_services
from desktop.ui.language import ENGLISH, THAI
from desktop.ui.main_window import MainWindow
from tests.fake_prompter import FakePrompter


@pytest.fixture
def window(app_ready, qtbot, office_db: OfficeDatabase) -> MainWindow:
    widget = MainWindow(build_services(office_db), THAI, FakePrompter())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_rail_pages_and_status_bar_in_thai(window: MainWindow) -> None:
    assert window.page_titles() == [
        "ภาพรวม",
        "ครัวเรือน",
        "โครงการ",
        "การช่วยเหลือ",
        "รับ-ส่งข้อมูล",
        "ตั้งค่า",
        "ประวัติการแก้ไข",
        "งานที่ต้องติดตาม",
    ]
    assert window.office_status.text() == "อำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์"
    assert window.database_status.text().endswith("office.sqlite3")
    assert window.counts_status.text() == "ครัวเรือน 0 · สมาชิก 0 คน · โครงการ 0"
    assert window.overview_page.heading.text() == ("สำนักงานพัฒนาชุมชนอำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์")


def test_rail_rows_stand_apart_with_their_padding(window: MainWindow, qtbot) -> None:
    """Each page's row is tall enough for Thai marks above and below, and the next row
    starts where it ends (they overlapped when the padding arrived after the layout)."""
    qtbot.waitExposed(window)
    rects = [window.rail.visualItemRect(window.rail.item(i)) for i in range(window.rail.count())]
    assert all(rect.height() >= 2 * window.rail.fontMetrics().height() - 4 for rect in rects)
    assert all(a.bottom() + 1 == b.top() for a, b in pairwise(rects))


def test_keyboard_and_mouse_navigation(window: MainWindow, qtbot) -> None:
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.settings_page
    item_rect = window.rail.visualItemRect(window.rail.item(1))
    qtbot.mouseClick(window.rail.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    assert window.stack.currentIndex() == 1


def test_thai_glyphs_paint_with_sarabun(window: MainWindow, app_ready) -> None:
    assert app_ready.font().family() == "Sarabun"
    assert window.overview_page.heading.fontInfo().family() == "Sarabun"
    picture = window.overview_page.heading.grab().toImage()
    dark = sum(
        1
        for x in range(0, picture.width(), 2)
        for y in range(0, picture.height(), 2)
        if QColor(picture.pixel(x, y)).lightness() < 128
    )
    assert dark > 50  # Thai text was drawn, not an empty label


def test_choosing_english_in_settings_rebuilds_the_window(
    app_ready, language_switch, qtbot, office_db: OfficeDatabase, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings, FakePrompter(), language_switch)
    try:
        assert shell.open_initial(office_db.path)
        thai_window = shell.show_main_window()
        qtbot.addWidget(thai_window)
        box = thai_window.settings_page.language_box
        box.setCurrentIndex(box.findData(ENGLISH))
        box.activated.emit(box.currentIndex())
        english_window = shell.window
        assert english_window is not None and english_window is not thai_window
        qtbot.addWidget(english_window)
        assert english_window.page_titles()[0] == "Overview"
        assert settings.value("ui/language") == ENGLISH
        assert english_window.counts_status.text() == "Households 0 · Members 0 · Projects 0"
    finally:
        shell.change_language(THAI)
        if shell.window is not None:
            shell.window.close()
        shell.close()
