"""Every window and dialog fits a 1366×768 laptop beside its taskbar (1366×728 for the
window and its title bar) and still works on a 1280×720 screen; long forms scroll to the
field that has the focus; a saved window place is restored only where it fits.

The offscreen platform has no real screen size (it says 800×800): sizes are checked
against the desk's own figures, explicitly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QStatusBar, QWidget
from sqlalchemy import text

from desktop.services.office import build_services
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from desktop.ui.save_conflict import Choice
from desktop.ui.window_fit import (
    DESK,
    SMALL_DESK,
    TASKBAR,
    TITLE_BAR,
    client_area,
    restore_fitting_geometry,
)
from tests.form_keys import focused, press

pytestmark = pytest.mark.usefixtures("app_ready")
SMALL_FREE = QSize(SMALL_DESK.width(), SMALL_DESK.height() - TASKBAR)  # 1280×680
SMALL = client_area(SMALL_FREE)  # a window's own size there: 1280×644


@pytest.fixture
def window(qtbot, demo_db, prompter) -> Iterator[MainWindow]:
    widget = MainWindow(build_services(demo_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def _first_household(window: MainWindow) -> int:
    with window.services.database.session_factory() as session:
        return int(session.scalar(text("SELECT min(id) FROM households")))


def every_window(window: MainWindow, tmp_path: Path, qtbot) -> dict[str, Callable[[], QWidget]]:  # type: ignore[no-untyped-def]
    """Every top-level window and dialog of the app, opened the way the clerk opens it."""
    from desktop.services.exchange.export import export_workbook
    from desktop.ui.background import TaskRunner
    from desktop.ui.first_start import FirstStartDialog
    from desktop.ui.people.login_dialog import LoginDialog
    from tests.test_import_gui import province_list

    services = window.services
    prompter = window._prompter

    def stored_household() -> QWidget:
        return window.open_household(_first_household(window))

    def print_preview() -> QWidget:
        form = window.open_household(_first_household(window))
        form.preview_action.trigger()
        assert form.preview_dialog is not None
        return form.preview_dialog

    def household_plan() -> QWidget:
        window.open_household(_first_household(window))
        section = window.household_cases
        assert section is not None
        dialog = section.new_plan()
        assert dialog is not None
        for _ in range(4):  # a plan with room taken: problems and activities
            dialog.add_problem()
            dialog.add_activity()
        return dialog

    def stored_plan_and_visit(kind: str) -> QWidget:
        """A demo household's recorded plan or visit opened from the timeline to correct
        or delete (its Delete button shown)."""
        from desktop.services.cases import TimelineKind

        with window.services.database.session_factory() as session:
            household_id = int(
                session.scalar(
                    text(
                        "SELECT household_id FROM follow_up_visits WHERE household_id IN"
                        " (SELECT household_id FROM development_plans) LIMIT 1"
                    )
                )
            )
        form = window.open_household(household_id)
        section = window.household_cases
        assert section is not None
        form.tabs.setCurrentWidget(section)
        wanted = TimelineKind.PLAN if kind == "plan" else TimelineKind.VISIT
        row = next(i for i, e in enumerate(section.entries) if e.kind is wanted)
        dialog = section.open_plan_at(row) if kind == "plan" else section.open_visit_at(row)
        assert dialog is not None and dialog.delete_button.isVisibleTo(dialog)
        return dialog

    def household_plan_tab() -> QWidget:
        """The plan and follow-up tab with its evidence list (buttons beside the lists)."""
        form = window.open_household(_first_household(window))
        assert window.household_cases is not None and window.household_evidence is not None
        form.tabs.setCurrentWidget(window.household_cases)
        return form

    def report_evidence() -> QWidget:
        with window.services.database.session_factory() as session:
            report_id = int(session.scalar(text("SELECT min(id) FROM progress_reports")))
        form = window.desk.open_project(None)
        dialog = form.open_report_evidence(report_id, "ไตรมาส 1/2569 · ผลลัพธ์หลัก")
        assert dialog is not None
        return dialog

    def household_visit() -> QWidget:
        window.open_household(_first_household(window))
        section = window.household_cases
        assert section is not None
        dialog = section.record_visit()
        assert dialog is not None
        return dialog

    def column_mapping() -> QWidget:
        window.import_panel.open_workbook(province_list(tmp_path / "tpmap.xlsx", 1, "บ้านทดสอบ"))
        assert window.import_panel.mapping_dialog is not None
        return window.import_panel.mapping_dialog

    def dry_run() -> QWidget:
        book = tmp_path / "back.xlsx"
        export_workbook(services.database.session_factory, book)
        window.import_panel.open_workbook(book)
        panel = window.import_panel
        qtbot.waitUntil(
            lambda: panel.dry_run is not None and panel.dry_run.isVisible(), timeout=60_000
        )
        return panel.dry_run

    def indicator_set_dry_run() -> QWidget:
        from tests.indicator_set_books import edited, made_up_set, set_cell, write_book

        good = write_book(made_up_set(services.database), tmp_path / "set.xlsx")
        bad = edited(good, set_cell("ตัวชี้วัด", "B5", "สังคม"), tmp_path / "bad.xlsx")
        prompter.files_to_open.append(bad)  # the longer dialog: the problems show too
        window.indicator_sets_panel.load_from_file()
        assert window.indicator_sets_panel.dry_run_dialog is not None
        return window.indicator_sets_panel.dry_run_dialog

    def unlock_period() -> QWidget:
        year = services.projects.fiscal_years()[0]
        services.period_locks.lock(year, None, "ส่งจังหวัดแล้ว", window.current_user().name)
        window.locks_panel.reload()
        window.locks_panel.table.selectRow(0)
        dialog = window.locks_panel.unlock_period()
        assert dialog is not None
        return dialog

    def saved_by_someone_else() -> QWidget:
        """The household form's save refused: another clerk saved the household first."""
        form = window.open_household(_first_household(window))
        _save_elsewhere(window, form.draft.id)
        form.notes_edit.setPlainText("แก้ไขที่เครื่องนี้")
        form.save()
        assert form.conflicts.dialog is not None
        form._dirty = False  # the next window opens another household without asking
        if form.keeping is not None:
            form.keeping.discard()
        return form.conflicts.dialog

    def compare_with_theirs() -> QWidget:
        """The compare dialog, long: many fields differ."""
        form = window.open_household(_first_household(window))
        _save_elsewhere(window, form.draft.id, every_member=True)
        form.notes_edit.setPlainText("แก้ไขที่เครื่องนี้")
        form.save()
        assert form.conflicts.dialog is not None
        form.conflicts.dialog.buttons[Choice.COMPARE].click()
        assert form.conflicts.compare is not None
        form._dirty = False
        if form.keeping is not None:
            form.keeping.discard()
        return form.conflicts.compare

    def worklist() -> QWidget:
        window.rail.setCurrentRow(window.stack.indexOf(window.worklist_page))
        qtbot.waitUntil(lambda: window.worklist_page.model.rowCount() > 0)
        return window

    return {
        "main window": lambda: window,
        "main window (follow-up work)": worklist,
        "household form (new)": lambda: window.open_household(None),
        "household form (stored)": stored_household,
        "print preview": print_preview,
        "household plan": household_plan,
        "household visit": household_visit,
        "household plan tab": household_plan_tab,
        "household plan (stored, to delete)": lambda: stored_plan_and_visit("plan"),
        "household visit (recorded, to correct)": lambda: stored_plan_and_visit("visit"),
        "report evidence": report_evidence,
        "project form": lambda: window.desk.open_project(None),
        "agencies": lambda: window.desk.open_agencies(),
        "record assistance (project)": lambda: window.desk.record_for_project(None),
        "record assistance (household)": lambda: window.desk.record_for_household(
            _first_household(window), "ครัวเรือน"
        ),
        "add user": window.users_panel.add_user,
        "change password": window.users_panel.change_my_password,
        "lock period": window.locks_panel.lock_period,
        "saved by someone else": saved_by_someone_else,
        "compare with theirs": compare_with_theirs,
        "unlock period": unlock_period,
        "column mapping": column_mapping,
        "import dry run": dry_run,
        "indicator set dry run": indicator_set_dry_run,
        "login": lambda: LoginDialog(services.users, language=THAI),
        "first start": lambda: FirstStartDialog(tmp_path / "data", prompter, TaskRunner()),
    }


def _save_elsewhere(
    window: MainWindow, household_id: int | None, every_member: bool = False
) -> None:
    """Another PC saves the household: its own engine on the same file."""
    from db.engine import make_engine, make_session_factory
    from desktop.services.households.form import HouseholdFormService

    assert household_id is not None
    engine = make_engine(window.services.database.path)
    other = HouseholdFormService(make_session_factory(engine))
    draft = other.load(household_id)
    draft.notes, draft.house_no = "แก้ไขที่อีกเครื่องหนึ่ง", "999/99"
    if every_member:
        for member in draft.members:
            member.first_name += "ใหม่"
            member.occupation_second = "laborer"
    other.save(draft, user_name="สมชาย รักงาน", today=dt.date.today())
    engine.dispose()


def _fits(size: QSize, desk: QSize) -> bool:
    return size.width() <= desk.width() and size.height() + TITLE_BAR <= desk.height()


def _shown_inside(widget: QWidget, top: QWidget) -> bool:
    corner = widget.mapTo(top, widget.rect().topLeft())
    return top.rect().contains(QRect(corner, widget.size()))


def test_every_window_fits_the_desk_and_its_buttons_show_on_a_small_screen(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    too_big: dict[str, tuple[int, int]] = {}
    hidden: dict[str, list[str]] = {}
    opened = every_window(window, tmp_path, qtbot)
    for name, open_it in opened.items():
        shown = open_it()
        if not shown.isVisible():
            shown.show()
        qtbot.waitUntil(shown.isVisible)
        if not _fits(shown.size(), DESK):  # as it opens
            too_big[name] = shown.size().toTuple()
        for size in (shown.minimumSize(), shown.minimumSizeHint()):  # as small as it goes
            if not _fits(size, SMALL_FREE):
                too_big[name] = size.toTuple()
        shown.resize(shown.size().boundedTo(SMALL))
        qtbot.wait(20)  # the layout settles at the small size
        controls: list[QWidget] = [
            button
            for button in shown.findChildren(QAbstractButton)
            if button.isVisibleTo(shown) and button.window() is shown and button.text()
        ]
        controls += [bar for bar in shown.findChildren(QStatusBar) if bar.isVisibleTo(shown)]
        outside = [
            control.text() if isinstance(control, QAbstractButton) else type(control).__name__
            for control in controls
            if not _shown_inside(control, shown) and not _inside_scroll_area(control, shown)
        ]
        if outside:
            hidden[name] = outside
        if isinstance(shown, QDialog):
            shown.close()
    assert len(opened) == 26
    assert too_big == {}
    assert hidden == {}


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    """A control in a scroll area is reached by scrolling (the buttons are never there)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _in_view(widget: QWidget, viewport: QWidget) -> bool:
    corner = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(corner, widget.size()))


def test_the_household_form_scrolls_to_the_field_the_focus_goes_to(
    window: MainWindow, qtbot
) -> None:
    """On a 1280×720 screen the form is 644 pixels high. Enter from field to field, and a
    click on a problem in the list, take the focus below the first screenful: the form
    follows the focus every time; Save stays in view throughout."""
    form = window.open_household(_first_household(window))
    form.resize(SMALL)
    qtbot.waitUntil(form.isVisible)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    scroll = form.tabs.widget(0)
    viewport, bar = scroll.viewport(), scroll.verticalScrollBar()
    editor = form.members.editor
    fields = editor.ordered_fields()
    birth_date = editor.edits["birth_date"]
    fields[0].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields[0])
    assert not _in_view(fields[-1], viewport)  # the form is longer than the screen
    reached: list[QWidget] = []
    for _ in range(len(fields) * 2):
        press(Qt.Key.Key_Return)
        if focused() not in fields:
            break
        reached.append(focused())
        assert _in_view(focused(), viewport), focused()
    assert birth_date in reached and len(reached) >= 6
    assert bar.value() > 0

    birth_date.setFocus()
    birth_date.selectAll()
    qtbot.keyClicks(birth_date, "31/02/2510")  # no such day: a problem listed above the tabs
    form.check_now()
    bar.setValue(0)  # the clerk scrolls back up to look at the address
    assert not _in_view(birth_date, viewport)
    listed = form.problem_list
    row = next(
        i
        for i in range(listed.count())
        if str(listed.item(i).data(Qt.ItemDataRole.UserRole)).endswith("birth_date")
    )
    qtbot.mouseClick(
        listed.viewport(),
        Qt.MouseButton.LeftButton,
        pos=listed.visualItemRect(listed.item(row)).center(),
    )
    assert focused() is birth_date
    assert _in_view(birth_date, viewport)
    assert form.save_button.isVisible() and _shown_inside(form.save_button, form)
    form._dirty = False


def test_a_saved_place_is_restored_only_where_it_fits(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    window.setGeometry(screen.left() + 20, screen.top() + 60, 600, 400)
    small = window.saveGeometry()
    window.setGeometry(
        screen.left(), screen.top() + 40, screen.width() + 500, screen.height() + 300
    )
    too_big = window.saveGeometry()

    window.setGeometry(screen.left() + 10, screen.top() + 50, 700, 500)
    assert not restore_fitting_geometry(window, too_big)  # saved on a larger monitor
    assert window.size() == QSize(700, 500)
    assert restore_fitting_geometry(window, small)
    assert window.size() == QSize(600, 400)
    assert not restore_fitting_geometry(window, None)
