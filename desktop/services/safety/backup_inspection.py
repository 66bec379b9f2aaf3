"""What a backup file holds: its date, counts and schema, and whether it is sound.

Files are only read (SQLite read-only connections); nothing is written to a backup.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from db.database import DatabaseOpenError, OpenProblem, check_integrity, inspect_file
from desktop.services.safety.backup_errors import BackupRefused
from desktop.services.safety.backup_files import (
    backups_in,
    parse_backup_name,
    remove_stale_partials,
)

COUNTED_TABLES = ("households", "members", "projects", "assistance")


@dataclass(frozen=True)
class BackupInfo:
    """A backup as the clerk previews it. Counts are None when the file cannot be read."""

    path: Path
    taken_at: dt.datetime  # UTC, aware: from the file name, else the file's modification time
    households: int | None
    members: int | None
    projects: int | None
    assistance: int | None
    schema_revision: str | None
    size_bytes: int
    ok: bool  # sound as far as it was checked (see list_backups / inspect_backup)
    label: str = ""  # "close", "daily", "manual", "before-restore"; "" for another name


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def _taken_at(path: Path) -> tuple[dt.datetime, str]:
    name = parse_backup_name(path)
    if name is not None:
        return name.taken_at, name.label
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC), ""
    except OSError:
        return dt.datetime.fromtimestamp(0, dt.UTC), ""


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_counts(path: Path) -> tuple[dict[str, int], str | None, bool]:
    """The counts, the schema revision, and whether the file's size matches its pages
    (a cut-off copy does not). Raises sqlite3.Error when the file cannot be read."""
    connection = read_only(path)
    try:
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in COUNTED_TABLES
        }
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()
    return counts, (row[0] if row else None), pages * page_size == _size(path)


def read_backup_info(path: Path) -> BackupInfo:
    """A quick look (no full integrity check): ok when the file is an office database of
    a known schema, its counts can be read and its size matches its pages."""
    path = Path(path)
    taken_at, label = _taken_at(path)
    try:
        inspect_file(path)
        counts, revision, whole = _read_counts(path)
    except (DatabaseOpenError, sqlite3.Error):
        return BackupInfo(path, taken_at, None, None, None, None, None, _size(path), False, label)
    return BackupInfo(
        path,
        taken_at,
        **counts,
        schema_revision=revision,
        size_bytes=_size(path),
        ok=whole,
        label=label,
    )


def inspect_backup(path: Path) -> BackupInfo:
    """The full check a restore needs: SQLite's integrity check, then counts and schema.

    Raises BackupRefused with db.database's codes: NOT_A_DATABASE (also an empty SQLite
    file), FOREIGN_DATABASE, NEWER_VERSION, CORRUPT, CANNOT_READ. An older schema is
    accepted: opening the restored file migrates it (after its own backup).
    """
    path = Path(path)
    if not path.is_file():
        raise BackupRefused(OpenProblem.CANNOT_READ, path, "no such file")
    try:
        revision = inspect_file(path)
        if revision is None:
            raise BackupRefused(OpenProblem.NOT_A_DATABASE, path)
        check_integrity(path)
        counts, revision, whole = _read_counts(path)
    except DatabaseOpenError as error:
        raise BackupRefused(error.problem, path, error.detail) from error
    except sqlite3.Error as error:
        raise BackupRefused(OpenProblem.CORRUPT, path, str(error)) from error
    if not whole:
        raise BackupRefused(OpenProblem.CORRUPT, path, "the file is cut off")
    taken_at, label = _taken_at(path)
    return BackupInfo(
        path,
        taken_at,
        **counts,
        schema_revision=revision,
        size_bytes=_size(path),
        ok=True,
        label=label,
    )


def list_backups(
    folder: Path, *, stem: str | None = None, verify: bool = False
) -> list[BackupInfo]:
    """Our backups in ``folder`` (of the database ``stem``, if given), newest first.

    Each is read quickly (see read_backup_info); ``verify=True`` also runs the full
    integrity check on each, which takes about as long as a backup, so call it from a
    worker. A damaged copy is listed with ``ok=False``. Partial files left by a crash
    are removed on the way.
    """
    folder = Path(folder)
    remove_stale_partials(folder)
    infos = []
    for name in backups_in(folder, stem=stem):
        info = read_backup_info(name.path)
        if verify and info.ok:
            try:
                check_integrity(name.path)
            except DatabaseOpenError:
                info = replace(info, ok=False)
        infos.append(info)
    return infos
