"""A batch of sheets printed on the GUI thread, one sheet per event-loop turn.

The window stays responsive (progress, Cancel) while each turn renders and lays out a
single sheet; Qt's text layout cannot safely run on a worker thread here (see
sheet_printer.py). Tests and callers see it like a background task: `cancel()`, `done`.
"""

import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.printing.sheet_printer import PrintCancelled, PrintJob


class PrintBatch(QObject):
    """Feeds `documents` to a PrintJob a sheet at a time; emits succeeded or failed."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        documents: Iterator[str],
        total: int,
        open_job: Callable[[], PrintJob],
        on_finish: Callable[[PrintJob], object],
        on_abort: Callable[[], None],
    ) -> None:
        super().__init__()
        self._documents = documents
        self._total = total
        self._open_job = open_job
        self._on_finish = on_finish
        self._on_abort = on_abort
        self._job: PrintJob | None = None
        self._cancelled = False
        self.done = threading.Event()

    def start(self) -> None:
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        self._cancelled = True

    def _step(self) -> None:
        try:
            if self._job is None:
                self._job = self._open_job()
            if self._cancelled:
                raise PrintCancelled
            html = next(self._documents, None)
            if self._cancelled:
                raise PrintCancelled
            if html is None:
                result = self._on_finish(self._job)
                self.done.set()
                self.succeeded.emit(result)
                return
            self._job.add(html)
            self.progressed.emit(self._job.documents, self._total)
        except Exception as error:  # told to the clerk by whoever listens to `failed`
            if self._job is not None:
                self._job.finish()
            self._on_abort()
            self.done.set()
            self.failed.emit(error)
            return
        QTimer.singleShot(0, self._step)
