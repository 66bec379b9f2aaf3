"""A real X display per test: its own Xvfb, its own home for the app, screenshots kept.

The app runs as a subprocess with its own environment (QT_QPA_PLATFORM=xcb), so the
offscreen platform the in-process tests force does not reach it. Set DESK_SHOTS=DIR to
have the screenshots copied to DIR as well."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.real_window import paper
from tests.real_window.app_process import Home, RunningApp
from tests.real_window.x_display import Desk, XServer, missing_tools


class DeskSession:
    """The display, the clerk's hands on it, the app's home and whichever app runs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.shots = root / "shots"
        self.shots.mkdir()
        self.home = Home(root / "app")
        self.database = root / "office.sqlite3"
        self.server = XServer(root / "xvfb.log")
        self.desk = Desk(self.server.display, self.shots)
        self.apps: list[RunningApp] = []

    def start_app(self) -> RunningApp:
        app = RunningApp(self.database, self.home, self.server.display, self.root / "app.log")
        self.apps.append(app)
        self.desk.app_started()
        return app

    @property
    def home_folder(self) -> Path:
        return self.home.root / "home"

    def app_log(self) -> str:
        log = self.root / "app.log"
        return log.read_text(errors="replace")[-4000:] if log.exists() else ""

    def close(self) -> None:
        for app in self.apps:
            app.stop()
        self.server.stop()


@pytest.fixture
def desk_session(tmp_path: Path) -> Iterator[DeskSession]:
    missing = missing_tools()
    assert not missing, (
        f"the real-window test needs {', '.join(missing)}: run `sh scripts/system-packages.sh"
        " offscreen` as root (Debian), or install them"
    )
    session = DeskSession(tmp_path)
    try:
        session.desk.bind_characters(paper.every_character())
        yield session
    finally:
        session.close()
        copy_to = os.environ.get("DESK_SHOTS")
        if copy_to:
            Path(copy_to).mkdir(parents=True, exist_ok=True)
            for shot in sorted(session.shots.glob("*.png")):
                shutil.copy2(shot, Path(copy_to) / shot.name)
