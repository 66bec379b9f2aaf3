"""The worklist page through its widgets on a generated office: the area and kinds narrow
the table and the counts name each kind, Enter on a line opens its household (in the main
window, the household form), and the visit list prints to a PDF a village a page."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.database import OfficeDatabase
from desktop.services.cases.worklist import WorkFilter, WorkKind, WorklistService
from desktop.services.households.listing import HouseholdListService
from desktop.services.office import build_services
from desktop.services.printing.visit_list import VisitListService
from desktop.ui.cases.worklist_page import WorklistPage
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.fake_prompter import FakePrompter
from tests.pdf_reading import compact, page_count, pdf_text

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def opened() -> list[int | None]:
    return []


@pytest.fixture
def page(app_ready, qtbot, demo_db: OfficeDatabase, prompter: FakePrompter, opened) -> WorklistPage:  # type: ignore[no-untyped-def]
    factory = demo_db.session_factory
    widget = WorklistPage(
        WorklistService(factory),
        VisitListService(factory),
        HouseholdListService(factory).filter_options,
        opened.append,
        prompter,
        today=lambda: TODAY,
    )
    qtbot.addWidget(widget)
    widget.resize(1150, 650)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.reading)
    return widget


def choose(qtbot, box, code: str) -> None:  # type: ignore[no-untyped-def]
    """Pick the combo box's choice of ``code`` by keyboard, as a clerk would, and wait for
    the list it reads."""
    box.setFocus()
    for _ in range(box.findData(code) - box.currentIndex()):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == code
    page = box.parentWidget()
    qtbot.waitUntil(lambda: not page.reading)


def test_the_area_and_kinds_narrow_the_list_and_each_kind_shows_its_count(
    page: WorklistPage, qtbot, demo_db: OfficeDatabase
) -> None:
    service = WorklistService(demo_db.session_factory)
    whole = service.worklist(WorkFilter(), today=TODAY)
    assert 0 < page.model.rowCount() <= len(whole.lines)  # the first page
    assert page.model.lines() == whole.lines[: page.model.rowCount()]
    visit_box = page.kind_boxes[WorkKind.VISIT_OVERDUE]
    assert visit_box.text() == f"นัดเยี่ยมเลยกำหนด ({whole.counts[WorkKind.VISIT_OVERDUE]})"
    village = whole.lines[-1].village_code
    choose(qtbot, page.subdistrict_box, village[:6])
    assert page.village_box.isEnabled()
    choose(qtbot, page.village_box, village)
    shown = {page.model.line(row).village_code for row in range(page.model.rowCount())}
    assert shown == {village}
    in_village = service.worklist(WorkFilter(village_code=village), today=TODAY)
    assert page.model.rowCount() == len(in_village.lines)
    visit_box.setFocus()
    qtbot.keyClick(visit_box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.reading)
    assert not visit_box.isChecked()
    kinds = {page.model.line(row).kind for row in range(page.model.rowCount())}
    assert WorkKind.VISIT_OVERDUE not in kinds
    expected = [line for line in in_village.lines if line.kind is not WorkKind.VISIT_OVERDUE]
    assert [page.model.line(row) for row in range(page.model.rowCount())] == expected
    assert page.count_label.text().startswith(f"{len(expected)} รายการ")
    texts = [page.model.index(0, column).data() for column in range(6)]
    assert texts[0].startswith("หมู่ ") and all(isinstance(text, str) for text in texts)


def test_enter_on_a_line_opens_its_household(page: WorklistPage, qtbot, opened) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    line = page.model.line(page.table.currentIndex().row())
    assert line is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [line.household_id]


def test_the_visit_list_prints_a_village_a_page_with_its_households(
    page: WorklistPage, qtbot, prompter: FakePrompter, tmp_path: Path
) -> None:
    choose(qtbot, page.subdistrict_box, page.model.line(0).subdistrict_code)
    lines = [page.model.line(row) for row in range(page.model.rowCount())]
    villages = {line.village_code for line in lines}
    target = tmp_path / "visits.pdf"
    prompter.files_to_save.append(target)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert target.exists() and not prompter.errors
    assert page_count(target) >= len(villages) > 1
    text = compact(pdf_text(target))
    assert compact("รายการเยี่ยมติดตามครัวเรือนเป้าหมาย") in text
    assert compact("ลงชื่อผู้เยี่ยม") in text
    first = lines[0]
    assert compact(f"หมู่ที่ {first.village_moo} {first.village_name}") in text
    for line in lines[:5]:
        assert compact(line.head_name) in text
    assert compact(page.subdistrict_box.currentText()) in text  # the filter, on the page


def test_the_rail_page_opens_the_household_form_on_enter(
    app_ready, qtbot, demo_db: OfficeDatabase
) -> None:
    window = MainWindow(build_services(demo_db), THAI, FakePrompter())
    qtbot.addWidget(window)
    window.show()
    window.rail.setCurrentRow(window.stack.indexOf(window.worklist_page))
    assert window.rail.currentItem().text() == "งานที่ต้องติดตาม"
    worklist = window.worklist_page
    qtbot.waitUntil(lambda: not worklist.reading and worklist.model.rowCount() > 0)
    worklist.table.setFocus()
    line = worklist.model.line(worklist.table.currentIndex().row())
    qtbot.keyClick(worklist.table, Qt.Key.Key_Enter)
    form = window.household_form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    assert line is not None and form.draft.id == line.household_id
    form.reject()
    QApplication.processEvents()


def test_the_page_shows_the_counts_and_reads_more_lines_as_the_clerk_scrolls(
    app_ready, qtbot, demo_db: OfficeDatabase, prompter: FakePrompter
) -> None:
    service = WorklistService(demo_db.session_factory)
    whole = service.worklist(WorkFilter(), today=TODAY)
    widget = WorklistPage(
        service,
        VisitListService(demo_db.session_factory),
        HouseholdListService(demo_db.session_factory).filter_options,
        lambda _household: None,
        prompter,
        today=lambda: TODAY,
        page_lines=40,
    )
    qtbot.addWidget(widget)
    widget.resize(1150, 650)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.reading)
    for kind, box in widget.kind_boxes.items():
        assert box.text().endswith(f" ({whole.counts[kind]})")
    qtbot.waitUntil(lambda: not widget.counting)  # the households are counted after the page
    assert widget.count_label.text() == f"{len(whole.lines)} รายการ · {whole.households()} ครัวเรือน"
    first = widget.model.rowCount()
    assert first == 40 and widget.model.lines() == whole.lines[:40]
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: widget.model.rowCount() > first)
    for _ in range(len(whole.lines)):  # to the end, a page each time the view reaches it
        if not widget.model.canFetchMore():
            break
        rows = widget.model.rowCount()
        qtbot.keyClick(widget.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda rows=rows: widget.model.rowCount() > rows)
    assert widget.model.lines() == whole.lines
