"""A workbook as plain rows, edited as a person edits a spreadsheet and written back as
sheet XML: the round-trip test's own model, built without the importer's code.

Read with python-calamine (cells as numbers, dates, booleans and text); written into a
copy of the exported file's zip, each sheet's rows replaced, each column keeping the
cell style its key had in the export (so a date column stays a date)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from python_calamine import CalamineWorkbook

from tests.sheet_xml import sheet_parts

EXCEL_DAY_ZERO = dt.date(1899, 12, 30)
_STYLE = re.compile(rb'<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?')


@dataclass
class Tab:
    keys: list[str]
    headers: list[str]
    rows: list[list[Any]]

    def at(self, key: str) -> int:
        return self.keys.index(key)


def read_book(path: Path) -> dict[str, Tab]:
    book = CalamineWorkbook.from_path(str(path))
    tabs = {}
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python()
        keys = [str(value) for value in rows[0]]
        width = len(keys)
        tabs[name] = Tab(
            keys,
            [str(v) for v in rows[1]],
            [list(row[:width]) + [""] * (width - len(row)) for row in rows[2:]],
        )
    return tabs


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def column_letters(index: int) -> str:
    return _letters(index)


def _styles(xml: bytes, keys: list[str]) -> dict[tuple[str, int], bytes]:
    """(key, row 1, 2 or 3) -> the style index the export gave that cell."""
    found: dict[tuple[str, int], bytes] = {}
    for match in _STYLE.finditer(xml):
        row = int(match[2])
        if row > 3:
            break
        column = 0
        for letter in match[1]:
            column = column * 26 + letter - 64
        if column - 1 < len(keys) and match[3]:
            found[(keys[column - 1], row)] = match[3]
    return found


def _cell(ref: str, value: Any, style: bytes | None) -> str:
    s = f' s="{style.decode()}"' if style else ""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}"{s}><v>{(value - EXCEL_DAY_ZERO).days}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    text = escape(str(value))
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def write_book(template: Path, out: Path, tabs: dict[str, Tab], original: dict[str, Tab]) -> Path:
    """``template`` (the export) with every tab's rows replaced by ``tabs``' ones."""
    with zipfile.ZipFile(template) as book, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        parts = {part: tab for tab, part in sheet_parts(book).items()}
        for item in book.infolist():
            data = book.read(item.filename)
            tab = parts.get(item.filename)
            if tab is not None:
                data = _sheet_xml(data, tabs[tab], original[tab].keys)
            new.writestr(item, data)
    return out


def _sheet_xml(xml: bytes, tab: Tab, exported_keys: list[str]) -> bytes:
    styles = _styles(xml, exported_keys)
    head, rest = xml.split(b"<sheetData>", 1) if b"<sheetData>" in xml else (xml, b"")
    if not rest:  # an empty sheet: <sheetData/>
        head, tail = xml.split(b"<sheetData/>", 1)
    else:
        tail = rest.split(b"</sheetData>", 1)[1]
    head = re.sub(rb"<dimension[^>]*/>|<cols>.*?</cols>", b"", head, flags=re.S)
    tail = re.sub(rb"<autoFilter[^>]*/>", b"", tail)
    lines = [tab.keys, tab.headers, *tab.rows]
    out = []
    for number, row in enumerate(lines, start=1):
        kind = min(number, 3)
        cells = "".join(
            _cell(f"{_letters(i)}{number}", value, styles.get((tab.keys[i], kind)))
            for i, value in enumerate(row)
            if i < len(tab.keys)
        )
        out.append(f'<row r="{number}">{cells}</row>')
    return head + b"<sheetData>" + "".join(out).encode() + b"</sheetData>" + tail
