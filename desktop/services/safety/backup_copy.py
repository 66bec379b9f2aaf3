"""Copying an SQLite database file safely, and naming what went wrong.

The copy is taken with SQLite's online backup API from one read snapshot (an open read
transaction on the source), so writers on other connections neither block it nor make
it restart, and the copy is the database as it was at one moment.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from db.database import DatabaseOpenError, check_integrity
from desktop.services.safety.backup_errors import (
    BackupCancelled,
    BackupError,
    BackupFailed,
    BackupProblem,
)
from desktop.services.safety.backup_inspection import read_only

PAGES_PER_STEP = 1024  # 4 MiB of 4 KiB pages between progress reports
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


_NO_SPACE = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class _Stop(Exception):
    """Raised inside SQLite's progress callback to abort the copy."""


def copy_database(
    source: Path,
    target: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
    *,
    ours: bool,
) -> None:
    """Copy ``source`` into the empty file ``target`` from one read snapshot, then check
    the copy. The copy is left in rollback-journal mode, so it can be read from a
    read-only medium without SQLite creating files beside it.

    The office's own database (``ours``) is read through a read-write connection that
    only reads: as the last connection to close, it removes the write-ahead log files a
    read-only one would leave beside a closed database. Any other file is opened
    read-only (it may be on a read-only medium)."""
    try:
        reader = read_write(source) if ours else read_only(source)
    except sqlite3.Error as error:
        raise BackupFailed(BackupProblem.SOURCE_UNREADABLE, source, str(error)) from error
    try:
        try:
            reader.isolation_level = None
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
            pages = reader.execute("PRAGMA page_count").fetchone()[0]
            page_size = reader.execute("PRAGMA page_size").fetchone()[0]
        except sqlite3.Error as error:
            raise BackupFailed(BackupProblem.SOURCE_UNREADABLE, source, str(error)) from error
        if shutil.disk_usage(target.parent).free < pages * page_size:
            raise BackupFailed(BackupProblem.DISK_FULL, target.parent)
        writer = sqlite3.connect(target, isolation_level=None)
        try:
            writer.execute("PRAGMA journal_mode = OFF")  # the file is discarded on failure

            def step(_status: int, remaining: int, total: int) -> None:
                if cancelled is not None and cancelled():
                    raise _Stop
                if progress is not None:
                    progress(total - remaining, total)

            reader.backup(writer, pages=PAGES_PER_STEP, progress=step)
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
    except _Stop:
        raise BackupCancelled(target.parent) from None
    finally:
        reader.close()
    try:
        check_integrity(target)
    except DatabaseOpenError as error:
        raise BackupFailed(BackupProblem.COPY_DAMAGED, source, error.detail) from error


def read_write(path: Path) -> sqlite3.Connection:
    """A connection that does not create the file when it is missing."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)


def as_failure(error: BaseException, source: Path, folder: Path) -> BackupError:
    """The BackupFailed that explains an OSError or sqlite3.Error met while writing a copy
    of ``source`` into ``folder``."""
    if isinstance(error, BackupError):
        return error
    code = sqlite_code(error) if isinstance(error, sqlite3.Error) else None
    number = error.errno if isinstance(error, OSError) else None
    if code == sqlite3.SQLITE_FULL or number in _NO_SPACE:
        return BackupFailed(BackupProblem.DISK_FULL, folder, reason_of(error))
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return BackupFailed(BackupProblem.COPY_DAMAGED, source, str(error))
    if isinstance(error, PermissionError) or code in (
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_PERM,
    ):
        return BackupFailed(BackupProblem.FOLDER_NOT_WRITABLE, folder, reason_of(error))
    return BackupFailed(BackupProblem.WRITE_FAILED, folder, reason_of(error))


def sqlite_code(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF  # the primary result code


def reason_of(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
