"""Long work off the GUI thread: one QThreadPool task with progress, cancel and outcome.

The work itself is a plain function `work(progress, cancelled)` from the services layer,
testable without Qt: it calls `progress(done, total)` and checks `cancelled()`.
"""

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]
log = logging.getLogger(__name__)


class _TaskSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class BackgroundTask(QRunnable):
    """A running piece of work; connect to `signals` and call `cancel()` to stop it."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._work = work
        self._cancel = threading.Event()
        self.signals = _TaskSignals()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as error:  # handed to the GUI thread, which tells the clerk
            log.warning("background work failed", exc_info=True)  # the clerk sees less
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()


class TaskRunner:
    """Starts background tasks and keeps them alive until they finish."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[BackgroundTask] = set()

    def start(
        self,
        work: Work,
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        on_progress: ProgressFn | None = None,
    ) -> BackgroundTask:
        task = BackgroundTask(work)
        self._running.add(task)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.succeeded.connect(on_success)
        task.signals.failed.connect(on_failure)
        task.signals.succeeded.connect(lambda _result: self._running.discard(task))
        task.signals.failed.connect(lambda _error: self._running.discard(task))
        self._pool.start(task)
        return task

    def wait_all(self, timeout_ms: int = 30000) -> bool:
        return self._pool.waitForDone(timeout_ms)
