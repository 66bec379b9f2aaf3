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
        OpenProblem.CANNOT_READ: QCoreApplication.translate(
            "OpenErrors", "The file {path} cannot be read: {detail}"
        ),
        OpenProblem.CANNOT_WRITE: QCoreApplication.translate(
            "OpenErrors",
            "The database {path} cannot be written (is the disk full or read-only?): {detail}",
        ),
    }
    return messages[error.problem].format(path=path, detail=error.detail)
