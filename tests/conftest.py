"""Shared fixtures. Qt runs offscreen; Sarabun and the Thai translation are installed once."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import OfficeDatabase
from desktop.services.office import create_office
from tests.fake_prompter import FakePrompter
from tests.postgres_server import PostgresServer, PostgresUnavailable

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


ENGINES = ("sqlite", "postgresql")
_postgres_missing: list[str] = []  # why PostgreSQL could not be had, once known


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_engines`` that use the ``engine`` fixture run once per engine."""
    if "engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_engines"):
        metafunc.parametrize("engine", ENGINES, indirect=True)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _postgres_missing:
        terminalreporter.write_line(
            f"Ran on SQLite only: PostgreSQL tests skipped ({_postgres_missing[0]})", yellow=True
        )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL cluster for the run (tests/postgres_server.py)."""
    if _postgres_missing:
        pytest.skip(_postgres_missing[0])
    try:
        server = PostgresServer.start()
    except PostgresUnavailable as error:
        _postgres_missing.append(str(error))
        pytest.skip(str(error))
    yield server
    server.stop()


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """Which engine the office database is on: "sqlite" unless the test is marked
    ``both_engines``, which runs it on "postgresql" too."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database_location(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Path | str:
    """Where a new office database goes: a file, or a new empty database on the test
    server."""
    if engine == "sqlite":
        return tmp_path / "office.sqlite3"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_database(template=server.office_template())


@pytest.fixture
def office_db(database_location: Path | str) -> Iterator[OfficeDatabase]:
    """A new office database for อำเภอเมืองเพชรบูรณ์ (6701)."""
    database = create_office(database_location, "6701", "สมศรี ใจดี")
    yield database
    database.close()


@pytest.fixture
def demo_db(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[OfficeDatabase]:
    """An office database holding 200 generated households of อำเภอเมืองเพชรบูรณ์."""
    from desktop.services.demo import generate_demo

    location: Path | str = tmp_path / "demo.sqlite3"
    if engine != "sqlite":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        location = server.new_database(template=server.office_template())
    database = create_office(location, "6701", "สมศรี ใจดี")
    with database.session_factory.begin() as session:
        generate_demo(session, 200)
    yield database
    database.close()
