"""Reading a big workbook's indicator results and stage history in a second process.

Most of a big dry run is reading sheets, and reading is one core's work: calamine parses
a piece holding the GIL, and each row is converted in Python. The indicator results and
the stage history are about half of the rows of our exchange workbook, so a helper
process reads them, with the very code this process uses (parsing.read_sheet),
into a scratch file of its own, while this process reads households, members and income.
The helper needs the staged households' keys, so it begins once the households sheet is
read; its interpreter starts meanwhile. Its rows are then copied into the plan's staging
file: the tables are identical, so SQLite copies their records without decoding them.

The helper tells its progress (bytes of sheet XML) through a pipe, which this process
drains whenever it reports its own, so progress and cancel work as before. A refusal in
the helper (a missing column, a damaged piece, too many rows) arrives as the same
WorkbookRefused, and any other error (a full disk) as the same exception, raised once
this process has read its own sheets (so the first problem is the one a single process
would find); a helper that dies stops the import with RuntimeError. Either way, and on
cancel, the helper is stopped and its file deleted: nothing is kept.

Processes are started with "spawn" (never fork: the GUI calls this from a thread); a
frozen bundle needs multiprocessing.freeze_support() in its entry point (desktop/__main__).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from desktop.services.exchange.reading.parsing import read_sheet
from desktop.services.exchange.reading.rows import Lookups
from desktop.services.exchange.reading.staging import Staging
from desktop.services.exchange.reading.xlsx_file import MB, XlsxFile

HELPER_SHEETS = ("indicator_results", "stage_history")
HELPER_FROM_BYTES = 32 * MB
"""The helper's sheets must hold this much XML (about 4,000 households) for the helper to
start: below it, starting a Python process costs more than the helper saves."""
_COPIED_TABLES = ("s_results", "s_stages")
_REJECTION_COLUMNS = "sheet, row, col, header, field, code, params, household_key"
_WAIT_SECONDS = 0.2  # how often a waiting import asks whether it was cancelled


class ReadHelper:
    """The helper process of one import: created before the households sheet is read,
    ``start``-ed with the staged keys, ``finish``-ed into the staging file, ``close``-d."""

    def __init__(self, book: XlsxFile, lookups: Lookups) -> None:
        self._book = book
        self._report: Callable[[int], None] | None = book.on_bytes
        self._part = Staging()
        self._done = False
        self._failure: BaseException | None = None  # the helper's, raised by finish
        context = multiprocessing.get_context("spawn")
        self._connection, theirs = context.Pipe()
        self._process = context.Process(
            target=read_in_helper,
            args=(theirs, book.path, self._part.path, lookups),
            name="district-desk-import-reader",
            daemon=True,
        )
        try:
            self._process.start()
        except BaseException:
            self._connection.close()
            self._part.close()
            raise
        finally:
            theirs.close()
        book.on_bytes = self._on_bytes

    def start(self, households: dict[str, int]) -> None:
        """Let the helper read, with the staged households (key -> ordinal)."""
        try:
            self._connection.send(households)
        except OSError as error:  # the helper stopped before it read them
            self._drain(_WAIT_SECONDS)  # its reason, if it sent one, is for finish to raise
            if self._failure is None:
                raise RuntimeError(self._stopped()) from error

    def finish(self, staging: Staging) -> None:
        """Wait for the helper (reporting its progress), then copy its rows in; or raise
        what stopped it, only now: the sheets of this process are read first, so a
        workbook with two problems is refused for the one a single process finds."""
        staging.mark("read")
        while not self._done:
            self._drain(_WAIT_SECONDS)
            if not self._done and self._report is not None:
                self._report(0)  # asks whether the clerk cancelled
        if self._failure is not None:
            raise self._failure
        staging.mark("read: waiting for the helper")
        staging.run("ATTACH DATABASE ? AS part", (str(self._part.path),))
        try:
            for table in _COPIED_TABLES:
                staging.run(f"INSERT INTO {table} SELECT * FROM part.{table}")
            staging.run(
                f"INSERT INTO s_rejections ({_REJECTION_COLUMNS})"
                f" SELECT {_REJECTION_COLUMNS} FROM part.s_rejections ORDER BY id"
            )
            staging.run("INSERT OR IGNORE INTO s_bad_keys SELECT key FROM part.s_bad_keys")
        finally:
            staging.run("DETACH DATABASE part")
        staging.mark("read: the helper's rows copied")

    def close(self) -> None:
        """Stop the helper if it still runs and delete its file."""
        self._book.on_bytes = self._report
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._process.close()
        self._connection.close()
        self._part.close()

    def _on_bytes(self, size: int) -> None:
        self._drain(0)
        if self._report is not None:
            self._report(size)

    def _drain(self, timeout: float) -> None:
        while not self._done:
            try:
                if not self._connection.poll(timeout):
                    return
                message = self._connection.recv()
            except (EOFError, OSError) as error:
                raise RuntimeError(self._stopped()) from error
            self._take(message)
            timeout = 0

    def _stopped(self) -> str:
        self._process.join(1)
        return f"the import's reading helper stopped (exit code {self._process.exitcode})"

    def _take(self, message: tuple[str, Any]) -> None:
        kind, value = message
        if kind == "bytes":
            if self._report is not None:
                self._report(value)
        elif kind == "done":
            self._done = True
        else:  # "failed": the helper's own exception, for finish to raise as if read here
            self._failure = value
            self._done = True


def read_in_helper(
    connection: Connection, book_path: Path, staging_path: Path, lookups: Lookups
) -> None:
    """The helper process: read HELPER_SHEETS into ``staging_path`` once the staged
    households arrive, telling progress and the outcome through ``connection``."""
    try:
        staging = Staging(joined=staging_path)
        with XlsxFile(book_path) as book:
            book.on_bytes = lambda size: connection.send(("bytes", size))
            households = connection.recv()
            bad: set[str] = set()
            for name in HELPER_SHEETS:
                bad |= read_sheet(book, staging, lookups, name, households)
            staging.mark_bad(bad)
        staging.close()
        connection.send(("done", None))
    except EOFError:
        pass  # the import stopped before the households were read: nothing to do
    except BaseException as error:  # WorkbookRefused, a full disk...: the import's to tell
        try:
            connection.send(("failed", error))
        except Exception:  # an exception that cannot cross: its text does
            connection.send(("failed", RuntimeError(f"{type(error).__name__}: {error}")))
    finally:
        connection.close()
