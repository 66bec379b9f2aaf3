"""Qt's own dialogs speak Thai in a Thai app: file dialogs, message boxes, print preview,
page setup and the print dialog, each opened as the app opens it, every visible text read."""

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPageSetupDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from db.database import OfficeDatabase
from desktop.services.households.form import HouseholdFormService
from desktop.services.office import build_services
from desktop.ui.language import ENGLISH, THAI
from desktop.ui.main_window import MainWindow
from desktop.ui.printing.household_printing import ask_print_dialog, pdf_filter
from desktop.ui.prompter import Prompter
from tests.household_examples import TODAY, fill
from tests.visible_text import english_words, visible_texts


class DialogReader:
    """Reads the modal dialog the app is about to block on, then closes it."""

    def __init__(self) -> None:
        self.kinds: list[type] = []  # the dialogs are gone once closed: keep what they were
        self.qt_file_dialogs = 0
        self.texts: list[str] = []

    def read_next(self) -> None:
        QTimer.singleShot(0, self._look)

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, self._look)
            return
        self.kinds.append(type(dialog))
        if isinstance(dialog, QFileDialog):
            self.qt_file_dialogs += dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        self.texts = visible_texts(dialog)
        dialog.reject()


def _shown(reader: DialogReader, open_dialog: Callable[[], object]) -> list[str]:
    reader.read_next()
    open_dialog()
    return reader.texts


@pytest.fixture
def parent(app_ready, qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def thai_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """A working folder holding Thai-named files; the names a dialog may show as they are."""
    (tmp_path / "ครัวเรือน.xlsx").write_bytes(b"")
    (tmp_path / "สำรอง").mkdir()
    monkeypatch.chdir(tmp_path)
    shown = {*tmp_path.parts, *Path.home().parts, *os.listdir(tmp_path)}
    return {word for name in shown for word in Path(name).name.replace(".", " ").split()}


def test_file_dialogs_are_qt_dialogs_in_thai(parent: QWidget, thai_folder: set[str]) -> None:
    reader, prompter = DialogReader(), Prompter()
    excel = QApplication.translate("ImportPanel", "Excel workbooks (*.xlsx)")
    opened = _shown(reader, lambda: prompter.open_file(parent, "เปิดแฟ้ม", excel))
    saved = _shown(
        reader, lambda: prompter.save_file(parent, "บันทึก", Path("แผ่น.pdf"), pdf_filter())
    )
    folder = _shown(reader, lambda: prompter.choose_folder(parent, "เลือกโฟลเดอร์"))

    assert reader.kinds == [QFileDialog] * 3
    assert reader.qt_file_dialogs == 3  # Qt's own dialog: the one that reads the catalogue
    assert "ดูใน (L):" in opened and "ชื่อไฟล์ (N):" in opened and "เปิด (O)" in opened
    assert "บันทึก (S)" in saved and "ยกเลิก" in saved
    for texts in (opened, saved, folder):
        assert english_words(texts, allowed=thai_folder) == []


def test_message_boxes_say_yes_and_no_in_thai(parent: QWidget) -> None:
    reader, prompter = DialogReader(), Prompter()
    question = _shown(reader, lambda: prompter.confirm(parent, "ลบครัวเรือน", "ลบหรือไม่?"))
    warning = _shown(reader, lambda: prompter.error(parent, "บันทึกไม่ได้", "ผิดพลาด"))
    info = _shown(reader, lambda: prompter.info(parent, "พิมพ์", "บันทึกก่อน"))

    assert reader.kinds == [QMessageBox] * 3
    assert "ใช่ (Y)" in question
    assert "ไม่ใช่ (N)" in question
    assert "ตกลง" in warning
    for texts in (question, warning, info):
        assert english_words(texts) == []


def test_print_preview_page_setup_and_print_dialog_in_thai(
    parent: QWidget, qtbot, office_db: OfficeDatabase, prompter
) -> None:
    service = HouseholdFormService(office_db.session_factory)
    service.add_village("670101", 1, "บ้านหนองนา")
    household_id = service.save(
        fill(service.new_draft(today=TODAY)), user_name="สมศรี", today=TODAY
    ).household_id
    window = MainWindow(build_services(office_db), THAI, prompter)
    qtbot.addWidget(window)
    window.show()
    form = window.open_household(household_id)
    form.preview_action.trigger()
    preview = form.preview_dialog
    assert isinstance(preview, QPrintPreviewDialog)
    qtbot.waitExposed(preview)
    shown = visible_texts(preview)
    assert {"พอดีความกว้าง", "หน้าถัดไป", "ตั้งค่าหน้ากระดาษ", "พิมพ์"} <= set(shown)
    assert english_words(shown) == []
    preview.close()

    reader, printer = DialogReader(), QPrinter()
    page_setup = _shown(reader, lambda: QPageSetupDialog(printer, parent).exec())
    print_dialog = _shown(reader, lambda: ask_print_dialog(printer, parent))
    assert english_words(page_setup) == []
    assert english_words(print_dialog) == []
    form._dirty = False
    form.close()


def test_english_mode_keeps_qt_dialogs_in_english(parent: QWidget, language_switch) -> None:
    language_switch.apply(ENGLISH)
    reader = DialogReader()
    question = _shown(reader, lambda: Prompter().confirm(parent, "Delete", "Delete it?"))
    assert "Yes" in question
