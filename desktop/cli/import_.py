"""`python -m desktop import --db FILE BOOK.xlsx [BOOK ...] [--dry-run] [--mode ...]`.

Prints the dry run in Thai (counts, changes, national IDs found in another district, then
each rejection as "sheet แถว N คอลัมน์ X: reason") and, without --dry-run, applies it.
Several books are taken in turn, each planned after the one before was applied (a
provincial office consolidating its districts). Exit status: 0 clean, 1 with rejected
rows (the rest is still applied without --dry-run), 2 when a workbook or the database
cannot be used, the database is held by the app (desktop.services.safety.instance_lock) or
the disk is full (nothing of that workbook written; the ones after it are not read).
A dry run reads while the app has the file open; applying waits for no one: refused.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from db.server_url import database_argument

if TYPE_CHECKING:
    from db.database import OfficeDatabase
    from desktop.services.exchange.import_.importer import ImportPlan
    from desktop.services.exchange.province import TablePreview

MODES = {"add": "ADD_ONLY", "update": "UPDATE_ONLY", "both": "ADD_AND_UPDATE"}
MAX_PRINTED_CHANGES = 2000


def add_import_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser("import", help="import households from a workbook")
    command.add_argument("books", type=Path, nargs="+", help="the workbooks (.xlsx) to import")
    command.add_argument(
        "--db", dest="import_db", type=database_argument, help="the office database file"
    )
    command.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    command.add_argument("--mode", choices=tuple(MODES), default="both")
    command.add_argument("--sheet", help="the sheet of a list (default: the first with headers)")
    command.add_argument("--report", type=Path, help="also save the report as a workbook")
    command.add_argument("--user", help="the name the change log records (default: the clerk)")
    command.add_argument(
        "--mapping",
        type=Path,
        help="a list's column mapping as JSON: used when the file exists, else the guessed"
        " (or remembered) mapping is saved to it",
    )


def run_import(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from desktop.cli.database import CommandRefused, command_database

    out = out or sys.stdout
    database_path = args.import_db or getattr(args, "db", None)
    if args.report is not None and len(args.books) > 1:
        return CommandRefused("--report ใช้ได้กับแฟ้มเดียว", "--report takes one workbook only").tell()
    try:
        # A dry run only reads (one read transaction: consistent while the app writes);
        # applying takes the instance lock, so it never writes under the app's feet.
        with command_database(database_path, writes=not args.dry_run) as database:
            status = 0
            for book in args.books:
                status = max(status, _import_one(database, book, args, out))
                if status == 2:
                    break
            return status
    except CommandRefused as refused:
        return refused.tell()


def _import_one(database: OfficeDatabase, book: Path, args: argparse.Namespace, out: TextIO) -> int:
    from sqlalchemy.exc import DBAPIError

    from db.settings_store import OFFICE_CLERK, get_setting
    from desktop.cli.database import database_failure, output_failure, scratch_failure
    from desktop.services.exchange.import_ import (
        WorkbookRefused,
        apply_plan,
        identify_workbook,
        plan_import,
    )
    from desktop.services.exchange.import_.importer import ImportMode, WorkbookKind, write_report
    from desktop.services.exchange.province import MappingFileError, MappingMemory, preview_table

    factory = database.session_factory
    mapping = preview = None
    try:
        if identify_workbook(book) is WorkbookKind.TABLE:
            preview = preview_table(book, args.sheet)
            mapping = _list_mapping(database, preview, args.mapping, out)
        mode = ImportMode[MODES[args.mode]]
        plan = plan_import(factory, book, mode=mode, mapping=mapping, sheet=args.sheet)
    except WorkbookRefused as refused:
        print(f"{book}: {refused.message_th}", file=out)
        return 2
    except MappingFileError as error:
        print(f"{book}: {error.message_th}", file=out)
        return 2
    except (OSError, sqlite3.Error, DBAPIError) as error:  # the scratch file of the dry run
        return scratch_failure(error).tell()
    with plan:
        print_plan(plan, out)
        if args.report is not None:
            try:
                write_report(plan, args.report)
            except OSError as error:
                return output_failure(error, args.report).tell()
            print(f"บันทึกรายงานไว้ที่ {args.report}", file=out)
        if not args.dry_run:
            with factory() as session:
                user = args.user or get_setting(session, OFFICE_CLERK) or "import"
            try:
                summary = apply_plan(
                    factory, plan, user_name=user, before_write=database.integrity.wait
                )
            except WorkbookRefused as refused:
                print(refused.message_th, file=out)
                return 2
            except (OSError, sqlite3.Error, DBAPIError) as error:  # a full disk, say
                return database_failure(error, database.path).tell()
            print(
                f"บันทึกแล้ว: เพิ่ม {summary.added:,} ครัวเรือน ปรับปรุง {summary.updated:,} ครัวเรือน",
                file=out,
            )
            if preview is not None and mapping is not None:  # remembered, as the dialog does
                MappingMemory(factory).remember(preview.headers, mapping)
        return 0 if plan.is_clean else 1


def _list_mapping(
    database: OfficeDatabase, preview: TablePreview, mapping_file: Path | None, out: TextIO
) -> dict[int, str | None]:
    """The file's mapping when it exists; else the remembered or guessed one (saved to the
    file when one is named)."""
    from desktop.services.exchange.province import MappingMemory, load_mapping, save_mapping

    if mapping_file is not None and mapping_file.exists():
        print(f"ใช้การจับคู่คอลัมน์จากแฟ้ม {mapping_file}", file=out)
        return load_mapping(mapping_file, preview)
    remembered = MappingMemory(database.session_factory).recall(preview.headers)
    mapping = remembered or preview.guessed
    print("ใช้การจับคู่คอลัมน์ที่จำไว้" if remembered else "ใช้การจับคู่คอลัมน์ที่เดาจากหัวตาราง", file=out)
    if mapping_file is not None:
        save_mapping(mapping_file, preview, mapping)
        print(f"บันทึกการจับคู่คอลัมน์ไว้ที่ {mapping_file}", file=out)
    return mapping


def print_plan(plan: ImportPlan, out: TextIO) -> None:
    from desktop.services.exchange.import_ import edit_line, notice_line, summary_lines
    from desktop.services.exchange.province import list_report_lines

    if plan.list_rows is not None:
        for line in list_report_lines(plan.list_rows):
            print(line, file=out)
    for label, value in summary_lines(plan):
        print(f"{label}: {value}", file=out)
    if plan.read_only.count:
        print(notice_line(plan.read_only), file=out)
        for edit in plan.read_only.edits:
            print(edit_line(edit), file=out)
        if plan.read_only.count > len(plan.read_only.edits):
            print(
                f"... และอีก {plan.read_only.count - len(plan.read_only.edits):,} รายการ", file=out
            )
    printed = 0
    for update in plan.updates:
        for change in update.changes:
            if printed == MAX_PRINTED_CHANGES:
                print("...", file=out)
                break
            field = f" {change.label_th}" if change.field else ""
            print(
                f"เปลี่ยน {update.key} {change.record}{field}: {change.old} → {change.new}",
                file=out,
            )
            printed += 1
    for c in plan.conflicts:
        where = c.household_key or f"{c.sheet} แถว {c.row}"
        print(
            f"เลขซ้ำข้ามอำเภอ {c.national_id}: {c.name} ({where})"
            f" — มีอยู่แล้วที่ {c.other_name} ({c.other_household_key}, {c.other_district})"
            " นำเข้าโดยไม่มีเลขประจำตัว รอผู้ตรวจสอบตัดสิน",
            file=out,
        )
    for rejection in plan.rejections:
        column = f" คอลัมน์ {rejection.column}" if rejection.column else ""
        print(f"{rejection.sheet} แถว {rejection.row}{column}: {rejection.message_th}", file=out)
    listed = len(plan.rejections)
    if plan.rejection_count > listed:
        print(f"... และอีก {plan.rejection_count - listed:,} แถว", file=out)
