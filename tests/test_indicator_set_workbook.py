"""Indicator sets an office loads from a workbook: the dry run, the load (one transaction,
logged), every refusal with its sheet, row, column and field (nothing stored), a new
version of a set, and the round trip export → load into a fresh office."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from db.database import OfficeDatabase
from db.models import (
    ChangeLog,
    Household,
    Indicator,
    IndicatorResult,
    IndicatorSet,
    Village,
)
from desktop.services.dashboard import DashboardService
from desktop.services.households.listing import HouseholdListService
from desktop.services.indicator_sets import (
    IndicatorSetService,
    SetBookRefused,
    SetProblemCode,
    read_set_book,
)
from desktop.services.indicator_sets.service import set_book
from desktop.services.office import create_office
from desktop.services.printing import HouseholdSheetService, SheetOptions
from tests.hostile_workbooks import (
    cells,
    damaged_zips,
    headers,
    hostile_parts,
    not_workbooks,
    row_bomb,
)
from tests.indicator_set_books import (
    SHIPPED,
    TEST_CODE,
    edited,
    load_test_set,
    made_up_set,
    set_cell,
    shipped_book,
    write_book,
)
from tests.province_office_lists import saved_by_libreoffice

CLERK = "สมศรี ใจดี"
P = SetProblemCode


def _service(office: OfficeDatabase) -> IndicatorSetService:
    return IndicatorSetService(office.session_factory)


def _tables(office: OfficeDatabase) -> str:
    """The indicator tables and the change log, as SQL text (to prove nothing changed)."""
    with contextlib.closing(sqlite3.connect(office.path)) as connection:
        return "\n".join(
            line
            for line in connection.iterdump()
            if line.startswith(('INSERT INTO "indicator', 'INSERT INTO "change_log'))
        )


@pytest.fixture
def book_path(office_db: OfficeDatabase, tmp_path: Path) -> Path:
    return write_book(made_up_set(office_db), tmp_path / "set.xlsx")


def test_the_dry_run_says_what_would_be_added_and_writes_nothing(office_db, book_path) -> None:
    before = _tables(office_db)
    plan = _service(office_db).dry_run(book_path)
    assert plan.can_load and not plan.replaces
    assert (plan.book.code, plan.book.first_year, plan.book.last_year) == (TEST_CODE, 2565, 2569)
    assert plan.per_dimension == {
        "health": 4,
        "living": 4,
        "education": 4,
        "income": 3,
        "access": 2,
    }
    assert [(t.number, t.survey_year, t.value) for t in plan.book.thresholds] == [
        (22, None, 40_000),
        (22, 2569, 41_000),
    ]
    assert _tables(office_db) == before


def test_a_load_stores_the_set_whole_and_logs_it(office_db, book_path) -> None:
    service = _service(office_db)
    result = service.load(service.dry_run(book_path).book, user_name=CLERK)
    assert result.loaded and result.changes == 1 + 17 + 2
    summaries = {s.code: s for s in service.sets()}
    assert list(summaries) == [TEST_CODE, SHIPPED]  # the newest years first
    loaded = summaries[TEST_CODE]
    assert (loaded.first_year, loaded.last_year, loaded.indicators, loaded.thresholds) == (
        2565,
        2569,
        17,
        2,
    )
    with office_db.session_factory() as session:
        logged = session.scalars(select(ChangeLog).where(ChangeLog.user_name == CLERK)).all()
    assert {row.table_name for row in logged} == {
        "indicator_sets",
        "indicators",
        "indicator_thresholds",
    }
    assert all(row.action == "insert" for row in logged)


def test_export_then_load_into_a_fresh_office_gives_the_same_set(office_db, tmp_path) -> None:
    load_test_set(office_db, tmp_path)
    sent = tmp_path / "sent.xlsx"
    _service(office_db).export(TEST_CODE, sent)
    district = create_office(tmp_path / "district.sqlite3", "6702", CLERK)
    try:
        service = _service(district)
        assert service.load(service.dry_run(sent).book, user_name=CLERK).loaded
        with office_db.session_factory() as session, district.session_factory() as other:
            assert set_book(other, TEST_CODE) == set_book(session, TEST_CODE)
    finally:
        district.close()


def _problems(path: Path) -> list[tuple[SetProblemCode, str, int | None, str, str]]:
    with pytest.raises(SetBookRefused) as refused:
        read_set_book(path)
    return [(p.code, p.sheet, p.row, p.column, p.field) for p in refused.value.problems]


def _delete_sheet(title: str):  # type: ignore[no-untyped-def]
    def edit(workbook: openpyxl.Workbook) -> None:
        del workbook[title]

    return edit


def _delete_column(title: str, column: int):  # type: ignore[no-untyped-def]
    def edit(workbook: openpyxl.Workbook) -> None:
        workbook[title].delete_cols(column)

    return edit


def _copy_row(title: str, source: int, target: int):  # type: ignore[no-untyped-def]
    def edit(workbook: openpyxl.Workbook) -> None:
        sheet = workbook[title]
        for cell in sheet[source]:
            sheet.cell(target, cell.column, cell.value)

    return edit


MALFORMED = [
    ("missing sheet", _delete_sheet("ตัวชี้วัด"), (P.MISSING_SHEET, "ตัวชี้วัด", None, "", "")),
    ("missing column", _delete_column("ตัวชี้วัด", 2), (P.MISSING_COLUMN, "ตัวชี้วัด", 1, "", "dimension")),
    (
        "bad dimension",
        set_cell("ตัวชี้วัด", "B5", "สังคม"),
        (P.UNKNOWN_DIMENSION, "ตัวชี้วัด", 5, "B", "dimension"),
    ),
    (
        "duplicate number",
        set_cell("ตัวชี้วัด", "A6", 4),
        (P.DUPLICATE_NUMBER, "ตัวชี้วัด", 6, "A", "number"),
    ),
    ("number as text", set_cell("ตัวชี้วัด", "A4", "สี่"), (P.NOT_A_NUMBER, "ตัวชี้วัด", 4, "A", "number")),
    ("no Thai text", set_cell("ตัวชี้วัด", "C7", None), (P.REQUIRED, "ตัวชี้วัด", 7, "C", "text_th")),
    ("TPMAP flag", set_cell("ตัวชี้วัด", "E3", "บางที"), (P.NOT_YES_NO, "ตัวชี้วัด", 3, "E", "tpmap")),
    (
        "years reversed",
        set_cell("ชุดตัวชี้วัด", "E3", 2564),
        (P.YEARS_ORDER, "ชุดตัวชี้วัด", 3, "E", "last_year"),
    ),
    ("a CE year", set_cell("ชุดตัวชี้วัด", "D3", 2022), (P.YEAR_RANGE, "ชุดตัวชี้วัด", 3, "D", "first_year")),
    (
        "year as text",
        set_cell("ชุดตัวชี้วัด", "D3", "ปีหน้า"),
        (P.NOT_A_NUMBER, "ชุดตัวชี้วัด", 3, "D", "first_year"),
    ),
    ("no code", set_cell("ชุดตัวชี้วัด", "A3", None), (P.REQUIRED, "ชุดตัวชี้วัด", 3, "A", "code")),
    ("code too long", set_cell("ชุดตัวชี้วัด", "A3", "x" * 21), (P.TOO_LONG, "ชุดตัวชี้วัด", 3, "A", "code")),
    (
        "newer layout",
        set_cell("ชุดตัวชี้วัด", "F3", 2),
        (P.NEWER_LAYOUT, "ชุดตัวชี้วัด", 3, "F", "layout_version"),
    ),
    ("two sets", _copy_row("ชุดตัวชี้วัด", 3, 4), (P.MANY_SET_ROWS, "ชุดตัวชี้วัด", 4, "", "")),
    (
        "threshold not a number",
        set_cell("เกณฑ์", "C3", "สามหมื่น"),
        (P.NOT_A_NUMBER, "เกณฑ์", 3, "C", "value"),
    ),
    (
        "threshold with decimals",
        set_cell("เกณฑ์", "C3", 38000.5),
        (P.NOT_A_NUMBER, "เกณฑ์", 3, "C", "value"),
    ),
    (
        "threshold of no indicator",
        set_cell("เกณฑ์", "A3", 99),
        (P.UNKNOWN_NUMBER, "เกณฑ์", 3, "A", "number"),
    ),
    (
        "threshold year outside",
        set_cell("เกณฑ์", "B4", 2570),
        (P.YEAR_OUTSIDE_SET, "เกณฑ์", 4, "B", "survey_year"),
    ),
    (
        "threshold twice",
        set_cell("เกณฑ์", "B4", None),
        (P.DUPLICATE_THRESHOLD, "เกณฑ์", 4, "A", "number"),
    ),
    ("negative threshold", set_cell("เกณฑ์", "C4", -1), (P.NEGATIVE, "เกณฑ์", 4, "C", "value")),
    (
        "a formula",
        set_cell("ตัวชี้วัด", "C3", '=HYPERLINK("http://x","คลิก")'),
        (P.FORMULA, "ตัวชี้วัด", 3, "C", "text_th"),
    ),
    (
        "a formula for a number",
        set_cell("เกณฑ์", "C3", "=30000+8000"),
        (P.FORMULA, "เกณฑ์", 3, "C", "value"),
    ),
]


@pytest.mark.parametrize(
    ("edit", "expected"), [case[1:] for case in MALFORMED], ids=[case[0] for case in MALFORMED]
)
def test_a_malformed_workbook_is_refused_where_it_is_wrong(
    office_db, book_path, tmp_path, edit, expected
) -> None:
    bad = edited(book_path, edit, tmp_path / "bad.xlsx")
    before = _tables(office_db)
    assert expected in _problems(bad)
    with pytest.raises(SetBookRefused) as refused:
        _service(office_db).dry_run(bad)
    message = refused.value.problems[0].message_th
    assert expected[1] in message and (not expected[4] or expected[4] in message)
    assert _tables(office_db) == before


def test_every_problem_is_told_not_only_the_first(book_path, tmp_path) -> None:
    def edit(workbook: openpyxl.Workbook) -> None:
        workbook["ตัวชี้วัด"]["B5"] = "สังคม"
        workbook["ตัวชี้วัด"]["A9"] = "เก้า"
        workbook["เกณฑ์"]["C3"] = "มาก"

    found = _problems(edited(book_path, edit, tmp_path / "bad.xlsx"))
    assert [(code, row, column) for code, _, row, column, _ in found] == [
        (P.UNKNOWN_DIMENSION, 5, "B"),
        (P.NOT_A_NUMBER, 9, "A"),
        (P.NOT_A_NUMBER, 3, "C"),
    ]


def test_thai_words_and_digits_are_read_like_codes(book_path, tmp_path) -> None:
    def edit(workbook: openpyxl.Workbook) -> None:
        workbook["ตัวชี้วัด"]["B3"] = "ด้านสุขภาพ"
        workbook["ตัวชี้วัด"]["E3"] = "ไม่ใช่"
        workbook["เกณฑ์"]["C3"] = "๓๘,๐๐๐"

    book = read_set_book(edited(book_path, edit, tmp_path / "thai.xlsx"))
    assert (book.indicators[0].dimension, book.indicators[0].tpmap) == ("health", False)
    assert book.thresholds[0].value == 38_000


def test_overlapping_years_are_refused_at_load(office_db, tmp_path) -> None:
    path = write_book(made_up_set(office_db, first=2563, last=2566), tmp_path / "over.xlsx")
    before = _tables(office_db)
    service = _service(office_db)
    plan = service.dry_run(path)
    assert [(p.code, p.sheet, p.field, p.params["set_code"]) for p in plan.problems] == [
        (P.OVERLAPPING_YEARS, "ชุดตัวชี้วัด", "first_year", SHIPPED)
    ]
    assert "2560–2564" in plan.problems[0].message_th
    assert not service.load(plan.book, user_name=CLERK).loaded
    assert _tables(office_db) == before


def test_a_new_version_replaces_an_unused_set(office_db, tmp_path) -> None:
    load_test_set(office_db, tmp_path)
    newer = made_up_set(office_db, threshold=42_000)
    service = _service(office_db)
    plan = service.dry_run(write_book(newer, tmp_path / "v2.xlsx"))
    assert plan.can_load and plan.replaces
    result = service.load(plan.book, user_name=CLERK)
    assert result.loaded
    with office_db.session_factory() as session:
        assert set_book(session, TEST_CODE) == newer
        deleted = session.scalars(select(ChangeLog).where(ChangeLog.action == "delete")).all()
    assert {row.table_name for row in deleted} == {
        "indicator_sets",
        "indicators",
        "indicator_thresholds",
    }


def test_a_set_with_answers_is_not_replaced(office_db, tmp_path) -> None:
    load_test_set(office_db, tmp_path)
    with office_db.session_factory.begin() as session:
        session.add(Village(code="67010101", subdistrict_code="670101", moo=1, name_th="บ้านนา"))
        household = Household(key="6701-000001", village_code="67010101", house_no="1")
        session.add(household)
        indicator = session.scalar(
            select(Indicator).where(Indicator.number == 4).order_by(Indicator.id.desc())
        )
        session.flush()
        session.add(
            IndicatorResult(
                household_id=household.id,
                indicator_id=indicator.id,
                survey_year=2569,
                status="passed",
            )
        )
    before = _tables(office_db)
    service = _service(office_db)
    plan = service.dry_run(write_book(made_up_set(office_db, threshold=1), tmp_path / "v2.xlsx"))
    assert [(p.code, p.field, p.params["results"]) for p in plan.problems] == [
        (P.SET_IN_USE, "code", "1")
    ]
    assert not service.load(plan.book, user_name=CLERK).loaded
    assert _tables(office_db) == before


def test_hostile_files_are_refused_never_crash(office_db, book_path) -> None:
    """Every file of the hostile corpus (derived from a real set workbook: not workbooks,
    damaged zips, hostile XML parts, headers, cell values, a row bomb) is read or refused
    with SetBookRefused; nothing else escapes, and a file read is a whole set."""
    source = book_path.read_bytes()
    target = book_path.with_name("hostile.xlsx")
    refused = 0
    families = (not_workbooks, damaged_zips, hostile_parts, headers, cells)
    corpus = [item for family in families for item in family(source)]
    corpus.append(("row-bomb", row_bomb(source)))
    for name, data in corpus:
        target.write_bytes(data)
        try:
            book = read_set_book(target)
        except SetBookRefused as error:
            refused += 1
            assert error.problems and all(p.message_th for p in error.problems), name
        else:
            assert book.code and book.indicators, name
    assert refused > 600, (refused, len(corpus))


def test_a_workbook_saved_by_libreoffice_loads_the_same_set(office_db, tmp_path) -> None:
    """A province edits the set in LibreOffice Calc (which writes TRUE/FALSE as formulas and
    texts as shared strings): it still loads, equal to what was sent."""
    made_up = made_up_set(office_db)
    first = dataclasses.replace(made_up.indicators[0], tpmap=False)  # a FALSE cell too
    book = dataclasses.replace(made_up, indicators=(first, *made_up.indicators[1:]))
    saved = saved_by_libreoffice(write_book(book, tmp_path / "set.xlsx"), tmp_path)
    service = _service(office_db)
    plan = service.dry_run(saved)
    assert plan.can_load and plan.book == book
    assert service.load(plan.book, user_name=CLERK).loaded
    with office_db.session_factory() as session:
        assert set_book(session, TEST_CODE) == book


def test_the_dashboard_names_the_set_answers_were_given_in(demo_db, tmp_path) -> None:
    """A set loaded for years nobody was surveyed in yet does not relabel the dashboard's
    and the list filter's indicators; once a household is answered in it, it does."""
    made_up = made_up_set(demo_db)
    renamed = dataclasses.replace(made_up.indicators[0], text_th="ข้อหนึ่งของชุดใหม่")
    book = dataclasses.replace(made_up, indicators=(renamed, *made_up.indicators[1:]))
    service = _service(demo_db)
    assert service.load(service.dry_run(write_book(book, tmp_path / "new.xlsx")).book,
                        user_name=CLERK).loaded  # fmt: skip
    dashboard, listing = (
        DashboardService(demo_db.session_factory),
        HouseholdListService(demo_db.session_factory),
    )

    def names() -> tuple[str, str]:
        shown = dashboard.build().indicators[0].name_th
        return shown, listing.filter_options().indicators[0].text_th

    shipped = shipped_book(demo_db).indicators[0].text_th
    assert names() == (shipped, shipped)  # the demo's answers are in the shipped set
    with demo_db.session_factory.begin() as session:
        indicator = session.scalar(
            select(Indicator).join(IndicatorSet).where(IndicatorSet.code == TEST_CODE)
        )
        household = session.scalar(select(Household.id).limit(1))
        session.add(IndicatorResult(household_id=household, indicator_id=indicator.id,
                                    survey_year=2569, status="failed"))  # fmt: skip
    assert names() == ("ข้อหนึ่งของชุดใหม่", "ข้อหนึ่งของชุดใหม่")


def test_a_blank_sheet_of_a_year_no_set_covers_says_so(office_db, tmp_path) -> None:
    sheets = HouseholdSheetService(office_db.session_factory)
    printed = SheetOptions(printed_on=dt.date(2026, 12, 1), mask_ids=False)  # 2569
    message = "ยังไม่มีชุดตัวชี้วัดสำหรับปีสำรวจ 2569 — โหลดชุดตัวชี้วัดที่ ตั้งค่า"
    assert message in sheets.blank_html(printed)
    load_test_set(office_db, tmp_path)
    html = sheets.blank_html(printed)
    assert message not in html and made_up_set(office_db).indicators[-1].text_th in html
