"""`python -m desktop check`: the check before sending, from the command line.

    python -m desktop check --db FILE [--survey-year BE] [--lang en]

A thin layer over desktop.services.quality (the Exchange page runs the same check). It
only reads, in one read transaction, so it may run while the app has the database open;
it records nothing (a check that counts toward a sign-off is run from the app, by a
logged-in user). The report is printed by village, in Thai (``--lang en``: English).
Exit status: 0 no problems (ready to sign off), 1 problems found (or interrupted), 2 the
database cannot be opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from db.server_url import database_argument

if TYPE_CHECKING:
    from desktop.services.quality import QualityReport, VillageReport

THAI, ENGLISH = "th", "en"
_TEXT: dict[str, tuple[str, str]] = {
    "heading": (
        "ตรวจข้อมูลก่อนส่ง: {households} ครัวเรือน ปีสำรวจ {year} ตรวจเมื่อ {day}",
        "Check before sending: {households} households, survey year {year}, checked {day}",
    ),
    "village": (
        "ตำบล{subdistrict} หมู่ {moo} {name} ({code}): {households} ครัวเรือน ปัญหา {problems}",
        "{subdistrict}, village {moo} {name} ({code}): {households} households, {problems}"
        " problems",
    ),
    "unknown_village": (
        "ไม่อยู่ในทะเบียนครัวเรือน: ปัญหา {problems}",
        "Not in the household register: {problems} problems",
    ),
    "household": ("{key} บ้านเลขที่ {house_no}", "{key} house no. {house_no}"),
    "gone": ("ครัวเรือนรหัสภายใน {id}", "household with internal id {id}"),
    "total": ("รวม {rule}: {count}", "Total {rule}: {count}"),
    "clean": (
        "ไม่พบปัญหา: ข้อมูลพร้อมให้หัวหน้ารับรองและส่ง",
        "No problems: the data is ready for a supervisor to sign off and send.",
    ),
    "problems": (
        "พบปัญหา {problems} รายการ ใน {villages} หมู่บ้าน: แก้ไขก่อนส่ง",
        "{problems} problems in {villages} villages: correct them before sending.",
    ),
}


def add_check_parser(commands: Any) -> None:
    """Add the ``check`` sub-command to the ``python -m desktop`` parser."""
    check = commands.add_parser("check", help="check the office's data before sending it")
    check.add_argument(
        "--db", dest="check_db", type=database_argument, required=True, metavar="FILE"
    )
    check.add_argument(
        "--survey-year",
        type=int,
        metavar="BE",
        help="the survey year whose indicator answers every household needs"
        " (default: the latest year answered)",
    )
    check.add_argument("--lang", choices=(THAI, ENGLISH), default=THAI)


def run_check_command(args: argparse.Namespace) -> int:
    return run_check(args.check_db, survey_year=args.survey_year, language=args.lang)


def run_check(
    database_path: Path,
    *,
    survey_year: int | None = None,
    language: str = THAI,
    today: dt.date | None = None,
    out: TextIO | None = None,
) -> int:
    from desktop.cli.database import CLEAN, REJECTIONS, CommandRefused, command_database
    from desktop.services.quality import QualityService

    out = out or sys.stdout
    try:
        with command_database(database_path, writes=False) as database:
            service = QualityService(database.session_factory)
            report = service.check(today=today or dt.date.today(), survey_year=survey_year)
    except CommandRefused as refused:
        return refused.tell()
    except KeyboardInterrupt:
        print("ยกเลิกแล้ว / interrupted", file=sys.stderr)
        return REJECTIONS
    for line in report_lines(report, language):
        print(line, file=out)
    return CLEAN if report.is_clean else REJECTIONS


def report_lines(report: QualityReport, language: str) -> list[str]:
    """The report as printed: a heading, each village with problems (its counts per rule,
    then each problem), the totals and the verdict."""
    from desktop.services.quality import RULE_BY_CODE
    from desktop.services.thai import format_be_date

    def say(text: str, **params: object) -> str:
        thai, english = _TEXT[text]
        return (thai if language == THAI else english).format(**params)

    lines = [
        say(
            "heading",
            households=f"{report.households:,}",
            year=report.survey_year,
            day=format_be_date(report.today),
        )
    ]
    with_problems = [village for village in report.villages if village.problems]
    for village in with_problems:
        lines.append("")
        lines.append(_village_heading(village, say))
        for code, count in village.counts.items():
            lines.append(f"  {RULE_BY_CODE[code].name(language)}: {count:,}")
        for problem in village.problems:
            rule = RULE_BY_CODE[problem.rule]
            where = (
                say("household", key=problem.household_key, house_no=problem.house_no)
                if problem.in_register
                else say("gone", id=problem.household_id)
            )
            message = rule.message(language, item=problem.item, detail=problem.detail)
            lines.append(f"  - {where}: {message} [{rule.field(language)}]")
    lines.append("")
    for code, count in report.counts.items():
        lines.append(say("total", rule=RULE_BY_CODE[code].name(language), count=f"{count:,}"))
    if report.is_clean:
        lines.append(say("clean"))
    else:
        lines.append(
            say("problems", problems=f"{report.problem_count:,}", villages=len(with_problems))
        )
    return lines


def _village_heading(village: VillageReport, say: Any) -> str:
    if not village.village_code:
        return say("unknown_village", problems=f"{village.problem_count:,}")
    return say(
        "village",
        subdistrict=village.subdistrict_name,
        moo=village.moo,
        name=village.village_name,
        code=village.village_code,
        households=f"{village.households:,}",
        problems=f"{village.problem_count:,}",
    )
