"""`python -m desktop print`: household sheets to a PDF from the command line.

A thin layer over the same sheet service and printing adapter the app uses.
"""

import datetime as dt
import os
import sys
from collections.abc import Iterable
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.printing import HouseholdSheetService, SheetOptions


def run_print(
    database_path: Path,
    out: Path,
    *,
    village: str | None,
    household: str | None,
    blank: bool,
    mask_ids: bool | None,
    project: int | None = None,
) -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.database import DatabaseOpenError, IntegrityCheck, open_database
    from desktop.services.printing import HouseholdSheetService, SheetOptions
    from desktop.ui.fonts import install_sarabun
    from desktop.ui.open_errors import describe_open_error
    from desktop.ui.printing.pdf_output import write_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_sarabun(app)  # type: ignore[arg-type]
    if not database_path.exists():
        print(f"{database_path}: no such file", file=sys.stderr)
        return 2
    try:
        database = open_database(database_path, check=IntegrityCheck.QUICK)
    except DatabaseOpenError as error:
        print(describe_open_error(error), file=sys.stderr)
        return 2
    try:
        sheets = HouseholdSheetService(database.session_factory)
        masked = sheets.masks_ids_by_default() if mask_ids is None else mask_ids
        options = SheetOptions(mask_ids=masked, printed_on=dt.date.today())
        if project is not None:
            documents, title = _project(sheets, options, project)
        else:
            documents, title = _documents(sheets, options, village, household, blank)
        if documents is None:
            return 2
        try:
            result = write_pdf(out, documents, sheets.page_header_text(options), title=title)
        except OSError as error:  # a full disk, a read-only folder: no file is left
            from desktop.cli.database import output_failure

            return output_failure(error, out).tell()
    finally:
        database.close()
    print(f"{out}: {result.documents} sheets, {result.pages} pages")
    return 0


def _project(
    sheets: "HouseholdSheetService", options: "SheetOptions", project: int
) -> tuple[Iterable[str] | None, str]:
    from desktop.services.printing.household_sheets import ProjectNotFound

    try:
        return [sheets.project_html(project, options)], f"project {project}"
    except ProjectNotFound:
        print(f"no project number {project}", file=sys.stderr)
        return None, ""


def _documents(
    sheets: "HouseholdSheetService",
    options: "SheetOptions",
    village: str | None,
    household: str | None,
    blank: bool,
) -> tuple[Iterable[str] | None, str]:
    from desktop.services.households.listing import HouseholdFilter

    if blank:
        return [sheets.blank_html(options)], "blank household sheet"
    if household:
        household_id = sheets.household_id_by_key(household)
        if household_id is None:
            print(f"no household with the key {household}", file=sys.stderr)
            return None, ""
        return [sheets.household_html(household_id, options)], household
    if village:
        ids = sheets.village_household_ids(village)
        lines = [f"หมู่บ้านรหัส {village}"]
    else:
        ids = sheets.household_ids(HouseholdFilter())
        lines = ["ครัวเรือนเป้าหมายทั้งหมด"]
    if not ids:
        print("no household matches", file=sys.stderr)
        return None, ""
    cover = sheets.cover_html("แบบสรุปข้อมูลครัวเรือนเป้าหมาย", lines, len(ids), options)
    # One sheet at a time: a whole district never sits in memory as HTML.
    return chain([cover], sheets.households_html(ids, options)), "household sheets"
