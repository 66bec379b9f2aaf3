"""Writing sheets to a PDF file whole or not at all: a temporary file, renamed when done."""

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QPdfWriter

from desktop.services.safety import replace_private
from desktop.ui.printing.sheet_printer import (
    Cancelled,
    PrintResult,
    Progress,
    SheetPrinter,
    a4_layout,
)

PDF_DPI = 300


class PdfFile:
    """A PDF being written beside `path`; `commit` renames it into place, `discard` drops it."""

    def __init__(self, path: Path, title: str = "") -> None:
        self.path = path
        self._partial = path.with_name(f".{path.name}.part")
        replace_private(self._partial)  # names and IDs: readable by this user only
        self._file = QFile(str(self._partial))
        if not self._file.open(QIODevice.OpenModeFlag.WriteOnly):
            raise OSError(f"cannot write {self._partial}: {self._file.errorString()}")
        self.writer: QPdfWriter | None = QPdfWriter(self._file)
        self.writer.setPageLayout(a4_layout())
        self.writer.setResolution(PDF_DPI)
        self.writer.setTitle(title)
        self.writer.setCreator("District Desk")

    def commit(self) -> None:
        self.writer = None  # the writer flushes into the file as it goes away
        self._file.close()
        os.replace(self._partial, self.path)

    def discard(self) -> None:
        self.writer = None
        self._file.close()
        with contextlib.suppress(OSError):
            self._partial.unlink()


def write_pdf(
    path: Path,
    documents: Iterable[str],
    header_text: str,
    *,
    title: str = "",
    total: int = 0,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PrintResult:
    """Print `documents` into `path`. A failure or cancel leaves no file under that name."""
    pdf = PdfFile(path, title)
    assert pdf.writer is not None
    try:
        result = SheetPrinter().print_documents(
            pdf.writer, documents, header_text, total=total, progress=progress, cancelled=cancelled
        )
    except BaseException:
        pdf.discard()
        raise
    pdf.commit()
    return result
