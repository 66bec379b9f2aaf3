"""A list of households to pick from with the keyboard as well as the mouse.

Space ticks or unticks the household under the cursor, the arrows move the cursor without
dropping what is ticked, Shift+arrows extend a run from the cursor, and Tab leaves the list
keeping the choice. Mouse clicks behave as in any list (Ctrl and Shift to add).
"""

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

CURSOR_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
)
Flag = QItemSelectionModel.SelectionFlag


class PickTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the list; the choice stays

    def selectionCommand(
        self,
        index: QModelIndex | QPersistentModelIndex,
        event: QEvent | None = None,
    ) -> Flag:
        if event is not None and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            modifiers = event.modifiers()  # type: ignore[attr-defined]
            shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            if key == Qt.Key.Key_Space and not shift:
                return Flag.Toggle | Flag.Rows
            if key in CURSOR_KEYS and not shift:
                return Flag.NoUpdate
            if key in CURSOR_KEYS and shift:
                return Flag.Select | Flag.Rows  # adds the run, keeps the ticks
        return super().selectionCommand(index, event)
