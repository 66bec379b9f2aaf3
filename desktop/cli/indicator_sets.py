"""`python -m desktop indicator-sets`: list, load and export indicator sets.

    python -m desktop indicator-sets --db FILE
    python -m desktop indicator-sets --db FILE --load BOOK.xlsx [--dry-run]
    python -m desktop indicator-sets --db FILE --export --code CODE --out BOOK.xlsx

A thin layer over desktop.services.indicator_sets (Settings runs the same code). A load
always prints its dry run first, then stores the set in one transaction (not with
``--dry-run``); it holds the instance lock, so it is refused while the app has the file
open. Exit status: 0 done, 2 refused with nothing written (a malformed workbook, years
overlapping another set, an unknown code, a file that cannot be written), each reason in
Thai, then English, with its sheet, row, column and field.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from db.server_url import database_argument
from desktop.cli.database import (
    CLEAN,
    REFUSED,
    CommandRefused,
    command_database,
    database_failure,
    output_failure,
)

if TYPE_CHECKING:
    from desktop.services.indicator_sets import LoadPlan, SetProblem


def add_indicator_sets_parser(commands: Any) -> None:
    sets = commands.add_parser(
        "indicator-sets", help="list, load (after a dry run) or export indicator sets"
    )
    sets.add_argument("--db", dest="sets_db", type=database_argument, required=True)
    action = sets.add_mutually_exclusive_group()
    action.add_argument("--load", type=Path, metavar="BOOK.xlsx", help="load a set workbook")
    action.add_argument("--export", action="store_true", help="write set --code to --out")
    sets.add_argument(
        "--dry-run", action="store_true", help="with --load: only say what it would do"
    )
    sets.add_argument("--code", help="with --export: the set's code")
    sets.add_argument("--out", type=Path, help="with --export: the workbook to write")
    sets.add_argument("--user", default="", help="the name the change log records")


def run_indicator_sets(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        if args.load is not None:
            return _load(args, out)
        if args.export:
            return _export(args, out)
        return _list(args.sets_db, out)
    except CommandRefused as refused:
        return refused.tell()


def _list(path: Path, out: TextIO) -> int:
    from desktop.services.indicator_sets import IndicatorSetService

    with command_database(path, writes=False) as database:
        sets = IndicatorSetService(database.session_factory).sets()
    for found in sets:
        print(
            f"{found.code}\t{found.first_year}–{found.last_year}\t{found.name_th}\t"
            f"ตัวชี้วัด / indicators: {found.indicators} (TPMAP {found.tpmap_indicators})\t"
            f"เกณฑ์ / thresholds: {found.thresholds}\tคำตอบ / answers: {found.results:,}",
            file=out,
        )
    return CLEAN


def _load(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.services.indicator_sets import IndicatorSetService, SetBookRefused

    with command_database(args.sets_db, writes=not args.dry_run) as database:
        service = IndicatorSetService(database.session_factory)
        try:
            plan = service.dry_run(args.load)
        except SetBookRefused as refused:
            return _refused(refused.problems, args.load)
        print_plan(plan, out)
        if not plan.can_load:
            return _refused(list(plan.problems), args.load)
        if args.dry_run:
            print("ยังไม่ได้บันทึก (--dry-run) / nothing stored (--dry-run)", file=out)
            return CLEAN
        try:
            result = service.load(plan.book, user_name=args.user)
        except OSError as error:
            raise database_failure(error, args.sets_db) from error
        if not result.loaded:  # the database changed since the dry run
            return _refused(list(result.plan.problems), args.load)
    print(
        f"โหลดชุดตัวชี้วัด {plan.book.code} แล้ว / loaded set {plan.book.code}"
        f" ({result.changes} บันทึกการเปลี่ยนแปลง / change-log rows)",
        file=out,
    )
    return CLEAN


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from desktop.services.indicator_sets import IndicatorSetService, UnknownSet

    if not args.code or args.out is None:
        raise CommandRefused(
            "--export ต้องระบุ --code รหัสชุด และ --out แฟ้มที่จะเขียน",
            "--export needs --code CODE and --out BOOK.xlsx",
        )
    with command_database(args.sets_db, writes=False) as database:
        service = IndicatorSetService(database.session_factory)
        try:
            book = service.export(args.code, args.out)
        except UnknownSet:
            codes = ", ".join(found.code for found in service.sets())
            raise CommandRefused(
                f"ไม่มีชุดตัวชี้วัดรหัส {args.code} (ที่มี: {codes})",
                f"There is no indicator set {args.code} (there are: {codes})",
            ) from None
        except OSError as error:
            raise output_failure(error, args.out) from error
    print(
        f"เขียนชุด {book.code} ({len(book.indicators)} ตัวชี้วัด) ลง {args.out} แล้ว"
        f" / wrote set {book.code} ({len(book.indicators)} indicators) to {args.out}",
        file=out,
    )
    return CLEAN


def print_plan(plan: LoadPlan, out: TextIO) -> None:
    """The dry run: the set, its years, indicators per dimension and thresholds."""
    from desktop.services.indicator_sets import DIMENSION_NAMES

    book = plan.book
    action = "แทนที่รุ่นเดิม / replaces the old version" if plan.replaces else "เพิ่ม / adds"
    print(f"ชุดตัวชี้วัด / set: {book.code} — {book.name_th} ({action})", file=out)
    print(f"  ปีสำรวจ / survey years: {book.first_year}–{book.last_year}", file=out)
    print(f"  ตัวชี้วัด / indicators: {len(book.indicators)} (TPMAP {plan.tpmap_count})", file=out)
    for dimension, count in plan.per_dimension.items():
        print(f"    {DIMENSION_NAMES[dimension]} / {dimension}: {count}", file=out)
    for threshold in book.thresholds:
        year = threshold.survey_year or "ทุกปี / every year"
        print(
            f"  เกณฑ์ข้อ / threshold of no. {threshold.number} ({year}): {threshold.value:,}",
            file=out,
        )


def _refused(problems: list[SetProblem], book: Path) -> int:
    print(f"ไม่โหลด {book}: ไม่มีส่วนใดถูกบันทึก / {book} refused: nothing stored", file=sys.stderr)
    for found in problems:
        print(f"  {found.message_th}", file=sys.stderr)
        print(f"  {found.message_en}", file=sys.stderr)
    return REFUSED
