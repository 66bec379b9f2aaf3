"""The workbook's case sheets (layout version 2): plans, their problems and activities, and
follow-up visits are written as the database holds them, read back by openpyxl and by
LibreOffice; a district office lists their edits as not imported; a version 1 workbook
(no case sheets) still imports as before."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from db.database import OfficeDatabase
from desktop.cli import main
from desktop.services.exchange.export import ExportOptions, export_workbook
from desktop.services.exchange.import_ import apply_plan, plan_import
from desktop.services.exchange.layout import SHEET_BY_NAME, SHEETS, VOCABULARIES
from desktop.services.office import create_office
from tests.exchange_office import database_dump, small_office
from tests.test_exchange_import import column_of, edit
from tests.test_exchange_libreoffice import _convert, _soffice

CASE_SHEETS = ("development_plans", "plan_problems", "plan_activities", "follow_up_visits")
EXPORTED_ON = dt.date(2025, 6, 1)


def _case_details(path: Path) -> None:
    """What the demo never makes: an older plan beside the current one, a problem of a
    dimension only, an activity with no agency or date, a formula look-alike, a visit that
    reassessed the stage."""
    with sqlite3.connect(path) as con:
        household, plan = con.execute(
            "SELECT household_id, id FROM development_plans WHERE is_current ORDER BY id"
        ).fetchone()
        con.execute(
            "INSERT INTO development_plans (household_id, title, made_on, is_current,"
            " created_by, notes) VALUES (?, 'แผนเดิม', '2023-01-15', 0, 'สมศรี ใจดี', '=1+1')",
            (household,),
        )
        old = con.execute("SELECT max(id) FROM development_plans").fetchone()[0]
        con.execute(
            "INSERT INTO plan_problems (plan_id, seq, indicator_id, dimension, goal)"
            " VALUES (?, 1, NULL, 'income', 'มีรายได้เสริม')",
            (old,),
        )
        problem = con.execute("SELECT max(id) FROM plan_problems").fetchone()[0]
        con.execute(
            "INSERT INTO plan_activities (problem_id, seq, text, agency_id, project_id, due_on,"
            " status) VALUES (?, 1, '-ปลูกผัก', NULL, NULL, NULL, 'dropped')",
            (problem,),
        )
        con.execute(
            "INSERT INTO stage_assessments (household_id, stage, assessed_on, assessor, reason)"
            " VALUES (?, 'sufficiency', '2025-05-02', 'สมศรี ใจดี', 'รายได้พอใช้')",
            (household,),
        )
        stage = con.execute("SELECT max(id) FROM stage_assessments").fetchone()[0]
        con.execute(
            "INSERT INTO follow_up_visits (household_id, visited_on, visited_by, findings,"
            " stage_assessment_id, next_visit_due) VALUES (?, '2025-05-02', 'สมศรี ใจดี',"
            " 'พ้นระดับอยู่รอด', ?, NULL)",
            (household, stage),
        )
        assert plan != old


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OfficeDatabase]:
    folder = tmp_path_factory.mktemp("case-sheets")
    database = small_office(folder, households=120)
    _case_details(database.path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def exported(office: OfficeDatabase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("case-book") / "cases.xlsx"
    export_workbook(office.session_factory, out, exported_on=EXPORTED_ON)
    return out


def _date(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def _be(day: dt.date | None) -> str:
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year + 543}"


def expected_rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The case sheets as the database holds them, worked out in Python (plan numbers by
    date, then id; labels from the vocabularies), independent of the export's SQL."""
    dimension, status = VOCABULARIES["dimension"], VOCABULARIES["activity_status"]
    stage = VOCABULARIES["stage"]
    with sqlite3.connect(path) as con:
        order = {
            hid: n
            for n, (hid,) in enumerate(
                con.execute("SELECT id FROM households ORDER BY village_code, house_no_key, id")
            )
        }
        keys = dict(con.execute("SELECT id, key FROM households"))
        plans = con.execute(
            "SELECT id, household_id, title, made_on, is_current, created_by, notes"
            " FROM development_plans"
        ).fetchall()
        plans.sort(key=lambda p: (order[p[1]], p[3], p[0]))
        number: dict[int, int] = {}
        for plan in plans:
            number[plan[0]] = sum(1 for p in plans if p[1] == plan[1] and p[0] in number) + 1
        found: dict[str, list[dict[str, Any]]] = {name: [] for name in CASE_SHEETS}
        for pid, hid, title, made_on, current, by, notes in plans:
            found["development_plans"].append(
                {
                    "household_key": keys[hid],
                    "plan_seq": number[pid],
                    "title": title,
                    "made_on": _date(made_on),
                    "made_on_be": _be(_date(made_on)),
                    "is_current": bool(current),
                    "created_by": by,
                    "notes": notes or None,
                }
            )
            problems = con.execute(
                "SELECT pp.id, pp.seq, n.number, pp.dimension, pp.goal, st.code"
                " FROM plan_problems pp LEFT JOIN indicators n ON n.id = pp.indicator_id"
                " LEFT JOIN indicator_sets st ON st.id = n.set_id WHERE pp.plan_id = ?"
                " ORDER BY pp.seq, pp.id",
                (pid,),
            ).fetchall()
            for problem_id, seq, indicator, dim, goal, set_code in problems:
                found["plan_problems"].append(
                    {
                        "household_key": keys[hid],
                        "plan_seq": number[pid],
                        "problem_seq": seq,
                        "indicator_number": indicator,
                        "dimension": dimension[dim],
                        "goal": goal or None,
                        "indicator_set": set_code,
                    }
                )
                for row in con.execute(
                    "SELECT pa.seq, pa.text, ag.name, pa.project_id, p.name, pa.due_on,"
                    " pa.status, ag.code FROM plan_activities pa"
                    " LEFT JOIN agencies ag ON ag.id = pa.agency_id"
                    " LEFT JOIN projects p ON p.id = pa.project_id WHERE pa.problem_id = ?"
                    " ORDER BY pa.seq, pa.id",
                    (problem_id,),
                ):
                    due = _date(row[5])
                    found["plan_activities"].append(
                        {
                            "household_key": keys[hid],
                            "plan_seq": number[pid],
                            "problem_seq": seq,
                            "activity_seq": row[0],
                            "text": row[1],
                            "agency": row[2],
                            "project_number": row[3],
                            "project_name": row[4],
                            "due_on": due,
                            "due_on_be": _be(due) or None,
                            "status": status[row[6]],
                            "agency_code": row[7],
                        }
                    )
        visits = con.execute(
            "SELECT fv.id, fv.household_id, fv.visited_on, fv.visited_by, fv.findings,"
            " sa.stage, sa.reason, fv.next_visit_due FROM follow_up_visits fv"
            " LEFT JOIN stage_assessments sa ON sa.id = fv.stage_assessment_id"
        ).fetchall()
        visits.sort(key=lambda v: (order[v[1]], v[2], v[0]))
        for _id, hid, on, by, findings, stage_code, reason, due in visits:
            found["follow_up_visits"].append(
                {
                    "household_key": keys[hid],
                    "visited_on": _date(on),
                    "visited_on_be": _be(_date(on)),
                    "visited_by": by,
                    "findings": findings or None,
                    "stage": stage.get(stage_code or ""),
                    "stage_reason": reason,
                    "next_due_on": _date(due),
                    "next_due_on_be": _be(_date(due)) or None,
                }
            )
    return found


def openpyxl_rows(path: Path, name: str) -> list[dict[str, Any]]:
    sheet = openpyxl.load_workbook(path, read_only=True)[SHEET_BY_NAME[name].title_th]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == SHEET_BY_NAME[name].keys
    assert list(rows[1]) == [column.header_th for column in SHEET_BY_NAME[name].columns]
    found = []
    for row in rows[2:]:
        cells = {
            key: value.date() if isinstance(value, dt.datetime) else value
            for key, value in zip(rows[0], row, strict=True)
        }
        found.append(cells)
    return found


def test_the_case_sheets_read_back_by_openpyxl_equal_the_database(
    office: OfficeDatabase, exported: Path
) -> None:
    expected = expected_rows(office.path)
    assert all(len(expected[name]) > 3 for name in CASE_SHEETS)
    for name in CASE_SHEETS:
        assert openpyxl_rows(exported, name) == expected[name], name
    plans = expected["development_plans"]
    assert {plan["plan_seq"] for plan in plans} == {1, 2}
    visits = expected["follow_up_visits"]
    # The demo's last visits keep the stage (อยู่รอด); the one planted moved it up.
    assert {v["stage"] for v in visits if v["stage"]} == {"อยู่รอด", "พอเพียง"}
    assert [v["stage"] for v in visits if v["findings"] == "พ้นระดับอยู่รอด"] == ["พอเพียง"]
    book = openpyxl.load_workbook(exported)
    metadata = {row[0]: row[2] for row in book["ข้อมูลแฟ้ม"].iter_rows(values_only=True)}
    assert metadata["layout_version"] == 2
    assert metadata["rows.follow_up_visits"] == len(visits)
    # Text that looks like a formula stays text (with the quote prefix), never a formula.
    tab = book[SHEET_BY_NAME["development_plans"].title_th]
    notes = tab.cell(1, column_of(tab, "notes")).column
    quoted = [cell for (cell,) in tab.iter_rows(min_row=3, min_col=notes, max_col=notes)]
    formula = next(cell for cell in quoted if cell.value == "=1+1")
    assert formula.data_type == "s" and formula.quotePrefix


def _shown(value: Any) -> str:
    """A cell as LibreOffice shows it (dates in BE, whole numbers plain, TRUE/FALSE)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.date):
        return _be(value)
    return str(value)


def test_libreoffice_reads_the_case_sheets_as_the_database_holds_them(
    office: OfficeDatabase, exported: Path, tmp_path: Path
) -> None:
    soffice = _soffice()
    _convert(soffice, exported, tmp_path, -1)
    titles = [s.title_th for s in SHEETS]
    expected = expected_rows(office.path)
    for name in CASE_SHEETS:
        title = SHEET_BY_NAME[name].title_th
        path = tmp_path / f"{exported.stem}-{title}.csv"
        if not path.exists():  # an older LibreOffice: one sheet per run, by number
            _convert(soffice, exported, tmp_path, titles.index(title) + 1)
            path = (tmp_path / f"{exported.stem}.csv").rename(path)
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert tuple(rows[0]) == SHEET_BY_NAME[name].keys
        shown = [dict(zip(rows[0], row, strict=True)) for row in rows[2:]]
        wanted = [{k: _shown(v) for k, v in row.items()} for row in expected[name]]
        assert shown == wanted, name


def test_masked_ids_keep_the_case_sheets_and_aggregates_only_leaves_them_out(
    office: OfficeDatabase, exported: Path, tmp_path: Path
) -> None:
    masked = tmp_path / "masked.xlsx"
    export_workbook(office.session_factory, masked, ExportOptions(mask_ids=True))
    for name in CASE_SHEETS:
        assert openpyxl_rows(masked, name) == openpyxl_rows(exported, name)
    aggregates = tmp_path / "aggregates.xlsx"
    export_workbook(office.session_factory, aggregates, ExportOptions(aggregates_only=True))
    names = openpyxl.load_workbook(aggregates, read_only=True).sheetnames
    assert not {SHEET_BY_NAME[name].title_th for name in CASE_SHEETS} & set(names)
    with zipfile.ZipFile(aggregates) as package:
        xml = "".join(
            package.read(part).decode("utf-8")
            for part in package.namelist()
            if part.endswith(".xml")
        )
    visits = expected_rows(office.path)["follow_up_visits"]
    assert visits and not [v for v in visits if v["findings"] and v["findings"] in xml]
    assert "plan_seq" not in xml and "visited_by" not in xml


# Importing ----------------------------------------------------------------------------------


def as_version_1(book: openpyxl.Workbook) -> None:
    """What the exporter of layout version 1 wrote: no case sheets, no plan activity on the
    assistance sheet, version 1, no row counts of the case sheets."""
    for name in CASE_SHEETS:
        del book[SHEET_BY_NAME[name].title_th]
    assistance = book[SHEET_BY_NAME["assistance"].title_th]
    assistance.delete_cols(column_of(assistance, "plan_activity"))
    metadata = book[SHEET_BY_NAME["metadata"].title_th]
    for number in range(metadata.max_row, 2, -1):
        item = metadata.cell(number, 1).value
        if item == "layout_version":
            metadata.cell(number, 3).value = 1
        elif item in {f"rows.{name}" for name in CASE_SHEETS}:
            metadata.delete_rows(number)


@pytest.fixture
def district(tmp_path: Path) -> Iterator[tuple[OfficeDatabase, Path]]:
    database = small_office(tmp_path, households=60)
    _case_details(database.path)
    book = tmp_path / "district.xlsx"
    export_workbook(database.session_factory, book, exported_on=EXPORTED_ON)
    yield database, book
    database.close()


def _new_notes(book: openpyxl.Workbook) -> None:
    households = book[SHEET_BY_NAME["households"].title_th]
    households.cell(3, column_of(households, "notes")).value = "ย้ายไปอยู่บ้านญาติ"


def test_a_version_1_workbook_imports_as_before(district, tmp_path: Path) -> None:
    database, book = district
    before = database_dump(database)
    cases = expected_rows(database.path)
    old = edit(book, tmp_path / "v1.xlsx", as_version_1)
    names = openpyxl.load_workbook(old, read_only=True).sheetnames
    assert names == [s.title_th for s in SHEETS if s.name not in CASE_SHEETS]
    with plan_import(database.session_factory, old) as plan:
        assert (plan.additions, plan.updates, plan.rejections) == ([], [], [])
        assert plan.read_only.count == 0 and not plan.changes_anything
    assert database_dump(database) == before
    old_edited = edit(old, tmp_path / "v1-notes.xlsx", _new_notes)
    new_edited = edit(book, tmp_path / "v2-notes.xlsx", _new_notes)
    with (
        plan_import(database.session_factory, old_edited) as old_plan,
        plan_import(database.session_factory, new_edited) as new_plan,
    ):
        assert [u.changes for u in old_plan.updates] == [u.changes for u in new_plan.updates]
        assert len(old_plan.updates) == 1 and old_plan.read_only.count == 0
        apply_plan(database.session_factory, old_plan, user_name="ทดสอบ")
    with sqlite3.connect(database.path) as con:
        assert con.execute(
            "SELECT count(*) FROM households WHERE notes = ?", ("ย้ายไปอยู่บ้านญาติ",)
        ).fetchone() == (1,)
    assert expected_rows(database.path) == cases  # the household's plans and visits stay


def _edit_visit(book: openpyxl.Workbook) -> None:
    visits = book[SHEET_BY_NAME["follow_up_visits"].title_th]
    visits.cell(3, column_of(visits, "findings")).value = "ครัวเรือนย้ายออก"


def test_a_district_lists_an_edited_visit_as_not_imported(
    district, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, book = district
    visits = openpyxl.load_workbook(book, read_only=True)[
        SHEET_BY_NAME["follow_up_visits"].title_th
    ]
    old_findings = next(visits.iter_rows(min_row=3, max_row=3, values_only=True))[4]
    edited = edit(book, tmp_path / "visit.xlsx", _edit_visit)
    before = database_dump(database)
    with plan_import(database.session_factory, edited) as plan:
        assert (plan.additions, plan.updates, plan.rejections) == ([], [], [])
        found = plan.read_only
        assert found.sheets == ["การติดตาม"] and found.count == 1
        (change,) = found.edits
        assert (change.row, change.column) == (3, "E (สิ่งที่พบ)")
        assert (change.in_file, change.in_office) == ("ครัวเรือนย้ายออก", old_findings)
        apply_plan(database.session_factory, plan, user_name="ทดสอบ")
    assert database_dump(database) == before
    path = database.path
    database.close()
    assert main(["import", "--db", str(path), str(edited), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"ไม่นำเข้า การติดตาม แถว 3 คอลัมน์ E (สิ่งที่พบ): {old_findings} → ครัวเรือนย้ายออก" in out


def test_an_unchanged_version_2_export_lists_nothing_as_not_imported(district) -> None:
    database, book = district
    with plan_import(database.session_factory, book) as plan:
        assert plan.read_only.count == 0 and not plan.changes_anything


def district_with_cases(folder: Path) -> tuple[Path, int]:
    """A district office's workbook holding case rows, and how many case rows it holds."""
    folder.mkdir(parents=True, exist_ok=True)
    database = small_office(folder, households=60)
    try:
        _case_details(database.path)
        book = folder / "district-6701.xlsx"
        summary = export_workbook(database.session_factory, book, exported_on=EXPORTED_ON)
    finally:
        database.close()
    return book, sum(summary.rows[name] for name in CASE_SHEETS)


def test_a_provincial_office_imports_the_case_sheets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the demo never makes (an older plan, a formula look-alike, an activity with no
    agency or date, a visit that reassessed the stage) reaches the province as the
    district holds it; the command line's dry run counts the plans and visits."""
    book, case_rows = district_with_cases(tmp_path / "district")
    district_rows = expected_rows(tmp_path / "district" / "small.sqlite3")
    province = create_office(tmp_path / "province.sqlite3", "", "จันทร์เพ็ญ", province_code="67")
    try:
        with plan_import(province.session_factory, book) as plan:
            assert plan.read_only.count == 0 and plan.rejections == []
            cases = plan.case_changes
            assert cases.plans_added == len(district_rows["development_plans"]) > 0
            assert cases.visits_added == len(district_rows["follow_up_visits"]) > 0
        assert main(["import", "--db", str(province.path), str(book), "--dry-run"]) == 0
        out = capsys.readouterr().out.splitlines()
        assert f"แผนพัฒนาที่จะเพิ่ม: {cases.plans_added:,}" in out
        assert f"การเยี่ยมติดตามที่จะเพิ่ม (ครั้ง): {cases.visits_added:,}" in out
        assert main(["import", "--db", str(province.path), str(book)]) == 0
        capsys.readouterr()
        assert _without_agency_codes(expected_rows(province.path)) == _without_agency_codes(
            district_rows
        )
        assert case_rows == sum(len(rows) for rows in district_rows.values())
    finally:
        province.close()


def _without_agency_codes(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict]]:
    """The province keeps a district's agency "AG-0001" as "6701-AG-0001" and numbers
    the district's projects its own way (their names stay)."""
    for row in rows["plan_activities"]:
        row["project_number"] = None
        code = row.get("agency_code")
        if code and code.startswith("6701-"):
            row["agency_code"] = code[len("6701-") :]
    return rows
