"""Editing an .xlsx at the XML level, as another program might write it: fast enough to
make hundreds of variants of one workbook, and independent of the importer's reader."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_CELL = re.compile(rb"<c r=\"([A-Z]+)(\d+)\"[^>]*?(?:/>|>.*?</c>)", re.S)


def sheet_parts(book: zipfile.ZipFile) -> dict[str, str]:
    """Tab name -> the zip member holding its XML."""
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    parts = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets[sheet.get(f"{_REL}id")].lstrip("/")
        parts[sheet.get("name", "")] = target if target.startswith("xl/") else f"xl/{target}"
    return parts


def rewrite_sheet(source: Path, out: Path, tab: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(source) as book, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        part = sheet_parts(book)[tab]
        for item in book.infolist():
            data = book.read(item.filename)
            new.writestr(item, change(data) if item.filename == part else data)
    return out


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def _index(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number - 1


def key_letter(xml: bytes, key: str) -> bytes:
    """The column letters of a machine key on row 1."""
    for match in _CELL.finditer(xml):
        if match[2] == b"1" and f"<t>{key}</t>".encode() in match[0]:
            return match[1]
    raise KeyError(key)


def rename_key(key: str, new: str) -> Callable[[bytes], bytes]:
    def change(xml: bytes) -> bytes:
        letter = key_letter(xml, key)
        old = re.compile(rb"<c r=\"" + letter + rb"1\"[^>]*>.*?</c>", re.S)
        cell = f'<c r="{letter.decode()}1" t="inlineStr"><is><t>{new}</t></is></c>'.encode()
        return old.sub(cell, xml, count=1)

    return change


def delete_key_column(key: str) -> Callable[[bytes], bytes]:
    """The column of ``key`` removed from every row, the columns after it moved left."""

    def change(xml: bytes) -> bytes:
        gone = _index(key_letter(xml, key))

        def move(match: re.Match[bytes]) -> bytes:
            at = _index(match[1])
            if at == gone:
                return b""
            if at < gone:
                return match[0]
            ref = f'r="{_letters(at - 1)}{match[2].decode()}"'.encode()
            return re.sub(rb'r="[A-Z]+\d+"', ref, match[0], count=1)

        xml = re.sub(rb"<cols>.*?</cols>|<autoFilter[^>]*/>", b"", xml, flags=re.S)
        return _CELL.sub(move, xml)

    return change
