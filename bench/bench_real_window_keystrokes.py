"""Benchmark: keystrokes a clerk needs per character of the household on paper.

    python bench/bench_real_window_keystrokes.py [--from KEYSTROKES.json]

Runs the real-window test (tests/real_window: the app on its own Xvfb, keys sent through
the X server) and reads the figure it writes: every key press and typed character from
Ctrl+Shift+N to the save of the household of four, against the characters of that
household as written on paper (each typed value and the text of each entry chosen; see
tests/real_window/paper.py). With --from it only reads a figure written earlier. Goal:
at most 1.2 keystrokes per character. The figure is reported, not asserted; the test's
time is not a measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_folder import parse_with_out

REPOSITORY = Path(__file__).resolve().parent.parent
GOAL = 1.2


def run_the_day(target: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/real_window", "-q", "-p", "no:cacheprovider"],
        cwd=REPOSITORY,
        env={**os.environ, "DESK_KEYSTROKES": str(target), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"the real-window test failed:\n{done.stdout[-4000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="a keystrokes.json to read")
    args = parse_with_out(parser)
    if args.source is not None:
        figure = json.loads(args.source.read_text())
    else:
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "keystrokes.json"
            run_the_day(target)
            figure = json.loads(target.read_text())
    ratio = figure["keystrokes"] / figure["data_characters"]
    verdict = "within" if ratio <= GOAL else "over"
    print(
        f"household of four: {figure['keystrokes']} keystrokes for"
        f" {figure['data_characters']} characters on paper"
    )
    print(f"keystrokes per character: {ratio:.2f} ({verdict} the goal of {GOAL})")


if __name__ == "__main__":
    main()
