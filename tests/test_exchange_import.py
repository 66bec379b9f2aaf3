"""Importing our own exchange workbook: round trips, edits, merge modes, bad input."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import sqlite3
import struct
import zipfile
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

from desktop.services.exchange.export import export_workbook
from desktop.services.exchange.import_ import (
    WorkbookRefused,
    apply_plan,
    identify_workbook,
    plan_import,
)
from desktop.services.exchange.import_.importer import (
    ImportCancelled,
    ImportMode,
    RefusalCode,
    WorkbookKind,
    write_report,
)
from desktop.services.exchange.layout import LAYOUT_VERSION, SHEET_BY_NAME
from desktop.services.exchange.reading.messages import REFUSALS, REJECTIONS, RejectCode
from desktop.services.households.form import HouseholdFormService
from desktop.services.safety.change_log import summary as change_summary

HOUSEHOLD_TABLES = (
    "households",
    "members",
    "income_lines",
    "indicator_results",
    "stage_assessments",
)


def database_file(database) -> Path:  # type: ignore[no-untyped-def]
    return Path(database.session_factory.kw["bind"].url.database)


def dump(database) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    """Every household's data by natural keys (no ids), derived list columns included."""
    con = sqlite3.connect(database_file(database))
    try:
        return {
            "households": con.execute(
                "SELECT key, house_code, house_no, village_code, source_list, has_welfare_card,"
                " welfare_registered, current_stage, last_verified_on, notes, head_name,"
                " head_national_id, member_count, failed_dimensions, failed_indicators,"
                " stage_rank, house_no_key FROM households ORDER BY key"
            ).fetchall(),
            "members": con.execute(
                "SELECT h.key, m.seq, m.is_head, m.title, m.first_name, m.last_name, m.name_key,"
                " m.national_id, m.sex, m.birth_date, m.relation, m.education_status,"
                " m.education_level, m.literate, m.occupation_main, m.occupation_second,"
                " m.disability, m.chronic_illness, m.bedridden, m.welfare_card, m.lives_here"
                " FROM members m JOIN households h ON h.id = m.household_id"
                " ORDER BY h.key, m.seq"
            ).fetchall(),
            "income": con.execute(
                "SELECT h.key, m.seq, i.survey_year, i.category, i.amount_satang, i.cost_satang"
                " FROM income_lines i JOIN members m ON m.id = i.member_id"
                " JOIN households h ON h.id = m.household_id ORDER BY 1, 2, 3, 4"
            ).fetchall(),
            "results": con.execute(
                "SELECT h.key, r.survey_year, s.code, n.number, r.status, r.verified_by,"
                " r.verified_on FROM indicator_results r JOIN households h ON h.id = r.household_id"
                " JOIN indicators n ON n.id = r.indicator_id"
                " JOIN indicator_sets s ON s.id = n.set_id ORDER BY 1, 2, 3, 4"
            ).fetchall(),
            "stages": con.execute(
                "SELECT h.key, sa.stage, sa.assessed_on, sa.assessor, sa.reason"
                " FROM stage_assessments sa JOIN households h ON h.id = sa.household_id"
                " ORDER BY 1, 3, 2, 4, 5"
            ).fetchall(),
            "villages": con.execute(
                "SELECT code, moo, name_th FROM villages ORDER BY code"
            ).fetchall(),
        }
    finally:
        con.close()


def counts(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(database_file(database))
    try:
        tables = (*HOUSEHOLD_TABLES, "change_log", "villages")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


def export(database, path: Path) -> Path:  # type: ignore[no-untyped-def]
    export_workbook(database.session_factory, path, exported_on=dt.date(2025, 6, 1))
    return path


def column_of(sheet, key: str) -> int:  # type: ignore[no-untyped-def]
    """1-based column of a machine key on row 1 of an openpyxl sheet."""
    for cell in sheet[1]:
        if cell.value == key:
            return cell.column
    raise KeyError(key)


def edit(path: Path, out: Path, change) -> Path:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(out)
    return out


@pytest.fixture
def demo_book(demo_db, tmp_path: Path) -> Path:
    return export(demo_db, tmp_path / "demo.xlsx")


def test_every_code_has_thai_and_english_text() -> None:
    assert set(REFUSALS) == set(RefusalCode)
    assert set(REJECTIONS) == set(RejectCode)
    for thai, english in (*REFUSALS.values(), *REJECTIONS.values()):
        assert thai and english and thai != english


def test_reimporting_an_unchanged_export_changes_nothing(demo_db, demo_book: Path) -> None:
    before, log_before = dump(demo_db), counts(demo_db)
    assert identify_workbook(demo_book) is WorkbookKind.EXCHANGE
    with plan_import(demo_db.session_factory, demo_book) as plan:
        assert plan.kind is WorkbookKind.EXCHANGE
        assert (plan.additions, plan.updates, plan.rejections) == ([], [], [])
        assert plan.unchanged == log_before["households"] == 200
        summary = apply_plan(demo_db.session_factory, plan, user_name="ทดสอบ")
    assert (summary.added, summary.updated) == (0, 0)
    assert dump(demo_db) == before
    assert counts(demo_db) == log_before


def test_export_into_a_fresh_office_is_the_identity(demo_db, office_db, demo_book: Path) -> None:
    seen: list[tuple[int, int]] = []
    with plan_import(
        office_db.session_factory, demo_book, progress=lambda *done: seen.append(done)
    ) as plan:
        assert seen and all(a[0] <= b[0] <= b[1] for a, b in itertools.pairwise(seen))
        assert len(plan.additions) == 200 and plan.updates == [] and plan.is_clean
        assert plan.additions[0].key.startswith("6701-") and plan.additions[0].members >= 1
        summary = apply_plan(office_db.session_factory, plan, user_name="ทดสอบ")
    assert summary.added == 200
    source, copy = dump(demo_db), dump(office_db)
    for part in ("households", "members", "income", "results", "stages"):
        assert copy[part] == source[part], part
    assert {row[0] for row in copy["villages"]} <= {row[0] for row in source["villages"]}
    logged = sqlite3.connect(database_file(office_db)).execute(
        "SELECT table_name, count(*) FROM change_log WHERE user_name = 'ทดสอบ'"
        " AND action = 'insert' GROUP BY table_name"
    )
    numbers = dict(logged.fetchall())
    assert numbers["households"] == 200
    assert numbers["members"] == len(source["members"])
    assert numbers["indicator_results"] == len(source["results"])
    # Every village the import created is logged, as the household form logs one.
    with closing(sqlite3.connect(database_file(office_db))) as con:
        villages = con.execute(
            "SELECT v.code, v.subdistrict_code, v.moo, v.name_th, c.new_value FROM villages v"
            " JOIN change_log c ON c.table_name = 'villages' AND c.record_id = v.rowid"
        ).fetchall()
    assert numbers["villages"] == len(copy["villages"]) == len(villages) > 0
    for code, subdistrict, moo, name, logged_value in villages:
        expected = {"code": code, "subdistrict_code": subdistrict, "moo": moo, "name_th": name}
        assert logged_value == change_summary(expected)
    # The history of an imported household finds its imported members (JSON as the app's).
    household_id = (
        sqlite3.connect(database_file(office_db))
        .execute("SELECT min(id) FROM households")
        .fetchone()[0]
    )
    history = HouseholdFormService(office_db.session_factory).history(household_id)
    assert {entry.table_name for entry in history} >= {"households", "members"}
    with plan_import(office_db.session_factory, demo_book) as again:
        assert (again.additions, again.updates, again.unchanged) == ([], [], 200)


def _rename_first_member(book) -> None:  # type: ignore[no-untyped-def]
    sheet = book[SHEET_BY_NAME["members"].title_th]
    sheet.cell(3, column_of(sheet, "first_name")).value = "ชื่อใหม่ทดสอบ"


def test_a_dry_run_can_be_cancelled(demo_db, demo_book) -> None:
    with pytest.raises(ImportCancelled):
        plan_import(demo_db.session_factory, demo_book, cancelled=lambda: True)


def test_an_edited_name_is_one_change_logged_old_to_new(demo_db, demo_book, tmp_path) -> None:
    book = openpyxl.load_workbook(demo_book, read_only=True)
    sheet = book[SHEET_BY_NAME["members"].title_th]
    keys = [cell.value for cell in next(sheet.iter_rows(min_row=1, max_row=1))]
    row3 = [cell.value for cell in next(sheet.iter_rows(min_row=3, max_row=3))]
    household_key, old_name = row3[keys.index("household_key")], row3[keys.index("first_name")]
    book.close()
    edited = edit(demo_book, tmp_path / "edited.xlsx", _rename_first_member)
    with plan_import(demo_db.session_factory, edited) as plan:
        assert plan.additions == [] and plan.unchanged == 199 and plan.is_clean
        (update,) = plan.updates
        assert update.key == household_key
        (change,) = update.changes
        assert (change.field, change.old, change.new) == ("first_name", old_name, "ชื่อใหม่ทดสอบ")
        assert change.table == "members" and change.label_th == "ชื่อ"
        summary = apply_plan(demo_db.session_factory, plan, user_name="ผู้แก้")
    assert (summary.added, summary.updated) == (0, 1)
    con = sqlite3.connect(database_file(demo_db))
    assert con.execute(
        "SELECT count(*) FROM members WHERE first_name = 'ชื่อใหม่ทดสอบ'"
    ).fetchone() == (1,)
    assert con.execute(
        "SELECT old_value, new_value FROM change_log WHERE user_name = 'ผู้แก้'"
        " AND table_name = 'members' AND field = 'first_name'"
    ).fetchall() == [(old_name, "ชื่อใหม่ทดสอบ")]
    head = con.execute(
        "SELECT head_name FROM households WHERE key = ?", (household_key,)
    ).fetchone()[0]
    assert head.startswith("ชื่อใหม่ทดสอบ")  # the list's derived columns were refreshed
    # a form open on that household, and only that one, is now stale (its version rose)
    versions = con.execute(
        "SELECT key = ?, min(version), max(version) FROM households GROUP BY key = ?",
        (household_key, household_key),
    ).fetchall()
    assert sorted(versions) == [(0, 1, 1), (1, 2, 2)]


@pytest.mark.parametrize(
    ("mode", "added", "updated", "skipped"),
    [
        (ImportMode.ADD_AND_UPDATE, 3, 1, 0),
        (ImportMode.ADD_ONLY, 3, 0, 197),
        (ImportMode.UPDATE_ONLY, 0, 1, 3),
    ],
)
def test_merge_modes(demo_db, demo_book, tmp_path, mode, added, updated, skipped) -> None:
    edited = edit(demo_book, tmp_path / "edited.xlsx", _rename_first_member)
    con = sqlite3.connect(database_file(demo_db))
    edited_key = con.execute(
        "SELECT h.key FROM households h ORDER BY h.village_code, h.house_no_key, h.id LIMIT 1"
    ).fetchone()[0]
    gone = [
        row[0]
        for row in con.execute(
            "SELECT id FROM households WHERE key != ? ORDER BY id DESC LIMIT 3", (edited_key,)
        )
    ]
    service = HouseholdFormService(demo_db.session_factory)
    for household_id in gone:
        service.delete(household_id, user_name="ลบ")
    with plan_import(demo_db.session_factory, edited, mode=mode) as plan:
        assert (len(plan.additions), len(plan.updates), plan.skipped) == (added, updated, skipped)
        summary = apply_plan(demo_db.session_factory, plan, user_name="โหมด")
    assert (summary.added, summary.updated) == (added, updated)
    households = con.execute("SELECT count(*) FROM households").fetchone()[0]
    assert households == 197 + added


def test_the_report_workbook_lists_changes_and_rejections(demo_db, demo_book, tmp_path) -> None:
    broken: list[int] = []

    def break_an_id(book) -> None:  # type: ignore[no-untyped-def]
        _rename_first_member(book)
        sheet = book[SHEET_BY_NAME["members"].title_th]
        key = column_of(sheet, "household_key")
        row = next(r for r in range(4, 99) if sheet.cell(r, key).value != sheet.cell(3, key).value)
        sheet.cell(row, column_of(sheet, "national_id")).value = "1234567890123"
        broken.append(row)

    edited = edit(demo_book, tmp_path / "edited.xlsx", break_an_id)
    with plan_import(demo_db.session_factory, edited) as plan:
        (rejection,) = plan.rejections
        assert (rejection.sheet, rejection.row, rejection.code) == (
            "สมาชิก",
            broken[0],
            RejectCode.ID_CHECKSUM,
        )
        assert len(plan.updates) == 1
        assert rejection.column.startswith("G (") and "หลักตรวจสอบ" in rejection.message_th
        out = write_report(plan, tmp_path / "report.xlsx")
    report = openpyxl.load_workbook(out)
    assert report.sheetnames == ["สรุป", "เพิ่ม", "เปลี่ยนแปลง", "ไม่รับ"]
    changes = [[c.value for c in row] for row in report["เปลี่ยนแปลง"].iter_rows(min_row=2)]
    assert any("ชื่อใหม่ทดสอบ" in row for row in changes)
    rejected = [[c.value for c in row] for row in report["ไม่รับ"].iter_rows(min_row=2)]
    assert rejected[0][:3] == ["สมาชิก", broken[0], rejection.column]
    assert not list(tmp_path.glob(".*.part"))


# Bad input ---------------------------------------------------------------------------


def _refused(database, path: Path) -> RefusalCode:  # type: ignore[no-untyped-def]
    before = counts(database)
    with pytest.raises(WorkbookRefused) as caught:
        plan_import(database.session_factory, path)
    assert caught.value.message_th and caught.value.message_en
    assert counts(database) == before
    return caught.value.code


def test_a_text_file_named_xlsx_is_refused(demo_db, tmp_path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("ไม่ใช่แฟ้ม excel\n", encoding="utf-8")
    assert _refused(demo_db, path) is RefusalCode.NOT_XLSX


def test_an_encrypted_workbook_is_refused(demo_db, tmp_path) -> None:
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    encrypted = tmp_path / "locked.xlsx"
    encrypted.write_bytes(header + "EncryptionInfo".encode("utf-16-le") + bytes(1000))
    assert _refused(demo_db, encrypted) is RefusalCode.ENCRYPTED
    old = tmp_path / "old.xlsx"
    old.write_bytes(header + "Workbook".encode("utf-16-le") + bytes(1000))
    assert _refused(demo_db, old) is RefusalCode.OLD_XLS


def test_a_zip_bomb_is_refused_before_parsing(demo_db, demo_book, tmp_path) -> None:
    """The central directory declares a sheet of almost 4 GB packed in a few kilobytes."""
    data = bytearray(demo_book.read_bytes())
    with zipfile.ZipFile(demo_book) as book:
        info = book.getinfo("xl/worksheets/sheet4.xml")
    name = info.filename.encode()
    at = data.find(b"PK\x01\x02")  # the central directory's entries
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == name:
            break
        at = data.find(b"PK\x01\x02", at + 4)
    assert at >= 0 and info.compress_size < 2**32 // 1000
    struct.pack_into("<I", data, at + 24, 0xFFFFFFF0)
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(bytes(data))
    assert _refused(demo_db, bomb) is RefusalCode.SUSPICIOUS_COMPRESSION


def test_a_missing_sheet_is_refused(demo_db, demo_book, tmp_path) -> None:
    def drop(book) -> None:  # type: ignore[no-untyped-def]
        del book[SHEET_BY_NAME["income"].title_th]

    assert (
        _refused(demo_db, edit(demo_book, tmp_path / "x.xlsx", drop)) is RefusalCode.MISSING_SHEET
    )


def test_a_missing_key_column_is_refused(demo_db, demo_book, tmp_path) -> None:
    def drop(book) -> None:  # type: ignore[no-untyped-def]
        sheet = book[SHEET_BY_NAME["members"].title_th]
        sheet.delete_cols(column_of(sheet, "member_seq"))

    assert (
        _refused(demo_db, edit(demo_book, tmp_path / "x.xlsx", drop)) is RefusalCode.MISSING_COLUMN
    )


def test_a_newer_layout_version_is_refused(demo_db, demo_book, tmp_path) -> None:
    def newer(book) -> None:  # type: ignore[no-untyped-def]
        sheet = book[SHEET_BY_NAME["metadata"].title_th]
        for row in sheet.iter_rows(min_row=3):
            if row[0].value == "layout_version":
                row[2].value = LAYOUT_VERSION + 1

    code = _refused(demo_db, edit(demo_book, tmp_path / "x.xlsx", newer))
    assert code is RefusalCode.NEWER_LAYOUT


def with_cell_text(path: Path, out: Path, part: str, cell: str, value: str) -> Path:
    """A copy of the workbook whose inline-string cell ``cell`` of ``part`` holds ``value``
    (openpyxl cuts text at Excel's 32,767 characters, so the XML is edited directly)."""
    pattern = re.compile(rb'(<c r="' + cell.encode() + rb'"[^>]*><is><t[^>]*>)[^<]*(</t>)')
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                data, found = pattern.subn(lambda m: m[1] + value.encode() + m[2], data, count=1)
                assert found == 1
            copy.writestr(info, data)
    return out


def test_a_ten_megabyte_cell_is_refused(demo_db, demo_book, tmp_path) -> None:
    # Varied text: one character repeated packs a thousand times, refused for that first.
    text = "".join(random.Random(10).choices("๐๑๒๓๔๕๖๗๘๙กขคง", k=4 * 2**20))
    huge = with_cell_text(demo_book, tmp_path / "x.xlsx", "xl/worksheets/sheet3.xml", "C3", text)
    assert _refused(demo_db, huge) is RefusalCode.CELL_TOO_BIG


def _rejected_without_writing(database, path: Path) -> list:  # type: ignore[no-untyped-def]
    before, log_before = dump(database), counts(database)
    with plan_import(database.session_factory, path) as plan:
        rejections = plan.rejections
        apply_plan(database.session_factory, plan, user_name="ทดสอบ")
    assert dump(database) == before and counts(database) == log_before
    return rejections


def test_a_formula_in_a_key_column_is_rejected(demo_db, demo_book, tmp_path) -> None:
    def formula(book) -> None:  # type: ignore[no-untyped-def]
        sheet = book[SHEET_BY_NAME["members"].title_th]
        sheet.cell(4, column_of(sheet, "household_key")).value = "=A3"

    rejections = _rejected_without_writing(demo_db, edit(demo_book, tmp_path / "f.xlsx", formula))
    assert any(r.code is RejectCode.FORMULA and r.row == 4 for r in rejections)
    assert all(r.sheet == "สมาชิก" and r.message_th for r in rejections)


def test_a_forty_thousand_character_cell_is_rejected(demo_db, demo_book, tmp_path) -> None:
    long_name = with_cell_text(
        demo_book, tmp_path / "long.xlsx", "xl/worksheets/sheet4.xml", "F3", "ข" * 40_000
    )
    rejections = _rejected_without_writing(demo_db, long_name)
    (rejection,) = rejections
    assert rejection.code is RejectCode.CELL_TOO_LONG and rejection.row == 3
    assert "40000" in rejection.message_th


def test_wrong_types_are_rejected_row_by_row(demo_db, demo_book, tmp_path) -> None:
    def wrong(book) -> None:  # type: ignore[no-untyped-def]
        members = book[SHEET_BY_NAME["members"].title_th]
        members.cell(3, column_of(members, "member_seq")).value = "หนึ่ง"
        members.cell(6, column_of(members, "birth_date")).value = None
        members.cell(6, column_of(members, "birth_date_be")).value = "15/03/1990"
        results = book[SHEET_BY_NAME["indicator_results"].title_th]
        results.cell(3, column_of(results, "status")).value = "ดีมาก"

    rejections = _rejected_without_writing(demo_db, edit(demo_book, tmp_path / "w.xlsx", wrong))
    codes = {(r.sheet, r.row): r.code for r in rejections}
    assert codes[("สมาชิก", 3)] is RejectCode.NOT_A_NUMBER
    assert codes[("สมาชิก", 6)] is RejectCode.DATE_LOOKS_CE
    assert codes[("ผลตัวชี้วัด", 3)] is RejectCode.UNKNOWN_CHOICE


def test_invisible_characters_and_thai_digits_change_nothing(demo_db, demo_book, tmp_path) -> None:
    def noise(book) -> None:  # type: ignore[no-untyped-def]
        members = book[SHEET_BY_NAME["members"].title_th]
        first = members.cell(3, column_of(members, "first_name"))
        first.value = f"\u200b {first.value[:1]}\u200d{first.value[1:]}\u00a0"
        national_id = members.cell(3, column_of(members, "national_id"))
        digits = national_id.value.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
        national_id.value = f"{digits[:1]}-{digits[1:5]} {digits[5:]}\ufeff"
        households = book[SHEET_BY_NAME["households"].title_th]
        code = households.cell(3, column_of(households, "house_code"))
        code.value = float(code.value) if code.value else None

    edited = edit(demo_book, tmp_path / "noisy.xlsx", noise)
    with plan_import(demo_db.session_factory, edited) as plan:
        assert (plan.additions, plan.updates, plan.rejections) == ([], [], [])
        assert plan.unchanged == 200
