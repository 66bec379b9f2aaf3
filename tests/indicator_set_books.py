"""Indicator-set workbooks for tests, made the way an office gets them: the shipped set
exported by the program, then edited in a spreadsheet (here openpyxl).

The tests' set for 2565–2569 (code ``TEST-65``) re-uses the shipped 2560–2564 set's
indicators: it is test data only, never shipped (the 2565–2569 mapping is not public)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import update

from db.database import OfficeDatabase
from db.models import IndicatorSet
from desktop.services.indicator_sets import IndicatorSetService, SetBook, write_set_book
from desktop.services.indicator_sets.service import set_book
from desktop.services.thai import to_be_year

SHIPPED = "2560-2564"
TEST_CODE = "TEST-65"


def shipped_book(office: OfficeDatabase) -> SetBook:
    with office.session_factory() as session:
        return set_book(session, SHIPPED)


def made_up_set(
    office: OfficeDatabase,
    *,
    first: int = 2565,
    last: int = 2569,
    code: str = TEST_CODE,
    threshold: int = 40_000,
    override: bool = True,
) -> SetBook:
    """A set for ``first``–``last`` with the shipped set's indicators and its own
    threshold of indicator 22 (and, with ``override``, 1,000 more for ``last``)."""
    shipped = shipped_book(office)
    default = dataclasses.replace(shipped.thresholds[0], value=threshold)
    last_year = dataclasses.replace(default, survey_year=last, value=threshold + 1000)
    return dataclasses.replace(
        shipped,
        code=code,
        name_th=f"ชุดทดสอบ พ.ศ. {first}–{last}",
        name_en=f"Test set {first}–{last}",
        first_year=first,
        last_year=last,
        thresholds=(default, last_year) if override else (default,),
    )


def write_book(book: SetBook, path: Path) -> Path:
    write_set_book(book, path)
    return path


def edited(path: Path, edit: Callable[[openpyxl.Workbook], None], out: Path) -> Path:
    """The workbook at ``path`` edited by ``edit`` and saved as ``out``."""
    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    workbook.save(out)
    return out


def set_cell(sheet: str, ref: str, value: object) -> Callable[[openpyxl.Workbook], None]:
    def edit(workbook: openpyxl.Workbook) -> None:
        target: Worksheet = workbook[sheet]
        target[ref] = value

    return edit


def load_test_set(office: OfficeDatabase, tmp_path: Path, **kwargs: object) -> SetBook:
    """The tests' set written, dry-run and loaded into ``office`` as Settings does it."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    book = made_up_set(office, **kwargs)  # type: ignore[arg-type]
    path = write_book(book, tmp_path / f"{book.code}.xlsx")
    service = IndicatorSetService(office.session_factory)
    plan = service.dry_run(path)
    assert plan.can_load, [p.message_en for p in plan.problems]
    assert service.load(plan.book, user_name="").loaded
    return book


def current_set(office: OfficeDatabase, tmp_path: Path) -> SetBook:
    """What an office keying survey years from 2565 to this year has loaded: the tests' set
    with the shipped threshold of indicator 22 (38,000), so figures stay the shipped set's."""
    last = max(2569, to_be_year(dt.date.today().year))
    return load_test_set(
        office, tmp_path / "indicator-set", last=last, threshold=38_000, override=False
    )


def shipped_set_covers_this_year(office: OfficeDatabase) -> None:
    """The demo office's answers (2567) and this year's visits in one set, as they were
    before a year needed a set covering it: the shipped set's years stretched to this year.
    Test data only (the demo generator answers in the shipped set outside its years)."""
    this_year = to_be_year(dt.date.today().year)
    with office.session_factory.begin() as session:
        session.execute(
            update(IndicatorSet)
            .where(IndicatorSet.code == SHIPPED)
            .where(IndicatorSet.last_year < this_year)
            .values(last_year=this_year)
        )
