"""Shared fixtures. Qt runs offscreen; Sarabun and the Thai translation are installed once."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from db.database import OfficeDatabase  # noqa: E402
from desktop.services.office import create_office  # noqa: E402
from tests.fake_prompter import FakePrompter  # noqa: E402


@pytest.fixture(scope="session")
def app_ready(qapp):  # type: ignore[no-untyped-def]
    """The QApplication configured as the real app does (names, Sarabun font), Thai UI."""
    from PySide6.QtCore import QStandardPaths

    from desktop.app import configure_application
    from desktop.ui.language import THAI, LanguageSwitch

    QStandardPaths.setTestModeEnabled(True)
    configure_application(qapp)
    switch = LanguageSwitch(qapp)
    switch.apply(THAI)
    yield qapp
    switch.apply(THAI)


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[OfficeDatabase]:
    """A new office database for อำเภอเมืองเพชรบูรณ์ (6701)."""
    database = create_office(tmp_path / "office.sqlite3", "6701", "สมศรี ใจดี")
    yield database
    database.close()
