"""Keying from paper, as CSPro keyers do: Enter moves to the next data field, choices are
picked by typing.

- Enter moves on as Tab does, but past helper buttons and lists (marked with
  `skip_on_enter`), so the next thing typed lands in a field and is never lost on a button.
- A choice box picks by what is typed: the start of its text, its code, or any word the
  code list gives for it ("เด็กชาย" picks ด.ช., "3" picks หมู่ที่ 3). Space never opens the
  list (Alt+Down and F4 do), so a stray space picks nothing.
- Enter on a check box moves on; Space ticks it.

No Python event filters: PySide would wrap every event of the filtered widgets for Python,
including the child events of widgets being destroyed. Line edits use their own
`returnPressed` signal; combo and check boxes are small subclasses overriding one handler.
"""

from collections.abc import Iterable

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
TYPED_AS_ROLE = Qt.ItemDataRole.UserRole + 1  # the other words that pick an item
SKIP_ON_ENTER = "skipOnEnter"
MAX_STEPS = 200  # a focus chain longer than any form; stops a loop with nothing to land on


def skip_on_enter(*widgets: QWidget) -> None:
    """Enter passes these by (helper buttons, lists); Tab still stops on them."""
    for widget in widgets:
        widget.setProperty(SKIP_ON_ENTER, True)


def is_helper(widget: QWidget) -> bool:
    """A helper button or list that Enter passes by."""
    return bool(widget.property(SKIP_ON_ENTER))


def move_to_next_field(widget: QWidget) -> None:
    """Focus the next widget in the Tab chain that is a data field."""
    widget.focusNextChild()
    for _ in range(MAX_STEPS):
        focused = QApplication.focusWidget()
        if focused is None or focused is widget or not focused.property(SKIP_ON_ENTER):
            return
        focused.focusNextChild()


def first_field(page: QWidget) -> QWidget:
    """The first widget of `page` that takes typing (the page itself when none does)."""
    fields = (QComboBox, QLineEdit, QPlainTextEdit, QAbstractButton, QAbstractItemView)
    for widget in page.findChildren(QWidget):
        if (
            isinstance(widget, fields)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not widget.property(SKIP_ON_ENTER)
            and not isinstance(widget.parent(), QAbstractSpinBox)
        ):
            return widget
    return page


def _typed_form(text: str) -> str:
    """What typing compares: no dots or spaces, lower case ("ด.ช." and "ดช" are the same)."""
    return "".join(text.split()).replace(".", "").casefold()


class FormComboBox(QComboBox):
    """A choice box keyed from paper: typing picks, Enter (list closed) moves on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since_typed = QElapsedTimer()

    def add_choice(self, text: str, data: object, typed_as: Iterable[str] = ()) -> None:
        """An item picked by typing the start of `text` or of any of `typed_as`."""
        self.addItem(text, data)
        self.setItemData(self.count() - 1, [_typed_form(w) for w in typed_as], TYPED_AS_ROLE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if self.view().isVisible() or self.isEditable():
            super().keyPressEvent(event)
            return
        if key in ENTER_KEYS:
            self._typed = ""
            move_to_next_field(self)
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Backspace and plain:
            self._type_back()
            return
        if plain and text and text.isprintable():
            self._type(text)
            return
        super().keyPressEvent(event)

    def _type(self, text: str) -> None:
        fresh = (
            not self._since_typed.isValid()
            or self._since_typed.elapsed() > QApplication.keyboardInputInterval() * 3
        )
        self._since_typed.start()
        typed = text if fresh else self._typed + text
        if not _typed_form(typed):  # a space alone: nothing to look for, nothing opens
            self._typed = "" if fresh else typed
            return
        row = self._match(typed)
        if row is None and not fresh:
            typed, row = text, self._match(text)
        self._typed = typed if row is not None else self._typed
        if row is not None:
            self.setCurrentIndex(row)

    def _type_back(self) -> None:
        self._typed = self._typed[:-1]
        row = self._match(self._typed) if _typed_form(self._typed) else None
        blank = 0 if self.count() and not self.itemData(0) else None
        target = row if row is not None else blank
        if target is not None:
            self.setCurrentIndex(target)

    def _match(self, typed: str) -> int | None:
        """The item whose text or words are what was typed, else the first they begin."""
        wanted = _typed_form(typed)
        first_start: int | None = None
        for row in range(self.count()):
            words = [_typed_form(self.itemText(row)), *(self.itemData(row, TYPED_AS_ROLE) or [])]
            if wanted in words:
                return row
            if first_start is None and any(word.startswith(wanted) for word in words):
                first_start = row
        return first_start

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        super().focusOutEvent(event)


class FormCheckBox(QCheckBox):
    """A check box in which Enter moves on to the next field (Space ticks it)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            move_to_next_field(self)
            return
        super().keyPressEvent(event)


def enter_moves_on(root: QWidget) -> None:
    """Make Enter in every line edit under `root` move to the next field (once per edit)."""
    for edit in root.findChildren(QLineEdit):
        if isinstance(edit.parent(), QAbstractSpinBox):
            continue  # a spin box's own editor: Enter there belongs to the spin box
        if not edit.property("enterMovesOn"):
            edit.setProperty("enterMovesOn", True)
            edit.returnPressed.connect(lambda edit=edit: move_to_next_field(edit))
