"""Kill-safety: the app's own code is killed with SIGKILL at random moments during a
household save, an import and a backup (20 times each, more if fewer than MIN_DURING
kills landed inside a write); afterwards the database passes ``PRAGMA integrity_check``
and each change is there whole or not at all. POSIX only (fork, SIGKILL).

The operations run in child processes forked from one warmed-up server process (this
module run as ``python -m tests.test_kill_safety``), so a run costs the operation, not
Python's start-up. The test tells the server when to kill its child: a random delay
(seeded) of up to 1.3 times the operation's measured duration, so kills land before,
during and after it. Each child prints "ready", then "begin"/"end" around each write,
which tells where a kill landed. Run with ``-s`` to see the tallies.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from db.database import open_database
from desktop.services.households import HouseholdDraft, MemberDraft
from desktop.services.households.form import HouseholdFormService
from desktop.services.safety import backup_to
from desktop.services.safety.backup_files import parse_backup_name
from desktop.services.safety.backups import list_backups

ROOT = Path(__file__).resolve().parent.parent
KILLS = 20
MIN_DURING = 5
SEED = 2567
KILL_USER = "ทดสอบการหยุดกะทันหัน"
HOUSEHOLD_ID = 1
SAVES = 4  # versions A, B, A, B of one household, each one save
TIMESTAMP_COLUMNS = {"created_at", "updated_at", "at"}  # differ between identical runs

Say = Callable[[str], None]


# The operations: run by the children, and by the test itself for the expected states ----


def set_version(draft: HouseholdDraft, number: int) -> None:
    """Version A (even numbers) or B of the household: fields of the household, of two
    members, and a member added (A) or removed again (B)."""
    first = number % 2 == 0
    draft.notes = "ฉบับ ก: ตรวจเยี่ยมแล้ว" if first else "ฉบับ ข: ย้ายบ้าน"
    draft.house_no = "99/1" if first else "99/2"
    draft.members[0].first_name = "ทดสอบก" if first else "ทดสอบข"
    draft.members[1].occupation_main = "farmer" if first else "none"
    if first:
        draft.members.append(
            MemberDraft(
                first_name="สมาชิกใหม่",
                last_name="ทดสอบ",
                sex="F",
                birth_date="01/01/2540",
                relation="child",
            )
        )
    else:
        draft.members.pop()


def save_household(database_path: Path, say: Say) -> None:
    say("ready")
    database = open_database(database_path)
    try:
        service = HouseholdFormService(
            database.session_factory, before_write=database.integrity.wait
        )
        draft = service.load(HOUSEHOLD_ID)
        for number in range(SAVES):
            set_version(draft, number)
            say("begin")
            service.save(draft, user_name=KILL_USER, today=dt.date.today())
            say("end")
    finally:
        database.close()


def import_workbook(database_path: Path, book: Path, say: Say) -> None:
    from desktop.services.exchange.import_ import apply_plan, plan_import

    database = open_database(database_path)
    try:
        with plan_import(database.session_factory, book) as plan:
            assert plan.is_clean and len(plan.updates) >= 20
            say("ready")
            say("begin")
            apply_plan(
                database.session_factory,
                plan,
                user_name=KILL_USER,
                before_write=database.integrity.wait,
            )
            say("end")
    finally:
        database.close()


def take_backup(database_path: Path, folder: Path, say: Say) -> None:
    say("ready")
    say("begin")
    backup_to(database_path, folder)
    say("end")


def run_operation(command: dict[str, str], say: Say) -> None:
    database = Path(command["db"])
    if command["op"] == "save":
        save_household(database, say)
    elif command["op"] == "import":
        import_workbook(database, Path(command["book"]), say)
    else:
        take_backup(database, Path(command["folder"]), say)


# The server: forks one child per command, kills it when told ----------------------------


def serve() -> None:
    def say(text: str) -> None:
        os.write(1, f"{text}\n".encode())  # unbuffered: survives the kill

    while line := sys.stdin.readline():
        command = json.loads(line)
        if command["op"] == "warm":
            for each in command["commands"]:
                run_operation(each, lambda _text: None)
            say("warm")
            continue
        pid = os.fork()
        if pid == 0:
            try:
                run_operation(command, say)
            except BaseException:
                say("error " + traceback.format_exc().replace("\n", " | "))
                os._exit(1)
            os._exit(0)
        if sys.stdin.readline().strip() == "kill":
            os.kill(pid, signal.SIGKILL)  # not yet reaped: the PID is still this child's
        _, status = os.waitpid(pid, 0)
        say(f"exit {status}")


@dataclass(frozen=True)
class Run:
    markers: list[str]
    killed: bool
    seconds: float  # from "ready" to the child's end

    @property
    def moment(self) -> str:
        """Where the kill landed: before the first write, during one, or after one."""
        if not self.killed:
            return "completed"
        if "begin" not in self.markers:
            return "before"
        return "during" if self.markers[-1] == "begin" else "after"


class Server:
    def __init__(self, scratch: Path) -> None:
        env = {**os.environ, "TMPDIR": str(scratch)}  # a killed import's staging file
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.test_kill_safety"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def _send(self, text: str) -> None:
        stdin: IO[str] = self._process.stdin  # type: ignore[assignment]
        stdin.write(text + "\n")
        stdin.flush()

    def _line(self) -> str:
        line = self._process.stdout.readline()  # type: ignore[union-attr]
        assert line, "the kill-test server stopped"
        assert not line.startswith("error"), line.replace(" | ", "\n")
        return line.strip()

    def warm(self, commands: list[dict[str, str]]) -> None:
        self._send(json.dumps({"op": "warm", "commands": commands}))
        assert self._line() == "warm"

    def run(self, command: dict[str, str], kill_after: float | None) -> Run:
        self._send(json.dumps(command))
        assert self._line() == "ready"
        started = time.monotonic()
        if kill_after is not None:
            time.sleep(kill_after)
        self._send("kill" if kill_after is not None else "wait")
        markers = ["ready"]
        while not (line := self._line()).startswith("exit "):
            markers.append(line)
        seconds = time.monotonic() - started
        status = int(line.split()[1])
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        assert killed or status == 0, markers
        return Run(markers, killed, seconds)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._process.stdin.close()  # type: ignore[union-attr]
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=30)


# Checking a database after a kill ---------------------------------------------------------


def database_state(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (timestamps left out), after SQLite's own recovery;
    fails unless the file passes the integrity and foreign key checks."""
    connection = sqlite3.connect(path)  # read-write: replays a log a killed writer left
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        state = {}
        for table in tables:
            columns = [
                f'"{name}"'
                for _cid, name, *_rest in connection.execute(f'PRAGMA table_info("{table}")')
                if name not in TIMESTAMP_COLUMNS
            ]
            select = f'SELECT {", ".join(columns)} FROM "{table}"'
            state[table] = sorted(connection.execute(select).fetchall(), key=repr)
        return state
    finally:
        connection.close()


def kill_repeatedly(
    server: Server,
    name: str,
    command: Callable[[int], dict[str, str]],
    check: Callable[[dict[str, str], Run], str],
) -> Counter[str]:
    """Measure the operation, then kill it KILLS times at random moments (more, up to
    twice as many, until at least MIN_DURING kills landed inside a write)."""
    durations = []
    for attempt in (-3, -2, -1):  # the quickest of three uninterrupted runs: a busy
        each = command(attempt)  # machine only ever makes a run slower
        run = server.run(each, kill_after=None)
        check(each, run)
        durations.append(run.seconds)
    window = 1.3 * min(durations)
    rng = random.Random(f"{SEED}-{name}")
    tally: Counter[str] = Counter()
    attempt = 0
    while attempt < KILLS or (tally["during"] < MIN_DURING and attempt < 2 * KILLS):
        each = command(attempt)
        run = server.run(each, kill_after=rng.uniform(0, window))
        outcome = check(each, run)
        tally[run.moment] += 1
        tally[f"{run.moment}, {outcome}"] += 1
        attempt += 1
    print(
        f"\n{name}: {attempt} kills over {window * 1000:.0f} ms;"
        f" {tally['during']} landed mid-operation; {dict(sorted(tally.items()))}"
    )
    assert tally["during"] >= MIN_DURING, tally  # enough kills inside a write to prove it
    return tally


# Fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("kill-safety")


@pytest.fixture(scope="module")
def base(workspace: Path) -> Path:
    from desktop.services.demo import create_demo_database

    path = workspace / "base.sqlite3"
    create_demo_database(path, 200)
    return path


@pytest.fixture(scope="module")
def book(base: Path, workspace: Path) -> Path:
    """The exchange workbook of the base office's largest subdistrict (a small workbook
    plans fast), with 40 members' names and 20 households' notes edited."""
    import openpyxl

    from desktop.services.exchange.export import ExportOptions, export_workbook
    from desktop.services.exchange.layout import SHEET_BY_NAME
    from tests.test_exchange_import import column_of

    with contextlib.closing(sqlite3.connect(base)) as connection:
        subdistrict = connection.execute(
            "SELECT substr(village_code, 1, 6) FROM households GROUP BY 1"
            " ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    copy = fresh_copy(base, workspace / "export")
    database = open_database(copy)
    exported = workspace / "exported.xlsx"
    options = ExportOptions(scope_subdistrict=subdistrict)
    export_workbook(database.session_factory, exported, options, exported_on=dt.date(2025, 6, 1))
    database.close()
    workbook = openpyxl.load_workbook(exported)
    members = workbook[SHEET_BY_NAME["members"].title_th]
    for row in range(3, 43):
        members.cell(row, column_of(members, "first_name")).value = f"ชื่อนำเข้า{row}"
    households = workbook[SHEET_BY_NAME["households"].title_th]
    for row in range(3, 23):
        households.cell(row, column_of(households, "notes")).value = f"นำเข้าแถว {row}"
    edited = workspace / "edited.xlsx"
    workbook.save(edited)
    return edited


@pytest.fixture(scope="module")
def server(base: Path, book: Path, workspace: Path) -> Iterator[Server]:
    scratch = workspace / "server"
    scratch.mkdir()
    server = Server(scratch)
    try:
        server.warm(  # the children start warm, like an app that has been running
            [
                {"op": "save", "db": str(fresh_copy(base, scratch / "save"))},
                {"op": "import", "db": str(fresh_copy(base, scratch / "imp")), "book": str(book)},
                {"op": "backup", "db": str(base), "folder": str(scratch / "backups")},
            ]
        )
        yield server
    finally:
        server.close()


def fresh_copy(base: Path, folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return Path(shutil.copyfile(base, folder / "office.sqlite3"))


# The tests --------------------------------------------------------------------------------


def test_killing_a_household_save_leaves_it_whole_or_absent(server, base, workspace) -> None:
    expected = [database_state(base)]  # after 0, 1, 2... saves, by the same code in-process

    def record(marker: str) -> None:
        if marker == "end":
            expected.append(database_state(reference))

    reference = fresh_copy(base, workspace / "save-reference")
    save_household(reference, record)
    assert len(expected) == SAVES + 1 and expected[1] != expected[0] != expected[2]

    def command(attempt: int) -> dict[str, str]:
        return {"op": "save", "db": str(fresh_copy(base, workspace / "save-run"))}

    def check(each: dict[str, str], run: Run) -> str:
        saves = expected.index(database_state(Path(each["db"])))  # ValueError: torn
        ended = run.markers.count("end")
        assert saves in (ended, ended + 1), (saves, run.markers)  # + 1: killed after COMMIT
        return f"{saves} saves whole"

    kill_repeatedly(server, "household save", command, check)


def test_killing_an_import_leaves_all_of_it_or_none(server, base, book, workspace) -> None:
    before = database_state(base)
    reference = fresh_copy(base, workspace / "import-reference")
    import_workbook(reference, book, lambda _marker: None)
    after = database_state(reference)
    changed = [table for table in after if after[table] != before[table]]
    assert {"households", "members", "change_log"} <= set(changed)

    def command(attempt: int) -> dict[str, str]:
        copy = fresh_copy(base, workspace / "import-run")
        return {"op": "import", "db": str(copy), "book": str(book)}

    def check(each: dict[str, str], run: Run) -> str:
        state = database_state(Path(each["db"]))
        assert state in (before, after), "an import was torn"
        if state == after:
            assert "begin" in run.markers
            return "imported"
        assert "end" not in run.markers
        return "not imported"

    kill_repeatedly(server, "import", command, check)


def test_killing_a_backup_leaves_a_whole_copy_or_none(server, base, workspace) -> None:
    source = database_state(base)

    def command(attempt: int) -> dict[str, str]:
        folder = workspace / "backup-run"
        shutil.rmtree(folder, ignore_errors=True)
        return {"op": "backup", "db": str(base), "folder": str(folder)}

    def check(each: dict[str, str], run: Run) -> str:
        folder = Path(each["folder"])
        files = sorted(folder.iterdir()) if folder.exists() else []
        finished = [path for path in files if parse_backup_name(path) is not None]
        partial = [path for path in files if path not in finished]
        assert len(finished) <= 1, files
        assert all(path.name.startswith(".") and ".partial" in path.name for path in partial)
        if run.moment in ("completed", "after"):
            assert len(finished) == 1
        if finished:
            assert database_state(finished[0]) == source
        assert database_state(base) == source  # the database itself is untouched
        infos = list_backups(folder) if folder.exists() else []  # removes the partials
        assert [info.path for info in infos] == finished and all(info.ok for info in infos)
        assert (sorted(folder.iterdir()) if folder.exists() else []) == finished
        if finished:
            return "copy kept"
        return "partial cleaned" if partial else "nothing written"

    kill_repeatedly(server, "backup", command, check)


if __name__ == "__main__":
    serve()
