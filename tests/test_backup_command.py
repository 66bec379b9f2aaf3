"""`python -m desktop backup` and `python -m desktop restore`: output, exit statuses."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.demo import create_demo_database
from desktop.services.safety.backups import default_backups_dir, list_backups

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_database(path, 200)
    return path


@pytest.fixture
def office(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office" / "office.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    return path


def count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_backup_prints_the_file_and_its_counts(office, tmp_path, capsys) -> None:
    usb = tmp_path / "usb"
    assert main(["backup", "--db", str(office), "--to", str(usb)]) == 0
    out = capsys.readouterr().out
    (copy,) = usb.iterdir()
    assert f"backed up to: {copy}" in out
    for label, table in (("households", "households"), ("members", "members")):
        assert f"{label}: {count(office, table):,}" in out
    assert "ครัวเรือน / households: 200" in out
    assert [info.path for info in list_backups(usb)] == [copy]


def test_backup_to_an_unwritable_place_exits_2_in_thai_and_english(office, tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert main(["backup", "--db", str(office), "--to", str(blocker / "usb")]) == 2
    err = capsys.readouterr().err
    assert "เขียนสำเนาสำรองลงในโฟลเดอร์" in err and "cannot be written to the folder" in err
    assert sorted(os.listdir(tmp_path)) == ["not-a-folder", "office"]


def test_backup_of_a_missing_database_exits_2(tmp_path, capsys) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert main(["backup", "--db", str(missing), "--to", str(tmp_path / "usb")]) == 2
    err = capsys.readouterr().err
    assert "อ่านฐานข้อมูล" in err and "cannot be read" in err
    assert not missing.exists() and not (tmp_path / "usb").exists()


def test_restore_prints_the_backup_and_where_the_old_file_went(office, tmp_path, capsys):
    usb = tmp_path / "usb"
    assert main(["backup", "--db", str(office), "--to", str(usb)]) == 0
    (copy,) = usb.iterdir()
    with sqlite3.connect(office) as connection:
        connection.execute("DELETE FROM assistance")
    connection.close()
    assert count(office, "assistance") == 0
    capsys.readouterr()

    assert main(["restore", "--db", str(office), str(copy)]) == 0

    out = capsys.readouterr().out
    assert count(office, "assistance") == count(copy, "assistance") > 0
    assert f"การช่วยเหลือ / assistance: {count(copy, 'assistance'):,}" in out
    (kept,) = default_backups_dir(office).iterdir()
    assert kept.name.endswith("-before-restore.sqlite3") and str(kept) in out
    assert count(kept, "assistance") == 0


def test_restore_refuses_a_damaged_backup_with_exit_2(office, tmp_path, capsys) -> None:
    usb = tmp_path / "usb"
    assert main(["backup", "--db", str(office), "--to", str(usb)]) == 0
    (copy,) = usb.iterdir()
    with open(copy, "r+b") as handle:
        handle.truncate(copy.stat().st_size // 3)
    before = office.read_bytes()
    capsys.readouterr()
    assert main(["restore", "--db", str(office), str(copy)]) == 2
    err = capsys.readouterr().err
    assert "เสียหาย" in err and "damaged" in err
    assert office.read_bytes() == before
    assert not default_backups_dir(office).exists()


def test_restore_refuses_a_file_of_another_program(office, tmp_path, capsys) -> None:
    other = tmp_path / "invoices.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()
    before = office.read_bytes()
    assert main(["restore", "--db", str(office), str(other)]) == 2
    assert "โปรแกรมอื่น" in capsys.readouterr().err
    assert office.read_bytes() == before


def test_the_commands_run_as_python_m_desktop(office, tmp_path) -> None:
    usb = tmp_path / "usb"
    backup = subprocess.run(
        [sys.executable, "-m", "desktop", "backup", "--db", str(office), "--to", str(usb)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert backup.returncode == 0, backup.stderr
    (copy,) = usb.iterdir()
    assert str(copy) in backup.stdout
    restored = subprocess.run(
        [sys.executable, "-m", "desktop", "restore", "--db", str(office), str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
