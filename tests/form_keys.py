"""Driving a form with the keyboard alone: keys go to whichever widget has the focus."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.thai_keys import type_text


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def tab(times: int = 1) -> None:
    for _ in range(times):
        press(Qt.Key.Key_Tab)


def down(times: int = 1) -> None:
    for _ in range(times):
        press(Qt.Key.Key_Down)


def write(text: str) -> None:
    """Type into the focused field (Thai one character at a time, as a keyboard would)."""
    type_text(focused(), text)


def open_new_household_form(window, qtbot, today):  # type: ignore[no-untyped-def]
    """Open a new household from the register by keyboard, as a clerk does (Space on
    "Add household"), with the form's today fixed; waits until the first field has focus."""
    page = window.households_page
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    dialog = window.household_form
    assert dialog is not None
    dialog._today = lambda: today
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.address.subdistrict_box)
    return dialog
