"""Backups and restore: consistent copies, rotation, listing, restore and its refusals."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from db.database import OpenProblem, open_database
from desktop.services.demo import create_demo_database
from desktop.services.households.form import HouseholdFormService
from desktop.services.office.setup import OfficeService
from desktop.services.safety import automatic_backup, backup_copy, backup_to, restore
from desktop.services.safety.backup_files import parse_backup_name
from desktop.services.safety.backups import (
    BackupCancelled,
    BackupFailed,
    BackupProblem,
    BackupRefused,
    backup_is_stale,
    default_backups_dir,
    inspect_backup,
    last_backup,
    list_backups,
    rotate,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_database(path, 200)
    return path


@pytest.fixture
def office(demo_file: Path, tmp_path: Path) -> Path:
    """A closed copy of the 200-household demo office, private to the test."""
    path = tmp_path / "office" / "office.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    return path


def rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def local(year: int, month: int, day: int, hour: int = 17) -> dt.datetime:
    """A local wall-clock time, as a backup's name records it, made aware."""
    return dt.datetime(year, month, day, hour).astimezone()


def backup_file(folder: Path, when: dt.datetime, label: str, stem: str = "office") -> Path:
    path = folder / f"{stem}-{when:%Y%m%d-%H%M%S}-{label}.sqlite3"
    path.write_bytes(b"")
    return path


# Copies ----------------------------------------------------------------------------------


def test_a_backup_is_one_snapshot_while_another_connection_commits(office, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_copy, "PAGES_PER_STEP", 8)  # many steps, writes between them
    before = rows(office)
    writer = sqlite3.connect(office, isolation_level=None, check_same_thread=False)
    writer.execute("PRAGMA journal_mode = WAL")
    steps: list[tuple[int, int]] = []

    def commit_between_steps(done: int, total: int) -> None:
        steps.append((done, total))
        if len(steps) > 40:  # bounded, so a copy that restarted on each commit would end
            return
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO settings (key, value) VALUES (?, 'a')", (f"t.a.{done}",))
        writer.execute("UPDATE households SET notes = ? WHERE id = 1", (f"step {done}",))
        writer.execute("COMMIT")

    copy = backup_to(office, tmp_path / "backups", progress=commit_between_steps)
    writer.close()
    assert len(steps) > 10 and steps[-1][0] == steps[-1][1]
    assert integrity(copy) == "ok"
    assert rows(copy) == before  # none of the commits made during the copy
    assert len(rows(office)["settings"]) == len(before["settings"]) + min(len(steps), 40)


def test_a_backup_neither_waits_for_nor_sees_an_open_write_transaction(office, tmp_path):
    database = open_database(office)
    try:
        HouseholdFormService(database.session_factory).delete(1, user_name="ลบ")
        committed = rows(office)
        with database.engine.connect() as connection:  # BEGIN ... still open below
            connection.exec_driver_sql("UPDATE households SET notes = 'ยังไม่บันทึก'")
            connection.exec_driver_sql("DELETE FROM assistance")
            copy = backup_to(office, tmp_path / "backups")
            connection.rollback()
    finally:
        database.close()
    assert integrity(copy) == "ok"
    assert rows(copy) == committed
    assert len(committed["households"]) == 199


def test_the_copy_is_named_private_and_counted_like_the_office(office, tmp_path) -> None:
    database = open_database(office)
    counts = OfficeService(database.session_factory).counts()
    database.close()
    when = dt.datetime(2025, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    copy = backup_to(office, tmp_path / "usb", now=when)
    assert copy.name == f"office-{when.astimezone():%Y%m%d-%H%M%S}-manual.sqlite3"
    assert copy.parent == tmp_path / "usb" and os.listdir(copy.parent) == [copy.name]
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    (info,) = list_backups(copy.parent)
    assert (info.households, info.members, info.projects, info.assistance) == (
        counts.households,
        counts.members,
        counts.projects,
        counts.assistance,
    )
    assert info.households == 200 and info.ok and info.label == "manual"
    assert info.taken_at == when and info.size_bytes == copy.stat().st_size
    assert rows(copy) == rows(office)
    with open(copy, "rb") as handle:  # rollback-journal mode: readable from read-only media
        assert handle.read(20)[18:20] == b"\x01\x01"


def test_two_backups_in_one_second_get_two_names(office, tmp_path) -> None:
    when = dt.datetime(2025, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    first = backup_to(office, tmp_path, now=when)
    second = backup_to(office, tmp_path, now=when)
    assert first != second and second.name.endswith("-manual-2.sqlite3")
    assert [info.path for info in list_backups(tmp_path)] == [second, first]


# Failures leave nothing -------------------------------------------------------------------


def test_an_unwritable_folder_fails_in_thai_and_english_and_leaves_nothing(office, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(BackupFailed) as raised:
        backup_to(office, blocker / "backups")
    assert raised.value.reason is BackupProblem.FOLDER_NOT_WRITABLE
    assert "โฟลเดอร์" in raised.value.message_th and "folder" in raised.value.message_en
    assert sorted(os.listdir(tmp_path)) == ["a-file", "office"]


def test_running_out_of_space_mid_copy_leaves_nothing(office, tmp_path) -> None:
    """A child process whose files may not grow past 300 KB: the copy fails part way."""
    folder = tmp_path / "small"
    folder.mkdir()
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))\n"
        "from desktop.services.safety.backups import BackupFailed, backup_to\n"
        "try:\n"
        "    backup_to(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "except BackupFailed as error:\n"
        "    print(error.reason.name, error.message_th, sep='|')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(office), str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    reason, thai = result.stdout.strip().split("|")
    assert reason in ("DISK_FULL", "WRITE_FAILED") and thai
    assert os.listdir(folder) == []


def test_a_disk_reported_full_is_refused_before_writing(office, tmp_path, monkeypatch) -> None:
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(backup_copy.shutil, "disk_usage", lambda _path: usage._replace(free=4096))
    with pytest.raises(BackupFailed) as raised:
        backup_to(office, tmp_path / "usb")
    assert raised.value.reason is BackupProblem.DISK_FULL
    assert "พื้นที่" in raised.value.message_th
    assert os.listdir(tmp_path / "usb") == []


def test_a_cancelled_backup_leaves_nothing(office, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(backup_copy, "PAGES_PER_STEP", 8)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(BackupCancelled):
        backup_to(office, tmp_path / "usb", cancelled=cancelled)
    assert os.listdir(tmp_path / "usb") == []


def test_a_damaged_database_is_not_backed_up(office, tmp_path) -> None:
    _garble(office)
    with pytest.raises(BackupFailed) as raised:
        backup_to(office, tmp_path / "usb")
    assert raised.value.reason in (BackupProblem.COPY_DAMAGED, BackupProblem.SOURCE_UNREADABLE)
    assert os.listdir(tmp_path / "usb") == []


def test_partial_files_of_dead_processes_are_removed_and_nothing_else(office, tmp_path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(dead.stdout)
    stale = [
        folder / f".office-20250101-120000-close.sqlite3.{dead_pid}.partial",
        folder / f".office-20250101-120000-close.sqlite3.{dead_pid}.partial-journal",
    ]
    live = folder / f".office-20250101-130000-close.sqlite3.{os.getpid()}.partial"
    others = [folder / "notes.partial", folder / ".hidden", folder / "office.sqlite3.partial"]
    for path in (*stale, live, *others):
        path.write_bytes(b"x")
    assert list_backups(folder) == []
    assert sorted(os.listdir(folder)) == sorted(path.name for path in (live, *others))
    for path in stale:
        path.write_bytes(b"x")
    backup_to(office, folder)
    assert not any(path.exists() for path in stale) and live.exists()


# Rotation, daily copies, staleness -----------------------------------------------------


def test_rotation_keeps_the_newest_ten_and_the_newest_of_each_month(tmp_path) -> None:
    folder = tmp_path
    january = [backup_file(folder, local(2025, 1, day), "daily") for day in (5, 15, 25)]
    february = [
        backup_file(folder, local(2025, 2, 10), "close"),
        backup_file(folder, local(2025, 2, 20), "daily"),
    ]
    march = [backup_file(folder, local(2025, 3, day), "close") for day in range(1, 13)]
    kept_for_good = [
        backup_file(folder, local(2025, 1, 1), "manual"),
        backup_file(folder, local(2025, 1, 2), "before-restore"),
        backup_file(folder, local(2025, 1, 3), "close", stem="other"),  # another database
        folder / "notes.txt",
        folder / "office.sqlite3",
        folder / "office-2025-close.sqlite3",
    ]
    for path in kept_for_good[3:]:
        path.write_text("not a backup")
    # By hand: the newest ten are 3–12 March; the newest of January is the 25th, of
    # February the 20th (March's, the 12th, is among the ten).
    deleted = {january[0], january[1], february[0], march[0], march[1]}
    assert set(rotate(folder)) == deleted
    survivors = {*january, *february, *march, *kept_for_good} - deleted
    assert set(folder.iterdir()) == survivors
    assert rotate(folder) == []


def test_daily_copies_once_a_day_close_copies_every_time(office, tmp_path) -> None:
    folder = default_backups_dir(office)
    assert folder == office.parent / "backups"
    morning = local(2025, 5, 1, 8)
    first = automatic_backup(office, folder, reason="daily", now=morning)
    assert first is not None and parse_backup_name(first).label == "daily"
    assert automatic_backup(office, folder, reason="daily", now=local(2025, 5, 1, 18)) is None
    closing = automatic_backup(office, folder, reason="close", now=local(2025, 5, 1, 19))
    assert closing is not None
    next_day = automatic_backup(office, folder, reason="daily", now=local(2025, 5, 2, 8))
    assert next_day is not None
    assert last_backup(folder, stem="office") == local(2025, 5, 2, 8).astimezone(dt.UTC)
    assert last_backup(folder, stem="another") is None


def test_automatic_backups_are_rotated(office, tmp_path) -> None:
    folder = tmp_path / "backups"
    made = [
        automatic_backup(office, folder, reason="close", now=local(2025, 6, 1, 8) + step)
        for step in (dt.timedelta(minutes=minute) for minute in range(12))
    ]
    assert [info.path for info in list_backups(folder)] == made[::-1][:10]


def test_a_backup_is_stale_when_none_is_younger_than_seven_days() -> None:
    now = dt.datetime(2025, 6, 8, 12, tzinfo=dt.UTC)
    assert backup_is_stale(None, now)
    assert not backup_is_stale(now - dt.timedelta(days=6, hours=23), now)
    assert backup_is_stale(now - dt.timedelta(days=7), now)
    assert backup_is_stale(now - dt.timedelta(days=3), now, days=2)


def test_last_backup_is_the_newest_by_name(tmp_path) -> None:
    assert last_backup(tmp_path) is None
    assert last_backup(tmp_path / "missing") is None
    backup_file(tmp_path, local(2025, 1, 5), "manual")
    backup_file(tmp_path, local(2025, 2, 5), "close")
    (tmp_path / "office-20991231-000000-close.sqlite3.123.partial").write_bytes(b"")
    assert last_backup(tmp_path) == local(2025, 2, 5).astimezone(dt.UTC)


# Listing ---------------------------------------------------------------------------------


def test_a_damaged_copy_is_listed_as_not_ok(office, tmp_path) -> None:
    folder = tmp_path / "backups"
    good = backup_to(office, folder, now=local(2025, 1, 1))
    cut = backup_to(office, folder, now=local(2025, 1, 2))
    garbled = backup_to(office, folder, now=local(2025, 1, 3))
    with open(cut, "r+b") as handle:
        handle.truncate(cut.stat().st_size // 2)
    _garble(garbled, header_too=False)
    quick = {info.path: info.ok for info in list_backups(folder)}
    assert quick[good] and not quick[cut]
    verified = {info.path: info.ok for info in list_backups(folder, verify=True)}
    assert verified == {good: True, cut: False, garbled: False}


# Restore ---------------------------------------------------------------------------------


def test_restore_round_trip_keeps_the_current_file_first(office, tmp_path) -> None:
    folder = default_backups_dir(office)
    saved = backup_to(office, tmp_path / "usb")
    saved_rows = rows(office)
    database = open_database(office)
    service = HouseholdFormService(database.session_factory)
    for household_id in (1, 2, 3):
        service.delete(household_id, user_name="ลบ")
    database.close()
    changed_rows = rows(office)
    assert changed_rows != saved_rows

    before = restore(office, saved, backups_dir=folder)

    assert rows(office) == saved_rows
    assert before is not None and before.parent == folder
    assert parse_backup_name(before).label == "before-restore"
    assert rows(before) == changed_rows
    assert integrity(office) == "ok"
    if os.name == "posix":
        assert stat.S_IMODE(office.stat().st_mode) == 0o600
        assert stat.S_IMODE(before.stat().st_mode) == 0o600
    assert not [p for p in office.parent.iterdir() if p.name.endswith(("partial", "-wal"))]
    reopened = open_database(office)  # the app opens it as usual
    assert OfficeService(reopened.session_factory).counts().households == 200
    reopened.close()


def test_restore_into_a_new_place_needs_no_current_file(office, tmp_path) -> None:
    saved = backup_to(office, tmp_path / "usb")
    target = tmp_path / "new-computer" / "office.sqlite3"
    assert restore(target, saved, backups_dir=default_backups_dir(target)) is None
    assert rows(target) == rows(office)


def test_restore_refuses_while_the_database_is_open(office, tmp_path) -> None:
    saved = backup_to(office, tmp_path / "usb")
    database = open_database(office)
    try:
        OfficeService(database.session_factory).counts()  # a pooled connection is open
        before = office.read_bytes()
        with pytest.raises(BackupFailed) as raised:
            restore(office, saved, backups_dir=tmp_path / "backups")
        assert raised.value.reason is BackupProblem.DATABASE_IN_USE
        assert "ปิด" in raised.value.message_th
    finally:
        database.close()
    assert office.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def _garble(path: Path, *, header_too: bool = True) -> None:
    """Scribble over pages in the middle of the file (and its schema page, if asked)."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    first = page_size if header_too else len(data) // 2
    for offset in range(first, min(len(data), first + 12 * page_size)):
        data[offset] = (offset * 7) % 251
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()


def _foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.close()


def _text(path: Path) -> None:
    path.write_text("ครัวเรือน, not a database\n" * 100, encoding="utf-8")


def _truncated(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _empty_database(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 1")  # a header, but no tables
    connection.close()


@pytest.mark.parametrize(
    ("spoil", "problem"),
    [
        (_garble, OpenProblem.CORRUPT),
        (lambda path: _garble(path, header_too=False), OpenProblem.CORRUPT),
        (_truncated, OpenProblem.CORRUPT),
        (_newer, OpenProblem.NEWER_VERSION),
        (_foreign, OpenProblem.FOREIGN_DATABASE),
        (_text, OpenProblem.NOT_A_DATABASE),
        (_empty_database, OpenProblem.NOT_A_DATABASE),
    ],
    ids=["garbled", "garbled-data", "truncated", "newer", "foreign", "text", "empty-sqlite"],
)
def test_restore_refuses_a_bad_backup_and_changes_nothing(office, tmp_path, spoil, problem):
    bad = backup_to(office, tmp_path / "usb")
    spoil(bad)
    before = office.read_bytes()
    folder = tmp_path / "backups"
    with pytest.raises(BackupRefused) as raised:
        restore(office, bad, backups_dir=folder)
    assert raised.value.problem is problem
    assert raised.value.message_th and raised.value.message_en
    assert office.read_bytes() == before
    assert sorted(os.listdir(office.parent)) == ["office.sqlite3"]
    assert not folder.exists()  # not even the before-restore copy: it was refused first


def test_inspect_backup_previews_date_counts_and_schema(office, tmp_path) -> None:
    when = dt.datetime(2025, 7, 1, 9, 30, tzinfo=dt.UTC)
    saved = backup_to(office, tmp_path, now=when)
    info = inspect_backup(saved)
    connection = sqlite3.connect(office)
    expected = [
        connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("households", "members", "projects", "assistance")
    ]
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    assert [info.households, info.members, info.projects, info.assistance] == expected
    assert (info.taken_at, info.schema_revision, info.ok) == (when, revision, True)
    renamed = saved.rename(tmp_path / "copy from the stick.sqlite3")
    assert inspect_backup(renamed).taken_at == dt.datetime.fromtimestamp(
        renamed.stat().st_mtime, dt.UTC
    )
    with pytest.raises(BackupRefused) as raised:
        inspect_backup(tmp_path / "missing.sqlite3")
    assert raised.value.problem is OpenProblem.CANNOT_READ


def test_a_damaged_current_database_is_kept_byte_for_byte_before_restoring(office, tmp_path):
    saved = backup_to(office, tmp_path / "usb")
    good_rows = rows(office)
    _garble(office)
    damaged = office.read_bytes()
    before = restore(office, saved, backups_dir=tmp_path / "backups")
    assert before is not None and before.read_bytes() == damaged
    assert rows(office) == good_rows and integrity(office) == "ok"


def test_restore_refuses_at_once_while_another_thread_has_it_open(office, tmp_path) -> None:
    """A connection held by another thread counts as open: refused without waiting."""
    saved = backup_to(office, tmp_path / "usb")
    opened, done = threading.Event(), threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(office)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("SELECT count(*) FROM households").fetchone()
        opened.set()
        done.wait(30)
        connection.close()

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        opened.wait(30)
        started = time.monotonic()
        with pytest.raises(BackupFailed) as raised:
            restore(office, saved, backups_dir=tmp_path / "backups")
        assert raised.value.reason is BackupProblem.DATABASE_IN_USE
        assert time.monotonic() - started < 2
    finally:
        done.set()
        thread.join()
    assert restore(office, saved, backups_dir=tmp_path / "backups") is not None
