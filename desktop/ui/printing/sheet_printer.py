"""Printing HTML sheets on A4: one QTextDocument per sheet, a header repeated on every page.

The HTML comes from a Qt-free service (desktop.services.household_sheet); this adapter
only lays it out on pages and paints it, onto a PDF file or a printer alike.
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


class SheetPrinter:
    """Paints documents on a paged device that already has its A4 page layout."""

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
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the printer or PDF file could not be opened for writing")
        try:
            return self._paint_all(
                painter, device, documents, header_text, total, progress, cancelled
            )
        finally:
            painter.end()

    def _paint_all(
        self,
        painter: QPainter,
        device: QPagedPaintDevice,
        documents: Iterable[str],
        header_text: str,
        total: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> PrintResult:
        page = device.pageLayout().paintRectPixels(device.resolution())
        width, height = float(page.width()), float(page.height())
        header_font = QFont(self._font_family, HEADER_POINTS)
        header_height = self._header_height(painter, device, header_font)
        body_height = height - header_height
        count = pages = 0
        for html in documents:
            if cancelled is not None and cancelled():
                raise PrintCancelled
            document = self._document(html, device, QSizeF(width, body_height))
            for number in range(document.pageCount()):
                if pages:
                    device.newPage()
                self._paint_header(
                    painter,
                    header_font,
                    width,
                    header_height,
                    header_text,
                    number + 1,
                    document.pageCount(),
                )
                painter.save()
                painter.translate(0, header_height - number * body_height)
                document.drawContents(painter, QRectF(0, number * body_height, width, body_height))
                painter.restore()
                pages += 1
            count += 1
            if progress is not None:
                progress(count, total)
        return PrintResult(documents=count, pages=pages)

    def _document(self, html: str, device: QPagedPaintDevice, size: QSizeF) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)  # lay out at the device's DPI
        document.setDefaultFont(QFont(self._font_family, BODY_POINTS))
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setPageSize(size)
        return document

    @staticmethod
    def _header_height(painter: QPainter, device: QPagedPaintDevice, font: QFont) -> float:
        painter.setFont(font)
        return painter.fontMetrics().height() * 2.0

    def _paint_header(
        self,
        painter: QPainter,
        font: QFont,
        width: float,
        height: float,
        text: str,
        number: int,
        count: int,
    ) -> None:
        painter.save()
        painter.setFont(font)
        line = height * 0.5
        rect = QRectF(0, 0, width, line)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{number}/{count}",
        )
        painter.drawLine(0, int(line * 1.2), int(width), int(line * 1.2))
        painter.restore()
