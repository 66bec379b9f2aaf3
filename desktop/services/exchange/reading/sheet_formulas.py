"""Which cells of a piece of sheet XML hold a formula (calamine gives only the cached
values). A formula that only states its own cached value is a value: LibreOffice writes
every TRUE/FALSE cell it saves as ``<f>TRUE()</f><v>1</v>``, so refusing those would
refuse every workbook a person saved in LibreOffice."""

from __future__ import annotations

import functools
import html
import re

_CELL = re.compile(rb"<(?:\w+:)?c\b((?:[^>/]|/(?!>))*)>(.*?)</(?:\w+:)?c>", re.S)
_CELL_REF = re.compile(rb"\br=\"([A-Z]{1,3})(\d+)\"")


def column_index(letters: str) -> int:
    """ "A" → 0, "AB" → 27."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


@functools.cache
def _formula_tag(prefix: bytes) -> re.Pattern[bytes]:
    return re.compile(re.escape(b"<" + prefix + b"f") + rb"[\s>/]")


_FORMULA_BODY = re.compile(rb"<(?:\w+:)?f\b([^>]*)>([^<]*)</(?:\w+:)?f>")
_CACHED_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_CELL_TYPE = re.compile(rb"\bt=\"(\w+)\"")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def is_constant_formula(attrs: bytes, inner: bytes) -> bool:
    """A formula that only states its own cached value: TRUE(), FALSE(), a number or a
    quoted text (LibreOffice writes every TRUE/FALSE cell as ``<f>TRUE()</f><v>1</v>``).
    Such a cell is a value; anything that computes stays a formula."""
    body, cached = _FORMULA_BODY.search(inner), _CACHED_VALUE.search(inner)
    if body is None or cached is None or b"t=" in body[1]:  # shared or array formulas
        return False
    kind = _CELL_TYPE.search(attrs)
    cell_type = kind[1] if kind else b"n"
    formula = xml_text(body[2]).strip().upper()
    value = xml_text(cached[1])
    if formula in ("TRUE()", "TRUE", "FALSE()", "FALSE"):
        return cell_type == b"b" and value == ("1" if formula.startswith("T") else "0")
    if _NUMBER.fullmatch(formula):
        try:
            return cell_type == b"n" and float(value) == float(formula)
        except ValueError:
            return False
    text = xml_text(body[2]).strip()
    if len(text) >= 2 and text[0] == text[-1] == '"' and '"' not in text[1:-1].replace('""', ""):
        return cell_type == b"str" and value == text[1:-1].replace('""', '"')
    return False


def xml_text(raw: bytes) -> str:
    """The text of an XML character run (entities resolved)."""
    return html.unescape(raw.decode("utf-8", "replace"))


def formula_cells(xml: bytes, prefix: bytes) -> dict[int, set[int]]:
    formula = _formula_tag(prefix)
    if formula.search(xml) is None:  # the common case: one scan of the piece
        return {}
    found: dict[int, set[int]] = {}
    for attrs, inner in _CELL.findall(xml):
        if formula.search(inner) and not is_constant_formula(attrs, inner):
            ref = _CELL_REF.search(attrs)
            if ref is not None:
                found.setdefault(int(ref[2]), set()).add(column_index(ref[1].decode()))
    return found
