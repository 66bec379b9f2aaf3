"""The province's target-household list, in whatever columns it arrives.

``preview_table`` finds the header row below title rows (merged title cells included),
guesses each column's field from its Thai or English header, and shows the first rows;
``MappingMemory`` remembers the clerk's mapping per header signature in the settings
table. One row is one person (members of a household share a house code, or a house
number in the same village) or one household (its head).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from db.settings_store import get_setting, set_setting
from desktop.services.exchange.reading.messages import RefusalCode, WorkbookRefused
from desktop.services.exchange.reading.values import INVISIBLE, text
from desktop.services.exchange.reading.xlsx_file import XlsxFile

HEADER_SCAN_ROWS = 30
SAMPLE_ROWS = 10
MAX_TABLE_ROWS = 200_000  # a district's list is a few thousand rows; a province's, tens
MAPPING_SETTING_PREFIX = "import.mapping."


@dataclass(frozen=True)
class ListField:
    name: str
    label_th: str
    label_en: str
    headers: tuple[str, ...]  # header words that name it (Thai and English), normalized on use


PROVINCE_LIST_FIELDS: tuple[ListField, ...] = (
    ListField("house_code", "รหัสบ้าน", "House code", ("รหัสบ้าน", "house code", "house id")),
    ListField(
        "house_no",
        "บ้านเลขที่",
        "House no.",
        ("บ้านเลขที่", "เลขที่บ้าน", "เลขที่", "house no", "house number", "address no"),
    ),
    ListField("village_moo", "หมู่ที่", "Village no.", ("หมู่ที่", "หมู่", "ม.", "moo", "village no")),
    ListField(
        "village_name",
        "ชื่อหมู่บ้าน",
        "Village name",
        ("หมู่บ้าน", "ชื่อหมู่บ้าน", "village", "village name"),
    ),
    ListField("village_code", "รหัสหมู่บ้าน", "Village code", ("รหัสหมู่บ้าน", "village code")),
    ListField(
        "subdistrict_name",
        "ตำบล",
        "Subdistrict",
        ("ตำบล", "ชื่อตำบล", "ต.", "subdistrict", "tambon", "sub-district"),
    ),
    ListField(
        "subdistrict_code",
        "รหัสตำบล",
        "Subdistrict code",
        ("รหัสตำบล", "subdistrict code", "tambon code"),
    ),
    ListField("title", "คำนำหน้า", "Title", ("คำนำหน้า", "คำนำหน้าชื่อ", "title", "prefix")),
    ListField("first_name", "ชื่อ", "First name", ("ชื่อ", "first name", "given name", "name")),
    ListField(
        "last_name", "นามสกุล", "Last name", ("นามสกุล", "สกุล", "last name", "surname", "family name")
    ),
    ListField(
        "full_name",
        "ชื่อ-นามสกุล",
        "Full name",
        (
            "ชื่อ-สกุล",
            "ชื่อ-นามสกุล",
            "ชื่อสกุล",
            "ชื่อนามสกุล",
            "ชื่อหัวหน้าครัวเรือน",
            "full name",
            "name-surname",
            "name surname",
        ),
    ),
    ListField(
        "national_id",
        "เลขประจำตัวประชาชน",
        "National ID",
        (
            "เลขประจำตัวประชาชน",
            "เลขบัตรประชาชน",
            "บัตรประชาชน",
            "เลขบัตร",
            "เลขประชาชน",
            "national id",
            "citizen id",
            "id card",
            "pid",
            "id no",
        ),
    ),
    ListField(
        "birth_date",
        "วันเกิด",
        "Birth date",
        ("วันเกิด", "วันเดือนปีเกิด", "ว/ด/ปเกิด", "วดปเกิด", "birth date", "date of birth", "dob"),
    ),
    ListField("sex", "เพศ", "Sex", ("เพศ", "sex", "gender")),
    ListField(
        "relation",
        "ความสัมพันธ์กับหัวหน้าครัวเรือน",
        "Relation to head",
        ("ความสัมพันธ์", "ความเกี่ยวข้อง", "สถานะในครัวเรือน", "relation", "relationship"),
    ),
    ListField(
        "is_head",
        "เป็นหัวหน้าครัวเรือน",
        "Is the head",
        ("เป็นหัวหน้าครัวเรือน", "is head", "head of household (y/n)"),
    ),
    ListField(
        "member_count",
        "จำนวนสมาชิก (ไม่นำเข้า)",
        "Members (not imported)",
        ("จำนวนสมาชิก", "สมาชิก(คน)", "members", "household size"),
    ),
    ListField(
        "welfare_card",
        "มีบัตรสวัสดิการแห่งรัฐ",
        "Welfare card",
        ("บัตรสวัสดิการแห่งรัฐ", "บัตรสวัสดิการ", "บัตรคนจน", "welfare card"),
    ),
    ListField(
        "source_list",
        "แหล่งรายชื่อ",
        "Source list",
        ("แหล่งรายชื่อ", "แหล่งข้อมูล", "ที่มา", "source", "source list"),
    ),
    ListField("notes", "หมายเหตุ", "Notes", ("หมายเหตุ", "notes", "note", "remark", "remarks")),
    ListField(
        "failed_indicators",
        "ตัวชี้วัดที่ไม่ผ่าน (เลขข้อ)",
        "Failed indicators (numbers)",
        (
            "ตัวชี้วัดที่ไม่ผ่าน",
            "ตัวชี้วัดที่ไม่ผ่านเกณฑ์",
            "ตัวชี้วัดที่ตกเกณฑ์",
            "ข้อที่ไม่ผ่าน",
            "จปฐ.ที่ไม่ผ่าน",
            "ตัวชี้วัด",
            "failed indicators",
        ),
    ),
    *(
        ListField(f"failed_{dimension}", f"ไม่ผ่านมิติ{thai}", f"Fails {dimension}", headers)
        for dimension, thai, headers in (
            ("health", "สุขภาพ", ("ด้านสุขภาพ", "มิติสุขภาพ", "สุขภาพ", "health")),
            (
                "living",
                "ความเป็นอยู่",
                ("ด้านความเป็นอยู่", "มิติความเป็นอยู่", "ความเป็นอยู่", "living"),
            ),
            ("education", "การศึกษา", ("ด้านการศึกษา", "มิติการศึกษา", "การศึกษา", "education")),
            ("income", "รายได้", ("ด้านรายได้", "มิติรายได้", "รายได้", "income")),
            (
                "access",
                "การเข้าถึงบริการรัฐ",
                (
                    "ด้านการเข้าถึงบริการรัฐ",
                    "มิติการเข้าถึงบริการรัฐ",
                    "การเข้าถึงบริการรัฐ",
                    "การเข้าถึง",
                    "access",
                ),
            ),
        )
    ),
)
FIELD_BY_NAME = {field.name: field for field in PROVINCE_LIST_FIELDS}

_NOISE = re.compile(r"[\s_:*/.\-]+|\(.*?\)")


def normalize_header(value: Any) -> str:
    """Header text for matching: lower case, no spaces, no invisible characters, no
    parenthesised notes ("ชื่อ (ตัวบรรจง)" → "ชื่อ")."""
    cleaned = text(value).lower()
    for char in INVISIBLE:
        cleaned = cleaned.replace(char, "")
    return _NOISE.sub("", cleaned)


_SYNONYMS = sorted(
    (
        (normalize_header(word), field.name)
        for field in PROVINCE_LIST_FIELDS
        for word in field.headers
    ),
    key=lambda pair: -len(pair[0]),
)


def guess_field(header: Any) -> tuple[str | None, int]:
    """(field, strength): 2 = the header is a known name, 1 = it contains one, 0 = none."""
    normalized = normalize_header(header)
    if not normalized:
        return None, 0
    for word, name in _SYNONYMS:
        if normalized == word:
            return name, 2
    for word, name in _SYNONYMS:
        if len(word) >= 2 and word in normalized:
            return name, 1
    return None, 0


def guess_mapping(headers: list[str]) -> dict[int, str | None]:
    """Each column's guessed field; a field goes to its best (then leftmost) column."""
    guesses = {index: guess_field(header) for index, header in enumerate(headers)}
    best: dict[str, tuple[int, int]] = {}
    for index, (name, strength) in guesses.items():
        if name is not None and (name not in best or strength > best[name][0]):
            best[name] = (strength, index)
    chosen = {index: name for name, (_, index) in best.items()}
    return {index: chosen.get(index) for index in range(len(headers))}


@dataclass(frozen=True)
class TablePreview:
    sheets: list[str]
    sheet: str
    header_row: int  # Excel row number (1-based)
    headers: list[str]
    sample_rows: list[list[str]]
    guessed: dict[int, str | None]

    @property
    def signature(self) -> str:
        return header_signature(self.headers)


def header_signature(headers: list[str]) -> str:
    joined = "\x1f".join(normalize_header(header) for header in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


def _filled_rows(book: XlsxFile, sheet: str, count: int) -> list[list[Any]]:
    """The first ``count`` rows (Excel rows 1..count), merged ranges filled with their
    top-left value so a merged header names every column it spans."""
    rows: list[list[Any]] = []
    for number, row, _formulas in book.rows(sheet, max_rows=MAX_TABLE_ROWS):
        while len(rows) < number - 1:
            rows.append([])
        if number > count:
            break
        rows.append(list(row))
    merged = book.merged_ranges(sheet)
    for first_row, first_col, last_row, last_col in merged:
        if first_row >= len(rows) or first_col >= len(rows[first_row]):
            continue
        value = rows[first_row][first_col]
        for r in range(first_row, min(last_row, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= last_col:
                row.extend([""] * (last_col + 1 - len(row)))
            for c in range(first_col, last_col + 1):
                if row[c] == "":
                    row[c] = value
    return rows


def find_header_row(rows: list[list[Any]]) -> int | None:
    """Index of the row naming the most known fields (at least two), else None."""
    best: tuple[int, int] | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        distinct = {text(value) for value in row if text(value)}
        if len(distinct) < 2:  # a title row, however merged
            continue
        named = {name for name in guess_mapping([text(v) for v in row]).values() if name}
        score = len(named)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, index)
    return None if best is None else best[1]


def choose_sheet(book: XlsxFile, sheet: str | None) -> str:
    if sheet is not None:
        if sheet not in book.sheets:
            raise WorkbookRefused(RefusalCode.SHEET_NOT_FOUND, sheet=sheet)
        return sheet
    if not book.sheet_names:
        raise WorkbookRefused(RefusalCode.NO_DATA, sheet="-")
    for name in book.sheet_names:  # the first sheet with a header row
        rows = _filled_rows(book, name, HEADER_SCAN_ROWS)
        if find_header_row(rows) is not None:
            return name
    return book.sheet_names[0]


def read_preview(book: XlsxFile, sheet: str | None = None) -> TablePreview:
    chosen = choose_sheet(book, sheet)
    if book.part_size(chosen) > 512 << 20:
        raise WorkbookRefused(
            RefusalCode.TOO_BIG, size_mb=book.part_size(chosen) >> 20, limit_mb=512
        )
    rows = _filled_rows(book, chosen, HEADER_SCAN_ROWS + SAMPLE_ROWS)
    header_index = find_header_row(rows)
    if header_index is None:
        raise WorkbookRefused(RefusalCode.NO_HEADER_ROW, sheet=chosen)
    headers = [text(value) for value in rows[header_index]]
    while headers and not headers[-1]:
        headers.pop()
    samples = [
        [text(value) for value in row[: len(headers)]]
        for row in rows[header_index + 1 :]
        if any(text(value) for value in row)
    ][:SAMPLE_ROWS]
    return TablePreview(
        book.sheet_names, chosen, header_index + 1, headers, samples, guess_mapping(headers)
    )


def preview_table(path: Path, sheet: str | None = None) -> TablePreview:
    """The header row, its headers, sample rows and the guessed mapping of a list."""
    with XlsxFile(Path(path)) as book:
        return read_preview(book, sheet)


class MappingMemory:
    """The clerk's column mapping, remembered per header signature (settings table)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory

    @staticmethod
    def key(headers: list[str]) -> str:
        return f"{MAPPING_SETTING_PREFIX}{header_signature(headers)}"

    def recall(self, headers: list[str]) -> dict[int, str | None] | None:
        with self._factory() as session:
            stored = get_setting(session, self.key(headers))
        if not stored:
            return None
        try:
            loaded = json.loads(stored)
        except ValueError:
            return None
        return {
            int(index): (name if name in FIELD_BY_NAME else None) for index, name in loaded.items()
        }

    def remember(self, headers: list[str], mapping: dict[int, str | None]) -> None:
        value = json.dumps({str(index): name for index, name in sorted(mapping.items())})
        with self._factory.begin() as session:
            set_setting(session, self.key(headers), value)
