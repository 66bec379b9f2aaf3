"""The exported workbook as LibreOffice reads it: converted headless to CSV (cells as
shown), its values equal the database's, dates show in the Buddhist era, IDs keep every
digit and formula look-alikes stay text."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from db.database import OfficeDatabase
from desktop.services.exchange import sheet
from desktop.services.exchange.export import ExportOptions, export_workbook
from desktop.services.exchange.layout import LAYOUT_VERSION, SHEETS

# Filter options: comma, double quote, UTF-8, from line 1, -, system language, quoted field
# as text, detect special numbers, save cell contents as shown, -, -, which sheet (-1: all).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,{sheet}"
NEEDED = ("metadata", "summary", "households", "members", "assistance")


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        reason = (
            "LibreOffice (soffice) is not installed, so the exported workbook cannot be read"
            " back by it; as root, `make test` installs libreoffice-calc-nogui"
        )
        print(f"SKIPPED: {reason}")
        pytest.skip(reason)
    return found


def _convert(soffice: str, book: Path, folder: Path, sheet_number: int) -> None:
    profile = (folder / "profile").resolve().as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            CSV_FILTER.format(sheet=sheet_number),
            "--outdir",
            str(folder),
            str(book),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


def _sheets_as_csv(book: Path, folder: Path) -> dict[str, list[dict[str, str]]]:
    """The needed sheets as {machine key: shown text} rows (row 1 keys, row 2 headers)."""
    soffice = _soffice()
    titles = [s.title_th for s in SHEETS]
    _convert(soffice, book, folder, -1)  # every sheet, one file each (LibreOffice >= 7.2)
    tables = {}
    for name in NEEDED:
        title = sheet(name).title_th
        path = folder / f"{book.stem}-{title}.csv"
        if not path.exists():  # an older LibreOffice: one sheet per run, by number
            _convert(soffice, book, folder, titles.index(title) + 1)
            path = (folder / f"{book.stem}.csv").rename(path)
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert tuple(rows[0]) == sheet(name).keys
        assert rows[1] == [column.header_th for column in sheet(name).columns]
        tables[name] = [dict(zip(rows[0], row, strict=True)) for row in rows[2:]]
    return tables


def _be(iso: str | None) -> str:
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    return f"{day.day:02d}/{day.month:02d}/{day.year + 543}"


def test_libreoffice_reads_the_values_of_the_database(
    demo_db: OfficeDatabase, tmp_path: Path
) -> None:
    with sqlite3.connect(demo_db.path) as connection:
        connection.execute("UPDATE households SET notes = '=1+1' WHERE id = 1")
        connection.execute("UPDATE members SET first_name = '-5' WHERE id = 1")
        (first_key,) = connection.execute("SELECT key FROM households WHERE id = 1").fetchone()
        households = connection.execute(
            "SELECT key, house_code, head_national_id, last_verified_on, member_count, notes"
            " FROM households"
        ).fetchall()
        members = connection.execute(
            "SELECT h.key, m.seq, m.first_name, m.national_id, m.birth_date FROM members m"
            " JOIN households h ON h.id = m.household_id"
        ).fetchall()
        assistance = connection.execute(
            "SELECT h.key, a.given_on, a.value_satang FROM assistance a"
            " JOIN households h ON h.id = a.household_id"
        ).fetchall()
    book = tmp_path / "book.xlsx"
    export_workbook(demo_db.session_factory, book, ExportOptions())
    tables = _sheets_as_csv(book, tmp_path)

    shown = {row["household_key"]: row for row in tables["households"]}
    assert len(shown) == len(households) == 200
    for key, house_code, head_id, verified, count, notes in households:
        row = shown[key]
        assert row["house_code"] == (house_code or "")
        assert row["head_national_id"] == (head_id or "")
        assert row["last_verified_on"] == row["last_verified_on_be"] == _be(verified)
        assert row["member_count"] == f"{count:,}"
        assert row["notes"] == notes
    assert shown[first_key]["notes"] == "=1+1"  # text, not the formula's 2

    people = {(row["household_key"], row["member_seq"]): row for row in tables["members"]}
    assert len(people) == len(members)
    for key, seq, first_name, national_id, birth in members:
        row = people[(key, str(seq))]
        assert row["first_name"] == first_name
        assert row["national_id"] == (national_id or "")
        assert len(row["national_id"]) in (0, 13)
        assert row["birth_date"] == row["birth_date_be"] == _be(birth)

    given = sorted((key, _be(on), f"{satang / 100:,.2f}") for key, on, satang in assistance)
    written = sorted(
        (row["household_key"], row["given_on"], row["value"]) for row in tables["assistance"]
    )
    assert written == given

    assert sum(int(row["households"].replace(",", "")) for row in tables["summary"]) == 200
    metadata = {row["item"]: row["value"] for row in tables["metadata"]}
    assert metadata["layout_version"] == str(LAYOUT_VERSION)
    assert metadata["rows.members"] == f"{len(members):,}"
    assert metadata["exported_on"] == metadata["exported_on_be"]
