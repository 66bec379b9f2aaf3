"""Exporting the change log: a file name, then a worker thread with progress and Cancel.
The workbook appears under its name only when complete (AuditService.export_audit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from desktop.services.safety import AuditFilter, AuditService
from desktop.ui.background import BackgroundTask, TaskRunner
from desktop.ui.prompter import Prompter

WORKBOOK_FILTER = "Excel (*.xlsx)"
PROGRESS_STEPS = 1000


class ExportCancelled(Exception):
    """The clerk pressed Cancel; export_audit removes its partial file."""


class AuditExport(QObject):
    """The export of one page's filter; ``result_label`` says how it went."""

    def __init__(
        self,
        audit: AuditService,
        prompter: Prompter,
        parent: QWidget,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._audit = audit
        self._prompter = prompter
        self._parent = parent
        self._tasks = tasks or TaskRunner()
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.last_rows: int | None = None  # rows written by the last export that finished
        self.last_path: Path | None = None
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def export(self, audit_filter: AuditFilter) -> BackgroundTask | None:
        out = self._prompter.save_file(
            self._parent,
            self.tr("Export the change log"),
            Path.home() / f"change-log-{dt.date.today().isoformat()}.xlsx",
            WORKBOOK_FILTER,
        )
        if out is None:
            return None
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")
        return self.start(audit_filter, out)

    def start(self, audit_filter: AuditFilter, out: Path) -> BackgroundTask:
        """Write on a worker thread; progress and Cancel in a dialog."""
        progress = QProgressDialog(
            self.tr("Exporting the change log…"), self.tr("Cancel"), 0, PROGRESS_STEPS, self._parent
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress
        self.last_rows = None
        audit = self._audit

        def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            def scaled(done: int, total: int) -> None:
                if cancelled():
                    raise ExportCancelled()
                report(round(done / total * PROGRESS_STEPS) if total else 0, PROGRESS_STEPS)

            return audit.export_audit(audit_filter, out, progress=scaled)

        task = self._tasks.start(
            work,
            on_success=lambda rows: self._succeeded(int(rows), out),
            on_failure=lambda error: self._failed(error, out),
            on_progress=lambda done, _total: progress.setValue(done),
        )
        progress.canceled.connect(task.cancel)
        self.task = task
        return task

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()

    def _succeeded(self, rows: int, out: Path) -> None:
        self._finish()
        self.last_rows = rows
        self.last_path = out
        self.result_label.setText(
            self.tr("Exported {rows} changes to {path}").format(
                rows=QLocale().toString(rows), path=out
            )
        )

    def _failed(self, error: Exception, out: Path) -> None:
        self._finish()
        if isinstance(error, ExportCancelled):
            self.result_label.setText(self.tr("Export cancelled; no file was written."))
            return
        if isinstance(error, OSError):
            text = self.tr(
                "The change log could not be written to {path}: {reason}."
                " Choose another folder or free some disk space."
            ).format(path=out, reason=error.strerror or str(error))
        else:
            text = self.tr("The export failed: {reason}").format(reason=str(error))
        self.result_label.setText(text)
        self._prompter.error(self._parent, self.tr("Export"), text)
