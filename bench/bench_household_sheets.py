"""Benchmark: 200 household sheets into one PDF, against bare QTextDocument printing.

    QT_QPA_PLATFORM=offscreen python bench/bench_household_sheets.py [--households 200]

Ours: the sheet service renders each household's HTML from the database (the demo office
of bench_household_list.py, 100,000 households) and the adapter prints it with the page
header, into a temporary file renamed when complete. The floor, in the same run: the very
same HTML strings, already rendered, each set into a QTextDocument laid out as ours (no
margin, the same font) and drawn page by page onto a QPdfWriter with no header and no file
safety; the three sides alternate their order run by run. A floor that comes out slower
than ours is reported as such, with no ratio. Target (issue 6): ours <= 1.2x floor.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_folder import out_folder, parse_with_out
from bench_household_list import prepare
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFont, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from db.database import open_database
from desktop.app import configure_application
from desktop.services.households.listing import HouseholdFilter
from desktop.services.printing import HouseholdSheetService, SheetOptions
from desktop.ui.printing.pdf_output import PDF_DPI, write_pdf
from desktop.ui.printing.sheet_printer import BODY_POINTS, a4_layout


def bare_print(path: Path, documents: list[str]) -> int:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(a4_layout())
    writer.setResolution(PDF_DPI)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    size = QSizeF(page.width(), page.height())
    painter = QPainter(writer)
    pages = 0
    for html in documents:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setDefaultFont(QFont("Sarabun", BODY_POINTS))
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setPageSize(size)
        for number in range(document.pageCount()):
            if pages:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * size.height())
            document.drawContents(
                painter, QRectF(0, number * size.height(), size.width(), size.height())
            )
            painter.restore()
            pages += 1
    painter.end()
    return pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=200)
    parser.add_argument("--district-households", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parse_with_out(parser)
    path = prepare(args.district_households)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    database = open_database(path)
    sheets = HouseholdSheetService(database.session_factory)
    options = SheetOptions(mask_ids=True, printed_on=dt.date.today())
    ids = sheets.household_ids(HouseholdFilter())[: args.households]
    ours_pdf, bare_pdf = out_folder() / "sheets-ours.pdf", out_folder() / "sheets-bare.pdf"

    started = time.perf_counter()
    htmls = [sheets.household_html(i, options) for i in ids]
    render = time.perf_counter() - started
    ours, ours_print, bare = [], [], []
    for run in range(args.runs):  # the order alternates, so no side always runs warmer
        sides = [("ours", ours), ("print", ours_print), ("bare", bare)]
        for name, times in sides if run % 2 == 0 else reversed(sides):
            started = time.perf_counter()
            if name == "ours":
                result = write_pdf(
                    ours_pdf,
                    sheets.households_html(ids, options),
                    sheets.page_header_text(options),
                )
            elif name == "print":
                write_pdf(ours_pdf, htmls, sheets.page_header_text(options))
            else:
                bare_pages = bare_print(bare_pdf, htmls)
            times.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    floor = min(bare)
    print(
        f"{len(ids)} households: ours {result.pages} pages, floor {bare_pages} pages"
        f" ({ours_pdf.stat().st_size / 1e6:.1f} MB PDF)"
    )
    print(f"HTML from the database alone:       {render:6.2f} s")
    print(f"floor (bare QTextDocument printing): {floor:6.2f} s")
    if floor < min(ours_print):
        print(
            f"ours, printing the same HTML:       {min(ours_print):6.2f} s"
            f"  ratio {min(ours_print) / floor:4.2f}x"
        )
        print(
            f"ours, database to PDF:              {min(ours):6.2f} s"
            f"  ratio {min(ours) / floor:4.2f}x  (target <= 1.2x)"
        )
    else:  # a floor slower than ours is no floor: say so instead of a ratio
        print(f"ours, printing the same HTML:       {min(ours_print):6.2f} s  (floor not faster)")
        print(f"ours, database to PDF:              {min(ours):6.2f} s")
    print(f"peak memory (RSS, whole run incl. the 200 HTML strings): {peak:.0f} MB")
    database.close()
    for pdf in (ours_pdf, bare_pdf):
        pdf.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
