"""Keying a household from paper as CSPro keyers do: every keystroke counted, none lost."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.database import OfficeDatabase
from db.models import Household, Member
from desktop.services.office import build_services
from desktop.ui.household_form.form_dialog import HouseholdFormDialog
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.fake_prompter import FakePrompter
from tests.form_keys import focused, open_new_household_form, press, tab, write
from tests.indicator_set_books import current_set
from tests.paper_household import (
    HOUSE_CODE,
    HOUSE_NO,
    PAPER,
    SAVED_MEMBERS,
    Keyer,
    data_characters,
    key_household,
)

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def window(
    app_ready, qtbot, office_db: OfficeDatabase, prompter: FakePrompter, tmp_path
) -> MainWindow:
    current_set(office_db, tmp_path)  # survey year 2569 keyed against a set the office loaded
    services = build_services(office_db)
    for moo, name in ((1, "บ้านหนองนา"), (3, "บ้านดอนไชย"), (12, "บ้านนาเฉลียง")):
        services.household_form.add_village("670101", moo, name)
    widget = MainWindow(services, THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    widget.rail.setCurrentRow(1)
    return widget


@pytest.fixture
def form(window: MainWindow, qtbot) -> HouseholdFormDialog:
    dialog = open_new_household_form(window, qtbot, TODAY)
    yield dialog
    dialog._dirty = False
    dialog.close()


def test_a_household_of_four_keyed_from_paper_in_few_keystrokes_none_lost(
    form: HouseholdFormDialog, office_db: OfficeDatabase
) -> None:
    keyer = Keyer()
    key_household(form, keyer)

    assert form.draft.id is not None, form.status_label.text()
    with office_db.session_factory() as session:
        household = session.scalars(select(Household)).one()
        assert (household.house_no, household.house_code, household.village_code) == (
            HOUSE_NO,
            HOUSE_CODE,
            "67010101",
        )
        members = session.scalars(select(Member).order_by(Member.seq)).all()
        assert [
            (m.title, m.first_name, m.last_name, m.relation, m.sex) for m in members
        ] == SAVED_MEMBERS
        assert [m.national_id for m in members] == [p.national_id for p in PAPER]
        assert members[2].birth_date == dt.date(2012, 2, 29)
    assert keyer.keystrokes <= 1.2 * data_characters()


def test_enter_passes_helper_buttons_and_check_boxes(form: HouseholdFormDialog) -> None:
    address = form.address
    write("ใน")
    press(Qt.Key.Key_Return)
    write("3")
    press(Qt.Key.Key_Return)  # not onto "New village…": the house number is next
    assert focused() is address.house_no_edit
    write("7")
    assert address.house_no_edit.text() == "7"
    address.source_box.setFocus()
    press(Qt.Key.Key_Return)
    assert focused() is address.welfare_card_check
    press(Qt.Key.Key_Space)  # Space ticks
    assert address.welfare_card_check.isChecked()
    press(Qt.Key.Key_Return)  # Enter moves on
    assert focused() is address.welfare_registered_check
    press(Qt.Key.Key_Return)  # past the members list and "Add member": the first field
    assert focused() is form.members.editor.boxes["title"]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("3", "หมู่ที่ 3 บ้านดอนไชย"), ("12", "หมู่ที่ 12 บ้านนาเฉลียง"), ("1", "หมู่ที่ 1 บ้านหนองนา")],
)
def test_a_village_is_picked_by_its_number(form: HouseholdFormDialog, typed: str, shown: str):
    write("ในเมือง")
    tab()
    assert focused() is form.address.village_box
    write(typed)
    assert form.address.village_box.currentText() == shown


def test_a_space_in_a_choice_box_does_not_open_the_list(form: HouseholdFormDialog) -> None:
    box = form.address.subdistrict_box
    press(Qt.Key.Key_Space)
    assert not box.view().isVisible()
    assert box.currentIndex() == 0


@pytest.mark.parametrize(
    ("field", "typed", "picked"),
    [
        ("title", "เด็กชาย", "boy"),
        ("title", "เด็กหญิง", "girl"),
        ("title", "ดญ", "girl"),
        ("title", "น.ส.", "miss"),
        ("relation", "คู่สมรส", "husband"),
        ("relation", "ลูก", "child"),
        ("relation", "wife", "wife"),  # any code list by its code
        ("occupation_main", "farmer", "farmer"),
        ("education_level", "ปวส", "vocational"),  # an abbreviation inside ปวช./ปวส.
        ("occupation_main", "ทำนา", "farmer"),
    ],
)
def test_choices_are_picked_by_their_word_abbreviation_synonym_or_code(
    form: HouseholdFormDialog, field: str, typed: str, picked: str
) -> None:
    box = form.members.editor.boxes[field]
    box.setFocus()
    write(typed)
    assert box.currentData() == picked


def test_backspace_takes_back_what_was_typed_in_a_choice(form: HouseholdFormDialog) -> None:
    box = form.members.editor.boxes["title"]
    box.setFocus()
    write("นางส")
    assert box.currentData() == "miss"
    press(Qt.Key.Key_Backspace)
    assert box.currentData() == "mrs"


def test_tabs_change_by_keyboard_even_from_inside_a_table(form: HouseholdFormDialog) -> None:
    tabs = form.tabs
    form.members.table.setFocus()
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is form.indicators
    assert focused() is next(iter(form.indicators.boxes.values()))  # keys go on into it
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is form.stages
    press(Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is form.indicators
    form.address.house_no_edit.setFocus()
    tabs.setCurrentIndex(0)
    for letter, page in (
        (Qt.Key.Key_I, form.indicators),
        (Qt.Key.Key_S, form.stages),
        (Qt.Key.Key_N, form.notes_edit),
        (Qt.Key.Key_Y, form.history),
        (Qt.Key.Key_H, tabs.widget(0)),
    ):
        press(letter, Qt.KeyboardModifier.AltModifier)
        assert tabs.currentWidget() is page, letter
        assert focused() is page or page.isAncestorOf(focused()), letter


def test_a_stage_row_is_added_and_filled_by_keyboard(form: HouseholdFormDialog) -> None:
    press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert form.tabs.currentWidget() is form.stages
    assert form.stages.isAncestorOf(focused())
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert form.stages.table.rowCount() == 1
    write("พอ")
    press(Qt.Key.Key_Return)
    assert form.draft.stages[0].stage == "sufficiency"
    assert focused() is form.stages.table.cellWidget(0, 1)  # on to the date
