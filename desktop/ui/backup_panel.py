"""Backups in Settings: the copies kept beside the database, "Back up now" to a folder
(a USB stick), and restore from a backup after seeing its date and counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.safety import backup_to
from desktop.services.safety.backups import (
    BackupError,
    BackupInfo,
    default_backups_dir,
    inspect_backup,
    list_backups,
)
from desktop.services.thai import format_be_date
from desktop.ui.background import TaskRunner
from desktop.ui.language import THAI
from desktop.ui.prompter import Prompter

PROGRESS_STEPS = 1000
SQLITE_FILTER = "SQLite (*.sqlite3 *.sqlite *.db)"


def when_text(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{format_be_date(local.date())} {local:%H:%M}"


class BackupPanel(QGroupBox):
    backed_up = Signal(object)  # the new backup's path
    restore_requested = Signal(object)  # the backup's path, after the clerk confirmed

    def __init__(
        self,
        database_path: Path,
        prompter: Prompter,
        *,
        language: str = THAI,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Backups"), parent)
        self._database = database_path
        self._prompter = prompter
        self._language = language
        self._tasks = tasks or TaskRunner()
        self._backups: list[BackupInfo] = []
        self.last_result: Path | None = None
        self.folder_label = QLabel(
            self.tr("Kept automatically in {folder}: on closing and once a day, the last 10"
                    " and one per month.").format(folder=default_backups_dir(database_path))
        )  # fmt: skip
        self.folder_label.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Households"), self.tr("Members"),
             self.tr("Checked")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.backup_button = QPushButton(self.tr("Back up now to a folder…"))
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"))
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def _message(self, error: BackupError) -> str:
        return error.message_th if self._language == THAI else error.message_en

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.table.currentRow() >= 0)

    def reload(self) -> None:
        """List the copies beside the database (a quick look; restore checks fully)."""
        self._backups = list_backups(default_backups_dir(self._database), stem=self._database.stem)
        locale = QLocale()
        self.table.setRowCount(len(self._backups))
        kinds = {
            "close": self.tr("on closing"),
            "daily": self.tr("daily"),
            "manual": self.tr("by hand"),
            "before-restore": self.tr("before a restore"),
        }
        for row, info in enumerate(self._backups):
            cells = (
                when_text(info.taken_at),
                kinds.get(info.label, info.label),
                "" if info.households is None else locale.toString(info.households),
                "" if info.members is None else locale.toString(info.members),
                self.tr("readable") if info.ok else self.tr("damaged"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._enable()

    # Back up now -----------------------------------------------------------------------

    def back_up_now(self) -> None:
        folder = self._prompter.choose_folder(self, self.tr("Back up to which folder?"))
        if folder is not None:
            self.start_backup(folder)

    def start_backup(self, folder: Path) -> None:
        progress = QProgressDialog(
            self.tr("Backing up…"), self.tr("Cancel"), 0, PROGRESS_STEPS, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        database = self._database
        self.backup_button.setEnabled(False)

        def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            def scaled(done: int, total: int) -> None:
                report(round(done / total * PROGRESS_STEPS) if total else 0, PROGRESS_STEPS)

            return backup_to(database, folder, progress=scaled, cancelled=cancelled)

        def finish() -> None:
            progress.close()
            self.backup_button.setEnabled(True)

        def succeeded(path: object) -> None:
            finish()
            assert isinstance(path, Path)
            self.last_result = path
            self.result_label.setText(self.tr("Backed up to {path}").format(path=path))
            self.backed_up.emit(path)

        def failed(error: Exception) -> None:
            finish()
            text = self._message(error) if isinstance(error, BackupError) else str(error)
            self.result_label.setText(text)
            self._prompter.error(self, self.tr("Back up"), text)

        task = self._tasks.start(
            work,
            on_success=succeeded,
            on_failure=failed,
            on_progress=lambda value, _total: progress.setValue(value),
        )
        progress.canceled.connect(task.cancel)

    # Restore ---------------------------------------------------------------------------

    def restore_chosen(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._backups):
            self.ask_restore(self._backups[row].path)

    def restore_from_file(self) -> None:
        path = self._prompter.open_file(self, self.tr("Restore from which backup?"), SQLITE_FILTER)
        if path is not None:
            self.ask_restore(path)

    def ask_restore(self, path: Path) -> bool:
        """Check the backup fully, show what it holds, and ask; True when confirmed."""
        try:
            info = inspect_backup(path)
        except BackupError as error:
            self._prompter.error(self, self.tr("Restore"), self._message(error))
            return False
        locale = QLocale()
        question = self.tr(
            "Restore the backup taken {when}? It holds {households} households, {members}"
            " members, {projects} projects and {assistance} assistance records. The current"
            " data is backed up first, then replaced; the window opens again."
        ).format(
            when=when_text(info.taken_at),
            households=locale.toString(info.households or 0),
            members=locale.toString(info.members or 0),
            projects=locale.toString(info.projects or 0),
            assistance=locale.toString(info.assistance or 0),
        )
        if not self._prompter.confirm(self, self.tr("Restore"), question):
            return False
        self.restore_requested.emit(path)
        return True
