"""The register's filter row at 1366 pixels: every box reads whole, and clearing the
filters keeps what the clerk searched for."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    widget.rail.setCurrentRow(1)
    return widget


def _needed_width(box) -> int:  # type: ignore[no-untyped-def]
    """What the box needs to show its current choice uncut (its frame and arrow too)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    metrics = QFontMetrics(box.font())
    text = QSize(metrics.horizontalAdvance(box.currentText()), metrics.height())
    return box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, box).width()


def test_every_filter_box_shows_its_choice_whole(window: MainWindow) -> None:
    bar = window.households_page.filter_bar
    boxes = bar._boxes()
    assert bar.helped_box.currentText() == "ได้รับ/ยังไม่ได้รับความช่วยเหลือ"
    for box in boxes:
        assert box.width() >= _needed_width(box), box.currentText()
    assert window.width() <= 1366 and window.minimumSizeHint().width() <= 1280


def test_clearing_the_filters_keeps_the_search(window: MainWindow, qtbot) -> None:
    page, bar = window.households_page, window.households_page.filter_bar
    qtbot.keyClicks(bar.search_edit, "3-6701")
    bar.flush_search()
    bar.stage_box.setCurrentIndex(1)
    assert bar.clear_button.isVisible()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert bar.stage_box.currentIndex() == 0
    assert bar.search_edit.text() == "3-6701"
    assert page.model.household_filter.search == "3-6701"
    assert page.model.household_filter.stage is None
