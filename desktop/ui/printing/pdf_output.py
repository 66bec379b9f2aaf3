"""Writing sheets to a PDF file whole or not at all: a temporary file, renamed when done."""

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QPdfWriter

from desktop.ui.printing.sheet_printer import (
    Cancelled,
    PrintResult,
    Progress,
    SheetPrinter,
    a4_layout,
)

PDF_DPI = 300


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
    partial = path.with_name(f".{path.name}.part")
    output = QFile(str(partial))
    if not output.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {partial}: {output.errorString()}")
    try:
        writer = QPdfWriter(output)
        writer.setPageLayout(a4_layout())
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator("District Desk")
        result = SheetPrinter().print_documents(
            writer, documents, header_text, total=total, progress=progress, cancelled=cancelled
        )
        del writer
        output.close()
        os.replace(partial, path)
    except BaseException:
        output.close()
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return result
