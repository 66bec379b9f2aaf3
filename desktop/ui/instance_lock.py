"""One running app per database file: a QLockFile named ``<database>.lock`` beside it.

The stale lock time is 0, so a lock is never given up because of its age (the app keeps
it for days); a lock left by a crash is still recovered: QLockFile treats a lock whose
process no longer runs on this computer (same host name, PID gone or now another
program) as stale and removes it in ``tryLock``. A lock taken on another computer (a
database on a shared folder) is never taken over.

    lock = InstanceLock(database_path)
    if not lock.acquire():
        owner = lock.owner()  # who holds it, for the message; None if unknown
        ...  # refuse: show refusal_message(...)
    ...
    lock.release()  # on quit
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QLockFile

LOCK_SUFFIX = ".lock"


class LockOwner(NamedTuple):
    pid: int
    hostname: str
    appname: str


class InstanceLock:
    def __init__(self, database_path: Path) -> None:
        self.path = Path(f"{Path(database_path).resolve()}{LOCK_SUFFIX}")
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another running app holds it (or the
        folder does not allow creating the lock file: ``permission_denied``)."""
        if self._lock.isLocked():
            return True
        return self._lock.tryLock(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    @property
    def permission_denied(self) -> bool:
        """The last ``acquire`` failed because the lock file could not be created."""
        return self._lock.error() == QLockFile.LockError.PermissionError

    def owner(self) -> LockOwner | None:
        """Who holds the lock according to the lock file (this process, once acquired)."""
        info = self._lock.getLockInfo()
        if not isinstance(info, tuple) or len(info) != 3:
            return None
        pid, hostname, appname = info
        if not pid:
            return None
        return LockOwner(int(pid), str(hostname), str(appname))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


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
