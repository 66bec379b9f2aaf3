"""`python -m desktop new-office --out FILE (--district CODE | --province CODE) --clerk NAME`.

Creates an office database without the first-start window: a district office, or a
provincial office that consolidates its districts' workbooks (`import A.xlsx B.xlsx`).
Exit status 0, or 2 with the reason in Thai when nothing was created.
"""

from __future__ import annotations

import argparse
import sys

from db.server_url import database_argument


def add_office_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    command = commands.add_parser("new-office", help="create an office database")
    command.add_argument(
        "--out",
        type=database_argument,
        required=True,
        help="the new database file, or an empty PostgreSQL database's postgresql:// URL",
    )
    area = command.add_mutually_exclusive_group(required=True)
    area.add_argument("--district", help="4-digit district code: a district office")
    area.add_argument("--province", help="2-digit province code: a provincial office")
    command.add_argument("--clerk", required=True, help="the first user (a supervisor)")


def run_new_office(args: argparse.Namespace) -> int:
    from db.database import DatabaseOpenError
    from desktop.services.office import OfficeSetupError, SetupProblem, create_office

    reasons = {
        SetupProblem.NO_DISTRICT: f"ไม่รู้จักรหัสอำเภอ {args.district}",
        SetupProblem.NO_PROVINCE: f"ไม่รู้จักรหัสจังหวัด {args.province}",
        SetupProblem.NO_CLERK: "ต้องระบุชื่อผู้ใช้ (--clerk)",
    }
    try:
        database = create_office(
            args.out, args.district or "", args.clerk, province_code=args.province or ""
        )
    except FileExistsError:
        print(f"มีแฟ้ม {args.out} อยู่แล้ว เลือกชื่อใหม่", file=sys.stderr)
        return 2
    except OfficeSetupError as error:
        print(reasons[error.problem], file=sys.stderr)
        return 2
    except DatabaseOpenError as error:
        from desktop.cli.database import CommandRefused
        from desktop.services.safety import open_problem_text

        return CommandRefused(*open_problem_text(error)).tell()
    database.close()
    print(f"สร้าง {args.out} แล้ว")
    return 0
