"""Every benchmark in bench/ runs to its figures at a small size, so none can rot unseen.

Each runs as the person measuring would run it (a process of its own), writing only into a
temporary folder (``--out``); the test checks that it printed its figures, raised nothing,
and left nothing in the repository. Speed is not judged here: the figures are the bench's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"

# bench script -> (small-size arguments, a line its report always prints)
SMALL_RUNS: dict[str, tuple[list[str], str]] = {
    "bench_case_saves.py": (["--households", "40", "--samples", "2"], "visit save"),
    "bench_cold_start.py": (["--households", "40", "--runs", "1"], "bare PySide6"),
    "bench_dashboard.py": (["--households", "40", "--runs", "1"], "worst p95"),
    "bench_demo_insert.py": (["--households", "40"], "ratio ours/raw"),
    "bench_exchange_export.py": (["--households", "40", "--runs", "1"], "floor"),
    "bench_exchange_import.py": (["--households", "40", "--runs", "1"], "processor time"),
    "bench_household_list.py": (
        ["--households", "40", "--queries", "8", "--runs", "1"],
        "p95",
    ),
    "bench_household_register.py": (
        ["--households", "40", "--queries", "8", "--runs", "1"],
        "floor",
    ),
    "bench_household_save.py": (["--households", "40", "--samples", "2"], "save (a name)"),
    "bench_record_versions.py": (["--households", "40", "--samples", "2"], "floor ratio"),
    "bench_household_sheets.py": (
        ["--households", "3", "--district-households", "40", "--runs", "1"],
        "floor (bare QTextDocument printing)",
    ),
    "bench_province_consolidation.py": (["--households", "40", "--runs", "1"], "province"),
    "bench_household_keystrokes.py": ([], "keystrokes per character"),
    "bench_quality_check.py": (["--households", "40", "--runs", "1"], "floor (same SQL"),
    "bench_province_list.py": (["--people", "300", "--runs", "1"], "rows read"),
    "bench_row_bomb.py": (["--gigabytes", "0.05"], "peak RSS"),
    "bench_worklist.py": (["--households", "40", "--runs", "1"], "whole office"),
    # the real window's own run is the day test; here the bench reads a figure it wrote
    "bench_real_window_keystrokes.py": (["--from", "{figure}"], "keystrokes per character: 0.80"),
}


def test_every_benchmark_is_exercised() -> None:
    scripts = {path.name for path in BENCH.glob("bench_*.py")} - {"bench_folder.py"}
    assert scripts == set(SMALL_RUNS), "a benchmark without a small run here would rot unseen"


def _repository_files() -> set[str]:
    listed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--ignored"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return {line[3:] for line in listed.stdout.splitlines() if not line.endswith((".pyc", "/"))}


@pytest.mark.parametrize("script", sorted(SMALL_RUNS))
def test_benchmark_runs_small(script: str, tmp_path: Path) -> None:
    arguments, expected = SMALL_RUNS[script]
    figure = tmp_path / "keystrokes.json"
    figure.write_text('{"keystrokes": 240, "data_characters": 300}')
    arguments = [argument.format(figure=figure) for argument in arguments]
    out = tmp_path / "out"
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path / "home"),
    }
    before = _repository_files()
    finished = subprocess.run(
        [sys.executable, str(BENCH / script), *arguments, "--out", str(out)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = finished.stdout + finished.stderr
    assert "Traceback" not in report, report
    # exit 1 is a figure above its target (this machine is small and busy), never a crash
    assert finished.returncode in (0, 1), report
    assert expected in finished.stdout, report
    assert _repository_files() == before, "a benchmark wrote into the repository"
    assert not list(out.rglob("*.before-migration-*")), "a partial backup was left behind"
