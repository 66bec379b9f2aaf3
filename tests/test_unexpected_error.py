"""An error nobody planned for: written to the log file, shown in Thai with the log's
place and a button that copies the details, and the app goes on working."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from desktop.services.safety import start_log
from desktop.services.safety.log_file import LOG_NAME, stop_log
from desktop.ui.unexpected_error import ErrorReporter

pytestmark = [pytest.mark.usefixtures("app_ready"), pytest.mark.qt_no_exception_capture]


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[ErrorReporter]:
    path = start_log(tmp_path / "data")
    shown = ErrorReporter(path)
    shown.install()
    yield shown
    shown.uninstall()
    stop_log(path)
    for dialog in list(shown.dialogs):
        dialog.close()


def test_an_error_in_a_slot_is_logged_shown_in_thai_and_copied(
    reporter: ErrorReporter, qtbot, tmp_path: Path
) -> None:
    clicks: list[int] = []

    def broken() -> None:
        clicks.append(1)
        if len(clicks) == 1:
            raise ZeroDivisionError("ทดสอบ หารด้วยศูนย์")

    button = QPushButton("go")
    qtbot.addWidget(button)
    button.clicked.connect(broken)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert len(reporter.dialogs) == 1
    dialog = reporter.dialogs[0]
    assert dialog.isVisible()
    assert dialog.windowTitle() == "เกิดข้อผิดพลาด"
    assert "ไฟล์บันทึก" in dialog.log_label.text()
    assert str(tmp_path / "data" / LOG_NAME) in dialog.log_label.text()
    assert "ZeroDivisionError" in dialog.details_view.toPlainText()
    log = (tmp_path / "data" / LOG_NAME).read_text(encoding="utf-8")
    assert "ZeroDivisionError: ทดสอบ หารด้วยศูนย์" in log and "in broken" in log

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "ZeroDivisionError: ทดสอบ หารด้วยศูนย์" in copied

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the app goes on
    assert clicks == [1, 1]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialogs == [])


def test_an_error_on_another_thread_reaches_the_clerk_too(
    reporter: ErrorReporter, qtbot, tmp_path: Path
) -> None:
    def work() -> None:
        raise LookupError("ไม่พบ")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(reporter.dialogs) == 1)
    assert "LookupError: ไม่พบ" in reporter.dialogs[0].details
    log = (tmp_path / "data" / LOG_NAME).read_text(encoding="utf-8")
    assert "LookupError: ไม่พบ" in log


def test_a_failed_background_task_leaves_its_traceback_in_the_log(
    reporter: ErrorReporter, qtbot, tmp_path: Path
) -> None:
    """The clerk's message for a failed task is short; the log keeps where it failed."""
    from desktop.ui.background import TaskRunner

    def failing_work(_progress, _cancelled) -> None:  # type: ignore[no-untyped-def]
        raise OSError("ดิสก์เต็ม")

    failures: list[Exception] = []
    TaskRunner().start(failing_work, on_success=lambda _r: None, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    log = (tmp_path / "data" / LOG_NAME).read_text(encoding="utf-8")
    assert "OSError: ดิสก์เต็ม" in log and "in failing_work" in log
    assert reporter.dialogs == []  # a handled failure is not an unexpected one
