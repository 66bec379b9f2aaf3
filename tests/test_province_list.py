"""The province's target-household list: header row, column guesses, messy values."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.exchange.import_ import (
    WorkbookRefused,
    apply_plan,
    identify_workbook,
    plan_import,
)
from desktop.services.exchange.import_.importer import ImportMode, RefusalCode, WorkbookKind
from desktop.services.exchange.province import MappingMemory, preview_table
from desktop.services.exchange.province.target_list import guess_field
from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.values import date, digits, name
from desktop.services.thai import national_id_check_digit
from tests.test_exchange_import import counts, database_file, dump

ZW = "\u200b"
HEADERS = [
    "ลำดับ",
    "คำนำหน้า",
    f"ชื่อ{ZW}",
    "นามสกุล",
    "เลขประจำตัวประชาชน",
    "วัน/เดือน/ปีเกิด",
    "เพศ",
    "ความสัมพันธ์",
    "บ้านเลขที่",
    "หมู่ที่",
    "ชื่อหมู่บ้าน",
    "ตำบล",
    "รหัสบ้าน",
    "หมายเหตุ",
]
EXPECTED = {
    0: None,
    1: "title",
    2: "first_name",
    3: "last_name",
    4: "national_id",
    5: "birth_date",
    6: "sex",
    7: "relation",
    8: "house_no",
    9: "village_moo",
    10: "village_name",
    11: "subdistrict_name",
    12: "house_code",
    13: "notes",
}


def an_id(seed: int) -> str:
    first12 = f"3670{seed:08d}"
    return first12 + national_id_check_digit(first12)


def thai_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def people() -> list[list[object]]:
    """Three people in two households (the first two share a house code)."""
    return [
        [
            1, "นาย", f"สม{ZW}ชาย", "ใจดี\u00a0", float(an_id(11)), "15/3/2510", "ชาย",
            "หัวหน้าครัวเรือน", thai_digits("12/3"), thai_digits("3"), "บ้านทดสอบ",
            "ในเมือง", 67010000011.0, " ",
        ],
        [
            2, "นาง", "สมหญิง", " ใจดี ", f"{an_id(12)[:1]}-{an_id(12)[1:5]} {an_id(12)[5:]}",
            dt.datetime(2512, 7, 1), "หญิง", "ภรรยา", "12/3", "3", "บ้านทดสอบ", "ในเมือง",
            "67010000011", "",
        ],
        [
            3, "น.ส.", "มาลี", "มีสุข", thai_digits(an_id(13)), "๑ มี.ค. ๒๕๓๐",
            "หญิง", "หัวหน้าครัวเรือน", "45", "ม.4", "บ้านใหม่", "ต.ในเมือง", None, "ย้ายมา",
        ],
    ]  # fmt: skip


def write_list(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "รายชื่อ"
    sheet["A1"] = "บัญชีรายชื่อครัวเรือนเป้าหมาย ปี ๒๕๖๘"
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet["A2"] = "อำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def province_list(tmp_path: Path) -> Path:
    return write_list(tmp_path / "tpmap.xlsx", people())


def test_values_are_cleaned() -> None:
    assert digits(3670100123456.0) == "3670100123456"
    assert digits("3.6701E+12") == "3670100000000"
    assert digits("๓-๖๗๐๑-๐๐๑๒๓-๔๕-๖\u200b") == "3670100123456"
    assert name(" สม\u200bชาย\u00a0 ใจดี ") == "สมชาย ใจดี"
    today = dt.date(2026, 1, 1)
    assert date("15/3/2568", today=today) == dt.date(2025, 3, 15)
    assert date("15 มี.ค. 2568", today=today) == dt.date(2025, 3, 15)
    assert date(dt.datetime(2568, 3, 15), today=today) == dt.date(2025, 3, 15)
    assert date(dt.date(2025, 3, 15), today=today) == dt.date(2025, 3, 15)


def test_headers_are_guessed_in_thai_and_english() -> None:
    assert guess_field("เลขบัตรประชาชน")[0] == "national_id"
    assert guess_field("Citizen ID")[0] == "national_id"
    assert guess_field("First name")[0] == "first_name"
    assert guess_field("ชื่อ-สกุล")[0] == "full_name"
    assert guess_field("ชื่อหมู่บ้าน")[0] == "village_name"
    assert guess_field("รหัสบ้าน (11 หลัก)")[0] == "house_code"
    assert guess_field("อาชีพเสริม") == (None, 0)


def test_the_header_row_is_found_below_title_rows(province_list: Path) -> None:
    assert identify_workbook(province_list) is WorkbookKind.TABLE
    preview = preview_table(province_list)
    assert (preview.sheets, preview.sheet, preview.header_row) == (["รายชื่อ"], "รายชื่อ", 3)
    assert preview.headers[2] == "ชื่อ"  # the zero-width space is gone
    assert preview.guessed == EXPECTED
    assert len(preview.sample_rows) == 3 and preview.sample_rows[2][2] == "มาลี"


def test_a_mapping_is_remembered_per_header_signature(office_db, province_list) -> None:
    memory = MappingMemory(office_db.session_factory)
    preview = preview_table(province_list)
    assert memory.recall(preview.headers) is None
    chosen = {**preview.guessed, 13: None}
    memory.remember(preview.headers, chosen)
    assert memory.recall(list(preview.headers)) == chosen
    assert memory.recall([*preview.headers, "อื่น ๆ"]) is None


def test_a_messy_list_plans_and_applies(office_db, province_list: Path) -> None:
    with plan_import(office_db.session_factory, province_list) as plan:
        assert plan.kind is WorkbookKind.TABLE and plan.is_clean, plan.rejections
        assert [a.members for a in plan.additions] == [2, 1]
        assert plan.additions[0].label.startswith("บ้านเลขที่ 12/3 หมู่ 3 บ้านทดสอบ")
        assert "สมชาย ใจดี" in plan.additions[0].label
        # "ต.ในเมือง" in the list is shown with one prefix, not "ต.ต.ในเมือง".
        assert plan.additions[1].label.endswith("บ้านใหม่ ต.ในเมือง — มาลี มีสุข")
        assert plan.new_villages == ["67010103 บ้านทดสอบ", "67010104 บ้านใหม่"]
        summary = apply_plan(office_db.session_factory, plan, user_name="ทดสอบ")
    assert summary.added == 2
    con = sqlite3.connect(database_file(office_db))
    members = con.execute(
        "SELECT h.key, h.house_code, h.house_no, h.village_code, h.notes, m.seq, m.is_head,"
        " m.title, m.first_name, m.last_name, m.national_id, m.sex, m.birth_date, m.relation"
        " FROM members m JOIN households h ON h.id = m.household_id ORDER BY h.key, m.seq"
    ).fetchall()
    assert members == [
        ("6701-000001", "67010000011", "12/3", "67010103", "", 1, 1, "mr", "สมชาย", "ใจดี",
         an_id(11), "M", "1967-03-15", "head"),
        ("6701-000001", "67010000011", "12/3", "67010103", "", 2, 0, "mrs", "สมหญิง", "ใจดี",
         an_id(12), "F", "1969-07-01", "wife"),
        ("6701-000002", None, "45", "67010104", "ย้ายมา", 1, 1, "miss", "มาลี", "มีสุข",
         an_id(13), "F", "1987-03-01", "head"),
    ]  # fmt: skip
    assert con.execute(
        "SELECT head_name, member_count FROM households ORDER BY key"
    ).fetchall() == [
        ("สมชาย ใจดี", 2),
        ("มาลี มีสุข", 1),
    ]
    # The same list again changes nothing; in update-only mode nothing is added either.
    with plan_import(office_db.session_factory, province_list) as again:
        assert (again.additions, again.updates, again.unchanged) == ([], [], 2)


def test_a_list_updates_matched_households_without_removing_anything(office_db, tmp_path) -> None:
    first = write_list(tmp_path / "first.xlsx", people())
    with plan_import(office_db.session_factory, first) as plan:
        apply_plan(office_db.session_factory, plan, user_name="ทดสอบ")
    rows = people()[:1]
    rows[0][3] = "ใจงาม"  # a new last name for the head, matched by the national ID
    changed = write_list(tmp_path / "changed.xlsx", rows)
    with plan_import(office_db.session_factory, changed, mode=ImportMode.UPDATE_ONLY) as plan:
        (update,) = plan.updates
        assert [(c.field, c.old, c.new) for c in update.changes] == [("last_name", "ใจดี", "ใจงาม")]
        apply_plan(office_db.session_factory, plan, user_name="ทดสอบ")
    con = sqlite3.connect(database_file(office_db))
    assert con.execute("SELECT count(*) FROM members").fetchone() == (3,)
    assert con.execute(
        "SELECT last_name FROM members WHERE national_id = ?", (an_id(11),)
    ).fetchone() == ("ใจงาม",)


def test_bad_rows_are_rejected_with_their_column(office_db, tmp_path) -> None:
    rows = people()
    rows[1][4] = "1234567890123"  # a bad check digit: the first household is not imported
    rows[2][5] = "31/02/2530"
    path = write_list(tmp_path / "bad.xlsx", rows)
    before = counts(office_db)
    with plan_import(office_db.session_factory, path) as plan:
        found = {(r.row, r.code, r.column) for r in plan.rejections}
        assert found == {
            (5, RejectCode.ID_CHECKSUM, "E (เลขประจำตัวประชาชน)"),
            (6, RejectCode.DATE_NO_SUCH_DAY, "F (วัน/เดือน/ปีเกิด)"),
            (4, RejectCode.HOUSEMATE_REFUSED, ""),  # the head of row 5's household, named
        }
        assert plan.additions == []
    assert counts(office_db) == before


def test_an_incomplete_mapping_is_refused(office_db, province_list) -> None:
    with pytest.raises(WorkbookRefused) as caught:
        plan_import(office_db.session_factory, province_list, mapping={2: "first_name"})
    assert caught.value.code is RefusalCode.MAPPING_INCOMPLETE
    assert "บ้านเลขที่" in caught.value.message_th


def test_a_million_row_list_is_refused_while_reading(office_db, tmp_path) -> None:
    rows = b"".join(
        b'<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d"><v>1</v></c></row>' % (n, n, n, n)
        for n in range(4, 1_000_004)
    )
    head = (
        b'<row r="3"><c r="A3" t="inlineStr"><is><t>\xe0\xb8\x8a\xe0\xb8\xb7\xe0\xb9\x88\xe0\xb8'
        b'\xad</t></is></c><c r="B3" t="inlineStr"><is><t>\xe0\xb8\x9a\xe0\xb9\x89\xe0\xb8\xb2'
        b"\xe0\xb8\x99\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\x82\xe0\xb8\x97\xe0\xb8\xb5\xe0\xb9\x88"
        b"</t></is></c></row>"
    )
    path = write_list(tmp_path / "big.xlsx", [])
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    start = sheet.index(b"<sheetData>") + len(b"<sheetData>")
    end = sheet.index(b"</sheetData>")
    parts["xl/worksheets/sheet1.xml"] = sheet[:start] + head + rows + sheet[end:]
    big = tmp_path / "million.xlsx"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as book:
        for name_, data in parts.items():
            book.writestr(name_, data)
    before = counts(office_db)
    with pytest.raises(WorkbookRefused) as caught:
        plan_import(
            office_db.session_factory,
            big,
            mapping={0: "first_name", 1: "house_no", 2: "village_code"},
        )
    assert caught.value.code is RefusalCode.TOO_MANY_ROWS
    assert counts(office_db) == before


CELLS = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.integers(min_value=-(10**14), max_value=10**14),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2600, 12, 31)),
    st.booleans(),
    st.sampled_from(["๑๒๓", "3.67E+12", "15/3/2568", "หัวหน้าครัวเรือน", "ในเมือง", ZW, "=1+1"]),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.lists(CELLS, min_size=len(HEADERS), max_size=len(HEADERS)), max_size=6))
def test_random_cells_never_crash_and_never_write(office_db, tmp_path, rows) -> None:
    path = write_list(tmp_path / "random.xlsx", [[_cell(v) for v in row] for row in rows])
    before, dumped = counts(office_db), dump(office_db)
    try:
        plan = plan_import(office_db.session_factory, path)
    except WorkbookRefused as refused:
        assert refused.message_th
    else:
        with plan:
            assert all(r.message_th and r.message_en for r in plan.rejections)
            assert len(plan.additions) + plan.rejection_count >= 0
    assert counts(office_db) == before and dump(office_db) == dumped


def _cell(value: object) -> object:
    if isinstance(value, str):
        return "".join(ch for ch in value if ch.isprintable() or ch in "\u200b\u00a0")
    return value


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("สมชาย", "ใจดี"),
        ("เกียรติ", "แก้วก่อ"),
        ("ก่อ", ""),
        ("ไก่", "ฮา ฮา"),
        ("Anna", "Smith-Jones"),
        ("น้ำ", "ใส่ใจ"),
        ("", "ลำพัง"),
        ("สม  ชาย", "x"),
    ],
)
def test_member_sort_keys_equal_the_apps(first: str, last: str) -> None:
    from desktop.services.exchange.reading.values import name_sort_key
    from desktop.services.thai import thai_sort_key

    assert name_sort_key(first, last) == thai_sort_key(f"{first} {last}")


def test_a_plan_leaves_no_staging_file(office_db, province_list: Path) -> None:
    plan = plan_import(office_db.session_factory, province_list)
    staging = plan.staging.path
    assert staging.exists()
    plan.close()
    assert not staging.exists()
    with pytest.raises(WorkbookRefused):
        plan_import(office_db.session_factory, province_list, mapping={0: "notes"})
