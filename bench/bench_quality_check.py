"""Benchmark: the check before sending (QualityService.check, what the Exchange page and
`python -m desktop check` run) over the whole office at N households.

    python bench/bench_quality_check.py [--households 100000] [--runs 3] [--out DIR]

Works on <out>/quality-check-N.sqlite3, a copy of <out>/household-list-N.sqlite3 (prepared
by bench_household_list.prepare(): reused when at the newest schema, else generated) with a
few problems planted (1 % of the households without a stage, a member born in the future)
so the report has something to fold; the other benchmarks' file stays as it was. The
floor runs the very same statements of every rule through bare sqlite3 on a fresh
connection, fetching every row and doing nothing else: what the check adds on top is
SQLAlchemy, reading the households' addresses and folding the problems into the report
by village. Both are timed cold (a new connection each run: SQLite's page cache
empty, the OS file cache warm). Target (issue): the check <= 10 s at 100,000 households.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sqlite3
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_folder import out_folder, parse_with_out  # noqa: E402
from bench_household_list import prepare  # noqa: E402

from db.database import open_database  # noqa: E402
from desktop.services.quality import RULES, QualityService, RuleParameters  # noqa: E402
from desktop.services.quality.check import LATEST_SURVEY_YEAR_SQL  # noqa: E402

TARGET_S = 10.0
TABLES_SQL = "SELECT name FROM sqlite_master WHERE type = 'table'"
PLANTED_WITHOUT_STAGE = 0.01  # a share of the households


def planted_copy(households: int) -> Path:
    """The prepared office copied beside it, with some problems to find."""
    source = prepare(households)
    path = out_folder() / f"quality-check-{households}.sqlite3"
    if path.exists() and path.stat().st_mtime >= source.stat().st_mtime:
        print(f"database: {path.name} (reused)")
        return path
    path.unlink(missing_ok=True)
    reader, writer = sqlite3.connect(source), sqlite3.connect(path)
    reader.backup(writer)
    reader.close()
    writer.close()
    plant(path)
    return path


def plant(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        households = connection.execute("SELECT count(*) FROM households").fetchone()[0]
        every = max(int(1 / PLANTED_WITHOUT_STAGE), 1)
        connection.execute("DELETE FROM stage_assessments WHERE household_id % ? = 0", (every,))
        connection.execute(
            "UPDATE members SET birth_date = '2999-01-01' WHERE id = (SELECT max(id) FROM members)"
        )
        print(f"planted: households without a stage about {households // every:,}")


def check_once(path: Path, today: dt.date) -> tuple[float, int]:
    database = open_database(path)
    try:
        started = time.perf_counter()
        report = QualityService(database.session_factory).check(today=today)
        return time.perf_counter() - started, report.problem_count
    finally:
        database.close()


def floor_once(path: Path, today: dt.date) -> tuple[float, int]:
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        year = connection.execute(LATEST_SURVEY_YEAR_SQL).fetchone()[0]
        params = RuleParameters(today, year).values()
        tables = {name for (name,) in connection.execute(TABLES_SQL)}
        rules = [rule for rule in RULES if set(rule.tables) <= tables]
        rows = sum(len(connection.execute(rule.sql, params).fetchall()) for rule in rules)
        return time.perf_counter() - started, rows
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parse_with_out(parser)
    path = planted_copy(args.households)
    today = dt.date.today()
    check_times, floor_times = [], []
    problems = floor_rows = 0
    for _ in range(args.runs):
        seconds, floor_rows = floor_once(path, today)
        floor_times.append(seconds)
        seconds, problems = check_once(path, today)
        check_times.append(seconds)
    assert problems == floor_rows, (problems, floor_rows)
    check, floor = statistics.median(check_times), statistics.median(floor_times)
    print(f"households: {args.households:,}, rules: {len(RULES)}, problems found: {problems:,}")
    print(f"  check (QualityService.check)   {check:8.2f} s  (max {max(check_times):.2f} s)")
    print(f"  floor (same SQL, bare sqlite3) {floor:8.2f} s  (max {max(floor_times):.2f} s)")
    print(f"  ratio check/floor              {check / floor if floor else 0:8.1f}x")
    verdict = "within" if check <= TARGET_S else "OVER"
    print(f"  target <= {TARGET_S:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
