"""Attachments are personal data that stay in the office: no workbook (whole, masked or
aggregates-only) and no printed household sheet carries a file, its bytes, its name or
its caption; a backup does carry them, and a restore brings them back byte for byte."""

import datetime as dt
import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest

from db.database import OfficeDatabase, open_database
from desktop.services.evidence import EvidenceService, NewAttachment, Owner, OwnerKind
from desktop.services.exchange.export import ExportOptions, export_workbook
from desktop.services.households.form import HouseholdFormService
from desktop.services.printing import HouseholdSheetService, SheetOptions
from desktop.services.safety import backup_to, restore
from desktop.services.safety.backups import default_backups_dir
from tests.evidence_files import pdf, png

SECRET_NAME = "บัตรประชาชนหัวหน้าครัวเรือน.png"
SECRET_CAPTION = "สำเนาบัตรลงชื่อรับรอง"
TAKEN = dt.date(2026, 11, 20)


def attach(database: OfficeDatabase, household_id: int) -> list[tuple[str, bytes]]:
    """A photo and a signed PDF on the household; their names and bytes."""
    evidence = EvidenceService(database.session_factory)
    files = [(SECRET_NAME, png(16, 16, shade=201)), ("ใบลงชื่อ.pdf", pdf("ลายมือชื่อ"))]
    for name, data in files:
        evidence.add(
            NewAttachment(
                Owner(OwnerKind.HOUSEHOLD, household_id), name, data, TAKEN, caption=SECRET_CAPTION
            ),
            user_name="สมศรี ใจดี",
        )
    return files


def workbook_bytes(path: Path) -> bytes:
    """Every part of the xlsx, unpacked, one after another."""
    with zipfile.ZipFile(path) as book:
        return b"".join(book.read(name) for name in book.namelist())


@pytest.mark.parametrize(
    "options",
    [{}, {"mask_ids": True}, {"aggregates_only": True}],
    ids=["whole", "masked", "aggregates only"],
)
def test_no_workbook_carries_an_attachment(
    demo_db: OfficeDatabase, tmp_path: Path, options: dict[str, bool]
) -> None:
    household = HouseholdFormService(demo_db.session_factory).load(1)
    files = attach(demo_db, 1)
    out = tmp_path / "export.xlsx"
    export_workbook(demo_db.session_factory, out, ExportOptions(**options))
    content = workbook_bytes(out)
    if not options:  # the household itself is in the whole workbook: it was looked at
        assert household.key.encode() in content
    for name, data in files:
        assert name.encode() not in content
        assert data[8:] not in content  # the file's body, past any common signature
        assert hashlib.sha256(data).hexdigest().encode() not in content
    assert SECRET_CAPTION.encode() not in content


def test_the_printed_household_sheet_shows_no_attachment(demo_db: OfficeDatabase) -> None:
    attach(demo_db, 1)
    sheets = HouseholdSheetService(demo_db.session_factory)
    html = sheets.household_html(1, SheetOptions(mask_ids=False, printed_on=TAKEN))
    assert HouseholdFormService(demo_db.session_factory).load(1).key in html
    assert SECRET_NAME not in html and SECRET_CAPTION not in html
    assert "<img" not in html and "data:image" not in html


def test_a_backup_and_a_restore_bring_the_attachments_back_byte_for_byte(
    demo_db: OfficeDatabase, tmp_path: Path
) -> None:
    files = attach(demo_db, 1)
    office = demo_db.path
    demo_db.close()
    saved = backup_to(office, tmp_path / "usb")

    database = open_database(office)  # the clerk deletes them after the backup
    evidence = EvidenceService(database.session_factory)
    for row in evidence.household_attachments(1):
        evidence.delete(row.id, user_name="สมศรี ใจดี")
    assert evidence.household_attachments(1) == []
    database.close()

    restore(office, saved, backups_dir=default_backups_dir(office))

    database = open_database(office)
    try:
        evidence = EvidenceService(database.session_factory)
        back = {
            row.file_name: evidence.read_file(row.id)[2]
            for row in evidence.household_attachments(1)
        }
        assert {name: hashlib.sha256(data).hexdigest() for name, data in back.items()} == {
            name: hashlib.sha256(data).hexdigest() for name, data in files
        }
    finally:
        database.close()
    with sqlite3.connect(office) as connection:  # the restored office is whole
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
