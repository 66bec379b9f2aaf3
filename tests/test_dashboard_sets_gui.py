"""The overview page with answers under two indicator sets: the indicator chart counts one
set at a time under its own names, says which set and years, the clerk switches sets in
its box, and a bar opens the register narrowed to that set's households."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.database import OfficeDatabase
from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.dashboard_sets_office import NEW_CODE, NEW_FIVE_TH, failing_by_set, two_set_office
from tests.indicator_set_books import SHIPPED


@pytest.fixture
def office(tmp_path: Path) -> Iterator[OfficeDatabase]:
    database = two_set_office(tmp_path)
    yield database
    database.close()


def _chart(page) -> dict[int, tuple[str, int]]:  # type: ignore[no-untyped-def]
    chart = page.indicator_chart
    labels = chart.category_axis.categories()
    shown = {}
    for index in range(chart.bar_set.count()):
        number = int(labels[index].split(".")[0])
        shown[number] = (labels[index], int(chart.bar_set.at(index)))
    return shown


def test_the_indicator_chart_shows_one_set_at_a_time_and_opens_its_households(
    app_ready, qtbot, office: OfficeDatabase, prompter
) -> None:
    window = MainWindow(build_services(office), THAI, prompter)
    qtbot.addWidget(window)
    window.show()
    page = window.overview_page
    qtbot.waitUntil(lambda: page.dashboard is not None)
    expected = failing_by_set(office)

    box = page.indicator_set_box
    assert box.isVisible() and box.count() == 2
    assert box.currentData() == NEW_CODE
    assert "2568–2572" in page.indicator_set_label.text()
    assert "ชุดอื่น" in page.indicator_set_label.text()
    shown = _chart(page)
    assert shown[5][0] == f"5. {NEW_FIVE_TH}"
    assert {n: count for n, (_, count) in shown.items()} == {
        n: expected[NEW_CODE].get(n, 0) for n in shown
    }

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the older set
    assert box.currentData() == SHIPPED
    assert "2560–2564" in page.indicator_set_label.text()
    shown = _chart(page)
    assert shown[5][0] != f"5. {NEW_FIVE_TH}"
    assert {n: count for n, (_, count) in shown.items()} == {
        n: expected[SHIPPED].get(n, 0) for n in shown
    }

    number = max(shown, key=lambda n: shown[n][1])  # a bar with households behind it
    index = page.indicator_chart.category_axis.categories().index(shown[number][0])
    page.indicator_chart.bar_set.clicked.emit(index)
    assert window.stack.currentWidget() is window.households_page
    households = window.households_page
    assert households.model.household_filter.failing_indicator == number
    assert households.model.household_filter.answers_set == SHIPPED
    assert households.model.total() == shown[number][1]
    chips = [
        households.filter_bar.chips.itemAt(i).widget().text()
        for i in range(households.filter_bar.chips.count())
    ]
    assert any(f"ตอบตามชุดตัวชี้วัด {SHIPPED}" in chip for chip in chips)
