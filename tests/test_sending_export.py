"""The workbook the district sends the province (personal data in the clear) is written
only while a supervisor's sign-off covers the data as it is; other workbooks go without."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from db.database import OfficeDatabase
from desktop.services.exchange.export import (
    ExportNotSignedOff,
    ExportOptions,
    NotSignedOffReason,
    export_workbook,
)
from desktop.services.exchange.layout import sheet
from desktop.services.office import build_services
from desktop.services.quality import QualityService
from tests.exchange_office import small_office

TODAY = dt.date.today()
SENDING = ExportOptions(sending=True)
CLERK = "สมชาย เสมียน"


def metadata(path: Path) -> dict[str, object]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = book[sheet("metadata").title_th].iter_rows(min_row=3, values_only=True)
    return {row[0]: row[2] for row in rows}


@pytest.fixture
def office(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = small_office(tmp_path, 8)
    services = build_services(database)
    supervisor = services.users.list_users()[0].name
    services.users.add_user(CLERK, "clerk", None, by=supervisor)
    yield database
    database.close()


def _supervisor(database: OfficeDatabase) -> str:
    return next(u.name for u in build_services(database).users.list_users() if u.is_supervisor)


def _checked(database: OfficeDatabase) -> QualityService:
    quality = QualityService(database.session_factory)
    quality.record_check(quality.check(today=TODAY), by=CLERK)
    return quality


def _refused(database: OfficeDatabase, out: Path) -> NotSignedOffReason:
    with pytest.raises(ExportNotSignedOff) as refused:
        export_workbook(database.session_factory, out, SENDING)
    assert not out.exists() and not list(out.parent.glob(f".{out.name}*"))
    assert "หัวหน้า" in refused.value.message_th
    return refused.value.reason


def test_an_unchecked_office_cannot_send(office: OfficeDatabase, tmp_path: Path) -> None:
    assert _refused(office, tmp_path / "book.xlsx") is NotSignedOffReason.NOT_CHECKED


def test_a_clean_check_no_supervisor_signed_cannot_send(
    office: OfficeDatabase, tmp_path: Path
) -> None:
    _checked(office)
    assert _refused(office, tmp_path / "book.xlsx") is NotSignedOffReason.NOT_SIGNED_OFF


def test_a_check_with_problems_cannot_send(office: OfficeDatabase, tmp_path: Path) -> None:
    with office.session_factory.begin() as session:  # a household without members
        session.connection().exec_driver_sql(
            "DELETE FROM members WHERE household_id = (SELECT min(id) FROM households)"
        )
    _checked(office)
    out = tmp_path / "book.xlsx"
    with pytest.raises(ExportNotSignedOff) as refused:
        export_workbook(office.session_factory, out, SENDING)
    assert refused.value.reason is NotSignedOffReason.PROBLEMS
    assert "พบปัญหา 1 รายการ" in refused.value.message_th
    assert not out.exists()


def test_a_signed_off_office_sends_and_names_the_supervisor(
    office: OfficeDatabase, tmp_path: Path
) -> None:
    _checked(office).sign_off(by=_supervisor(office))
    values = metadata(export_workbook(office.session_factory, tmp_path / "b.xlsx", SENDING).path)
    assert values["signed_off_by"] == _supervisor(office)
    assert values["checked_by"] == CLERK
    assert values["ready_to_send"] is True


def test_a_change_after_the_sign_off_voids_it(office: OfficeDatabase, tmp_path: Path) -> None:
    _checked(office).sign_off(by=_supervisor(office))
    form = build_services(office).household_form
    with office.engine.connect() as connection:
        household_id = connection.exec_driver_sql("SELECT min(id) FROM households").scalar_one()
    draft = form.load(household_id)
    draft.house_no = draft.house_no + "/1"
    form.save(draft, user_name=CLERK, today=TODAY)
    assert _refused(office, tmp_path / "book.xlsx") is NotSignedOffReason.CHANGED


@pytest.mark.parametrize(
    "options",
    [
        ExportOptions(sending=True, mask_ids=True),
        ExportOptions(sending=True, aggregates_only=True),
        ExportOptions(sending=False),  # a working copy asked for explicitly
    ],
    ids=["masked", "aggregates-only", "unsigned"],
)
def test_workbooks_without_personal_data_to_approve_go_unsigned(
    office: OfficeDatabase, tmp_path: Path, options: ExportOptions
) -> None:
    values = metadata(export_workbook(office.session_factory, tmp_path / "b.xlsx", options).path)
    assert values["ready_to_send"] is False
