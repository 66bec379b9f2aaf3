"""Shared fixtures. Qt runs offscreen; Sarabun and the Thai translation are installed once."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import OfficeDatabase
from desktop.services.office import create_office
from tests.fake_prompter import FakePrompter

pytest_plugins = [
    "tests.province_fixtures",  # the two districts a provincial office consolidates
    "tests.exchange_office",  # a small office and its export
]


@pytest.fixture(scope="session")
def language_switch(qapp):  # type: ignore[no-untyped-def]
    """The one translator switch of the test run (the app, too, has exactly one)."""
    from PySide6.QtCore import QStandardPaths

    from desktop.app import configure_application
    from desktop.ui.language import LanguageSwitch

    QStandardPaths.setTestModeEnabled(True)
    configure_application(qapp)
    return LanguageSwitch(qapp)


@pytest.fixture
def app_ready(qapp, language_switch):  # type: ignore[no-untyped-def]
    """The QApplication configured as the real app does (names, Sarabun font), Thai UI."""
    from desktop.ui.language import THAI

    language_switch.apply(THAI)
    yield qapp
    language_switch.apply(THAI)


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[OfficeDatabase]:
    """A new office database for อำเภอเมืองเพชรบูรณ์ (6701)."""
    database = create_office(tmp_path / "office.sqlite3", "6701", "สมศรี ใจดี")
    yield database
    database.close()


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[OfficeDatabase]:
    """An office database holding 200 generated households of อำเภอเมืองเพชรบูรณ์."""
    from desktop.services.demo import generate_demo

    database = create_office(tmp_path / "demo.sqlite3", "6701", "สมศรี ใจดี")
    with database.session_factory.begin() as session:
        generate_demo(session, 200)
    yield database
    database.close()
