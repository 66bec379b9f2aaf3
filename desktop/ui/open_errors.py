"""What the clerk is told when a database file cannot be opened."""

from PySide6.QtCore import QCoreApplication

from db.database import DatabaseOpenError, OpenProblem


def describe_open_error(error: DatabaseOpenError) -> str:
    path = str(error.path)
    messages = {
        OpenProblem.NOT_A_DATABASE: QCoreApplication.translate(
            "OpenErrors", "The file {path} is not a database of this program. It was not changed."
        ),
        OpenProblem.CORRUPT: QCoreApplication.translate(
            "OpenErrors",
            "The database {path} is damaged (it failed the integrity check) and was not"
            " opened. It was not changed. Restore it from a backup.",
        ),
        OpenProblem.NEWER_VERSION: QCoreApplication.translate(
            "OpenErrors",
            "The database {path} was written by a newer version of this program. Install"
            " the newer version to open it. The file was not changed.",
        ),
        OpenProblem.FOREIGN_DATABASE: QCoreApplication.translate(
            "OpenErrors", "The file {path} is a database of another program. It was not changed."
        ),
        OpenProblem.SERVER_UNREACHABLE: QCoreApplication.translate(
            "OpenErrors",
            "The server database {path} cannot be reached ({detail}). Check that the server"
            " is on, the network works and the user name and password are right, or ask IT.",
        ),
        OpenProblem.CANNOT_READ: QCoreApplication.translate(
            "OpenErrors", "The file {path} cannot be read: {detail}"
        ),
        OpenProblem.CANNOT_WRITE: QCoreApplication.translate(
            "OpenErrors",
            "The database {path} cannot be written (is the disk full or read-only?): {detail}",
        ),
        OpenProblem.READ_ONLY_FILE: QCoreApplication.translate(
            "OpenErrors",
            "The database file {path} is read-only, so nothing can be saved to it. Its data"
            " is not damaged: do not delete it or restore over it; make the file writable,"
            " or copy it into a folder you can write to.",
        ),
        OpenProblem.READ_ONLY_FOLDER: QCoreApplication.translate(
            "OpenErrors",
            "The folder of the database {path} is not writable (read-only); the program must"
            " create its working files beside the database, so it cannot open it. The data"
            " is not damaged: do not delete it or restore over it; copy the database into a"
            " folder you can write to, or make the folder writable.",
        ),
        OpenProblem.DISK_FULL: QCoreApplication.translate(
            "OpenErrors",
            "The disk of the database {path} is full, so nothing could be saved; nothing was"
            " half saved. Free some space and try again.",
        ),
    }
    return messages[error.problem].format(path=path, detail=error.detail)
