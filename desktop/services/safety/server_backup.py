"""Backing up an office database that lives on a PostgreSQL server: ``pg_dump``.

SQLite's online backup copies a file; a server database is copied by PostgreSQL's own
tool, in its custom format (compressed, restored with ``pg_restore``), into a folder of
the clerk's choosing, under the same kind of name as a file's backup. Written to a
temporary name first and renamed when pg_dump succeeded, so a folder never holds half a
dump. Where pg_dump is not installed, or fails, the clerk reads why, in Thai.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from desktop.services.safety.backup_errors import BackupError

DUMP_SUFFIX = ".dump"

NO_PG_DUMP = (
    "ไม่พบโปรแกรม pg_dump ในเครื่องนี้ จึงสำรองฐานข้อมูลบนเซิร์ฟเวอร์ไม่ได้"
    " โปรดให้เจ้าหน้าที่ไอทีติดตั้ง PostgreSQL client (pg_dump) หรือสำรองที่เครื่องเซิร์ฟเวอร์",
    "pg_dump is not installed on this PC, so the server database cannot be backed up"
    " here; ask IT to install the PostgreSQL client tools or back up on the server",
)
DUMP_FAILED = (
    "สำรองฐานข้อมูลบนเซิร์ฟเวอร์ไม่สำเร็จ ไม่มีไฟล์สำรองถูกสร้าง ({detail})",
    "The server database could not be backed up; no backup file was left ({detail})",
)
NO_FOLDER = (
    "สร้างหรือเขียนโฟลเดอร์ {path} ไม่ได้ ({detail})",
    "The folder {path} cannot be created or written ({detail})",
)


def find_pg_dump() -> str | None:
    """pg_dump on the PATH, else the newest one of Debian's PostgreSQL packages."""
    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), reverse=True)
    return str(candidates[0]) if candidates else None


def dump_server_database(
    url: str, folder: Path, *, label: str = "manual", pg_dump: str | None = None
) -> Path:
    """Write a pg_dump of the database at ``url`` into ``folder``; the dump's path."""
    program = pg_dump or find_pg_dump()
    if program is None:
        raise BackupError(NO_PG_DUMP, folder, "pg_dump")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(NO_FOLDER, folder, str(error)) from error
    name = urlsplit(url).path.strip("/").replace("/", "-") or "office"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{name}.{label}-{stamp}{DUMP_SUFFIX}"
    partial = target.with_name(f".{target.name}.partial")
    parts = urlsplit(url)
    environment = dict(os.environ)
    if parts.password is not None:  # handed over the environment, not the process list
        environment["PGPASSWORD"] = parts.password
        url = parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", "@")).geturl()
    try:
        finished = subprocess.run(
            [program, "--format=custom", f"--file={partial}", f"--dbname={url}"],
            capture_output=True,
            text=True,
            check=False,
            env=environment,
        )
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(DUMP_FAILED, target, str(error)) from error
    if finished.returncode != 0:
        partial.unlink(missing_ok=True)
        detail = (finished.stderr.strip().splitlines() or [f"exit {finished.returncode}"])[-1]
        raise BackupError(DUMP_FAILED, target, detail)
    os.chmod(partial, 0o600)  # personal data: the owner only, as a file's backups
    partial.replace(target)
    return target
