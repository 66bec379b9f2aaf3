"""What becomes of each row of a list laid out as another office lays it out: repeated
people, totals, spacer rows, refused rows and their housemates, failed indicators, and
subdistrict names with typos and doubled prefixes (also after LibreOffice saved it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.exchange.import_ import apply_plan, plan_import, write_report
from desktop.services.exchange.province import RowOutcome
from desktop.services.exchange.province.row_kinds import NotData
from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.thai import national_id_check_digit, to_be_year
from tests.indicator_set_books import current_set
from tests.province_office_lists import (
    HEADER_ROW,
    an_id,
    saved_by_libreoffice,
    write_other_office_list,
)
from tests.test_exchange_import import counts, database_file


@pytest.fixture(autouse=True)
def _indicator_set(office_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The office has loaded the set of this survey year (2565 onwards)."""
    current_set(office_db, tmp_path)


@pytest.fixture(params=["openpyxl", "libreoffice"])
def other_office_list(request, tmp_path: Path) -> Path:
    book = write_other_office_list(tmp_path / "รายชื่อจังหวัด.xlsx", None)
    return book if request.param == "openpyxl" else saved_by_libreoffice(book, tmp_path)


def test_the_bad_id_of_the_fixture_is_bad() -> None:
    assert national_id_check_digit("167000000004") != "9"


def test_every_row_ends_as_one_outcome(office_db, other_office_list: Path) -> None:
    with plan_import(office_db.session_factory, other_office_list) as plan:
        rows = plan.list_rows
        assert rows is not None
        assert rows.reading.header_row == HEADER_ROW and rows.reading.last_row == 15
        assert rows.outcomes == {
            5: RowOutcome.ADDED, 6: RowOutcome.ADDED, 7: RowOutcome.REFUSED,
            8: RowOutcome.NOT_DATA, 9: RowOutcome.ADDED, 10: RowOutcome.NOT_DATA,
            11: RowOutcome.REFUSED, 12: RowOutcome.REFUSED, 13: RowOutcome.NOT_DATA,
            14: RowOutcome.NOT_DATA, 15: RowOutcome.NOT_DATA,
        }  # fmt: skip
        assert sum(rows.counts().values()) == rows.rows_read == 11
        assert [(n.row, n.code) for n in rows.not_data] == [
            (8, NotData.BLANK),
            (10, NotData.TITLE),
            (13, NotData.BLANK),
            (14, NotData.TOTAL),
            (15, NotData.NUMBERS_BELOW),
        ]
        assert rows.not_data[3].message_th == "แถวรวม (รวม) ไม่ใช่รายชื่อ"
        assert "หมู่ที่ 4 บ้านใหม่" in rows.not_data[1].message_th
        # Totals are set aside, not refused as people with bad IDs.
        assert not {14, 15} & {r.row for r in plan.rejections}
        report = write_report(plan, other_office_list.with_name("report.xlsx"))
    # The report workbook tells every row's end too, as a spreadsheet reads it.
    listed = openpyxl.load_workbook(report)["แถวในรายชื่อ"]
    lines = [tuple(c.value for c in row) for row in listed.iter_rows(min_row=2)]
    assert [line[0] for line in lines] == list(range(5, 16))
    assert lines[9] == (14, "ไม่ใช่ข้อมูล", "แถวรวม (รวม) ไม่ใช่รายชื่อ")
    assert lines[2][:2] == (7, "ไม่นำเข้า") and lines[0][:2] == (5, "เพิ่ม")


def test_a_person_listed_twice_is_refused_once_and_the_household_kept(
    office_db, other_office_list: Path
) -> None:
    with plan_import(office_db.session_factory, other_office_list) as plan:
        (repeat,) = [r for r in plan.rejections if r.row == 7]
        assert repeat.code is RejectCode.PERSON_REPEATED
        assert repeat.column == "C (เลขบัตรประชาชน)"
        assert repeat.message_th.startswith("บุคคลนี้ซ้ำกับแถว 6")
        first = next(a for a in plan.additions if a.row == 5)
        assert first.members == 2
        apply_plan(office_db.session_factory, plan, user_name="ทดสอบ")
    con = sqlite3.connect(database_file(office_db))
    assert con.execute(
        "SELECT m.first_name, m.national_id FROM members m JOIN households h"
        " ON h.id = m.household_id WHERE h.house_no = '12' ORDER BY m.seq"
    ).fetchall() == [("สมชาย", an_id(1)), ("สมศรี", an_id(2))]


def test_housemates_of_a_refused_row_are_each_named(office_db, other_office_list) -> None:
    with plan_import(office_db.session_factory, other_office_list) as plan:
        found = {(r.row, r.code, r.column) for r in plan.rejections if r.row in (11, 12)}
        assert found == {
            (11, RejectCode.ID_CHECKSUM, "C (เลขบัตรประชาชน)"),
            (12, RejectCode.HOUSEMATE_REFUSED, ""),
        }
        (mate,) = [r for r in plan.rejections if r.row == 12]
        assert mate.message_th == "ไม่นำเข้าแถวนี้ เพราะอยู่ครัวเรือนเดียวกับแถว 11 ซึ่งไม่นำเข้า"


def test_a_misspelt_subdistrict_with_a_doubled_prefix_is_matched_for_confirmation(
    office_db, other_office_list: Path
) -> None:
    with plan_import(office_db.session_factory, other_office_list) as plan:
        assert plan.list_rows is not None
        (match,) = plan.list_rows.reading.place_matches
        assert (match.kind, match.written, match.shown, match.code, match.rows) == (
            "subdistrict",
            "ต.ต.ตะเบา",
            "ต.ตะเบาะ",
            "670102",
            [9],
        )
        labels = [a.label for a in plan.additions]
        assert any("ต.ตะเบาะ — มาลี มีสุข" in label for label in labels), labels
        assert not any("ต.ต." in label for label in labels)
    with plan_import(
        office_db.session_factory, other_office_list, refused_places=frozenset({"ต.ต.ตะเบา"})
    ) as refused:
        (row9,) = [r for r in refused.rejections if r.row == 9]
        assert row9.code is RejectCode.SUBDISTRICT_UNKNOWN
        assert row9.column == "F (ตำบล)"


def test_failed_indicators_and_dimensions_become_results(office_db, other_office_list) -> None:
    with plan_import(office_db.session_factory, other_office_list) as plan:
        apply_plan(office_db.session_factory, plan, user_name="ทดสอบ")
    con = sqlite3.connect(database_file(office_db))
    found = con.execute(
        "SELECT h.house_no, n.number, r.survey_year, r.status FROM indicator_results r"
        " JOIN households h ON h.id = r.household_id JOIN indicators n ON n.id = r.indicator_id"
        " ORDER BY h.house_no, n.number"
    ).fetchall()
    year = to_be_year(__import__("datetime").date.today().year)
    # 16 and 22 as numbered; the ✓ under health names no health indicator: all four fail.
    assert found == [("45/1", n, year, "failed") for n in (1, 4, 5, 7, 16, 22)]
    before = counts(office_db)
    with plan_import(office_db.session_factory, other_office_list) as again:
        assert again.updates == [] and again.additions == []
        assert again.list_rows is not None
        assert again.list_rows.count(RowOutcome.UNCHANGED) == 3
    assert counts(office_db) == before


DEFECTS = ("none", "none", "none", "bad_id", "repeat", "unknown_place", "no_name", "bad_number")
JUNK_ROWS: dict[str, list[object] | str | None] = {
    "blank": None,
    "title": "หมู่ที่ 2",
    "total": ["รวม", "", 3, "", "", "", "", "", "", ""],
    "numbers": [3, "", "", 7, "", "", "", "", "", ""],
}
JUNK = tuple(JUNK_ROWS)


def _person_row(seed: int, house: int, head: bool, defect: str) -> list[object]:
    national_id = an_id(seed) if defect != "bad_id" else f"16700000{seed:04d}0"
    if defect == "bad_id" and national_id_check_digit(national_id[:12]) == "0":
        national_id = national_id[:12] + "1"
    return [
        seed,
        "" if defect == "no_name" else f"นายคน{seed} สกุล{house}",
        national_id,
        str(house),
        "2",
        "ไม่มีตำบลนี้" if defect == "unknown_place" else "ตะเบาะ",
        "หัวหน้าครัวเรือน" if head else "บุตร",
        "99" if defect == "bad_number" else "",
        "",
        "",
    ]


@st.composite
def generated_lists(draw: st.DrawFn) -> list[list[object] | str | None]:
    rows: list[list[object] | str | None] = []
    people: list[list[object]] = []
    for house in range(1, draw(st.integers(1, 6)) + 1):
        for member in range(draw(st.integers(1, 3))):
            defect = draw(st.sampled_from(DEFECTS))
            if defect == "repeat" and people:
                rows.append(list(draw(st.sampled_from(people))))
                continue
            row = _person_row(house * 10 + member, house, member == 0, defect)
            people.append(row)
            rows.append(row)
        for junk in draw(st.lists(st.sampled_from(JUNK), max_size=2)):
            rows.append(JUNK_ROWS[junk])
    return rows


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(generated_lists())
def test_generated_lists_account_for_every_row(office_db, tmp_path, rows) -> None:
    path = write_other_office_list(tmp_path / "generated.xlsx", rows)
    last = HEADER_ROW + max((i + 1 for i, row in enumerate(rows) if row is not None), default=0)
    with plan_import(office_db.session_factory, path) as plan:
        found = plan.list_rows
        assert found is not None
        assert found.rows_read == last - HEADER_ROW
        assert set(found.outcomes) == set(range(HEADER_ROW + 1, last + 1))
        assert sum(found.counts().values()) == found.rows_read
        reasons = {r.row: r for r in plan.rejections}
        refused = {n for n, o in found.outcomes.items() if o is RowOutcome.REFUSED}
        assert refused == set(reasons)
        assert all(reasons[n].message_th for n in refused)
        assert {n.row for n in found.not_data} == {
            n for n, o in found.outcomes.items() if o is RowOutcome.NOT_DATA
        }
        # Nobody is dropped silently: the added households hold exactly the added rows.
        added = found.count(RowOutcome.ADDED)
        assert sum(a.members for a in plan.additions) == added


def _village_list(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["รายชื่อครัวเรือนเป้าหมาย"])
    sheet.append(["ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "ชื่อหมู่บ้าน", "ตำบล"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_village_named_with_a_typo_and_prefixes_is_matched(office_db, tmp_path) -> None:
    first = tmp_path / "first.xlsx"
    write_other_office_list(first, [[1, "นายก้อง ดี", an_id(70), "1", "3", "ตะเบาะ", "", "", "", ""]])
    with plan_import(office_db.session_factory, first) as plan:
        apply_plan(office_db.session_factory, plan, user_name="ทดสอบ")
    con = sqlite3.connect(database_file(office_db))
    con.execute("UPDATE villages SET name_th = 'บ้านหนองนา' WHERE code = '67010203'")
    con.commit()
    # No หมู่ column: the village is told by its name, written with a typo and prefixes.
    path = _village_list(
        tmp_path / "villages.xlsx",
        [["สมปอง", "นาดี", an_id(71), "8", "ม.3 บ้านบ้านหนองนาา", "ตำบลตำบลตะเบาะ"]],
    )
    with plan_import(office_db.session_factory, path) as plan:
        assert plan.is_clean, plan.rejections
        assert plan.list_rows is not None
        (match,) = plan.list_rows.reading.place_matches
        assert (match.kind, match.shown, match.code, match.rows) == (
            "village",
            "ม.3 บ้านหนองนา",
            "67010203",
            [3],
        )
        (added,) = plan.additions
        assert " ต.ตะเบาะ — สมปอง นาดี" in added.label and "ต.ต." not in added.label
        apply_plan(office_db.session_factory, plan, user_name="ทดสอบ")
    assert con.execute("SELECT village_code FROM households WHERE house_no = '8'").fetchone() == (
        "67010203",
    )


def test_a_person_whose_note_starts_with_a_total_word_is_still_a_person(
    office_db, tmp_path
) -> None:
    rows: list[list[object] | str | None] = [
        [1, "นายรวม ใจดี", an_id(80), "5", "2", "ตะเบาะ", "หัวหน้าครัวเรือน", "", "", "รวม 2 หลัง"],
        ["รวม", "", 1, "", "", "", "", "", "", ""],
    ]
    book = write_other_office_list(tmp_path / "note.xlsx", rows)
    sheet_book = openpyxl.load_workbook(book)
    sheet = sheet_book.active
    sheet.cell(40, 3).number_format = "0"  # a formatted, empty row far below the list
    sheet.cell(40, 3).fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
    sheet_book.save(book)
    with plan_import(office_db.session_factory, book) as plan:
        assert plan.list_rows is not None
        assert plan.list_rows.outcomes == {5: RowOutcome.ADDED, 6: RowOutcome.NOT_DATA}
        assert plan.list_rows.rows_read == 2  # the formatted empty rows below are not read


def test_the_header_repeated_on_a_later_page_is_not_data(office_db, tmp_path) -> None:
    from tests.province_office_lists import HEADERS

    person = [1, "นายหนึ่ง ดี", an_id(90), "1", "2", "ตะเบาะ", "หัวหน้าครัวเรือน", "", "", ""]
    other = [2, "นายสอง ดี", an_id(91), "2", "2", "ตะเบาะ", "หัวหน้าครัวเรือน", "", "", ""]
    book = write_other_office_list(tmp_path / "pages.xlsx", [person, list(HEADERS), other])
    with plan_import(office_db.session_factory, book) as plan:
        assert plan.list_rows is not None
        assert plan.list_rows.outcomes == {
            5: RowOutcome.ADDED,
            6: RowOutcome.NOT_DATA,
            7: RowOutcome.ADDED,
        }
        assert [(n.row, n.code, n.message_th) for n in plan.list_rows.not_data] == [
            (6, NotData.HEADER_AGAIN, "หัวตารางซ้ำ")
        ]


def test_indicator_cells_in_words_and_thai_digits(office_db, tmp_path) -> None:
    rows: list[list[object] | str | None] = [
        [1, "นายหนึ่ง ดี", an_id(95), "1", "2", "ตะเบาะ", "หัวหน้าครัวเรือน", "ข้อ ๘/๙", "ไม่ผ่าน", ""],
        [2, "นายสอง ดี", an_id(96), "2", "2", "ตะเบาะ", "หัวหน้าครัวเรือน", "99", "ผ่าน", ""],
    ]
    book = write_other_office_list(tmp_path / "indicators.xlsx", rows)
    with plan_import(office_db.session_factory, book) as plan:
        (refused,) = plan.rejections
        assert (refused.row, refused.code, refused.column) == (
            6,
            RejectCode.UNKNOWN_INDICATOR,
            "H (ตัวชี้วัดที่ไม่ผ่าน)",
        )
        assert refused.message_th.startswith("ไม่รู้จักตัวชี้วัดข้อ 99 ของชุด")
        apply_plan(office_db.session_factory, plan, user_name="ทดสอบ")
    con = sqlite3.connect(database_file(office_db))
    assert [n for (n,) in con.execute(
        "SELECT n.number FROM indicator_results r JOIN indicators n ON n.id = r.indicator_id"
        " WHERE r.status = 'failed' ORDER BY n.number"
    )] == [1, 4, 5, 7, 8, 9]  # fmt: skip


def test_a_list_longer_than_a_thousand_rows_is_read(office_db, tmp_path) -> None:
    # The check for our own metadata sheet read at most 1,000 rows of the list's first sheet
    # and refused the whole list as "too many rows".
    rows: list[list[object] | str | None] = [
        [n, f"นายคน{n} ทดสอบ", an_id(1000 + n), str(n), "2", "ตะเบาะ", "หัวหน้าครัวเรือน"]
        for n in range(1, 1201)
    ]
    book = write_other_office_list(tmp_path / "long.xlsx", rows)
    with plan_import(office_db.session_factory, book) as plan:
        assert plan.list_rows is not None
        assert plan.list_rows.count(RowOutcome.ADDED) == 1200 == len(plan.additions)
