"""When the code meets an error nobody planned for: log it, tell the clerk in Thai where
the log is, let them copy the details, and keep the app running.

`ErrorReporter.install` takes over `sys.excepthook` (errors in Qt slots and event
handlers reach it, after which Qt carries on) and `threading.excepthook` (errors on
other threads: they are handed to the GUI thread by a queued signal).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("district_desk.errors")


class UnexpectedErrorDialog(QDialog):
    """What happened, where the log is, the details (copied with one button)."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Something went wrong"))
        self.message_label = QLabel(
            self.tr(
                "The program met an error it did not expect. What you saved before is kept;"
                " check the last thing you did before going on."
            )
        )
        self.message_label.setWordWrap(True)
        self.log_label = QLabel(
            self.tr("The details are in the log file: {path}").format(path=log_path)
        )
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setMaximumHeight(220)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.copy_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details_view)
        layout.addLayout(buttons)
        self.resize(640, 420)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.accept)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


class ErrorReporter(QObject):
    """Logs every unexpected error and shows it; the dialogs shown are in `dialogs`."""

    _from_thread = Signal(str)

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialogs: list[UnexpectedErrorDialog] = []
        self._previous: tuple[object, object] | None = None
        self._from_thread.connect(self.show_details, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        details = "".join(traceback.format_exception(kind, error, trace))
        if threading.current_thread() is threading.main_thread():
            self.show_details(details)
        else:
            self._from_thread.emit(details)

    def _handle_thread(self, arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is None:
            return
        self.handle(arguments.exc_type, arguments.exc_value, arguments.exc_traceback)

    def show_details(self, details: str) -> UnexpectedErrorDialog:
        """Non-modal: the window under it goes on working."""
        dialog = UnexpectedErrorDialog(details, self.log_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, shown=dialog: self._forget(shown))
        self.dialogs.append(dialog)
        dialog.show()
        dialog.raise_()
        return dialog

    def _forget(self, dialog: UnexpectedErrorDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
