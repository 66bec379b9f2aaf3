"""A value the workbook holds in two columns (a code and its name, a date and its BE text)
that the clerk edited in one column only is refused, naming both; it is never decided
silently for the code or the date column. Clearing the other column, or editing both
alike, imports the edit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.models import CodeItem, Household, Member
from desktop.services.exchange.import_ import apply_plan, plan_import
from desktop.services.exchange.layout import SHEET_BY_NAME
from desktop.services.exchange.reading.messages import RejectCode
from tests.exchange_office import database_dump, resave_in_libreoffice
from tests.test_exchange_import import column_of, edit

ROW = 3  # the second person of the members sheet


def _members(book):  # type: ignore[no-untyped-def]
    return book[SHEET_BY_NAME["members"].title_th]


def _other_education(database, book_path):  # type: ignore[no-untyped-def]
    """The row's person (household key, member no.), and a code of "education_level" it
    does not hold, with its name."""
    import openpyxl

    sheet = _members(openpyxl.load_workbook(book_path))
    held = sheet.cell(ROW, column_of(sheet, "education_level_code")).value
    person = (
        sheet.cell(ROW, column_of(sheet, "household_key")).value,
        sheet.cell(ROW, column_of(sheet, "member_seq")).value,
    )
    with database.session_factory() as session:
        other = session.execute(
            select(CodeItem.code, CodeItem.name_th).where(
                CodeItem.list_name == "education_level", CodeItem.code != held
            )
        ).first()
    assert other is not None
    return person, other[0], other[1]


def _member_value(database, person, column):  # type: ignore[no-untyped-def]
    key, seq = person
    with database.session_factory() as session:
        return session.scalar(
            select(column)
            .join(Household, Household.id == Member.household_id)
            .where(Household.key == key, Member.seq == seq)
        )


def test_a_name_edited_beside_its_old_code_is_refused_naming_both(
    small_db, small_book, tmp_path
) -> None:
    _person, _code, name = _other_education(small_db, small_book)

    def rename(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _members(book)
        sheet.cell(ROW, column_of(sheet, "education_level")).value = name

    before = database_dump(small_db)
    edited = edit(small_book, tmp_path / "name-only.xlsx", rename)
    (saved,) = resave_in_libreoffice([edited], tmp_path / "lo")
    for book in (edited, saved):
        with plan_import(small_db.session_factory, book) as plan:
            (rejection,) = plan.rejections
            assert (rejection.row, rejection.code) == (ROW, RejectCode.COLUMNS_DISAGREE)
            assert "education_level_code = " in rejection.message_th
            assert f"education_level = {name}" in rejection.message_th
            assert plan.updates == []
            apply_plan(small_db.session_factory, plan, user_name="ทดสอบ")
    assert database_dump(small_db) == before


@pytest.mark.parametrize("code_cell", ["cleared", "edited alike"])
def test_a_name_edit_imports_when_the_code_is_cleared_or_edited_alike(
    small_db, small_book, tmp_path, code_cell
) -> None:
    person, code, name = _other_education(small_db, small_book)

    def rename(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _members(book)
        sheet.cell(ROW, column_of(sheet, "education_level")).value = name
        new_code = None if code_cell == "cleared" else code
        sheet.cell(ROW, column_of(sheet, "education_level_code")).value = new_code

    edited = edit(small_book, tmp_path / "renamed.xlsx", rename)
    with plan_import(small_db.session_factory, edited) as plan:
        assert plan.rejections == []
        (update,) = plan.updates
        assert [change.field for change in update.changes] == ["education_level"]
        apply_plan(small_db.session_factory, plan, user_name="ทดสอบ")
    assert _member_value(small_db, person, Member.education_level) == code


def test_a_be_text_edited_beside_its_old_date_is_refused(small_db, small_book, tmp_path) -> None:
    def retype(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _members(book)
        sheet.cell(ROW, column_of(sheet, "birth_date_be")).value = "01/02/2500"

    before = database_dump(small_db)
    edited = edit(small_book, tmp_path / "be-only.xlsx", retype)
    with plan_import(small_db.session_factory, edited) as plan:
        (rejection,) = plan.rejections
        assert (rejection.row, rejection.code) == (ROW, RejectCode.COLUMNS_DISAGREE)
        assert "birth_date_be = 01/02/2500" in rejection.message_th
        apply_plan(small_db.session_factory, plan, user_name="ทดสอบ")
    assert database_dump(small_db) == before


def test_a_be_text_edit_imports_when_the_date_cell_is_cleared(
    small_db, small_book, tmp_path
) -> None:
    person, _code, _name = _other_education(small_db, small_book)

    def retype(book) -> None:  # type: ignore[no-untyped-def]
        sheet = _members(book)
        sheet.cell(ROW, column_of(sheet, "birth_date_be")).value = "01/02/2500"
        sheet.cell(ROW, column_of(sheet, "birth_date")).value = None

    edited = edit(small_book, tmp_path / "be-typed.xlsx", retype)
    with plan_import(small_db.session_factory, edited) as plan:
        assert plan.rejections == []
        apply_plan(small_db.session_factory, plan, user_name="ทดสอบ")
    assert _member_value(small_db, person, Member.birth_date) == dt.date(1957, 2, 1)
