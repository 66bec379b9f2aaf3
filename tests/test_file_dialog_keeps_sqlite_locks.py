"""Browsing the office database's folder in the app's file dialog leaves SQLite's locks alone.

SQLite keeps its locks as POSIX record locks, which a process loses on a file the moment it
closes ANY descriptor of that file. Qt's file dialog, asked for each file's icon and type,
opened and closed the ``-shm`` and ``-wal`` files beside the open database to guess their
kind from their contents: the app lost its lock on the ``-shm``, the next program to read
the database (the command line, a backup tool) took itself for the first reader, truncated
the ``-shm`` under the app and the app died of SIGBUS (the real-window day did, after
typing the indicator set's path through the folder that holds the database).
"""

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QDir, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QWidget
from sqlalchemy import text

from desktop.services.office import create_office
from desktop.ui.prompter import Prompter

# The byte of the -shm every connection holds a shared lock on while it uses the file
# (SQLite's UNIX_SHM_DMS: 120 + 8); nobody holding it tells a newcomer it may reset the file.
SHM_DMS_BYTE = 128

LOCK_HOLDER = """
import fcntl, struct, sys
with open(sys.argv[1], "r+b") as shm:
    probe = struct.pack("hhqqi", fcntl.F_WRLCK, 0, int(sys.argv[2]), 1, 0)
    kind = struct.unpack("hhqqi", fcntl.fcntl(shm, fcntl.F_GETLK, probe))[0]
print("held" if kind != fcntl.F_UNLCK else "free")
"""


def dms_lock_seen_from_another_process(shm: Path) -> str:
    """ "held" when some process (this one) still holds its lock on the -shm's DMS byte."""
    probe = [sys.executable, "-c", LOCK_HOLDER, str(shm), str(SHM_DMS_BYTE)]
    return subprocess.run(probe, capture_output=True, text=True, check=True).stdout.strip()


class FolderBrowser:
    """In the file dialog the app is about to block on: go to `folder`, wait until the
    dialog lists `expected`, show every file's icon and type as its list does, close it."""

    def __init__(self, qtbot, folder: Path, expected: str) -> None:
        self.qtbot, self.folder, self.expected = qtbot, folder, expected
        self.listed: list[str] = []

    def browse_next(self) -> None:
        QTimer.singleShot(0, self._look)

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, self._look)
            return
        dialog.setFilter(QDir.Filter.AllEntries | QDir.Filter.Hidden)
        dialog.setNameFilter("*")
        dialog.setDirectory(str(self.folder))
        view = dialog.findChild(QListView, "listView")
        source = view.model()  # the dialog's own file system model
        root = view.rootIndex()

        def names() -> list[str]:
            return [source.index(row, 0, root).data() for row in range(source.rowCount(root))]

        self.qtbot.waitUntil(lambda: self.expected in names(), timeout=10_000)
        for row in range(source.rowCount(root)):
            for column in range(source.columnCount(root)):
                index = source.index(row, column, root)
                index.data(Qt.ItemDataRole.DisplayRole)
                index.data(Qt.ItemDataRole.DecorationRole)
        self.qtbot.wait(300)  # the dialog paints its list and fetches what it shows
        self.listed = names()
        dialog.reject()


def test_browsing_the_database_folder_keeps_the_apps_lock_on_the_shm(
    app_ready, qtbot, tmp_path: Path
) -> None:
    office = create_office(tmp_path / "office.sqlite3", "6701", "สมศรี ใจดี")
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    try:
        with office.engine.connect() as connection:  # the app at work: -shm mapped, locked
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            shm = tmp_path / "office.sqlite3-shm"
            assert dms_lock_seen_from_another_process(shm) == "held"

            browser = FolderBrowser(qtbot, tmp_path, shm.name)
            browser.browse_next()
            Prompter().open_file(parent, "เปิดแฟ้ม", "*")

            assert shm.name in browser.listed and "office.sqlite3-wal" in browser.listed
            assert dms_lock_seen_from_another_process(shm) == "held"
            connection.execute(text("SELECT count(*) FROM villages")).scalar_one()
    finally:
        office.close()
