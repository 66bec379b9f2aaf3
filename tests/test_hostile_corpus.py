"""Over a thousand hostile workbooks through the command line: whatever the file, the dry
run and the apply end with exit 0, 1 or 2, say something in Thai, never print a
traceback, and leave the database exactly as it was after every dry run and every
refused apply (tests/hostile_workbooks.py makes the files from a small real export)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import multiprocessing
import re
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.demo import generate_demo
from desktop.services.exchange.export import export_workbook
from desktop.services.office import create_office
from tests.hostile_workbooks import hostile_corpus

ROOT = Path(__file__).resolve().parent.parent
THAI = re.compile("[\u0e00-\u0e7f]")
SUBPROCESS_SAMPLES = (
    "old-xls",
    "billion-laughs-xl_workbook.xml",
    "row-bomb-1gb",
    "cell-sheet3.xml-",
)


def run_cli(args: list[str]) -> tuple[int, str]:
    """The command line's main, in this process; its exit status and all it printed."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        status = main(args)
    return status, printed.getvalue()


def dump(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return "\n".join(connection.iterdump())


class Database:
    """The office database of the run, compared after each command with its state before:
    byte for byte when the file is unchanged, else by its full SQL dump."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pristine = path.with_name("pristine.sqlite3")
        shutil.copyfile(path, self.pristine)
        self.bytes = self._digest()
        self.dump = dump(path)

    def _digest(self) -> str:
        side = [Path(f"{self.path}{end}") for end in ("-wal", "-journal")]
        assert not any(p.exists() and p.stat().st_size for p in side), "a write left open"
        return hashlib.sha256(self.path.read_bytes()).hexdigest()

    def unchanged(self) -> bool:
        return self._digest() == self.bytes or dump(self.path) == self.dump

    def reset(self) -> None:
        for end in ("-wal", "-shm"):
            Path(f"{self.path}{end}").unlink(missing_ok=True)
        shutil.copyfile(self.pristine, self.path)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, bytes]:
    folder = tmp_path_factory.mktemp("corpus")
    database = create_office(folder / "office.sqlite3", "6701", "สมศรี ใจดี")
    with database.session_factory.begin() as session:
        generate_demo(session, 4, seed=14)
    export_workbook(database.session_factory, folder / "source.xlsx")
    database.close()
    return Database(folder / "office.sqlite3"), (folder / "source.xlsx").read_bytes()


def check_books(pristine: str, books: list[str], folder: str) -> tuple[list[str], dict[int, int]]:
    """Both commands on each book against a copy of the database of its own (a worker
    process runs a share of the corpus); the problems found and the exit statuses."""
    path = Path(folder) / "office.sqlite3"
    shutil.copyfile(pristine, path)
    database = Database(path)
    problems: list[str] = []
    statuses: dict[int, int] = {}
    for book in books:
        for dry_run in (True, False):
            args = ["import", "--db", str(path), book]
            status, printed = run_cli([*args, "--dry-run"] if dry_run else args)
            statuses[status] = statuses.get(status, 0) + 1
            what = f"{Path(book).name} ({'dry run' if dry_run else 'apply'})"
            if status not in (0, 1, 2):
                problems.append(f"{what}: exit {status}")
            if not THAI.search(printed) or "Traceback" in printed:
                problems.append(f"{what}: {printed[-300:]!r}")
            if (dry_run or status == 2) and not database.unchanged():
                problems.append(f"{what}: the database changed")
        database.reset()
    return problems, statuses


def test_every_hostile_workbook_is_refused_or_imported_cleanly(office, tmp_path) -> None:
    database, source = office
    books = []
    for name, data in hostile_corpus(source):
        books.append(str(tmp_path / f"{name}.xlsx"))
        Path(books[-1]).write_bytes(data)
    assert len(books) >= 1000
    workers = 2  # CI's cores; each worker pays one interpreter start
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        shares = []
        for worker in range(workers):
            folder = tmp_path / f"worker-{worker}"
            folder.mkdir()
            share = books[worker::workers]
            shares.append(pool.submit(check_books, str(database.pristine), share, str(folder)))
        problems: list[str] = []
        statuses: dict[int, int] = {}
        for share in shares:
            found, counted = share.result()
            problems += found
            for status, count in counted.items():
                statuses[status] = statuses.get(status, 0) + count
    assert not problems, "\n".join(problems[:40])
    assert statuses.get(2, 0) > 600 and statuses.get(1, 0) > 50, statuses


def test_a_sample_runs_as_a_real_command(office, tmp_path) -> None:
    database, source = office
    sample = {}
    for name, data in hostile_corpus(source):
        prefix = next((p for p in SUBPROCESS_SAMPLES if name.startswith(p)), None)
        if prefix is not None and prefix not in sample:
            sample[prefix] = tmp_path / f"{name}.xlsx"
            sample[prefix].write_bytes(data)
    assert len(sample) == len(SUBPROCESS_SAMPLES)
    for book in sample.values():
        for extra in (["--dry-run"], []):
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "desktop",
                    "import",
                    "--db",
                    str(database.path),
                    str(book),
                    *extra,
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=120,
            )
            printed = result.stdout + result.stderr
            assert result.returncode in (0, 1, 2), (book.name, printed)
            assert THAI.search(printed) and "Traceback" not in printed, (book.name, printed)
            if extra or result.returncode == 2:
                assert database.unchanged(), book.name
        database.reset()
