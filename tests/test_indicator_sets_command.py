"""`python -m desktop indicator-sets`: list, load after a dry run, export; exit 0 done, 2
refused with a Thai message naming sheet, row and column, nothing stored."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from db.database import OfficeDatabase
from desktop.services.indicator_sets import read_set_book
from desktop.services.safety import InstanceLock
from tests.indicator_set_books import TEST_CODE, edited, made_up_set, set_cell, write_book
from tests.test_cli_contract import run_cli


def _sets(path: Path) -> list[tuple[str, int, int]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT code, first_year, last_year FROM indicator_sets ORDER BY first_year"
        ).fetchall()


@pytest.fixture
def office(office_db: OfficeDatabase) -> Path:
    return office_db.path


@pytest.fixture
def book(office_db: OfficeDatabase, tmp_path: Path) -> Path:
    return write_book(made_up_set(office_db), tmp_path / "set.xlsx")


def test_load_prints_the_dry_run_then_stores_the_set(office, book) -> None:
    status, printed = run_cli(["indicator-sets", "--db", str(office), "--load", str(book)])
    assert status == 0, printed
    assert "2565–2569" in printed and "สุขภาพ / health: 4" in printed and "41,000" in printed
    assert _sets(office) == [("2560-2564", 2560, 2564), (TEST_CODE, 2565, 2569)]
    status, listed = run_cli(["indicator-sets", "--db", str(office)])
    assert status == 0 and TEST_CODE in listed and "2565–2569" in listed


def test_a_dry_run_stores_nothing(office, book) -> None:
    status, printed = run_cli(
        ["indicator-sets", "--db", str(office), "--load", str(book), "--dry-run"]
    )
    assert status == 0 and "--dry-run" in printed
    assert _sets(office) == [("2560-2564", 2560, 2564)]


def test_a_malformed_workbook_is_refused_with_its_place(office, book, tmp_path) -> None:
    bad = edited(book, set_cell("ตัวชี้วัด", "B5", "สังคม"), tmp_path / "bad.xlsx")
    status, printed = run_cli(["indicator-sets", "--db", str(office), "--load", str(bad)])
    assert status == 2
    assert "แผ่นงาน ตัวชี้วัด แถว 5 คอลัมน์ B (dimension)" in printed
    assert "Traceback" not in printed
    assert _sets(office) == [("2560-2564", 2560, 2564)]


def test_overlapping_years_are_refused(office_db, office, tmp_path) -> None:
    overlapping = write_book(made_up_set(office_db, first=2564, last=2568), tmp_path / "o.xlsx")
    status, printed = run_cli(["indicator-sets", "--db", str(office), "--load", str(overlapping)])
    assert status == 2 and "ซ้อน" in printed and "2560-2564" in printed
    assert _sets(office) == [("2560-2564", 2560, 2564)]


def test_a_load_is_refused_while_the_app_has_the_file(office, book) -> None:
    lock = InstanceLock(office)
    assert lock.acquire()
    try:
        status, printed = run_cli(["indicator-sets", "--db", str(office), "--load", str(book)])
    finally:
        lock.release()
    assert status == 2 and "Traceback" not in printed
    assert _sets(office) == [("2560-2564", 2560, 2564)]


def test_export_writes_the_set_and_an_unknown_code_is_refused(office, tmp_path) -> None:
    out = tmp_path / "shipped.xlsx"
    args = ["indicator-sets", "--db", str(office), "--export", "--code"]
    status, printed = run_cli([*args, "2560-2564", "--out", str(out)])
    assert status == 0, printed
    sent = read_set_book(out)
    assert (sent.code, len(sent.indicators), sent.thresholds[0].value) == ("2560-2564", 17, 38_000)
    status, printed = run_cli([*args, "2565-2569", "--out", str(tmp_path / "none.xlsx")])
    assert status == 2 and "ไม่มีชุดตัวชี้วัดรหัส 2565-2569" in printed
    assert not (tmp_path / "none.xlsx").exists()
