"""`python -m desktop …` as scripts and CI call it, in a real subprocess."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_demo_writes_a_database_of_the_asked_size(tmp_path: Path) -> None:
    out = tmp_path / "demo.sqlite3"
    result = _run("demo", "--households", "25", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "25 households" in result.stdout
    with sqlite3.connect(out) as connection:
        assert connection.execute("SELECT count(*) FROM households").fetchone()[0] == 25
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_demo_refuses_to_overwrite_a_file(tmp_path: Path) -> None:
    out = tmp_path / "precious.sqlite3"
    out.write_bytes(b"keep me")
    result = _run("demo", "--households", "5", "--out", str(out))
    assert result.returncode == 2
    assert out.read_bytes() == b"keep me"


def test_self_test_passes(tmp_path: Path) -> None:
    result = _run("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "ok   build the main window" in result.stdout
    assert "ok   use the household register" in result.stdout
    assert "ok   print a household sheet to PDF" in result.stdout
