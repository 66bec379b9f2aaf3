"""`python -m desktop export`: the exchange workbook from the command line.

    python -m desktop export --db FILE --out BOOK.xlsx [--subdistrict CODE]
        [--fiscal-year BE] [--mask-ids] [--aggregates-only] [--unsigned]

A workbook with personal data in the clear (neither --mask-ids nor --aggregates-only) is
the one a district sends the province: it is written only while a supervisor's sign-off in
the app covers the data as it is now (the check before sending found nothing, nothing
changed since). ``--unsigned`` writes it anyway for a purpose other than sending (a working
copy); its metadata then says it is not ready to send.

A thin layer over desktop.services.exchange.export.workbook (the app's Exchange page runs
the same service). No Qt is loaded. The workbook is written under a temporary name
readable by this user only and renamed into place once complete. Exit status: 0 written,
1 interrupted, 2 refused: bad database or options, no sign-off for a sending workbook, a
full disk or a folder that cannot be written (nothing written, no partial file left).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.server_url import database_argument

if TYPE_CHECKING:
    from db.database import OfficeDatabase


def add_export_parser(commands: Any) -> None:
    """Add the ``export`` sub-command to the ``python -m desktop`` parser."""
    export = commands.add_parser("export", help="write the exchange workbook (.xlsx)")
    export.add_argument(
        "--db", dest="export_db", type=database_argument, required=True, metavar="FILE"
    )
    export.add_argument(
        "--out", type=Path, required=True, metavar="BOOK.xlsx", help="the workbook to write"
    )
    export.add_argument(
        "--subdistrict", metavar="CODE", help="only this subdistrict (6-digit code)"
    )
    export.add_argument(
        "--fiscal-year", type=int, metavar="BE", help="only this fiscal year (e.g. 2568)"
    )
    export.add_argument("--mask-ids", action="store_true", help="mask national IDs")
    export.add_argument(
        "--aggregates-only",
        action="store_true",
        help="summary and projects only: no personal data",
    )
    export.add_argument(
        "--unsigned",
        action="store_true",
        help="ไม่ใช่แฟ้มส่งจังหวัด: เขียนแม้หัวหน้ายังไม่ได้รับรอง / not for sending: write the"
        " full workbook without a supervisor's sign-off (its metadata says not ready to send);"
        " without it, a workbook with names and full IDs needs the sign-off made in the app",
    )


def run_export_command(args: argparse.Namespace) -> int:
    return run_export(
        args.export_db,
        args.out,
        subdistrict=args.subdistrict,
        fiscal_year=args.fiscal_year,
        mask_ids=args.mask_ids,
        aggregates_only=args.aggregates_only,
        unsigned=args.unsigned,
    )


def run_export(
    database_path: Path,
    out: Path,
    *,
    subdistrict: str | None = None,
    fiscal_year: int | None = None,
    mask_ids: bool = False,
    aggregates_only: bool = False,
    unsigned: bool = False,
) -> int:
    from desktop.services.exchange.export import (
        ExportCancelled,
        ExportNotSignedOff,
        ExportOptions,
        InvalidExportOptions,
        export_workbook,
    )

    options = ExportOptions(
        scope_subdistrict=subdistrict,
        fiscal_year=fiscal_year,
        mask_ids=mask_ids,
        aggregates_only=aggregates_only,
        sending=not unsigned,
    )
    from desktop.cli.database import CommandRefused, command_database, output_failure

    try:
        options.check()
    except InvalidExportOptions as error:
        print(_describe_invalid(error), file=sys.stderr)
        return 2
    if not out.parent.is_dir():
        return CommandRefused(f"ไม่มีโฟลเดอร์ {out.parent}", f"{out.parent}: no such folder").tell()

    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total if total else 0
        if percent != shown[0]:
            shown[0] = percent
            print(f"\r{percent:3d}%", end="", file=sys.stderr, flush=True)

    try:
        # Export only reads, in one read transaction: it may run while the app has the
        # database open (it sees one consistent state), so it takes no lock.
        with command_database(database_path, writes=False) as database:
            summary = export_workbook(database.session_factory, out, options, progress)
    except CommandRefused as refused:
        return refused.tell()
    except InvalidExportOptions as error:
        print(_describe_invalid(error), file=sys.stderr)
        return 2
    except ExportNotSignedOff as refused:
        print(
            f"\rไม่ได้ส่งออก {out}: {refused.message_th}\n"
            "  (ตรวจและรับรองในแอป: หน้าแลกเปลี่ยนข้อมูล > ตรวจก่อนส่ง > รับรอง: พร้อมส่ง;"
            " แฟ้มที่ไม่ได้ส่งจังหวัดใช้ --unsigned)\n"
            f"{out} not written: {refused.message_en}\n"
            "  (check and sign off in the app: Exchange > Check before sending > Sign off;"
            " a workbook not for sending: --unsigned)",
            file=sys.stderr,
        )
        return 2
    except (ExportCancelled, KeyboardInterrupt):
        print(
            f"\nยกเลิกแล้ว ไม่ได้สร้าง {out} / export interrupted; {out} was not written",
            file=sys.stderr,
        )
        return 1
    except OSError as error:
        print(file=sys.stderr)
        return output_failure(error, out).tell()
    print(file=sys.stderr)
    for name, count in summary.rows.items():
        print(f"  {name:<18}{count:>10,}")
    print(f"{out}: {summary.total_rows:,} แถว ใน {len(summary.rows)} แผ่นงาน / rows in sheets")
    return 0


def _describe_invalid(error: Any) -> str:
    from desktop.services.exchange.export import ExportProblem

    messages = {
        ExportProblem.SUBDISTRICT_CODE: "--subdistrict must be a 6-digit subdistrict code",
        ExportProblem.UNKNOWN_SUBDISTRICT: "no subdistrict with the code {value}",
        ExportProblem.FISCAL_YEAR: "--fiscal-year must be a Buddhist-era year such as 2568",
    }
    return messages[error.problem].format(value=error.value)


def self_test_export(database: OfficeDatabase, folder: Path) -> str:
    """A self-test step: a small export read back with python-calamine."""
    from python_calamine import CalamineWorkbook

    from desktop.services.exchange import FIRST_DATA_ROW, sheet
    from desktop.services.exchange.export import ExportOptions, export_workbook

    out = folder / "self-test.xlsx"
    summary = export_workbook(database.session_factory, out, ExportOptions(mask_ids=True))
    book = CalamineWorkbook.from_path(str(out))
    rows = book.get_sheet_by_name(sheet("households").title_th).to_python()
    if len(rows) - FIRST_DATA_ROW != summary.rows["households"] or not summary.rows["members"]:
        raise RuntimeError("the exported workbook does not hold the households")
    return (
        f"{summary.total_rows:,} rows in {len(summary.rows)} sheets, {out.stat().st_size:,} bytes"
    )
