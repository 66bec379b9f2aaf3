"""Benchmark: the household list (count + first page, search as you type) at N households.

    python bench/bench_household_list.py [--households 100000] [--queries 240] [--runs 7]

Works on <out>/household-list-N.sqlite3. When that is missing or not at the newest
schema, it is copied from <out>/demo-N.sqlite3 (left untouched) and migrated, and the
migration is timed; without either file a demo office is generated. Each figure is the
median of --runs after one warm-up. The floor runs the very same SQL statements (count,
then the page the service chose) through bare sqlite3, to show the service's overhead.
Targets (issue): first page + count <= 150 ms, search p95 <= 30 ms, on the 2-core machine.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_folder import out_folder, parse_with_out

from db.database import backup_copy, check_integrity, inspect_file, open_database
from db.household_summary import refresh_household_summaries
from db.schema_version import head_revision, upgrade_to_head
from desktop.services.demo import create_demo_database
from desktop.services.households.list_query import count_sql, page_sql, read_in_order
from desktop.services.households.listing import HouseholdFilter, HouseholdListService, SortKey

PAGE_TARGET_MS, SEARCH_TARGET_MS = 150.0, 30.0


def _files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def prepare(households: int) -> Path:
    work = out_folder() / f"household-list-{households}.sqlite3"
    if work.exists() and inspect_file(work) == head_revision():
        print(f"database: {work.name} (at schema {head_revision()}, reused)")
        return work
    for leftover in _files(work):
        leftover.unlink(missing_ok=True)
    source = out_folder() / f"demo-{households}.sqlite3"
    if not source.exists():
        started = time.perf_counter()
        create_demo_database(work, households)
        print(f"generated {work.name} in {time.perf_counter() - started:.1f} s")
        return work
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(work)
    reader.backup(writer)  # a consistent copy, its WAL folded in
    writer.close()
    reader.close()
    revision = inspect_file(work)
    print(f"database: {work.name}, copied from {source.name} (schema {revision})")
    if revision != head_revision():
        started = time.perf_counter()
        check_integrity(work)
        integrity = time.perf_counter() - started
        started = time.perf_counter()
        backup = backup_copy(work, "bench")
        copy = time.perf_counter() - started
        backup.unlink()
        started = time.perf_counter()
        upgrade_to_head(work)
        migration = time.perf_counter() - started
        print(
            f"migration {revision} -> {head_revision()} on {households:,} households:"
            f" {migration:.2f} s (open_database also checks integrity {integrity:.2f} s and"
            f" copies the file {copy:.2f} s first: {integrity + copy + migration:.2f} s)"
        )
    return work


def timed(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def floor_action(raw: sqlite3.Connection, f: HouseholdFilter, sort: SortKey, rank: str):
    def run() -> None:
        sql, params = count_sql(f)
        matches = raw.execute(sql, params).fetchone()[0]
        households = raw.execute("SELECT max(id) FROM households").fetchone()[0] or 0
        in_order = read_in_order(sort, matches, households, 0, 200)
        sql, params = page_sql(f, sort, False, 0, 200, in_order=in_order, subdistrict_rank=rank)
        raw.execute(sql, params).fetchall()

    return run


def service_action(service: HouseholdListService, f: HouseholdFilter, sort: SortKey):
    return lambda: (service.count(f), service.page(f, sort))


def search_queries(raw: sqlite3.Connection, total: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    members = raw.execute("SELECT max(id) FROM members").fetchone()[0]

    def person() -> tuple[str, str]:
        while True:
            row = raw.execute(
                "SELECT first_name || ' ' || last_name, national_id FROM members WHERE id = ?",
                (rng.randint(1, members),),
            ).fetchone()
            if row and row[1]:
                return row

    queries: list[tuple[str, str]] = []
    for index in range(total):
        name, national_id = person()
        kind = ("thai", "thai", "thai", "thai 2", "id", "id")[index % 6]
        if kind == "id":
            queries.append((kind, national_id[: rng.randint(4, 9)]))
            continue
        size = rng.randint(3, 6) if kind == "thai" else 2
        while True:
            start = rng.randrange(max(1, len(name) - size + 1))
            text = name[start : start + size]
            if text.strip() == text and len(text) == size:
                break
        queries.append((kind, text))
    rng.shuffle(queries)
    return queries


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=240)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=2567)
    parser.add_argument("--skip-refresh", action="store_true", help="do not time a full refresh")
    args = parse_with_out(parser)
    path = prepare(args.households)
    database = open_database(path)
    service = HouseholdListService(database.session_factory)
    raw = sqlite3.connect(path)
    options = service.filter_options()
    rank = " ".join(f"WHEN '{s.code}' THEN {i}" for i, s in enumerate(options.subdistricts))
    rank = f"CASE substr(h.village_code, 1, 6) {rank} ELSE 9999 END"
    subdistrict = options.subdistricts[0].code
    village = options.villages[subdistrict][2].code
    print(f"{service.count(HouseholdFilter()):,} households, {path.stat().st_size / 1e6:.0f} MB")

    cases = [
        ("all, by head name", HouseholdFilter(), SortKey.HEAD_NAME),
        ("all, by village", HouseholdFilter(), SortKey.VILLAGE),
        ("all, by subdistrict", HouseholdFilter(), SortKey.SUBDISTRICT),
        ("all, by stage", HouseholdFilter(), SortKey.STAGE),
        ("stage survival", HouseholdFilter(stage="survival"), SortKey.HEAD_NAME),
        ("subdistrict", HouseholdFilter(subdistrict_code=subdistrict), SortKey.HEAD_NAME),
        ("village", HouseholdFilter(village_code=village), SortKey.HEAD_NAME),
        ("failing income", HouseholdFilter(failing_dimension="income"), SortKey.HEAD_NAME),
        ("failing indicator 22", HouseholdFilter(failing_indicator=22), SortKey.HEAD_NAME),
        ("failing 1 + not helped", HouseholdFilter(failing_indicator=1, helped=False),
         SortKey.HEAD_NAME),
        ("ThaiQM + helped + education",
         HouseholdFilter(source_list="thaiqm", helped=True, failing_dimension="education"),
         SortKey.MEMBERS),
        ("subdistrict + survival + income",
         HouseholdFilter(subdistrict_code=subdistrict, stage="survival",
                         failing_dimension="income"), SortKey.HEAD_NAME),
    ]  # fmt: skip
    print(f"\nfirst page (200) + count, median of {args.runs}    target <= {PAGE_TARGET_MS:.0f} ms")
    print(f"  {'case':<34}{'matches':>9}{'service':>11}{'floor':>10}{'ratio':>8}")
    worst = 0.0
    for label, f, sort in cases:
        ours = timed(service_action(service, f, sort), args.runs)
        floor = timed(floor_action(raw, f, sort, rank), args.runs)
        worst = max(worst, ours)
        count = service.count(f)
        print(f"  {label:<34}{count:>9,}{ours:>8.1f} ms{floor:>7.1f} ms{ours / floor:>7.2f}x")
    deep = timed(lambda: service.page(HouseholdFilter(), offset=50_000), args.runs)
    print(f"  (page at offset 50,000 by head name: {deep:.1f} ms)")
    print(f"  worst: {worst:.1f} ms  ({'ok' if worst <= PAGE_TARGET_MS else 'ABOVE TARGET'})")

    queries = search_queries(raw, args.queries, args.seed)
    for _kind, text in queries[:3]:  # warm-up
        service_action(service, HouseholdFilter(search=text), SortKey.HEAD_NAME)()
    ours_by_kind: dict[str, list[float]] = {}
    floor_by_kind: dict[str, list[float]] = {}
    for kind, text in queries:
        f = HouseholdFilter(search=text)
        for action, samples in (
            (service_action(service, f, SortKey.HEAD_NAME), ours_by_kind),
            (floor_action(raw, f, SortKey.HEAD_NAME, rank), floor_by_kind),
        ):
            started = time.perf_counter()
            action()
            samples.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
    target = f"target p95 <= {SEARCH_TARGET_MS:.0f} ms"
    print(f"\nsearch, count + first page, {len(queries)} queries    {target}")
    print(f"  {'queries':<22}{'n':>5}{'median':>10}{'p95':>9}{'max':>9}{'floor p95':>12}")
    labels = {"thai": "Thai 3-6 characters", "thai 2": "Thai 2 characters", "id": "ID prefix 4-9"}
    every = [s for samples in ours_by_kind.values() for s in samples]
    every_floor = [s for samples in floor_by_kind.values() for s in samples]
    rows = [(labels[kind], ours_by_kind[kind], floor_by_kind[kind]) for kind in labels]
    for label, samples, floor in [*rows, ("all", every, every_floor)]:
        print(
            f"  {label:<22}{len(samples):>5}{statistics.median(samples):>7.1f} ms"
            f"{percentile(samples, 0.95):>6.1f} ms{max(samples):>6.1f} ms"
            f"{percentile(floor, 0.95):>9.1f} ms"
        )
    p95 = percentile(every, 0.95)
    print(f"  p95 {p95:.1f} ms  ({'ok' if p95 <= SEARCH_TARGET_MS else 'ABOVE TARGET'})")
    raw.close()

    if not args.skip_refresh:
        started = time.perf_counter()
        with database.session_factory.begin() as session:
            refresh_household_summaries(session)
        print(f"\nrefresh_household_summaries(all): {time.perf_counter() - started:.2f} s")
    database.close()
    return 0 if worst <= PAGE_TARGET_MS and p95 <= SEARCH_TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
