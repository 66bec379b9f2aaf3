"""The exchange workbook export: layout, values, scope, privacy, formula safety and file
safety, read back with openpyxl and python-calamine (the two readers an importer may use)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from db.database import OfficeDatabase
from desktop.services.exchange import sheet
from desktop.services.exchange.export import (
    ExportCancelled,
    ExportOptions,
    ExportProblem,
    InvalidExportOptions,
    export_workbook,
)
from desktop.services.exchange.export import sheet_writer as exchange_sheet_writer
from desktop.services.exchange.export.province_sheets import DISTRICT_TOTALS, ID_CONFLICTS
from desktop.services.exchange.export.queries import data_queries
from desktop.services.exchange.export.rows import RowScope
from desktop.services.exchange.export.workbook import part_path
from desktop.services.exchange.layout import LAYOUT_VERSION, METADATA_ITEMS, SHEETS
from desktop.services.thai import fiscal_year_bounds, format_national_id

ROOT = Path(__file__).resolve().parent.parent
PERSONAL_SHEETS = {s.name for s in SHEETS if s.personal}


def _sql(database: OfficeDatabase, query: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(database.path) as connection:
        return connection.execute(query, params).fetchall()


def _export(database: OfficeDatabase, out: Path, **options: object) -> Path:
    export_workbook(database.session_factory, out, ExportOptions(**options))  # type: ignore[arg-type]
    return out


def _records(book: CalamineWorkbook, name: str) -> list[dict[str, object]]:
    """A sheet's data rows as {machine key: value}, continuation tabs included."""
    title = sheet(name).title_th
    parts = [t for t in book.sheet_names if t == title or re.fullmatch(rf"{title} \(\d+\)", t)]
    records = []
    for part in parts:
        rows = book.get_sheet_by_name(part).to_python()
        keys = rows[0]
        records += [dict(zip(keys, row, strict=True)) for row in rows[2:]]
    return records


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(name).decode()
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        )


@pytest.fixture
def full_export(demo_db: OfficeDatabase, tmp_path: Path) -> Iterator[Path]:
    yield _export(demo_db, tmp_path / "all.xlsx")


def test_sheets_and_headers_follow_the_layout(full_export: Path) -> None:
    calamine = CalamineWorkbook.from_path(str(full_export))
    assert calamine.sheet_names == [s.title_th for s in SHEETS]
    book = openpyxl.load_workbook(full_export, read_only=True)
    assert book.sheetnames == [s.title_th for s in SHEETS]
    for layout in SHEETS:
        keys, headers = list(book[layout.title_th].iter_rows(max_row=2, values_only=True))
        assert keys == layout.keys
        assert headers == tuple(column.header_th for column in layout.columns)
        rows = calamine.get_sheet_by_name(layout.title_th).to_python(nrows=2)
        assert tuple(rows[0]) == layout.keys
    book.close()


def test_header_row_is_bold_frozen_and_filtered_in_sarabun(full_export: Path) -> None:
    book = openpyxl.load_workbook(full_export)
    members = book[sheet("members").title_th]
    assert members.freeze_panes == "A3"
    assert members.auto_filter.ref.startswith("A2:")
    assert members["A2"].font.b and not members["A3"].font.b
    assert members["A3"].font.name == "TH SarabunPSK"
    assert members.column_dimensions["A"].width > 10
    count_column = sheet("households").keys.index("member_count")
    households = book[sheet("households").title_th]
    assert households.cell(3, count_column + 1).number_format == "#,##0"


def test_row_counts_equal_the_database(demo_db: OfficeDatabase, full_export: Path) -> None:
    tables = {
        "households": "households",
        "members": "members",
        "income": "income_lines",
        "indicator_results": "indicator_results",
        "stage_history": "stage_assessments",
        "projects": "projects",
        "key_results": "project_indicators",
        "progress_reports": "progress_reports",
        "assistance": "assistance",
    }
    book = CalamineWorkbook.from_path(str(full_export))
    metadata = {row["item"]: row["value"] for row in _records(book, "metadata")}
    for name, table in tables.items():
        (count,) = _sql(demo_db, f"SELECT count(*) FROM {table}")[0]
        assert count > 0
        assert len(_records(book, name)) == count, name
        assert metadata[f"rows.{name}"] == count
    (subdistricts,) = _sql(demo_db, "SELECT count(*) FROM subdistricts WHERE district_code='6701'")
    assert len(_records(book, "summary")) == subdistricts[0]
    summary = _records(book, "summary")
    assert sum(row["households"] for row in summary) == 200  # type: ignore[misc]
    assert metadata["layout_version"] == LAYOUT_VERSION
    assert metadata["format"] == "district-desk-exchange"
    assert metadata["district_code"] == "6701"
    assert [row["item"] for row in _records(book, "metadata")][: len(METADATA_ITEMS)] == [
        item.key for item in METADATA_ITEMS
    ]


def test_values_equal_the_database(demo_db: OfficeDatabase, full_export: Path) -> None:
    book = CalamineWorkbook.from_path(str(full_export))
    members = {(r["household_key"], r["member_seq"]): r for r in _records(book, "members")}
    rows = _sql(
        demo_db,
        "SELECT h.key, m.seq, m.first_name, m.national_id, m.birth_date, m.is_head"
        " FROM members m JOIN households h ON h.id = m.household_id",
    )
    for key, seq, first_name, national_id, birth, is_head in rows:
        record = members[(key, seq)]
        assert record["first_name"] == first_name
        assert record["national_id"] == (national_id or "")
        assert record["is_head"] is bool(is_head)
        if birth:
            born = dt.date.fromisoformat(birth)
            assert record["birth_date"] == born
            assert record["birth_date_be"] == f"{born.day:02d}/{born.month:02d}/{born.year + 543}"
    given = {
        (key, on, satang)
        for key, on, satang in _sql(
            demo_db,
            "SELECT h.key, a.given_on, a.value_satang FROM assistance a"
            " JOIN households h ON h.id = a.household_id",
        )
    }
    written = {
        (r["household_key"], r["given_on"].isoformat(), round(r["value"] * 100))  # type: ignore[union-attr, operator]
        for r in _records(book, "assistance")
    }
    assert written == given
    houses = {r["household_key"]: r for r in _records(book, "households")}
    for key, house_code, stage in _sql(
        demo_db, "SELECT key, house_code, current_stage FROM households"
    ):
        assert houses[key]["house_code"] == (house_code or "")
        labels = {"survival": "อยู่รอด", "sufficiency": "พอเพียง", "sustainable": "ยั่งยืน"}
        assert houses[key]["current_stage"] == labels.get(stage, "")


def test_national_ids_and_house_codes_are_text(demo_db: OfficeDatabase, full_export: Path) -> None:
    book = openpyxl.load_workbook(full_export, read_only=True)
    layout = sheet("members")
    column = layout.keys.index("national_id")
    cells = [row[column] for row in book[layout.title_th].iter_rows(min_row=3)]
    ids = [cell for cell in cells if cell.value is not None]
    assert ids and all(cell.data_type == "s" and len(cell.value) == 13 for cell in ids)
    assert {cell.value for cell in ids} == {
        row[0] for row in _sql(demo_db, "SELECT national_id FROM members WHERE national_id != ''")
    }
    households = sheet("households")
    column = households.keys.index("house_code")
    codes = [r[column] for r in book[households.title_th].iter_rows(min_row=3) if r[column].value]
    assert codes and all(cell.data_type == "s" and len(cell.value) == 11 for cell in codes)
    book.close()


def test_dates_are_real_dates_shown_in_the_buddhist_era(full_export: Path) -> None:
    book = openpyxl.load_workbook(full_export, read_only=True)
    layout = sheet("stage_history")
    column = layout.keys.index("assessed_on")
    cell = next(book[layout.title_th].iter_rows(min_row=3, max_row=3))[column]
    assert cell.is_date and isinstance(cell.value, dt.datetime)
    assert "1070000" in cell.number_format  # the Thai Buddhist calendar
    book.close()


def test_text_that_looks_like_a_formula_stays_text(demo_db: OfficeDatabase, tmp_path: Path) -> None:
    tricky = {
        "notes": "=1+1",
        "first": "+66 81",
        "last": "-SUM(A1)",
        "reason": "@A1",
        "x": "<r>x</r>",
    }
    with sqlite3.connect(demo_db.path) as connection:
        (household_id,) = connection.execute("SELECT min(id) FROM households").fetchone()
        connection.execute(
            "UPDATE households SET notes = ? WHERE id = ?", (tricky["notes"], household_id)
        )
        connection.execute(
            "UPDATE members SET first_name = ?, last_name = ? WHERE household_id = ? AND seq = 1",
            (tricky["first"], tricky["last"], household_id),
        )
        connection.execute(
            "UPDATE stage_assessments SET reason = ?"
            " WHERE id = (SELECT min(id) FROM stage_assessments)",
            (tricky["reason"],),
        )
        connection.execute(
            "UPDATE assistance SET outcome = ? WHERE id = (SELECT min(id) FROM assistance)",
            (tricky["x"],),
        )
        (key,) = connection.execute(
            "SELECT key FROM households WHERE id = ?", (household_id,)
        ).fetchone()
    out = _export(demo_db, tmp_path / "tricky.xlsx")
    assert "<f>" not in _sheet_xml(out)
    book = openpyxl.load_workbook(out)  # full mode: data types and styles
    found = {}
    for layout in SHEETS:
        for row in book[layout.title_th].iter_rows(min_row=3):
            for cell in row:
                if cell.value in tricky.values():
                    found[cell.value] = cell
                    assert cell.data_type == "s"
    assert set(found) == set(tricky.values())
    assert found["=1+1"].quotePrefix
    calamine = CalamineWorkbook.from_path(str(out))
    household = next(r for r in _records(calamine, "households") if r["household_key"] == key)
    assert household["notes"] == "=1+1"
    outcomes = {r["outcome"] for r in _records(calamine, "assistance")}
    assert "<r>x</r>" in outcomes


def test_masking_hides_the_middle_digits(demo_db: OfficeDatabase, tmp_path: Path) -> None:
    out = _export(demo_db, tmp_path / "masked.xlsx", mask_ids=True)
    book = CalamineWorkbook.from_path(str(out))
    ids = [
        row[0] for row in _sql(demo_db, "SELECT national_id FROM members WHERE national_id != ''")
    ]
    written = {r["national_id"] for r in _records(book, "members")} - {""}
    assert written == {format_national_id(digits, masked=True) for digits in ids}
    assert all("XXXXX-XX" in value for value in written)  # type: ignore[operator]
    heads = {r["head_national_id"] for r in _records(book, "households")}
    assert heads <= written | {""}
    xml = _sheet_xml(out)
    assert not [digits for digits in ids if digits in xml]
    metadata = {r["item"]: r["value"] for r in _records(book, "metadata")}
    assert metadata["masked_ids"] is True


def test_aggregates_only_holds_no_personal_data(demo_db: OfficeDatabase, tmp_path: Path) -> None:
    out = _export(demo_db, tmp_path / "aggregates.xlsx", aggregates_only=True)
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == [s.title_th for s in SHEETS if not s.personal]
    assert {
        "households",
        "members",
        "income",
        "indicator_results",
        "stage_history",
        "assistance",
        "development_plans",
        "plan_problems",
        "plan_activities",
        "follow_up_visits",
    } == PERSONAL_SHEETS
    xml = _sheet_xml(out)
    people = _sql(demo_db, "SELECT national_id, first_name || ' ' || last_name FROM members")
    houses = _sql(demo_db, "SELECT house_code, key FROM households WHERE house_code IS NOT NULL")
    for national_id, name in people:
        assert (national_id or "@@") not in xml and name not in xml
    assert not [code for code, key in houses if code in xml or key in xml]
    projects = _records(book, "projects")
    assert projects and all(r["responsible_person"] == "" for r in projects)
    assert sum(r["households"] for r in _records(book, "summary")) == 200  # type: ignore[misc]
    metadata = {r["item"]: r["value"] for r in _records(book, "metadata")}
    assert metadata["aggregates_only"] is True
    assert "rows.members" not in metadata


def test_subdistrict_scope_keeps_only_its_households(
    demo_db: OfficeDatabase, tmp_path: Path
) -> None:
    code, count = _sql(
        demo_db,
        "SELECT v.subdistrict_code, count(*) FROM households h JOIN villages v"
        " ON v.code = h.village_code GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    )[0]
    keys = {
        key
        for (key,) in _sql(
            demo_db,
            "SELECT h.key FROM households h JOIN villages v ON v.code = h.village_code"
            " WHERE v.subdistrict_code = ?",
            (code,),
        )
    }
    out = _export(demo_db, tmp_path / "one.xlsx", scope_subdistrict=code)
    book = CalamineWorkbook.from_path(str(out))
    assert {r["household_key"] for r in _records(book, "households")} == keys
    assert len(keys) == count < 200
    for name in ("members", "income", "indicator_results", "stage_history", "assistance"):
        assert {r["household_key"] for r in _records(book, name)} <= keys
    (members,) = _sql(
        demo_db,
        "SELECT count(*) FROM members m JOIN households h ON h.id = m.household_id"
        " JOIN villages v ON v.code = h.village_code WHERE v.subdistrict_code = ?",
        (code,),
    )[0]
    assert len(_records(book, "members")) == members
    summary = _records(book, "summary")
    assert [(r["subdistrict_code"], r["households"]) for r in summary] == [(code, count)]


def test_fiscal_year_scope_limits_projects_and_assistance(
    demo_db: OfficeDatabase, tmp_path: Path
) -> None:
    (year,) = _sql(demo_db, "SELECT max(fiscal_year) FROM projects")[0]
    start, end = (day.isoformat() for day in fiscal_year_bounds(year))
    out = _export(demo_db, tmp_path / "year.xlsx", fiscal_year=year)
    book = CalamineWorkbook.from_path(str(out))
    projects = _records(book, "projects")
    expected = _sql(demo_db, "SELECT id FROM projects WHERE fiscal_year = ?", (year,))
    assert {r["project_number"] for r in projects} == {row[0] for row in expected}
    assistance = _records(book, "assistance")
    (given,) = _sql(
        demo_db, "SELECT count(*) FROM assistance WHERE given_on BETWEEN ? AND ?", (start, end)
    )[0]
    assert len(assistance) == given > 0
    assert all(r["fiscal_year"] == year for r in assistance)
    assert len(_records(book, "households")) == 200  # the register is not cut by year


def test_a_sheet_longer_than_excel_allows_continues_on_a_second_tab(
    demo_db: OfficeDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange_sheet_writer, "EXCEL_MAX_ROWS", 1500)  # 1,498 data rows
    out = _export(demo_db, tmp_path / "long.xlsx")
    book = CalamineWorkbook.from_path(str(out))
    title = sheet("indicator_results").title_th
    assert [t for t in book.sheet_names if t.startswith(title)] == [
        title,
        f"{title} (2)",
        f"{title} (3)",
    ]
    (count,) = _sql(demo_db, "SELECT count(*) FROM indicator_results")[0]
    assert len(_records(book, "indicator_results")) == count


def test_progress_counts_up_to_the_total(demo_db: OfficeDatabase, tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    export_workbook(
        demo_db.session_factory, tmp_path / "p.xlsx", progress=lambda d, t: reports.append((d, t))
    )
    done = [d for d, _ in reports]
    assert done == sorted(done) and len(reports) > 3
    assert reports[-1][0] == reports[-1][1] > 5000


def test_cancel_leaves_no_file_behind(
    demo_db: OfficeDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "book.xlsx"
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        export_workbook(demo_db.session_factory, out, cancelled=cancelled)
    assert list(folder.iterdir()) == [] and list(temp.iterdir()) == []


def test_a_failure_keeps_the_existing_file_as_it_was(
    demo_db: OfficeDatabase, tmp_path: Path
) -> None:
    out = tmp_path / "book.xlsx"
    earlier = _export(demo_db, out).read_bytes()

    def broken(done: int, total: int) -> None:
        if done > 1000:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        export_workbook(demo_db.session_factory, out, ExportOptions(mask_ids=True), broken)
    assert out.read_bytes() == earlier
    assert not part_path(out).exists()
    with pytest.raises(OSError):
        export_workbook(demo_db.session_factory, tmp_path / "missing" / "book.xlsx")
    assert not (tmp_path / "missing").exists()


def test_unknown_or_malformed_scope_is_refused(demo_db: OfficeDatabase, tmp_path: Path) -> None:
    out = tmp_path / "book.xlsx"
    cases = [
        (ExportOptions(scope_subdistrict="999999"), ExportProblem.UNKNOWN_SUBDISTRICT),
        (ExportOptions(scope_subdistrict="6701"), ExportProblem.SUBDISTRICT_CODE),
        (ExportOptions(fiscal_year=2024), ExportProblem.FISCAL_YEAR),
    ]
    for options, problem in cases:
        with pytest.raises(InvalidExportOptions) as raised:
            export_workbook(demo_db.session_factory, out, options)
        assert raised.value.problem is problem
    assert list(tmp_path.glob("*book*")) == []


def test_every_query_returns_the_layout_columns(demo_db: OfficeDatabase) -> None:
    scope = RowScope(
        subdistrict="670101",
        fiscal_year=2568,
        fiscal_year_start="2567-10-01",
        fiscal_year_end="2568-09-30",
        mask_ids=True,
    )
    with sqlite3.connect(demo_db.path) as connection:
        for query in data_queries(scope):
            cursor = connection.execute(f"{query.select} LIMIT 1", scope.params)
            assert len(cursor.description) == len(sheet(query.sheet).columns)


def test_the_document_lists_exactly_the_layout_keys() -> None:
    text = (ROOT / "docs" / "workbook.md").read_text(encoding="utf-8")
    assert f"layout version {LAYOUT_VERSION}" in text
    sections = re.split(r"^### `(\w+)`", text, flags=re.MULTILINE)
    documented = {
        name: re.findall(r"^\| `([\w.]+)` \|", _own_part(body), flags=re.MULTILINE)
        for name, body in zip(sections[1::2], sections[2::2], strict=True)
    }
    assert list(documented) == [s.name for s in SHEETS]
    for layout in SHEETS:
        keys = documented[layout.name]
        if layout.name == "metadata":
            items = tuple(item.key for item in METADATA_ITEMS)
            assert tuple(keys) == layout.keys + items
        else:
            assert tuple(keys) == layout.keys, layout.name


def _own_part(body: str) -> str:
    """A sheet's section up to the next heading of another level."""
    return re.split(r"^#{2,4} ", body, flags=re.MULTILINE)[0]


def test_the_document_lists_the_provincial_sheets() -> None:
    text = (ROOT / "docs" / "workbook.md").read_text(encoding="utf-8")
    for layout in (DISTRICT_TOTALS, ID_CONFLICTS):
        body = text.split(f"#### `{layout.name}` — {layout.title_th}", 1)[1]
        keys = re.findall(r"^\| `([\w.]+)` \|", _own_part(body), flags=re.MULTILINE)
        own = layout.keys[:2] if layout is DISTRICT_TOTALS else layout.keys
        assert tuple(keys) == own, layout.name
