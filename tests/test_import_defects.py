"""Import defects found by using it as people do (issue 14): each test failed before its fix.

A missing column never erases what it held; an edited indicator result, a member added to
an existing household, a workbook saved by LibreOffice, an unknown code: each is planned,
shown and written (or rejected) as the clerk expects."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.services.exchange.import_ import (
    WorkbookRefused,
    apply_plan,
    plan_import,
    write_report,
)
from desktop.services.exchange.import_.importer import RefusalCode
from desktop.services.exchange.layout import SHEET_BY_NAME
from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.sheet_formulas import formula_cells, is_constant_formula
from tests.exchange_office import database_dump, resave_in_libreoffice
from tests.test_exchange_import import column_of, dump, edit


def _sheet(book, name: str):  # type: ignore[no-untyped-def]
    return book[SHEET_BY_NAME[name].title_th]


def _national_ids(database) -> list[str]:  # type: ignore[no-untyped-def]
    return [row[7] for row in dump(database)["members"] if row[7]]


# 1. A missing column ----------------------------------------------------------------------


def _delete_national_id(book) -> None:  # type: ignore[no-untyped-def]
    sheet = _sheet(book, "members")
    sheet.delete_cols(column_of(sheet, "national_id"))


def _rename_national_id(book) -> None:  # type: ignore[no-untyped-def]
    sheet = _sheet(book, "members")
    sheet.cell(1, column_of(sheet, "national_id")).value = "เลขบัตร"


@pytest.mark.parametrize("change", [_delete_national_id, _rename_national_id])
def test_a_missing_national_id_column_refuses_the_file_and_erases_no_id(
    small_db, small_book, tmp_path, change
) -> None:
    ids = _national_ids(small_db)
    assert len(ids) > 10
    before = database_dump(small_db)
    edited = edit(small_book, tmp_path / "no-ids.xlsx", change)
    with pytest.raises(WorkbookRefused) as caught:
        plan_import(small_db.session_factory, edited)
    assert caught.value.code is RefusalCode.MISSING_COLUMN
    assert "สมาชิก" in caught.value.message_th
    assert "เลขประจำตัวประชาชน (national_id)" in caught.value.message_th
    assert database_dump(small_db) == before and _national_ids(small_db) == ids


def test_the_command_line_exits_2_naming_the_missing_column(
    small_db, small_book, tmp_path, capsys
) -> None:
    edited = edit(small_book, tmp_path / "no-ids.xlsx", _delete_national_id)
    before = database_dump(small_db)
    path = Path(small_db.session_factory.kw["bind"].url.database)
    small_db.close()
    assert main(["import", "--db", str(path), str(edited)]) == 2
    out = capsys.readouterr().out
    assert "แผ่นงาน สมาชิก ไม่มีคอลัมน์ เลขประจำตัวประชาชน (national_id)" in out
    assert database_dump(small_db) == before


def test_a_date_column_may_be_replaced_by_its_be_text(small_db, small_book, tmp_path) -> None:
    """The BE text twin stands in for a removed date column: nothing changes."""

    def drop_birth_dates(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _sheet(book, "members")
        sheet.delete_cols(column_of(sheet, "birth_date"))

    before = database_dump(small_db)
    edited = edit(small_book, tmp_path / "be-only.xlsx", drop_birth_dates)
    with plan_import(small_db.session_factory, edited) as plan:
        assert (plan.additions, plan.updates, plan.rejections) == ([], [], [])
    assert database_dump(small_db) == before


# 2. An edited indicator result ------------------------------------------------------------


def test_an_edited_indicator_result_is_planned_and_applied(small_db, small_book, tmp_path) -> None:
    def edit_results(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _sheet(book, "indicator_results")
        status = sheet.cell(3, column_of(sheet, "status"))
        status.value = "ไม่ผ่าน" if status.value == "ผ่าน" else "ผ่าน"
        sheet.cell(4, column_of(sheet, "verified_by")).value = "นางสาวใหม่ ตรวจดี"

    edited = edit(small_book, tmp_path / "results.xlsx", edit_results)
    book = openpyxl.load_workbook(edited)
    sheet = _sheet(book, "indicator_results")
    key = sheet.cell(3, 1).value
    numbers = [sheet.cell(row, column_of(sheet, "indicator_number")).value for row in (3, 4)]
    year = sheet.cell(3, column_of(sheet, "survey_year")).value
    new_status = sheet.cell(3, column_of(sheet, "status")).value
    with plan_import(small_db.session_factory, edited) as plan:
        assert plan.rejections == []
        (update,) = plan.updates
        assert update.key == key
        shown = {(c.record, c.label_th, c.new) for c in update.changes}
        assert shown == {
            (f"ผลตัวชี้วัดข้อ {numbers[0]} ปี {year}", "ผล", new_status),
            (f"ผลตัวชี้วัดข้อ {numbers[1]} ปี {year}", "ผู้ตรวจสอบ", "นางสาวใหม่ ตรวจดี"),
        }
        apply_plan(small_db.session_factory, plan, user_name="ทดสอบ")
    results = [r for r in dump(small_db)["results"] if r[0] == key and r[1] == year]
    by_number = {r[3]: r for r in results}
    assert by_number[numbers[1]][5] == "นางสาวใหม่ ตรวจดี"
    assert by_number[numbers[0]][4] == ("failed" if new_status == "ไม่ผ่าน" else "passed")


# 3. A member added to an existing household -----------------------------------------------


@pytest.mark.parametrize("birth_date", ["15/03/2550", None])
def test_a_member_added_to_a_household_is_shown_field_by_field_and_applied(
    small_db, small_book, tmp_path, birth_date
) -> None:
    def add_member(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _sheet(book, "members")
        values = {
            "household_key": sheet.cell(3, 1).value,
            "member_seq": 9,
            "is_head": False,
            "title_code": "miss",
            "first_name": "มะลิ",
            "last_name": "ใหม่ใจ",
            "sex": "หญิง",
            "birth_date": birth_date,
            "relation_code": "child",
            "lives_here": True,
        }
        row = sheet.max_row + 1
        for key, value in values.items():
            sheet.cell(row, column_of(sheet, key)).value = value

    edited = edit(small_book, tmp_path / "member.xlsx", add_member)
    household = openpyxl.load_workbook(edited, read_only=True)
    key = next(_sheet(household, "members").iter_rows(min_row=3, max_row=3, values_only=True))[0]
    with plan_import(small_db.session_factory, edited) as plan:
        assert plan.rejections == []
        (update,) = plan.updates
        shown = {c.label_th: c.new for c in update.changes if c.record == "สมาชิก มะลิ ใหม่ใจ"}
        assert shown["เพิ่ม"] == "มะลิ ใหม่ใจ"
        assert shown["ชื่อ"] == "มะลิ" and shown["นามสกุล"] == "ใหม่ใจ"
        assert shown["คำนำหน้า"] == "นางสาว" and shown["เพศ"] == "หญิง"
        assert shown["ลำดับสมาชิก"] == "9"
        assert shown.get("วันเกิด") == ("15/03/2550" if birth_date else None)
        apply_plan(small_db.session_factory, plan, user_name="ทดสอบ")
    added = [m for m in dump(small_db)["members"] if m[0] == key and m[1] == 9]
    assert len(added) == 1
    assert added[0][4:6] == ("มะลิ", "ใหม่ใจ")
    assert added[0][9] == ("2007-03-15" if birth_date else None)


# 4. A workbook saved by LibreOffice -------------------------------------------------------


def test_libreoffice_constant_formulas_are_values_and_real_ones_stay_formulas() -> None:
    row = (
        b'<row r="3"><c r="A3" t="b"><f aca="false">TRUE()</f><v>1</v></c>'
        b'<c r="B3" t="b"><f>FALSE()</f><v>0</v></c>'
        b'<c r="C3"><f>12.5</f><v>12.5</v></c>'
        b'<c r="D3" t="str"><f>"a ""b"""</f><v>a "b"</v></c>'
        b'<c r="E3" t="b"><f>TRUE()</f><v>0</v></c>'
        b'<c r="F3"><f>1+1</f><v>2</v></c>'
        b'<c r="G3" t="str"><f>HYPERLINK("http://x")</f><v>http://x</v></c>'
        b'<c r="H3"><f t="shared" si="0"/><v>3</v></c></row>'
    )
    assert formula_cells(row, b"") == {3: {4, 5, 6, 7}}
    assert is_constant_formula(b' r="A1" t="b"', b"<f>TRUE()</f><v>1</v>")
    assert not is_constant_formula(b' r="A1"', b"<f>SUM(A2:A9)</f><v>0</v>")


def test_a_workbook_saved_by_libreoffice_imports_with_its_edits(
    small_db, small_book, tmp_path
) -> None:
    def edit_head_flag_and_name(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _sheet(book, "members")
        sheet.cell(3, column_of(sheet, "first_name")).value = "สมหมายใหม่"
        sheet.cell(3, column_of(sheet, "disability")).value = True

    edited = edit(small_book, tmp_path / "edited.xlsx", edit_head_flag_and_name)
    unchanged, saved = resave_in_libreoffice([small_book, edited], tmp_path / "lo")
    before = database_dump(small_db)
    with plan_import(small_db.session_factory, unchanged) as plan:
        assert (plan.additions, plan.updates, plan.rejection_count) == ([], [], 0)
    with plan_import(small_db.session_factory, saved) as plan:
        assert plan.rejection_count == 0
        (update,) = plan.updates
        assert {(c.field, c.new) for c in update.changes} == {
            ("first_name", "สมหมายใหม่"),
            ("disability", "ใช่"),
        }
        apply_plan(small_db.session_factory, plan, user_name="ทดสอบ")
    assert database_dump(small_db) != before
    first = dump(small_db)["members"]
    assert [m[16] for m in first if m[4] == "สมหมายใหม่"] == [1]


def test_a_real_formula_saved_by_libreoffice_is_still_rejected(
    small_db, small_book, tmp_path
) -> None:
    def formula(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _sheet(book, "members")
        sheet.cell(3, column_of(sheet, "last_name")).value = '=CONCAT("ใจ","ดี")'

    (saved,) = resave_in_libreoffice(
        [edit(small_book, tmp_path / "formula.xlsx", formula)], tmp_path / "lo"
    )
    with plan_import(small_db.session_factory, saved) as plan:
        assert [(r.sheet, r.row, r.code) for r in plan.rejections] == [
            ("สมาชิก", 3, RejectCode.FORMULA)
        ]


# 6. Unknown codes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sheet_name", "key", "allowed"),
    [
        ("members", "title_code", "mr นาย"),
        ("members", "education_level_code", "primary ประถมศึกษา"),
        ("members", "occupation_main_code", "farmer เกษตรกร"),
        ("households", "source_list_code", "tpmap"),
    ],
)
def test_an_unknown_code_is_rejected_with_the_allowed_values(
    small_db, small_book, tmp_path, sheet_name, key, allowed
) -> None:
    def unknown(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _sheet(book, sheet_name)
        sheet.cell(3, column_of(sheet, key)).value = "zz9"
        sheet.cell(3, column_of(sheet, key.removesuffix("_code"))).value = "ไม่มีในรายการ"

    before = database_dump(small_db)
    edited = edit(small_book, tmp_path / "unknown.xlsx", unknown)
    with plan_import(small_db.session_factory, edited) as plan:
        (rejection,) = plan.rejections
        assert (rejection.sheet, rejection.row) == (SHEET_BY_NAME[sheet_name].title_th, 3)
        assert rejection.code is RejectCode.UNKNOWN_CODE
        assert SHEET_BY_NAME[sheet_name].column(key).header_th in rejection.column
        assert rejection.message_th.startswith("ไม่มีรหัส zz9 ในรายการรหัสของสำนักงาน ใช้ได้: ")
        assert allowed in rejection.message_th
        apply_plan(small_db.session_factory, plan, user_name="ทดสอบ")
    assert database_dump(small_db) == before


# 5. Edits of sheets a district office does not import -------------------------------------


def _edit_read_only_sheets(book) -> None:  # type: ignore[no-untyped-def]
    assistance = _sheet(book, "assistance")
    assistance.cell(3, column_of(assistance, "value")).value = 98765.5
    projects = _sheet(book, "projects")
    projects.delete_rows(4)


def test_edits_of_read_only_sheets_are_listed_and_not_imported(
    small_db, small_book, tmp_path, capsys
) -> None:
    book = openpyxl.load_workbook(small_book, read_only=True)
    assistance = _sheet(book, "assistance")
    old_value = next(assistance.iter_rows(min_row=3, max_row=3, values_only=True))[10]
    project = next(_sheet(book, "projects").iter_rows(min_row=4, max_row=4, values_only=True))
    edited = edit(small_book, tmp_path / "help.xlsx", _edit_read_only_sheets)
    before = database_dump(small_db)
    with plan_import(small_db.session_factory, edited) as plan:
        assert (plan.additions, plan.updates, plan.rejections) == ([], [], [])
        found = plan.read_only
        assert found.sheets == ["โครงการ", "การช่วยเหลือ"] and found.count == 2
        by_sheet = {e.sheet: e for e in found.edits}
        help_edit = by_sheet["การช่วยเหลือ"]
        assert (help_edit.row, help_edit.column) == (3, "K (มูลค่า (บาท))")
        assert (help_edit.in_file, help_edit.in_office) == ("98765.5", f"{old_value:g}")
        left_out = by_sheet["โครงการ"]
        assert (left_out.row, left_out.in_file) == (0, "")
        assert left_out.in_office.startswith(f"{project[0]} | {project[1]} | {project[2]}")
        report = write_report(plan, tmp_path / "report.xlsx")
        apply_plan(small_db.session_factory, plan, user_name="ทดสอบ")
    ignored = openpyxl.load_workbook(report)["แก้ในแผ่นงานที่ไม่นำเข้า"]
    lines = [tuple(c.value for c in row) for row in ignored.iter_rows(min_row=2)]
    assert ("การช่วยเหลือ", 3, "K (มูลค่า (บาท))", "98765.5", f"{old_value:g}") in lines
    assert database_dump(small_db) == before
    path = Path(small_db.session_factory.kw["bind"].url.database)
    small_db.close()
    assert main(["import", "--db", str(path), str(edited), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        "แผ่นงาน โครงการ, การช่วยเหลือ เป็นข้อมูลอ่านอย่างเดียวสำหรับสำนักงานอำเภอ:"
        " การแก้ไข 2 รายการในแผ่นงานเหล่านี้จะไม่ถูกนำเข้า" in out
    )
    assert f"ไม่นำเข้า การช่วยเหลือ แถว 3 คอลัมน์ K (มูลค่า (บาท)): {old_value:g} → 98765.5" in out


def test_an_unchanged_export_lists_nothing_as_not_imported(small_db, small_book) -> None:
    with plan_import(small_db.session_factory, small_book) as plan:
        assert plan.read_only.count == 0 and plan.read_only.edits == []


# Found by the random round trip -----------------------------------------------------------


def test_a_head_whose_national_id_changes_stays_the_head(small_db, small_book, tmp_path) -> None:
    def new_id(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _sheet(book, "members")
        assert sheet.cell(3, column_of(sheet, "is_head")).value is True
        sheet.cell(3, column_of(sheet, "national_id")).value = "3000000106008"

    edited = edit(small_book, tmp_path / "head-id.xlsx", new_id)
    key = openpyxl.load_workbook(edited)[SHEET_BY_NAME["members"].title_th].cell(3, 1).value
    with plan_import(small_db.session_factory, edited) as plan:
        apply_plan(small_db.session_factory, plan, user_name="ทดสอบ")
    head = [m for m in dump(small_db)["members"] if m[0] == key and m[1] == 1]
    assert [(m[2], m[7]) for m in head] == [(1, "3000000106008")]
    households = {h[0]: h for h in dump(small_db)["households"]}
    assert households[key][11] == "3000000106008"  # the household's head ID follows


def test_a_blank_line_between_data_rows_is_passed_over(small_db, small_book, tmp_path) -> None:
    def blank_line(book) -> None:  # type: ignore[no-untyped-def]
        _sheet(book, "members").insert_rows(5)
        _sheet(book, "stage_history").insert_rows(4)

    before = database_dump(small_db)
    with plan_import(
        small_db.session_factory, edit(small_book, tmp_path / "b.xlsx", blank_line)
    ) as plan:
        assert (plan.additions, plan.updates, plan.rejections) == ([], [], [])
    assert database_dump(small_db) == before
