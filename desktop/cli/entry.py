"""`python -m desktop`: the app, and the commands scripts at the office use."""

import argparse
import sys
from pathlib import Path

from db.server_url import database_argument


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop",
        description="District Desk: target households, projects and assistance, offline.",
    )
    parser.add_argument(
        "--db", type=database_argument, help="open this database file instead of the usual one"
    )
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser("demo", help="write a demo office database")
    demo.add_argument("--households", type=int, default=2000)
    demo.add_argument("--out", type=Path, required=True)
    demo.add_argument("--seed", type=int, default=2567)
    commands.add_parser("self-test", help="check that this installation works, then exit")
    sheets = commands.add_parser("print", help="print household summary sheets to a PDF")
    sheets.add_argument("--db", dest="print_db", type=database_argument, required=True)
    sheets.add_argument("--out", type=Path, required=True)
    which = sheets.add_mutually_exclusive_group()
    which.add_argument("--village", help="every household of this 8-digit village code")
    which.add_argument("--household", help="one household, by its key (e.g. 6701-000042)")
    which.add_argument("--blank", action="store_true", help="an empty sheet for the field")
    which.add_argument("--project", type=int, help="a project's sheet, by its number")
    masking = sheets.add_mutually_exclusive_group()
    masking.add_argument("--mask-ids", dest="mask_ids", action="store_true", default=None)
    masking.add_argument("--full-ids", dest="mask_ids", action="store_false")
    from desktop.cli.import_ import add_import_parser

    add_import_parser(commands)
    from desktop.cli.export import add_export_parser

    add_export_parser(commands)
    from desktop.cli.backup import add_backup_parsers

    add_backup_parsers(commands)
    from desktop.cli.office import add_office_parser

    add_office_parser(commands)
    from desktop.cli.check import add_check_parser

    add_check_parser(commands)
    from desktop.cli.indicator_sets import add_indicator_sets_parser

    add_indicator_sets_parser(commands)
    return parser


def run_demo(households: int, out: Path, seed: int) -> int:
    from desktop.services.demo import create_demo_database

    if households < 1:
        print("--households must be at least 1", file=sys.stderr)
        return 2
    if out.exists() and out.stat().st_size > 0:
        print(f"{out} already exists; choose a new file", file=sys.stderr)
        return 2

    def progress(done: int, total: int) -> None:
        print(f"\r{done:,}/{total:,} households", end="", file=sys.stderr, flush=True)

    summary = create_demo_database(out, households, seed=seed, progress=progress)
    print(file=sys.stderr)
    print(
        f"{out}: {summary.households:,} households, {summary.members:,} members,"
        f" {summary.indicator_results:,} indicator results, {summary.projects} projects,"
        f" {summary.assistance:,} assistance records"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run a command; exit status 0 clean, 1 with rejections, 2 refused (docs/workbook.md).

    A failure no command expected is still told in Thai and English, never as a traceback."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args.db, sys.argv[:1])
    try:
        return run_command(args)
    except KeyboardInterrupt:
        print("ยกเลิกแล้ว / interrupted", file=sys.stderr)
        return 1
    except Exception as error:  # the contract: a Thai message, exit 2, no traceback
        from desktop.cli.database import unexpected_failure

        return unexpected_failure(error).tell()


def run_command(args: argparse.Namespace) -> int:
    if args.command == "demo":
        return run_demo(args.households, args.out, args.seed)
    if args.command == "print":
        from desktop.cli.print_ import run_print

        return run_print(
            args.print_db,
            args.out,
            village=args.village,
            household=args.household,
            blank=args.blank,
            mask_ids=args.mask_ids,
            project=args.project,
        )
    if args.command == "import":
        from desktop.cli.import_ import run_import

        return run_import(args)
    if args.command == "export":
        from desktop.cli.export import run_export_command

        return run_export_command(args)
    if args.command == "new-office":
        from desktop.cli.office import run_new_office

        return run_new_office(args)
    if args.command == "indicator-sets":
        from desktop.cli.indicator_sets import run_indicator_sets

        return run_indicator_sets(args)
    if args.command in ("backup", "restore"):
        from desktop.cli.backup import run_backup_command

        return run_backup_command(args)
    if args.command == "check":
        from desktop.cli.check import run_check_command

        return run_check_command(args)
    if args.command == "self-test":
        from desktop.self_test import run_self_test

        return run_self_test()
    raise ValueError(f"unknown command {args.command}")
