"""`python -m desktop import`: the dry-run report, exit statuses, applying."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.services.exchange.layout import SHEET_BY_NAME
from tests.test_exchange_import import column_of, counts, database_file, dump, edit, export

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def demo_book(demo_db, tmp_path: Path) -> Path:
    return export(demo_db, tmp_path / "demo.xlsx")


def _close(database) -> Path:  # type: ignore[no-untyped-def]
    path = database_file(database)
    database.close()
    return path


def test_a_clean_dry_run_exits_0_and_writes_nothing(demo_db, demo_book, capsys) -> None:
    before = dump(demo_db)
    path = _close(demo_db)
    assert main(["import", "--db", str(path), str(demo_book), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "ครัวเรือนที่จะเพิ่ม: 0" in out and "ครัวเรือนที่ไม่เปลี่ยนแปลง: 200" in out
    assert "แถวที่ไม่รับ: 0" in out
    assert dump(demo_db) == before


def test_rejections_exit_1_and_name_sheet_row_and_column(demo_db, demo_book, tmp_path, capsys):
    def bad_id(book) -> None:  # type: ignore[no-untyped-def]
        sheet = book[SHEET_BY_NAME["members"].title_th]
        sheet.cell(7, column_of(sheet, "national_id")).value = "12345"

    edited = edit(demo_book, tmp_path / "bad.xlsx", bad_id)
    before = counts(demo_db)
    path = _close(demo_db)
    assert main(["import", "--db", str(path), str(edited), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert (
        "สมาชิก แถว 7 คอลัมน์ G (เลขประจำตัวประชาชน): เลขประจำตัวประชาชนต้องมี 13 หลัก (มี 5 หลัก)"
        in out.splitlines()
    )
    assert counts(demo_db) == before


def test_an_unreadable_file_exits_2(demo_db, tmp_path, capsys) -> None:
    text = tmp_path / "list.xlsx"
    text.write_text("a,b\n1,2\n", encoding="utf-8")
    path = _close(demo_db)
    assert main(["import", "--db", str(path), str(text), "--dry-run"]) == 2
    assert "ไม่ใช่แฟ้ม Excel" in capsys.readouterr().out
    assert main(["import", "--db", str(path.with_name("none.sqlite3")), str(text)]) == 2


def test_applying_writes_the_changes_and_a_report(demo_db, office_db, demo_book, tmp_path, capsys):
    def rename(book) -> None:  # type: ignore[no-untyped-def]
        sheet = book[SHEET_BY_NAME["members"].title_th]
        sheet.cell(3, column_of(sheet, "first_name")).value = "เปลี่ยนชื่อ"

    edited = edit(demo_book, tmp_path / "edited.xlsx", rename)
    demo_path, office_path = _close(demo_db), _close(office_db)
    report = tmp_path / "report.xlsx"
    argv = ["import", "--db", str(demo_path), str(edited), "--report", str(report)]
    assert main([*argv, "--user", "บรรทัดคำสั่ง"]) == 0
    out = capsys.readouterr().out
    assert "ครัวเรือนที่จะเปลี่ยนแปลง: 1" in out and "→ เปลี่ยนชื่อ" in out
    assert "บันทึกแล้ว: เพิ่ม 0 ครัวเรือน ปรับปรุง 1 ครัวเรือน" in out
    con = sqlite3.connect(demo_path)
    assert con.execute(
        "SELECT count(*) FROM change_log WHERE user_name = 'บรรทัดคำสั่ง' AND field = 'first_name'"
    ).fetchone() == (1,)
    assert openpyxl.load_workbook(report).sheetnames == ["สรุป", "เพิ่ม", "เปลี่ยนแปลง", "ไม่รับ"]
    # --mode update into an empty office adds nothing; --mode add adds everything.
    assert main(["import", "--db", str(office_path), str(demo_book), "--mode", "update"]) == 0
    assert sqlite3.connect(office_path).execute("SELECT count(*) FROM households").fetchone() == (
        0,
    )
    assert main(["import", "--db", str(office_path), str(demo_book), "--mode", "add"]) == 0
    assert "บันทึกแล้ว: เพิ่ม 200 ครัวเรือน" in capsys.readouterr().out


def test_the_module_runs_as_a_command(demo_db, demo_book) -> None:
    path = _close(demo_db)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "import", "--db", str(path), str(demo_book), "--dry-run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "ครัวเรือนที่ไม่เปลี่ยนแปลง: 200" in result.stdout
