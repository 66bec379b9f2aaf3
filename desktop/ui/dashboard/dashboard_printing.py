"""Printing the dashboard: its picture scaled to the width of A4 landscape pages, a header
line on each, pages broken between sections where possible."""

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter

MARGIN_MM = 10.0
HEADER_POINTS = 12
MIN_FILL = 0.5  # a page may end at a section break only once it is at least half full


def a4_landscape() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def page_slices(height: int, page_height: float, breaks: Sequence[int]) -> list[tuple[int, int]]:
    """(top, bottom) of each page's slice of a picture ``height`` tall, ``page_height`` of
    it fitting a page: a page ends at the last section break that fits, if it is at least
    MIN_FILL full, else where the page is full."""
    slices: list[tuple[int, int]] = []
    top = 0
    room = max(1, math.floor(page_height))
    while top < height:
        bottom = min(height, top + room)
        if bottom < height:
            fitting = [b for b in breaks if top + room * MIN_FILL <= b < bottom]
            if fitting:
                bottom = max(fitting)
        slices.append((top, bottom))
        top = bottom
    return slices


def print_picture(
    printer: QPrinter, picture: QPixmap, header: str, breaks: Sequence[int] = ()
) -> int:
    """Paint ``picture`` onto ``printer`` (set to A4 landscape here); returns the pages."""
    printer.setPageLayout(a4_landscape())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        font = QFont(painter.font())
        font.setPointSize(HEADER_POINTS)
        painter.setFont(font)
        header_height = painter.fontMetrics().height() * 1.6
        scale = area.width() / max(1, picture.width())
        room = (area.height() - header_height) / scale
        slices = page_slices(picture.height(), room, breaks)
        for page, (top, bottom) in enumerate(slices, start=1):
            if page > 1:
                printer.newPage()
            line = f"{header}    {page}/{len(slices)}" if len(slices) > 1 else header
            painter.drawText(
                QRectF(0, 0, area.width(), header_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
            source = QRect(0, top, picture.width(), bottom - top)
            target = QRectF(0, header_height, area.width(), (bottom - top) * scale)
            painter.drawPixmap(target, picture, QRectF(source))
        return len(slices)
    finally:
        painter.end()


def write_pdf(path: Path, picture: QPixmap, header: str, breaks: Sequence[int] = ()) -> int:
    """Print ``picture`` into the PDF file ``path``; returns the pages."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCreator("District Desk")
    return print_picture(printer, picture, header, breaks)
