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
