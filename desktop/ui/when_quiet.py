"""Work that should not compete with the clerk: run once the keyboard and mouse are quiet.

The daily backup copies the whole office file (hundreds of MB for a large district); at
start-up it would share the disk with the first search and the first form. It waits
instead until nobody has typed, clicked or scrolled for a while.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    }
)


class WhenQuiet(QObject):
    """Calls ``action`` once, after ``quiet_ms`` without a key press, click or wheel turn
    anywhere in the application (counted from the start and again from each of them)."""

    def __init__(self, app: QCoreApplication, quiet_ms: int, action: Callable[[], None]) -> None:
        super().__init__(app)
        self._app = app
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(quiet_ms)
        self._timer.timeout.connect(self._fire)
        app.installEventFilter(self)
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._timer.start()  # the quiet starts again
        return False

    def cancel(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)

    def _fire(self) -> None:
        self.cancel()
        self._action()
