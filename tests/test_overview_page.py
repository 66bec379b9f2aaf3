"""The overview dashboard page, driven through its widgets on a generated office."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from db.database import OfficeDatabase
from desktop.services.dashboard import DashboardService
from desktop.services.households.listing import HouseholdFilter, HouseholdListService
from desktop.services.office.setup import OfficeService
from desktop.services.projects import ProjectFilter
from desktop.ui.pages.overview_page import OverviewPage
from tests.pdf_reading import compact, inked_share, page_count, pdf_text

LATEST_STAGE = (
    "(SELECT a.stage FROM stage_assessments AS a WHERE a.household_id = h.id"
    " ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)"
)


class Opened:
    def __init__(self) -> None:
        self.households: list[HouseholdFilter] = []
        self.projects: list[ProjectFilter] = []


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def page(app_ready, qtbot, demo_db: OfficeDatabase, opened: Opened) -> OverviewPage:
    widget = OverviewPage(
        DashboardService(demo_db.session_factory),
        opened.households.append,
        opened.projects.append,
    )
    qtbot.addWidget(widget)
    office = OfficeService(demo_db.session_factory)
    widget.show_office(office.profile(), office.counts())
    widget.resize(1200, 800)
    widget.show()
    widget.refresh()
    return widget


def _scalar(database: OfficeDatabase, sql: str, **params: object) -> int:
    with database.engine.connect() as connection:
        return int(connection.execute(text(sql), params).scalar_one())


def _click_cell(qtbot, table, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    table.scrollToItem(table.item(row, column))
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_tiles_show_the_office_numbers(page: OverviewPage, demo_db: OfficeDatabase) -> None:
    expected = {
        "households": _scalar(demo_db, "SELECT count(*) FROM households"),
        "helped": _scalar(demo_db, "SELECT count(DISTINCT household_id) FROM assistance"),
    }
    expected["not_helped"] = expected["households"] - expected["helped"]
    for stage in ("survival", "sufficiency", "sustainable"):
        expected[stage] = _scalar(
            demo_db, f"SELECT count(*) FROM households AS h WHERE {LATEST_STAGE} = :s", s=stage
        )
    assert expected["households"] == 200 and 0 < expected["helped"] < 200
    for key, value in expected.items():
        assert page.tiles[key].value_label.text() == f"{value:,}", key
    assert "200" in page.subdistrict_table.item(page.subdistrict_table.rowCount() - 1, 1).text()


def test_clicking_a_tile_opens_its_households(
    page: OverviewPage, qtbot, demo_db: OfficeDatabase, opened: Opened
) -> None:
    qtbot.mouseClick(page.tiles["survival"], Qt.MouseButton.LeftButton)
    assert opened.households == [HouseholdFilter(stage="survival")]
    page.tiles["not_helped"].setFocus()
    qtbot.keyClick(page.tiles["not_helped"], Qt.Key.Key_Return)
    assert opened.households[-1] == HouseholdFilter(helped=False)
    listed = HouseholdListService(demo_db.session_factory)
    for key in ("survival", "not_helped"):
        shown = int(page.tiles[key].value_label.text().replace(",", ""))
        chosen = opened.households[0 if key == "survival" else -1]
        assert listed.count(chosen) == shown


def test_bars_open_the_households_they_count(
    page: OverviewPage, demo_db: OfficeDatabase, opened: Opened
) -> None:
    listed = HouseholdListService(demo_db.session_factory)
    page.stage_chart.bar_set.clicked.emit(1)
    assert opened.households[-1] == HouseholdFilter(stage="sufficiency")
    page.dimension_chart.bar_set.clicked.emit(3)
    assert opened.households[-1] == HouseholdFilter(failing_dimension="income")
    for chart in (page.stage_chart, page.dimension_chart, page.indicator_chart):
        for index in range(chart.bar_set.count()):
            chart.bar_set.clicked.emit(index)
            assert listed.count(opened.households[-1]) == chart.bar_set.at(index)
    indicators = page.indicator_chart
    assert indicators.bar_set.count() == 17
    labels = indicators.category_axis.categories()
    for index in range(17):
        indicators.bar_set.clicked.emit(index)
        number = opened.households[-1].failing_indicator
        assert labels[index].startswith(f"{number}. ")
    top = labels[-1]  # a horizontal chart draws its last category at the top
    assert top.startswith(f"{_scalar(demo_db, 'SELECT min(number) FROM indicators')}. ")


def test_table_cells_open_their_lists(
    page: OverviewPage, qtbot, demo_db: OfficeDatabase, opened: Opened
) -> None:
    table = page.subdistrict_table
    helped_column = table.HELPED_COLUMN
    first_code = page.dashboard.subdistricts[0].code
    _click_cell(qtbot, table, 0, helped_column)
    assert opened.households[-1] == HouseholdFilter(subdistrict_code=first_code, helped=True)
    expected = _scalar(
        demo_db,
        "SELECT count(*) FROM households AS h JOIN villages AS v ON v.code = h.village_code"
        " WHERE v.subdistrict_code = :code"
        " AND EXISTS (SELECT 1 FROM assistance AS a WHERE a.household_id = h.id)",
        code=first_code,
    )
    assert table.item(0, helped_column).text() == f"{expected:,}"
    _click_cell(qtbot, table, table.rowCount() - 1, table.FIRST_STAGE_COLUMN)  # district, survival
    assert opened.households[-1] == HouseholdFilter(stage="survival")
    listed = HouseholdListService(demo_db.session_factory)
    for row in range(table.rowCount()):
        for column in range(1, table.columnCount()):
            chosen = table.filter_at(row, column)
            assert listed.count(chosen) == int(table.item(row, column).text().replace(",", ""))

    umbrellas = page.umbrella_table
    _click_cell(qtbot, umbrellas, 0, 3)
    assert opened.projects == [ProjectFilter(umbrella_code="food")]
    _click_cell(qtbot, umbrellas, umbrellas.rowCount() - 1, 1)
    assert opened.projects[-1] == ProjectFilter()
    projects = _scalar(demo_db, "SELECT count(*) FROM projects")
    assert umbrellas.item(umbrellas.rowCount() - 1, 1).text() == f"{projects:,}"


def test_choosing_a_fiscal_year_limits_umbrellas_and_goal(
    page: OverviewPage, qtbot, demo_db: OfficeDatabase, opened: Opened
) -> None:
    box = page.year_box
    years = [box.itemData(index) for index in range(box.count())]
    assert years[0] is None and 2568 in years and 2567 in years
    box.setCurrentIndex(box.findData(2567))
    assert page.dashboard is not None and page.dashboard.fiscal_year == 2567
    umbrellas = page.umbrella_table
    _click_cell(qtbot, umbrellas, 1, 2)
    assert opened.projects[-1] == ProjectFilter(fiscal_year=2567, umbrella_code="housing")
    projects = _scalar(demo_db, "SELECT count(*) FROM projects WHERE fiscal_year = 2567")
    assert umbrellas.item(umbrellas.rowCount() - 1, 1).text() == f"{projects:,}"
    goal_years = page.goal_chart.year_axis.categories()
    assert goal_years and all(int(label.split()[-1]) <= 2567 for label in goal_years)
    assert box.currentData() == 2567  # a refresh keeps the chosen year


def test_copy_as_image_and_print_to_pdf(
    page: OverviewPage, qtbot, tmp_path: Path, demo_db: OfficeDatabase
) -> None:
    clipboard = QApplication.clipboard()
    clipboard.clear()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    picture = clipboard.pixmap()
    assert not picture.isNull()
    assert picture.width() >= page.content.width() and picture.height() > 1000

    path = tmp_path / "overview.pdf"
    pages = page.print_to_pdf(path)
    assert path.stat().st_size > 10_000
    assert page_count(path) == pages >= 1
    assert compact("เมืองเพชรบูรณ์") in compact(pdf_text(path, 1))
    assert inked_share(path, 1, tmp_path) > 0.01  # the dashboard's picture, not a blank page


def test_a_page_without_a_service_still_shows_the_office(app_ready, qtbot, office_db) -> None:
    widget = OverviewPage()
    qtbot.addWidget(widget)
    office = OfficeService(office_db.session_factory)
    widget.show_office(office.profile(), office.counts())
    widget.refresh()  # nothing to build from: no error, figures left empty
    assert "เมืองเพชรบูรณ์" in widget.heading.text()
    assert widget.dashboard is None and not widget.copy_button.isEnabled()
