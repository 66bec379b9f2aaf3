"""Export the office's data to the exchange workbook (docs/workbook.md).

``export_workbook`` is plain Python with no Qt: the GUI runs it on a worker thread and
passes a ``progress(done, total)`` callback and a ``cancelled()`` poll. The workbook is
written to ``.<name>.part`` beside the chosen file and renamed onto it only when complete,
so a failed or cancelled export never leaves a half file under the chosen name (and an
existing file there stays as it was). All sheets are read in one read transaction: one
consistent snapshot even while the clerk keeps working.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.exchange.export.overview import (
    district_codes,
    metadata_items,
    metadata_values,
    read_office,
    subdistrict_name,
    summary_rows,
)
from desktop.services.exchange.export.province_sheets import (
    DISTRICT_TOTALS,
    ID_CONFLICTS,
    conflict_rows,
    province_summaries,
)
from desktop.services.exchange.export.queries import data_queries
from desktop.services.exchange.export.rows import RowScope
from desktop.services.exchange.export.sending import refuse_unsigned_sending
from desktop.services.exchange.export.sheet_writer import ExchangeWorkbook
from desktop.services.exchange.layout import sheet
from desktop.services.quality import read_sign_off
from desktop.services.safety import replace_private
from desktop.services.thai import MAX_BE_YEAR, MIN_BE_YEAR, fiscal_year_bounds

Progress = Callable[[int, int], None]
"""``(done, total)`` in work units: rows written, plus a share for packaging the file."""
PACKAGING_SHARE = 0.15  # of the rows' units, for assembling the .xlsx at the end
FETCH_ROWS = 4000


class ExportCancelled(Exception):
    """The ``cancelled`` callback said stop; nothing was left under the chosen name."""


class ExportProblem(enum.Enum):
    SUBDISTRICT_CODE = "subdistrict_code"  # not 6 digits
    UNKNOWN_SUBDISTRICT = "unknown_subdistrict"
    FISCAL_YEAR = "fiscal_year"  # not a BE year


class InvalidExportOptions(ValueError):
    def __init__(self, problem: ExportProblem, value: object) -> None:
        super().__init__(f"{problem.value}: {value!r}")
        self.problem = problem
        self.value = value


@dataclass(frozen=True)
class ExportOptions:
    scope_subdistrict: str | None = None
    """Only this subdistrict's households (6-digit code) and what hangs on them."""
    fiscal_year: int | None = None
    """Only projects, key results, progress reports and assistance of this BE fiscal year."""
    mask_ids: bool = False
    aggregates_only: bool = False
    """Metadata, summary and the project sheets only: no household, member or ID."""
    sending: bool = False
    """The workbook goes to the province (the Exchange page, the command line without
    ``--unsigned``): with personal data in the clear it is refused unless signed off."""

    @property
    def personal_data_in_clear(self) -> bool:
        """Names and full national IDs: neither aggregates only nor masked."""
        return not self.aggregates_only and not self.mask_ids

    def __post_init__(self) -> None:
        if self.scope_subdistrict == "":  # "all", as a combo box may say it
            object.__setattr__(self, "scope_subdistrict", None)

    def check(self) -> None:
        code = self.scope_subdistrict
        if code is not None and not (len(code) == 6 and code.isascii() and code.isdigit()):
            raise InvalidExportOptions(ExportProblem.SUBDISTRICT_CODE, code)
        year = self.fiscal_year
        if year is not None and not MIN_BE_YEAR <= year <= MAX_BE_YEAR:
            raise InvalidExportOptions(ExportProblem.FISCAL_YEAR, year)

    def row_scope(self) -> RowScope:
        start, end = ("", "")
        if self.fiscal_year is not None:
            first, last = fiscal_year_bounds(self.fiscal_year)
            start, end = first.isoformat(), last.isoformat()
        return RowScope(
            subdistrict=self.scope_subdistrict,
            fiscal_year=self.fiscal_year,
            fiscal_year_start=start,
            fiscal_year_end=end,
            mask_ids=self.mask_ids,
            aggregates_only=self.aggregates_only,
        )


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    """Data rows per written sheet (machine name), in workbook order."""

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def part_path(out: Path) -> Path:
    """Where the workbook is written before it is complete: ``<dir>/.<name>.part``."""
    return out.with_name(f".{out.name}.part")


class _Ticker:
    """Counts written rows, reports progress and raises ExportCancelled when asked to."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress, self.cancelled = progress, cancelled
        self.done, self.total = 0, 0

    def __call__(self, rows: int) -> None:
        self.done += rows
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled
        if self.progress is not None:
            self.progress(self.done, self.total)


def export_workbook(
    session_factory: sessionmaker[Session],
    out: Path,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    exported_on: dt.date | None = None,
) -> ExportSummary:
    """Write the exchange workbook to ``out``; return the rows per sheet.

    Raises ExportCancelled, InvalidExportOptions, ExportNotSignedOff (a sending export
    with no sign-off of the data as it is: see sending.py), or the OSError of a file that cannot be
    written; in every case ``out`` is as it was and no ``.part`` file is left.
    """
    options = options or ExportOptions()
    options.check()
    out = Path(out)
    part = part_path(out)
    ticker = _Ticker(progress, cancelled)
    ticker(0)
    temp_dir: Path | None = None
    book: ExchangeWorkbook | None = None
    try:
        replace_private(part)  # an unwritable folder fails now, not after all the work
        temp_dir = Path(tempfile.mkdtemp(prefix="district-desk-export-"))
        book = ExchangeWorkbook(part, temp_dir)
        with session_factory() as session:
            rows = _write_sheets(
                book, session.connection(), options, ticker, exported_on or dt.date.today()
            )
        book.close()
        ticker.done = ticker.total
        ticker(0)
        _flush_to_disk(part)
        os.replace(part, out)
    except BaseException:
        if book is not None:
            book.discard()
        part.unlink(missing_ok=True)
        raise
    finally:
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
    return ExportSummary(out, rows)


def _write_sheets(
    book: ExchangeWorkbook,
    connection: Connection,
    options: ExportOptions,
    ticker: _Ticker,
    exported_on: dt.date,
) -> dict[str, int]:
    scope = options.row_scope()
    office = read_office(connection)
    sign_off = read_sign_off(connection)  # in the export's read transaction: its data
    if options.sending and options.personal_data_in_clear and not office.is_province:
        refuse_unsigned_sending(sign_off)
    scope_name = ""
    if scope.subdistrict is not None:
        scope_name = subdistrict_name(connection, scope.subdistrict) or ""
        if not scope_name:
            raise InvalidExportOptions(ExportProblem.UNKNOWN_SUBDISTRICT, scope.subdistrict)
    params = scope.params
    queries = data_queries(scope)
    districts = district_codes(connection, office)
    summary = summary_rows(connection, scope, districts)
    # A provincial office: totals by district and a summary per district, not one summary.
    summaries = [(sheet("summary"), summary)]
    conflicts: list[tuple] = []
    if office.is_province:
        totals, per_district = province_summaries(connection, districts, summary)
        summaries = [(DISTRICT_TOTALS, totals), *per_district]
        if not scope.aggregates_only:
            conflicts = conflict_rows(connection, scope)
    data_rows = sum(len(rows) for _, rows in summaries) + len(conflicts)
    data_rows += sum(
        connection.exec_driver_sql(query.count, params).scalar_one() for query in queries
    )
    ticker.total = data_rows + int(data_rows * PACKAGING_SHARE) + 1

    metadata = sheet("metadata")
    metadata_sheet = book.add_items_sheet(metadata)
    rows = {layout.name: book.write_rows(layout, found, ticker) for layout, found in summaries}
    # The driver's own cursor, in the session's transaction: plain tuples, no Row objects.
    driver = connection.connection.driver_connection
    assert driver is not None
    for query in queries:
        cursor = driver.execute(query.select, params)
        try:
            rows[query.sheet] = book.write_rows(sheet(query.sheet), _stream(cursor), ticker)
        finally:
            cursor.close()
    if office.is_province and not scope.aggregates_only:
        rows[ID_CONFLICTS.name] = book.write_rows(ID_CONFLICTS, conflicts, ticker)
    values = metadata_values(office, scope, scope_name, exported_on, sign_off)
    titles = {layout.name: layout.title_th for layout, _ in summaries}
    titles[ID_CONFLICTS.name] = ID_CONFLICTS.title_th
    items = metadata_items(values, list(rows.items()), titles)
    rows = {"metadata": book.write_items(metadata_sheet, metadata, items), **rows}
    book.activate_first()
    return rows


def _stream(cursor: Any) -> Iterator[Sequence[Any]]:
    """Rows as SQLite steps through them, a batch of FETCH_ROWS at a time."""
    while batch := cursor.fetchmany(FETCH_ROWS):
        yield from batch


def _flush_to_disk(path: Path) -> None:
    with contextlib.suppress(OSError), path.open("rb+") as handle:
        os.fsync(handle.fileno())
