"""A search that finds a household through a member who is not the head names that member."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import open_database
from desktop.services.demo import generate_demo
from desktop.services.households.listing import HouseholdFilter, HouseholdListService

HOUSEHOLDS = 150
ALL = 10_000


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, HouseholdListService]]:
    path = tmp_path_factory.mktemp("matched") / "demo.sqlite3"
    database = open_database(path)
    with database.session_factory.begin() as session:
        generate_demo(session, HOUSEHOLDS, seed=31)
    yield path, HouseholdListService(database.session_factory)
    database.close()


def _members(path: Path) -> list[tuple[int, str, str, str | None, bool]]:
    """(household, name, relation's Thai name, national ID, is head) in each household's order."""
    with sqlite3.connect(path) as connection:
        return [
            (hid, f"{first.strip()} {last.strip()}".strip(), relation, national_id, bool(head))
            for hid, first, last, relation, national_id, head in connection.execute(
                "SELECT m.household_id, m.first_name, m.last_name, coalesce(c.name_th, m.relation),"
                " m.national_id, m.is_head FROM members AS m LEFT JOIN code_items AS c"
                " ON c.list_name = 'relation' AND c.code = m.relation ORDER BY m.seq, m.id"
            )
        ]


def _expected(members, found) -> dict[int, tuple[str, str] | None]:  # type: ignore[no-untyped-def]
    """Per household: the first non-head member ``found`` accepts, unless the head is found."""
    wanted: dict[int, tuple[str, str] | None] = {}
    heads = {hid for hid, _, _, _, head in members if head and found(_name_id(members, hid))}
    for hid, name, relation, national_id, head in members:
        if hid in heads or head or wanted.get(hid) is not None:
            continue
        wanted[hid] = (name, relation) if found((name, national_id)) else None
    return wanted


def _name_id(members, hid: int) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    return next((name, nid) for h, name, _, nid, head in members if h == hid and head)


def _shown(service: HouseholdListService, search: str) -> dict[int, tuple[str, str] | None]:
    return {
        row.id: (row.matched_name, row.matched_relation or "") if row.matched_name else None
        for row in service.page(HouseholdFilter(search=search), limit=ALL)
    }


def test_a_name_hit_on_a_non_head_member_names_that_member(office) -> None:
    path, service = office
    members = _members(path)
    heads = {hid: name for hid, name, _, _, head in members if head}
    others = [(hid, name) for hid, name, _, _, head in members if not head and len(name) >= 6]
    parts = {(hid, name[1:5].strip()) for hid, name in others[::7]}
    queries = {part for hid, part in parts if len(part) >= 3 and part not in heads[hid]}
    assert len(queries) >= 5
    named = 0
    for query in sorted(queries):
        expected = _expected(members, lambda person, q=query: q in person[0])
        shown = _shown(service, query)
        for hid, member in shown.items():
            assert member == expected.get(hid), (query, hid)
        named += sum(member is not None for member in shown.values())
    assert named >= len(queries)


def test_a_hit_on_the_head_names_nobody_else(office) -> None:
    path, service = office
    members = _members(path)
    head_name = next(name for _, name, _, _, head in members if head and len(name) >= 6)
    shown = _shown(service, head_name[:5])
    expected = _expected(members, lambda person: head_name[:5] in person[0])
    assert shown and all(shown[hid] == expected.get(hid) for hid in shown)
    heads_found = [hid for hid, name, _, _, head in members if head and head_name[:5] in name]
    assert heads_found and all(shown[hid] is None for hid in heads_found)


def test_an_id_prefix_of_a_non_head_member_names_that_member(office) -> None:
    path, service = office
    members = _members(path)
    hid, name, relation, national_id, _ = next(
        m for m in members if not m[4] and m[3] is not None and m[2]
    )
    assert _shown(service, national_id)[hid] == (name, relation)
    assert _shown(service, national_id[:9])[hid] == (name, relation)
    assert _shown(service, national_id[:5]).get(hid) == (name, relation) or any(
        other_head
        for h, _, _, nid, other_head in members
        if h == hid and other_head and nid and nid.startswith(national_id[:5])
    )
