"""The reading helper (desktop/services/exchange/reading/helper.py): a second process reads
a big workbook's indicator results and stage history. Forced on here with
helper_from_bytes=0; the plan must be exactly the one a single process makes, and its
refusals, progress, cancel and death must leave nothing behind."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.exchange.import_ import WorkbookRefused, apply_plan, plan_import
from desktop.services.exchange.import_.importer import ImportCancelled, RefusalCode
from desktop.services.exchange.layout import SHEET_BY_NAME
from desktop.services.exchange.reading.helper import read_in_helper
from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.rows import Lookups
from tests.test_exchange_import import column_of, edit, export

ALWAYS, NEVER = 0, 1 << 62
SHARED_TEMP = tempfile.gettempdir()  # the machine's, shared by every process
STAGED_TABLES = (
    "s_households",
    "s_members",
    "s_income",
    "s_results",
    "s_stages",
    "s_rejections",
    "s_bad_keys",
)


@pytest.fixture
def demo_book(demo_db, tmp_path: Path) -> Path:
    return export(demo_db, tmp_path / "demo.xlsx")


@pytest.fixture
def leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No helper process and no staging file outlive the test.

    The test's staging files go to a scratch folder of its own and only this process's
    own helpers are counted: imports other people (or tests) run on the same machine at
    the same time, with their files in the shared temporary folder, are none of its
    business."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))  # the spawned helper's temporary folder too
    children_before = set(multiprocessing.active_children())
    yield
    assert set(multiprocessing.active_children()) <= children_before
    assert list(scratch.iterdir()) == []


def staged(plan) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    con = plan.staging.connection
    return {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in STAGED_TABLES}


def _spoil_every_sheet(book) -> None:  # type: ignore[no-untyped-def]
    members = book[SHEET_BY_NAME["members"].title_th]
    members.cell(3, column_of(members, "member_seq")).value = "หนึ่ง"
    results = book[SHEET_BY_NAME["indicator_results"].title_th]
    results.cell(5, column_of(results, "status")).value = "ดีมาก"
    results.cell(40, column_of(results, "household_key")).value = "=A3"
    stages = book[SHEET_BY_NAME["stage_history"].title_th]
    stages.cell(4, column_of(stages, "stage")).value = "รุ่งเรือง"


def test_the_helper_plans_exactly_what_one_process_plans(
    office_db, demo_book, tmp_path, leaves_nothing
) -> None:
    book = edit(demo_book, tmp_path / "spoilt.xlsx", _spoil_every_sheet)
    done: dict[int, list[int]] = {ALWAYS: [], NEVER: []}
    helpers: dict[int, set[int]] = {ALWAYS: set(), NEVER: set()}
    plans = {}
    for threshold in (NEVER, ALWAYS):

        def progress(read: int, _total: int, threshold: int = threshold) -> None:
            done[threshold].append(read)
            helpers[threshold].add(len(multiprocessing.active_children()))

        plans[threshold] = plan_import(
            office_db.session_factory, book, helper_from_bytes=threshold, progress=progress
        )
    assert helpers == {NEVER: {0}, ALWAYS: {0, 1}}  # the helper ran only when asked to
    alone, helped = plans[NEVER], plans[ALWAYS]
    try:
        assert staged(helped) == staged(alone)
        assert helped.rejections == alone.rejections
        assert helped.additions == alone.additions and len(helped.additions) == 197
        where = {(r.sheet, r.row, r.code) for r in helped.rejections}
        assert where == {
            ("สมาชิก", 3, RejectCode.NOT_A_NUMBER),
            ("ผลตัวชี้วัด", 5, RejectCode.UNKNOWN_CHOICE),
            ("ผลตัวชี้วัด", 40, RejectCode.FORMULA),
            ("ประวัติระดับการพัฒนา", 4, RejectCode.UNKNOWN_CHOICE),
        }
        # The helper's progress reaches the clerk: the same bytes in all, never backwards.
        assert done[ALWAYS][-1] == done[NEVER][-1] > 0
        assert done[ALWAYS] == sorted(done[ALWAYS])
        summary = apply_plan(office_db.session_factory, helped, user_name="ทดสอบ")
        assert summary.added == 197  # three households have a rejected row
    finally:
        alone.close()
        helped.close()


@pytest.fixture
def other_import() -> Iterator[list[Path]]:
    """Another import on the machine (another clerk's app, another test run): its staging
    file sits in the shared temporary folder until well after this test has ended."""
    others: list[Path] = []
    yield others
    for other in others:
        other.unlink()


def test_another_import_on_the_machine_does_not_disturb_the_checks(
    demo_db, demo_book, other_import, leaves_nothing
) -> None:
    def progress(_done: int, _total: int) -> None:
        if not other_import:
            handle, name = tempfile.mkstemp(prefix="district-desk-import-", dir=SHARED_TEMP)
            os.close(handle)
            other_import.append(Path(name))

    plan = plan_import(
        demo_db.session_factory, demo_book, helper_from_bytes=ALWAYS, progress=progress
    )
    plan.close()
    assert other_import  # the other import really ran meanwhile


def test_a_refusal_in_the_helpers_sheet_is_the_same_refusal(
    demo_db, demo_book, tmp_path, leaves_nothing
) -> None:
    def drop(book) -> None:  # type: ignore[no-untyped-def]
        sheet = book[SHEET_BY_NAME["indicator_results"].title_th]
        sheet.delete_cols(column_of(sheet, "status"))

    book = edit(demo_book, tmp_path / "x.xlsx", drop)
    with pytest.raises(WorkbookRefused) as refused:
        plan_import(demo_db.session_factory, book, helper_from_bytes=ALWAYS)
    assert refused.value.code is RefusalCode.MISSING_COLUMN
    assert refused.value.params["sheet"] == "ผลตัวชี้วัด"
    assert "ผลตัวชี้วัด" in refused.value.message_th


def test_cancelling_while_the_helper_reads_stops_it(demo_db, demo_book, leaves_nothing) -> None:
    def cancelled() -> bool:  # the clerk cancels once the helper runs
        return len(multiprocessing.active_children()) == 1

    with pytest.raises(ImportCancelled):
        plan_import(
            demo_db.session_factory, demo_book, helper_from_bytes=ALWAYS, cancelled=cancelled
        )


def test_a_helper_that_dies_stops_the_import(demo_db, demo_book, leaves_nothing) -> None:
    def progress(_done: int, _total: int) -> None:
        for helper in multiprocessing.active_children():
            helper.kill()

    with pytest.raises(RuntimeError, match="reading helper stopped"):
        plan_import(demo_db.session_factory, demo_book, helper_from_bytes=ALWAYS, progress=progress)


def test_any_other_error_of_the_helper_reaches_the_import_as_itself(tmp_path) -> None:
    ours, theirs = multiprocessing.Pipe()
    lookups = Lookups({}, {}, [], dt.date(2025, 6, 1))
    read_in_helper(theirs, tmp_path / "book.xlsx", tmp_path, lookups)  # a folder: no database
    kind, error = ours.recv()
    assert kind == "failed" and isinstance(error, sqlite3.OperationalError)


def test_with_two_problems_the_helper_refuses_for_the_one_a_single_process_finds(
    demo_db, demo_book, tmp_path, leaves_nothing
) -> None:
    def drop(book) -> None:  # type: ignore[no-untyped-def]
        for name, key in (("income", "survey_year"), ("indicator_results", "status")):
            sheet = book[SHEET_BY_NAME[name].title_th]
            sheet.delete_cols(column_of(sheet, key))

    def progress(_done: int, _total: int) -> None:  # this process reads slowly: the
        if multiprocessing.active_children():  # helper finds its problem first
            time.sleep(0.5)

    book = edit(demo_book, tmp_path / "x.xlsx", drop)
    found = {}
    for threshold in (NEVER, ALWAYS):
        with pytest.raises(WorkbookRefused) as refused:
            plan_import(
                demo_db.session_factory, book, helper_from_bytes=threshold, progress=progress
            )
        found[threshold] = (refused.value.code, refused.value.params)
    assert found[ALWAYS] == found[NEVER]
    assert found[ALWAYS][1]["sheet"] == SHEET_BY_NAME["income"].title_th


def test_an_os_error_of_the_helper_is_not_mistaken_for_its_death() -> None:
    from desktop.services.exchange.reading.helper import ReadHelper
    from desktop.services.exchange.reading.staging import Staging

    ours, theirs = multiprocessing.Pipe()
    helper = ReadHelper.__new__(ReadHelper)  # its pipe end only: the message is the point
    helper._connection, helper._report, helper._done, helper._failure = ours, None, False, None
    theirs.send(("failed", PermissionError(13, "Permission denied")))  # as read_in_helper
    staging = Staging()
    try:
        with pytest.raises(PermissionError):
            helper.finish(staging)
    finally:
        staging.close()
        ours.close()
        theirs.close()


def test_the_helper_process_starts_without_sqlalchemy_or_qt() -> None:
    """The helper is spawned: it imports its module and every package above it afresh, so a
    package __init__ that re-exported a database use case would make each import pay for
    SQLAlchemy (and a Qt import would be worse). The spawned interpreter's own modules:"""
    heavy = "sqlalchemy", "PySide6", "shiboken6", "openpyxl", "xlsxwriter"
    probe = (
        "import sys\n"
        "import desktop.services.exchange.reading.helper\n"
        f"print(sorted({{name.split('.')[0] for name in sys.modules}} & {set(heavy)!r}))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.strip() == "[]"
