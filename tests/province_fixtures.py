"""Two generated districts of Phetchabun with one planted conflict, exported as their
workbooks: the provincial office's tests consolidate them (registered in conftest)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.database import OfficeDatabase
from desktop.services.demo_data import generate_demo
from desktop.services.exchange_export import export_workbook
from desktop.services.office import create_office

CLERK = "จันทร์เพ็ญ ประจำจังหวัด"


@dataclass(frozen=True)
class Districts:
    first: Path  # อ.เมืองเพชรบูรณ์ (6701)
    second: Path  # อ.ชนแดน (6702), one person carrying an ID of the first
    national_id: str
    first_key: str  # the household of the first district holding the ID
    second_key: str  # the household of the second district claiming it


def _district(path: Path, code: str, households: int, seed: int) -> OfficeDatabase:
    database = create_office(path, code, "เสมียน อำเภอ")
    with database.session_factory.begin() as session:
        generate_demo(session, households, seed=seed, district_code=code)
    return database


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(path)) as con:
        return con.execute(sql, params).fetchall()


@pytest.fixture(scope="session")
def districts(tmp_path_factory: pytest.TempPathFactory) -> Districts:
    folder = tmp_path_factory.mktemp("districts")
    first = _district(folder / "6701.sqlite3", "6701", 40, 11)
    second = _district(folder / "6702.sqlite3", "6702", 30, 22)
    try:
        first_file, second_file = folder / "6701.sqlite3", folder / "6702.sqlite3"
        national_id, first_key = query(
            first_file,
            "SELECT m.national_id, h.key FROM members m JOIN households h ON h.id = m.household_id"
            " WHERE m.national_id IS NOT NULL AND NOT m.is_head ORDER BY h.key, m.seq LIMIT 1",
        )[0]
        member_id, second_key = query(
            second_file,
            "SELECT m.id, h.key FROM members m JOIN households h ON h.id = m.household_id"
            " WHERE m.national_id IS NOT NULL AND NOT m.is_head ORDER BY h.key DESC LIMIT 1",
        )[0]
        with closing(sqlite3.connect(second_file)) as con, con:
            con.execute("UPDATE members SET national_id = ? WHERE id = ?", (national_id, member_id))
        export_workbook(first.session_factory, folder / "6701.xlsx")
        export_workbook(second.session_factory, folder / "6702.xlsx")
    finally:
        first.close()
        second.close()
    return Districts(folder / "6701.xlsx", folder / "6702.xlsx", national_id, first_key, second_key)
