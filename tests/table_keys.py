"""Typing into a QTableWidget cell as a clerk does: F2, type, Tab to the next cell.

(Offscreen, Return in a cell editor does not reach the delegate; Tab commits the same.)
"""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QTableWidget

from tests.thai_keys import type_text


def edit_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    table.setCurrentCell(row, column)
    QTest.keyClick(table, Qt.Key.Key_F2)  # the platform's edit key
    editors = [editor for editor in table.viewport().findChildren(QLineEdit) if editor.isVisible()]
    assert editors, "no cell editor opened"
    editor = editors[-1]
    editor.selectAll()
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
