"""Backup files on disk: their names, the rotation policy, and leftovers of a crash.

A backup of ``office.sqlite3`` is named ``office-YYYYMMDD-HHMMSS-<label>.sqlite3``, the
time being the computer's local time when it was taken (the clerk reads it). Only files
named so are ours: nothing else in a folder is ever deleted. A backup is written under a
temporary name ``.<final name>.<pid>.partial`` and renamed once complete; a partial file
whose process is gone (a crash, a power cut) is removed the next time the folder is used.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.services.safety.private_files import create_private, owner_only

__all__ = ["create_private", "owner_only"]

BACKUP_SUFFIX = ".sqlite3"
BACKUPS_FOLDER = "backups"
AUTOMATIC_LABELS = frozenset({"close", "daily"})  # rotated; other labels are kept for good
KEEP_LAST = 10
STALE_AFTER_DAYS = 7
STAMP_FORMAT = "%Y%m%d-%H%M%S"

_LABEL = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_BACKUP_NAME = re.compile(
    r"(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"
    + re.escape(BACKUP_SUFFIX)
)
_PARTIAL_NAME = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.partial(?P<side>-journal|-wal|-shm)?")


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says."""

    path: Path
    stem: str  # the database file's stem
    taken_at: dt.datetime  # UTC, aware
    label: str  # "close", "daily", "manual", "before-restore"; a "-2" may follow

    @property
    def kind(self) -> str:
        """The label without a "-2" added when two backups were taken in one second."""
        return re.sub(r"-\d+$", "", self.label)

    @property
    def order(self) -> tuple[dt.datetime, int, str]:
        """Sorts by time, then "-2" after its first of the same second."""
        number = re.search(r"-(\d+)$", self.label)
        return self.taken_at, int(number[1]) if number else 1, self.path.name


def check_label(label: str) -> None:
    if not _LABEL.fullmatch(label):
        raise ValueError(f"a backup label is lower-case letters, digits and '-': {label!r}")


def parse_backup_name(path: Path) -> BackupName | None:
    """The name's parts, or None when the file is not one of our backups."""
    match = _BACKUP_NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        local = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return BackupName(path, match["stem"], local.astimezone(dt.UTC), match["label"])


def new_backup_path(folder: Path, stem: str, taken_at: dt.datetime, label: str) -> Path:
    """A name not yet used in ``folder`` ("-2", "-3"... after the label if needed)."""
    check_label(label)
    stamp = taken_at.astimezone().strftime(STAMP_FORMAT)
    candidate = folder / f"{stem}-{stamp}-{label}{BACKUP_SUFFIX}"
    number = 1
    while any(
        path.exists() for path in (candidate, partial_path(candidate), *side_files(candidate))
    ):
        number += 1
        candidate = folder / f"{stem}-{stamp}-{label}-{number}{BACKUP_SUFFIX}"
    return candidate


def partial_path(final: Path) -> Path:
    """Where a file is written before it is renamed to ``final``."""
    return final.with_name(f".{final.name}.{os.getpid()}.partial")


def side_files(path: Path) -> list[Path]:
    """SQLite's companions of a database file (journal, write-ahead log, shared memory)."""
    return [Path(f"{path}{suffix}") for suffix in ("-journal", "-wal", "-shm")]


def discard(path: Path) -> None:
    """Remove a partial file and its SQLite companions; quietly, as far as possible."""
    for leftover in (path, *side_files(path)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the partial files a dead process left in ``folder``; return them."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _PARTIAL_NAME.fullmatch(entry.name)
        if match is None or _process_alive(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):  # Windows: still open by a live process
            entry.unlink()
            removed.append(entry)
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another thread of this process may be writing it
    if sys.platform == "win32":
        return False  # an open file cannot be deleted there; unlink simply fails
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def backups_in(folder: Path, *, stem: str | None = None) -> list[BackupName]:
    """Our backups in ``folder`` (of the database ``stem``, if given), newest first."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [
        name
        for entry in entries
        if (name := parse_backup_name(entry)) is not None and (stem is None or name.stem == stem)
    ]
    return sorted(found, key=lambda name: name.order, reverse=True)


def to_keep(backups: list[BackupName], keep_last: int = KEEP_LAST) -> set[Path]:
    """The rotation policy on one database's automatic backups: the newest ``keep_last``
    plus the newest of each calendar month (local time)."""
    newest_first = sorted(backups, key=lambda name: name.order, reverse=True)
    keep = {name.path for name in newest_first[:keep_last]}
    months: set[tuple[int, int]] = set()
    for name in newest_first:
        local = name.taken_at.astimezone()
        if (local.year, local.month) not in months:
            months.add((local.year, local.month))
            keep.add(name.path)
    return keep


def rotate(backups_dir: Path, keep_last: int = KEEP_LAST) -> list[Path]:
    """Apply the rotation policy to each database's automatic ("close", "daily") backups
    in ``backups_dir``; return the deleted files. Other files, and backups with other
    labels ("manual", "before-restore"), are never deleted. Stale partials are removed."""
    backups_dir = Path(backups_dir)
    remove_stale_partials(backups_dir)
    by_stem: dict[str, list[BackupName]] = {}
    for name in backups_in(backups_dir):
        if name.kind in AUTOMATIC_LABELS:
            by_stem.setdefault(name.stem, []).append(name)
    deleted: list[Path] = []
    for names in by_stem.values():
        keep = to_keep(names, keep_last)
        for name in names:
            if name.path not in keep:
                with contextlib.suppress(OSError):
                    name.path.unlink()
                    deleted.append(name.path)
    return deleted


def default_backups_dir(database_path: Path) -> Path:
    """The automatic backups' folder: ``backups`` beside the database file."""
    return Path(database_path).parent / BACKUPS_FOLDER


def last_backup(backups_dir: Path, *, stem: str | None = None) -> dt.datetime | None:
    """When the newest backup in ``backups_dir`` was taken (UTC), or None if there is none.

    Pass the database file's stem when several databases share the folder."""
    newest = backups_in(Path(backups_dir), stem=stem)
    return newest[0].taken_at if newest else None


def backup_is_stale(
    last: dt.datetime | None, now: dt.datetime, days: int = STALE_AFTER_DAYS
) -> bool:
    """True when no backup is younger than ``days`` days (the status bar warns)."""
    return last is None or now - last >= dt.timedelta(days=days)


def sync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
