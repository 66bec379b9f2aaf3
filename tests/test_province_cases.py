"""A provincial office consolidates a district's plans, problems, activities and visits and
the plan activity each assistance row served: equal to the district's, unchanged by a
second import, refused row by row (sheet, row, column, Thai reason) with nothing of the
household written, the same after a LibreOffice re-save, and the same whether a province
takes an edited workbook on top of the old one or afresh."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.database import OfficeDatabase, open_database
from desktop.services.exchange.import_ import apply_plan, plan_import
from desktop.services.exchange.layout import SHEET_BY_NAME, VOCABULARIES
from desktop.services.office import create_office
from tests.exchange_office import resave_in_libreoffice
from tests.province_cases_office import (
    CLERK,
    case_view,
    district_office,
    export_district,
    table_counts,
    visit_answers,
)
from tests.test_exchange_case_sheets import as_version_1
from tests.test_exchange_import import column_of, edit

CASE_TABLES = ("plans", "problems", "activities", "visits")


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """(the district's database file, its workbook)."""
    folder = tmp_path_factory.mktemp("district-cases")
    database = district_office(folder)
    try:
        book = export_district(database, folder / "6701.xlsx")
    finally:
        database.close()
    yield folder / "6701.sqlite3", book


@pytest.fixture
def province(tmp_path: Path) -> Iterator[OfficeDatabase]:
    database = create_office(tmp_path / "province.sqlite3", "", CLERK, province_code="67")
    yield database
    database.close()


def consolidate(database: OfficeDatabase, book: Path) -> None:
    with plan_import(database.session_factory, book) as plan:
        apply_plan(database.session_factory, plan, user_name=CLERK)


def test_the_province_gets_the_district_s_plans_visits_and_links_once(
    district: tuple[Path, Path], province: OfficeDatabase
) -> None:
    district_path, book = district
    wanted = case_view(district_path)
    assert all(wanted[name] for name in CASE_TABLES)
    assert any(row[4] for row in wanted["links"]), "some assistance serves a plan activity"
    assert any(row[4] for row in wanted["visits"]), "some visit reassessed the stage"
    assert any(row[7] for row in wanted["activities"]), "some activity names a project"

    with plan_import(province.session_factory, book) as plan:
        assert plan.rejections == []
        cases = plan.case_changes
        assert (cases.plans_added, cases.visits_added) == (
            len(wanted["plans"]),
            len(wanted["visits"]),
        )
        apply_plan(province.session_factory, plan, user_name=CLERK)

    assert case_view(province.path) == wanted
    answers = visit_answers(district_path)
    assert len(answers) == 3 and visit_answers(province.path) == answers, (
        "a visit's answers arrive as the household's indicator results"
    )
    with closing(sqlite3.connect(province.path)) as con:
        logged = dict(
            con.execute(
                "SELECT table_name, count(DISTINCT record_id) FROM change_log"
                " WHERE action = 'insert' AND table_name IN ('development_plans',"
                " 'plan_problems', 'plan_activities', 'follow_up_visits') GROUP BY 1"
            )
        )
    assert logged == {
        "development_plans": len(wanted["plans"]),
        "plan_problems": len(wanted["problems"]),
        "plan_activities": len(wanted["activities"]),
        "follow_up_visits": len(wanted["visits"]),
    }, "every new record is in the change log"

    before = table_counts(province.path)
    with plan_import(province.session_factory, book) as again:
        assert not again.changes_anything and not again.case_changes.changes_anything
        assert again.case_changes.plans_unchanged == len(wanted["plans"])
        apply_plan(province.session_factory, again, user_name=CLERK)
    assert table_counts(province.path) == before, "the same workbook twice changes nothing"


def _unknown_household(book: openpyxl.Workbook) -> None:
    sheet = book[SHEET_BY_NAME["follow_up_visits"].title_th]
    sheet.cell(3, column_of(sheet, "household_key")).value = "6701-999999"


def _bad_be_date(book: openpyxl.Workbook) -> None:
    sheet = book[SHEET_BY_NAME["development_plans"].title_th]
    sheet.cell(3, column_of(sheet, "made_on")).value = None
    sheet.cell(3, column_of(sheet, "made_on_be")).value = "31/02/2568"


def _unknown_status(book: openpyxl.Workbook) -> None:
    sheet = book[SHEET_BY_NAME["plan_activities"].title_th]
    sheet.cell(3, column_of(sheet, "status")).value = "รออนุมัติ"


def _household_of_row_3(book: Path, name: str) -> str:
    sheet = openpyxl.load_workbook(book, read_only=True)[SHEET_BY_NAME[name].title_th]
    return next(sheet.iter_rows(min_row=3, max_row=3, values_only=True))[0]


@pytest.mark.parametrize(
    ("change", "name", "column", "message"),
    [
        (
            _unknown_household,
            "follow_up_visits",
            "A (รหัสครัวเรือน)",
            "ไม่มีครัวเรือน 6701-999999 ในแผ่นงานครัวเรือน",
        ),
        (_bad_be_date, "development_plans", "E (วันที่จัดทำแผน (พ.ศ. ข้อความ))", "ไม่มีวันที่นี้"),
        (_unknown_status, "plan_activities", "K (สถานะ)", "ไม่รู้จักค่า รออนุมัติ"),
    ],
)
def test_a_malformed_case_row_is_refused_where_it_is_and_nothing_of_it_is_written(
    district: tuple[Path, Path],
    province: OfficeDatabase,
    tmp_path: Path,
    change: object,
    name: str,
    column: str,
    message: str,
) -> None:
    district_path, book = district
    bad = edit(book, tmp_path / "bad.xlsx", change)
    household = _household_of_row_3(book, name)
    wanted = case_view(district_path)
    with plan_import(province.session_factory, bad) as plan:
        [rejection] = plan.rejections
        assert (rejection.sheet, rejection.row) == (SHEET_BY_NAME[name].title_th, 3)
        assert rejection.column == column
        assert message in rejection.message_th
        apply_plan(province.session_factory, plan, user_name=CLERK)
    got = case_view(province.path)
    if name == "follow_up_visits":  # the row named no household of the workbook
        missing = [row for row in wanted["visits"] if row not in got["visits"]]
        assert [row[0] for row in missing] == [household]
        assert len(got["visits"]) == len(wanted["visits"]) - 1
        assert {t: got[t] for t in got if t != "visits"} == {
            t: wanted[t] for t in wanted if t != "visits"
        }
        return
    for table in CASE_TABLES:  # nothing of the household; everyone else's, whole
        assert [row for row in got[table] if row[0] == household] == []
        assert [row for row in got[table] if row[0] != household] == [
            row for row in wanted[table] if row[0] != household
        ]
    assert [row for row in got["links"] if row[0] == household and row[4]] == []
    assert [row for row in got["links"] if row[0] != household] == [
        row for row in wanted["links"] if row[0] != household
    ]


def test_a_refused_row_leaves_what_the_province_had(
    district: tuple[Path, Path], province: OfficeDatabase, tmp_path: Path
) -> None:
    _, book = district
    consolidate(province, book)
    before = case_view(province.path)
    counts = table_counts(province.path)
    with plan_import(
        province.session_factory, edit(book, tmp_path / "bad.xlsx", _bad_be_date)
    ) as plan:
        assert plan.rejection_count == 1 and not plan.changes_anything
        apply_plan(province.session_factory, plan, user_name=CLERK)
    assert case_view(province.path) == before and table_counts(province.path) == counts


def test_a_workbook_saved_again_by_libreoffice_consolidates_the_same(
    district: tuple[Path, Path], province: OfficeDatabase, tmp_path: Path
) -> None:
    district_path, book = district
    [resaved] = resave_in_libreoffice([book], tmp_path / "libreoffice")
    with plan_import(province.session_factory, resaved) as plan:
        assert plan.rejections == []
        apply_plan(province.session_factory, plan, user_name=CLERK)
    assert case_view(province.path) == case_view(district_path)
    with plan_import(province.session_factory, book) as again:  # Excel's own file agrees
        assert not again.changes_anything


def test_a_version_1_workbook_leaves_plans_visits_and_links_alone(
    district: tuple[Path, Path], province: OfficeDatabase, tmp_path: Path
) -> None:
    _, book = district
    consolidate(province, book)
    before, counts = case_view(province.path), table_counts(province.path)
    old = edit(book, tmp_path / "v1.xlsx", as_version_1)
    with plan_import(province.session_factory, old) as plan:
        assert plan.rejections == [] and not plan.changes_anything
    assert case_view(province.path) == before and table_counts(province.path) == counts


def test_an_unknown_plan_activity_on_the_assistance_sheet_is_refused(
    district: tuple[Path, Path], province: OfficeDatabase, tmp_path: Path
) -> None:
    _, book = district

    def wrong_link(workbook: openpyxl.Workbook) -> None:
        sheet = workbook[SHEET_BY_NAME["assistance"].title_th]
        column = column_of(sheet, "plan_activity")
        row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(r, column).value)
        sheet.cell(row, column).value = "9.9.9"

    with plan_import(
        province.session_factory, edit(book, tmp_path / "link.xlsx", wrong_link)
    ) as plan:
        [rejection] = plan.rejections
        assert rejection.sheet == "การช่วยเหลือ" and rejection.field == "plan_activity"
        assert "ไม่มีกิจกรรมตามแผน 9.9.9" in rejection.message_th


# Random edits of the case rows: a province taking the edited workbook on top of the
# original ends as one that takes it afresh, and its dry run said whether anything changes.

_TEXTS = st.sampled_from(["ปรับปรุงแล้ว", "ครัวเรือนย้ายที่ทำกิน", "ติดตามอีกครั้ง", ""])
_EDITS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                ("development_plans", "title"),
                ("development_plans", "notes"),
                ("plan_problems", "goal"),
                ("plan_problems", "dimension"),
                ("plan_activities", "text"),
                ("plan_activities", "status"),
                ("plan_activities", "due_on"),
                ("follow_up_visits", "findings"),
                ("follow_up_visits", "visited_by"),
                ("follow_up_visits", "(delete)"),
            ]
        ),
        st.integers(min_value=0, max_value=10_000),
        _TEXTS,
        st.integers(min_value=0, max_value=400),
    ),
    min_size=1,
    max_size=4,
)


def _apply_edits(edits: list) -> object:
    def change(book: openpyxl.Workbook) -> None:
        for (name, key), at, words, days in edits:
            sheet = book[SHEET_BY_NAME[name].title_th]
            row = 3 + at % max(sheet.max_row - 2, 1)
            if key == "(delete)":
                for cell in sheet[row]:
                    cell.value = None
            elif key == "dimension":
                labels = list(VOCABULARIES["dimension"].values())
                sheet.cell(row, column_of(sheet, key)).value = labels[days % len(labels)]
            elif key == "status":
                labels = list(VOCABULARIES["activity_status"].values())
                sheet.cell(row, column_of(sheet, key)).value = labels[days % len(labels)]
            elif key == "due_on":
                sheet.cell(row, column_of(sheet, "due_on_be")).value = None
                sheet.cell(row, column_of(sheet, "due_on")).value = __import__("datetime").date(
                    2026, 1, 1
                ) + __import__("datetime").timedelta(days=days)
            elif key in ("title", "visited_by") and not words:
                continue  # required: left as it is
            else:
                sheet.cell(row, column_of(sheet, key)).value = words or None

    return change


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=_EDITS)
def test_random_case_edits_end_the_same_on_top_or_afresh(
    district: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory, edits: list
) -> None:
    _, book = district
    folder = tmp_path_factory.mktemp("random-case-edits")
    base = _consolidated_once(book, tmp_path_factory)
    shutil.copy(base, folder / "on-top.sqlite3")
    edited = edit(book, folder / "edited.xlsx", _apply_edits(edits))
    on_top = open_database(folder / "on-top.sqlite3")
    fresh = create_office(folder / "fresh.sqlite3", "", CLERK, province_code="67")
    try:
        before = case_view(on_top.path)
        with plan_import(on_top.session_factory, edited) as plan:
            assert plan.rejections == []
            said = plan.case_changes.changes_anything
            apply_plan(on_top.session_factory, plan, user_name=CLERK)
        after = case_view(on_top.path)
        assert said == any(after[t] != before[t] for t in CASE_TABLES)
        consolidate(fresh, edited)
        assert {t: after[t] for t in CASE_TABLES} == {
            t: case_view(fresh.path)[t] for t in CASE_TABLES
        }
        with plan_import(on_top.session_factory, edited) as again:
            assert not again.case_changes.changes_anything
    finally:
        on_top.close()
        fresh.close()


_BASE: dict[Path, Path] = {}


def _consolidated_once(book: Path, factory: pytest.TempPathFactory) -> Path:
    """A province that took the unedited workbook (made once, copied for each example)."""
    if book not in _BASE:
        folder = factory.mktemp("province-base")
        database = create_office(folder / "base.sqlite3", "", CLERK, province_code="67")
        try:
            consolidate(database, book)
        finally:
            database.close()
        _BASE[book] = folder / "base.sqlite3"
    return _BASE[book]
