"""Two household forms on one household, each on its own client of the database file (two
PCs): saving in one, then in the other, shows who saved and when; reload shows their
values; compare lists the differing fields and saves the values chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from db.database import OfficeDatabase
from db.engine import make_engine, make_session_factory
from desktop.services.households.form import HouseholdFormService
from desktop.services.thai import format_be_date
from desktop.ui.household_form.form_dialog import HouseholdFormDialog
from desktop.ui.save_conflict import Choice
from tests.fake_prompter import FakePrompter
from tests.household_examples import SUBDISTRICT, TODAY, fill
from tests.indicator_set_books import current_set
from tests.thai_keys import type_text

pytestmark = pytest.mark.usefixtures("app_ready")
SOMSRI, SOMCHAI = "สมศรี ใจดี", "สมชาย รักงาน"


@pytest.fixture
def forms(
    office_db: OfficeDatabase, tmp_path, qtbot
) -> Iterator[tuple[HouseholdFormDialog, HouseholdFormDialog]]:
    """Two forms, each on its own engine, open on one stored household."""
    current_set(office_db, tmp_path)
    engines = [make_engine(office_db.path) for _ in range(2)]
    services = [HouseholdFormService(make_session_factory(engine)) for engine in engines]
    services[0].add_village(SUBDISTRICT, 1, "บ้านหนองนา")
    draft = fill(services[0].new_draft(today=TODAY, subdistrict_code=SUBDISTRICT))
    household_id = services[0].save(draft, user_name=SOMSRI, today=TODAY).household_id
    opened = []
    for service, user in zip(services, (SOMSRI, SOMCHAI), strict=True):
        form = HouseholdFormDialog(service, FakePrompter(), user_name=user, today=lambda: TODAY)
        form.show_household(household_id)
        form.show()
        opened.append(form)
    yield opened[0], opened[1]
    for form in opened:
        for dialog in (form.conflicts.compare, form.conflicts.dialog):
            if dialog is not None and dialog.isVisible():
                dialog.reject()
        form.prompter.confirm_answers[:] = [True] * 4  # type: ignore[attr-defined]  # "close and lose them?"
        form.close()
        form.deleteLater()
    qtbot.wait(10)  # the forms go before their engines
    for engine in engines:
        engine.dispose()


def _type_house_no(form: HouseholdFormDialog, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = form.address.house_no_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _type_notes(form: HouseholdFormDialog, text: str) -> None:
    form.tabs.setCurrentWidget(form.notes_edit)
    form.notes_edit.setFocus()
    form.notes_edit.selectAll()
    type_text(form.notes_edit, text)


def _conflict_after_both_save(mine: HouseholdFormDialog, theirs: HouseholdFormDialog, qtbot):  # type: ignore[no-untyped-def]
    """They save first; then my save is refused with the conflict dialog."""
    qtbot.mouseClick(theirs.save_button, Qt.MouseButton.LeftButton)
    assert theirs.status_label.text().startswith("บันทึกครัวเรือน")
    qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
    dialog = mine.conflicts.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_the_second_save_shows_who_saved_and_reload_shows_their_values(forms, qtbot) -> None:
    mine, theirs = forms
    _type_house_no(theirs, qtbot, "77/7")
    _type_house_no(mine, qtbot, "88/8")
    dialog = _conflict_after_both_save(mine, theirs, qtbot)
    shown = dialog.message.text()
    assert SOMCHAI in shown and format_be_date(dt.date.today()) in shown  # when they saved
    assert mine.has_unsaved_changes()  # nothing lost yet: my edit is still in the form
    assert mine.address.house_no_edit.text() == "88/8"

    qtbot.mouseClick(dialog.buttons[Choice.RELOAD], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert mine.address.house_no_edit.text() == "77/7"
    assert not mine.has_unsaved_changes() and mine.draft.version == 2


def test_cancel_keeps_my_edits_in_the_form_and_writes_nothing(forms, qtbot) -> None:
    mine, theirs = forms
    _type_house_no(theirs, qtbot, "77/7")
    _type_house_no(mine, qtbot, "88/8")
    dialog = _conflict_after_both_save(mine, theirs, qtbot)
    qtbot.mouseClick(dialog.buttons[Choice.CANCEL], Qt.MouseButton.LeftButton)
    assert mine.address.house_no_edit.text() == "88/8" and mine.has_unsaved_changes()
    assert theirs.service.load(mine.draft.id).house_no == "77/7"  # type: ignore[arg-type]


def test_compare_lists_the_differing_fields_and_saves_the_choices(forms, qtbot) -> None:
    mine, theirs = forms
    _type_house_no(theirs, qtbot, "77/7")
    _type_notes(theirs, "หลังคารั่ว")
    _type_house_no(mine, qtbot, "88/8")
    dialog = _conflict_after_both_save(mine, theirs, qtbot)
    qtbot.mouseClick(dialog.buttons[Choice.COMPARE], Qt.MouseButton.LeftButton)
    compare = mine.conflicts.compare
    assert compare is not None
    qtbot.waitUntil(compare.isVisible)
    table = compare.table
    rows = {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }
    assert rows == {"บ้านเลขที่": ("88/8", "77/7"), "หมายเหตุ": ("ทดสอบ", "หลังคารั่ว")}
    assert SOMCHAI in table.horizontalHeaderItem(2).text()
    ticked = {
        table.item(row, 0).text()
        for row in range(table.rowCount())
        if table.item(row, 1).checkState() == Qt.CheckState.Checked
    }
    assert ticked == {"บ้านเลขที่"}  # mine where I changed it, theirs where they did

    qtbot.mouseClick(compare.save_button, Qt.MouseButton.LeftButton)
    stored = theirs.service.load(mine.draft.id)  # type: ignore[arg-type]
    assert (stored.house_no, stored.notes, stored.version) == ("88/8", "หลังคารั่ว", 3)
    assert mine.address.house_no_edit.text() == "88/8"
    assert mine.notes_edit.toPlainText() == "หลังคารั่ว"
    assert not mine.has_unsaved_changes()


def test_keep_all_mine_overwrites_theirs_only_when_chosen(forms, qtbot) -> None:
    mine, theirs = forms
    _type_notes(theirs, "หลังคารั่ว")
    _type_house_no(mine, qtbot, "88/8")
    dialog = _conflict_after_both_save(mine, theirs, qtbot)
    qtbot.mouseClick(dialog.buttons[Choice.COMPARE], Qt.MouseButton.LeftButton)
    compare = mine.conflicts.compare
    assert compare is not None
    qtbot.mouseClick(compare.all_mine_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(compare.save_button, Qt.MouseButton.LeftButton)
    stored = theirs.service.load(mine.draft.id)  # type: ignore[arg-type]
    assert (stored.house_no, stored.notes) == ("88/8", "ทดสอบ")


def test_a_household_deleted_at_the_other_pc_is_said_so(forms, qtbot) -> None:
    mine, theirs = forms
    theirs.prompter.confirm_answers.append(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(theirs.delete_button, Qt.MouseButton.LeftButton)
    _type_house_no(mine, qtbot, "88/8")
    qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
    errors = mine.prompter.errors  # type: ignore[attr-defined]
    assert len(errors) == 1 and SOMCHAI in errors[0][1] and "ถูกลบ" in errors[0][1]
    assert QApplication.activeModalWidget() is None or not mine.conflicts.dialog


def _project_form_and_other_save(window, demo_db, qtbot):  # type: ignore[no-untyped-def]
    """The project form open on a project another PC saves meanwhile."""
    from desktop.services.projects import ProjectService

    with demo_db.session_factory() as session:
        project_id = session.scalar(text("SELECT min(id) FROM projects"))
    form = window.desk.open_project(project_id)
    engine = make_engine(demo_db.path)
    other = ProjectService(make_session_factory(engine))
    theirs = other.load(project_id)
    theirs.responsible_person = "นายอื่น ที่อื่น"
    other.save(theirs, SOMCHAI)
    engine.dispose()
    form.details.person_edit.clear()
    type_text(form.details.person_edit, "นางสาวใจดี มีสุข")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    dialog = form.conflict_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert SOMCHAI in dialog.message.text()
    return form, dialog, project_id


def test_a_project_saved_at_the_other_pc_is_overwritten_only_on_purpose(
    app_ready, qtbot, demo_db, prompter
) -> None:
    from db.models import Project
    from tests.test_projects_gui import make_window

    window = make_window(qtbot, demo_db, prompter)
    form, dialog, project_id = _project_form_and_other_save(window, demo_db, qtbot)
    with demo_db.session_factory() as session:
        assert session.get(Project, project_id).responsible_person == "นายอื่น ที่อื่น"
    qtbot.mouseClick(dialog.buttons[Choice.OVERWRITE], Qt.MouseButton.LeftButton)
    with demo_db.session_factory() as session:
        assert session.get(Project, project_id).responsible_person == "นางสาวใจดี มีสุข"
    assert not form.is_dirty()


def test_a_project_saved_at_the_other_pc_can_be_reloaded(
    app_ready, qtbot, demo_db, prompter
) -> None:
    from tests.test_projects_gui import make_window

    window = make_window(qtbot, demo_db, prompter)
    form, dialog, _ = _project_form_and_other_save(window, demo_db, qtbot)
    assert Choice.COMPARE not in dialog.buttons  # a project is reloaded or overwritten
    qtbot.mouseClick(dialog.buttons[Choice.RELOAD], Qt.MouseButton.LeftButton)
    assert form.details.person_edit.text() == "นายอื่น ที่อื่น"
    assert not form.is_dirty()
