"""Opening an office database file safely: check, back up, migrate, seed.

A file that is not a database, fails the integrity check, or was written by a newer
version is refused before anything writes to it, so it stays byte-for-byte as it was. So
is a file this user may not write, or one in a folder this user may not write: said so,
never called damaged.
Before any migration of an existing file, a copy is taken beside it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import errno
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import is_server_url, make_engine, make_session_factory
from db.schema_version import head_revision, known_revisions, upgrade_to_head

SQLITE_HEADER = b"SQLite format 3\x00"


class OpenProblem(enum.Enum):
    NOT_A_DATABASE = "not_a_database"
    CORRUPT = "corrupt"
    NEWER_VERSION = "newer_version"
    FOREIGN_DATABASE = "foreign_database"
    CANNOT_READ = "cannot_read"
    CANNOT_WRITE = "cannot_write"
    READ_ONLY_FILE = "read_only_file"  # the file itself may not be written
    READ_ONLY_FOLDER = "read_only_folder"  # its folder may not be written (SQLite needs it)
    DISK_FULL = "disk_full"
    SERVER_UNREACHABLE = "server_unreachable"  # a PostgreSQL server: no connection to it


class DatabaseOpenError(Exception):
    """The file cannot be used; `problem` says why, `detail` gives the technical reason."""

    def __init__(self, problem: OpenProblem, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path} {detail}".strip())
        self.problem = problem
        self.path = path
        self.detail = detail


class IntegrityCheck(enum.Enum):
    NOW = "now"
    """Run PRAGMA integrity_check before the file is used (self-test, setup, restore)."""
    QUICK = "quick"
    """Run PRAGMA quick_check before the file is used (the command line): every page and
    record is read and checked, but indexes are not compared with their tables, which
    costs about a tenth of the full check (1.5 s instead of 12 s of CPU at 100,000
    households). The app's own full check still runs each time it opens the file."""
    DEFERRED = "deferred"
    """The check runs on its own thread, started by `open_database` before it returns, and
    settles `OfficeDatabase.integrity` (the GUI, so a large file still opens at once). A
    file that needs a migration is always checked first, since migrating writes to it."""


class IntegrityGate:
    """Whether the full integrity check has passed; writers wait on it before writing.

    A gate that is not passed at birth is made by `IntegrityGate.checking`, which starts
    the check at once: no writer can ever wait on a check that nobody has started."""

    def __init__(self, *, passed: bool) -> None:
        self._settled = threading.Event()
        self._error: DatabaseOpenError | None = None
        self._connection: sqlite3.Connection | None = None
        self._thread: threading.Thread | None = None
        if passed:
            self._settled.set()

    @classmethod
    def checking(cls, path: Path) -> IntegrityGate:
        """A gate whose full check of `path` is already running on its own thread."""
        gate = cls(passed=False)
        # opened here, on the caller's thread, so close() can always interrupt it
        gate._connection = _read_only(path, any_thread=True)
        gate._thread = threading.Thread(
            target=gate._run, args=(path,), name="integrity-check", daemon=True
        )
        gate._thread.start()
        return gate

    def _run(self, path: Path) -> None:
        connection = self._connection
        assert connection is not None
        try:
            _verdict(connection, path)
        except DatabaseOpenError as error:
            self.mark_failed(error)
        except Exception as error:  # an interrupted or unreadable check is no verdict
            self.mark_failed(DatabaseOpenError(OpenProblem.CANNOT_READ, path, str(error)))
        else:
            self.mark_passed()
        finally:
            connection.close()

    def stop(self) -> None:
        """Interrupt a running check (the file is being closed) and wait for its thread."""
        thread, connection = self._thread, self._connection
        if thread is None or connection is None:
            return
        if thread.is_alive():
            with contextlib.suppress(sqlite3.Error):
                connection.interrupt()
        thread.join()

    @property
    def failure(self) -> DatabaseOpenError | None:
        """The check's error once it failed; None while running or after it passed."""
        return self._error if self._settled.is_set() else None

    def mark_passed(self) -> None:
        self._settled.set()

    def mark_failed(self, error: DatabaseOpenError) -> None:
        self._error = error
        self._settled.set()

    @property
    def settled(self) -> bool:
        return self._settled.is_set()

    def wait(self, timeout: float | None = None) -> None:
        """Return once the check passed; raise its DatabaseOpenError if it failed."""
        if not self._settled.wait(timeout):
            raise TimeoutError("the database integrity check has not finished")
        if self._error is not None:
            raise self._error


@dataclass(frozen=True)
class OfficeDatabase:
    """An open office database. Code that writes calls `integrity.wait()` first."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    created: bool
    backup_before_migration: Path | None
    integrity: IntegrityGate = field(default_factory=lambda: IntegrityGate(passed=True))
    url: str | None = None
    """The PostgreSQL URL of a database on a server (then `path` is only this PC's local
    stand-in, see db.server_database); None for a SQLite file."""

    @property
    def on_server(self) -> bool:
        return self.url is not None

    def close(self) -> None:
        self.integrity.stop()
        self.engine.dispose()


def _read_only(path: Path, *, any_thread: bool = False) -> sqlite3.Connection:
    try:
        return sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=not any_thread
        )
    except sqlite3.Error as error:
        raise DatabaseOpenError(OpenProblem.CANNOT_READ, path, str(error)) from error


def check_integrity(path: Path, *, quick: bool = False) -> None:
    """Run SQLite's full (or ``quick``) integrity check read-only; raise
    DatabaseOpenError(CORRUPT)."""
    connection = _read_only(path)
    try:
        _verdict(connection, path, quick=quick)
    finally:
        connection.close()


def _verdict(connection: sqlite3.Connection, path: Path, *, quick: bool = False) -> None:
    pragma = "quick_check(1)" if quick else "integrity_check(1)"
    try:
        verdict = connection.execute(f"PRAGMA {pragma}").fetchone()
    except sqlite3.OperationalError as error:
        if "interrupt" in str(error):
            raise
        raise DatabaseOpenError(OpenProblem.CORRUPT, path, str(error)) from error
    except sqlite3.DatabaseError as error:
        raise DatabaseOpenError(OpenProblem.CORRUPT, path, str(error)) from error
    if verdict is None or verdict[0] != "ok":
        raise DatabaseOpenError(OpenProblem.CORRUPT, path, str(verdict))


def inspect_file(path: Path) -> str | None:
    """Check an existing file's header and schema without writing; return its revision.

    Raises DatabaseOpenError when the file is unusable. The full integrity check is
    `check_integrity`.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseOpenError(OpenProblem.CANNOT_READ, path, str(error)) from error
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(OpenProblem.NOT_A_DATABASE, path)
    return inspect_schema(path)


def inspect_schema(path: Path) -> str | None:
    """`inspect_file` through SQLite alone, for a file this process may have open: the
    file is never opened and closed by hand, since closing ANY descriptor of a file drops
    every POSIX lock the process holds on it, SQLite's included (then another program
    takes itself for the last reader and deletes the -wal and -shm still in use here). A
    file that is not a database at all is CORRUPT here, not NOT_A_DATABASE."""
    connection = _read_only(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseOpenError(OpenProblem.FOREIGN_DATABASE, path)
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise DatabaseOpenError(OpenProblem.CORRUPT, path, str(error)) from error
    finally:
        connection.close()
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise DatabaseOpenError(OpenProblem.NEWER_VERSION, path, revision)
    return revision


def backup_copy(path: Path, label: str) -> Path:
    """A consistent copy of the database beside it (SQLite's online backup API)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    source = _read_only(path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    _owner_only(target)
    return target


def _in_wal_mode(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(20)
    return header[18:20] == b"\x02\x02"  # file format read/write versions: 2 means WAL


def _owner_only(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system keeps POSIX modes
        os.chmod(path, 0o600)


def check_writable(path: Path) -> None:
    """Refuse (READ_ONLY_FILE, READ_ONLY_FOLDER) a database this user may not write.

    Checked before anything reads the file: SQLite cannot even read a WAL database whose
    folder is read-only (it must create the -shm file), and would call it damaged."""
    folder = path.parent if path.parent != Path("") else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseOpenError(OpenProblem.READ_ONLY_FILE, path)
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseOpenError(OpenProblem.READ_ONLY_FOLDER, path, str(folder))


def problem_of(error: OSError | sqlite3.Error) -> OpenProblem:
    """What an error while writing the database means for the clerk."""
    text = str(error).lower()
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return OpenProblem.DISK_FULL
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return OpenProblem.READ_ONLY_FOLDER
    elif "disk is full" in text or "database or disk is full" in text:
        return OpenProblem.DISK_FULL
    elif "readonly" in text or "read-only" in text:
        return OpenProblem.READ_ONLY_FILE
    return OpenProblem.CANNOT_WRITE


def open_database(
    path: Path | str, *, check: IntegrityCheck = IntegrityCheck.NOW
) -> OfficeDatabase:
    """Open (creating if absent) the office database at `path`, migrated to the newest schema.

    A PostgreSQL URL (``postgresql://user@host/db``) opens a database on a server instead
    (db.server_database); ``check`` is for files only."""
    if is_server_url(path):
        from db.server_database import open_server_database

        return open_server_database(str(path))
    path = Path(path)
    check_writable(path)
    exists = path.exists() and path.stat().st_size > 0
    revision = inspect_file(path) if exists else None
    backup: Path | None = None
    needs_migration = revision != head_revision()
    # Only files this app already keeps in WAL mode are deferred: opening any other would
    # switch it to WAL, rewriting its header before the check has said it is sound.
    deferred = (
        exists and not needs_migration and check is IntegrityCheck.DEFERRED and _in_wal_mode(path)
    )
    if exists and not deferred:
        check_integrity(path, quick=check is IntegrityCheck.QUICK and not needs_migration)
    try:
        if not exists:
            path.parent.mkdir(parents=True, exist_ok=True)
        if needs_migration:
            if exists:
                backup = backup_copy(path, f"before-migration-{revision or 'empty'}")
            upgrade_to_head(path)
        _owner_only(path)
        engine = make_engine(path)
        session_factory = make_session_factory(engine)
        if needs_migration:
            from db.reference_data import seed_reference_data  # only new or upgraded files

            with session_factory.begin() as session:
                seed_reference_data(session)
    except (OSError, sqlite3.OperationalError) as error:
        raise DatabaseOpenError(problem_of(error), path, str(error)) from error
    return OfficeDatabase(
        path=path,
        engine=engine,
        session_factory=session_factory,
        created=not exists,
        backup_before_migration=backup,
        integrity=IntegrityGate.checking(path) if deferred else IntegrityGate(passed=True),
    )
