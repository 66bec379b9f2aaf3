"""Benchmark: how long a gigabyte row bomb takes to be refused, and the memory it takes.

    python bench/bench_row_bomb.py [--gigabytes 1]

A 30-household export whose households sheet is grown to N GB of repeated rows, packed
into a few megabytes (tests/hostile_workbooks.row_bomb), is given to
``python -m desktop import --dry-run`` in a child process; its wall time, CPU time, peak
RSS (``ru_maxrss``) and exit status are printed. Target (issue 14): refused within
seconds, memory bounded (it took 62 s to 147 s before the packing check, parsing rows up
to the row limit).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_folder import parse_with_out  # noqa: E402

from desktop.services.demo import generate_demo  # noqa: E402
from desktop.services.exchange.export import export_workbook  # noqa: E402
from desktop.services.office import create_office  # noqa: E402
from tests.hostile_workbooks import row_bomb  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gigabytes", type=float, default=1.0)
    args = parse_with_out(parser)
    with tempfile.TemporaryDirectory() as folder:
        office = Path(folder) / "office.sqlite3"
        database = create_office(office, "6701", "สมศรี ใจดี")
        with database.session_factory.begin() as session:
            generate_demo(session, 30)
        export_workbook(database.session_factory, Path(folder) / "demo.xlsx")
        database.close()
        bomb = Path(folder) / "bomb.xlsx"
        unpacked = int(args.gigabytes * (1 << 30))
        bomb.write_bytes(row_bomb((Path(folder) / "demo.xlsx").read_bytes(), unpacked))
        packed = bomb.stat().st_size
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "import",
                "--db",
                str(office),
                str(bomb),
                "--dry-run",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"bomb: {unpacked / (1 << 30):.1f} GB unpacked, {packed / (1 << 20):.1f} MB packed")
    print(f"exit {done.returncode}: {(done.stdout + done.stderr).strip()}")
    print(f"wall {wall:.2f} s, cpu {cpu:.2f} s, peak RSS {after.ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
