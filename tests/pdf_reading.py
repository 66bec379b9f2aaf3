"""Reading the PDFs the app prints, with poppler's tools, as a person's viewer would."""

import subprocess
import unicodedata
from pathlib import Path

from PySide6.QtGui import QColor, QImage


def without_marks(text: str) -> str:
    """Drop combining marks: pdftotext may drop or move Thai tone marks (stack-notes), give
    a raised mark as a private-use glyph code, or split ำ into its nikhahit and า."""
    text = text.replace("\u0e33", "\u0e32")
    return "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Co"))


def compact(text: str) -> str:
    """Without marks and white space: table cells wrap names across lines."""
    return "".join(without_marks(text).split())


def appears_wrapped(needle: str, text: str, gap: int = 80) -> bool:
    """`needle` (compacted) is in `text` in order, allowing other cells' text between its
    pieces: a name wrapped inside a table cell comes out of pdftotext interleaved with the
    neighbouring cells of the same lines. At most `gap` characters between two pieces."""
    needle = compact(needle)
    start = text.find(needle[:4])
    while start >= 0:
        position, ok = start + 4, True
        for character in needle[4:]:
            found = text.find(character, position, position + gap)
            if found < 0:
                ok = False
                break
            position = found + 1
        if ok:
            return True
        start = text.find(needle[:4], start + 1)
    return False


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True
    )
    return without_marks(result.stdout)


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def embedded_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font of the PDF."""
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    fonts = []
    for line in listing.stdout.splitlines()[2:]:
        parts = line.split()
        fonts.append((parts[0], parts[-5] == "yes"))
    return fonts


def inked_share(path: Path, page: int, folder: Path) -> float:
    """The share of a page's pixels that are dark, rendered by pdftoppm at 40 dpi."""
    prefix = folder / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", str(page), "-l", str(page), "-png", str(path), str(prefix)],
        check=True,
    )
    image = QImage(str(next(folder.glob(f"page{page}*.png"))))
    dark = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 160
    )
    return dark / ((image.width() // 2) * (image.height() // 2))
