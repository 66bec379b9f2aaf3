import itertools
import random

import pytest
from stdnum.th import pin

from desktop.services.thai import (
    IdProblem,
    InvalidNationalId,
    clean_national_id,
    format_national_id,
    is_valid_national_id,
    national_id_check_digit,
    normalize_digits,
    validate_national_id,
)

GOOD = "3670300123484"  # domain.md worked example: 3-6703-00123-48-4


def _reason(text: str) -> IdProblem:
    with pytest.raises(InvalidNationalId) as info:
        validate_national_id(text)
    assert isinstance(info.value, ValueError)
    return info.value.reason


def _weighted_sum(first12: str) -> int:
    return sum(int(d) * w for d, w in zip(first12, range(13, 1, -1), strict=True))


def test_worked_example_from_domain():
    assert _weighted_sum("367030012348") == 271
    assert national_id_check_digit("367030012348") == "4"
    assert validate_national_id(GOOD) == GOOD
    assert is_valid_national_id(GOOD)
    assert pin.is_valid(GOOD)


def test_generated_ids_agree_with_stdnum():
    rng = random.Random(2567)
    for _ in range(500):
        first12 = str(rng.randint(1, 8)) + "".join(rng.choice("0123456789") for _ in range(11))
        number = first12 + national_id_check_digit(first12)
        assert validate_national_id(number) == number
        assert pin.calc_check_digit(number) == number[-1]
        wrong = first12 + str((int(number[-1]) + 1) % 10)
        assert _reason(wrong) is IdProblem.BAD_CHECKSUM
        assert not pin.is_valid(wrong)


def test_edge_case_sum_mod_11_is_0_gives_check_1():
    # 1×13 + 1×9 = 22 ≡ 0 (mod 11)
    assert _weighted_sum("100010000000") % 11 == 0
    assert national_id_check_digit("100010000000") == "1"
    assert is_valid_national_id("1000100000001")
    assert pin.is_valid("1000100000001")


def test_edge_case_sum_mod_11_is_1_gives_check_0():
    # 1×13 + 1×10 = 23 ≡ 1 (mod 11)
    assert _weighted_sum("100100000000") % 11 == 1
    assert national_id_check_digit("100100000000") == "0"
    assert is_valid_national_id("1001000000000")
    assert pin.is_valid("1001000000000")


def test_edge_cases_found_by_search_agree_with_stdnum():
    found: dict[int, str] = {}
    for tail in itertools.product("0123456789", repeat=3):
        first12 = "1" + "0" * 8 + "".join(tail)
        found.setdefault(_weighted_sum(first12) % 11, first12)
    assert set(found) == set(range(11))
    assert national_id_check_digit(found[0]) == "1"
    assert national_id_check_digit(found[1]) == "0"
    for first12 in found.values():
        number = first12 + national_id_check_digit(first12)
        assert pin.is_valid(number)
        assert is_valid_national_id(number)


def test_bad_checksum():
    assert _reason("3670300123485") is IdProblem.BAD_CHECKSUM
    assert not is_valid_national_id("3670300123485")


def test_first_digit_0_or_9_rejected_even_with_good_checksum():
    for first in "09":
        first12 = first + "67030012348"
        number = first12 + national_id_check_digit(first12)
        assert _reason(number) is IdProblem.BAD_FIRST_DIGIT


def test_wrong_length():
    assert _reason("367030012348") is IdProblem.WRONG_LENGTH
    assert _reason("36703001234840") is IdProblem.WRONG_LENGTH
    assert _reason("1") is IdProblem.WRONG_LENGTH


def test_letters_and_other_digits_are_not_digits():
    assert _reason("367030012348A") is IdProblem.NOT_DIGITS
    assert _reason("3-6703-OO123-48-4") is IdProblem.NOT_DIGITS
    assert _reason("３６７０３００１２３４８４") is IdProblem.NOT_DIGITS  # fullwidth digits


def test_empty():
    for text in ("", "   ", " - - ", "\u200b"):
        assert _reason(text) is IdProblem.EMPTY


def test_thai_digits():
    assert normalize_digits("๐๑๒๓๔๕๖๗๘๙ ก") == "0123456789 ก"
    assert validate_national_id("๓๖๗๐๓๐๐๑๒๓๔๘๔") == GOOD


def test_separators_and_invisible_characters_are_ignored():
    for text in (
        " 3-6703-00123-48-4 ",
        "3 6703 00123 48 4",
        "3\u20136703\u201300123\u201348\u20134",  # en dashes from a word processor
        "3.6703.00123.48.4",
        "\ufeff3\u200b6703\u200c00123\u200d48\u00a04",
        "๓-๖๗๐๓-๐๐๑๒๓-๔๘-๔",
    ):
        assert clean_national_id(text) == GOOD, text
        assert validate_national_id(text) == GOOD, text


def test_format_and_mask():
    assert format_national_id(GOOD) == "3-6703-00123-48-4"
    assert format_national_id(GOOD, masked=True) == "3-6703-XXXXX-XX-4"
    assert format_national_id("๓ ๖๗๐๓ ๐๐๑๒๓ ๔๘ ๔") == "3-6703-00123-48-4"
    assert format_national_id(GOOD) == pin.format(GOOD)


def test_format_rejects_non_ids():
    with pytest.raises(InvalidNationalId) as info:
        format_national_id("12345")
    assert info.value.reason is IdProblem.WRONG_LENGTH


def test_check_digit_needs_12_digits():
    for bad in ("", "36703001234", "3670300123484", "36703001234x"):
        with pytest.raises(ValueError):
            national_id_check_digit(bad)
