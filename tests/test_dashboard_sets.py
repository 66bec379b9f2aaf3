"""The dashboard counts failing indicators per indicator set: a household counts toward
the set its latest answers are in, each set under its own indicator names, and every
figure opens a list of exactly the households it counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import OfficeDatabase
from desktop.services.dashboard import DashboardService
from desktop.services.households.list_query import HouseholdFilter
from desktop.services.office import build_services
from tests.dashboard_sets_office import (
    NEW_CODE,
    NEW_FIVE_TH,
    failing_by_set,
    two_set_office,
)
from tests.exchange_office import small_office
from tests.indicator_set_books import SHIPPED


@pytest.fixture
def office(tmp_path: Path) -> Iterator[OfficeDatabase]:
    database = two_set_office(tmp_path)
    yield database
    database.close()


def test_each_set_counts_only_the_households_answered_under_it(office: OfficeDatabase) -> None:
    dashboard = DashboardService(office.session_factory).build()
    assert [s.code for s in dashboard.indicator_sets] == [NEW_CODE, SHIPPED]
    new, old = dashboard.indicator_sets
    assert (new.first_year, new.last_year) == (2568, 2572) and new.answered and old.answered
    expected = failing_by_set(office)
    for figures in (new, old):
        counted = {i.number: i.failing.value for i in figures.indicators}
        assert counted == {n: expected[figures.code].get(n, 0) for n in counted}
    assert next(i for i in new.indicators if i.number == 5).name_th == NEW_FIVE_TH
    assert next(i for i in old.indicators if i.number == 5).name_th != NEW_FIVE_TH
    assert dashboard.indicators == new.indicators  # the newest set is shown first


def test_every_figure_opens_the_list_of_its_households(office: OfficeDatabase) -> None:
    dashboard = DashboardService(office.session_factory).build()
    listing = build_services(office).household_list
    for figures in dashboard.indicator_sets:
        for indicator in figures.indicators:
            assert indicator.failing.filter.answers_set == figures.code
            assert listing.count(indicator.failing.filter) == indicator.failing.value, (
                figures.code,
                indicator.number,
            )
    mixed = listing.count(HouseholdFilter(failing_indicator=5))
    per_set = sum(
        next(i for i in s.indicators if i.number == 5).failing.value
        for s in dashboard.indicator_sets
    )
    assert mixed == per_set  # the old count mixed both meanings of no. 5


def test_one_answered_set_keeps_the_plain_figures(tmp_path: Path) -> None:
    office = small_office(tmp_path, 20)
    try:
        dashboard = DashboardService(office.session_factory).build()
        assert [s.code for s in dashboard.indicator_sets] == [SHIPPED]
        listing = build_services(office).household_list
        for indicator in dashboard.indicators:
            assert indicator.failing.filter.answers_set is None
            assert listing.count(indicator.failing.filter) == indicator.failing.value
        assert sum(i.failing.value for i in dashboard.indicators) > 0
    finally:
        office.close()


def test_a_set_whose_indicator_ids_are_not_consecutive_counts_the_same(
    office: OfficeDatabase,
) -> None:
    before = DashboardService(office.session_factory).build().indicator_sets
    with office.session_factory.begin() as session:  # the new set's last id moves away
        connection = session.connection()
        moved = connection.exec_driver_sql(
            "SELECT max(i.id) FROM indicators i JOIN indicator_sets s ON s.id = i.set_id"
            f" WHERE s.code = '{NEW_CODE}'"
        ).scalar_one()
        gap = moved + 100
        connection.exec_driver_sql(f"UPDATE indicators SET number = -number WHERE id = {moved}")
        connection.exec_driver_sql(
            f"INSERT INTO indicators (id, set_id, number, dimension, text_th, text_en, tpmap)"
            f" SELECT {gap}, set_id, -number, dimension, text_th, text_en, tpmap"
            f" FROM indicators WHERE id = {moved}"
        )
        for table in ("indicator_results", "indicator_thresholds"):
            connection.exec_driver_sql(
                f"UPDATE {table} SET indicator_id = {gap} WHERE indicator_id = {moved}"
            )
        connection.exec_driver_sql(f"DELETE FROM indicators WHERE id = {moved}")
    after = DashboardService(office.session_factory).build().indicator_sets
    assert after == before
