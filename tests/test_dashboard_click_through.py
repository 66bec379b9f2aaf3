"""A dashboard number opens the list that makes it, in the real main window."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.overview_page.dashboard is not None)
    return widget


def test_survival_tile_opens_the_register_with_that_many_households(
    window: MainWindow, demo_db, qtbot
) -> None:
    with demo_db.session_factory() as session:
        survival = session.scalar(
            text("SELECT count(*) FROM households WHERE current_stage = 'survival'")
        )
    tile = window.overview_page.tiles["survival"]
    assert tile.value_label.text().replace(",", "") == str(survival)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.households_page
    page = window.households_page
    assert page.model.household_filter.stage == "survival"
    assert page.model.total() == survival
    assert page.filter_bar.stage_box.currentData() == "survival"


def test_subdistrict_cell_opens_its_households(window: MainWindow, demo_db) -> None:
    table = window.overview_page.subdistrict_table
    with demo_db.session_factory() as session:
        code, households = session.execute(
            text(
                "SELECT v.subdistrict_code, count(*) FROM households AS h JOIN villages AS v"
                " ON v.code = h.village_code GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
            )
        ).one()
    row = next(
        r
        for r, figures in enumerate(window.overview_page.dashboard.subdistricts)
        if figures.code == code
    )
    table.cellClicked.emit(row, 1)
    assert window.stack.currentWidget() is window.households_page
    assert window.households_page.model.household_filter.subdistrict_code == code
    assert window.households_page.model.total() == households


def test_umbrella_row_opens_its_projects(window: MainWindow, demo_db) -> None:
    dashboard = window.overview_page.dashboard
    umbrella = next(u for u in dashboard.umbrellas if u.projects)
    row = list(dashboard.umbrellas).index(umbrella)
    window.overview_page.umbrella_table.cellClicked.emit(row, 1)
    assert window.stack.currentWidget() is window.projects_page
    rows = window.projects_page.model.rows
    assert len(rows) == umbrella.projects
    assert {r.umbrella_code for r in rows} == {umbrella.code}


def test_recording_help_updates_the_dashboard(window: MainWindow, demo_db, prompter, qtbot) -> None:
    before = window.overview_page.dashboard.office.helped.value
    with demo_db.session_factory() as session:
        household = session.scalar(
            text(
                "SELECT id FROM households AS h WHERE NOT EXISTS"
                " (SELECT 1 FROM assistance AS a WHERE a.household_id = h.id) LIMIT 1"
            )
        )
        project = session.scalar(text("SELECT id FROM projects LIMIT 1"))
    dialog = window.desk.record_for_household(household, "")
    dialog.fields.project_box.setCurrentIndex(dialog.fields.project_box.findData(project))
    dialog.fields.kind_box.setCurrentIndex(dialog.fields.kind_box.findData("goods"))
    assert dialog.record() == 1
    window.rail.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.overview_page.dashboard.office.helped.value == before + 1)


def _households(database, sql: str) -> set[int]:  # type: ignore[no-untyped-def]
    with database.session_factory() as session:
        return set(session.scalars(text(sql)))


def _listed_ids(window: MainWindow) -> set[int | None]:
    model = window.households_page.model
    return {model.household_id(row) for row in range(model.total())}


def test_case_figure_cells_open_the_households_visited_and_moved_up(
    window: MainWindow, demo_db, qtbot
) -> None:
    from desktop.services.thai import quarter_bounds

    section = window.overview_page.case_figures
    table = section.table
    figures = window.overview_page.dashboard.cases
    row, year = next((r, f) for r, f in enumerate(figures.visits) if any(f.quarters) and f.year)
    quarter = next(q for q in (1, 2, 3, 4) if year.quarters[q - 1])
    first, last = quarter_bounds(year.fiscal_year, quarter)
    visited = _households(
        demo_db,
        "SELECT DISTINCT household_id FROM follow_up_visits"
        f" WHERE visited_on BETWEEN '{first}' AND '{last}'",
    )
    assert visited and len(visited) <= year.quarters[quarter - 1]
    table.setFocus()
    table.setCurrentCell(row, quarter)  # Visits Q{quarter}
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.households_page
    page = window.households_page
    assert page.model.total() == len(visited)
    assert _listed_ids(window) == visited
    chip = page.filter_bar.case_event_chip
    assert chip is not None and "เยี่ยม" in chip.text() and f"{year.fiscal_year}" in chip.text()
    # moved up in the whole fiscal year: the same households the figure counts
    moved = next(f for f in figures.moved_up if f.year)
    moved_row = [f.fiscal_year for f in figures.moved_up].index(moved.fiscal_year)
    table.cellClicked.emit(moved_row, 10)  # Moved up, year
    assert page.model.total() == moved.year
    assert "เลื่อนระดับ" in (page.filter_bar.case_event_chip or chip).text()
    qtbot.mouseClick(page.filter_bar.case_event_chip, Qt.MouseButton.LeftButton)
    assert page.model.household_filter.case_event is None  # its chip clears it
    assert page.filter_bar.case_event_chip is None


def test_the_plans_line_opens_the_households_with_a_current_plan(
    window: MainWindow, demo_db
) -> None:
    section = window.overview_page.case_figures
    figures = window.overview_page.dashboard.cases
    assert 'href="plans"' in section.plans_label.text()
    section.plans_label.linkActivated.emit("plans")
    page = window.households_page
    assert window.stack.currentWidget() is page
    assert page.model.total() == figures.current_plans
    section.plans_label.linkActivated.emit("survival-planned")
    assert page.model.total() == figures.survival_with_plan
    assert page.filter_bar.stage_box.currentData() == "survival"
