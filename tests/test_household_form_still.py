"""The household form stays still while a clerk keys: nothing turns red in a field not yet
left, messages have their room before they appear, the indicator columns do not move, and a
suggestion label never says "แนะนำ:" with nothing after it."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.database import OfficeDatabase
from desktop.services.office import build_services
from desktop.ui.household_form.form_dialog import HouseholdFormDialog
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.fake_prompter import FakePrompter
from tests.form_keys import focused, open_new_household_form, press, write
from tests.indicator_set_books import current_set

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def form(app_ready, qtbot, office_db: OfficeDatabase, prompter: FakePrompter, tmp_path):
    current_set(office_db, tmp_path)  # survey year 2569 keyed against a set the office loaded
    services = build_services(office_db)
    services.household_form.add_village("670101", 1, "บ้านหนองนา")
    window = MainWindow(services, THAI, prompter)
    qtbot.addWidget(window)
    window.show()
    window.rail.setCurrentRow(1)
    dialog = open_new_household_form(window, qtbot, TODAY)
    yield dialog
    dialog._dirty = False
    dialog.close()


def _field_tops(form: HouseholdFormDialog) -> list[int]:
    QApplication.processEvents()
    editor = form.members.editor
    widgets = [
        form.address.house_no_edit,
        form.address.house_code_edit,
        *editor.edits.values(),
        *editor.boxes.values(),
    ]
    # Measured on the scrolled page, not the window: the page scrolls to follow the focus,
    # which is no jump; a field moving on its page is.
    page = form.address.parentWidget()
    return [w.mapTo(page, w.rect().topLeft()).y() for w in widgets]


def test_nothing_turns_red_before_the_field_is_left_or_save_is_pressed(
    form: HouseholdFormDialog, qtbot
) -> None:
    labels = form.address.labels
    form.check_now()
    assert [label.text() for label in labels.values()] == ["", "", "", ""]
    assert not form.problem_list.isVisible()

    form.address.house_code_edit.setFocus()
    write("123")  # too short, but the clerk is still keying it
    form.check_now()
    assert labels["house_code"].text() == ""
    press(Qt.Key.Key_Return)  # leaves it
    form.check_now()
    assert labels["house_code"].text() != ""
    assert labels["house_no"].text() == ""  # never visited: still quiet

    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert labels["house_no"].text() != ""  # Save shows every problem
    assert form.problem_list.isVisible()


def test_fields_do_not_jump_when_a_message_appears(form: HouseholdFormDialog) -> None:
    before = _field_tops(form)
    form.address.house_code_edit.setFocus()
    write("123")
    press(Qt.Key.Key_Return)
    editor = form.members.editor
    editor.edits["national_id"].setFocus()
    write("3670300123485")  # a wrong check digit
    press(Qt.Key.Key_Return)
    form.check_now()
    assert form.address.labels["house_code"].text() != ""
    assert editor.labels["national_id"].text() != ""
    assert _field_tops(form) == before


def test_indicator_columns_stay_put_when_verified_by_appears(form: HouseholdFormDialog) -> None:
    indicators = form.indicators
    form.tabs.setCurrentWidget(indicators)
    QApplication.processEvents()
    assert indicators.isVisible()
    first = next(iter(indicators.boxes.values()))
    lefts = [box.mapTo(form, box.rect().topLeft()).x() for box in indicators.boxes.values()]
    widths = [box.width() for box in indicators.boxes.values()]
    first.setFocus()
    write("ผ")  # ผ่าน
    assert indicators.verified_labels[next(iter(indicators.boxes))].text() != ""
    QApplication.processEvents()
    assert [b.mapTo(form, b.rect().topLeft()).x() for b in indicators.boxes.values()] == lefts
    assert [box.width() for box in indicators.boxes.values()] == widths
    assert focused() is first


def test_a_suggestion_label_is_never_an_empty_suggested(form: HouseholdFormDialog) -> None:
    form.check_now()  # a new household: birth dates unknown, no suggestion can be made yet
    texts = [label.text().strip() for label in form.indicators.suggestion_labels.values()]
    assert any(texts)
    assert not [text for text in texts if text.endswith(":")]
