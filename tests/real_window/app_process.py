"""The app as a clerk starts it: `python -m desktop --db FILE` on the private X server, in
a home of its own; and the database read the way another program would read it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Home:
    """HOME, XDG_DATA_HOME, XDG_CONFIG_HOME and TMPDIR of the app, all under one folder."""

    root: Path

    def environment(self, display: str) -> dict[str, str]:
        folders = {
            "HOME": self.root / "home",
            "XDG_DATA_HOME": self.root / "home" / "data",
            "XDG_CONFIG_HOME": self.root / "home" / "config",
            "XDG_CACHE_HOME": self.root / "home" / "cache",
            "XDG_RUNTIME_DIR": self.root / "runtime",
            "TMPDIR": self.root / "tmp",
        }
        for folder in folders.values():
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        kept = {key: os.environ[key] for key in ("PATH", "LANG") if key in os.environ}
        return {
            **kept,
            **{key: str(folder) for key, folder in folders.items()},
            "LANG": "C.UTF-8",
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(REPOSITORY),
            "PYTHONFAULTHANDLER": "1",  # a crash leaves its Python stack in the app's log
        }


class RunningApp:
    """One start of the app; `stop` ends it (and anything it started) if it still runs."""

    def __init__(self, database: Path, home: Home, display: str, log: Path) -> None:
        self.log = log
        program = ["-m", "desktop"]
        if os.environ.get("DESK_FOCUS_LOG"):  # to find where keys went: see focus_log.py
            program = [str(Path(__file__).with_name("focus_log.py"))]
        with log.open("ab") as output:
            self.process = subprocess.Popen(
                [sys.executable, *program, "--db", str(database)],
                cwd=REPOSITORY,
                env=home.environment(display),
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def running(self) -> bool:
        return self.process.poll() is None

    def wait_exit(self, timeout: float = 60.0) -> int:
        return self.process.wait(timeout)

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def query(database: Path, sql: str, parameters: tuple[object, ...] = ()) -> list[tuple]:
    """Rows from the database file, opened read-only as another program would open it."""
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()
