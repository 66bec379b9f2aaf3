"""The household list on PostgreSQL finds, counts, sorts and pages exactly as on SQLite:
the same demo office (same seed) is written on both engines and every answer compared.
The SQLite answers are themselves checked against the data in test_household_list."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from db.database import OfficeDatabase
from desktop.services.demo import generate_demo
from desktop.services.households.list_query import HouseholdFilter, SortKey
from desktop.services.households.listing import HouseholdListService
from desktop.services.office import create_office

HOUSEHOLDS = 240


def _demo(location: Path | str) -> OfficeDatabase:
    database = create_office(location, "6701", "สมศรี ใจดี")
    with database.session_factory.begin() as session:
        generate_demo(session, HOUSEHOLDS, seed=77)
    return database


@pytest.fixture(scope="module")
def offices(
    postgres_server, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[OfficeDatabase, OfficeDatabase]]:
    sqlite = _demo(tmp_path_factory.mktemp("list") / "demo.sqlite3")
    postgresql = _demo(postgres_server.new_database(template=postgres_server.office_template()))
    yield sqlite, postgresql
    sqlite.close()
    postgresql.close()


def _searches(database: OfficeDatabase) -> list[str]:
    """Searches of every kind, taken from the demo's own people and houses."""
    with database.session_factory() as session:
        first, last, national_id = session.execute(
            text("SELECT first_name, last_name, national_id FROM members ORDER BY id LIMIT 1")
        ).one()
        house_code = session.execute(
            text("SELECT house_code FROM households WHERE house_code IS NOT NULL LIMIT 1")
        ).scalar_one()
    return [
        first[:1],  # one character
        last[1:3],  # two
        first[1:4],  # a trigram inside a name
        f"{first} {last}",  # a whole name, with its space
        national_id[:1], national_id[:4], national_id[:7],  # digit prefixes
        national_id[:10], national_id,  # an ID range, a whole ID
        house_code[:5],  # a house code's prefix
        "%", "_", "50%_x",  # LIKE's wildcards are plain text
        "ไม่มีใครชื่อนี้",  # finds nothing
    ]  # fmt: skip


def _filters(searches: list[str]) -> list[HouseholdFilter]:
    plain = [
        HouseholdFilter(),
        HouseholdFilter(subdistrict_code="670101"),
        HouseholdFilter(stage="survival"),
        HouseholdFilter(stage="none"),
        HouseholdFilter(failing_dimension="income"),
        HouseholdFilter(failing_indicator=7),
        HouseholdFilter(helped=True),
        HouseholdFilter(helped=False, source_list="tpmap"),
    ]
    searched = [HouseholdFilter(search=search) for search in searches]
    mixed = [HouseholdFilter(search=search, helped=True) for search in searches[:4]]
    return plain + searched + mixed


def test_every_filter_and_search_counts_and_lists_the_same_households(offices) -> None:
    sqlite, postgresql = offices
    on_sqlite = HouseholdListService(sqlite.session_factory)
    on_postgresql = HouseholdListService(postgresql.session_factory)
    found_some = 0
    for household_filter in _filters(_searches(sqlite)):
        count = on_sqlite.count(household_filter)
        assert on_postgresql.count(household_filter) == count, household_filter
        assert on_postgresql.ids(household_filter) == on_sqlite.ids(household_filter)
        wanted = on_sqlite.page(household_filter, limit=HOUSEHOLDS)
        assert on_postgresql.page(household_filter, limit=HOUSEHOLDS) == wanted, household_filter
        found_some += count > 0
    assert found_some >= 15  # the searches do find households, on both engines


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_order_pages_the_same(offices, sort: SortKey, descending: bool) -> None:
    sqlite, postgresql = offices
    on_sqlite = HouseholdListService(sqlite.session_factory)
    on_postgresql = HouseholdListService(postgresql.session_factory)
    for offset in (0, 60, 200):
        wanted = on_sqlite.page(HouseholdFilter(), sort, descending, offset, 60)
        assert wanted
        assert on_postgresql.page(HouseholdFilter(), sort, descending, offset, 60) == wanted


def test_a_deleted_household_leaves_the_search_tables(offices) -> None:
    _sqlite, postgresql = offices
    with postgresql.session_factory.begin() as session:
        hid = session.execute(text("SELECT max(rowid) FROM household_name_search")).scalar_one()
        session.execute(text("DELETE FROM households WHERE id = :id"), {"id": hid})
        left = session.execute(
            text(
                "SELECT (SELECT count(*) FROM household_name_search WHERE rowid = :id)"
                " + (SELECT count(*) FROM household_code_search WHERE rowid = :id)"
            ),
            {"id": hid},
        ).scalar_one()
        session.rollback()
    assert left == 0
