"""The dashboard's charts read as a clerk needs them: every label whole, counts in whole
numbers, names in the chosen language, no tip left behind after a click-through."""

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QToolTip
from sqlalchemy import text

from db.database import OfficeDatabase
from desktop.services.dashboard import DashboardService
from desktop.services.office import build_services
from desktop.services.office.setup import OfficeService
from desktop.ui.dashboard.axis_labels import label_lines, widest_line
from desktop.ui.dashboard.count_chart import CountBarChart
from desktop.ui.language import ENGLISH, THAI
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.overview_page import OverviewPage

RAIL = 190  # the main window's navigation rail beside the page
DESK_WIDTH = 1366 - RAIL


def _page(qtbot, database: OfficeDatabase, width: int = DESK_WIDTH) -> OverviewPage:  # type: ignore[no-untyped-def]
    page = OverviewPage(DashboardService(database.session_factory))
    qtbot.addWidget(page)
    office = OfficeService(database.session_factory)
    page.show_office(office.profile(), office.counts())
    page.resize(width, 728)
    page.show()
    page.refresh()
    qtbot.waitExposed(page)
    return page


def _ticks(axis: QValueAxis) -> list[float]:
    if axis.tickType() == QValueAxis.TickType.TicksDynamic:
        values, value = [], axis.tickAnchor()
        while value <= axis.max() + 1e-9:
            values.append(value)
            value += axis.tickInterval()
        return values
    count = axis.tickCount()
    return [axis.min() + i * (axis.max() - axis.min()) / (count - 1) for i in range(count)]


def _plain(label: str) -> str:
    return " ".join(label_lines(label))


def _dark_pixels_below_bar(chart: CountBarChart, index: int) -> int:
    """Inked pixels in the label band under bar ``index`` of a vertical chart."""
    plot = chart.chart().plotArea()
    slot = plot.width() / chart.bar_set.count()
    left = chart.mapFromScene(chart.chart().mapToScene(QPointF(plot.left() + index * slot, 0)))
    bottom = chart.mapFromScene(chart.chart().mapToScene(QPointF(0, plot.bottom())))
    image = chart.grab().toImage()
    dark = 0
    for x in range(left.x() + 2, int(left.x() + slot) - 2):
        for y in range(bottom.y() + 4, min(image.height(), bottom.y() + 44)):
            if QColor(image.pixel(x, y)).lightness() < 110:
                dark += 1
    return dark


@pytest.mark.parametrize("screen", [1280, 1366])
def test_every_stage_bar_has_its_label_drawn(app_ready, qtbot, demo_db, screen: int) -> None:
    page = _page(qtbot, demo_db, screen - RAIL)
    chart = page.stage_chart
    assert chart.bar_set.count() == 4
    assert "".join(label_lines(chart.category_axis.categories()[3])) == "ยังไม่ประเมินระดับ"
    for index in range(4):
        assert _dark_pixels_below_bar(chart, index) > 20, index


def test_an_empty_office_counts_in_whole_numbers(app_ready, qtbot, office_db) -> None:
    page = _page(qtbot, office_db)
    for chart in (page.stage_chart, page.dimension_chart, page.indicator_chart):
        ticks = _ticks(chart.value_axis)
        assert all(tick == int(tick) for tick in ticks), ticks
        assert len({int(tick) for tick in ticks}) == len(ticks) >= 2
        assert chart.value_axis.max() >= 5


def test_count_axes_end_near_the_tallest_bar(app_ready, qtbot, demo_db) -> None:
    page = _page(qtbot, demo_db)
    for chart in (page.stage_chart, page.dimension_chart, page.indicator_chart):
        top = max(chart.bar_set.at(i) for i in range(chart.bar_set.count()))
        ticks = _ticks(chart.value_axis)
        assert top < chart.value_axis.max() <= 1.6 * top + 5
        assert 3 <= len(ticks) <= 7 and all(tick == int(tick) for tick in ticks)


def test_indicator_names_are_shown_whole(app_ready, qtbot, demo_db) -> None:
    with demo_db.engine.connect() as connection:
        named = {
            (number, "".join(name.split()))
            for number, name in connection.execute(text("SELECT number, text_th FROM indicators"))
        }
    page = _page(qtbot, demo_db)
    chart = page.indicator_chart
    labels = [_plain(label) for label in chart.category_axis.categories()]
    shown = set()
    for label in labels:
        number, name = label.split(". ", 1)
        assert "…" not in label
        assert (int(number), "".join(name.split())) in named  # lines break at Thai words
        shown.add(int(number))
    assert len(shown) == 17
    font = chart.category_axis.labelsFont()
    for label in chart.category_axis.categories():
        assert widest_line(label, font) <= chart.label_width()


def test_english_mode_names_the_dimensions_in_english(
    app_ready, language_switch, qtbot, demo_db
) -> None:
    language_switch.apply(ENGLISH)
    page = _page(qtbot, demo_db)
    labels = [_plain(label) for label in page.dimension_chart.category_axis.categories()]
    assert labels == [
        "Health",
        "Living conditions",
        "Education",
        "Income",
        "Access to public services",
    ]


def test_a_bar_click_leaves_no_tooltip_on_screen(app_ready, qtbot, demo_db, prompter) -> None:
    window = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.overview_page.dashboard is not None)
    window.activateWindow()  # Qt keeps a tip only over the active window
    qtbot.waitActive(window)
    chart = window.overview_page.stage_chart
    QCursor.setPos(chart.mapToGlobal(chart.rect().center()))
    qtbot.mouseMove(chart.viewport(), chart.viewport().rect().center())
    qtbot.waitUntil(chart.underMouse)
    chart.bar_set.hovered.emit(True, 0)
    qtbot.waitUntil(QToolTip.isVisible)
    chart.bar_set.clicked.emit(0)
    assert window.stack.currentWidget() is window.households_page
    chart.bar_set.hovered.emit(True, 0)  # Qt replays the hover once the click is done
    # A tip fades out within a moment; one left alone stays for ten seconds.
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=1000)
