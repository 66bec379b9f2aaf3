"""Benchmark: reading the worklist (งานที่ต้องติดตาม) of a large office.

    python bench/bench_worklist.py [--households 100000] [--runs 9] [--reference] [--out DIR]

Works on a scratch copy (sqlite3 backup API) of the household list's office
(bench_household_list.prepare: generated when missing, migrated to the newest schema when
an older one is found); the original is only read. The copy gets case work for a share of
its households through bare sqlite3, once (kept for the next run): a current plan for 30 %
of the survival households (a problem per failing indicator but the last, an activity on
each, due dates spread over the year before "today", a fifth done), a visit for each of
them and for 10 % of the others (next visit due around "today"), then the worklist's
derived lines of every household (refresh_follow_up_lines, timed). "Today" is 120 days
after the office's latest verification, so some of its households are past 12 months.

Times, median of --runs after a warm-up, of what the worklist page reads
(WorklistService.first_page: the counts of every kind and the first page of lines as
dataclasses) for the whole office and for one village; then the next page, the
households counted (the page shows them when counted, after the first page) and every
line of the office at once (what printing the whole office reads). Floor:
the same indexed statements through bare sqlite3 with fetchall, in the same run. Target:
the whole office's first page <= 200 ms. ``--reference`` also times the six-part statement
the derived lines replace (worklist_sql, seconds at 100,000 households) once.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_folder import out_folder, parse_with_out
from bench_household_list import prepare

from db.database import inspect_file
from db.engine import make_engine, make_session_factory
from db.follow_up_lines import refresh_follow_up_lines
from db.schema_version import head_revision
from desktop.services.cases.worklist import (
    KIND_RANKS,
    PAGE_LINES,
    PageStart,
    WorkFilter,
    WorkKind,
    WorklistService,
    year_ago,
)
from desktop.services.cases.worklist_pages import (
    area_condition,
    counts_sql,
    households_sql,
    lines_sql,
    listed_condition,
)
from desktop.services.cases.worklist_sql import worklist_sql

TARGET_MS = 200.0
PLAN_SHARE, OTHER_VISIT_SHARE = 0.30, 0.10


def scratch_copy(households: int) -> Path:
    """The case-work copy of the office, made (and given its case work) when missing."""
    target = out_folder() / f"worklist-{households}.sqlite3"
    if target.exists() and inspect_file(target) == head_revision():
        return target
    target.unlink(missing_ok=True)
    source = prepare(households)
    partial = target.with_name(f"{target.name}.part")
    partial.unlink(missing_ok=True)
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(partial)
    reader.backup(writer)
    reader.close()
    started = time.perf_counter()
    plans, visits = add_case_work(writer, random.Random(households))
    writer.commit()
    writer.close()
    print(f"case work: {plans:,} plans, {visits:,} visits added in"
          f" {time.perf_counter() - started:.1f} s")  # fmt: skip
    engine = make_engine(partial)
    started = time.perf_counter()
    with make_session_factory(engine).begin() as session:
        refresh_follow_up_lines(session)  # what every writer does for its households
    print(f"worklist lines of every household derived in {time.perf_counter() - started:.1f} s")
    engine.dispose()
    writer = sqlite3.connect(partial)
    writer.execute("ANALYZE")
    writer.close()
    partial.rename(target)
    return target


def today_of(raw: sqlite3.Connection) -> date:
    latest = raw.execute("SELECT max(last_verified_on) FROM households").fetchone()[0]
    return date.fromisoformat(latest or "2025-06-01") + timedelta(days=120)


def add_case_work(raw: sqlite3.Connection, rng: random.Random) -> tuple[int, int]:
    today = today_of(raw)
    numbers = dict(raw.execute(
        "SELECT number, id FROM indicators WHERE set_id ="
        " (SELECT id FROM indicator_sets ORDER BY first_year DESC LIMIT 1)"
    ).fetchall())  # fmt: skip
    dimension = dict(raw.execute("SELECT id, dimension FROM indicators").fetchall())
    plans = visits = 0
    rows = raw.execute("SELECT id, current_stage, failed_indicators FROM households").fetchall()
    # The demo office already gave some households a current plan: those keep theirs.
    has_plan = {h for (h,) in raw.execute("SELECT household_id FROM development_plans")}
    for household, stage, failed in rows:
        planned = stage == "survival" and household not in has_plan and rng.random() < PLAN_SHARE
        if planned:
            made = today - timedelta(days=rng.randrange(30, 400))
            plan = raw.execute(
                "INSERT INTO development_plans (household_id, title, made_on, is_current,"
                " created_by, notes) VALUES (?, 'แผนพัฒนาครัวเรือน', ?, 1, 'bench', '')",
                (household, made.isoformat()),
            ).lastrowid
            plans += 1
            failing = [int(n) for n in failed.strip(",").split(",") if n]
            for seq, number in enumerate(failing[:-1] or failing, start=1):
                indicator = numbers.get(number)
                if indicator is None:
                    continue
                problem = raw.execute(
                    "INSERT INTO plan_problems (plan_id, seq, indicator_id, dimension, goal)"
                    " VALUES (?, ?, ?, ?, 'ผ่านเกณฑ์')",
                    (plan, seq, indicator, dimension[indicator]),
                ).lastrowid
                due = made + timedelta(days=rng.randrange(30, 365))
                status = "done" if rng.random() < 0.2 else "planned"
                raw.execute(
                    "INSERT INTO plan_activities (problem_id, seq, text, due_on, status)"
                    " VALUES (?, 1, 'ฝึกอาชีพ', ?, ?)",
                    (problem, due.isoformat(), status),
                )
        if planned or rng.random() < OTHER_VISIT_SHARE:
            visited = today - timedelta(days=rng.randrange(10, 200))
            due = visited + timedelta(days=rng.randrange(30, 200))
            raw.execute(
                "INSERT INTO follow_up_visits (household_id, visited_on, visited_by, findings,"
                " next_visit_due) VALUES (?, ?, 'bench', '', ?)",
                (household, visited.isoformat(), due.isoformat()),
            )
            visits += 1
    return plans, visits


def timed(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def bare_first_page(
    raw: sqlite3.Connection, today: date, village_code: str | None
) -> Callable[[], object]:
    """The service's statements for a first page (the counts, the page), through bare
    sqlite3: the floor."""
    area, params = area_condition(None, village_code)
    where = listed_condition(area, list(KIND_RANKS.values()))
    values = {**params, "today": today.isoformat(), "year_ago": year_ago(today).isoformat()}

    def read() -> object:
        counts = raw.execute(counts_sql(area), values).fetchall()
        return counts, bare_page(raw, where, values, PageStart(), PAGE_LINES)

    return read


def bare_page(
    raw: sqlite3.Connection, where: str, values: dict[str, str], start: PageStart, lines: int
) -> list[tuple]:
    page = {**values, "start": start.village_code, "skip": start.skip, "limit": lines}
    return raw.execute(lines_sql(where), page).fetchall()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--reference", action="store_true", help="also time the six-part statement once"
    )
    args = parse_with_out(parser)
    path = scratch_copy(args.households)
    raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    today = today_of(raw)
    village = raw.execute(
        "SELECT village_code FROM households GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    engine = make_engine(path)
    service = WorklistService(make_session_factory(engine))
    office = WorkFilter()
    first = service.first_page(office, today=today)
    total = first.line_count(office.kinds)
    households = service.household_count(office, today=today)
    print(f"\n{args.households:,} households, today {today}: {total:,} lines for"
          f" {households:,} households; first page {len(first.lines):,} lines")  # fmt: skip
    for kind in WorkKind:
        print(f"  {kind.value:<16}{first.counts[kind]:>9,}")
    start = first.next_start or PageStart()
    every_value = {"today": today.isoformat(), "year_ago": year_ago(today).isoformat()}
    every_where = listed_condition("1", list(KIND_RANKS.values()))

    print(f"\n  {'read':<32}{'median':>10}{'floor':>10}{'ratio':>8}{'target':>10}")
    for name, ours_read, floor_read, target in (
        ("whole office, first page", lambda: service.first_page(office, today=today),
         bare_first_page(raw, today, None), TARGET_MS),
        ("one village, first page",
         lambda: service.first_page(WorkFilter(village_code=village), today=today),
         bare_first_page(raw, today, village), TARGET_MS),
        ("whole office, next page",
         lambda: service.next_page(office, today=today, start=start),
         lambda: bare_page(raw, every_where, every_value, start, PAGE_LINES), None),
        ("whole office, households counted",
         lambda: service.household_count(office, today=today),
         lambda: raw.execute(households_sql("1", every_where), every_value).fetchall(), None),
        ("whole office, every line", lambda: service.worklist(office, today=today),
         lambda: bare_page(raw, every_where, every_value, PageStart(), -1), None),
    ):  # fmt: skip
        runs = args.runs if "every line" not in name else max(1, min(args.runs, 3))
        ours = timed(ours_read, runs)
        bare = timed(floor_read, runs)
        goal = f"{target:.0f} ms" if target else ""
        print(f"  {name:<32}{ours:>8.1f} ms{bare:>8.1f} ms{ours / bare:>8.2f}{goal:>10}")
    if args.reference:
        sql, params = worklist_sql(None, None)
        started = time.perf_counter()
        rows = raw.execute(sql, {**params, **every_value}).fetchall()
        print(f"\n  reference statement (worklist_sql), whole office, once:"
              f" {(time.perf_counter() - started) * 1000:.0f} ms, {len(rows):,} lines")  # fmt: skip
    engine.dispose()
    raw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
