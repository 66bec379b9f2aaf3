"""Property: random edits a person could make to an exported workbook round-trip (issue 14).

Export a small generated office; edit it as in a spreadsheet (any editable cell of the
household sheets, rows added, deleted, swapped, blank rows, dates typed as BE text, IDs as
numbers, columns swapped or removed). Then the dry run reports exactly those edits field by
field, or refuses naming sheet and column, or rejects naming sheet, row and column; applying
it and exporting again gives back the edited workbook on every field the import keeps.
The same holds after LibreOffice re-saves a sample of edited workbooks.

Examples: 200 (profile "ci", the default; ROUND_TRIP_EXAMPLES=N changes it);
HYPOTHESIS_PROFILE=nightly runs 2,000 new random ones each time."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.database import open_database
from desktop.services.exchange.import_ import WorkbookRefused, apply_plan, plan_import
from desktop.services.exchange.import_.importer import RefusalCode
from desktop.services.exchange.layout import SHEET_BY_NAME
from tests.exchange_office import database_dump, export_small, resave_in_libreoffice, small_office
from tests.round_trip_edits import (
    HOUSEHOLD_SHEETS,
    Expected,
    RandomChooser,
    compared_keys,
    kind_of,
    make_edits,
    normal,
)
from tests.workbook_model import Tab, read_book, write_book

settings.register_profile(  # the same 200 examples every run: CI judges the change, not luck
    "ci",
    max_examples=int(os.environ.get("ROUND_TRIP_EXAMPLES", "200")),
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "nightly",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
TITLES = {name: SHEET_BY_NAME[name].title_th for name in SHEET_BY_NAME}
SERIALS = itertools.count(1000, 100)


class Office:
    """The exported small office, copied fresh for every example."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        database = small_office(folder, households=5, seed=31)
        self.book = export_small(database, folder / "export.xlsx")
        self.file = Path(database.session_factory.kw["bind"].url.database)
        database.close()
        self.original = read_book(self.book)

    def fresh(self):  # type: ignore[no-untyped-def]
        folder = Path(tempfile.mkdtemp(dir=self.folder))
        shutil.copy(self.file, folder / "office.sqlite3")
        return open_database(folder / "office.sqlite3"), folder


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return Office(tmp_path_factory.mktemp("round-trip"))


def _rows(sheet_name: str, tab: Tab, keys: list[str], skip: set[str]) -> list[tuple]:
    at = {key: tab.keys.index(key) for key in keys}
    household = tab.keys.index("household_key")
    out = []
    for row in tab.rows:
        if all(value in ("", None) for value in row) or row[household] in skip:
            continue
        out.append(tuple(normal(kind_of(sheet_name, key), row[at[key]]) for key in keys))
    return sorted(out, key=repr)


def check_round_trip(office: Office, edited: Path, tabs: dict[str, Tab], expected: Expected):  # type: ignore[no-untyped-def]
    database, folder = office.fresh()
    try:
        before = database_dump(database)
        if expected.refused_columns:
            with pytest.raises(WorkbookRefused) as refused:
                plan_import(database.session_factory, edited)
            assert refused.value.code is RefusalCode.MISSING_COLUMN, expected.described
            message = refused.value.message_th
            assert any(
                tab in message and f"({key})" in message for tab, key in expected.refused_columns
            ), (message, expected.described)
            assert database_dump(database) == before
            return
        rejected = set(expected.rejected)
        with plan_import(database.session_factory, edited) as plan:
            found = {(r.sheet, r.row, r.column) for r in plan.rejections}
            wanted = {
                (TITLES[sheet], row, column)
                for places in expected.rejected.values()
                for sheet, row, column in places
            }
            assert found == wanted, (found, wanted, plan.rejections[:3], expected.described)
            assert plan.additions == [], (plan.additions, expected.described)
            assert {u.key for u in plan.updates} == expected.touched - rejected, (
                [(u.key, u.changes) for u in plan.updates],
                expected.described,
            )
            shown = set()
            for update in plan.updates:
                records = {c.record for c in update.changes if not c.field}  # added or removed
                shown |= {
                    (update.key, c.table, c.field)
                    for c in update.changes
                    if c.field and c.record not in records
                }
            changed = {item for item in expected.changed if item[0] not in rejected}
            assert shown == changed, (shown ^ changed, expected.described)
            apply_plan(database.session_factory, plan, user_name="ทดสอบ")
        again = read_book(export_small(database, folder / "again.xlsx"))
        for sheet_name in HOUSEHOLD_SHEETS:
            title = TITLES[sheet_name]
            keys = compared_keys(sheet_name, tabs[title].keys)
            edited_rows = _rows(sheet_name, tabs[title], keys, rejected)
            kept = [
                row
                for row in _rows(sheet_name, office.original[title], keys, set())
                if row[keys.index("household_key")] in rejected
            ]
            exported, wanted_rows = (
                _rows(sheet_name, again[title], keys, set()),
                sorted(edited_rows + kept, key=repr),
            )
            assert exported == wanted_rows, (
                sheet_name,
                [row for row in exported if row not in wanted_rows],
                [row for row in wanted_rows if row not in exported],
                expected.described,
            )
    finally:
        database.close()


@settings(settings.get_profile(PROFILE))
@given(data=st.data())
def test_random_spreadsheet_edits_round_trip(office: Office, data: st.DataObject) -> None:
    class Drawn:
        def choice(self, options):  # type: ignore[no-untyped-def]
            return data.draw(st.sampled_from(list(options)))

        def integer(self, low: int, high: int) -> int:
            return data.draw(st.integers(low, high))

    count = data.draw(st.integers(1, 6), label="edits")
    tabs, expected = make_edits(Drawn(), office.original, TITLES, count, next(SERIALS))
    edited = Path(tempfile.mkdtemp(dir=office.folder)) / "edited.xlsx"
    write_book(office.book, edited, tabs, office.original)
    check_round_trip(office, edited, tabs, expected)


def test_edits_saved_again_by_libreoffice_round_trip(office: Office, tmp_path: Path) -> None:
    """A smaller seeded sample, converted by one LibreOffice run."""
    samples = []
    for seed in range(8):
        tabs, expected = make_edits(
            RandomChooser(seed), office.original, TITLES, 4, 90_000 + seed * 100
        )
        samples.append(
            (
                write_book(office.book, tmp_path / f"edited-{seed}.xlsx", tabs, office.original),
                tabs,
                expected,
            )
        )
    saved = resave_in_libreoffice([book for book, _, _ in samples], tmp_path / "saved")
    for path, (_, tabs, expected) in zip(saved, samples, strict=True):
        check_round_trip(office, path, tabs, expected)
