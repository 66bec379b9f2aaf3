"""The main window's navigation rail and the stack of pages it shows, each page built the
first time it is shown or asked for.

Starting the app builds only the first page: every other page (and the modules behind it:
the workbook, PDFs, the audit queries) waits until the clerk goes there. A page not yet
built holds its place in the stack with an empty widget, so rows and stack indexes always
match, and Ctrl+1…Ctrl+N reach every page whether it is built or not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QStackedWidget, QWidget

PageT = TypeVar("PageT")


class PageRail:
    """The rail (`rail`) and its pages (`stack`), one row per page, in the order added."""

    def __init__(self, window: QWidget, style: str) -> None:
        self._window = window
        self._builders: list[Callable[[], QWidget] | None] = []
        self.rail = QListWidget()
        self.rail.setObjectName("navigationRail")
        # Its own style, before its rows are laid out: inherited from the window only once
        # parented, the padding came after the rows were spaced, and they overlapped.
        self.rail.setStyleSheet(style)
        self.rail.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.rail.currentRowChanged.connect(self._go_to)

    def add(self, title: str, build: Callable[[], QWidget]) -> None:
        """A page titled `title` on the next row (and Ctrl+row), built by `build` later."""
        self.rail.addItem(title)
        self._builders.append(build)
        self.stack.addWidget(QWidget())  # holds the page's place until it is built
        row = self.rail.count() - 1
        shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self._window)
        shortcut.activated.connect(lambda: self.rail.setCurrentRow(row))

    def add_built(self, title: str, page: QWidget) -> None:
        """A page already built (the first one, shown at start)."""
        self.add(title, lambda: page)
        self.page(self.rail.count() - 1)

    def is_built(self, row: int) -> bool:
        return self._builders[row] is None

    def page(self, row: int) -> QWidget:
        """The page on `row`, built now if this is the first time it is needed."""
        build = self._builders[row]
        if build is not None:
            self._builders[row] = None
            page = build()
            placeholder = self.stack.widget(row)
            shown = self.stack.currentIndex() == row
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if shown:
                self.stack.setCurrentIndex(row)
        return self.stack.widget(row)

    def _go_to(self, row: int) -> None:
        if row >= 0:
            self.page(row)
            self.stack.setCurrentIndex(row)


class BuiltOnFirstUse(Generic[PageT]):
    """A page of the main window, or a panel on one, as an attribute: reading it builds
    its page (whose builder sets the attribute on the window, which then answers directly).

    The window keeps its `PageRail` as `pages`; `row` is the page's row on the rail.
    """

    def __init__(self, row: int) -> None:
        self.row = row
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: Any, owner: type | None = None) -> PageT:
        if window is None:
            return self  # type: ignore[return-value]  # the class's own attribute
        window.pages.page(self.row)
        return window.__dict__[self.name]
