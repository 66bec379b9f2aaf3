"""Keying from paper: Enter moves to the next field, as Tab does."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget


class EnterMovesOn(QObject):
    """Installed on a form's fields: Return/Enter in a line edit or combo box acts as Tab."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or event.key() not in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter picks the item in an open list
        if isinstance(watched, (QLineEdit, QComboBox, QAbstractButton)):
            watched.focusNextChild()
            return True
        return False


def install_enter_moves_on(root: QWidget, handler: EnterMovesOn) -> None:
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QComboBox)):
            widget.installEventFilter(handler)
