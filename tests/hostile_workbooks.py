"""A corpus of hostile workbooks, derived from a small real export by mutation.

``hostile_corpus(source)`` yields (name, bytes) pairs, well over a thousand: files that
are not zips at all, truncated and bit-flipped zips, zips missing each part, every XML
part replaced by billion laughs, an external entity, invalid UTF-8, cut-off or empty XML,
renamed and duplicated sheets, duplicated and blank header rows, hostile values in every
column of every sheet (text in numbers, numbers in text, errors, formulas, 40,000
characters, float tails), and zip bombs (a gigabyte of rows packed into a megabyte, a
central directory that lies about sizes, fifty thousand entries). Deterministic: the same
source gives the same corpus.
"""

from __future__ import annotations

import io
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator

Members = list[tuple[str, bytes]]
_SHEET = re.compile(r"xl/worksheets/sheet\d+\.xml")
_ROW = re.compile(rb"<row r=\"(\d+)\"[^>]*>(.*?)</row>", re.S)
_CELL_IN_ROW = re.compile(rb"<c r=\"([A-Z]+)(\d+)\"[^>]*?(?:/>|>.*?</c>)", re.S)


def read_members(data: bytes) -> Members:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        return [(info.filename, book.read(info)) for info in book.infolist()]


_DEFLATED: dict[tuple[str, bytes], tuple[str, bytes, int, int]] = {}


def pack(members: Members) -> bytes:
    """A zip of the members; a part seen before is not deflated again (the corpus
    changes one part at a time)."""
    entries = []
    for name, data in members:
        entry = _DEFLATED.get((name, data))
        if entry is None:
            entry = (name, *_deflated(data)[1:])
            if len(_DEFLATED) < 200:
                _DEFLATED[(name, data)] = entry
        entries.append(entry)
    return _raw_zip(entries)


def replaced(members: Members, name: str, data: bytes | None) -> Members:
    """The members with ``name``'s content replaced (None: the part removed)."""
    return [(n, data if n == name else d) for n, d in members if n != name or data is not None]


# Not a workbook at all -------------------------------------------------------------------


def not_workbooks(source: bytes) -> Iterator[tuple[str, bytes]]:
    rng = random.Random(14)
    yield "empty", b""
    yield "one-byte", b"P"
    yield "pk-only", b"PK"
    yield "pk-header-junk", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(300))
    yield "zeros", bytes(4096)
    for seed in range(6):
        yield f"random-{seed}", random.Random(seed).randbytes(2000 + 500 * seed)
    yield "csv", "รหัสครัวเรือน,ชื่อ\n6701-000001,สมศรี\n".encode()
    yield "csv-utf16", "รหัสครัวเรือน,ชื่อ\n".encode("utf-16")
    yield "html", b"<html><body><table><tr><td>1</td></tr></table></body></html>"
    cfb = bytes.fromhex("D0CF11E0A1B11AE1")
    yield "old-xls", cfb + bytes(24) + "Workbook".encode("utf-16-le") + bytes(2000)
    yield "encrypted", cfb + bytes(24) + "EncryptionInfo".encode("utf-16-le") + bytes(2000)
    yield "ole-other", cfb + bytes(4000)
    yield "pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
    yield "png", b"\x89PNG\r\n\x1a\n" + bytes(100)
    yield "gzip-of-xlsx", zlib.compress(source)
    yield "sheet-xml-unzipped", read_members(source)[4][1]
    yield "zip-of-a-text", pack([("notes.txt", "บันทึก".encode())])
    yield "zip-of-the-xlsx", pack([("book.xlsx", source)])
    yield "docx-like", pack([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w/>")])
    yield "empty-zip", pack([])


# Damaged zips ------------------------------------------------------------------------------


def damaged_zips(source: bytes) -> Iterator[tuple[str, bytes]]:
    for step in range(1, 281):
        cut = len(source) * step // 281
        yield f"truncated-{cut}", source[:cut]
    rng = random.Random(2567)
    for number in range(300):
        data = bytearray(source)
        for _ in range(1 + number % 3):
            at = rng.randrange(len(data))
            data[at] ^= 1 << rng.randrange(8)
        yield f"bit-flip-{number}", bytes(data)
    members = read_members(source)
    for name, _ in members:
        yield f"missing-{name.replace('/', '_')}", pack(replaced(members, name, None))
    yield "duplicate-members", pack([*members, *members[:5]])


# Hostile XML in each part --------------------------------------------------------------------

_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
)


def _with_doctype(xml: bytes, doctype: bytes, entity: bytes) -> bytes:
    body = re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
    first_text = re.search(rb"<t>([^<]*)</t>", body)
    if first_text is not None:
        body = body[: first_text.start(1)] + entity + body[first_text.end(1) :]
    else:
        body = re.sub(rb"(<[A-Za-z][^>]*>)", rb"\1" + entity, body, count=1)
    return doctype + body


XML_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "billion-laughs": lambda xml: _with_doctype(xml, _LAUGHS, b"&lol9;"),
    "external-entity": lambda xml: _with_doctype(
        xml, b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', b"&e;"
    ),
    "invalid-utf8": lambda xml: xml[: len(xml) // 2] + b"\xff\xfe\xc3\x28" + xml[len(xml) // 2 :],
    "cut-in-half": lambda xml: xml[: len(xml) // 2],
    "empty": lambda xml: b"",
    "not-xml": lambda xml: b"this is not xml at all \x00\x01",
    "utf16-declared-utf8": lambda xml: xml.decode("utf-8").encode("utf-16"),
    "deep-nesting": lambda xml: b"<a>" * 20000 + b"</a>" * 20000,
    "control-character": lambda xml: (
        xml.replace(b"</t>", b"\x01\x02</t>", 1) if b"</t>" in xml else xml + b"\x01"
    ),
}


def hostile_parts(source: bytes) -> Iterator[tuple[str, bytes]]:
    members = read_members(source)
    for name, xml in members:
        if not name.endswith((".xml", ".rels")):
            continue
        for kind, damage in XML_DAMAGE.items():
            yield f"{kind}-{name.replace('/', '_')}", pack(replaced(members, name, damage(xml)))


# Sheet names and headers ---------------------------------------------------------------------


def sheet_names(source: bytes) -> Iterator[tuple[str, bytes]]:
    members = read_members(source)
    book = dict(members)["xl/workbook.xml"]
    names = re.findall(rb'<sheet name="([^"]*)"', book)
    variants = {
        "all-sheet1": lambda n, i: b"Sheet%d" % (i + 1),
        "english": lambda n, i: b"Households" if i == 2 else n,
        "duplicated": lambda n, i: names[2] if i == 3 else n,
        "empty-name": lambda n, i: b"" if i == 2 else n,
        "long-name": lambda n, i: n * 40 if i == 2 else n,
        "escaped": lambda n, i: b"&lt;&amp;&gt;" if i == 2 else n,
        "trailing-space": lambda n, i: n + b" " if i == 3 else n,
        "swapped": lambda n, i: names[3] if i == 2 else names[2] if i == 3 else n,
    }
    for kind, rename in variants.items():
        renamed, counter = book, iter(range(len(names)))

        def swap(found: re.Match[bytes], rename=rename, counter=counter) -> bytes:  # type: ignore[no-untyped-def]
            return b'<sheet name="' + rename(found[1], next(counter)) + b'"'

        renamed = re.sub(rb'<sheet name="([^"]*)"', swap, book)
        yield f"sheet-names-{kind}", pack(replaced(members, "xl/workbook.xml", renamed))
    for index in range(len(names)):
        dropped = re.sub(rb'<sheet name="%s"[^>]*/>' % re.escape(names[index]), b"", book)
        yield f"sheet-dropped-{index}", pack(replaced(members, "xl/workbook.xml", dropped))


def _sheets(members: Members) -> list[tuple[str, bytes]]:
    return [(name, data) for name, data in members if _SHEET.fullmatch(name)]


def _row_cells(xml: bytes, number: int) -> list[tuple[bytes, bytes]]:
    """(column letters, the cell's XML) of row ``number``."""
    for found in _ROW.finditer(xml):
        if int(found[1]) == number:
            return [(cell[1], cell[0]) for cell in _CELL_IN_ROW.finditer(found[2])]
    return []


def headers(source: bytes) -> Iterator[tuple[str, bytes]]:
    members = read_members(source)
    for name, xml in _sheets(members):
        stem = name.rsplit("/", 1)[-1]
        keys = _row_cells(xml, 1)
        if len(keys) >= 2:
            (col_a, cell_a), (col_b, cell_b) = keys[0], keys[1]
            copy = cell_a.replace(b'r="%s1"' % col_a, b'r="%s1"' % col_b)
            yield f"duplicate-key-{stem}", pack(replaced(members, name, xml.replace(cell_b, copy)))
        for row in (1, 2):
            blank = xml
            for _col, cell in _row_cells(xml, row):
                blank = blank.replace(cell, b"", 1)
            yield f"blank-row{row}-{stem}", pack(replaced(members, name, blank))
        thai = xml
        for col, cell in keys:
            thai = thai.replace(cell, _inline(col, 1, "หัวตาราง"), 1)
        yield f"thai-keys-{stem}", pack(replaced(members, name, thai))


# Hostile cell values ------------------------------------------------------------------------


def _inline(col: bytes, row: int, text: str) -> bytes:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").encode()
    return b'<c r="%s%d" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (
        col,
        row,
        escaped,
    )


CELL_VALUES: dict[str, Callable[[bytes, int], bytes]] = {
    "thai-text": lambda c, r: _inline(c, r, "ไม่ใช่ตัวเลข abc"),
    "float-tail": lambda c, r: b'<c r="%s%d"><v>992.5599999999999</v></c>' % (c, r),
    "sum-tail": lambda c, r: b'<c r="%s%d"><v>0.30500000000000005</v></c>' % (c, r),
    "huge-number": lambda c, r: b'<c r="%s%d"><v>1E+308</v></c>' % (c, r),
    "negative": lambda c, r: b'<c r="%s%d"><v>-45000.5</v></c>' % (c, r),
    "boolean": lambda c, r: b'<c r="%s%d" t="b"><v>1</v></c>' % (c, r),
    "error": lambda c, r: b'<c r="%s%d" t="e"><v>#N/A</v></c>' % (c, r),
    "formula": lambda c, r: b'<c r="%s%d"><f>TRUE()</f><v>1</v></c>' % (c, r),
    "long-text": lambda c, r: _inline(c, r, "ก" * 40_000),
    "date-serial": lambda c, r: b'<c r="%s%d" s="0"><v>45000</v></c>' % (c, r),
    "blank": lambda c, r: b'<c r="%s%d"/>' % (c, r),
    "zero-width": lambda c, r: _inline(c, r, "\u200b\ufeff\u00a0"),
}


CELLS_PER_COLUMN = 1


def cells(source: bytes) -> Iterator[tuple[str, bytes]]:
    """Every hostile value in turn, each in a different column of a data row (row 3),
    so that over all sheets every column meets several of them."""
    members = read_members(source)
    kinds = list(CELL_VALUES)
    turn = 0
    for name, xml in _sheets(members):
        stem = name.rsplit("/", 1)[-1]
        for col, cell in _row_cells(xml, 3):
            for _ in range(CELLS_PER_COLUMN):
                kind = kinds[turn % len(kinds)]
                turn += 1
                mutated = xml.replace(cell, CELL_VALUES[kind](col, 3), 1)
                yield f"cell-{stem}-{col.decode()}-{kind}", pack(replaced(members, name, mutated))


# Zip bombs -----------------------------------------------------------------------------------


def _raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip from already deflated entries: (name, deflated bytes, crc, unpacked size)."""
    out = io.BytesIO()
    central = []
    for name, deflated, crc, size in entries:
        encoded = name.encode()
        offset = out.tell()
        head = struct.pack("<IHHHHHIII", 0x04034B50, 20, 0, 8, 0, 0, crc, len(deflated), size)
        out.write(head + struct.pack("<HH", len(encoded), 0) + encoded + deflated)
        central.append(
            struct.pack("<IHHHHHHIII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(deflated), size)
            + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, offset)
            + encoded
        )
    start = out.tell()
    out.write(b"".join(central))
    size = out.tell() - start
    out.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), size, start, 0)
    )
    return out.getvalue()


def _deflated(data: bytes) -> tuple[str, bytes, int, int]:
    packer = zlib.compressobj(1 if len(data) > 1 << 20 else 6, zlib.DEFLATED, -15)
    return "", packer.compress(data) + packer.flush(), zlib.crc32(data), len(data)


def row_bomb(source: bytes, unpacked: int = 1 << 30) -> bytes:
    """The households sheet grown to ``unpacked`` bytes of repeated rows, packed into about
    a megabyte: one deflated block of rows is repeated (each ends with a full flush, so
    it refers to nothing before it)."""
    members = read_members(source)
    name, xml = _sheets(members)[2]
    end = xml.index(b"</sheetData>")
    last = xml[xml.rindex(b"<row ", 0, end) : end]
    block = re.sub(rb' r="[A-Z]*\d+"', b"", last) * 2000
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(xml[:end]) + packer.flush(zlib.Z_FULL_FLUSH)
    body = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    repeats = max(1, (unpacked - len(xml)) // len(block))
    tail = packer.compress(xml[end:]) + packer.flush()
    crc = zlib.crc32(xml[:end])
    for _ in range(repeats):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(xml[end:], crc)
    size = len(xml) + repeats * len(block)
    entries = [(n, *_deflated(d)[1:]) for n, d in members if n != name]
    entries.append((name, head + body * repeats + tail, crc, size))
    return _raw_zip(entries)


def bombs(source: bytes) -> Iterator[tuple[str, bytes]]:
    yield "row-bomb-1gb", row_bomb(source)
    yield "row-bomb-64mb", row_bomb(source, 64 << 20)
    members = read_members(source)
    entries = [(n, *_deflated(d)[1:]) for n, d in members]
    for index, size in ((4, 0xFFFFFFF0), (2, 0x7FFFFFFF), (14, 9 << 20)):
        lying = list(entries)
        n, deflated, crc, _ = lying[index]
        lying[index] = (n, deflated, crc, size)
        yield f"declared-size-{size}", _raw_zip(lying)
    many = members + [(f"xl/media/x{i}.bin", b"") for i in range(50_000)]
    yield "fifty-thousand-entries", pack(many)
    name, xml = _sheets(members)[2]
    cell = _row_cells(xml, 3)[0][1]
    huge = xml.replace(cell, _inline(b"A", 3, random.Random(1).randbytes(6 << 20).hex()), 1)
    yield "twelve-megabyte-cell", pack(replaced(members, name, huge))


def hostile_corpus(source: bytes) -> Iterator[tuple[str, bytes]]:
    for family in (not_workbooks, damaged_zips, hostile_parts, sheet_names, headers, cells, bombs):
        yield from family(source)
