"""Two generated districts of Phetchabun with one planted conflict, exported as their
workbooks: the provincial office's tests consolidate them (registered in conftest)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.database import OfficeDatabase
from desktop.services.demo import generate_demo
from desktop.services.exchange.export import export_workbook
from desktop.services.office import create_office

CLERK = "จันทร์เพ็ญ ประจำจังหวัด"


@dataclass(frozen=True)
class Districts:
    first: Path  # อ.เมืองเพชรบูรณ์ (6701)
    second: Path  # อ.ชนแดน (6702), one person carrying an ID of the first
    national_id: str
    first_key: str  # the household of the first district holding the ID
    second_key: str  # the household of the second district claiming it
    third: Path  # อ.หล่มสัก (6703): the HEAD of one household claims the same ID
    third_key: str


def _district(path: Path, code: str, households: int, seed: int) -> OfficeDatabase:
    database = create_office(path, code, "เสมียน อำเภอ")
    with database.session_factory.begin() as session:
        generate_demo(session, households, seed=seed, district_code=code)
    return database


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(path)) as con:
        return con.execute(sql, params).fetchall()


def _claim(path: Path, national_id: str, *, head: bool) -> str:
    """Give ``national_id`` to one person (a head, or not) of the district; their key."""
    member_id, key = query(
        path,
        "SELECT m.id, h.key FROM members m JOIN households h ON h.id = m.household_id"
        " WHERE m.national_id IS NOT NULL AND m.is_head = ? ORDER BY h.key DESC LIMIT 1",
        (int(head),),
    )[0]
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("UPDATE members SET national_id = ? WHERE id = ?", (national_id, member_id))
    return key


@pytest.fixture(scope="session")
def districts(tmp_path_factory: pytest.TempPathFactory) -> Districts:
    folder = tmp_path_factory.mktemp("districts")
    made = [
        _district(folder / f"{code}.sqlite3", code, households, seed)
        for code, households, seed in (("6701", 40, 11), ("6702", 30, 22), ("6703", 12, 33))
    ]
    try:
        national_id, first_key = query(
            folder / "6701.sqlite3",
            "SELECT m.national_id, h.key FROM members m JOIN households h ON h.id = m.household_id"
            " WHERE m.national_id IS NOT NULL AND NOT m.is_head ORDER BY h.key, m.seq LIMIT 1",
        )[0]
        second_key = _claim(folder / "6702.sqlite3", national_id, head=False)
        third_key = _claim(folder / "6703.sqlite3", national_id, head=True)
        for database, code in zip(made, ("6701", "6702", "6703"), strict=True):
            export_workbook(database.session_factory, folder / f"{code}.xlsx")
    finally:
        for database in made:
            database.close()
    return Districts(
        folder / "6701.xlsx",
        folder / "6702.xlsx",
        national_id,
        first_key,
        second_key,
        folder / "6703.xlsx",
        third_key,
    )
