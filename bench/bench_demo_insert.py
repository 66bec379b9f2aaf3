"""Benchmark: demo-data generation, our Core bulk insert, and raw sqlite3 executemany.

    python bench/bench_demo_insert.py [--households 100000] [--batch 2000] [--keep]
                                      [--end-to-end]

The same batches (built once by DemoBatchBuilder, generation timed on its own) go into two
fresh migrated databases: through ``write_batch`` (SQLAlchemy Core executemany) and through
``sqlite3.executemany`` of the very same rows as tuples, each in one transaction with the
pragmas of db/engine.py. Databases are written under <out>/ and deleted unless --keep.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_folder import out_folder, parse_with_out

from db.database import open_database
from db.engine import BUSY_TIMEOUT_MS
from desktop.services.demo import create_demo_database
from desktop.services.demo.data import DemoBatchBuilder, load_context, write_batch

TARGET_RATIO = 2.5


def _remove(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        candidate.unlink(missing_ok=True)


def _as_tuples(rows: list[dict]) -> tuple[list[str], list[tuple]]:
    """The rows as tuples in the dicts' column order; dates as the ISO text SQLAlchemy writes."""
    columns = list(rows[0])
    out = []
    for row in rows:
        values = []
        for column in columns:
            value = row[column]
            if isinstance(value, dt.date):
                value = value.isoformat()
            values.append(value)
        out.append(tuple(values))
    return columns, out


def _raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=2567)
    parser.add_argument("--district", default="6701")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    parser.add_argument("--end-to-end", action="store_true", help="also time create_demo_database")
    args = parse_with_out(parser)
    ours_path, raw_path = out_folder() / "demo_ours.sqlite3", out_folder() / "demo_raw.sqlite3"
    e2e_path = out_folder() / "demo_end_to_end.sqlite3"
    for path in (ours_path, raw_path, e2e_path):
        _remove(path)
    ours_db = open_database(ours_path)
    open_database(raw_path).close()
    raw = _raw_connection(raw_path)

    generation = ours = raw_seconds = 0.0
    counts: Counter[str] = Counter()
    session = ours_db.session_factory()
    session.begin()
    raw.execute("BEGIN")
    builder = DemoBatchBuilder(load_context(session, args.district), args.households, args.seed)
    first = True
    while first or builder.remaining:
        first = False
        start = time.perf_counter()
        batch = builder.next_batch(args.batch)
        generation += time.perf_counter() - start

        start = time.perf_counter()
        write_batch(session, batch)
        ours += time.perf_counter() - start

        statements = []
        for table, rows in batch.items():
            counts[table] += len(rows)
            columns, tuples = _as_tuples(rows)
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})"
            )
            statements.append((sql, tuples))
        del batch
        start = time.perf_counter()
        for sql, tuples in statements:
            raw.executemany(sql, tuples)
        raw_seconds += time.perf_counter() - start
        del statements
    start = time.perf_counter()
    session.commit()
    ours += time.perf_counter() - start
    session.close()
    start = time.perf_counter()
    raw.execute("COMMIT")
    raw_seconds += time.perf_counter() - start

    mismatched = [
        table
        for table in counts
        if raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] != counts[table]
    ]
    raw.close()
    ours_db.close()

    total_rows = sum(counts.values())
    print(f"households            {counts['households']:>12,}")
    print(f"members               {counts['members']:>12,}")
    print("rows per table:")
    for table, count in counts.items():
        print(f"  {table:<20}{count:>12,}")
    print(f"  {'total':<20}{total_rows:>12,}")
    print(f"generation            {generation:>10.2f} s")
    print(f"our insert (Core)     {ours:>10.2f} s  ({total_rows / ours:,.0f} rows/s)")
    print(f"raw executemany       {raw_seconds:>10.2f} s  ({total_rows / raw_seconds:,.0f} rows/s)")
    ratio = ours / raw_seconds
    verdict = "ok" if ratio <= TARGET_RATIO else f"ABOVE TARGET {TARGET_RATIO}"
    print(f"ratio ours/raw        {ratio:>10.2f} x  ({verdict})")
    if mismatched:
        print(f"row counts differ in the raw database: {mismatched}")

    if args.end_to_end:
        start = time.perf_counter()
        summary = create_demo_database(e2e_path, args.households, seed=args.seed)
        print(f"create_demo_database  {time.perf_counter() - start:>10.2f} s  ({summary})")
    print(f"peak RSS              {_peak_rss_mb():>10.0f} MB")

    if not args.keep:
        for path in (ours_path, raw_path, e2e_path):
            _remove(path)
    return 1 if mismatched else 0


if __name__ == "__main__":
    raise SystemExit(main())
