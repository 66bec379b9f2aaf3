from datetime import date, timedelta

import pytest

from desktop.services.thai import fiscal_year_bounds, fiscal_year_of, quarter_bounds
from desktop.services.thai.fiscal_year import fiscal_quarter_of


def test_year_turns_on_1_october():
    assert fiscal_year_of(date(2024, 9, 30)) == 2567  # 30 Sep 2567 BE
    assert fiscal_quarter_of(date(2024, 9, 30)) == 4
    assert fiscal_year_of(date(2024, 10, 1)) == 2568  # 1 Oct 2567 BE
    assert fiscal_quarter_of(date(2024, 10, 1)) == 1


def test_quarter_edges():
    assert (fiscal_year_of(date(2023, 12, 31)), fiscal_quarter_of(date(2023, 12, 31))) == (2567, 1)
    assert (fiscal_year_of(date(2024, 1, 1)), fiscal_quarter_of(date(2024, 1, 1))) == (2567, 2)
    assert fiscal_quarter_of(date(2024, 3, 31)) == 2
    assert fiscal_quarter_of(date(2024, 4, 1)) == 3
    assert fiscal_quarter_of(date(2024, 6, 30)) == 3
    assert fiscal_quarter_of(date(2024, 7, 1)) == 4


def test_fiscal_year_bounds():
    assert fiscal_year_bounds(2567) == (date(2023, 10, 1), date(2024, 9, 30))
    assert fiscal_year_bounds(2568) == (date(2024, 10, 1), date(2025, 9, 30))


def test_quarter_bounds():
    assert quarter_bounds(2567, 1) == (date(2023, 10, 1), date(2023, 12, 31))
    assert quarter_bounds(2567, 2) == (date(2024, 1, 1), date(2024, 3, 31))
    assert quarter_bounds(2567, 3) == (date(2024, 4, 1), date(2024, 6, 30))
    assert quarter_bounds(2567, 4) == (date(2024, 7, 1), date(2024, 9, 30))


def test_quarters_tile_the_year_and_agree_with_fiscal_quarter_of():
    for fy in (2566, 2567, 2568):
        start, end = fiscal_year_bounds(fy)
        assert quarter_bounds(fy, 1)[0] == start
        assert quarter_bounds(fy, 4)[1] == end
        for q in (1, 2, 3):
            assert quarter_bounds(fy, q)[1] + timedelta(days=1) == quarter_bounds(fy, q + 1)[0]
        day = start
        while day <= end:
            assert fiscal_year_of(day) == fy
            q_start, q_end = quarter_bounds(fy, fiscal_quarter_of(day))
            assert q_start <= day <= q_end
            day += timedelta(days=1)


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_bad_quarter(quarter):
    with pytest.raises(ValueError):
        quarter_bounds(2567, quarter)
