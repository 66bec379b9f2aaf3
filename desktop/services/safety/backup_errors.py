"""Why a backup or a restore did not happen: codes and their Thai and English text.

Plain strings with ``{path}``/``{detail}`` parameters, no Qt, so the command line and the
GUI show the same words. Whatever failed, no partial backup file is left behind and the
current database is unchanged.
"""

from __future__ import annotations

import enum
from pathlib import Path

from db.database import OpenProblem


class BackupProblem(enum.Enum):
    FOLDER_NOT_WRITABLE = "folder_not_writable"  # the folder cannot be created or written
    DISK_FULL = "disk_full"
    WRITE_FAILED = "write_failed"  # any other error while writing the copy
    SOURCE_UNREADABLE = "source_unreadable"  # the database file is missing or unreadable
    COPY_DAMAGED = "copy_damaged"  # the copy failed the integrity check (source damaged?)
    DATABASE_IN_USE = "database_in_use"  # restore: the database is still open somewhere
    NEWER_DATABASE = "newer_database"  # the database was written by a newer version
    FOREIGN_DATABASE = "foreign_database"  # the database is another program's
    CANCELLED = "cancelled"


FAILURE_TEXT: dict[BackupProblem, tuple[str, str]] = {
    BackupProblem.FOLDER_NOT_WRITABLE: (
        "เขียนสำเนาสำรองลงในโฟลเดอร์ {path} ไม่ได้ (ไม่มีโฟลเดอร์นี้ หรือไม่มีสิทธิ์เขียน) ไม่มีไฟล์ใดถูกสร้าง",
        "The backup cannot be written to the folder {path} (it does not exist or is not"
        " writable). No file was left behind.",
    ),
    BackupProblem.DISK_FULL: (
        "พื้นที่ว่างใน {path} ไม่พอสำหรับสำเนาสำรอง ไม่มีไฟล์ใดถูกสร้าง ลบไฟล์ที่ไม่ใช้หรือเลือกที่เก็บอื่น",
        "There is not enough free space in {path} for the backup. No file was left behind;"
        " free some space or choose another place.",
    ),
    BackupProblem.WRITE_FAILED: (
        "เขียนสำเนาสำรองลงใน {path} ไม่สำเร็จ: {detail} ไม่มีไฟล์ใดถูกสร้าง",
        "The backup could not be written to {path}: {detail}. No file was left behind.",
    ),
    BackupProblem.SOURCE_UNREADABLE: (
        "อ่านฐานข้อมูล {path} ไม่ได้: {detail}",
        "The database {path} cannot be read: {detail}",
    ),
    BackupProblem.COPY_DAMAGED: (
        "สำเนาของฐานข้อมูล {path} ไม่ผ่านการตรวจความถูกต้อง จึงไม่ได้เก็บไว้"
        " ฐานข้อมูลอาจเสียหาย ควรกู้คืนจากสำเนาสำรองก่อนหน้า",
        "The copy of the database {path} failed the integrity check and was not kept. The"
        " database may be damaged; consider restoring an earlier backup.",
    ),
    BackupProblem.DATABASE_IN_USE: (
        "ฐานข้อมูล {path} ยังเปิดใช้งานอยู่ ปิดโปรแกรมที่ใช้ฐานข้อมูลนี้ก่อนแล้วลองใหม่ ฐานข้อมูลไม่ถูกเปลี่ยน",
        "The database {path} is still open in a program. Close it and try again. The"
        " database was not changed.",
    ),
    BackupProblem.NEWER_DATABASE: (
        "ฐานข้อมูล {path} เขียนโดยโปรแกรมรุ่นที่ใหม่กว่า รุ่นนี้จึงไม่สำรองและไม่กู้คืนทับ"
        " ใช้โปรแกรมรุ่นใหม่ ไม่มีไฟล์ใดถูกเปลี่ยน",
        "The database {path} was written by a newer version of this program, so this"
        " version neither backs it up nor restores over it; use the newer version. No file"
        " was changed.",
    ),
    BackupProblem.FOREIGN_DATABASE: (
        "ไฟล์ {path} เป็นฐานข้อมูลของโปรแกรมอื่น จึงไม่สำรองและไม่กู้คืนทับ ตรวจชื่อไฟล์ที่ระบุ ไม่มีไฟล์ใดถูกเปลี่ยน",
        "The file {path} is a database of another program, so it is neither backed up nor"
        " restored over; check the file name given. No file was changed.",
    ),
    BackupProblem.CANCELLED: (
        "ยกเลิกการสำรองข้อมูลแล้ว ไม่มีไฟล์ใดถูกสร้าง",
        "The backup was cancelled. No file was left behind.",
    ),
}

REFUSAL_TEXT: dict[OpenProblem, tuple[str, str]] = {
    OpenProblem.NOT_A_DATABASE: (
        "ไฟล์ {path} ไม่ใช่ฐานข้อมูลของโปรแกรมนี้ จึงไม่นำมากู้คืน ฐานข้อมูลปัจจุบันไม่ถูกเปลี่ยน",
        "The file {path} is not a database of this program and was not restored. The"
        " current database was not changed.",
    ),
    OpenProblem.CORRUPT: (
        "ไฟล์สำรอง {path} เสียหาย (ไม่ผ่านการตรวจความถูกต้อง) จึงไม่นำมากู้คืน"
        " ฐานข้อมูลปัจจุบันไม่ถูกเปลี่ยน เลือกสำเนาสำรองอื่น",
        "The backup {path} is damaged (it failed the integrity check) and was not restored."
        " The current database was not changed; choose another backup.",
    ),
    OpenProblem.NEWER_VERSION: (
        "ไฟล์สำรอง {path} มาจากโปรแกรมรุ่นที่ใหม่กว่า ติดตั้งรุ่นใหม่ก่อนจึงจะกู้คืนได้ ฐานข้อมูลปัจจุบันไม่ถูกเปลี่ยน",
        "The backup {path} was written by a newer version of this program; install it to"
        " restore this backup. The current database was not changed.",
    ),
    OpenProblem.FOREIGN_DATABASE: (
        "ไฟล์ {path} เป็นฐานข้อมูลของโปรแกรมอื่น จึงไม่นำมากู้คืน ฐานข้อมูลปัจจุบันไม่ถูกเปลี่ยน",
        "The file {path} is a database of another program and was not restored. The"
        " current database was not changed.",
    ),
    OpenProblem.SERVER_UNREACHABLE: (
        "ติดต่อฐานข้อมูลบนเซิร์ฟเวอร์ {path} ไม่ได้ ({detail}) ฐานข้อมูลปัจจุบันไม่ถูกเปลี่ยน",
        "The server database {path} cannot be reached ({detail}). The current database was"
        " not changed.",
    ),
    OpenProblem.CANNOT_READ: (
        "อ่านไฟล์ {path} ไม่ได้: {detail} ฐานข้อมูลปัจจุบันไม่ถูกเปลี่ยน",
        "The file {path} cannot be read: {detail}. The current database was not changed.",
    ),
    OpenProblem.CANNOT_WRITE: (
        "เขียนไฟล์ {path} ไม่ได้: {detail}",
        "The file {path} cannot be written: {detail}",
    ),
}


class BackupError(Exception):
    """Base of the backup errors; ``message_th`` and ``message_en`` are for people."""

    def __init__(self, texts: tuple[str, str], path: Path, detail: str) -> None:
        self.path = Path(path)
        self.detail = detail
        thai, english = texts
        self.message_th = thai.format(path=path, detail=detail)
        self.message_en = english.format(path=path, detail=detail)
        super().__init__(self.message_en)


class BackupFailed(BackupError):
    """No backup (or restore) was made; ``reason`` says why. Nothing partial is left."""

    def __init__(self, reason: BackupProblem, path: Path, detail: str = "") -> None:
        super().__init__(FAILURE_TEXT[reason], path, detail)
        self.reason = reason


class BackupCancelled(BackupFailed):
    """The caller's ``cancelled()`` said stop; the partial copy was removed."""

    def __init__(self, path: Path) -> None:
        super().__init__(BackupProblem.CANCELLED, path)


class BackupRefused(BackupError):
    """The file cannot be restored; ``problem`` uses db.database's refusal codes."""

    def __init__(self, problem: OpenProblem, path: Path, detail: str = "") -> None:
        super().__init__(REFUSAL_TEXT[problem], path, detail)
        self.problem = problem
