"""What a form says when another clerk saved the record after the form loaded it: who and
when, and what the clerk can do. Nothing is overwritten unless the clerk chooses it.

The household form offers reload (lose my edits), compare (choose field by field) and
cancel (keep editing); the project form offers reload, overwrite theirs on purpose and
cancel. The dialog opens window-modal and says what was chosen through ``chosen``.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.safety import SaveStamp
from desktop.services.thai import format_be_date
from desktop.ui.window_fit import fitted


class Choice(enum.Enum):
    RELOAD = "reload"
    COMPARE = "compare"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def stamp_text(stamp: SaveStamp | None) -> str:
    """“สมชาย รักงาน on 08/12/2569 at 14:05” in the interface language (BE date, local
    time), or a plain “another user” when the change log names nobody."""
    if stamp is None:
        return QCoreApplication.translate("SaveConflict", "another user")
    local = stamp.at.astimezone()
    return QCoreApplication.translate("SaveConflict", "{name} on {date} at {time}").format(
        name=stamp.user_name or QCoreApplication.translate("SaveConflict", "another user"),
        date=format_be_date(local.date()),
        time=f"{local:%H:%M}",
    )


def deleted_text(what: str, stamp: SaveStamp | None) -> str:
    """The message of a save refused because another clerk deleted the record."""
    if stamp is None:
        return QCoreApplication.translate(
            "SaveConflict",
            "Not saved: this {what} was deleted by another user while you were editing it. "
            "Nothing was written.",
        ).format(what=what)
    return QCoreApplication.translate(
        "SaveConflict",
        "Not saved: this {what} was deleted by {who} while you were editing it. "
        "Nothing was written.",
    ).format(what=what, who=stamp_text(stamp))


class SaveConflictDialog(QDialog):
    """Who saved the newer version, and the clerk's choices (``choices`` in order)."""

    chosen = Signal(object)  # a Choice

    def __init__(
        self,
        what: str,
        stamp: SaveStamp | None,
        choices: tuple[Choice, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved by someone else"))
        self.message = QLabel(
            self.tr(
                "This {what} was saved by {who}, after you opened it. Your changes are not "
                "saved yet, and nothing of theirs has been overwritten."
            ).format(what=what, who=stamp_text(stamp))
        )
        self.message.setWordWrap(True)
        self.buttons: dict[Choice, QPushButton] = {}
        labels = {
            Choice.RELOAD: self.tr("&Reload theirs (lose my changes)"),
            Choice.COMPARE: self.tr("&Compare and choose…"),
            Choice.OVERWRITE: self.tr("&Overwrite theirs with mine"),
            Choice.CANCEL: self.tr("Cancel (keep editing)"),
        }
        row = QHBoxLayout()
        row.addStretch(1)
        for choice in choices:
            button = QPushButton(labels[choice])
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, choice=choice: self._choose(choice))
            self.buttons[choice] = button
            row.addWidget(button)
        self.buttons[Choice.CANCEL].setDefault(True)  # Enter changes nothing
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(fitted(QSize(640, 160)))

    def _choose(self, choice: Choice) -> None:
        if choice is Choice.CANCEL:
            self.reject()
            return
        self.accept()
        self.chosen.emit(choice)

    def reject(self) -> None:  # Esc, the title bar's close: keep editing
        if self.isVisible():
            super().reject()
            self.chosen.emit(Choice.CANCEL)
