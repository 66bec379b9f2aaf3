"""The command line's contract, shared by every command: how a database is opened, who
may write it, and what a failure says.

Exit status: 0 done and clean, 1 done with rejected rows (or interrupted), 2 refused
(nothing written). Every refusal is said in Thai, then English, on standard error;
never a traceback. A command that writes holds the instance lock (the app's: see
desktop.services.safety.instance_lock) for its whole run and is refused while the app or
another command holds it. No Qt is loaded here.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from db.server_url import is_server_url

if TYPE_CHECKING:
    from db.database import OfficeDatabase

CLEAN, REJECTIONS, REFUSED = 0, 1, 2


class CommandRefused(Exception):
    """A command stops with exit status 2; ``thai`` and ``english`` say why."""

    def __init__(self, thai: str, english: str) -> None:
        super().__init__(english)
        self.thai, self.english = thai, english

    def tell(self, err: TextIO | None = None) -> int:
        err = err or sys.stderr
        print(self.thai, file=err)
        print(self.english, file=err)
        return REFUSED


@contextmanager
def command_database(path: Path | str | None, *, writes: bool) -> Iterator[OfficeDatabase]:
    """The database at ``path``, open; with ``writes`` also its instance lock, held until
    the block ends. Raises CommandRefused for a missing, unusable or locked file. A
    PostgreSQL URL opens the database on that server (no lock: it is shared)."""
    from db.database import DatabaseOpenError, IntegrityCheck, OpenProblem, open_database
    from desktop.services.safety import InstanceLock, open_problem_text, refusal_message

    if is_server_url(path):  # many PCs share a server: no instance lock applies
        try:
            database = open_database(str(path))
        except DatabaseOpenError as error:
            raise CommandRefused(*open_problem_text(error)) from error
        try:
            yield database
        finally:
            database.close()
        return
    if path is None or not Path(path).is_file():
        raise CommandRefused(
            f"ไม่พบฐานข้อมูล {path} (ระบุด้วย --db FILE)", f"{path}: no such file (use --db FILE)"
        )
    lock = InstanceLock(Path(path)) if writes else None
    if lock is not None and not lock.acquire():
        if lock.permission_denied:  # the lock file cannot be made: a read-only folder
            folder = DatabaseOpenError(OpenProblem.READ_ONLY_FOLDER, Path(path))
            raise CommandRefused(*open_problem_text(folder))
        if lock.error is not None:  # a full disk, say
            raise database_failure(lock.error, Path(path))
        raise CommandRefused(*refusal_message(Path(path), lock.owner()))
    try:
        try:
            database = open_database(Path(path), check=IntegrityCheck.QUICK)
        except DatabaseOpenError as error:
            raise CommandRefused(*open_problem_text(error)) from error
        try:
            yield database
        finally:
            database.close()
    finally:
        if lock is not None:
            lock.release()


def output_failure(error: OSError, out: Path) -> CommandRefused:
    """A file the command writes (a workbook, a report, a PDF) could not be written."""
    if error.errno == errno.ENOSPC:
        return CommandRefused(
            f"พื้นที่ว่างในดิสก์ไม่พอสำหรับ {out} จึงไม่ได้สร้างไฟล์ ลบไฟล์ที่ไม่ใช้หรือเลือกที่เก็บอื่น",
            f"There is not enough free space for {out}; no file was written. Free some"
            " space or choose another place.",
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return CommandRefused(
            f"ไม่มีสิทธิ์เขียน {out} (โฟลเดอร์หรือดิสก์อ่านได้อย่างเดียว) จึงไม่ได้สร้างไฟล์",
            f"{out} cannot be written (the folder or disk is read-only); no file was written.",
        )
    return CommandRefused(
        f"เขียน {out} ไม่สำเร็จ: {error.strerror or error} จึงไม่ได้สร้างไฟล์",
        f"{out} could not be written: {error.strerror or error}; no file was written.",
    )


def scratch_failure(error: Exception) -> CommandRefused:
    """The dry run's scratch file (in the temporary folder) could not be written."""
    import tempfile

    error = getattr(error, "orig", None) or error
    if not isinstance(error, OSError | sqlite3.Error):
        return unexpected_failure(error)
    if isinstance(error, sqlite3.Error):
        full = "full" in str(error).lower()
        error = OSError(errno.ENOSPC if full else errno.EIO, str(error))
    return output_failure(error, Path(tempfile.gettempdir()))


def database_failure(error: Exception, path: Path) -> CommandRefused:
    """Writing the database failed (a full disk, a file made read-only meanwhile): the
    transaction was rolled back, nothing of it was kept. SQLAlchemy's errors carry the
    driver's as ``orig``."""
    from db.database import DatabaseOpenError, problem_of
    from desktop.services.safety import open_problem_text

    error = getattr(error, "orig", None) or error
    if not isinstance(error, OSError | sqlite3.Error):
        return unexpected_failure(error)

    problem = DatabaseOpenError(problem_of(error), path, str(error))
    return CommandRefused(*open_problem_text(problem))


def unexpected_failure(error: BaseException) -> CommandRefused:
    """The last resort of ``python -m desktop``: a failure no command expected is still told
    in Thai, without a traceback (every write is one transaction: nothing half saved)."""
    detail = f"{type(error).__name__}: {error}"[:500]
    return CommandRefused(
        f"คำสั่งหยุดเพราะเกิดข้อผิดพลาดที่ไม่คาดคิด ({detail}) ไม่มีการบันทึกส่วนใดค้างไว้",
        f"The command stopped on an unexpected error ({detail}); nothing was half saved.",
    )
