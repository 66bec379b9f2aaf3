"""Backups of the office database, and restoring one. Plain Python, no Qt.

Copies are taken with SQLite's online backup API from a separate connection holding one
read snapshot (desktop.services.safety.backup_copy), so a backup is consistent while the app
keeps working (WAL: writers are not blocked). A copy is written under a temporary name, checked with
``PRAGMA integrity_check`` and only then renamed to its final name, so a folder never
holds a half-written backup under a backup's name, whatever happens (full disk, a pulled
USB stick, the process killed). Files are created readable by the current user only.

Every function here may take seconds on a large database: the GUI calls them from a
worker thread (each opens and closes its own SQLite connections). ``progress(done,
total)`` is told the pages copied; ``cancelled()`` is asked between steps.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Literal

from db.database import DatabaseOpenError, OpenProblem, inspect_schema
from desktop.services.safety.backup_copy import (
    Cancelled,
    Progress,
    as_failure,
    copy_database,
    reason_of,
    sqlite_code,
)
from desktop.services.safety.backup_errors import (
    BackupCancelled,
    BackupError,
    BackupFailed,
    BackupProblem,
    BackupRefused,
)
from desktop.services.safety.backup_files import (
    AUTOMATIC_LABELS,
    backup_is_stale,
    backups_in,
    check_label,
    create_private,
    default_backups_dir,
    discard,
    last_backup,
    new_backup_path,
    owner_only,
    partial_path,
    remove_stale_partials,
    rotate,
    side_files,
    sync_file,
    sync_folder,
)
from desktop.services.safety.backup_inspection import (
    BackupInfo,
    inspect_backup,
    list_backups,
    read_backup_info,
)

__all__ = [
    "BackupCancelled",
    "BackupError",
    "BackupFailed",
    "BackupInfo",
    "BackupProblem",
    "BackupRefused",
    "automatic_backup",
    "backup_is_stale",
    "backup_to",
    "default_backups_dir",
    "inspect_backup",
    "last_backup",
    "list_backups",
    "read_backup_info",
    "restore",
    "rotate",
]


def backup_to(
    database_path: Path,
    folder: Path,
    *,
    label: str = "manual",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Copy the database into ``folder`` (created if missing) as
    ``<stem>-YYYYMMDD-HHMMSS-<label>.sqlite3``; return the new file.

    Raises BackupFailed (FOLDER_NOT_WRITABLE, DISK_FULL, WRITE_FAILED, SOURCE_UNREADABLE,
    COPY_DAMAGED) or BackupCancelled; then no file is left behind.
    """
    database_path, folder = Path(database_path), Path(folder)
    check_label(label)
    if not database_path.is_file():
        raise BackupFailed(BackupProblem.SOURCE_UNREADABLE, database_path, "no such file")
    refuse_foreign_or_newer(database_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupFailed(BackupProblem.FOLDER_NOT_WRITABLE, folder, reason_of(error)) from error
    remove_stale_partials(folder)
    final = new_backup_path(folder, database_path.stem, now or _utc_now(), label)
    temp = partial_path(final)
    try:
        create_private(temp)
        copy_database(database_path, temp, progress, cancelled, ours=True)
        sync_file(temp)
        os.replace(temp, final)
    except (OSError, sqlite3.Error) as error:
        discard(temp)
        raise as_failure(error, database_path, folder) from error
    except BaseException:
        discard(temp)
        raise
    sync_folder(folder)
    return final


def automatic_backup(
    database_path: Path,
    backups_dir: Path,
    *,
    reason: Literal["close", "daily"],
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path | None:
    """The copy taken on closing the app (``reason="close"``) or once a day
    (``"daily"``: None, nothing done, when the folder already holds a backup of this
    database taken today, local time). Then ``rotate`` keeps the newest 10 automatic
    copies plus the newest of each month. Raises like ``backup_to``."""
    if reason not in AUTOMATIC_LABELS:
        raise ValueError(f"an automatic backup is taken on close or daily, not {reason!r}")
    database_path, backups_dir = Path(database_path), Path(backups_dir)
    now = now or _utc_now()
    if reason == "daily":
        today = now.astimezone().date()
        taken = backups_in(backups_dir, stem=database_path.stem)
        if any(name.taken_at.astimezone().date() == today for name in taken):
            return None
    path = backup_to(
        database_path, backups_dir, label=reason, now=now, progress=progress, cancelled=cancelled
    )
    rotate(backups_dir)
    return path


def restore(database_path: Path, backup_path: Path, *, backups_dir: Path) -> Path | None:
    """Replace the database file with the backup; return the copy of the current file
    taken first (label "before-restore", in ``backups_dir``), or None if there was none.

    The caller must CLOSE the database first (``OfficeDatabase.close()`` disposes its
    engine) and reopen it with ``open_database`` afterwards (which migrates an older
    backup). A database still open anywhere is refused (DATABASE_IN_USE). The backup is
    checked first (``inspect_backup``: BackupRefused for a damaged, newer or foreign
    file), and so is the current file (BackupFailed FOREIGN_DATABASE, NEWER_DATABASE: it
    is not ours to replace); on any refusal or failure the current database is left
    exactly as it was.
    The new file is copied beside the database, synced, and renamed over it in one step.
    A current file too damaged for SQLite to copy is kept byte for byte instead.
    """
    database_path, backup_path = Path(database_path), Path(backup_path)
    inspect_backup(backup_path)
    before: Path | None = None
    if database_path.is_file() and database_path.stat().st_size > 0:
        refuse_foreign_or_newer(database_path)
        _take_over(database_path, checkpoint=False)
        before = _keep_current(database_path, Path(backups_dir))
    folder = database_path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupFailed(BackupProblem.FOLDER_NOT_WRITABLE, folder, reason_of(error)) from error
    remove_stale_partials(folder)
    temp = partial_path(database_path)
    try:
        create_private(temp)
        copy_database(backup_path, temp, None, None, ours=False)
        sync_file(temp)
        if database_path.exists():
            _take_over(database_path, checkpoint=True)
        for leftover in side_files(database_path):  # never replayed onto the new file
            leftover.unlink(missing_ok=True)
        os.replace(temp, database_path)
    except (OSError, sqlite3.Error) as error:
        discard(temp)
        raise as_failure(error, backup_path, folder) from error
    except BaseException:
        discard(temp)
        raise
    sync_folder(folder)
    owner_only(database_path)
    return before


def refuse_foreign_or_newer(database_path: Path) -> None:
    """BackupFailed (NEWER_DATABASE, FOREIGN_DATABASE) for a file that is not ours to copy
    or replace. A damaged file is not refused here: restoring over it is what restore is for.
    Read through SQLite only: the app may be working on the file (db.database.inspect_schema)."""
    try:
        inspect_schema(database_path)
    except DatabaseOpenError as error:
        reasons = {
            OpenProblem.NEWER_VERSION: BackupProblem.NEWER_DATABASE,
            OpenProblem.FOREIGN_DATABASE: BackupProblem.FOREIGN_DATABASE,
        }
        if error.problem in reasons:
            raise BackupFailed(reasons[error.problem], database_path, error.detail) from error


def _take_over(database_path: Path, *, checkpoint: bool) -> None:
    """Refuse (DATABASE_IN_USE) when any connection has the database open; otherwise,
    with ``checkpoint``, fold its write-ahead log into the file. A file SQLite cannot
    read is not in use: it is about to be replaced anyway."""
    try:
        connection = sqlite3.connect(database_path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute("COMMIT")
        if checkpoint:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as error:
        if sqlite_code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise BackupFailed(BackupProblem.DATABASE_IN_USE, database_path) from error
    finally:
        connection.close()


def _keep_current(database_path: Path, backups_dir: Path) -> Path:
    try:
        return backup_to(database_path, backups_dir, label="before-restore")
    except BackupFailed as failure:
        if failure.reason not in (BackupProblem.COPY_DAMAGED, BackupProblem.SOURCE_UNREADABLE):
            raise
    return _copy_bytes(database_path, backups_dir)


def _copy_bytes(database_path: Path, backups_dir: Path) -> Path:
    """Keep a damaged database as it is: the file and its journal or log, byte for byte."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    final = new_backup_path(backups_dir, database_path.stem, _utc_now(), "before-restore")
    parts = [(database_path, final)] + [
        (Path(f"{database_path}{suffix}"), Path(f"{final}{suffix}"))
        for suffix in ("-journal", "-wal")
    ]
    parts = [(source, target) for source, target in parts if source.exists()]
    written: list[Path] = []
    try:
        for source, target in reversed(parts):  # the database file last: a crash leaves no
            temp = partial_path(target)  # backup-named file without its journal
            written.append(temp)
            create_private(temp)
            shutil.copyfile(source, temp)
            sync_file(temp)
            os.replace(temp, target)
            written.append(target)
    except OSError as error:
        for path in written:
            discard(path)
        raise as_failure(error, database_path, backups_dir) from error
    sync_folder(backups_dir)
    return final


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
