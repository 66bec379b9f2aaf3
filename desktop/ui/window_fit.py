"""Windows that fit the clerk's screen: a 1366×768 laptop, or even 1280×720.

A window's own size does not count the title bar and frame the window manager adds,
nor the taskbar the screen keeps: a 1366×768 laptop with a 40-pixel taskbar leaves
1366×728 for the window and its title bar. Dialogs open at most `ROOMY` (which fits a
1280×720 screen with its taskbar) and scroll what is longer; the main window opens as
large as the screen allows.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QRect, QSize
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from shiboken6 import isValid

DESK = QSize(1366, 728)
"""What a 1366×768 screen leaves for a window and its title bar beside a taskbar."""
SMALL_DESK = QSize(1280, 720)
"""The smallest screen the app is made for."""
TASKBAR = 40
TITLE_BAR = 36
"""The title bar and frame a window manager adds around a window's own size."""
ROOMY = QSize(SMALL_DESK.width() - 40, SMALL_DESK.height() - TASKBAR - TITLE_BAR - 4)
"""The largest a dialog opens (1240×640): it fits the smallest screen."""


def client_area(screen_area: QSize) -> QSize:
    """The most a window's own size may be on a desk of `screen_area` (title bar off)."""
    return QSize(screen_area.width(), screen_area.height() - TITLE_BAR)


def fitted(wanted: QSize, room: QSize = ROOMY) -> QSize:
    """`wanted`, shrunk where it is larger than `room`."""
    return wanted.boundedTo(room)


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` to its screen's free area (taskbar and title bar off) and move it
    inside; a window that already fits is left as it is."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    size = window.size().boundedTo(client_area(free.size()))
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    if not free.contains(frame):
        window.move(
            max(free.left(), min(frame.left(), free.right() - frame.width() + 1)),
            max(free.top(), min(frame.top(), free.bottom() - frame.height() + 1)),
        )


def restore_fitting_geometry(window: QWidget, saved: QByteArray | bytes | None) -> bool:
    """Restore a geometry saved by `QWidget.saveGeometry` only when the whole window, title
    bar included, fits on one of the screens as they are now (a window saved on a large
    monitor is not restored onto a laptop). False, and nothing changed, otherwise."""
    if not saved:
        return False
    before = window.geometry()
    if not window.restoreGeometry(QByteArray(saved)):
        window.setGeometry(before)
        return False
    restored = window.geometry()
    whole = QRect(
        restored.left(), restored.top() - TITLE_BAR, restored.width(), restored.height() + TITLE_BAR
    )
    if any(screen.availableGeometry().contains(whole) for screen in QApplication.screens()):
        return True
    window.setGeometry(before)
    return False


class FocusFollower(QObject):
    """Scrolls `scroll` so the field that takes the keyboard focus inside it is in view
    (Tab and Enter move the focus down a long form; the form follows)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)  # ends with the scroll area, and so does the connection
        self._scroll = scroll
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self._scroll):  # the focus moves while a deleted window is torn down
            return
        content = self._scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self._scroll.ensureWidgetVisible(new, 16, 24)


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a scroll area that follows the keyboard focus."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    FocusFollower(scroll)
    return scroll
