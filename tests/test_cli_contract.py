"""The command line's contract: exit 0 clean, 1 with rejections, 2 refused, a Thai message
and never a traceback; a read-only file or folder and a full disk are said as such (never
"damaged"); writers honour the app's instance lock; files with personal data are the
user's alone; baht is exact; a row bomb is refused before parsing."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.services.demo import generate_demo
from desktop.services.exchange.export import export_workbook
from desktop.services.exchange.layout import SHEET_BY_NAME
from desktop.services.office import create_office
from desktop.services.safety import InstanceLock
from tests.hostile_workbooks import row_bomb

ROOT = Path(__file__).resolve().parent.parent
THAI = re.compile("[\u0e00-\u0e7f]")


def run_cli(args: list[str]) -> tuple[int, str]:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        status = main(args)
    return status, printed.getvalue()


def dump(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return "\n".join(connection.iterdump())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A 30-household office and its export, to copy from."""
    folder = tmp_path_factory.mktemp("demo")
    database = create_office(folder / "demo.sqlite3", "6701", "สมศรี ใจดี")
    with database.session_factory.begin() as session:
        generate_demo(session, 30)
    export_workbook(database.session_factory, folder / "demo.xlsx")
    database.close()
    return folder / "demo.sqlite3", folder / "demo.xlsx"


@pytest.fixture
def office(demo, tmp_path: Path) -> Path:
    path = tmp_path / "office" / "office.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo[0], path)
    return path


# A read-only file or folder ------------------------------------------------------------------


WITHOUT_OVERRIDE = [
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
    "--",
]


def run_bound_by_permissions(args: list[str]) -> subprocess.CompletedProcess[str]:
    """``python -m desktop`` bound by file permissions: run as root (a container, CI), it
    drops the capability that lets root write anywhere, as an ordinary user runs it."""
    prefix = WITHOUT_OVERRIDE if os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_said_read_only(result: subprocess.CompletedProcess[str], args: list[str]) -> None:
    printed = result.stdout + result.stderr
    assert result.returncode == 2, (args, printed)
    assert "Traceback" not in printed, printed
    assert "อ่านได้อย่างเดียว" in printed and "read-only" in printed, printed
    denied = printed.replace("ไม่ได้เสียหาย", "").replace("not damaged", "")
    assert "เสียหาย" not in denied and "damaged" not in denied, printed


def test_a_read_only_database_file_is_refused_as_read_only_by_every_command(
    office, demo, tmp_path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    office.chmod(0o444)
    before = office.read_bytes()
    for args in (
        ["import", "--db", str(office), str(demo[1])],
        ["import", "--db", str(office), str(demo[1]), "--dry-run"],
        ["export", "--db", str(office), "--out", str(out / "book.xlsx"), "--unsigned"],
        ["restore", "--db", str(office), str(demo[0])],
    ):
        assert_said_read_only(run_bound_by_permissions(args), args)
    assert office.read_bytes() == before


def test_a_database_in_a_read_only_folder_is_not_called_damaged(office, demo, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    office.parent.chmod(0o555)
    try:
        before = office.read_bytes()
        for args in (
            ["export", "--db", str(office), "--out", str(out / "book.xlsx"), "--unsigned"],
            ["import", "--db", str(office), str(demo[1]), "--dry-run"],
            ["import", "--db", str(office), str(demo[1])],
        ):
            result = run_bound_by_permissions(args)
            assert_said_read_only(result, args)
            assert "โฟลเดอร์" in result.stderr
        assert office.read_bytes() == before
        assert not (out / "book.xlsx").exists()
    finally:
        office.parent.chmod(0o755)


def test_the_app_says_a_read_only_folder_is_read_only_not_damaged(
    office, app_ready, language_switch, prompter, monkeypatch
) -> None:
    """The app's open-error dialog (the folder's write permission is denied at the OS
    boundary: os.access, which root is never refused)."""
    from PySide6.QtCore import QSettings

    import db.database
    from desktop.app import AppShell

    real_access = os.access

    def access(path, mode, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) == office.parent and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(db.database.os, "access", access)
    settings = QSettings(str(office.parent.parent / "settings.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings, prompter, language_switch)  # the run's one switch
    try:
        assert not shell.open_initial(office)
    finally:
        shell.close()
    message = prompter.errors[-1][1]
    assert "อ่านได้อย่างเดียว" in message and "ไม่ได้เสียหาย" in message
    assert "เสียหาย" not in message.replace("ไม่ได้เสียหาย", "")


# A full disk -------------------------------------------------------------------------------


def mount_tiny_disk(folder: Path, size: int) -> bool:
    """A real tmpfs of ``size`` bytes on ``folder`` when this process may mount one."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    return done.returncode == 0


@contextlib.contextmanager
def full_disk(folder: Path, size: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """``folder`` holds at most ``size`` bytes: a real tiny disk where possible, else
    writes into it fail with ENOSPC at the Python I/O boundary (files) and SQLite's own
    SQLITE_FULL (its page limit), which is what SQLite says on a full disk."""
    folder.mkdir(exist_ok=True)
    if mount_tiny_disk(folder, size):
        try:
            yield "tmpfs"
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=True)
        return
    import builtins

    import db.engine

    real_open = builtins.open
    written = [0]

    class Filling:
        def __init__(self, handle) -> None:  # type: ignore[no-untyped-def]
            self._handle = handle

        def write(self, data) -> int:  # type: ignore[no-untyped-def]
            written[0] += len(data)
            if written[0] > size:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self._handle.write(data)

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(self._handle, name)

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc) -> None:  # type: ignore[no-untyped-def]
            self._handle.close()

    def filling_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        handle = real_open(file, mode, *args, **kwargs)
        inside = isinstance(file, str | Path) and Path(file).resolve().is_relative_to(folder)
        return Filling(handle) if inside and set(mode) & set("wax+") else handle

    real_engine = db.engine.make_engine

    def full_engine(path, **kwargs):  # type: ignore[no-untyped-def]
        engine = real_engine(path, **kwargs)
        if Path(path).resolve().is_relative_to(folder.resolve()):
            pages = size // 4096  # the database may not grow past the disk

            @db.engine.event.listens_for(engine, "connect")
            def _limit(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
                dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        return engine

    monkeypatch.setattr(builtins, "open", filling_open)
    monkeypatch.setattr(io, "open", filling_open)
    monkeypatch.setattr(db.engine, "make_engine", full_engine)
    monkeypatch.setattr("db.database.make_engine", full_engine)
    yield "injected"


def test_a_full_disk_during_export_exits_2_in_thai_and_leaves_no_file(
    office, tmp_path, monkeypatch
) -> None:
    disk = tmp_path / "usb"
    with full_disk(disk, 64 * 1024, monkeypatch):
        status, printed = run_cli(
            ["export", "--db", str(office), "--out", str(disk / "b.xlsx"), "--unsigned"]
        )
        left = list(disk.iterdir())
    assert status == 2, printed
    assert "พื้นที่ว่างในดิสก์ไม่พอ" in printed and "Traceback" not in printed
    assert left == []


def test_a_full_disk_during_import_exits_2_in_thai_and_writes_nothing(
    demo, tmp_path, monkeypatch
) -> None:
    empty = tmp_path / "empty.sqlite3"
    create_office(empty, "6701", "สมศรี ใจดี").close()  # the import would add all 30
    disk = tmp_path / "disk"
    with contextlib.ExitStack() as stack:
        # Room for the file, its lock and index files, not for 30 households.
        stack.enter_context(full_disk(disk, empty.stat().st_size + 96 * 1024, monkeypatch))
        office = disk / "office.sqlite3"
        shutil.copyfile(empty, office)
        before = dump(office)
        status, printed = run_cli(["import", "--db", str(office), str(demo[1])])
        after = dump(office)
    assert status == 2, printed
    assert "พื้นที่ว่างในดิสก์" in printed and "Traceback" not in printed
    assert after == before


# Backup and restore of a file that is not ours -----------------------------------------------


@pytest.mark.parametrize("kind", ["newer", "foreign"])
def test_backup_and_restore_refuse_a_newer_or_foreign_database(office, tmp_path, kind) -> None:
    other = tmp_path / f"{kind}.sqlite3"
    if kind == "newer":
        shutil.copyfile(office, other)
        with contextlib.closing(sqlite3.connect(other)) as connection:
            connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
            connection.commit()
    else:
        with contextlib.closing(sqlite3.connect(other)) as connection:
            connection.execute("CREATE TABLE invoices (number INTEGER)")
            connection.commit()
    before = other.read_bytes()
    word = "ใหม่กว่า" if kind == "newer" else "โปรแกรมอื่น"
    status, printed = run_cli(["backup", "--db", str(other), "--to", str(tmp_path / "usb")])
    assert status == 2 and word in printed and "Traceback" not in printed, printed
    assert not (tmp_path / "usb").exists() or not list((tmp_path / "usb").iterdir())
    status, printed = run_cli(["restore", "--db", str(other), str(office)])
    assert status == 2 and word in printed, printed
    assert other.read_bytes() == before
    status, printed = run_cli(["restore", "--db", str(office), str(other)])
    assert status == 2 and word in printed, printed


# The instance lock ---------------------------------------------------------------------------


def test_writing_commands_are_refused_while_the_app_holds_the_database(office, demo, tmp_path):
    before = dump(office)
    with InstanceLock(office) as app:
        assert app.acquire()
        status, printed = run_cli(["import", "--db", str(office), str(demo[1])])
        assert status == 2 and "เปิดอยู่" in printed and str(os.getpid()) in printed, printed
        status, printed = run_cli(["restore", "--db", str(office), str(demo[0])])
        assert status == 2 and "เปิดอยู่" in printed, printed
        # Reading commands see one consistent state of the file: allowed.
        assert run_cli(["import", "--db", str(office), str(demo[1]), "--dry-run"])[0] == 0
        out = tmp_path / "book.xlsx"
        assert run_cli(["export", "--db", str(office), "--out", str(out), "--unsigned"])[0] == 0
        assert run_cli(["backup", "--db", str(office), "--to", str(tmp_path / "usb")])[0] == 0
    assert dump(office) == before
    assert not Path(f"{office}.lock").exists()
    assert run_cli(["import", "--db", str(office), str(demo[1])])[0] == 0  # released


def test_the_commands_load_no_qt(office, demo, tmp_path) -> None:
    script = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"main(['export', '--db', {str(office)!r}, '--out', {str(tmp_path / 'b.xlsx')!r},"
        " '--unsigned'])\n"
        f"main(['import', '--db', {str(office)!r}, {str(demo[1])!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'desktop.ui'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr


# Files with personal data are the user's alone ------------------------------------------------


def test_workbooks_reports_pdfs_and_backups_are_readable_by_the_user_only(
    office, demo, tmp_path
) -> None:
    old_umask = os.umask(0o022)
    try:
        book, report, sheets = tmp_path / "b.xlsx", tmp_path / "r.xlsx", tmp_path / "s.pdf"
        assert run_cli(["export", "--db", str(office), "--out", str(book), "--unsigned"])[0] == 0
        args = ["import", "--db", str(office), str(demo[1]), "--dry-run", "--report", str(report)]
        assert run_cli(args)[0] == 0
        assert run_cli(["backup", "--db", str(office), "--to", str(tmp_path / "usb")])[0] == 0
        printed = subprocess.run(
            [sys.executable, "-m", "desktop", "print", "--db", str(office), "--out", str(sheets)],
            cwd=ROOT,
            capture_output=True,
            timeout=300,
        )
        assert printed.returncode == 0, printed.stderr
    finally:
        os.umask(old_umask)
    for made in (book, report, sheets, *(tmp_path / "usb").iterdir()):
        assert stat.S_IMODE(made.stat().st_mode) == 0o600, made
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


# Money is exact ------------------------------------------------------------------------------


def test_a_baht_cell_is_shown_as_the_sheet_shows_it_never_a_float_tail(office, demo, tmp_path):
    """0.1 + 0.2 + 0.005 in a cell is 0.30500000000000005 as a float: refused for its third
    decimal, and named as the clerk sees it, 0.305."""
    book = openpyxl.load_workbook(demo[1])
    income = book[SHEET_BY_NAME["income"].title_th]
    column = next(c.column for c in income[1] if c.value == "amount")
    income.cell(3, column).value = 0.1 + 0.2 + 0.005
    edited = tmp_path / "sum.xlsx"
    book.save(edited)
    status, printed = run_cli(["import", "--db", str(office), str(edited), "--dry-run"])
    assert status == 1, printed
    line = next(line for line in printed.splitlines() if "รายได้ แถว 3" in line)
    assert "0.305" in line and "0.30500000000000005" not in printed


def test_a_float_tail_of_a_sum_is_the_baht_the_sheet_shows(office, demo, tmp_path) -> None:
    from desktop.services.exchange.reading.values import satang, text

    assert text(992.5599999999999 + 1e-13) == "992.56"
    assert satang(0.1 + 0.2) == 30 and satang(992.5600000000001) == 99256


# A row bomb ------------------------------------------------------------------------------------


def test_a_gigabyte_row_bomb_is_refused_before_any_row_is_parsed(office, demo, tmp_path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(row_bomb(demo[1].read_bytes(), 1 << 30))
    assert bomb.stat().st_size < 8 << 20
    status, printed = run_cli(["import", "--db", str(office), str(bomb), "--dry-run"])
    # Refused for its packing, read from the zip's directory: no row was parsed (it took
    # a minute to parse rows up to the row limit; bench/row_bomb.py times it).
    assert status == 2 and "บีบอัดผิดปกติ" in printed, printed


def test_a_pdf_that_cannot_be_written_exits_2_in_thai(office, tmp_path) -> None:
    nowhere = tmp_path / "no-such-folder" / "sheet.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "print",
            "--db",
            str(office),
            "--blank",
            "--out",
            nowhere,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2, result.stderr
    assert THAI.search(result.stderr) and "Traceback" not in result.stderr, result.stderr
