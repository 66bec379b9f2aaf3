"""Why an indicator-set workbook is refused: each problem's place (sheet, row, column,
field) and its Thai and English text. Plain strings, no Qt: the command line and the
Settings screen show the same words. Any one problem refuses the whole set."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass


class SetProblemCode(enum.Enum):
    FILE_REFUSED = "file_refused"  # message_th, message_en (the file cannot be read at all)
    DAMAGED = "damaged"  # detail
    MISSING_SHEET = "missing_sheet"  # sheet
    MISSING_COLUMN = "missing_column"
    NO_SET_ROW = "no_set_row"
    MANY_SET_ROWS = "many_set_rows"
    NEWER_LAYOUT = "newer_layout"  # version, supported
    REQUIRED = "required"
    NOT_A_NUMBER = "not_a_number"  # value
    NOT_YES_NO = "not_yes_no"  # value
    TOO_LONG = "too_long"  # limit
    FORMULA = "formula"
    YEAR_RANGE = "year_range"  # value, low, high
    YEARS_ORDER = "years_order"  # first, last
    UNKNOWN_DIMENSION = "unknown_dimension"  # value, allowed
    DUPLICATE_NUMBER = "duplicate_number"  # number, other_row
    NO_INDICATORS = "no_indicators"
    UNKNOWN_NUMBER = "unknown_number"  # number
    YEAR_OUTSIDE_SET = "year_outside_set"  # year, first, last
    DUPLICATE_THRESHOLD = "duplicate_threshold"  # other_row
    NEGATIVE = "negative"  # value
    OVERLAPPING_YEARS = "overlapping_years"  # set_code, name, first, last
    SET_IN_USE = "set_in_use"  # set_code, results


TEXTS: dict[SetProblemCode, tuple[str, str]] = {
    SetProblemCode.FILE_REFUSED: ("{message_th}", "{message_en}"),
    SetProblemCode.DAMAGED: (
        "แฟ้มเสียหายหรืออ่านไม่ได้ ({detail})",
        "The workbook is damaged or unreadable ({detail}).",
    ),
    SetProblemCode.MISSING_SHEET: (
        "ไม่มีแผ่นงาน {sheet} (ต้องมีแผ่นงานชื่อ {sheet} หรือ {key})",
        "There is no sheet {sheet} (a sheet named {sheet} or {key} is needed).",
    ),
    SetProblemCode.MISSING_COLUMN: (
        "ไม่มีคอลัมน์ {field} ในแถวที่ 1 (แถวรหัสคอลัมน์)",
        "There is no column {field} in row 1 (the row of column keys).",
    ),
    SetProblemCode.NO_SET_ROW: (
        "ไม่มีข้อมูลชุดตัวชี้วัดในแถวที่ 3",
        "The set's data is missing from row 3.",
    ),
    SetProblemCode.MANY_SET_ROWS: (
        "แผ่นงานนี้มีได้เพียงชุดเดียว (หนึ่งแถวข้อมูล)",
        "This sheet holds one set only (one data row).",
    ),
    SetProblemCode.NEWER_LAYOUT: (
        "แฟ้มใช้รูปแบบรุ่น {version} ซึ่งใหม่กว่าที่โปรแกรมนี้อ่านได้ (รุ่น {supported})",
        "The file uses layout version {version}, newer than this program reads ({supported}).",
    ),
    SetProblemCode.REQUIRED: ("ต้องกรอก", "Required."),
    SetProblemCode.NOT_A_NUMBER: (
        "“{value}” ไม่ใช่จำนวนเต็ม",
        "“{value}” is not a whole number.",
    ),
    SetProblemCode.NOT_YES_NO: (
        "“{value}” ต้องเป็น ใช่ หรือ ไม่ใช่ (TRUE/FALSE)",
        "“{value}” must be yes or no (TRUE/FALSE).",
    ),
    SetProblemCode.TOO_LONG: (
        "ข้อความยาวเกิน {limit} ตัวอักษร",
        "The text is longer than {limit} characters.",
    ),
    SetProblemCode.FORMULA: (
        "เซลล์นี้เป็นสูตร ต้องพิมพ์เป็นค่า ไม่ใช่สูตร",
        "This cell holds a formula; type the value, not a formula.",
    ),
    SetProblemCode.YEAR_RANGE: (
        "ปี {value} ไม่ใช่ปี พ.ศ. ที่เป็นไปได้ (ต้องอยู่ระหว่าง {low} ถึง {high})",
        "{value} is not a plausible Buddhist-era year (between {low} and {high}).",
    ),
    SetProblemCode.YEARS_ORDER: (
        "ปีสำรวจแรก {first} อยู่หลังปีสำรวจสุดท้าย {last}",
        "The first survey year {first} is after the last, {last}.",
    ),
    SetProblemCode.UNKNOWN_DIMENSION: (
        "ไม่รู้จักมิติ “{value}” ต้องเป็นหนึ่งใน {allowed}",
        "Unknown dimension “{value}”: use one of {allowed}.",
    ),
    SetProblemCode.DUPLICATE_NUMBER: (
        "ข้อที่ {number} ซ้ำกับแถว {other_row}",
        "Number {number} is repeated from row {other_row}.",
    ),
    SetProblemCode.NO_INDICATORS: (
        "ไม่มีตัวชี้วัดสักข้อ",
        "There is not a single indicator.",
    ),
    SetProblemCode.UNKNOWN_NUMBER: (
        "ข้อที่ {number} ไม่มีในแผ่นงานตัวชี้วัด",
        "Number {number} is not on the indicators sheet.",
    ),
    SetProblemCode.YEAR_OUTSIDE_SET: (
        "ปีสำรวจ {year} อยู่นอกช่วงปีของชุด ({first}–{last})",
        "Survey year {year} is outside the set's years ({first}–{last}).",
    ),
    SetProblemCode.DUPLICATE_THRESHOLD: (
        "เกณฑ์ของข้อนี้ในปีนี้ซ้ำกับแถว {other_row}",
        "This indicator's threshold for this year repeats row {other_row}.",
    ),
    SetProblemCode.NEGATIVE: (
        "ค่าเกณฑ์ {value} ติดลบไม่ได้",
        "The threshold {value} cannot be negative.",
    ),
    SetProblemCode.OVERLAPPING_YEARS: (
        "ช่วงปีซ้อนกับชุด {set_code} “{name}” ที่มีอยู่แล้ว (พ.ศ. {first}–{last}) ปีสำรวจหนึ่งใช้ได้เพียงชุดเดียว",
        "The years overlap set {set_code} “{name}” already here ({first}–{last}):"
        " a survey year uses one set only.",
    ),
    SetProblemCode.SET_IN_USE: (
        "มีชุดรหัส {set_code} อยู่แล้ว และมีผลตัวชี้วัดของครัวเรือนอ้างถึง {results} รายการ จึงแทนที่ไม่ได้ ใช้รหัสชุดใหม่",
        "Set {set_code} is already here and {results} household answers refer to it, so it"
        " cannot be replaced: give the new set a new code.",
    ),
}


@dataclass(frozen=True)
class SetProblem:
    """One reason the set is refused, and where: ``row`` (Excel's row number), ``column``
    (its letter) and ``field`` (the column's key) when they are known."""

    code: SetProblemCode
    sheet: str = ""
    row: int | None = None
    column: str = ""
    field: str = ""
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def message_th(self) -> str:
        return _place_th(self) + _format(TEXTS[self.code][0], self.params)

    @property
    def message_en(self) -> str:
        return _place_en(self) + _format(TEXTS[self.code][1], self.params)


def problem(
    code: SetProblemCode,
    sheet: str = "",
    row: int | None = None,
    column: str = "",
    field: str = "",
    **params: object,
) -> SetProblem:
    return SetProblem(code, sheet, row, column, field, {k: str(v) for k, v in params.items()})


def _place_th(found: SetProblem) -> str:
    parts = [f"แผ่นงาน {found.sheet}"] if found.sheet else []
    if found.row is not None:
        parts.append(f"แถว {found.row}")
    if found.column:
        parts.append(f"คอลัมน์ {found.column}")
    if found.field:
        parts.append(f"({found.field})")
    return " ".join(parts) + ": " if parts else ""


def _place_en(found: SetProblem) -> str:
    parts = [f"sheet {found.sheet}"] if found.sheet else []
    if found.row is not None:
        parts.append(f"row {found.row}")
    if found.column:
        parts.append(f"column {found.column}")
    place = ", ".join(parts)
    if found.field:
        place = f"{place} ({found.field})" if place else f"({found.field})"
    return place[:1].upper() + place[1:] + ": " if place else ""


def _format(text: str, params: dict[str, str]) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
