"""Where the benchmarks keep what they generate: never inside the repository.

Every benchmark takes ``--out DIR``; without it they share ``$DESK_BENCH_OUT`` or, failing
that, a folder in the user's cache (``~/.cache/district-desk-bench``), so a 100,000-household
office generated once is reused by the next benchmark instead of rebuilt. The benchmarks'
docstrings write that folder as ``<out>``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import time
from pathlib import Path

ENVIRONMENT_KEY = "DESK_BENCH_OUT"


def out_folder() -> Path:
    """The folder chosen for this run, created if missing."""
    chosen = os.environ.get(ENVIRONMENT_KEY)
    if chosen:
        folder = Path(chosen)
    else:
        cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(cache) / "district-desk-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def parse_with_out(parser: argparse.ArgumentParser) -> argparse.Namespace:
    """Parse the command line with ``--out``; the folder then holds for this process and
    for the child processes a benchmark starts."""
    parser.add_argument("--out", type=Path, help="folder for generated offices and outputs")
    args = parser.parse_args()
    if args.out is not None:
        os.environ[ENVIRONMENT_KEY] = str(args.out.resolve())
    return args


def database_files(path: Path) -> list[Path]:
    """A SQLite database and its write-ahead log and shared-memory files."""
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def scratch_copy(source: Path, name: str) -> Path:
    """A fresh copy of the office ``source`` named ``name`` in the out folder (SQLite's
    online backup, read-only on the source, WAL like the app's), for a benchmark that
    writes: the cached office stays as generated."""
    target = out_folder() / name
    for leftover in database_files(target):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    reader.backup(writer)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.close()
    reader.close()
    print(f"scratch copy {target.name} in {time.perf_counter() - started:.1f} s")
    return target
