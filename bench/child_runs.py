"""One measurement in a child process of its own, so that its peak memory (ru_maxrss) is
its own: the benchmark script runs itself again with ``--child KIND --book BOOK`` and the
child prints its figures as JSON on its last line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_child(script: str, kind: str, book: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, script, "--child", kind, "--book", str(book)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]
