"""Keying from paper: Enter moves to the next field, as Tab does.

No Python event filters: PySide would wrap every event of the filtered widgets for Python,
including the child events of widgets being destroyed. Line edits use their own
`returnPressed` signal; combo boxes are a small subclass that overrides one key handler.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FormComboBox(QComboBox):
    """A combo box in which Enter, with the list closed, moves on to the next field."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not self.view().isVisible():
            self.focusNextChild()
            return
        super().keyPressEvent(event)


def enter_moves_on(root: QWidget) -> None:
    """Make Enter in every line edit under `root` act as Tab (once per line edit)."""
    for edit in root.findChildren(QLineEdit):
        if isinstance(edit.parent(), QAbstractSpinBox):
            continue  # a spin box's own editor: Enter there belongs to the spin box
        if not edit.property("enterMovesOn"):
            edit.setProperty("enterMovesOn", True)
            edit.returnPressed.connect(edit.focusNextChild)
