"""Every column of every sheet of docs/workbook.md: a workbook without it, or with its key
renamed, is either refused (naming the sheet and the column) or changes nothing in the
database. An absent column is never read as blank cells (issue 14)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from db.database import OfficeDatabase
from desktop.services.exchange.import_ import WorkbookRefused, apply_plan, plan_import
from desktop.services.exchange.import_.importer import RefusalCode
from desktop.services.exchange.layout import SHEET_BY_NAME
from tests.exchange_office import database_dump, export_small, small_office
from tests.sheet_xml import delete_key_column, rename_key, rewrite_sheet

DOC = Path(__file__).resolve().parent.parent / "docs" / "workbook.md"
DISTRICT_SHEETS = (
    "metadata", "summary", "households", "members", "income", "indicator_results",
    "stage_history", "projects", "key_results", "progress_reports", "assistance",
    "development_plans", "plan_problems", "plan_activities", "follow_up_visits",
)  # fmt: skip


def documented_columns() -> list[tuple[str, str, str]]:
    """(sheet, tab, key) of every column table row of the document's sheet sections."""
    found: list[tuple[str, str, str]] = []
    current: tuple[str, str] | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"#{3,4} `(\w+)` — (\S+)", line)
        if heading:
            current = (heading[1], heading[2]) if heading[1] in DISTRICT_SHEETS else None
            continue
        if line.startswith("Items, in this order"):
            current = None  # the metadata items are rows, not columns
        cell = re.match(r"\| `(\w+)` \|", line)
        if current and cell:
            found.append((*current, cell[1]))
    return found


COLUMNS = documented_columns()


def test_the_document_lists_the_columns_of_every_sheet() -> None:
    sheets = {name for name, _, _ in COLUMNS}
    assert sheets == set(DISTRICT_SHEETS)
    assert len(COLUMNS) == sum(len(SHEET_BY_NAME[name].columns) for name in DISTRICT_SHEETS)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OfficeDatabase, Path]]:
    folder = tmp_path_factory.mktemp("every-column")
    database = small_office(folder, households=5)
    yield database, export_small(database, folder / "export.xlsx")
    database.close()


def _without(book_path: Path, out: Path, tab: str, key: str, how: str) -> Path:
    change = delete_key_column(key) if how == "deleted" else rename_key(key, f"{key}_renamed")
    return rewrite_sheet(book_path, out, tab, change)


def test_a_deleted_column_is_gone_and_the_next_one_moved_left(office, tmp_path) -> None:
    _, exported = office
    edited = _without(exported, tmp_path / "x.xlsx", "สมาชิก", "national_id", "deleted")
    sheet = openpyxl.load_workbook(edited, read_only=True)["สมาชิก"]
    before = openpyxl.load_workbook(exported, read_only=True)["สมาชิก"]
    keys = [c.value for c in next(before.iter_rows(max_row=1))]
    at = keys.index("national_id")
    rows = [list(row) for row in before.iter_rows(min_row=1, max_row=4, values_only=True)]
    expected = [row[:at] + row[at + 1 :] for row in rows]
    got = [list(row) for row in sheet.iter_rows(min_row=1, max_row=4, values_only=True)]
    assert [row[: len(keys) - 1] for row in got] == expected
    assert all(row[len(keys) - 1 :] in ([], [None]) for row in got)  # the old last column


@pytest.mark.parametrize("how", ["deleted", "renamed"])
@pytest.mark.parametrize(
    ("sheet_name", "tab", "key"), COLUMNS, ids=[f"{s}.{k}" for s, _, k in COLUMNS]
)
def test_a_missing_column_refuses_the_file_or_changes_nothing(
    office, tmp_path, sheet_name, tab, key, how
) -> None:
    database, exported = office
    before = database_dump(database)
    edited = _without(exported, tmp_path / f"{sheet_name}-{key}.xlsx", tab, key, how)
    try:
        plan = plan_import(database.session_factory, edited)
    except WorkbookRefused as refused:
        if refused.code is RefusalCode.MISSING_COLUMN:
            assert tab in refused.message_th and f"({key})" in refused.message_th
        else:  # without its metadata the file is no exchange workbook, and no list either
            assert sheet_name == "metadata", refused.message_en
    else:
        with plan:
            assert (plan.additions, plan.updates, plan.rejections) == ([], [], [])
            apply_plan(database.session_factory, plan, user_name="ทดสอบ")
    assert database_dump(database) == before
