"""The exchange workbook's building blocks: where keys, headers and data sit, the kinds
of cells, columns, sheets, metadata items and the fixed vocabularies. The sheets made of
them, and the layout's version, are in layout.py."""

from __future__ import annotations

import enum
from dataclasses import dataclass

KEY_ROW = 0  # zero-based rows, as XlsxWriter counts them
HEADER_ROW = 1
FIRST_DATA_ROW = 2
EXCEL_MAX_ROWS = 1_048_576
CELL_FONT = "TH SarabunPSK"
CELL_FONT_SIZE = 16


class Kind(enum.StrEnum):
    """What a column holds, and so how its cells are written and read back."""

    TEXT = "text"  # a string cell, never a formula (IDs and codes included)
    INT = "int"  # a whole number shown plainly: years (BE), sequence numbers, codes
    COUNT = "count"  # a whole number with thousands separators
    MONEY_BAHT = "money_baht"  # baht with 2 decimals (stored as satang)
    FLOAT = "float"  # a number with thousands separators
    PERCENT = "percent"  # a fraction shown as a percent (0.95 shows 95.0%)
    DATE = "date"  # a real date, shown dd/mm/yyyy in the Buddhist era
    BE_TEXT = "be_text"  # the same date as text, "15/03/2568"
    BOOL = "bool"  # TRUE / FALSE; blank where unknown


@dataclass(frozen=True)
class Column:
    key: str
    header_th: str
    header_en: str
    kind: Kind
    width: float
    derived: bool = False
    """Computed from other data (names, counts, totals); importers ignore it."""
    vocabulary: str | None = None
    """A fixed vocabulary (VOCABULARIES) whose Thai label is written instead of the code."""


@dataclass(frozen=True)
class Sheet:
    name: str  # machine name
    title_th: str  # the tab's name; continuations are "title (2)", "title (3)"...
    title_en: str
    personal: bool  # holds personal data: left out of an aggregates-only workbook
    columns: tuple[Column, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(column.key for column in self.columns)

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)


@dataclass(frozen=True)
class MetadataItem:
    key: str
    label_th: str
    label_en: str
    kind: Kind


# Fixed vocabularies: code -> Thai label as written in the cells (importers map it back).
VOCABULARIES: dict[str, dict[str, str]] = {
    "stage": {"survival": "อยู่รอด", "sufficiency": "พอเพียง", "sustainable": "ยั่งยืน"},
    "dimension": {
        "health": "สุขภาพ",
        "living": "ความเป็นอยู่",
        "education": "การศึกษา",
        "income": "รายได้",
        "access": "การเข้าถึงบริการรัฐ",
    },
    "result_status": {"passed": "ผ่าน", "failed": "ไม่ผ่าน", "na": "ไม่เกี่ยวข้อง"},
    "project_status": {
        "planned": "อยู่ระหว่างวางแผน",
        "running": "อยู่ระหว่างดำเนินการ",
        "done": "ดำเนินการแล้วเสร็จ",
        "cancelled": "ยกเลิก",
    },
    "sex": {"M": "ชาย", "F": "หญิง"},
    "activity_status": {
        "planned": "ตามแผน",
        "doing": "กำลังทำ",
        "done": "เสร็จแล้ว",
        "dropped": "ยกเลิก",
    },
}

K = Kind


def _c(
    key: str,
    th: str,
    en: str,
    kind: Kind,
    width: float,
    *,
    derived: bool = False,
    vocabulary: str | None = None,
) -> Column:
    return Column(key, th, en, kind, width, derived=derived, vocabulary=vocabulary)


def _date_pair(key: str, th: str, en: str) -> tuple[Column, Column]:
    return (
        _c(key, th, en, K.DATE, 12),
        _c(f"{key}_be", f"{th} (พ.ศ. ข้อความ)", f"{en} (BE text)", K.BE_TEXT, 12),
    )
