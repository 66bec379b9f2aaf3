"""Buddhist-era (พ.ศ.) dates: parse what a clerk types, format for display.

Dates are stored as ISO (CE) ``datetime.date``; only the year shown differs (+543).
"""

from __future__ import annotations

import enum
import re
from datetime import date

from desktop.services.thai.national_id import normalize_digits

BE_OFFSET = 543
MIN_BE_YEAR = 2400
MAX_BE_YEAR = 2700

THAI_MONTHS_FULL: tuple[str, ...] = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT: tuple[str, ...] = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)


def _month_key(name: str) -> str:
    return re.sub(r"[.\s]", "", name)


# Month lookup by name with dots and spaces removed: "มี.ค." and "มีค" both give 3.
_MONTH_BY_KEY: dict[str, int] = {
    _month_key(name): number
    for names in (THAI_MONTHS_FULL, THAI_MONTHS_SHORT)
    for number, name in enumerate(names, start=1)
}

_INVISIBLE = str.maketrans({"\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None})
_NUMERIC_RE = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,4})")
_TEXT_RE = re.compile(r"(\d{1,2})\s*([^\d]+?)\s*(\d{1,4})")
_BE_PREFIX_RE = re.compile(r"\s*พ\s*\.?\s*ศ\s*\.?$")


class DateStyle(enum.Enum):
    """How :func:`format_be_date` writes a date."""

    NUMERIC = "numeric"  # 15/03/2567
    SHORT = "short"  # 15 มี.ค. 2567
    LONG = "long"  # 15 มีนาคม 2567


class DateProblem(enum.Enum):
    """Why a typed date was rejected."""

    EMPTY = "empty"
    FORMAT = "format"
    NO_SUCH_DATE = "no_such_date"
    YEAR_OUT_OF_RANGE = "year_out_of_range"


class InvalidThaiDate(ValueError):
    """A date string that cannot be accepted; ``reason`` says why."""

    def __init__(self, reason: DateProblem, text: str = "") -> None:
        super().__init__(f"invalid Thai date ({reason.value}): {text!r}")
        self.reason = reason
        self.text = text


def to_be_year(ce_year: int) -> int:
    """CE year → BE year."""
    return ce_year + BE_OFFSET


def to_ce_year(be_year: int) -> int:
    """BE year → CE year."""
    return be_year - BE_OFFSET


def _split(text: str) -> tuple[int, int, int]:
    """Return (day, month, BE year) as typed, or raise FORMAT."""
    numeric = _NUMERIC_RE.fullmatch(text)
    if numeric:
        return int(numeric[1]), int(numeric[3]), int(numeric[4])
    worded = _TEXT_RE.fullmatch(text)
    if worded:
        month = _MONTH_BY_KEY.get(_month_key(_BE_PREFIX_RE.sub("", worded[2])))
        if month is not None:
            return int(worded[1]), month, int(worded[3])
    raise InvalidThaiDate(DateProblem.FORMAT, text)


def parse_be_date(text: str) -> date:
    """Parse a BE date such as ``15/03/2567``, ``15 มี.ค. 2567`` or ``๑๕ มีนาคม พ.ศ. ๒๕๖๗``.

    Separators ``/ - .``; Thai digits; month names full or short, with or without
    dots. Years must be 4-digit BE in 2400–2700, so a CE year or a 2-digit year is
    rejected as YEAR_OUT_OF_RANGE.
    """
    cleaned = normalize_digits(text).translate(_INVISIBLE).replace("\u00a0", " ").strip()
    if not cleaned:
        raise InvalidThaiDate(DateProblem.EMPTY, text)
    day, month, be_year = _split(cleaned)
    if not MIN_BE_YEAR <= be_year <= MAX_BE_YEAR:
        raise InvalidThaiDate(DateProblem.YEAR_OUT_OF_RANGE, text)
    try:
        return date(to_ce_year(be_year), month, day)
    except ValueError as exc:
        raise InvalidThaiDate(DateProblem.NO_SUCH_DATE, text) from exc


def format_be_date(d: date, style: DateStyle = DateStyle.NUMERIC) -> str:
    """Write ``d`` with a BE year in the given style."""
    be_year = to_be_year(d.year)
    if style is DateStyle.NUMERIC:
        return f"{d.day:02d}/{d.month:02d}/{be_year}"
    names = THAI_MONTHS_SHORT if style is DateStyle.SHORT else THAI_MONTHS_FULL
    return f"{d.day} {names[d.month - 1]} {be_year}"
