"""Printing HTML sheets on A4: one QTextDocument per sheet, a header repeated on every page.

The HTML comes from a Qt-free service (desktop.services.printing.household_sheets); this adapter
only lays it out on pages and paints it, onto a PDF file or a printer alike. It runs on
the GUI thread: laying out a QTextDocument in a worker thread deadlocked against the GUI
thread (a Qt connection mutex taken while the worker held Python's lock), so batches
are printed a sheet per event-loop turn instead (desktop.ui.printing.print_batch).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)

from desktop.ui.printing.kept_tables import (
    keep_headings_with_what_follows,
    keep_marked_tables_whole,
)

MARGIN_TOP_MM = 15.0
MARGIN_SIDE_MM = 20.0  # about 170 mm of text: the members table needs it
BODY_POINTS = 11
HEADER_POINTS = 9

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PrintCancelled(Exception):
    """The clerk cancelled a batch; the caller discards the partial output."""


@dataclass(frozen=True)
class PrintResult:
    documents: int
    pages: int


def a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_SIDE_MM, MARGIN_TOP_MM, MARGIN_SIDE_MM, MARGIN_TOP_MM),
        QPageLayout.Unit.Millimeter,
    )


class PrintJob:
    """An open print onto a paged device: add sheets one by one, then finish."""

    def __init__(
        self, device: QPagedPaintDevice, header_text: str, font_family: str = "Sarabun"
    ) -> None:
        self._device = device
        self._header_text = header_text
        self._font_family = font_family
        self._painter = QPainter()
        if not self._painter.begin(device):
            raise OSError("the printer or PDF file could not be opened for writing")
        page = device.pageLayout().paintRectPixels(device.resolution())
        self._width, height = float(page.width()), float(page.height())
        self._header_font = QFont(font_family, HEADER_POINTS)
        self._painter.setFont(self._header_font)
        self._header_height = self._painter.fontMetrics().height() * 2.0
        self._body_height = height - self._header_height
        self.documents = 0
        self.pages = 0

    def add(self, html: str) -> None:
        """Lay out one sheet and paint its pages, each under the repeated header."""
        document = self._document(html)
        painter, width, body = self._painter, self._width, self._body_height
        for number in range(document.pageCount()):
            if self.pages:
                self._device.newPage()
            self._paint_header(number + 1, document.pageCount())
            painter.save()
            painter.translate(0, self._header_height - number * body)
            document.drawContents(painter, QRectF(0, number * body, width, body))
            painter.restore()
            self.pages += 1
        self.documents += 1

    def finish(self) -> PrintResult:
        self._painter.end()
        return PrintResult(documents=self.documents, pages=self.pages)

    def _document(self, html: str) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self._device)  # lay out at the device's DPI
        document.setDefaultFont(QFont(self._font_family, BODY_POINTS))
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setPageSize(QSizeF(self._width, self._body_height))
        moved = keep_headings_with_what_follows(document)  # no heading alone at a page's foot
        moved += keep_marked_tables_whole(document)  # the signature block is never cut in two
        if moved:
            # Qt re-lays out only near a changed format: the blocks between later tables
            # kept their old place and were painted over (a plan's sections vanished)
            document.markContentsDirty(0, document.characterCount())
        return document

    def _paint_header(self, number: int, count: int) -> None:
        painter = self._painter
        painter.save()
        painter.setFont(self._header_font)
        line = self._header_height * 0.5
        rect = QRectF(0, 0, self._width, line)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(rect, left, self._header_text)
        painter.drawText(rect, right, f"{number}/{count}")
        painter.drawLine(0, int(line * 1.2), int(self._width), int(line * 1.2))
        painter.restore()


class SheetPrinter:
    """Prints a whole sequence of sheets at once (one sheet, the command line)."""

    def __init__(self, font_family: str = "Sarabun") -> None:
        self._font_family = font_family

    def print_documents(
        self,
        device: QPagedPaintDevice,
        documents: Iterable[str],
        header_text: str,
        *,
        total: int = 0,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> PrintResult:
        job = PrintJob(device, header_text, self._font_family)
        try:
            for html in documents:
                if cancelled is not None and cancelled():
                    raise PrintCancelled
                job.add(html)
                if progress is not None:
                    progress(job.documents, total)
        finally:
            result = job.finish()
        return result
