"""The editable code lists (umbrellas, assistance types, budget sources, agency kinds)."""

from __future__ import annotations

import json
import sqlite3
from importlib.resources import files
from typing import Any

import pytest

from db.database import OfficeDatabase
from desktop.services.office import CodeListService
from desktop.services.projects import (
    EDITABLE_CODE_LISTS,
    CodeEntry,
    RecordNotFound,
    RecordProblemCode,
    RecordRejected,
)

CLERK = "สมศรี ใจดี"
CODE_ITEM_LISTS = tuple(name for name in EDITABLE_CODE_LISTS if name != "umbrella")
USAGE_SQL = {
    "umbrella": "SELECT umbrella_code, count(*) FROM projects GROUP BY 1",
    "assistance_type": "SELECT kind, count(*) FROM assistance GROUP BY 1",
    "budget_source": "SELECT budget_source, count(*) FROM projects GROUP BY 1",
    "agency_kind": "SELECT kind, count(*) FROM agencies GROUP BY 1",
}


def seed_file(name: str) -> Any:
    return json.loads(files("db").joinpath("seed_data", name).read_text(encoding="utf-8"))


def query(database: OfficeDatabase, sql: str, *params: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def log_rows(database: OfficeDatabase, table: str) -> list[tuple[object, ...]]:
    return query(
        database,
        "SELECT record_id, action, field, old_value, new_value, user_name FROM change_log"
        " WHERE table_name = ? ORDER BY id",
        table,
    )


@pytest.fixture
def codes(office_db: OfficeDatabase) -> CodeListService:
    return CodeListService(office_db.session_factory)


def codes_of(service: CodeListService, list_name: str, **options: bool) -> list[str]:
    return [entry.code for entry in service.entries(list_name, **options)]


# Reading ---------------------------------------------------------------------------------


def test_entries_are_the_seeded_lists_in_order(codes: CodeListService) -> None:
    lists = seed_file("code_lists.json")
    for list_name in CODE_ITEM_LISTS:
        entries = codes.entries(list_name)
        assert [(e.code, e.name_th, e.name_en) for e in entries] == [
            tuple(item) for item in lists[list_name]
        ]
        assert all(e.in_use == 0 and not e.retired for e in entries)
    umbrellas = codes.entries("umbrella")
    assert [(e.code, e.name_th, e.name_en) for e in umbrellas] == [
        (row["code"], row["name_th"], row["name_en"]) for row in seed_file("umbrellas.json")
    ]


def test_in_use_counts_match_the_records(demo_db: OfficeDatabase) -> None:
    codes = CodeListService(demo_db.session_factory)
    for list_name in EDITABLE_CODE_LISTS:
        used = {code: count for code, count in query(demo_db, USAGE_SQL[list_name]) if code}
        assert used, list_name
        entries = codes.entries(list_name)
        assert {e.code: e.in_use for e in entries if e.in_use} == used, list_name


def test_unknown_list_is_a_value_error(codes: CodeListService) -> None:
    entry = CodeEntry("x", "x", "x")
    calls = [
        lambda: codes.entries("title"),
        lambda: codes.active("nope"),
        lambda: codes.check("relation", entry, is_new=True),
        lambda: codes.save("relation", entry, is_new=True, user_name=CLERK),
        lambda: codes.set_retired("nope", "x", True, CLERK),
        lambda: codes.delete("nope", "x", CLERK),
        lambda: codes.move("nope", "x", 1, CLERK),
    ]
    for call in calls:
        with pytest.raises(ValueError):
            call()


# Checks ----------------------------------------------------------------------------------


def test_check_rules(codes: CodeListService) -> None:
    cases = [
        (CodeEntry("", "ชื่อ", ""), True, [(RecordProblemCode.REQUIRED, "code")]),
        (CodeEntry("Cash-2", "ชื่อ", ""), True, [(RecordProblemCode.BAD_CODE, "code")]),
        (CodeEntry("a" * 21, "ชื่อ", ""), True, [(RecordProblemCode.BAD_CODE, "code")]),
        (CodeEntry("รหัส", "ชื่อ", ""), True, [(RecordProblemCode.BAD_CODE, "code")]),
        (CodeEntry("cash", "ชื่อ", ""), True, [(RecordProblemCode.DUPLICATE_CODE, "code")]),
        (CodeEntry("new_kind", "  ", ""), True, [(RecordProblemCode.REQUIRED, "name_th")]),
        (CodeEntry("new_kind", "ก" * 201, ""), True, [(RecordProblemCode.TOO_LONG, "name_th")]),
        (CodeEntry("new_kind", "ก", "e" * 201), True, [(RecordProblemCode.TOO_LONG, "name_en")]),
        (CodeEntry("cash", "เงินช่วยเหลือ", "Cash"), False, []),  # renaming: not a duplicate
        (CodeEntry("a" * 20, "ก" * 200, "e" * 200), True, []),
        (CodeEntry("new_kind_2", "ใหม่", ""), True, []),
    ]
    for entry, is_new, expected in cases:
        problems = codes.check("assistance_type", entry, is_new=is_new)
        assert [(p.code, p.field) for p in problems] == expected, entry
        assert all(p.blocking for p in problems)
    too_long = codes.check("assistance_type", CodeEntry("x", "ก" * 201, ""), is_new=True)
    assert too_long[0].params == {"limit": "200"}
    umbrella = codes.check("umbrella", CodeEntry("food", "อาหาร", ""), is_new=True)
    assert [p.code for p in umbrella] == [RecordProblemCode.DUPLICATE_CODE]


# Writing ---------------------------------------------------------------------------------


@pytest.mark.parametrize("list_name", EDITABLE_CODE_LISTS)
def test_add_rename_retire_reorder_delete(
    office_db: OfficeDatabase, codes: CodeListService, list_name: str
) -> None:
    table = "umbrellas" if list_name == "umbrella" else "code_items"
    before = codes.entries(list_name)

    codes.save(list_name, CodeEntry("new_one", " ใหม่ ", "New"), is_new=True, user_name=CLERK)
    entries = codes.entries(list_name)
    assert [e.code for e in entries] == [*(e.code for e in before), "new_one"]
    added = entries[-1]
    assert (added.name_th, added.name_en, added.sort_order, added.retired) == (
        "ใหม่",
        "New",
        max(e.sort_order for e in before) + 1,
        False,
    )
    rowid = codes.rowid_of(list_name, "new_one")
    assert rowid is not None
    (inserted,) = log_rows(office_db, table)
    assert inserted[:3] == (rowid, "insert", "") and inserted[5] == CLERK
    summary = json.loads(str(inserted[4]))
    assert (summary["list_name"], summary["code"], summary["name_th"]) == (
        list_name,
        "new_one",
        "ใหม่",
    )

    renamed = CodeEntry("new_one", "ชื่อใหม่", "Renamed", sort_order=added.sort_order)
    codes.save(list_name, renamed, is_new=False, user_name=CLERK)
    assert codes.entries(list_name)[-1] == renamed
    assert log_rows(office_db, table)[1:] == [
        (rowid, "update", "name_th", "ใหม่", "ชื่อใหม่", CLERK),
        (rowid, "update", "name_en", "New", "Renamed", CLERK),
    ]

    codes.set_retired(list_name, "new_one", True, CLERK)
    assert codes.entries(list_name)[-1].retired
    assert "new_one" not in codes_of(codes, list_name, include_retired=False)
    assert "new_one" not in [e.code for e in codes.active(list_name)]
    assert log_rows(office_db, table)[-1] == (rowid, "update", "retired", "false", "true", CLERK)
    codes.set_retired(list_name, "new_one", False, CLERK)
    assert "new_one" in [e.code for e in codes.active(list_name)]

    first, second = before[0].code, before[1].code
    codes.move(list_name, "new_one", -1, CLERK)
    order = codes_of(codes, list_name)
    assert order[-2:] == ["new_one", before[-1].code]
    codes.move(list_name, first, 1, CLERK)
    assert codes_of(codes, list_name)[:2] == [second, first]
    codes.move(list_name, "new_one", -100, CLERK)  # clamped to the top
    assert codes_of(codes, list_name)[0] == "new_one"
    orders = [e.sort_order for e in codes.entries(list_name)]
    assert orders == list(range(1, len(orders) + 1))

    codes.delete(list_name, "new_one", CLERK)
    assert "new_one" not in codes_of(codes, list_name)
    assert log_rows(office_db, table)[-1][:3] == (rowid, "delete", "")
    with pytest.raises(RecordNotFound):
        codes.delete(list_name, "new_one", CLERK)
    with pytest.raises(RecordNotFound):
        codes.move(list_name, "new_one", 1, CLERK)


def test_a_new_entry_keeps_a_given_sort_order(codes: CodeListService) -> None:
    codes.save(
        "budget_source",
        CodeEntry("early", "ต้นรายการ", "", sort_order=1, retired=True),
        is_new=True,
        user_name=CLERK,
    )
    entries = codes.entries("budget_source")
    assert entries[0].code == "early" and entries[0].retired  # sort_order 1, "early" < ...
    assert "early" not in [e.code for e in codes.active("budget_source")]


def test_move_by_one_swaps_two_neighbours_only(
    office_db: OfficeDatabase, codes: CodeListService
) -> None:
    before = codes.entries("agency_kind")
    codes.move("agency_kind", before[2].code, 1, CLERK)
    after = {e.code: e.sort_order for e in codes.entries("agency_kind")}
    changed = {e.code for e in before if after[e.code] != e.sort_order}
    assert changed == {before[2].code, before[3].code}
    assert after[before[2].code] == before[3].sort_order
    assert len(log_rows(office_db, "code_items")) == 2
    codes.move("agency_kind", before[-1].code, 5, CLERK)  # already last: nothing to write
    assert len(log_rows(office_db, "code_items")) == 2


def test_rejected_save_writes_nothing(office_db: OfficeDatabase, codes: CodeListService) -> None:
    before = codes.entries("assistance_type")
    with pytest.raises(RecordRejected) as raised:
        codes.save("assistance_type", CodeEntry("cash", "ซ้ำ", ""), is_new=True, user_name=CLERK)
    assert [p.code for p in raised.value.problems] == [RecordProblemCode.DUPLICATE_CODE]
    with pytest.raises(RecordNotFound):
        codes.save("assistance_type", CodeEntry("ghost", "ผี", ""), is_new=False, user_name=CLERK)
    assert codes.entries("assistance_type") == before
    assert log_rows(office_db, "code_items") == []


def test_renaming_an_umbrella_keeps_its_aim(
    office_db: OfficeDatabase, codes: CodeListService
) -> None:
    (aim,) = query(office_db, "SELECT aim_th FROM umbrellas WHERE code = 'food'")[0]
    assert aim
    codes.save("umbrella", CodeEntry("food", "อาหาร", "Food", 1), is_new=False, user_name=CLERK)
    assert query(office_db, "SELECT name_th, aim_th FROM umbrellas WHERE code = 'food'") == [
        ("อาหาร", aim)
    ]


def test_delete_is_refused_while_in_use(demo_db: OfficeDatabase) -> None:
    codes = CodeListService(demo_db.session_factory)
    for list_name in EDITABLE_CODE_LISTS:
        used = {code: count for code, count in query(demo_db, USAGE_SQL[list_name]) if code}
        code, count = next(iter(used.items()))
        with pytest.raises(RecordRejected) as raised:
            codes.delete(list_name, code, CLERK)
        (problem,) = raised.value.problems
        assert (problem.code, problem.params) == (RecordProblemCode.IN_USE, {"count": str(count)})
        assert code in codes_of(codes, list_name)
        codes.set_retired(list_name, code, True, CLERK)  # retiring is the way out
        assert code not in [e.code for e in codes.active(list_name)]
        spare = CodeEntry("spare", "สำรอง", "Spare")
        codes.save(list_name, spare, is_new=True, user_name=CLERK)
        unused = next(e.code for e in codes.entries(list_name) if e.code not in used)
        codes.delete(list_name, unused, CLERK)
        assert unused not in codes_of(codes, list_name)
