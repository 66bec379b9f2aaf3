"""Which rows under a list's header are not people: spacer rows, total rows ("รวม",
"รวมทั้งสิ้น", or a row of only numbers under the last person), the header repeated on a
later page, a group title written across merged cells. They are set aside as not data,
each with its reason, instead of being refused as people with bad IDs."""

from __future__ import annotations

import enum
import re
from typing import Any

from desktop.services.exchange.province.target_list import normalize_header
from desktop.services.exchange.reading.rows import valid_id_digits
from desktop.services.exchange.reading.values import CellProblem, digits, text

_TOTAL = re.compile(
    r"^(?:รวม|ยอดรวม|รวมทั้งสิ้น|รวมทั้งหมด|รวมทั้งหมู่บ้าน|total|grand\s*total|sum)"
    r"(?:$|[\s:=\-(0-9๐-๙])",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^[\s0-9๐-๙,.\-+%]+$")


class NotData(enum.Enum):
    BLANK = "blank"
    TOTAL = "total"
    NUMBERS_BELOW = "numbers_below"
    HEADER_AGAIN = "header_again"
    TITLE = "title"


NOT_DATA_TEXT: dict[NotData, tuple[str, str]] = {
    NotData.BLANK: ("แถวว่าง", "A blank row."),
    NotData.TOTAL: ("แถวรวม ({value}) ไม่ใช่รายชื่อ", "A total row ({value}), not a person."),
    NotData.NUMBERS_BELOW: (
        "แถวที่มีแต่ตัวเลขใต้รายชื่อ (ยอดรวม) ไม่ใช่รายชื่อ",
        "A row of only numbers under the list (a total), not a person.",
    ),
    NotData.HEADER_AGAIN: ("หัวตารางซ้ำ", "The header row again."),
    NotData.TITLE: ("ข้อความหัวข้อ ({value}) ไม่ใช่รายชื่อ", "A title ({value}), not a person."),
}


def not_data_text(code: NotData, value: str) -> tuple[str, str]:
    thai, english = NOT_DATA_TEXT[code]
    return thai.format(value=value), english.format(value=value)


def _is_national_id(value: Any) -> bool:
    found = digits_of(value)
    return len(found) == 13 and valid_id_digits(found)


def digits_of(value: Any) -> str:
    try:
        return digits(value)
    except CellProblem:
        return ""


def is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return bool(_NUMBER.match(text(value)))


class RowKinds:
    """Tells the rows that are not people from the ones that may be."""

    def __init__(self, headers: list[str], title_rows: set[int]) -> None:
        self.headers = [normalize_header(header) for header in headers]
        self.header_words = frozenset(word for word in self.headers if word)
        self.title_rows = title_rows  # Excel rows that begin a wide merged range

    def reason(self, number: int, row: list[Any]) -> tuple[NotData, str] | None:
        """Why the row is not a person, or None."""
        filled = [word for word in map(text, row) if word]
        if not filled:
            return NotData.BLANK, ""
        # The total word opens the row ("รวม" under the numbers column, "รวมทั้งสิ้น" under
        # the names); a note saying "รวม 2 หลัง" or a person named รวม with an ID is data.
        if _TOTAL.match(filled[0]) and not any(_is_national_id(value) for value in row):
            return NotData.TOTAL, filled[0]
        if normalize_header(filled[0]) in self.header_words:  # cheap test first
            same = sum(
                1
                for index, value in enumerate(row[: len(self.headers)])
                if self.headers[index] and normalize_header(value) == self.headers[index]
            )
            if same >= 2:
                return NotData.HEADER_AGAIN, ""
        if number in self.title_rows and len(set(filled)) == 1:
            return NotData.TITLE, filled[0]
        return None

    @staticmethod
    def only_numbers(row: list[Any]) -> bool:
        """A row whose every filled cell is a number (a total without its word)."""
        filled = [value for value in row if text(value)]
        return bool(filled) and all(is_number(value) for value in filled)
