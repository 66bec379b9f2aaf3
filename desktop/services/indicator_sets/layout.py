"""The indicator-set workbook's layout (docs/indicator-set-workbook.md is its contract):
three sheets, each with the machine keys in row 1, the Thai headers in row 2 and data
from row 3. A test checks that the page lists exactly the keys defined here."""

from __future__ import annotations

from dataclasses import dataclass

from db.fixed_values import DIMENSIONS

LAYOUT_VERSION = 1
KEY_ROW, HEADER_ROW, FIRST_DATA_ROW = 1, 2, 3
MAX_ROWS = {"indicator_set": 20, "indicators": 1_000, "thresholds": 10_000}
MAX_TEXT = 2_000  # characters of an indicator's text (the longest official one has ~90)
MAX_CODE, MAX_NAME = 20, 200  # the columns' sizes in the database

DIMENSION_NAMES: dict[str, str] = {
    "health": "สุขภาพ",
    "living": "ความเป็นอยู่",
    "education": "การศึกษา",
    "income": "รายได้",
    "access": "การเข้าถึงบริการรัฐ",
}
assert tuple(DIMENSION_NAMES) == DIMENSIONS
YES_WORDS = frozenset({"true", "yes", "y", "1", "ใช่", "ใช้", "✓"})
NO_WORDS = frozenset({"false", "no", "n", "0", "ไม่ใช่", "ไม่ใช้", "ไม่"})


@dataclass(frozen=True)
class SetColumn:
    key: str
    header_th: str
    header_en: str
    width: int


@dataclass(frozen=True)
class SetSheet:
    key: str  # also accepted as the tab's name
    title: str  # the tab's Thai name, as written
    title_en: str
    columns: tuple[SetColumn, ...]
    required: tuple[str, ...]  # keys a workbook must have

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(column.key for column in self.columns)


SET_SHEET = SetSheet(
    "indicator_set",
    "ชุดตัวชี้วัด",
    "Indicator set",
    (
        SetColumn("code", "รหัสชุด", "Set code", 14),
        SetColumn("name_th", "ชื่อชุด (ไทย)", "Name (Thai)", 48),
        SetColumn("name_en", "ชื่อชุด (อังกฤษ)", "Name (English)", 40),
        SetColumn("first_year", "ปีสำรวจแรก (พ.ศ.)", "First survey year (BE)", 16),
        SetColumn("last_year", "ปีสำรวจสุดท้าย (พ.ศ.)", "Last survey year (BE)", 16),
        SetColumn("layout_version", "รุ่นรูปแบบแฟ้ม", "Layout version", 12),
    ),
    ("code", "name_th", "first_year", "last_year"),
)
INDICATOR_SHEET = SetSheet(
    "indicators",
    "ตัวชี้วัด",
    "Indicators",
    (
        SetColumn("number", "ข้อที่", "Number", 8),
        SetColumn("dimension", "มิติ", "Dimension", 18),
        SetColumn("text_th", "ตัวชี้วัด (ไทย)", "Indicator (Thai)", 60),
        SetColumn("text_en", "ตัวชี้วัด (อังกฤษ)", "Indicator (English)", 50),
        SetColumn("tpmap", "ใช้ใน TPMAP", "Used by TPMAP", 12),
    ),
    ("number", "dimension", "text_th"),
)
THRESHOLD_SHEET = SetSheet(
    "thresholds",
    "เกณฑ์",
    "Thresholds",
    (
        SetColumn("number", "ข้อที่", "Number", 8),
        SetColumn(
            "survey_year", "ปีสำรวจ (พ.ศ.) ว่าง = ทุกปี", "Survey year (BE), blank: every year", 22
        ),
        SetColumn("value", "ค่าเกณฑ์", "Threshold", 14),
    ),
    ("number", "value"),
)
SHEETS = (SET_SHEET, INDICATOR_SHEET, THRESHOLD_SHEET)
REQUIRED_SHEETS = (SET_SHEET, INDICATOR_SHEET)  # a set may have no thresholds sheet
