"""Every message box and file dialog goes through a Prompter, so tests can swap in a fake.

File dialogs are Qt's own, not the system's: only Qt's own dialog speaks the Thai catalogue
the app carries (resources/translations/qtbase_th.ts), and it looks the same on every PC.
They never read the files they list (desktop.ui.file_icons says why).
"""

from functools import cache
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ui.file_icons import NameOnlyIconProvider

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
        dialog = file_dialog(parent, title, "", file_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return _chosen(dialog)

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        dialog = file_dialog(parent, title, str(suggested), file_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        return _chosen(dialog)

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        dialog = file_dialog(parent, title, "", "")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        return _chosen(dialog)

    def show_file(self, parent: QWidget | None, path: Path) -> bool:
        """Open ``path`` with the PC's program for its kind (a photo viewer, a PDF
        reader); False when there is none."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def file_dialog(parent: QWidget | None, title: str, start: str, file_filter: str) -> QFileDialog:
    """Qt's own file dialog as QFileDialog's static functions build it (``start``: a
    folder, or a file to suggest in its folder), listing files without reading them."""
    dialog = QFileDialog(parent, title, start, file_filter)
    dialog.setOptions(QT_FILE_DIALOG)
    dialog.setIconProvider(_name_only_icons())
    return dialog


def _chosen(dialog: QFileDialog) -> Path | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()


@cache
def _name_only_icons() -> NameOnlyIconProvider:
    """One provider for every dialog: a dialog does not own the provider it is given."""
    return NameOnlyIconProvider()
