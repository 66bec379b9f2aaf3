"""The member rules' SQL against the Python the household form uses, on drawn values: a
national ID's check digit and first digit (stdnum through desktop.services.thai), a birth
date in the future, an age over 120 (the form's ``age_on``), whatever the day of the check."""

from __future__ import annotations

import datetime as dt
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.households import age_on
from desktop.services.quality import RULE_BY_CODE, RuleParameters
from desktop.services.thai import is_valid_national_id

MEMBERS = (
    "CREATE TABLE members (id INTEGER PRIMARY KEY, household_id INTEGER, seq INTEGER,"
    " first_name TEXT, last_name TEXT, national_id TEXT, birth_date DATE, is_head BOOLEAN)"
)


def found(code: str, *, national_id: str | None, birth: dt.date | None, today: dt.date) -> bool:
    """Whether rule ``code`` finds the one member with these values."""
    connection = sqlite3.connect(":memory:")
    connection.execute(MEMBERS)
    connection.execute(
        "INSERT INTO members VALUES (1, 7, 1, 'ทดสอบ', 'ระบบ', ?, ?, 1)",
        (national_id, birth.isoformat() if birth else None),
    )
    params = RuleParameters(today, 2567).values()
    rows = connection.execute(RULE_BY_CODE[code].sql, params).fetchall()
    connection.close()
    return rows == [(7, 1, "ทดสอบ ระบบ")] if rows else False


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text("0123456789", min_size=13, max_size=13),
        # valid IDs, so both sides of the check are drawn often
        st.text("0123456789", min_size=12, max_size=12).map(
            lambda stem: (
                stem + str((11 - sum(int(d) * (13 - i) for i, d in enumerate(stem)) % 11) % 10)
            )
        ),
    )
)
def test_the_id_rule_agrees_with_the_national_id_check(national_id: str) -> None:
    today = dt.date(2025, 6, 1)
    invalid = found("id_invalid", national_id=national_id, birth=None, today=today)
    assert invalid == (not is_valid_national_id(national_id))


def _near_121st_birthday(today: dt.date, days: int) -> dt.date:
    """A birth date ``days`` from the one that makes a person 121 on ``today``."""
    years_back = today.year - 121
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    return dt.date(years_back, today.month, day) + dt.timedelta(days=days)


TODAYS = st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31))
BIRTHS_AND_TODAYS = st.one_of(
    st.tuples(st.dates(dt.date(1850, 1, 1), dt.date(2100, 12, 31)), TODAYS),
    # the boundary of the age rule, where an off-by-one day hides
    TODAYS.flatmap(
        lambda today: st.tuples(
            st.integers(-3, 3).map(lambda days: _near_121st_birthday(today, days)),
            st.just(today),
        )
    ),
    # a leap day, either side of it
    st.tuples(
        st.just(dt.date(1904, 2, 29)),
        st.sampled_from(
            [dt.date(2025, 2, 28), dt.date(2025, 3, 1), dt.date(2024, 2, 29), dt.date(2024, 2, 28)]
        ),
    ),
)


@settings(max_examples=300, deadline=None)
@given(BIRTHS_AND_TODAYS)
def test_the_birth_rules_agree_with_the_forms_age(drawn: tuple[dt.date, dt.date]) -> None:
    birth, today = drawn
    assert found("birth_in_future", national_id=None, birth=birth, today=today) == (birth > today)
    over = found("age_over_120", national_id=None, birth=birth, today=today)
    assert over == (age_on(birth, today) > 120)
