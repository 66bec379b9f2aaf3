"""Cold start to a painted main window on a demo office of N households, and peak memory.

    python bench/bench_cold_start.py [--households 100000] [--runs 7]

The floor, measured in the same run, is a bare PySide6 process painting an empty window.
Targets: ≤ 0.5 s and ≤ 200 MB on the 2-core machine (issue 2 asked ≤ 0.8 s; the
floor was about 0.12 s).
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_folder import out_folder, parse_with_out  # noqa: E402

PROBE = Path(__file__).with_name("cold_start_probe.py")


def demo_database(households: int) -> Path:
    from desktop.services.demo import create_demo_database

    path = out_folder() / f"demo-{households}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        create_demo_database(path, households)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def measure(args: list[str], runs: int) -> tuple[float, float, float, float]:
    """Median wall seconds from process launch to first paint, median in-process, peak MB,
    median CPU seconds (user + system) of the process."""
    walls, insides, peaks, cpus = [], [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, str(PROBE), *args],
            capture_output=True,
            text=True,
            check=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        )
        walls.append(time.perf_counter() - started)
        line = next(x for x in result.stdout.splitlines() if x.startswith("painted"))
        _, inside, peak, cpu = line.split()
        insides.append(float(inside))
        peaks.append(float(peak))
        cpus.append(float(cpu))
    return statistics.median(walls), statistics.median(insides), max(peaks), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parse_with_out(parser)
    database = demo_database(args.households)
    measure(["--db", str(database)], 1)  # warm the page cache, as a clerk's second start
    bare_wall, _bare_inside, bare_peak, bare_cpu = measure(["--bare"], args.runs)
    wall, inside, peak, cpu = measure(["--db", str(database)], args.runs)
    print(f"database: {database.name}, {database.stat().st_size / 1e6:.0f} MB")
    print(
        f"floor (bare PySide6 window): {bare_wall:.3f} s wall, {bare_cpu:.3f} s CPU,"
        f" {bare_peak:.0f} MB peak"
    )
    print(
        f"app to painted main window:  {wall:.3f} s wall ({inside:.3f} s after interpreter"
        f" start), {cpu:.3f} s CPU, {peak:.0f} MB peak"
    )
    print(
        f"ratio to floor: {wall / bare_wall:.2f}x wall, {cpu / bare_cpu:.2f}x CPU"
        "   targets: <= 0.5 s, <= 200 MB"
    )


if __name__ == "__main__":
    main()
