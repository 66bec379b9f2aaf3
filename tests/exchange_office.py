"""A small generated office, its export and a whole-database dump: what the import-defect,
every-column and round-trip tests start from."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import OfficeDatabase
from desktop.services.exchange.export import export_workbook
from desktop.services.office import create_office

EXPORTED_ON = dt.date(2025, 6, 1)


def small_office(folder: Path, households: int = 6, seed: int = 2567) -> OfficeDatabase:
    from desktop.services.demo import generate_demo

    database = create_office(folder / "small.sqlite3", "6701", "สมศรี ใจดี")
    with database.session_factory.begin() as session:
        generate_demo(session, households, seed=seed)
    return database


def export_small(database: OfficeDatabase, path: Path) -> Path:
    export_workbook(database.session_factory, path, exported_on=EXPORTED_ON)
    return path


def database_dump(database: OfficeDatabase) -> list[str]:
    """Every statement that would rebuild the database: equal dumps, equal databases."""
    path = Path(database.session_factory.kw["bind"].url.database)
    with sqlite3.connect(path) as con:
        return list(con.iterdump())


@pytest.fixture
def small_db(tmp_path: Path) -> Iterator[OfficeDatabase]:
    """Six generated households of อำเภอเมืองเพชรบูรณ์, with projects and assistance."""
    database = small_office(tmp_path)
    yield database
    database.close()


@pytest.fixture
def small_book(small_db: OfficeDatabase, tmp_path: Path) -> Path:
    return export_small(small_db, tmp_path / "small.xlsx")


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice (soffice) is needed: scripts/system-packages.sh installs it"
    return found


def resave_in_libreoffice(books: list[Path], folder: Path) -> list[Path]:
    """Each workbook opened and saved again as .xlsx by LibreOffice, all in one run (each
    start costs seconds), with a profile of its own so parallel runs do not clash."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = (folder / "profile").resolve().as_uri()
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(folder),
            *map(str, books),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    saved = [folder / book.name for book in books]
    assert all(path.exists() for path in saved)
    return saved
