"""What the command line says when a database file cannot be opened or written, in Thai
and English (the GUI says the same through its translations: desktop/ui/open_errors.py).

A file that cannot be written is never called damaged: a clerk told to restore a backup
might throw good data away, when all that is wrong is a read-only file, a read-only
folder (a CD, a write-protected USB stick, a shared folder without the right to write)
or a full disk.
"""

from __future__ import annotations

from db.database import DatabaseOpenError, OpenProblem

OPEN_TEXT: dict[OpenProblem, tuple[str, str]] = {
    OpenProblem.NOT_A_DATABASE: (
        "ไฟล์ {path} ไม่ใช่ฐานข้อมูลของโปรแกรมนี้ ไฟล์ไม่ถูกเปลี่ยน",
        "The file {path} is not a database of this program. It was not changed.",
    ),
    OpenProblem.CORRUPT: (
        "ฐานข้อมูล {path} เสียหาย (ไม่ผ่านการตรวจความถูกต้อง) จึงไม่เปิด ไฟล์ไม่ถูกเปลี่ยน กู้คืนจากสำเนาสำรอง",
        "The database {path} is damaged (it failed the integrity check) and was not opened."
        " It was not changed. Restore it from a backup.",
    ),
    OpenProblem.NEWER_VERSION: (
        "ฐานข้อมูล {path} เขียนโดยโปรแกรมรุ่นที่ใหม่กว่า ติดตั้งรุ่นใหม่ก่อนจึงจะเปิดได้ ไฟล์ไม่ถูกเปลี่ยน",
        "The database {path} was written by a newer version of this program. Install the"
        " newer version to open it. The file was not changed.",
    ),
    OpenProblem.FOREIGN_DATABASE: (
        "ไฟล์ {path} เป็นฐานข้อมูลของโปรแกรมอื่น ไฟล์ไม่ถูกเปลี่ยน",
        "The file {path} is a database of another program. It was not changed.",
    ),
    OpenProblem.SERVER_UNREACHABLE: (
        "ติดต่อฐานข้อมูลบนเซิร์ฟเวอร์ {path} ไม่ได้ ({detail}) ตรวจว่าเครื่องเซิร์ฟเวอร์เปิดอยู่"
        " เครือข่ายใช้ได้ และชื่อผู้ใช้กับรหัสผ่านถูกต้อง หรือติดต่อเจ้าหน้าที่ไอที",
        "The server database {path} cannot be reached ({detail}). Check that the server is"
        " on, the network works and the user name and password are right, or ask IT.",
    ),
    OpenProblem.CANNOT_READ: (
        "อ่านไฟล์ {path} ไม่ได้: {detail}",
        "The file {path} cannot be read: {detail}",
    ),
    OpenProblem.CANNOT_WRITE: (
        "เขียนฐานข้อมูล {path} ไม่ได้: {detail} ไม่มีการบันทึกส่วนใดค้างไว้",
        "The database {path} cannot be written: {detail}. Nothing was half saved.",
    ),
    OpenProblem.READ_ONLY_FILE: (
        "ไฟล์ฐานข้อมูล {path} ตั้งไว้ให้อ่านได้อย่างเดียว จึงบันทึกไม่ได้ ข้อมูลในไฟล์ไม่ได้เสียหาย"
        " อย่าลบหรือกู้คืนทับ ให้แก้สิทธิ์ของไฟล์ให้เขียนได้ หรือคัดลอกไปไว้ในโฟลเดอร์ที่เขียนได้",
        "The database file {path} is read-only, so nothing can be saved to it. Its data is"
        " not damaged: do not delete it or restore over it; make the file writable, or copy"
        " it into a folder you can write to.",
    ),
    OpenProblem.READ_ONLY_FOLDER: (
        "โฟลเดอร์ของฐานข้อมูล {path} เขียนไม่ได้ (อ่านได้อย่างเดียว) โปรแกรมต้องสร้างไฟล์ประกอบ"
        " ไว้ข้างฐานข้อมูล จึงเปิดไม่ได้ ข้อมูลในไฟล์ไม่ได้เสียหาย อย่าลบหรือกู้คืนทับ"
        " ให้คัดลอกฐานข้อมูลไปไว้ในโฟลเดอร์ที่เขียนได้ หรือแก้สิทธิ์ของโฟลเดอร์",
        "The folder of the database {path} is not writable (read-only); the program must"
        " create its working files beside the database, so it cannot open it. The data is"
        " not damaged: do not delete it or restore over it; copy the database into a"
        " folder you can write to, or make the folder writable.",
    ),
    OpenProblem.DISK_FULL: (
        "พื้นที่ว่างในดิสก์ของฐานข้อมูล {path} ไม่พอ จึงบันทึกไม่ได้ ไม่มีการบันทึกส่วนใดค้างไว้ ลบไฟล์ที่ไม่ใช้แล้วลองใหม่",
        "The disk of the database {path} is full, so nothing could be saved; nothing was"
        " half saved. Free some space and try again.",
    ),
}


def open_problem_text(error: DatabaseOpenError) -> tuple[str, str]:
    """The refusal in Thai and English."""
    thai, english = OPEN_TEXT[error.problem]
    return (
        thai.format(path=error.path, detail=error.detail),
        english.format(path=error.path, detail=error.detail),
    )
