from datetime import date

import pytest

from desktop.services.thai import (
    BE_OFFSET,
    DateProblem,
    DateStyle,
    InvalidThaiDate,
    format_be_date,
    parse_be_date,
    to_be_year,
)
from desktop.services.thai.buddhist_era import THAI_MONTHS_FULL, THAI_MONTHS_SHORT, to_ce_year


def _reason(text: str) -> DateProblem:
    with pytest.raises(InvalidThaiDate) as info:
        parse_be_date(text)
    assert isinstance(info.value, ValueError)
    return info.value.reason


def test_year_conversion():
    assert BE_OFFSET == 543
    assert to_be_year(2024) == 2567
    assert to_ce_year(2567) == 2024
    assert len(THAI_MONTHS_FULL) == len(THAI_MONTHS_SHORT) == 12


def test_formats():
    d = date(2024, 3, 15)
    assert format_be_date(d) == "15/03/2567"
    assert format_be_date(d, DateStyle.SHORT) == "15 มี.ค. 2567"
    assert format_be_date(d, DateStyle.LONG) == "15 มีนาคม 2567"
    assert format_be_date(date(2024, 1, 1), DateStyle.NUMERIC) == "01/01/2567"
    assert format_be_date(date(2024, 1, 1), DateStyle.SHORT) == "1 ม.ค. 2567"


@pytest.mark.parametrize(
    "d",
    [
        date(2024, 2, 29),  # 29 Feb 2567
        date(2023, 12, 31),  # 31 Dec 2566
        date(2024, 1, 1),  # 1 Jan 2567
        date(2024, 9, 30),  # 30 Sep 2567 (fiscal year end)
        date(2024, 10, 1),  # 1 Oct 2567 (fiscal year start)
    ],
)
@pytest.mark.parametrize("style", list(DateStyle))
def test_round_trip(d, style):
    assert parse_be_date(format_be_date(d, style)) == d


def test_every_month_name_parses():
    for month in range(1, 13):
        d = date(2024, month, 1)
        assert parse_be_date(format_be_date(d, DateStyle.SHORT)) == d
        assert parse_be_date(format_be_date(d, DateStyle.LONG)) == d


@pytest.mark.parametrize(
    "text",
    [
        "15/03/2567",
        "15/3/2567",
        "15-03-2567",
        "15.03.2567",
        "  15 / 03 / 2567  ",
        "๑๕/๐๓/๒๕๖๗",
        "15 มี.ค. 2567",
        "15 มีค 2567",
        "15มี.ค.2567",
        "15 มีนาคม 2567",
        "15 มีนาคม พ.ศ. 2567",
        "15 มี.ค. พ.ศ.2567",
        "๑๕ มีนาคม พ.ศ. ๒๕๖๗",
        "15\u00a0มี.ค.\u00a02567",
    ],
)
def test_accepted_inputs(text):
    assert parse_be_date(text) == date(2024, 3, 15)


def test_single_digit_day_and_month():
    assert parse_be_date("1/1/2567") == date(2024, 1, 1)
    assert parse_be_date("5 ก.พ. 2567") == date(2024, 2, 5)


def test_29_february_only_in_leap_years():
    assert parse_be_date("29/02/2567") == date(2024, 2, 29)  # CE 2024 is leap
    assert _reason("29/02/2566") is DateProblem.NO_SUCH_DATE
    assert _reason("29 ก.พ. 2566") is DateProblem.NO_SUCH_DATE


def test_impossible_day_or_month():
    assert _reason("31/04/2567") is DateProblem.NO_SUCH_DATE
    assert _reason("32/01/2567") is DateProblem.NO_SUCH_DATE
    assert _reason("15/13/2567") is DateProblem.NO_SUCH_DATE
    assert _reason("0/01/2567") is DateProblem.NO_SUCH_DATE


def test_ce_year_typed_by_mistake_is_out_of_range():
    assert _reason("15/03/2024") is DateProblem.YEAR_OUT_OF_RANGE
    assert _reason("15 มีนาคม 2024") is DateProblem.YEAR_OUT_OF_RANGE
    assert _reason("15/03/2701") is DateProblem.YEAR_OUT_OF_RANGE
    assert parse_be_date("01/01/2400") == date(1857, 1, 1)
    assert parse_be_date("31/12/2700") == date(2157, 12, 31)


def test_two_digit_years_rejected():
    assert _reason("15/03/67") is DateProblem.YEAR_OUT_OF_RANGE
    assert _reason("15 มี.ค. 67") is DateProblem.YEAR_OUT_OF_RANGE


@pytest.mark.parametrize(
    "text",
    [
        "garbage",
        "15/03-2567",  # mixed separators
        "15 มีนา 2567",  # not a month name we know
        "15 2567",
        "2567-03-15",  # ISO order is not a BE input format
        "15/03/25670",
        "15 March 2567",
        "15 พ.ศ. 2567",
    ],
)
def test_garbage_is_format(text):
    assert _reason(text) is DateProblem.FORMAT


def test_empty():
    for text in ("", "   ", "\u200b"):
        assert _reason(text) is DateProblem.EMPTY
