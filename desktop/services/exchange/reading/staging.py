"""The staging file of one import: the workbook's rows, cleaned, in a scratch SQLite file.

A workbook of 100,000 households holds about 3 million rows: far too many to keep as
Python objects between the dry run and the clerk's go-ahead. They are written here as
they are read, in the office database's own representation (ISO dates, 0/1, satang,
codes), so checks and comparisons are set-based SQL, the office database attached
read-only, and applying is INSERT ... SELECT. The file is deleted when the plan is closed.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
import time
import weakref
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.values import name_sort_key

HOUSEHOLD_COLUMNS = (
    "key", "house_code", "house_no", "village_code", "moo", "village_name",
    "subdistrict_code", "subdistrict_name", "source_list", "has_welfare_card",
    "welfare_registered", "current_stage", "last_verified_on", "notes",
)  # fmt: skip
MEMBER_COLUMNS = (
    "household_key", "seq", "is_head", "title", "first_name", "last_name", "national_id",
    "sex", "birth_date", "relation", "education_status", "education_level", "literate",
    "occupation_main", "occupation_second", "disability", "chronic_illness", "bedridden",
    "welfare_card", "lives_here",
)  # fmt: skip
INCOME_COLUMNS = (
    "household_key",
    "member_seq",
    "survey_year",
    "category",
    "amount_satang",
    "cost_satang",
)
RESULT_COLUMNS = (
    "household_key",
    "survey_year",
    "indicator_id",
    "status",
    "verified_by",
    "verified_on",
)
STAGE_COLUMNS = ("household_key", "stage", "assessed_on", "assessor", "reason")
TABLES: dict[str, tuple[str, ...]] = {
    "s_households": HOUSEHOLD_COLUMNS,
    "s_members": MEMBER_COLUMNS,
    "s_income": INCOME_COLUMNS,
    "s_results": RESULT_COLUMNS,
    "s_stages": STAGE_COLUMNS,
}
_EXTRA = {
    "s_households": ", bad INTEGER NOT NULL DEFAULT 0, match_id INTEGER, action TEXT,"
    " new_id INTEGER, signature TEXT",
    "s_members": ", hh INTEGER, new_id INTEGER, name_key BLOB",
    "s_income": ", hh INTEGER, member_ord INTEGER",
    "s_results": ", hh INTEGER",
    "s_stages": ", hh INTEGER",
}
MAX_LISTED_REJECTIONS = 10_000  # kept in the plan object; all stay in the staging file


def _remove(connection: sqlite3.Connection, path: Path) -> None:
    with contextlib.suppress(sqlite3.Error):
        connection.close()
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


class Staging:
    """One import's scratch database. ``close`` deletes it (unless ``joined``)."""

    def __init__(self, joined: Path | None = None) -> None:
        """A new scratch file; or, with ``joined``, a connection to the scratch file another
        process created (the reading helper's), which ``close`` leaves for its creator."""
        if joined is None:
            handle, name = tempfile.mkstemp(prefix="district-desk-import-", suffix=".sqlite3")
            os.close(handle)
        self.path = Path(name) if joined is None else joined
        self.connection = sqlite3.connect(
            self.path, isolation_level=None, uri=True, check_same_thread=False
        )
        self.attached = False
        self.timings: dict[str, float] = {}
        self._since = time.perf_counter()
        if joined is not None:
            self._finalizer = weakref.finalize(self, self.connection.close)
            self.connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            return
        # Deleted with the plan even when nobody calls close() (or at exit).
        self._finalizer = weakref.finalize(self, _remove, self.connection, self.path)
        self.connection.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
            " PRAGMA temp_store = MEMORY; PRAGMA cache_size = -8000;"
        )
        script = []
        for table, columns in TABLES.items():
            script.append(
                f"CREATE TABLE {table} (ord INTEGER PRIMARY KEY, sheet TEXT, row INTEGER,"
                f" {', '.join(columns)}{_EXTRA[table]});"
            )
        script.append(
            "CREATE TABLE s_rejections (id INTEGER PRIMARY KEY, sheet TEXT, row INTEGER,"
            " col INTEGER, header TEXT, field TEXT, code TEXT, params TEXT,"
            " household_key TEXT);"
            "CREATE TABLE s_villages (code TEXT PRIMARY KEY, subdistrict_code TEXT,"
            " moo INTEGER, name_th TEXT);"
            "CREATE TABLE s_bad_keys (key TEXT PRIMARY KEY);"
        )
        self.connection.executescript("".join(script))

    def mark(self, phase: str) -> None:
        """Note the seconds spent since the last mark (benchmarks print them)."""
        now = time.perf_counter()
        self.timings[phase] = self.timings.get(phase, 0.0) + now - self._since
        self._since = now

    def close(self) -> None:
        self._finalizer()

    # Writing ----------------------------------------------------------------------------

    def insert(
        self, table: str, rows: Sequence[Sequence[Any]], extra: tuple[str, ...] = ()
    ) -> None:
        """Rows of (sheet, row, *TABLES[table] columns, *extra columns)."""
        if not rows:
            return
        columns = ("sheet", "row", *TABLES[table], *extra)
        marks = ", ".join("?" * len(columns))
        with self.connection:  # one transaction per batch, not one per row
            self.connection.execute("BEGIN")
            self.connection.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
            )

    def reject(
        self,
        sheet: str,
        row: int,
        code: RejectCode,
        *,
        col: int | None = None,
        header: str = "",
        field: str = "",
        params: dict[str, str] | None = None,
        household_key: str | None = None,
    ) -> None:
        self.connection.execute(
            "INSERT INTO s_rejections (sheet, row, col, header, field, code, params,"
            " household_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (sheet, row, col, header, field, code.value, json.dumps(params or {}), household_key),
        )

    def fill_name_keys(self) -> None:
        """The members' Thai sort keys (pyuca), for those staged without one."""
        self.connection.create_function("thai_key", 2, name_sort_key, deterministic=True)
        self.connection.execute(
            "UPDATE s_members SET name_key = thai_key(first_name, coalesce(last_name, ''))"
            " WHERE name_key IS NULL"
        )
        self.mark("name keys")

    def mark_bad(self, keys: Iterable[str]) -> None:
        """Households not to import (a row of theirs was rejected)."""
        self.connection.executemany(
            "INSERT OR IGNORE INTO s_bad_keys VALUES (?)", [(key,) for key in keys]
        )

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.connection.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def run(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, params)

    # The office database ----------------------------------------------------------------

    def attach_office(self, office_path: Path) -> None:
        """The office database, read-only, as schema ``office``."""
        if self.attached:
            return
        uri = f"{Path(office_path).resolve().as_uri()}?mode=ro"
        self.connection.execute("ATTACH DATABASE ? AS office", (uri,))
        self.attached = True

    def detach_office(self) -> None:
        if self.attached:
            self.connection.execute("DETACH DATABASE office")
            self.attached = False
