"""A provincial office consolidates two generated districts with one planted conflict:
the same national ID in a household of each district is listed, never merged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from db.database import OfficeDatabase
from desktop.services.exchange.export import export_workbook
from desktop.services.exchange.import_ import WorkbookRefused, apply_plan, plan_import
from desktop.services.exchange.import_.importer import RefusalCode, RejectCode
from desktop.services.exchange.province import ConflictRefused, IdConflictService, Owner
from desktop.services.office import create_office
from desktop.services.office.setup import OfficeService
from tests.province_fixtures import CLERK, Districts, query


@pytest.fixture
def province(tmp_path: Path) -> Iterator[OfficeDatabase]:
    database = create_office(tmp_path / "province.sqlite3", "", CLERK, province_code="67")
    yield database
    database.close()


def _import(database: OfficeDatabase, book: Path) -> tuple[int, int, list, int]:
    with plan_import(database.session_factory, book) as plan:
        conflicts, settled = list(plan.conflicts), plan.settled
        summary = apply_plan(database.session_factory, plan, user_name=CLERK)
    return summary.added, summary.updated, conflicts, settled


def _holders(database: OfficeDatabase, national_id: str) -> list[str]:
    path = Path(database.session_factory.kw["bind"].url.database)
    return [
        key
        for (key,) in query(
            path,
            "SELECT h.key FROM members m JOIN households h ON h.id = m.household_id"
            " WHERE m.national_id = ?",
            (national_id,),
        )
    ]


def test_a_provincial_office_is_set_up_for_a_province(province: OfficeDatabase) -> None:
    profile = OfficeService(province.session_factory).profile()
    assert profile is not None and profile.is_province
    assert profile.province_code == "67" and profile.district_code == ""
    assert profile.office_name_th == "สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์"


def test_two_districts_consolidate_and_the_shared_id_is_a_conflict(
    province: OfficeDatabase, districts: Districts
) -> None:
    added_first, _, conflicts_first, _ = _import(province, districts.first)
    assert added_first == 40 and conflicts_first == []

    with plan_import(province.session_factory, districts.second) as plan:
        assert len(plan.additions) == 30, "the claiming household is still added, whole"
        assert [
            (c.national_id, c.household_key, c.other_household_key) for c in plan.conflicts
        ] == [(districts.national_id, districts.second_key, districts.first_key)]
        assert plan.conflicts[0].other_district == "อ.เมืองเพชรบูรณ์"
        apply_plan(province.session_factory, plan, user_name=CLERK)

    assert _holders(province, districts.national_id) == [districts.first_key], "not merged"
    service = IdConflictService(province.session_factory)
    [conflict] = service.conflicts()
    assert conflict.national_id == districts.national_id
    assert conflict.first.household_key == districts.first_key
    assert conflict.second.household_key == districts.second_key
    assert conflict.second.member_id is not None and conflict.found_by == CLERK
    assert "อ.ชนแดน" in conflict.second.place and "อ.เมืองเพชรบูรณ์" in conflict.first.place
    path = Path(province.session_factory.kw["bind"].url.database)
    households = query(
        path, "SELECT substr(village_code, 1, 4), count(*) FROM households GROUP BY 1"
    )
    assert households == [("6701", 40), ("6702", 30)]

    # The same workbook again: nothing changes and the conflict is not listed twice.
    with plan_import(province.session_factory, districts.second) as again:
        assert not again.changes_anything
        assert [c.already_listed for c in again.conflicts] == [True]
    assert service.open_count() == 1


def test_resolving_gives_the_id_to_the_chosen_person(
    province: OfficeDatabase, districts: Districts
) -> None:
    _import(province, districts.first)
    _import(province, districts.second)
    service = IdConflictService(province.session_factory)
    [conflict] = service.conflicts()

    service.resolve(conflict.id, Owner.SECOND, user_name=CLERK, note="ย้ายไปอยู่ชนแดนแล้ว")

    assert _holders(province, districts.national_id) == [districts.second_key]
    assert service.open_count() == 0
    [done] = service.conflicts(include_resolved=True)
    assert (done.resolution, done.resolved_by, done.note) == ("second", CLERK, "ย้ายไปอยู่ชนแดนแล้ว")
    assert done.first.member_id is None, "the person of the first household was removed"
    path = Path(province.session_factory.kw["bind"].url.database)
    logged = query(
        path,
        "SELECT table_name, action, field FROM change_log WHERE user_name = ?"
        " AND table_name IN ('members', 'id_conflicts') AND action != 'insert' ORDER BY id",
        (CLERK,),
    )
    assert logged == [
        ("members", "delete", ""),
        ("members", "update", "national_id"),
        ("id_conflicts", "update", "resolution"),
        ("id_conflicts", "update", "note"),
    ]
    with pytest.raises(ConflictRefused):
        service.resolve(conflict.id, Owner.FIRST, user_name=CLERK)

    # The first district sends its unchanged workbook again: the decision stands.
    with plan_import(province.session_factory, districts.first) as again:
        assert again.settled == 1 and again.conflicts == []
        assert not again.changes_anything
    assert _holders(province, districts.national_id) == [districts.second_key]


def test_keeping_the_first_removes_the_claimant(
    province: OfficeDatabase, districts: Districts
) -> None:
    _import(province, districts.first)
    _import(province, districts.second)
    service = IdConflictService(province.session_factory)
    [conflict] = service.conflicts()
    path = Path(province.session_factory.kw["bind"].url.database)
    before = query(path, "SELECT count(*) FROM members")[0][0]

    service.resolve(conflict.id, Owner.FIRST, user_name=CLERK)

    assert query(path, "SELECT count(*) FROM members")[0][0] == before - 1
    assert _holders(province, districts.national_id) == [districts.first_key]
    with plan_import(province.session_factory, districts.second) as again:
        assert again.settled == 1 and not again.changes_anything


def test_the_provincial_workbook_sums_each_district(
    province: OfficeDatabase, districts: Districts, tmp_path: Path
) -> None:
    _import(province, districts.first)
    _import(province, districts.second)
    book_path = tmp_path / "province.xlsx"

    export_workbook(province.session_factory, book_path)

    book = openpyxl.load_workbook(book_path, read_only=True)
    names = book.sheetnames
    assert names[:4] == ["ข้อมูลแฟ้ม", "สรุปรายอำเภอ", "สรุป อ.เมืองเพชรบูรณ์", "สรุป อ.ชนแดน"]
    assert names[-1] == "เลขประจำตัวซ้ำข้ามอำเภอ" and "สรุปรายตำบล" not in names
    items = {row[0]: row[2] for row in book["ข้อมูลแฟ้ม"].iter_rows(min_row=3, values_only=True)}
    assert items["office_level"] == "province" and items["province_code"] == "67"
    assert items["office_name"] == "สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์"
    totals = list(book["สรุปรายอำเภอ"].iter_rows(min_row=3, values_only=True))
    by_code = {row[0]: row for row in totals}
    assert by_code["6701"][2] == 40 and by_code["6702"][2] == 30  # households
    assert totals[-1][:3] == (None, "รวมทั้งจังหวัด", 70)
    assert len(totals) == 1 + len(
        query(Path(province.path), "SELECT 1 FROM districts WHERE province_code = '67'")
    )
    members = query(Path(province.path), "SELECT count(*) FROM members")[0][0]
    assert totals[-1][3] == members
    chon_daen = list(book["สรุป อ.ชนแดน"].iter_rows(min_row=3, values_only=True))
    assert sum(row[2] for row in chon_daen) == 30
    assert all(row[0].startswith("6702") for row in chon_daen)
    [conflict] = list(book["เลขประจำตัวซ้ำข้ามอำเภอ"].iter_rows(min_row=3, values_only=True))
    assert conflict[:2] == (districts.national_id, districts.first_key)
    assert conflict[4] == districts.second_key and conflict[6] == "ชนแดน"
    book.close()

    # The provincial workbook read back into the provincial office changes nothing.
    with plan_import(province.session_factory, book_path) as plan:
        assert not plan.changes_anything and plan.is_clean


def test_the_command_line_consolidates_several_books(
    districts: Districts, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    path = tmp_path / "province.sqlite3"
    assert main(["new-office", "--out", str(path), "--province", "99", "--clerk", CLERK]) == 2
    assert not path.exists() and "ไม่รู้จักรหัสจังหวัด 99" in capsys.readouterr().err
    assert main(["new-office", "--out", str(path), "--province", "67", "--clerk", CLERK]) == 0

    argv = ["import", "--db", str(path), str(districts.first), str(districts.second)]
    assert main(argv) == 0

    printed = capsys.readouterr().out
    assert f"เลขซ้ำข้ามอำเภอ {districts.national_id}" in printed
    assert printed.count("บันทึกแล้ว: เพิ่ม") == 2
    assert query(path, "SELECT count(*), min(resolution) FROM id_conflicts") == [(1, "")]
    assert query(path, "SELECT count(*) FROM households") == [(70,)]


def _district_counts(path: Path) -> tuple[int, int, int, int]:
    return query(
        path,
        "SELECT (SELECT count(*) FROM projects), (SELECT count(*) FROM project_indicators),"
        " (SELECT count(*) FROM progress_reports), (SELECT count(*) FROM assistance)",
    )[0]


def test_projects_and_assistance_are_consolidated(
    province: OfficeDatabase, districts: Districts, tmp_path: Path
) -> None:
    first_db = districts.first.with_suffix(".sqlite3")
    second_db = districts.second.with_suffix(".sqlite3")
    with plan_import(province.session_factory, districts.first) as plan:
        assert plan.is_clean, [r.message_th for r in plan.rejections[:3]]
        assert len(plan.project_changes.added) == _district_counts(first_db)[0]
        apply_plan(province.session_factory, plan, user_name=CLERK)
    _import(province, districts.second)

    path = Path(province.path)
    expected = [
        a + b for a, b in zip(_district_counts(first_db), _district_counts(second_db), strict=True)
    ]
    assert list(_district_counts(path)) == expected
    # Each assistance row hangs on the same household, project and agency as in its district.
    row_sql = (
        "SELECT h.key, a.given_on, a.value_satang, a.kind, {project}, g.name"
        " FROM assistance a JOIN households h ON h.id = a.household_id"
        " LEFT JOIN projects p ON p.id = a.project_id LEFT JOIN agencies g ON g.id = a.agency_id"
        " ORDER BY 1, 2, 3"
    )
    in_district = query(second_db, row_sql.format(project="'6702:' || p.id"))
    in_province = [
        row
        for row in query(path, row_sql.format(project="p.origin"))
        if row[0] < "6703" and row[0] >= "6702"
    ]
    assert in_province == in_district
    helped = query(path, "SELECT count(*) FROM households WHERE helped")[0][0]
    assert helped == query(path, "SELECT count(DISTINCT household_id) FROM assistance")[0][0] > 0
    codes = {
        code for (code,) in query(path, "SELECT code FROM agencies WHERE code GLOB '670[12]-*'")
    }
    assert codes and all(code[:4] in ("6701", "6702") for code in codes)

    # The district renames a project and corrects one value: exactly that changes.
    book = openpyxl.load_workbook(districts.second)
    projects, assistance = book["โครงการ"], book["การช่วยเหลือ"]
    name_col = [cell.value for cell in projects[1]].index("name") + 1
    value_col = [cell.value for cell in assistance[1]].index("value") + 1
    projects.cell(3, name_col).value = "โครงการที่อำเภอแก้ชื่อ"
    assistance.cell(3, value_col).value = 1234.5
    edited = tmp_path / "6702-edited.xlsx"
    book.save(edited)
    with plan_import(province.session_factory, edited) as plan:
        changes = plan.project_changes
        assert len(changes.changed) == 1 and changes.changed[0].endswith("โครงการที่อำเภอแก้ชื่อ")
        assert (changes.help_households, changes.help_added, changes.help_removed) == (1, 1, 1)
        assert not plan.additions and not plan.updates and plan.changes_anything
        apply_plan(province.session_factory, plan, user_name=CLERK)
    assert query(path, "SELECT count(*) FROM projects WHERE name = 'โครงการที่อำเภอแก้ชื่อ'") == [(1,)]
    assert query(path, "SELECT count(*) FROM assistance WHERE value_satang = 123450") == [(1,)]
    assert list(_district_counts(path)) == expected
    logged = query(
        path,
        "SELECT table_name, action FROM change_log WHERE table_name IN ('projects', 'assistance')"
        " AND action != 'insert' ORDER BY id",
    )
    assert ("projects", "update") in logged and ("assistance", "delete") in logged
    with plan_import(province.session_factory, edited) as again:
        assert not again.changes_anything


def test_a_bad_assistance_row_keeps_that_household_as_it_was(
    province: OfficeDatabase, districts: Districts, tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(districts.second)
    assistance = book["การช่วยเหลือ"]
    keys = [cell.value for cell in assistance[1]]
    assistance.cell(3, keys.index("value") + 1).value = "ห้าร้อย"
    bad_key = assistance.cell(3, keys.index("household_key") + 1).value
    edited = tmp_path / "6702-bad.xlsx"
    book.save(edited)
    with plan_import(province.session_factory, edited) as plan:
        [rejection] = plan.rejections
        assert (rejection.sheet, rejection.row, rejection.field) == ("การช่วยเหลือ", 3, "value")
        assert rejection.column.startswith(
            openpyxl.utils.get_column_letter(keys.index("value") + 1)
        )
        apply_plan(province.session_factory, plan, user_name=CLERK)
    path = Path(province.path)
    assert query(
        path,
        "SELECT count(*) FROM assistance a JOIN households h ON h.id = a.household_id"
        " WHERE h.key = ?",
        (bad_key,),
    ) == [(0,)], "nothing half-written for that household"
    assert query(path, "SELECT count(*) FROM households WHERE key = ?", (bad_key,)) == [(1,)]


def test_a_workbook_of_another_province_is_refused(
    province: OfficeDatabase, districts: Districts, tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(districts.first)
    metadata = book["ข้อมูลแฟ้ม"]
    row = next(
        r for r in range(3, metadata.max_row + 1) if metadata.cell(r, 1).value == "district_code"
    )
    metadata.cell(row, 3).value = "8001"
    other = tmp_path / "8001.xlsx"
    book.save(other)

    with pytest.raises(WorkbookRefused) as refused:
        plan_import(province.session_factory, other)

    assert refused.value.code is RefusalCode.OTHER_PROVINCE
    assert "8001" in refused.value.message_th and "เพชรบูรณ์" in refused.value.message_th
    assert query(Path(province.path), "SELECT count(*) FROM households") == [(0,)]


def test_more_project_rows_than_a_district_has_are_refused_not_read(
    province: OfficeDatabase, districts: Districts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.exchange.province import projects as province_projects

    monkeypatch.setitem(province_projects.ROW_LIMITS, "projects", 5)

    with pytest.raises(WorkbookRefused) as refused:
        plan_import(province.session_factory, districts.first)

    assert refused.value.code is RefusalCode.TOO_MANY_ROWS
    assert "โครงการ" in refused.value.message_th
    assert query(Path(province.path), "SELECT count(*) FROM projects") == [(0,)]


def test_a_formula_in_a_project_cell_is_rejected_with_its_place(
    province: OfficeDatabase, districts: Districts, tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(districts.first)
    projects = book["โครงการ"]
    keys = [cell.value for cell in projects[1]]
    projects.cell(4, keys.index("budget") + 1).value = "=1+1"
    edited = tmp_path / "formula.xlsx"
    book.save(edited)

    with plan_import(province.session_factory, edited) as plan:
        rejection, *followers = plan.rejections
        number = projects.cell(4, keys.index("project_number") + 1).value
        assert (rejection.sheet, rejection.row, rejection.field) == ("โครงการ", 4, "budget")
        assert rejection.code is RejectCode.FORMULA
        assert all(  # its assistance rows say why, once each; its key results go quietly
            (r.sheet, r.code) == ("การช่วยเหลือ", RejectCode.PROJECT_NOT_IMPORTED) for r in followers
        )
        assert not any(name.startswith(f"6701:{number} ") for name in plan.project_changes.added)


def _metadata_edit(source: Path, out: Path, **items: str) -> Path:
    book = openpyxl.load_workbook(source)
    sheet = book["ข้อมูลแฟ้ม"]
    for row in range(3, sheet.max_row + 1):
        key = sheet.cell(row, 1).value
        if key in items:
            sheet.cell(row, 3).value = items[key]
    book.save(out)
    return out


def test_a_third_district_claiming_the_id_is_its_own_conflict_and_a_head_is_never_removed(
    province: OfficeDatabase, districts: Districts
) -> None:
    for book in (districts.first, districts.second, districts.third):
        _import(province, book)
    service = IdConflictService(province.session_factory)
    conflicts = service.conflicts()
    assert sorted(c.second.household_key for c in conflicts) == sorted(
        [districts.second_key, districts.third_key]
    )
    third = next(c for c in conflicts if c.second.household_key == districts.third_key)

    # Keeping the first would remove the third household's head: refused, nothing changes.
    with pytest.raises(ConflictRefused) as refused:
        service.resolve(third.id, Owner.FIRST, user_name=CLERK)
    assert "หัวหน้าครัวเรือน" in refused.value.message_th
    assert service.open_count() == 2

    # The second district's person gets the ID; the third's claim can no longer take it.
    second = next(c for c in conflicts if c.second.household_key == districts.second_key)
    service.resolve(second.id, Owner.SECOND, user_name=CLERK)
    with pytest.raises(ConflictRefused) as held:
        service.resolve(third.id, Owner.SECOND, user_name=CLERK)
    assert held.value.message_en.startswith("Another person")
    assert _holders(province, districts.national_id) == [districts.second_key]


def test_an_id_typed_in_later_on_an_unchanged_household_is_recorded(
    province: OfficeDatabase, districts: Districts, tmp_path: Path
) -> None:
    _import(province, districts.first)
    book = openpyxl.load_workbook(districts.second)
    members = book["สมาชิก"]
    column = [cell.value for cell in members[1]].index("national_id") + 1
    row = next(
        r
        for r in range(3, members.max_row + 1)
        if members.cell(r, column).value == districts.national_id
    )
    members.cell(row, column).value = None
    without = tmp_path / "6702-without-id.xlsx"
    book.save(without)
    _import(province, without)
    assert IdConflictService(province.session_factory).open_count() == 0

    with plan_import(province.session_factory, districts.second) as plan:
        assert not plan.additions and not plan.updates
        assert [c.already_listed for c in plan.conflicts] == [False]
        assert plan.changes_anything
        apply_plan(province.session_factory, plan, user_name=CLERK)
    assert IdConflictService(province.session_factory).open_count() == 1


def test_a_workbook_of_another_provinces_office_is_refused(
    province: OfficeDatabase, districts: Districts, tmp_path: Path
) -> None:
    other = _metadata_edit(
        districts.first,
        tmp_path / "34.xlsx",
        district_code="",
        office_level="province",
        province_code="34",
    )
    with pytest.raises(WorkbookRefused) as refused:
        plan_import(province.session_factory, other)
    assert refused.value.code is RefusalCode.OTHER_PROVINCE_BOOK
    assert "34" in refused.value.message_th


def test_a_fiscal_year_workbook_re_imports_clean_and_unchanged(
    province: OfficeDatabase, districts: Districts, tmp_path: Path
) -> None:
    from db.database import open_database
    from desktop.services.exchange.export import ExportOptions

    _import(province, districts.second)
    district = open_database(districts.second.with_suffix(".sqlite3"))
    try:
        scoped = tmp_path / "6702-fy2568.xlsx"
        export_workbook(district.session_factory, scoped, ExportOptions(fiscal_year=2568))
    finally:
        district.close()

    with plan_import(province.session_factory, scoped) as plan:
        assert plan.is_clean, [r.message_th for r in plan.rejections[:3]]
        assert not plan.changes_anything


def test_a_repeated_project_row_drops_that_project_with_its_reason(
    province: OfficeDatabase, districts: Districts, tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(districts.first)
    projects = book["โครงการ"]
    keys = [cell.value for cell in projects[1]]
    copy = [cell.value for cell in projects[3]]
    copy[keys.index("budget")] = "ไม่ทราบ"
    projects.append(copy)
    number = copy[keys.index("project_number")]
    edited = tmp_path / "repeated.xlsx"
    book.save(edited)

    with plan_import(province.session_factory, edited) as plan:
        codes = {(r.sheet, r.code) for r in plan.rejections}
        assert ("โครงการ", RejectCode.DUPLICATE_ROW) in codes
        assert not any(name.startswith(f"6701:{number} ") for name in plan.project_changes.added)
        apply_plan(province.session_factory, plan, user_name=CLERK)
    assert query(
        Path(province.path), "SELECT count(*) FROM projects WHERE origin = ?", (f"6701:{number}",)
    ) == [(0,)]


def test_the_provincial_office_makes_keys_its_districts_never_make(
    province: OfficeDatabase,
) -> None:
    from db.office_area import own_key_prefix

    with province.session_factory() as session:
        assert own_key_prefix(session, "67010105") == "P6701"


def test_the_provinces_own_list_is_read_across_its_districts(
    province: OfficeDatabase, tmp_path: Path
) -> None:
    from tests.test_import_gui import province_list

    book = province_list(tmp_path / "list.xlsx", 3, "บ้านใหม่")
    with plan_import(province.session_factory, book) as plan:
        assert plan.is_clean, [r.message_th for r in plan.rejections[:3]]
        assert len(plan.additions) >= 2
        apply_plan(province.session_factory, plan, user_name=CLERK)
    keys = [key for (key,) in query(Path(province.path), "SELECT key FROM households")]
    assert keys and all(key.startswith("P67") for key in keys), keys


def test_the_provincial_dashboard_names_each_subdistricts_district(
    province: OfficeDatabase, districts: Districts
) -> None:
    from desktop.services.dashboard import DashboardService

    _import(province, districts.first)
    _import(province, districts.second)
    areas = DashboardService(province.session_factory).build().subdistricts
    path = Path(province.session_factory.kw["bind"].url.database)
    district_names = dict(query(path, "SELECT code, name_th FROM districts"))
    subdistrict_names = dict(query(path, "SELECT code, name_th FROM subdistricts"))
    codes = [area.code for area in areas]
    assert codes == sorted(codes, key=lambda code: code[:4])  # grouped by district
    assert {code[:4] for code in codes} == {
        code for (code,) in query(path, "SELECT code FROM districts WHERE province_code = '67'")
    }
    for area in areas:
        district = district_names[area.code[:4]]
        assert area.name_th == f"{subdistrict_names[area.code]} อ.{district}"
    helped = {area.code[:4] for area in areas if area.households.value}
    assert helped == {"6701", "6702"}
