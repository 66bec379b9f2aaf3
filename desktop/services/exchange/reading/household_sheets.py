"""Reading the household sheets of our exchange workbook into the staging file: the
households sheet first (the child sheets need its keys), then the others, a big
workbook's indicator results and stage history in a helper process (helper.py) while this
one reads the rest. Each sheet is read by parsing.read_sheet, in either process."""

from __future__ import annotations

from desktop.services.exchange.layout import SHEET_BY_NAME
from desktop.services.exchange.reading import helper as read_helper
from desktop.services.exchange.reading.messages import RefusalCode, WorkbookRefused
from desktop.services.exchange.reading.parsing import IMPORTED_SHEETS, read_sheet, tabs_of
from desktop.services.exchange.reading.rows import Lookups
from desktop.services.exchange.reading.staging import Staging
from desktop.services.exchange.reading.xlsx_file import XlsxFile


def read_exchange(
    book: XlsxFile, staging: Staging, lookups: Lookups, *, helper_from_bytes: int | None = None
) -> None:
    """Every imported sheet into the staging file; WorkbookRefused when one is missing.

    ``helper_from_bytes``: the helper's threshold (read_helper.HELPER_FROM_BYTES when None),
    read when called so that a test may lower it."""
    tabs = {sheet_name: tabs_of(book, SHEET_BY_NAME[sheet_name]) for sheet_name in IMPORTED_SHEETS}
    for sheet_name in IMPORTED_SHEETS:
        if not tabs[sheet_name]:
            raise WorkbookRefused(
                RefusalCode.MISSING_SHEET, sheet=SHEET_BY_NAME[sheet_name].title_th
            )
    threshold = read_helper.HELPER_FROM_BYTES if helper_from_bytes is None else helper_from_bytes
    helped = sum(book.part_size(tab) for part in read_helper.HELPER_SHEETS for tab in tabs[part])
    helper = read_helper.ReadHelper(book, lookups) if helped >= threshold else None
    try:
        households: dict[str, int] | None = None
        for sheet_name in IMPORTED_SHEETS:
            if helper is not None and sheet_name in read_helper.HELPER_SHEETS:
                continue
            staging.mark_bad(read_sheet(book, staging, lookups, sheet_name, households))
            if households is None:  # the households sheet, read first: the child sheets' keys
                found = staging.run("SELECT key, min(ord) FROM s_households GROUP BY key")
                households = dict(found.fetchall())
                if helper is not None:
                    helper.start(households)
        if helper is not None:
            staging.mark("read")
            staging.fill_name_keys()  # while the helper still reads
            helper.finish(staging)
    finally:
        if helper is not None:
            helper.close()
