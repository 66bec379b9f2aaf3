"""`python -m desktop backup` and `python -m desktop restore` from the command line.

    python -m desktop backup --db FILE --to DIR
    python -m desktop backup --db postgresql://USER@HOST/DB --to DIR   (pg_dump)
    python -m desktop restore --db FILE BACKUP

A thin layer over desktop.services.safety.backups (the app runs the same functions); no Qt is
loaded. ``backup`` may run while the app has the database open (the copy is consistent);
``restore`` refuses while the app (or another command) holds the database's instance
lock, and refuses to back up or replace a file of another program or of a newer
version. Messages that explain a failure are printed in Thai,
then English. Exit status: 0 done, 1 interrupted, 2 refused or failed (nothing changed,
no partial file left).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from db.server_url import database_argument, is_server_url

if TYPE_CHECKING:
    from desktop.services.safety.backups import BackupError, BackupInfo


def add_backup_parsers(commands: Any) -> None:
    """Add the ``backup`` and ``restore`` sub-commands to the ``python -m desktop`` parser."""
    backup = commands.add_parser("backup", help="copy the database into a folder")
    backup.add_argument("--db", dest="backup_db", type=database_argument, required=True)
    backup.add_argument("--to", dest="backup_to", type=Path, required=True, help="the folder")
    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("--db", dest="backup_db", type=database_argument, required=True)
    restore.add_argument("backup", type=Path, help="the backup file to restore")


def run_backup_command(args: argparse.Namespace) -> int:
    if args.command == "restore":
        if is_server_url(args.backup_db):
            print(
                "ฐานข้อมูลบนเซิร์ฟเวอร์กู้คืนด้วย pg_restore ที่เครื่องเซิร์ฟเวอร์ โปรดติดต่อเจ้าหน้าที่ไอที",
                file=sys.stderr,
            )
            print("A server database is restored with pg_restore on the server; ask IT.",
                  file=sys.stderr)  # fmt: skip
            return 2
        return run_restore(args.backup_db, args.backup)
    return run_backup(args.backup_db, args.backup_to)


def run_backup(database_path: Path | str, folder: Path, out: TextIO | None = None) -> int:
    from desktop.services.safety import backup_to
    from desktop.services.safety.backups import BackupError, read_backup_info
    from desktop.services.safety.server_backup import dump_server_database

    out = out or sys.stdout
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if percent != shown[0]:
            shown[0] = percent
            print(f"\r{percent:3d}%", end="", file=sys.stderr, flush=True)

    try:
        if is_server_url(database_path):  # a server database: PostgreSQL's pg_dump
            path = dump_server_database(str(database_path), folder)
            print(f"สำรองข้อมูลแล้ว / backed up to: {path}", file=out)
            return 0
        path = backup_to(database_path, folder, progress=progress)
    except BackupError as error:
        _print_error(error)
        return 2
    except KeyboardInterrupt:
        print("\nยกเลิกแล้ว ไม่มีไฟล์ใดถูกสร้าง / interrupted; no file was left", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    print(f"สำรองข้อมูลแล้ว / backed up to: {path}", file=out)
    _print_info(read_backup_info(path), out)
    return 0


def run_restore(database_path: Path, backup_path: Path, out: TextIO | None = None) -> int:
    from db.database import DatabaseOpenError, check_writable
    from desktop.services.safety import InstanceLock, open_problem_text, refusal_message, restore
    from desktop.services.safety.backups import BackupError, default_backups_dir, inspect_backup

    out = out or sys.stdout
    try:
        check_writable(database_path)  # a read-only file is not replaced behind its back
    except DatabaseOpenError as error:
        for line in open_problem_text(error):
            print(line, file=sys.stderr)
        return 2
    lock = InstanceLock(database_path)
    if not lock.acquire():
        for line in refusal_message(database_path, lock.owner()):
            print(line, file=sys.stderr)
        return 2
    try:
        info = inspect_backup(backup_path)
        print(f"ไฟล์สำรอง / backup: {backup_path}", file=out)
        _print_info(info, out)
        before = restore(database_path, backup_path, backups_dir=default_backups_dir(database_path))
    except BackupError as error:
        _print_error(error)
        return 2
    finally:
        lock.release()
    print(f"กู้คืนแล้ว / restored: {database_path}", file=out)
    if before is not None:
        print(f"สำเนาของฐานข้อมูลก่อนกู้คืน / the previous database was kept as: {before}", file=out)
    return 0


def _print_info(info: BackupInfo, out: TextIO) -> None:
    local = info.taken_at.astimezone()
    be_year = local.year + 543
    print(
        f"  วันที่ / taken: {local:%d/%m}/{be_year} {local:%H:%M:%S} ({local:%Y-%m-%d %H:%M:%S %z})",
        file=out,
    )
    rows = (
        ("ครัวเรือน / households", info.households),
        ("สมาชิก / members", info.members),
        ("โครงการ / projects", info.projects),
        ("การช่วยเหลือ / assistance", info.assistance),
    )
    for label, value in rows:
        print(f"  {label}: {value:,}" if value is not None else f"  {label}: -", file=out)
    print(f"  รุ่นโครงสร้าง / schema: {info.schema_revision}", file=out)
    print(f"  ขนาด / size: {info.size_bytes:,} bytes", file=out)


def _print_error(error: BackupError) -> None:
    print(error.message_th, file=sys.stderr)
    print(error.message_en, file=sys.stderr)
