"""The exported workbook says who checked the data and who signed it off as ready to send,
only while the data is what was checked; a workbook without those items still imports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from db.database import OfficeDatabase
from desktop.services.exchange.export import export_workbook
from desktop.services.exchange.import_ import plan_import
from desktop.services.exchange.layout import sheet
from desktop.services.office import build_services, create_office
from desktop.services.quality import QualityService
from tests.exchange_office import small_office

TODAY = dt.date.today()
SIGN_OFF_ITEMS = ("checked_by", "checked_at", "signed_off_by", "signed_off_at", "ready_to_send")


def metadata(path: Path) -> dict[str, object]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = book[sheet("metadata").title_th].iter_rows(min_row=3, values_only=True)
    return {row[0]: row[2] for row in rows}


@pytest.fixture
def office(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = small_office(tmp_path, 8)
    yield database
    database.close()


def _signed_off(database: OfficeDatabase) -> tuple[str, str]:
    services = build_services(database)
    supervisor = services.users.list_users()[0].name
    services.users.add_user("สมชาย เสมียน", "clerk", None, by=supervisor)
    quality = QualityService(database.session_factory)
    quality.record_check(quality.check(today=TODAY), by="สมชาย เสมียน")
    quality.sign_off(by=supervisor)
    return supervisor, "สมชาย เสมียน"


def test_an_unchecked_office_exports_not_ready(office: OfficeDatabase, tmp_path: Path) -> None:
    values = metadata(export_workbook(office.session_factory, tmp_path / "book.xlsx").path)
    assert [values[key] for key in SIGN_OFF_ITEMS] == [None, None, None, None, False]


def test_a_signed_off_office_exports_who_checked_and_signed_and_when(
    office: OfficeDatabase, tmp_path: Path
) -> None:
    supervisor, clerk = _signed_off(office)
    values = metadata(export_workbook(office.session_factory, tmp_path / "book.xlsx").path)
    assert values["checked_by"] == clerk
    assert values["signed_off_by"] == supervisor
    assert values["ready_to_send"] is True
    for key in ("checked_at", "signed_off_at"):
        moment = dt.datetime.fromisoformat(str(values[key]))
        assert moment.tzinfo is not None
        assert abs(moment - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_an_edit_after_the_sign_off_exports_not_signed_off(
    office: OfficeDatabase, tmp_path: Path
) -> None:
    _supervisor, clerk = _signed_off(office)
    form = build_services(office).household_form
    with office.engine.connect() as connection:
        household_id = connection.exec_driver_sql("SELECT min(id) FROM households").scalar_one()
    draft = form.load(household_id)
    draft.house_no = draft.house_no + "/1"
    form.save(draft, user_name=clerk, today=TODAY)
    values = metadata(export_workbook(office.session_factory, tmp_path / "book.xlsx").path)
    assert [values[key] for key in SIGN_OFF_ITEMS] == [None, None, None, None, False]


def test_a_workbook_without_the_sign_off_items_still_imports(
    office: OfficeDatabase, tmp_path: Path
) -> None:
    _signed_off(office)
    path = export_workbook(office.session_factory, tmp_path / "book.xlsx").path
    book = openpyxl.load_workbook(path)
    items = book[sheet("metadata").title_th]
    for row in range(items.max_row, 2, -1):
        if items.cell(row, 1).value in SIGN_OFF_ITEMS:
            items.delete_rows(row)
    older = tmp_path / "older.xlsx"
    book.save(older)
    assert not set(SIGN_OFF_ITEMS) & set(metadata(older))
    fresh = create_office(tmp_path / "fresh.sqlite3", "6701", "สมศรี ใจดี")
    try:
        for workbook in (older, path):
            with plan_import(fresh.session_factory, workbook) as plan:
                assert plan.is_clean and len(plan.additions) == 8
    finally:
        fresh.close()
