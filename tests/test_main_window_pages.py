"""The main window builds only its first page at start; every other page is built the
first time the clerk goes there (a click on the rail, Ctrl+N) or code reads it."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from db.database import OfficeDatabase
from desktop.services.office import build_services
from desktop.ui.cases.worklist_page import WorklistPage
from desktop.ui.households.households_page import HouseholdsPage
from desktop.ui.language import THAI
from desktop.ui.main_window import (
    EXCHANGE,
    FOLLOW_UP,
    HOUSEHOLDS,
    OVERVIEW,
    PROJECTS,
    SETTINGS,
    MainWindow,
)
from desktop.ui.pages.overview_page import OverviewPage
from tests.fake_prompter import FakePrompter

ROOT = Path(__file__).resolve().parent.parent
LATER_ROWS = range(1, 8)


@pytest.fixture
def window(app_ready, qtbot, demo_db: OfficeDatabase) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, FakePrompter())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_rail_row(window: MainWindow, qtbot, row: int) -> None:
    rect = window.rail.visualItemRect(window.rail.item(row))
    qtbot.mouseClick(window.rail.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_only_the_overview_is_built_at_start(window: MainWindow) -> None:
    assert window.pages.is_built(OVERVIEW)
    assert not any(window.pages.is_built(row) for row in LATER_ROWS)
    assert window.findChildren(HouseholdsPage) == []
    assert window.findChildren(WorklistPage) == []
    assert window.stack.count() == window.rail.count() == 8
    assert isinstance(window.stack.currentWidget(), OverviewPage)


def test_a_click_on_the_rail_builds_the_households_page_and_it_works(
    window: MainWindow, qtbot, demo_db: OfficeDatabase
) -> None:
    click_rail_row(window, qtbot, HOUSEHOLDS)
    page = window.stack.currentWidget()
    assert isinstance(page, HouseholdsPage)
    assert window.stack.currentIndex() == HOUSEHOLDS
    assert page.isVisible()
    assert window.households_page is page  # the attribute answers with the page shown
    assert page.model.total() == 200  # the demo office's households, listed
    qtbot.keyClicks(page.filter_bar.search_edit, "999999999")  # an ID nobody has
    qtbot.waitUntil(lambda: page.model.total() == 0, timeout=3000)
    assert not window.pages.is_built(PROJECTS)  # the others still wait
    click_rail_row(window, qtbot, OVERVIEW)
    click_rail_row(window, qtbot, HOUSEHOLDS)
    assert window.findChildren(HouseholdsPage) == [page]  # built once, then shown again


def test_ctrl_and_a_number_builds_the_page_it_jumps_to(window: MainWindow, qtbot) -> None:
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == FOLLOW_UP
    assert isinstance(window.stack.currentWidget(), WorklistPage)
    assert window.stack.currentWidget().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.settings_page
    assert window.settings_page.isVisible()


def test_reading_a_panel_builds_its_page_in_its_place_without_going_there(
    window: MainWindow,
) -> None:
    panel = window.export_panel
    assert window.pages.is_built(EXCHANGE)
    assert window.stack.indexOf(window.exchange_page) == EXCHANGE
    assert window.exchange_page.isAncestorOf(panel)
    assert window.stack.currentIndex() == OVERVIEW  # the clerk stays where they were
    assert not window.pages.is_built(SETTINGS)
    assert isinstance(window.stack.widget(SETTINGS), QWidget)  # its place is held


def test_a_write_elsewhere_builds_no_page(window: MainWindow, qtbot) -> None:
    """Refreshing after a write touches only the pages already built."""
    window.desk.changed.emit()  # a project, agency or piece of help was written
    window.settings_page.goal_chosen.emit(80.0)  # Settings built by reading it
    assert not any(window.pages.is_built(row) for row in LATER_ROWS if row != SETTINGS)


def test_the_app_starts_without_the_workbook_pdf_or_other_pages_loaded(
    office_db: OfficeDatabase,
) -> None:
    """A new process opening an office and showing the window: what only later pages,
    printing, the workbook or a province's import need is not imported yet."""
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from pathlib import Path
        from db.database import open_database
        from desktop.services.office import build_services
        from desktop.ui.main_window import MainWindow
        from tests.fake_prompter import FakePrompter
        window = MainWindow(
            build_services(open_database(Path({str(office_db.path)!r}))), "th", FakePrompter()
        )
        window.show()
        app.processEvents()
        print(" ".join(sorted(sys.modules)))
        """
    )
    office_db.close()
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        timeout=120,
    )
    loaded = set(result.stdout.split())
    assert "desktop.ui.pages.overview_page" in loaded  # the first page is there
    later = {
        "openpyxl",
        "xlsxwriter",
        "jinja2",
        "rapidfuzz",
        "geothai",
        "stdnum",
        "PySide6.QtPrintSupport",
        "desktop.ui.households.households_page",
        "desktop.ui.projects.project_desk",
        "desktop.ui.exchange.exchange_desk",
        "desktop.ui.pages.settings_desk",
        "desktop.ui.audit.audit_page",
        "desktop.ui.cases.worklist_page",
        "desktop.ui.household_form.form_dialog",
        "desktop.ui.printing.household_printing",
    }
    assert loaded & later == set()
