"""The projects list reads whole on a 1366-pixel desk, and a project without a budget
says so instead of "2,000 of 0 baht"."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from sqlalchemy import text

from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow

CELL_PADDING_PX = 8  # Qt's item view draws text a few pixels inside the cell


@pytest.fixture
def window(app_ready, qtbot, demo_db, prompter) -> MainWindow:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    widget.rail.setCurrentRow(2)
    qtbot.waitUntil(lambda: widget.projects_page.model.rowCount() > 0)
    return widget


def test_names_and_headers_are_readable_at_1366(window: MainWindow, qtbot) -> None:
    page = window.projects_page
    table, model = page.table, page.model
    header = table.horizontalHeader()
    for column in range(model.columnCount()):  # what the header needs to draw its title
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title
    assert sum(header.sectionSize(c) for c in range(model.columnCount())) <= (
        table.viewport().width() + 1
    )  # no column pushed off to the right
    cells = QFontMetrics(table.font())
    for row in range(model.rowCount()):
        for column in (1, 2, 3):
            shown = model.data(model.index(row, column))
            room = QRect(0, 0, table.columnWidth(column) - CELL_PADDING_PX, 10_000)
            needed = cells.boundingRect(room, Qt.TextFlag.TextWordWrap, shown)
            assert needed.width() <= room.width(), (row, column, shown)
            assert needed.height() <= table.rowHeight(row), (row, column, shown)


def test_a_project_without_a_budget_says_so(window: MainWindow, demo_db, qtbot) -> None:
    with demo_db.engine.begin() as connection:
        project, name = connection.execute(
            text(
                "SELECT p.id, p.name FROM projects AS p WHERE EXISTS"
                " (SELECT 1 FROM assistance AS a WHERE a.project_id = p.id"
                " AND a.value_satang > 0) LIMIT 1"
            )
        ).one()
        connection.execute(
            text("UPDATE projects SET budget_satang = 0 WHERE id = :p"), {"p": project}
        )
    page = window.projects_page
    page.refresh()
    row = next(r for r, shown in enumerate(page.model.rows) if shown.id == project)
    assert page.model.data(page.model.index(row, 5)) == "ไม่ได้ตั้งงบประมาณ"
    form = window.desk.open_project(project)
    shown = form.reach.money_bar.format()
    assert "ไม่ได้ตั้งงบประมาณ" in shown and "จาก 0" not in shown, shown
    assert name
    form.reject()
