"""Every message box and file dialog goes through a Prompter, so tests can swap in a fake.

File dialogs are Qt's own, not the system's: only Qt's own dialog speaks the Thai catalogue
the app carries (resources/translations/qtbase_th.ts), and it looks the same on every PC.
"""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

QT_FILE_DIALOG = QFileDialog.Option.DontUseNativeDialog


class Prompter:
    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, default_no: bool = False
    ) -> bool:
        """Yes or No; ``default_no`` makes Enter (and a hasty click-through) answer No."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        default = QMessageBox.StandardButton.No if default_no else QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(parent, title, text, buttons, default)
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter, "", QT_FILE_DIALOG)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggested), file_filter, "", QT_FILE_DIALOG
        )
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent, title, "", QFileDialog.Option.ShowDirsOnly | QT_FILE_DIALOG
        )
        return Path(name) if name else None

    def show_file(self, parent: QWidget | None, path: Path) -> bool:
        """Open ``path`` with the PC's program for its kind (a photo viewer, a PDF
        reader); False when there is none."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
