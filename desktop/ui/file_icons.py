"""Icons and kinds for the app's file dialogs, told from file names, never from contents.

Qt's own provider guesses the kind of a file with an unknown extension by reading its
first bytes. Beside the open office database lie SQLite's ``-shm`` and ``-wal`` files, and
SQLite keeps its locks as POSIX record locks, which a process loses on a file the moment
it closes ANY descriptor of that file, even one opened only to read a few bytes. A dialog
showing the database's folder thus dropped the app's lock on the ``-shm``: the next
program to read the database took itself for the first reader, reset the ``-shm`` under
the app, and the app died (SIGBUS) or worse. So no file's contents are read here.
"""

from PySide6.QtCore import QFileInfo, QMimeDatabase, QMimeType
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileIconProvider


class NameOnlyIconProvider(QFileIconProvider):
    """Qt's icons and kind names, with a file's kind taken from its name alone."""

    def __init__(self) -> None:
        super().__init__()
        self._kinds = QMimeDatabase()

    def icon(  # type: ignore[override]  # Qt's two overloads, told apart here
        self, which: QFileInfo | QAbstractFileIconProvider.IconType
    ) -> QIcon:
        """The icon of a kind of entry (a folder, a drive), or of one file or folder."""
        if not isinstance(which, QFileInfo) or which.isDir():
            return super().icon(which)  # folders: their kind is known without reading
        plain_file = super().icon(QAbstractFileIconProvider.IconType.File)
        return QIcon.fromTheme(self._kind(which).iconName(), plain_file)

    def type(self, info: QFileInfo) -> str:
        """The kind shown in the dialog's Type column ("PDF document", "WAL file")."""
        if info.isDir():
            return super().type(info)
        return self._kind(info).comment()

    def _kind(self, info: QFileInfo) -> QMimeType:
        return self._kinds.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
