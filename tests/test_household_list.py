"""The household list service against plain SQL/Python truth on a generated demo office.

The truth is computed from members, indicator_results, assistance and households' own
columns, never from the derived list columns or the search tables.
"""

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from alembic import command

from db.database import open_database
from db.engine import make_engine
from db.household_summary import refresh_household_summaries
from db.models.indicators import DIMENSIONS
from db.schema_version import alembic_config
from desktop.services.demo import generate_demo
from desktop.services.households.list_query import page_sql
from desktop.services.households.listing import (
    HouseholdFilter,
    HouseholdListService,
    HouseholdRow,
    SortKey,
)
from desktop.services.thai import sort_thai, thai_sort_key
from tests.household_examples import TPMAP_NUMBERS

HOUSEHOLDS = 400
ALL = 10_000  # a page size holding every household
STAGE_ORDER = {None: 0, "survival": 1, "sufficiency": 2, "sustainable": 3}


@dataclass
class Truth:
    village: str
    subdistrict: str
    stage: str | None
    source: str
    house_code: str | None
    house_no: str
    verified: str | None
    head_name: str = ""
    head_id: str | None = None
    names: list[str] = field(default_factory=list)
    national_ids: list[str] = field(default_factory=list)
    failed: set[int] = field(default_factory=set)
    dimensions: set[str] = field(default_factory=set)
    helped: bool = False


def load_truth(path: Path) -> dict[int, Truth]:
    connection = sqlite3.connect(path)
    try:
        truth = {
            hid: Truth(village, village[:6], stage, source, code, house_no, verified)
            for hid, village, stage, source, code, house_no, verified in connection.execute(
                "SELECT id, village_code, current_stage, source_list, house_code, house_no,"
                " last_verified_on FROM households"
            )
        }
        for hid, first, last, national_id, is_head in connection.execute(
            "SELECT household_id, first_name, last_name, national_id, is_head FROM members"
        ):
            name = f"{first.strip()} {last.strip()}".strip()
            truth[hid].names.append(name)
            if national_id:
                truth[hid].national_ids.append(national_id)
            if is_head:
                truth[hid].head_name, truth[hid].head_id = name, national_id
        latest = dict(
            connection.execute(
                "SELECT household_id, max(survey_year) FROM indicator_results GROUP BY 1"
            ).fetchall()
        )
        for hid, year, status, number, dimension in connection.execute(
            "SELECT r.household_id, r.survey_year, r.status, i.number, i.dimension"
            " FROM indicator_results r JOIN indicators i ON i.id = r.indicator_id"
        ):
            if status == "failed" and year == latest[hid]:
                truth[hid].failed.add(number)
                truth[hid].dimensions.add(dimension)
        for (hid,) in connection.execute("SELECT household_id FROM assistance"):
            truth[hid].helped = True
    finally:
        connection.close()
    return truth


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("list") / "demo.sqlite3"
    database = open_database(path)
    with database.session_factory.begin() as session:
        generate_demo(session, HOUSEHOLDS, seed=77)
    database.close()
    return path


@pytest.fixture(scope="module")
def demo(demo_path: Path) -> Iterator[tuple[HouseholdListService, dict[int, Truth]]]:
    database = open_database(demo_path)
    yield HouseholdListService(database.session_factory), load_truth(demo_path)
    database.close()


@pytest.fixture
def scratch(demo_path: Path, tmp_path: Path) -> Iterator[tuple[Path, HouseholdListService]]:
    """A copy of the demo office that a test may change."""
    path = tmp_path / "scratch.sqlite3"
    shutil.copy(demo_path, path)
    database = open_database(path)
    yield path, HouseholdListService(database.session_factory)
    database.close()


def ids(rows: list[HouseholdRow]) -> list[int]:
    return [row.id for row in rows]


def expect(service: HouseholdListService, household_filter: HouseholdFilter, wanted: set[int]):
    """Count, one page of everything, and pages of 60 (the service then reads broad
    matches along the sort index and narrow ones by their own index) all agree."""
    assert service.count(household_filter) == len(wanted), household_filter
    found = ids(service.page(household_filter, limit=ALL))
    assert len(found) == len(set(found))
    assert set(found) == wanted, household_filter
    paged: list[int] = []
    for offset in range(0, len(wanted) + 1, 60):
        paged += ids(service.page(household_filter, offset=offset, limit=60))
    assert paged == found, household_filter


def test_unfiltered_list_counts_everyone_in_thai_order_of_head_names(demo) -> None:
    service, truth = demo
    assert service.count(HouseholdFilter()) == HOUSEHOLDS
    rows = service.page(HouseholdFilter(), limit=ALL)
    assert [row.head_name for row in rows] == sort_thai(t.head_name for t in truth.values())
    descending = service.page(HouseholdFilter(), descending=True, limit=ALL)
    assert [row.head_name for row in descending] == [row.head_name for row in reversed(rows)]


def test_rows_carry_the_household_facts(demo) -> None:
    service, truth = demo
    for row in service.page(HouseholdFilter(), limit=ALL):
        fact = truth[row.id]
        assert (row.village_code, row.subdistrict_code) == (fact.village, fact.subdistrict)
        assert (row.house_no, row.house_code, row.stage) == (
            fact.house_no,
            fact.house_code,
            fact.stage,
        )
        assert row.head_national_id == fact.head_id
        assert row.member_count == len(fact.names)
        assert row.failed_dimensions == tuple(d for d in DIMENSIONS if d in fact.dimensions)
        assert row.helped is fact.helped and row.source_list == fact.source
        assert row.last_verified_on == (
            dt.date.fromisoformat(fact.verified) if fact.verified else None
        )
        assert row.village_moo == int(fact.village[6:]) and row.village_name
        assert row.subdistrict_name and row.key.startswith("6701-")


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_paging_covers_every_household_once(demo, sort: SortKey, descending: bool) -> None:
    service, _ = demo
    whole = ids(service.page(HouseholdFilter(), sort, descending, limit=ALL))
    paged: list[int] = []
    for offset in range(0, HOUSEHOLDS + 37, 37):
        paged += ids(service.page(HouseholdFilter(), sort, descending, offset, 37))
    assert paged == whole
    assert sorted(paged) == sorted(demo[1])


def _natural(house_no: str) -> tuple[int, int, str]:
    main, _, sub = house_no.partition("/")
    number = int(main) if main.isdigit() else 0
    return number, int(sub) if sub.isdigit() else 0, house_no


@pytest.mark.parametrize("sort", list(SortKey))
def test_each_sort_order(demo, sort: SortKey) -> None:
    service, truth = demo
    subdistrict_rank = {
        option.code: rank for rank, option in enumerate(service.filter_options().subdistricts)
    }

    def key(hid: int) -> tuple:
        t = truth[hid]
        return {
            SortKey.HOUSE_NO: (_natural(t.house_no), t.village),
            SortKey.VILLAGE: (t.village, _natural(t.house_no)),
            SortKey.SUBDISTRICT: (subdistrict_rank[t.subdistrict], t.village, _natural(t.house_no)),
            SortKey.HEAD_NAME: (thai_sort_key(t.head_name),),
            SortKey.HEAD_ID: (t.head_id or "",),
            SortKey.MEMBERS: (len(t.names),),
            SortKey.STAGE: (STAGE_ORDER[t.stage],),
            SortKey.LAST_VERIFIED: (t.verified or "",),
        }[sort] + (hid,)

    assert ids(service.page(HouseholdFilter(), sort, limit=ALL)) == sorted(truth, key=key)


def _filters(truth: dict[int, Truth]) -> list[tuple[HouseholdFilter, set[int]]]:
    def where(test) -> set[int]:
        return {hid for hid, t in truth.items() if test(t)}

    cases: list[tuple[HouseholdFilter, set[int]]] = []
    for subdistrict in sorted({t.subdistrict for t in truth.values()})[:4]:
        cases.append(
            (
                HouseholdFilter(subdistrict_code=subdistrict),
                where(lambda t, s=subdistrict: t.subdistrict == s),
            )
        )
    for village in sorted({t.village for t in truth.values()})[::9]:
        cases.append(
            (HouseholdFilter(village_code=village), where(lambda t, v=village: t.village == v))
        )
    for stage in ("survival", "sufficiency", "sustainable"):
        cases.append((HouseholdFilter(stage=stage), where(lambda t, s=stage: t.stage == s)))
    cases.append((HouseholdFilter(stage="none"), where(lambda t: t.stage is None)))
    for dimension in DIMENSIONS:
        cases.append(
            (
                HouseholdFilter(failing_dimension=dimension),
                where(lambda t, d=dimension: d in t.dimensions),
            )
        )
    for number in (1, 4, 5, 7, 8, 9, 10, 11, 15, 16, 17, 19, 20, 21, 22, 27, 28, 2, 99):
        cases.append(
            (HouseholdFilter(failing_indicator=number), where(lambda t, n=number: n in t.failed))
        )
    for source in ("tpmap", "thaiqm", "office", "nowhere"):
        cases.append(
            (HouseholdFilter(source_list=source), where(lambda t, s=source: t.source == s))
        )
    for helped in (True, False):
        cases.append((HouseholdFilter(helped=helped), where(lambda t, h=helped: t.helped is h)))
    first = sorted({t.subdistrict for t in truth.values()})[0]
    combined = HouseholdFilter(
        subdistrict_code=first, stage="survival", failing_dimension="income", helped=False
    )
    cases.append((
        combined,
        where(lambda t: (t.subdistrict, t.stage, t.helped) == (first, "survival", False)
              and "income" in t.dimensions),
    ))  # fmt: skip
    cases.append((
        HouseholdFilter(failing_indicator=22, source_list="tpmap", helped=True),
        where(lambda t: 22 in t.failed and t.source == "tpmap" and t.helped),
    ))  # fmt: skip
    return cases


def test_every_filter_and_its_count(demo) -> None:
    service, truth = demo
    cases = _filters(truth)
    assert sum(bool(wanted) for _, wanted in cases) > 0.8 * len(cases)
    for household_filter, wanted in cases:
        expect(service, household_filter, wanted)


def test_unknown_filter_values_are_refused(demo) -> None:
    service, _ = demo
    with pytest.raises(ValueError):
        service.count(HouseholdFilter(stage="asleep"))
    with pytest.raises(ValueError):
        service.page(HouseholdFilter(failing_dimension="luck"))


def _name_hits(truth: dict[int, Truth], query: str) -> set[int]:
    return {hid for hid, t in truth.items() if any(query in name for name in t.names)}


def _digit_hits(truth: dict[int, Truth], prefix: str) -> set[int]:
    return {
        hid
        for hid, t in truth.items()
        if any(i.startswith(prefix) for i in t.national_ids)
        or (t.house_code or "").startswith(prefix)
    }


def _sample_names(truth: dict[int, Truth]) -> list[str]:
    names = sorted({name for t in truth.values() for name in t.names})
    return names[:: max(1, len(names) // 40)]


def test_search_by_thai_substrings_of_any_member(demo) -> None:
    service, truth = demo
    queries: set[str] = set()
    for index, name in enumerate(_sample_names(truth)):
        first, _, last = name.partition(" ")
        size = 3 + index % 4
        start = index % max(1, len(first) - size + 1)
        queries.add(first[start : start + size])
        queries.add(last[-size:])
        if len(first) >= 2 and len(last) >= 2:
            queries.add(f"{first[-2:]} {last[:2]}")  # across the space
    assert len(queries) > 60
    for query in sorted(queries):
        if len(query) >= 3:
            expect(service, HouseholdFilter(search=query), _name_hits(truth, query))


def test_search_by_one_or_two_characters(demo) -> None:
    service, truth = demo
    names = _sample_names(truth)
    queries = {name[i : i + 2] for name in names[:15] for i in (0, 3)} | {"ก", "ย", "์", "า"}
    for query in sorted(q for q in queries if q.strip()):
        wanted = _name_hits(truth, query)
        expect(service, HouseholdFilter(search=query), wanted)


def test_search_by_national_id_prefix(demo) -> None:
    service, truth = demo
    people = sorted(i for t in truth.values() for i in t.national_ids)
    for national_id in people[::97]:
        for length in range(1, 14):
            prefix = national_id[:length]
            expect(service, HouseholdFilter(search=prefix), _digit_hits(truth, prefix))
    expect(service, HouseholdFilter(search="99999999"), set())
    expect(service, HouseholdFilter(search="1" * 20), set())


def test_search_by_house_code_prefix(demo) -> None:
    service, truth = demo
    codes = sorted(t.house_code for t in truth.values() if t.house_code)
    for code in codes[::41]:
        for length in (4, 6, 7, 8, 9, 11):
            expect(
                service, HouseholdFilter(search=code[:length]), _digit_hits(truth, code[:length])
            )


def test_thai_digits_spaces_and_dashes_in_a_number(demo) -> None:
    service, truth = demo
    national_id = sorted(i for t in truth.values() for i in t.national_ids)[5]
    thai = national_id.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    grouped = f"{thai[0]}-{thai[1:5]}-{thai[5:10]}-{thai[10:12]}-{thai[12]}"
    wanted = _digit_hits(truth, national_id)
    assert wanted
    for query in (thai, grouped, f"  {national_id[:1]} {national_id[1:5]} {national_id[5:9]} "):
        digits = "".join(
            ch for ch in query.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")) if ch.isdigit()
        )
        expect(service, HouseholdFilter(search=query), _digit_hits(truth, digits))


HOSTILE = [
    '"', '""', '"""', "*", "**", "OR", "AND", "NOT", "NEAR(", "NEAR(ก ข, 2)", 'a" OR "b',
    "ก*", "^ก", "(", ")", "{", "}", ":", "col:ก", "names:สม", "%", "_", "\\", "'", "-", "---",
    "'; DROP TABLE households; --", "\x00", "ก\x00ข", "\ud800", "\u200b", "ก\u200bข", "\n\n",
    "ก\nข", "x" * 500, "ก" * 300, "1" * 300, "๑-", " - ", "ก\"*ข", "+", "1e5", "0x1F", "NULL",
]  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE)
def test_odd_and_hostile_searches_never_raise(demo, query: str) -> None:
    service, _ = demo
    for household_filter in (
        HouseholdFilter(search=query),
        HouseholdFilter(search=query, stage="survival", helped=False),
    ):
        count = service.count(household_filter)
        rows = service.page(household_filter, SortKey.VILLAGE, limit=ALL)
        assert count == len(rows)


def test_search_combines_with_filters(demo) -> None:
    service, truth = demo
    name = _sample_names(truth)[7]
    query = name.split(" ")[-1][:3]
    prefix = sorted(i for t in truth.values() for i in t.national_ids)[0][:5]
    for search, hits in ((query, _name_hits(truth, query)), (prefix, _digit_hits(truth, prefix))):
        for household_filter, wanted in _filters(truth)[::3]:
            combined = HouseholdFilter(**{**household_filter.__dict__, "search": search})
            expect(service, combined, wanted & hits)


@pytest.mark.parametrize("sort", [SortKey.HEAD_NAME, SortKey.STAGE, SortKey.VILLAGE])
def test_both_page_plans_give_the_same_rows(demo_path, demo, sort: SortKey) -> None:
    _, truth = demo
    names = _sample_names(truth)
    national_id = sorted(i for t in truth.values() for i in t.national_ids)[11]
    searches = [
        "",
        names[4][:3],
        names[9][-4:],
        names[2][:2],
        "ก",
        *(national_id[:n] for n in (1, 5, 7, 8, 13)),
    ]
    connection = sqlite3.connect(demo_path)
    try:
        for search in searches:
            for household_filter, _ in _filters(truth)[::4]:
                combined = HouseholdFilter(**{**household_filter.__dict__, "search": search})
                for offset, limit, descending in ((0, 25, False), (30, 1000, True)):
                    in_order, by_matches = (
                        connection.execute(
                            *page_sql(combined, sort, descending, offset, limit, in_order=plan)
                        ).fetchall()
                        for plan in (True, False)
                    )
                    assert list(in_order) == list(by_matches), (combined, offset)
    finally:
        connection.close()


def test_filter_options(demo) -> None:
    service, truth = demo
    options = service.filter_options()
    names = [option.name_th for option in options.subdistricts]
    assert names == sort_thai(names) and len(names) >= 5
    assert {t.subdistrict for t in truth.values()} <= {o.code for o in options.subdistricts}
    for subdistrict, villages in options.villages.items():
        assert [v.moo for v in villages] == sorted(v.moo for v in villages)
        assert all(v.code.startswith(subdistrict) for v in villages)
    assert {t.village for t in truth.values()} <= {
        v.code for villages in options.villages.values() for v in villages
    }
    assert [i.number for i in options.indicators] == TPMAP_NUMBERS
    assert options.indicators[-1].dimension == "access" and options.indicators[0].text_th
    assert [code for code, _ in options.source_lists] == ["tpmap", "thaiqm", "office"]


def _execute(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def _refresh(path: Path, household_ids: list[int] | None) -> None:
    database = open_database(path)
    with database.session_factory.begin() as session:
        refresh_household_summaries(session, household_ids)
    database.close()


def test_refresh_after_a_member_renamed(scratch) -> None:
    path, service = scratch
    row = service.page(HouseholdFilter(), limit=1)[0]
    name_key = thai_sort_key("กกกกก ขขขขข").hex()
    _execute(
        path,
        "UPDATE members SET first_name = 'กกกกก', last_name = 'ขขขขข',"
        f" name_key = x'{name_key}' WHERE household_id = {row.id} AND is_head = 1",
    )
    assert service.count(HouseholdFilter(search="กกกกก")) == 0  # not until refreshed
    _refresh(path, [row.id])
    assert ids(service.page(HouseholdFilter(search="กกกกก"))) == [row.id]
    assert service.count(HouseholdFilter(search="กก ขข")) == 1
    first = service.page(HouseholdFilter(), limit=1)[0]
    assert (first.id, first.head_name) == (row.id, "กกกกก ขขขขข")


def test_refresh_after_assistance_stage_and_deletion(scratch) -> None:
    path, service = scratch
    unhelped = service.page(HouseholdFilter(helped=False), limit=3)
    target, doomed = unhelped[0], unhelped[1]
    helped_before = service.count(HouseholdFilter(helped=True))
    _execute(
        path,
        "INSERT INTO assistance (household_id, given_on, kind, value_satang, outcome, note)"
        f" VALUES ({target.id}, '2025-01-10', 'kit', 0, '', '')",
        f"UPDATE households SET current_stage = NULL WHERE id = {target.id}",
        f"DELETE FROM households WHERE id = {doomed.id}",
    )
    _refresh(path, [target.id, doomed.id])
    assert service.count(HouseholdFilter(helped=True)) == helped_before + 1
    assert ids(service.page(HouseholdFilter(stage="none"))) == [target.id]
    assert service.page(HouseholdFilter(stage="none"), SortKey.STAGE)[0].stage is None
    assert doomed.id not in ids(service.page(HouseholdFilter(), limit=ALL))
    doomed_name = doomed.head_name.split(" ")[0]
    assert doomed.id not in ids(service.page(HouseholdFilter(search=doomed_name), limit=ALL))
    assert service.count(HouseholdFilter()) == HOUSEHOLDS - 1


def _snapshot(path: Path) -> tuple[list[tuple], list[tuple], list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        derived = connection.execute(
            "SELECT id, head_name, head_name_key, head_national_id, member_count,"
            " failed_dimensions, failed_indicators, helped, stage_rank, house_no_key"
            " FROM households ORDER BY id"
        ).fetchall()
        names = connection.execute(
            "SELECT rowid, names FROM household_name_search ORDER BY rowid"
        ).fetchall()
        codes = connection.execute(
            "SELECT rowid, codes FROM household_code_search ORDER BY rowid"
        ).fetchall()
        for table in ("household_name_search", "household_code_search"):
            connection.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
    finally:
        connection.close()
    return derived, names, [(rowid, " ".join(sorted(set(c.split())))) for rowid, c in codes]


def test_refresh_of_everything_matches_the_batches(scratch) -> None:
    path, _ = scratch
    before = _snapshot(path)
    _refresh(path, None)
    assert _snapshot(path) == before
    assert all(row[1] and row[4] >= 1 for row in before[0])


def test_refresh_of_a_few_matches_the_refresh_of_everything(scratch) -> None:
    path, service = scratch
    a, b, c, d, e = ids(service.page(HouseholdFilter(), limit=5))
    _execute(
        path,
        f"UPDATE members SET first_name = 'ใหม่' WHERE household_id = {a} AND is_head = 0",
        f"UPDATE households SET house_code = NULL, house_no = '9/9' WHERE id = {b}",
        f"UPDATE members SET national_id = NULL WHERE household_id = {b}",
        f"DELETE FROM members WHERE household_id = {c} AND is_head = 0",
        f"UPDATE indicator_results SET status = 'failed' WHERE household_id = {d}",
        "INSERT INTO assistance (household_id, given_on, kind, value_satang, outcome, note)"
        f" VALUES ({d}, '2025-01-10', 'kit', 0, '', '')",
        f"DELETE FROM households WHERE id = {e}",
    )
    before = _snapshot(path)
    _refresh(path, [a, b, c, d, e, 999_999])  # a few: documents compared in Python
    few = _snapshot(path)
    assert all(part != part_before for part, part_before in zip(few, before, strict=True))
    _refresh(path, None)
    assert _snapshot(path) == few


def test_migration_from_0001_fills_the_list_of_an_office_with_data(demo_path, tmp_path) -> None:
    old = tmp_path / "old.sqlite3"
    engine = make_engine(old, foreign_keys=False)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    connection = sqlite3.connect(old)
    connection.execute("ATTACH DATABASE ? AS demo", (str(demo_path),))
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'alembic_version'"
        )
    ]
    with connection:
        for table in tables:
            columns = ", ".join(
                f'"{row[1]}"' for row in connection.execute(f"PRAGMA table_info({table})")
            )
            connection.execute(
                f"INSERT INTO {table} ({columns}) SELECT {columns} FROM demo.{table}"
            )
    counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    connection.close()
    assert counts["households"] == HOUSEHOLDS and counts["members"] > HOUSEHOLDS

    database = open_database(old)  # migrates 0001 -> head
    try:
        assert database.backup_before_migration is not None
        service = HouseholdListService(database.session_factory)
        with sqlite3.connect(old) as check:
            for table, count in counts.items():
                assert check.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count
        assert _snapshot(old) == _snapshot(demo_path)
        truth = load_truth(old)
        expect(
            service,
            HouseholdFilter(search=_sample_names(truth)[3][:4]),
            _name_hits(truth, _sample_names(truth)[3][:4]),
        )
        expect(service, HouseholdFilter(search="16701"), _digit_hits(truth, "16701"))
    finally:
        database.close()
