"""One writer per database file: a lock file named ``<database>.lock`` beside it.

The app holds it for as long as a database is open; every command that writes (import
without --dry-run, restore, new-office, demo) takes it for its run and is refused while
someone else holds it. Commands that only read (export, print, backup, a dry run) do not
need it: each reads inside one SQLite read transaction, which in WAL mode sees one
consistent state of the file however the app writes meanwhile.

The file holds three lines, the holder's PID, program name and host name (the layout
Qt's QLockFile writes, which earlier versions of the app used). It is created with
O_EXCL, so exactly one process creates it. A lock is never given up because of its age
(the app keeps it for days), but a lock left by a crash is taken over: one written on
this computer whose PID no longer runs. A lock written on another computer (a database
on a shared folder) is never taken over. No Qt here: the command line uses it too.

    lock = InstanceLock(database_path)
    if not lock.acquire():
        owner = lock.owner()  # who holds it, for the message; None if unknown
        ...  # refuse: show refusal_message(...)
    ...
    lock.release()  # on quit
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import sys
from pathlib import Path
from typing import NamedTuple

LOCK_SUFFIX = ".lock"
APP_NAME = "district-desk"


class LockOwner(NamedTuple):
    pid: int
    hostname: str
    appname: str


class InstanceLock:
    def __init__(self, database_path: Path) -> None:
        self.path = Path(f"{Path(database_path).resolve()}{LOCK_SUFFIX}")
        self._held = False
        self._denied = False
        self.error: OSError | None = None
        """Why the last ``acquire`` could not create the lock file (a full disk...)."""

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another running program holds it (or
        the folder does not allow creating the lock file: ``permission_denied``)."""
        if self._held:
            return True
        self._denied, self.error = False, None
        for _attempt in range(2):
            try:
                self._create()
            except FileExistsError:
                if not self._remove_if_stale():
                    return False
                continue
            except OSError as error:
                self.error = error
                self._denied = error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
                return False
            self._held = True
            return True
        return False

    @property
    def held(self) -> bool:
        return self._held

    @property
    def permission_denied(self) -> bool:
        """The last ``acquire`` failed because the lock file could not be created."""
        return self._denied

    def owner(self) -> LockOwner | None:
        """Who holds the lock according to the lock file (this process, once acquired)."""
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return None
        if len(lines) < 3 or not lines[0].strip().isdigit() or not int(lines[0]):
            return None
        return LockOwner(int(lines[0]), lines[2].strip(), lines[1].strip())

    def release(self) -> None:
        if self._held:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self._held = False

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def _create(self) -> None:
        text = f"{os.getpid()}\n{APP_NAME}\n{socket.gethostname()}\n".encode()
        descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(descriptor, text)
        finally:
            os.close(descriptor)

    def _remove_if_stale(self) -> bool:
        """Remove a lock whose holder crashed on this computer; True when removed. A lock
        being written this very moment reads as unknown and is left alone."""
        owner = self.owner()
        if owner is None or owner.hostname != socket.gethostname():
            return False
        if owner.pid == os.getpid() or process_runs(owner.pid):
            return False  # held: by another program, or here through another InstanceLock
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        return True


def process_runs(pid: int) -> bool:
    """Whether a process with this PID runs on this computer."""
    if sys.platform == "win32":
        return _windows_process_runs(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True


def _windows_process_runs(pid: int) -> bool:
    import ctypes

    still_active = 259
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel.CloseHandle(handle)


def refusal_message(database_path: Path, owner: LockOwner | None) -> tuple[str, str]:
    """The refusal in Thai and English, naming who holds the database."""
    if owner is None:
        return (
            f"เปิดฐานข้อมูล {database_path} ไม่ได้ เพราะสร้างไฟล์ล็อกข้างฐานข้อมูลไม่ได้"
            " (โฟลเดอร์อ่านได้อย่างเดียว?)",
            f"The database {database_path} cannot be opened: its lock file cannot be created"
            " (is the folder read-only?).",
        )
    who = f"{owner.appname} (PID {owner.pid}) @ {owner.hostname}"
    return (
        f"ฐานข้อมูล {database_path} เปิดอยู่ในโปรแกรมอีกหน้าต่างหนึ่งแล้ว: {who} ใช้หน้าต่างนั้น หรือปิดก่อนแล้วเปิดใหม่",
        f"The database {database_path} is already open in another window: {who}. Use"
        " that window, or close it and open the database again.",
    )
