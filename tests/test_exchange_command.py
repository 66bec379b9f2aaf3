"""`python -m desktop export …` in a real subprocess, as scripts at the office call it."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from python_calamine import CalamineWorkbook

from db.database import OfficeDatabase
from desktop.services.exchange import sheet
from desktop.services.exchange.export.workbook import part_path
from desktop.services.exchange.layout import SHEETS
from desktop.services.office import build_services
from desktop.services.quality import QualityService
from tests.exchange_office import small_office

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "export", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _metadata(book: Path) -> dict[str, object]:
    rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_name(sheet("metadata").title_th)
    return {row[0]: row[2] for row in rows.to_python()[2:]}


def test_export_writes_the_workbook_and_prints_row_counts(
    demo_db: OfficeDatabase, tmp_path: Path
) -> None:
    out = tmp_path / "district.xlsx"
    result = _run("--db", str(demo_db.path), "--out", str(out), "--unsigned")
    assert result.returncode == 0, result.stderr
    assert f"{out}: " in result.stdout
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == [s.title_th for s in SHEETS]
    households = book.get_sheet_by_name(sheet("households").title_th).to_python()
    assert len(households) - 2 == 200
    assert "households" in result.stdout and "200" in result.stdout
    metadata = _metadata(out)
    assert metadata["masked_ids"] is False and metadata["aggregates_only"] is False


def test_export_options_reach_the_workbook(demo_db: OfficeDatabase, tmp_path: Path) -> None:
    out = tmp_path / "scoped.xlsx"
    result = _run(
        "--db",
        str(demo_db.path),
        "--out",
        str(out),
        "--subdistrict",
        "670101",
        "--fiscal-year",
        "2568",
        "--mask-ids",
        "--aggregates-only",
    )
    assert result.returncode == 0, result.stderr
    metadata = _metadata(out)
    assert metadata["scope_subdistrict_code"] == "670101"
    assert metadata["scope_fiscal_year"] == 2568
    assert metadata["masked_ids"] is True and metadata["aggregates_only"] is True
    names = CalamineWorkbook.from_path(str(out)).sheet_names
    assert names == [s.title_th for s in SHEETS if not s.personal]


def test_a_missing_or_foreign_database_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    missing = _run("--db", str(tmp_path / "nowhere.sqlite3"), "--out", str(out))
    assert missing.returncode == 2
    assert "no such file" in missing.stderr
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    foreign = _run("--db", str(text), "--out", str(out))
    assert foreign.returncode == 2
    assert "not a database" in foreign.stderr
    assert text.read_text() == "not a database"
    assert not out.exists() and not part_path(out).exists()


def test_bad_options_exit_2_and_keep_the_old_file(demo_db: OfficeDatabase, tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    out.write_bytes(b"last week's workbook")
    for options in (
        ["--subdistrict", "67"],
        ["--subdistrict", "999999"],
        ["--fiscal-year", "2025"],
    ):
        result = _run("--db", str(demo_db.path), "--out", str(out), *options)
        assert result.returncode == 2, options
        assert result.stderr.strip()
    assert out.read_bytes() == b"last week's workbook"
    nowhere = _run("--db", str(demo_db.path), "--out", str(tmp_path / "no" / "book.xlsx"))
    assert nowhere.returncode == 2 and "no such folder" in nowhere.stderr


def test_a_sending_export_without_a_sign_off_exits_2_in_thai_and_writes_nothing(
    tmp_path: Path,
) -> None:
    office = small_office(tmp_path, 6)
    path = office.path
    office.close()
    out = tmp_path / "book.xlsx"
    result = _run("--db", str(path), "--out", str(out))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "ยังไม่ได้ตรวจข้อมูลก่อนส่ง" in result.stderr and "--unsigned" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() and not part_path(out).exists()
    masked = _run("--db", str(path), "--out", str(out), "--mask-ids")
    assert masked.returncode == 0, masked.stderr
    assert _metadata(out)["ready_to_send"] is False


def test_a_signed_off_office_sends_from_the_command_line(tmp_path: Path) -> None:
    office = small_office(tmp_path, 6)
    users = build_services(office).users
    supervisor = users.list_users()[0].name
    quality = QualityService(office.session_factory)
    quality.record_check(quality.check(today=dt.date.today()), by=supervisor)
    quality.sign_off(by=supervisor)
    path = office.path
    office.close()
    out = tmp_path / "book.xlsx"
    result = _run("--db", str(path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert _metadata(out)["signed_off_by"] == supervisor
    assert _metadata(out)["ready_to_send"] is True


def test_the_help_says_what_unsigned_is_for() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "--unsigned" in result.stdout
    assert "ไม่ใช่แฟ้มส่งจังหวัด" in result.stdout and "not for sending" in result.stdout
