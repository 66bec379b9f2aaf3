"""Benchmark: the overview dashboard (DashboardService.build, the page's refresh) at N households.

    python bench/bench_dashboard.py [--households 100000] [--runs 10] [--second-set SHARE]

Works on <out>/household-list-N.sqlite3, prepared by bench_household_list.prepare()
(reused when at the newest schema, else copied from demo-N and migrated, else generated).
Cold: a new connection each run (SQLite's page cache empty; the OS file cache stays warm).
Warm: one connection, after a warm-up. The floor is a bare sqlite3 count of the same
households per subdistrict (one GROUP BY, no Python work); a second floor runs the very
statements the service runs through bare sqlite3, to show what SQLAlchemy and folding the
groups add. Target (issue): build <= 500 ms at 100,000 households on this machine.

``--second-set 0.3`` times an office whose answers are under two indicator sets: a copy
(<out>/dashboard-two-sets-N.sqlite3) where a share of the households were answered again
in a later survey year under a second set, so the indicator figures group each failing
household by the set of its latest answers (the slower path of the dashboard).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_folder import parse_with_out  # noqa: E402
from bench_household_list import percentile, prepare  # noqa: E402

from db.database import IntegrityCheck, open_database  # noqa: E402
from db.engine import make_engine, make_session_factory  # noqa: E402
from db.office_area import office_district_codes  # noqa: E402
from desktop.services.dashboard import DashboardService  # noqa: E402
from desktop.services.dashboard import queries as q  # noqa: E402
from desktop.services.thai import fiscal_year_bounds, fiscal_year_of  # noqa: E402

TARGET_MS = 500.0
FLOOR_SQL = "SELECT substr(village_code, 1, 6), count(*) FROM households GROUP BY 1"


@dataclass
class Timing:
    wall: list[float] = field(default_factory=list)  # ms
    cpu: list[float] = field(default_factory=list)  # ms of this process, every thread


def timed(action: Callable[[], object], runs: int, *, warm_up: bool = True) -> Timing:
    if warm_up:
        action()
    timing = Timing()
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        timing.cpu.append((time.process_time() - cpu) * 1000)
        timing.wall.append((time.perf_counter() - wall) * 1000)
    return timing


def describe(label: str, timing: Timing, floor: float | None = None) -> str:
    wall = timing.wall
    median = statistics.median(wall)
    line = (
        f"  {label:<38}{median:>8.1f} ms{percentile(wall, 0.95):>8.1f} ms{max(wall):>8.1f} ms"
        f"{statistics.median(timing.cpu):>8.1f} ms"
    )
    if floor:
        line += f"{median / floor:>8.1f}x"
    return line


def service_statements(path: Path) -> Callable[[], None]:
    """The service's statements, run through bare sqlite3 (rows fetched, not folded)."""
    raw = sqlite3.connect(path)
    first, last = raw.execute(q.ASSESSMENT_SPAN_SQL).fetchone()
    years = range(fiscal_year_of(_day(first)), fiscal_year_of(_day(last)) + 1)
    goal = q.goal_sql([fiscal_year_bounds(year)[1] for year in years])
    engine = make_engine(path)
    with make_session_factory(engine)() as session:  # the office's districts, as the service
        districts = json.dumps(office_district_codes(session))
    engine.dispose()

    def run() -> None:
        raw.execute("BEGIN")
        codes = [row[0] for row in raw.execute(q.HOUSEHOLD_GROUPS_SQL).fetchall()]
        raw.execute(q.SUBDISTRICTS_SQL, {"districts": districts, "codes": json.dumps(codes)})
        raw.execute(q.FAILED_INDICATOR_GROUPS_SQL).fetchall()
        raw.execute(q.INDICATOR_SETS_SQL).fetchall()
        raw.execute(q.UMBRELLA_FIGURES_SQL, {"fiscal_year": None}).fetchall()
        raw.execute(q.UMBRELLAS_SQL).fetchall()
        raw.execute(q.ASSESSMENT_SPAN_SQL).fetchall()
        raw.execute(goal).fetchall()
        raw.execute(q.PROJECT_YEARS_SQL).fetchall()
        raw.execute("COMMIT")

    return run


def with_second_set(path: Path, share: float) -> Path:
    """A copy of ``path`` where every 1/``share``-th household was answered again, in the
    year after the last one surveyed, under a second set (the first's indicators)."""
    import shutil

    from db.household_summary import refresh_household_summaries

    copy = path.with_name(f"dashboard-two-sets-{path.stem.rsplit('-', 1)[-1]}.sqlite3")
    shutil.copyfile(path, copy)
    step = max(1, round(1 / share))
    with sqlite3.connect(copy) as con:
        old, year = con.execute(
            "SELECT (SELECT id FROM indicator_sets ORDER BY first_year DESC, id DESC LIMIT 1),"
            " (SELECT max(max(last_year), (SELECT max(survey_year) FROM indicator_results))"
            " FROM indicator_sets) + 1"
        ).fetchone()
        new = con.execute(
            "INSERT INTO indicator_sets (code, name_th, name_en, first_year, last_year)"
            " VALUES ('BENCH-2', 'ชุดทดสอบ', 'Bench set', ?, ?)",
            (year, year + 4),
        ).lastrowid
        con.execute(
            "INSERT INTO indicators (set_id, number, dimension, text_th, text_en, tpmap)"
            " SELECT ?, number, dimension, text_th, text_en, tpmap FROM indicators"
            " WHERE set_id = ?",
            (new, old),
        )
        con.execute(
            "INSERT INTO indicator_results (household_id, indicator_id, survey_year, status,"
            " verified_by) SELECT r.household_id, n.id, ?, r.status, '' FROM indicator_results r"
            " JOIN indicators o ON o.id = r.indicator_id"
            " JOIN indicators n ON n.set_id = ? AND n.number = o.number"
            " WHERE r.household_id % ? = 0",
            (year, new, step),
        )
    engine = make_engine(copy)
    with make_session_factory(engine).begin() as session:
        refresh_household_summaries(session)
    engine.dispose()
    return copy


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--skip-page", action="store_true", help="do not time the page")
    parser.add_argument(
        "--second-set",
        type=float,
        metavar="SHARE",
        help="time an office where this share of households has answers under a second set",
    )
    args = parse_with_out(parser)
    path = prepare(args.households)
    if args.second_set:
        path = with_second_set(path, args.second_set)
    database = open_database(path, check=IntegrityCheck.DEFERRED)
    service = DashboardService(database.session_factory)
    dashboard = service.build()
    years = dashboard.fiscal_years
    print(
        f"{dashboard.office.households.value:,} households, {path.stat().st_size / 1e6:.0f} MB;"
        f" {len(dashboard.subdistricts)} subdistricts, {len(dashboard.indicators)} indicators"
        f" in {len(dashboard.indicator_sets)} answered set(s),"
        f" {dashboard.all_umbrellas.projects} projects, fiscal years {list(years)}"
    )

    raw = sqlite3.connect(path)
    floor_timing = timed(lambda: raw.execute(FLOOR_SQL).fetchall(), args.runs)
    floor = statistics.median(floor_timing.wall)
    statements = timed(service_statements(path), args.runs)

    def cold_build() -> None:
        engine = make_engine(path)
        try:
            DashboardService(make_session_factory(engine)).build()
        finally:
            engine.dispose()

    cold = timed(cold_build, args.runs, warm_up=False)
    warm = timed(service.build, args.runs)
    year = years[-1] if years else None
    warm_year = timed(lambda: service.build(year), args.runs)

    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"\nruns: {args.runs}, load average {load} ({os.cpu_count()} cores)")
    print(f"target: build <= {TARGET_MS:.0f} ms.  cpu = this process's CPU time, all threads")
    print(f"  {'wall:':<38}{'median':>11}{'p95':>11}{'max':>11}{'cpu':>11}{'÷floor':>9}")
    print(describe("floor: bare sqlite3 COUNT GROUP BY", floor_timing))
    print(describe("service SQL through bare sqlite3", statements, floor))
    print(describe("build(), cold (new connection)", cold, floor))
    print(describe("build(), warm", warm, floor))
    print(describe(f"build({year}), warm", warm_year, floor))
    worst = max(percentile(cold.wall, 0.95), percentile(warm.wall, 0.95))
    print(f"  worst p95: {worst:.1f} ms  ({'ok' if worst <= TARGET_MS else 'ABOVE TARGET'})")

    if not args.skip_page:
        from PySide6.QtWidgets import QApplication

        from desktop.app import configure_application
        from desktop.ui.pages.overview_page import OverviewPage

        app = QApplication.instance() or QApplication([])
        configure_application(app)  # type: ignore[arg-type]
        page = OverviewPage(service)
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        refresh = timed(lambda: (page.refresh(), app.processEvents()), args.runs)
        built = service.build()
        drawing = timed(lambda: (page.show_dashboard(built), app.processEvents()), args.runs)
        grab = timed(lambda: page.content.grab(), args.runs)
        print("\noverview page (offscreen, 1200 x 800)")
        print(describe("refresh() (build + show)", refresh, floor))
        print(describe("show_dashboard() only", drawing))
        print(describe("content.grab() (Copy as image)", grab))
        page.close()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"\nload average at the end: {load}")
    raw.close()
    database.close()
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
