"""Benchmark: a provincial office consolidating a district's exchange workbook.

    python bench/bench_province_consolidation.py [--households 10000] [--runs 2]

Builds (once, in <out>) a demo district of N households with the demo generator and
exports its workbook. Each run, in a child process of its own, imports that workbook into
a fresh database twice: as the district office itself (the floor: households only) and
as the provincial office (households, plus the district's projects, key results,
progress reports and assistance, its households' development plans with their problems
and activities and their follow-up visits (the demo gives about 30 % of survival
households a plan and visits, and links assistance to plan activities), plus the
cross-district ID checks). Then it runs the
provincial dry run again (a re-import, which must change nothing). The fastest of each
is compared: the province's extra work as a ratio to the district's own import.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_folder import out_folder, parse_with_out

from bench.child_runs import run_child


def workbook(households: int) -> Path:
    from db.database import open_database
    from desktop.services.demo import create_demo_database
    from desktop.services.exchange.export import export_workbook

    # "-cases": a workbook with the case sheets and the assistance sheet's plan activity
    # (an older cached export lacks the links)
    book = out_folder() / f"district-{households}-cases.xlsx"
    if book.exists():
        return book
    database_path = out_folder() / f"district-{households}.sqlite3"
    if not database_path.exists():
        create_demo_database(database_path, households)
    database = open_database(database_path)
    try:
        export_workbook(database.session_factory, book)
    finally:
        database.close()
    return book


def child(kind: str, book: Path) -> dict[str, object]:
    from desktop.services.exchange.import_ import apply_plan, plan_import
    from desktop.services.office import create_office

    with tempfile.TemporaryDirectory(dir=out_folder()) as folder:
        province = kind == "province"
        database = create_office(
            Path(folder) / "office.sqlite3",
            "" if province else "6701",
            "ผู้ทดสอบ",
            province_code="67" if province else "",
        )
        started = time.perf_counter()
        with plan_import(database.session_factory, book) as plan:
            apply_plan(database.session_factory, plan, user_name="bench")
            projects = len(plan.project_changes.added)
            help_rows = plan.project_changes.help_added
            cases = plan.case_changes
        done = time.perf_counter()
        with plan_import(database.session_factory, book) as again:
            unchanged = not again.changes_anything
        replanned = time.perf_counter()
        database.close()
    return {
        "seconds": done - started,
        "re_plan": replanned - done,
        "unchanged": unchanged,
        "projects": projects,
        "assistance": help_rows,
        "plans": cases.plans_added,
        "visits": cases.visits_added,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--child", choices=("district", "province"))
    parser.add_argument("--book", type=Path)
    args = parse_with_out(parser)
    if args.child:
        print(json.dumps(child(args.child, args.book)))
        return
    book = workbook(args.households)
    best: dict[str, dict[str, object]] = {}
    for run in range(1, args.runs + 1):
        for kind in ("district", "province"):
            found = run_child(__file__, kind, book)
            print(f"run {run} {kind}: {json.dumps(found)}")
            if kind not in best or found["seconds"] < best[kind]["seconds"]:  # type: ignore[operator]
                best[kind] = found
    district, province = best["district"], best["province"]
    ratio = float(province["seconds"]) / float(district["seconds"])  # type: ignore[arg-type]
    print(
        f"province {province['seconds']:.1f} s (re-import dry run {province['re_plan']:.1f} s,"
        f" unchanged: {province['unchanged']}) vs district {district['seconds']:.1f} s:"
        f" {ratio:.2f} x; {province['projects']} projects, {province['assistance']} assistance"
        f" rows, {province['plans']} plans, {province['visits']} visits;"
        f" peak {province['peak_mb']:.0f} MB"
    )


if __name__ == "__main__":
    main()
