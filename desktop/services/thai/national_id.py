"""Thai national ID (เลขประจำตัวประชาชน): cleaning, validation and display.

Store the 13 ASCII digits; show them grouped ``x-xxxx-xxxxx-xx-x``.
"""

from __future__ import annotations

import enum

ID_LENGTH = 13
MASK_CHAR = "X"

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# Characters a clerk may type or paste between digits: spaces, dashes of every
# kind (Word turns "-" into an en dash), dots, zero-width characters and NBSP.
_SEPARATORS = " \t\r\n-\u2010\u2011\u2012\u2013\u2014\u2212.\u200b\u200c\u200d\ufeff\u00a0"
_DROP_SEPARATORS = str.maketrans("", "", _SEPARATORS)
_ASCII_DIGITS = frozenset("0123456789")


class IdProblem(enum.Enum):
    """Why a national ID was rejected."""

    EMPTY = "empty"
    NOT_DIGITS = "not_digits"
    WRONG_LENGTH = "wrong_length"
    BAD_CHECKSUM = "bad_checksum"
    BAD_FIRST_DIGIT = "bad_first_digit"


class InvalidNationalId(ValueError):
    """A national ID that cannot be accepted; ``reason`` says why."""

    def __init__(self, reason: IdProblem, text: str = "") -> None:
        super().__init__(f"invalid national ID ({reason.value}): {text!r}")
        self.reason = reason
        self.text = text


def normalize_digits(text: str) -> str:
    """Turn Thai digits ๐–๙ into ASCII 0–9; leave everything else alone."""
    return text.translate(_THAI_DIGITS)


def clean_national_id(text: str) -> str:
    """Normalize digits and drop spaces, dashes, dots, zero-width chars and NBSP."""
    return normalize_digits(text).translate(_DROP_SEPARATORS)


def _is_ascii_digits(text: str) -> bool:
    return bool(text) and all(ch in _ASCII_DIGITS for ch in text)


def _check_shape(text: str) -> str:
    """Clean ``text`` and check it is 13 ASCII digits (no checksum)."""
    digits = clean_national_id(text)
    if not digits:
        raise InvalidNationalId(IdProblem.EMPTY, text)
    if not _is_ascii_digits(digits):
        raise InvalidNationalId(IdProblem.NOT_DIGITS, text)
    if len(digits) != ID_LENGTH:
        raise InvalidNationalId(IdProblem.WRONG_LENGTH, text)
    return digits


def validate_national_id(text: str) -> str:
    """Return the 13 clean digits of ``text`` or raise :class:`InvalidNationalId`.

    Besides the check digit, stdnum rejects a first digit of 0 or 9.
    """
    # stdnum here, not at the top: its package loads pydoc, a cost the app's start skips
    from stdnum.exceptions import (
        InvalidChecksum,
        InvalidComponent,
        InvalidFormat,
        InvalidLength,
        ValidationError,
    )
    from stdnum.th import pin

    digits = _check_shape(text)
    try:
        return pin.validate(digits)
    except InvalidComponent as exc:
        raise InvalidNationalId(IdProblem.BAD_FIRST_DIGIT, text) from exc
    except InvalidChecksum as exc:
        raise InvalidNationalId(IdProblem.BAD_CHECKSUM, text) from exc
    except InvalidLength as exc:  # subclass of InvalidFormat: test it first
        raise InvalidNationalId(IdProblem.WRONG_LENGTH, text) from exc
    except (InvalidFormat, ValidationError) as exc:
        raise InvalidNationalId(IdProblem.NOT_DIGITS, text) from exc


def is_valid_national_id(text: str) -> bool:
    """True when ``text`` is a valid national ID once cleaned."""
    try:
        validate_national_id(text)
    except InvalidNationalId:
        return False
    return True


def format_national_id(digits: str, *, masked: bool = False) -> str:
    """Group 13 digits as ``x-xxxx-xxxxx-xx-x`` (checksum not checked).

    ``masked`` hides digits 6–12 (PDPA printouts): ``3-6703-XXXXX-XX-4``.
    """
    d = _check_shape(digits)
    middle, pair = d[5:10], d[10:12]
    if masked:
        middle, pair = MASK_CHAR * len(middle), MASK_CHAR * len(pair)
    return "-".join((d[0], d[1:5], middle, pair, d[12]))


def national_id_check_digit(first12: str) -> str:
    """Check digit for 12 digits: ``(11 - Σ d_i × (14 − i) mod 11) mod 10``."""
    digits = normalize_digits(first12)
    if len(digits) != ID_LENGTH - 1 or not _is_ascii_digits(digits):
        raise ValueError(f"need exactly 12 digits, got {first12!r}")
    s = sum(int(d) * (ID_LENGTH - i) for i, d in enumerate(digits))
    return str((11 - s % 11) % 10)
