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
