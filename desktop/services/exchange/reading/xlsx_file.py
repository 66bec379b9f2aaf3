"""Opening a workbook to import, safely, and reading its sheets row by row.

Before anything is parsed, the file is checked: a password-protected workbook or an old
.xls (both OLE compound files, signature D0 CF 11 E0 A1 B1 1A E1), a file that is not a
zip, a zip without a workbook, and a zip whose declared unpacked sizes are too big or
compressed suspiciously well (a zip bomb) are refused with WorkbookRefused.

Sheets are read with python-calamine, but never a whole sheet at once: calamine keeps a
sheet's every cell in memory (about 1 GB for 400,000 member rows). The sheet's XML is
unpacked as a stream and cut at row ends into pieces of about CHUNK_BYTES; each piece is
wrapped in a tiny stored zip with the workbook's styles (so dates stay dates) and shared
strings, and calamine reads that. Memory stays bounded by the piece size whatever the
sheet's length. Formula cells are found in the raw XML (calamine only gives their cached
values;
desktop/services/exchange/reading/sheet_formulas.py); rows over MAX_ROW_BYTES (a 10 MB cell) and
sheets over their row limit are refused.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from python_calamine import CalamineError, CalamineWorkbook

from desktop.services.exchange.reading.messages import RefusalCode, WorkbookRefused
from desktop.services.exchange.reading.sheet_formulas import column_index, formula_cells

CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
ENCRYPTION_MARK = "EncryptionInfo".encode("utf-16-le")
OLD_WORKBOOK_MARKS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
MB = 1 << 20
MAX_UNPACKED_BYTES = 8 << 30  # a 100,000-household export unpacks to about 1.8 GB
MAX_TABLE_SHEET_BYTES = 512 * MB  # one sheet of a province list
MAX_SMALL_PART_BYTES = 64 * MB  # workbook.xml, styles, relationships
MAX_SHARED_STRINGS_BYTES = 512 * MB
MAX_RATIO = 100
"""Unpacked / packed. Our exports' and LibreOffice's sheets pack 9 to 15 times; a row
bomb (millions of identical rows, about 1032 times, deflate's best) is refused before a
row is parsed, instead of after a minute of parsing rows up to the row limit."""
RATIO_CHECKED_FROM = 1 * MB  # smaller parts may compress as well as they like
MAX_ROW_BYTES = 8 * MB  # one row's XML (Excel's own limits make a real row far smaller)
READ_BYTES = 1 * MB
CHUNK_BYTES = 2 * MB
MAX_CELL_CHARS = 32_767  # Excel's own limit for a cell

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_SHEET_DATA = re.compile(rb"<(\w+:)?sheetData\b[^>]*?(/?)>")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]{1,3}\d+:[A-Z]{1,3}(\d+)\"")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\"")
_DATE_1904 = re.compile(rb"date1904=\"(1|true)\"")

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
    b'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="'
    b'application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    b'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
    b'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)
_ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    b'.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="xl/workbook.xml"/></Relationships>'
)
_REL_TYPE = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_BOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org'
    b'/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships">%s<sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>'
)


def column_letter(index: int) -> str:
    """0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class SheetRows:
    """A piece of a sheet: rows with their Excel row numbers, and formula cells in them."""

    first_row: int  # Excel row number (1-based) of rows[0]
    rows: list[list[Any]]
    formulas: dict[int, set[int]]  # Excel row number -> column indexes holding a formula


def check_file(path: Path) -> None:
    """Refuse what is not a readable, plausible .xlsx before any parsing."""
    try:
        with path.open("rb") as handle:
            start = handle.read(1 << 20)
    except OSError as error:
        raise WorkbookRefused(RefusalCode.CANNOT_READ, path=path) from error
    if start.startswith(CFB_SIGNATURE):
        if ENCRYPTION_MARK in start:
            raise WorkbookRefused(RefusalCode.ENCRYPTED)
        if any(mark in start for mark in OLD_WORKBOOK_MARKS):
            raise WorkbookRefused(RefusalCode.OLD_XLS)
        raise WorkbookRefused(RefusalCode.ENCRYPTED)
    if not start.startswith(b"PK"):
        raise WorkbookRefused(RefusalCode.NOT_XLSX)


class XlsxFile:
    """An .xlsx opened for import; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        check_file(self.path)
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise WorkbookRefused(RefusalCode.NOT_XLSX) from error
        self.on_bytes: Callable[[int], None] | None = None
        """Told how many bytes of sheet XML each piece read had (progress)."""
        try:
            self._check_sizes()
            self.sheets = self._read_structure()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> XlsxFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    # Structure --------------------------------------------------------------------------

    def _check_sizes(self) -> None:
        infos = self._zip.infolist()
        total = sum(info.file_size for info in infos)
        if total > MAX_UNPACKED_BYTES:
            raise WorkbookRefused(
                RefusalCode.TOO_BIG, size_mb=total // MB, limit_mb=MAX_UNPACKED_BYTES // MB
            )
        for info in infos:
            if info.file_size >= RATIO_CHECKED_FROM and (
                info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise WorkbookRefused(RefusalCode.SUSPICIOUS_COMPRESSION, part=info.filename)
        self._sizes = {info.filename: info.file_size for info in infos}

    def _small_part(self, name: str) -> bytes:
        size = self._sizes.get(name)
        if size is None:
            raise KeyError(name)
        if size > MAX_SMALL_PART_BYTES:
            raise WorkbookRefused(
                RefusalCode.TOO_BIG, size_mb=size // MB, limit_mb=MAX_SMALL_PART_BYTES // MB
            )
        try:
            return self._zip.read(name)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise WorkbookRefused(RefusalCode.DAMAGED, detail=name) from error

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, resolved part name) of ``part``."""
        folder, _, name = part.rpartition("/")
        rels_name = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
        if rels_name not in self._sizes:
            return {}
        found = {}
        for rel in _parse_xml(self._small_part(rels_name)).iter(f"{_NS_PACKAGE_REL}Relationship"):
            target = rel.get("Target", "")
            resolved = target.lstrip("/") if target.startswith("/") else _join(folder, target)
            found[rel.get("Id", "")] = (rel.get("Type", ""), resolved)
        return found

    def _read_structure(self) -> dict[str, str]:
        roots = self._relationships("")
        book_part = next(
            (part for kind, part in roots.values() if kind.endswith("/officeDocument")),
            "xl/workbook.xml",
        )
        if book_part not in self._sizes:
            raise WorkbookRefused(RefusalCode.NOT_XLSX)
        book_xml = self._small_part(book_part)
        self._date_1904 = _DATE_1904.search(book_xml) is not None
        rels = self._relationships(book_part)
        sheets: dict[str, str] = {}
        for sheet in _parse_xml(book_xml).iter(f"{_NS_MAIN}sheet"):
            kind, part = rels.get(sheet.get(f"{_NS_REL}id", ""), ("", ""))
            if kind.endswith("/worksheet") and part in self._sizes:
                sheets[sheet.get("name", "")] = part
        by_kind = {kind.rsplit("/", 1)[-1]: part for kind, part in rels.values()}
        styles = by_kind.get("styles")
        self._styles = self._small_part(styles) if styles in self._sizes else None
        self._shared_part = by_kind.get("sharedStrings")
        self._shared: bytes | None = None
        if self._shared_part is not None and self._shared_part not in self._sizes:
            self._shared_part = None
        return sheets

    def _shared_strings(self) -> bytes | None:
        if self._shared_part is None or self._shared is not None:
            return self._shared
        size = self._sizes[self._shared_part]
        if size > MAX_SHARED_STRINGS_BYTES:
            limit = MAX_SHARED_STRINGS_BYTES // MB
            raise WorkbookRefused(RefusalCode.TOO_BIG, size_mb=size // MB, limit_mb=limit)
        shared = self._zip.read(self._shared_part)
        if len(shared) > MAX_ROW_BYTES and _longest_item(shared) > MAX_ROW_BYTES:
            raise WorkbookRefused(
                RefusalCode.CELL_TOO_BIG, sheet="sharedStrings", limit_mb=MAX_ROW_BYTES // MB
            )
        self._shared = drop_invisible(shared)
        return self._shared

    @property
    def sheet_names(self) -> list[str]:
        return list(self.sheets)

    @property
    def sheets_size(self) -> int:
        """Bytes of all the sheets' XML (a total for progress)."""
        return sum(self._sizes[part] for part in self.sheets.values())

    def part_size(self, sheet: str) -> int:
        return self._sizes[self._part(sheet)]

    def _part(self, sheet: str) -> str:
        try:
            return self.sheets[sheet]
        except KeyError:
            raise WorkbookRefused(RefusalCode.SHEET_NOT_FOUND, sheet=sheet) from None

    # Rows -------------------------------------------------------------------------------

    def pieces(self, sheet: str, *, max_rows: int) -> Iterator[SheetRows]:
        """The sheet's rows, a piece at a time. Empty cells are ""; columns start at A."""
        part = self._part(sheet)
        shared = self._shared_strings()
        chunk_bytes = max(CHUNK_BYTES, 4 * len(shared or b""))
        counted = 0
        for head, raw, prefix in self._xml_pieces(part, sheet, chunk_bytes, max_rows):
            xml = drop_invisible(raw)
            book_bytes = self._mini_book(head, xml, prefix, shared)
            try:
                book = CalamineWorkbook.from_filelike(io.BytesIO(book_bytes))
                calamine_sheet = book.get_sheet_by_name("s")
                start = calamine_sheet.start
                rows = calamine_sheet.to_python() if start is not None else []
                book.close()
            except CalamineError as error:
                raise WorkbookRefused(RefusalCode.DAMAGED, detail=str(error)[:200]) from error
            if start is None:
                continue
            first_row, first_col = start
            if first_col:
                pad = [""] * first_col
                rows = [pad + row for row in rows]
            if b' r="' not in xml[:200]:  # rows without numbers: count them
                first_row = counted
            counted = first_row + len(rows)
            if counted > max_rows:
                raise WorkbookRefused(RefusalCode.TOO_MANY_ROWS, sheet=sheet, limit=max_rows)
            yield SheetRows(first_row + 1, rows, formula_cells(xml, prefix))

    def rows(self, sheet: str, *, max_rows: int) -> Iterator[tuple[int, list[Any], set[int]]]:
        """(Excel row number, values, formula columns) of every row of the sheet."""
        for piece in self.pieces(sheet, max_rows=max_rows):
            no_formulas: set[int] = set()
            for offset, row in enumerate(piece.rows):
                number = piece.first_row + offset
                yield number, row, piece.formulas.get(number, no_formulas)

    def _xml_pieces(
        self, part: str, sheet: str, chunk_bytes: int, max_rows: int
    ) -> Iterator[tuple[bytes, bytes, bytes]]:
        """(sheet head up to <sheetData>, whole rows' XML, namespace prefix) pieces."""
        head = b""
        prefix = b""
        row_end = b"</row>"
        pending = b""
        parts: list[bytes] = []
        size = 0
        try:
            stream = self._zip.open(part)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise WorkbookRefused(RefusalCode.DAMAGED, detail=part) from error
        with stream:
            while True:
                try:
                    block = stream.read(READ_BYTES)
                except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
                    raise WorkbookRefused(RefusalCode.DAMAGED, detail=part) from error
                if not block:
                    break
                data = pending + block
                if not head:
                    found = _SHEET_DATA.search(data)
                    if found is None:
                        if len(data) > MAX_ROW_BYTES:
                            raise WorkbookRefused(RefusalCode.DAMAGED, detail=part)
                        pending = data
                        continue
                    if found[2]:  # <sheetData/>: no rows at all
                        return
                    head, prefix = data[: found.end()], found[1] or b""
                    row_end = b"</" + prefix + b"row>"
                    _check_dimension(head, sheet, max_rows)
                    data = data[found.end() :]
                cut = data.rfind(row_end)
                if cut < 0:
                    if len(data) > MAX_ROW_BYTES:
                        raise WorkbookRefused(
                            RefusalCode.CELL_TOO_BIG, sheet=sheet, limit_mb=MAX_ROW_BYTES // MB
                        )
                    pending = data
                    continue
                cut += len(row_end)
                parts.append(data[:cut])
                size += cut
                pending = data[cut:]
                if size >= chunk_bytes:
                    if self.on_bytes is not None:
                        self.on_bytes(size)
                    yield head, b"".join(parts), prefix
                    parts, size = [], 0
        if parts:
            if self.on_bytes is not None:
                self.on_bytes(size)
            yield head, b"".join(parts), prefix

    def _mini_book(self, head: bytes, xml: bytes, prefix: bytes, shared: bytes | None) -> bytes:
        close = b"</" + prefix + b"sheetData></" + prefix + b"worksheet>"
        out = io.BytesIO()
        rels = [(b"rId1", b"worksheet", b"worksheets/sheet1.xml")]
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as book:
            book.writestr("[Content_Types].xml", _CONTENT_TYPES)
            book.writestr("_rels/.rels", _ROOT_RELS)
            pr = b'<workbookPr date1904="1"/>' if self._date_1904 else b""
            book.writestr("xl/workbook.xml", _BOOK % pr)
            if self._styles is not None:
                book.writestr("xl/styles.xml", self._styles)
                rels.append((b"rId2", b"styles", b"styles.xml"))
            if shared is not None:
                book.writestr("xl/sharedStrings.xml", shared)
                rels.append((b"rId3", b"sharedStrings", b"sharedStrings.xml"))
            book.writestr("xl/_rels/workbook.xml.rels", _book_rels(rels))
            book.writestr("xl/worksheets/sheet1.xml", head + xml + close)
        return out.getvalue()

    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]:
        """Merged cells as (first row, first col, last row, last col), 0-based; read from
        the end of the sheet's XML (streamed, nothing kept but the last piece)."""
        part = self._part(sheet)
        tail = b""
        with self._zip.open(part) as stream:
            while block := stream.read(READ_BYTES):
                tail = tail[-64:] + block
        return [
            (int(r1) - 1, column_index(c1.decode()), int(r2) - 1, column_index(c2.decode()))
            for c1, r1, c2, r2 in _MERGE.findall(tail)
        ]


def _book_rels(rels: list[tuple[bytes, bytes, bytes]]) -> bytes:
    items = b"".join(
        b'<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (rid, _REL_TYPE, kind, target)
        for rid, kind, target in rels
    )
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships">' + items + b"</Relationships>"
    )


_DROPPED = tuple(ch.encode() for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad")
_SPACES = tuple(ch.encode() for ch in "\u00a0\u2007\u202f")


def drop_invisible(xml: bytes) -> bytes:
    """Zero-width characters removed and no-break spaces made spaces, in the raw XML: one
    byte search per piece (their first bytes never occur in Thai or ASCII text) instead
    of a call per cell."""
    if b"\xe2" not in xml and b"\xc2" not in xml and b"\xef" not in xml:
        return xml
    for mark in _DROPPED:
        xml = xml.replace(mark, b"")
    for mark in _SPACES:
        xml = xml.replace(mark, b" ")
    return xml


def _longest_item(shared: bytes) -> int:
    """Bytes of the longest shared string (``<si>`` to the next ``<si>``)."""
    longest, start = 0, shared.find(b"<si")
    while start >= 0:
        following = shared.find(b"<si", start + 3)
        end = following if following >= 0 else len(shared)
        longest = max(longest, end - start)
        start = following
    return longest


def _check_dimension(head: bytes, sheet: str, max_rows: int) -> None:
    declared = _DIMENSION.search(head)
    if declared is not None and int(declared[1]) > max_rows:
        raise WorkbookRefused(RefusalCode.TOO_MANY_ROWS, sheet=sheet, limit=max_rows)


def _parse_xml(data: bytes) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise WorkbookRefused(RefusalCode.DAMAGED, detail=str(error)[:200]) from error


def _join(folder: str, target: str) -> str:
    parts = [*folder.split("/"), *target.split("/")] if folder else target.split("/")
    out: list[str] = []
    for part in parts:
        if part == "..":
            if out:
                out.pop()
        elif part not in ("", "."):
            out.append(part)
    return "/".join(out)
