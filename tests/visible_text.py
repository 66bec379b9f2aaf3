"""Every text a person can see in a window: labels, buttons, tooltips, placeholders, combo
items, tool bar actions, view headers and items, tab titles, group titles, context menus."""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QToolBar,
    QWidget,
)

WORD = re.compile(r"[A-Za-z]{2,}")
# What is not English although written in Latin letters: format and standard names, units
# shown in brackets beside their Thai names, key caps; file-name patterns such as (*.xlsx).
NOT_ENGLISH = {"PDF", "Excel", "ANSI", "DL", "mm", "in", "pt", "CC", "DD", "Ctrl", "Shift", "Alt"}
FILE_PATTERN = re.compile(r"\*\.\w+|\*")
PATH = re.compile(r"\S*/\S*")


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = [
        str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for column in range(model.columnCount())
    ]
    root = view.rootIndex()
    for row in range(min(model.rowCount(root), 50)):
        texts.append(str(model.index(row, 0, root).data() or ""))
    return texts


def visible_texts(window: QWidget) -> list[str]:
    """The texts of `window` and of every child a person can see."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
            menu = widget.createStandardContextMenu()
            texts.extend(action.text() for action in menu.actions())
            menu.deleteLater()
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QToolBar):
            for action in widget.actions():
                if action.isVisible():
                    texts.extend((action.text(), action.toolTip()))
        if isinstance(widget, QAbstractItemView):
            texts.extend(_view_texts(widget))
    return [_as_shown(text) for text in texts if text]


def _as_shown(text: str) -> str:
    """Without the mnemonic marks: "ใช่ (&Y)" shows as "ใช่ (Y)", "&&" as "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def english_words(texts: list[str], *, allowed: set[str] = frozenset()) -> list[tuple[str, str]]:
    """(word, the text it is in) for every English-looking word in `texts`."""
    found = []
    for text in texts:
        plain = re.sub(r"<[^>]+>", " ", text)  # rich-text tags are not shown
        plain = PATH.sub(" ", FILE_PATTERN.sub(" ", plain))
        for word in WORD.findall(plain):
            if word not in NOT_ENGLISH and word not in allowed:
                found.append((word, text))
    return found
