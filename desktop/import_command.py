"""`python -m desktop import --db FILE BOOK.xlsx [BOOK ...] [--dry-run] [--mode ...]`.

Prints the dry run in Thai (counts, changes, national IDs found in another district, then
each rejection as "sheet แถว N คอลัมน์ X: reason") and, without --dry-run, applies it.
Several books are taken in turn, each planned after the one before was applied (a
provincial office consolidating its districts). Exit status: 0 clean, 1 with rejected
rows (the rest is still applied without --dry-run), 2 when a workbook or the database
cannot be used (nothing of that workbook written; the ones after it are not read).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from db.database import OfficeDatabase
    from desktop.services.exchange_import import ImportPlan

MODES = {"add": "ADD_ONLY", "update": "UPDATE_ONLY", "both": "ADD_AND_UPDATE"}
MAX_PRINTED_CHANGES = 2000


def add_import_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser("import", help="import households from a workbook")
    command.add_argument("books", type=Path, nargs="+", help="the workbooks (.xlsx) to import")
    command.add_argument("--db", dest="import_db", type=Path, help="the office database file")
    command.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    command.add_argument("--mode", choices=tuple(MODES), default="both")
    command.add_argument("--sheet", help="the sheet of a list (default: the first with headers)")
    command.add_argument("--report", type=Path, help="also save the report as a workbook")
    command.add_argument("--user", help="the name the change log records (default: the clerk)")


def run_import(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from db.database import DatabaseOpenError, open_database

    out = out or sys.stdout
    database_path = args.import_db or getattr(args, "db", None)
    if database_path is None or not Path(database_path).exists():
        print(f"ไม่พบฐานข้อมูล {database_path} (ใช้ --db FILE)", file=sys.stderr)
        return 2
    try:
        database = open_database(Path(database_path))
    except DatabaseOpenError as error:
        print(f"เปิดฐานข้อมูลไม่ได้: {error}", file=sys.stderr)
        return 2
    try:
        if args.report is not None and len(args.books) > 1:
            print("--report ใช้ได้กับแฟ้มเดียว", file=sys.stderr)
            return 2
        status = 0
        for book in args.books:
            status = max(status, _import_one(database, book, args, out))
            if status == 2:
                break
        return status
    finally:
        database.close()


def _import_one(database: OfficeDatabase, book: Path, args: argparse.Namespace, out: TextIO) -> int:
    from db.settings_store import OFFICE_CLERK, get_setting
    from desktop.services.exchange_import import (
        ImportMode,
        WorkbookKind,
        WorkbookRefused,
        apply_plan,
        identify_workbook,
        plan_import,
        write_report,
    )
    from desktop.services.province_list import MappingMemory, preview_table

    factory = database.session_factory
    mapping = None
    try:
        if identify_workbook(book) is WorkbookKind.TABLE:
            preview = preview_table(book, args.sheet)
            mapping = MappingMemory(factory).recall(preview.headers) or preview.guessed
        mode = ImportMode[MODES[args.mode]]
        plan = plan_import(factory, book, mode=mode, mapping=mapping, sheet=args.sheet)
    except WorkbookRefused as refused:
        print(f"{book}: {refused.message_th}", file=out)
        return 2
    with plan:
        print_plan(plan, out)
        if args.report is not None:
            write_report(plan, args.report)
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
            print(
                f"บันทึกแล้ว: เพิ่ม {summary.added:,} ครัวเรือน ปรับปรุง {summary.updated:,} ครัวเรือน",
                file=out,
            )
        return 0 if plan.is_clean else 1


def print_plan(plan: ImportPlan, out: TextIO) -> None:
    from desktop.services.import_read_only import edit_line, notice_line
    from desktop.services.import_report import summary_lines

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
