"""Supervisor period locks on a demo office: what a lock holds, what stays open, unlocking.

Which households, projects and assistance lie where is read with bare SQL; every refused
write is checked to have left the database exactly as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from db.database import OfficeDatabase
from desktop.services.assistance import AssistanceService
from desktop.services.exchange.export import export_workbook
from desktop.services.exchange.import_ import apply_plan, plan_import
from desktop.services.exchange.layout import SHEET_BY_NAME
from desktop.services.households.form import HouseholdFormService
from desktop.services.projects import AreaDraft, AssistanceDraft, ProjectService
from desktop.services.safety import LockRejected, PeriodLockService, UserService
from desktop.services.safety.period_locks import (
    LockProblem,
    NotAllowed,
    RecordLocked,
    lock_for_assistance,
    lock_for_household,
    lock_for_project,
)
from desktop.services.thai import fiscal_year_bounds

SUPERVISOR = "สมศรี ใจดี"  # the office's first user (conftest)
CLERK = "ประยุทธ มั่นคง"
REASON = "ส่งข้อมูลให้จังหวัดแล้ว"
TABLES = (
    "households", "members", "income_lines", "indicator_results", "stage_assessments",
    "assistance", "projects", "project_areas", "project_indicators", "progress_reports",
    "change_log", "period_locks",
)  # fmt: skip


def query(database: OfficeDatabase, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def one(database: OfficeDatabase, sql: str, params: tuple[object, ...] = ()) -> object:
    ((value,),) = query(database, sql, params)
    return value


def state(database: OfficeDatabase) -> dict[str, object]:
    """Row counts, the change log's last id and the texts the tests edit."""
    found: dict[str, object] = {
        table: one(database, f"SELECT count(*) FROM {table}") for table in TABLES
    }
    found["last_log"] = one(database, "SELECT max(id) FROM change_log")
    found["notes"] = query(database, "SELECT id, notes, village_code FROM households ORDER BY id")
    found["projects"] = query(database, "SELECT id, name, fiscal_year FROM projects ORDER BY id")
    found["assistance_rows"] = query(database, "SELECT * FROM assistance ORDER BY id")
    return found


@dataclass(frozen=True)
class World:
    year: int  # the fiscal year locked
    locked: str  # subdistrict S
    other: str  # subdistrict T
    household: int  # in S
    other_household: int  # in T
    locked_village: str  # a village of S
    agency: int
    in_year: dt.date  # a day of the locked fiscal year
    year_before: dt.date  # a day of the fiscal year before it
    today: dt.date


@pytest.fixture
def world(demo_db: OfficeDatabase) -> World:
    year = int(one(demo_db, "SELECT max(fiscal_year) FROM projects"))  # type: ignore[arg-type]
    by_size = query(
        demo_db,
        "SELECT substr(village_code, 1, 6), min(id), min(village_code) FROM households"
        " GROUP BY 1 ORDER BY count(*) DESC, 1",
    )
    (locked, household, village), (other, other_household, _) = by_size[0], by_size[1]
    start, end = fiscal_year_bounds(year)
    return World(
        year=year,
        locked=locked,
        other=other,
        household=household,
        other_household=other_household,
        locked_village=village,
        agency=int(one(demo_db, "SELECT min(id) FROM agencies")),  # type: ignore[arg-type]
        in_year=start + dt.timedelta(days=45),
        year_before=fiscal_year_bounds(year - 1)[0] + dt.timedelta(days=45),
        today=end,
    )


@pytest.fixture
def locks(demo_db: OfficeDatabase) -> PeriodLockService:
    UserService(demo_db.session_factory).add_user(CLERK, "clerk", None, by=SUPERVISOR)
    return PeriodLockService(demo_db.session_factory)


@pytest.fixture
def households(demo_db: OfficeDatabase) -> HouseholdFormService:
    return HouseholdFormService(demo_db.session_factory)


@pytest.fixture
def assistance(demo_db: OfficeDatabase) -> AssistanceService:
    return AssistanceService(demo_db.session_factory)


@pytest.fixture
def projects(demo_db: OfficeDatabase) -> ProjectService:
    return ProjectService(demo_db.session_factory)


def give(world: World, on: dt.date, note: str = "") -> AssistanceDraft:
    return AssistanceDraft(
        given_on=on, agency_id=world.agency, kind="training", value_satang=10_000, note=note
    )


def new_project(
    service: ProjectService, world: World, year: int, subdistrict: str, name: str
) -> int:
    draft = service.new_draft(year)
    draft.agency_id, draft.name = world.agency, name
    draft.areas = [AreaDraft(subdistrict)]
    return service.save(draft, SUPERVISOR)


def rename(service: ProjectService, project_id: int, name: str, year: int | None = None) -> None:
    draft = service.load(project_id)
    draft.name = name
    if year is not None:
        draft.fiscal_year = year
    service.save(draft, CLERK)


def edit_notes(service: HouseholdFormService, household_id: int, notes: str, world: World) -> None:
    draft = service.load(household_id)
    draft.notes = notes
    service.save(draft, user_name=CLERK, today=world.today)


def last_id(database: OfficeDatabase, table: str) -> int:
    return int(one(database, f"SELECT max(id) FROM {table}"))  # type: ignore[arg-type]


# Who may lock -------------------------------------------------------------------------


def test_a_clerk_cannot_lock_and_nothing_is_written(
    demo_db: OfficeDatabase, world: World, locks: PeriodLockService
) -> None:
    before = state(demo_db)
    for who in (CLERK, "ไม่มีคนนี้"):
        with pytest.raises(NotAllowed) as refused:
            locks.lock(world.year, world.locked, REASON, who)
        assert "หัวหน้า" in refused.value.message_th
        assert "supervisor" in refused.value.message_en
    assert state(demo_db) == before
    assert locks.active_locks() == []


def test_lock_requests_are_checked(world: World, locks: PeriodLockService) -> None:
    cases = [
        ((world.year, world.locked, "   "), LockProblem.EMPTY_REASON),
        ((world.year, "999999", REASON), LockProblem.UNKNOWN_SUBDISTRICT),
        ((1999, world.locked, REASON), LockProblem.FISCAL_YEAR_RANGE),
    ]
    for (year, subdistrict, reason), code in cases:
        with pytest.raises(LockRejected) as refused:
            locks.lock(year, subdistrict, reason, SUPERVISOR)
        assert refused.value.code is code and refused.value.message_th
    locks.lock(world.year, world.locked, REASON, SUPERVISOR)
    with pytest.raises(LockRejected) as refused:
        locks.lock(world.year, world.locked, "อีกครั้ง", SUPERVISOR)
    assert refused.value.code is LockProblem.ALREADY_LOCKED
    assert len(locks.active_locks()) == 1


# Households ---------------------------------------------------------------------------


def test_a_subdistrict_lock_holds_its_households_whole(
    demo_db: OfficeDatabase,
    world: World,
    locks: PeriodLockService,
    households: HouseholdFormService,
) -> None:
    made = locks.lock(world.year, world.locked, REASON, SUPERVISOR, export_file="ส่ง.xlsx")
    assert (made.locked_by, made.reason, made.export_file) == (SUPERVISOR, REASON, "ส่ง.xlsx")
    before = state(demo_db)

    with pytest.raises(RecordLocked) as refused:
        edit_notes(households, world.household, "แก้หลังส่ง", world)
    message = refused.value.message_th
    assert REASON in message and SUPERVISOR in message and str(world.year) in message
    assert REASON in refused.value.message_en and SUPERVISOR in refused.value.message_en
    assert refused.value.lock.id == made.id
    with pytest.raises(RecordLocked):
        households.delete(world.household, user_name=CLERK)
    moving = households.load(world.other_household)  # into a village of the locked area
    moving.subdistrict_code, moving.village_code = world.locked, world.locked_village
    with pytest.raises(RecordLocked):
        households.save(moving, user_name=CLERK, today=world.today)
    assert state(demo_db) == before  # nothing written by any of them

    edit_notes(households, world.other_household, "แก้ได้", world)  # another subdistrict
    assert one(demo_db, "SELECT notes FROM households WHERE id = ?", (world.other_household,)) == (
        "แก้ได้"
    )


# Assistance ---------------------------------------------------------------------------


def test_assistance_of_the_locked_year_is_held_other_years_are_not(
    demo_db: OfficeDatabase,
    world: World,
    locks: PeriodLockService,
    assistance: AssistanceService,
) -> None:
    assistance.record([world.household], give(world, world.in_year), SUPERVISOR, today=world.today)
    in_year = last_id(demo_db, "assistance")
    assistance.record(
        [world.household], give(world, world.year_before), SUPERVISOR, today=world.today
    )
    year_before = last_id(demo_db, "assistance")
    locks.lock(world.year, world.locked, REASON, SUPERVISOR)
    before = state(demo_db)

    attempts = [
        lambda: assistance.record(
            [world.household], give(world, world.in_year), CLERK, today=world.today
        ),
        lambda: assistance.record(  # one held household refuses the whole list
            [world.other_household, world.household],
            give(world, world.in_year),
            CLERK,
            today=world.today,
        ),
        lambda: assistance.update(in_year, give(world, world.in_year, "แก้"), CLERK),
        lambda: assistance.update(in_year, give(world, world.year_before), CLERK),  # out of Y
        lambda: assistance.update(year_before, give(world, world.in_year), CLERK),  # into Y
        lambda: assistance.delete(in_year, CLERK),
    ]
    for attempt in attempts:
        with pytest.raises(RecordLocked):
            attempt()
    assert state(demo_db) == before

    assistance.record([world.household], give(world, world.year_before), CLERK, today=world.today)
    assistance.record([world.other_household], give(world, world.in_year), CLERK, today=world.today)
    assistance.update(year_before, give(world, world.year_before, "แก้ปีก่อน"), CLERK)
    assert one(demo_db, "SELECT note FROM assistance WHERE id = ?", (year_before,)) == "แก้ปีก่อน"
    assert one(demo_db, "SELECT count(*) FROM assistance") == before["assistance"] + 2  # type: ignore[operator]

    with demo_db.session_factory() as session:  # the in-session checks say the same
        assert lock_for_household(session, world.household) is not None
        assert lock_for_household(session, world.household, world.year_before) is None
        assert lock_for_assistance(session, world.household, world.in_year) is not None
        assert lock_for_assistance(session, world.other_household, world.in_year) is None


# Projects -----------------------------------------------------------------------------


def test_projects_of_the_locked_year_working_or_helping_there_are_held(
    demo_db: OfficeDatabase,
    world: World,
    locks: PeriodLockService,
    projects: ProjectService,
    assistance: AssistanceService,
) -> None:
    working_there = int(
        one(  # type: ignore[arg-type]
            demo_db,
            "SELECT min(p.id) FROM projects p JOIN project_areas a ON a.project_id = p.id"
            " WHERE p.fiscal_year = ? AND a.subdistrict_code = ?",
            (world.year, world.locked),
        )
    )
    elsewhere = new_project(projects, world, world.year, world.other, "ที่อื่น")
    helping = new_project(projects, world, world.year, world.other, "ช่วยครัวเรือนในตำบล")
    draft = dataclasses.replace(give(world, world.year_before), project_id=helping)
    assistance.record([world.household], draft, SUPERVISOR, today=world.today)
    year_before = new_project(projects, world, world.year - 1, world.locked, "ปีก่อน")
    locks.lock(world.year, world.locked, REASON, SUPERVISOR)
    before = state(demo_db)

    for attempt in (
        lambda: rename(projects, working_there, "เปลี่ยนชื่อ"),
        lambda: projects.delete(working_there, CLERK),
        lambda: rename(projects, helping, "เปลี่ยนชื่อ"),  # no area there, but helped there
        lambda: rename(projects, year_before, "ย้ายปี", year=world.year),  # into the held year
        lambda: new_project(projects, world, world.year, world.locked, "ใหม่ในตำบล"),
    ):
        with pytest.raises(RecordLocked):
            attempt()
    assert state(demo_db) == before

    rename(projects, elsewhere, "ที่อื่น แก้ได้")
    rename(projects, year_before, "ปีก่อน แก้ได้")
    new_project(projects, world, world.year, world.other, "ใหม่ที่อื่น")
    names = {name for _, name, _ in query(demo_db, "SELECT id, name, fiscal_year FROM projects")}
    assert {"ที่อื่น แก้ได้", "ปีก่อน แก้ได้", "ใหม่ที่อื่น"} <= names
    with demo_db.session_factory() as session:
        assert lock_for_project(session, working_there) is not None
        assert lock_for_project(session, elsewhere) is None


def test_a_district_wide_lock_holds_every_area_of_its_year(
    demo_db: OfficeDatabase,
    world: World,
    locks: PeriodLockService,
    households: HouseholdFormService,
    assistance: AssistanceService,
    projects: ProjectService,
) -> None:
    elsewhere = new_project(projects, world, world.year, world.other, "ที่อื่น")
    year_before = new_project(projects, world, world.year - 1, world.other, "ปีก่อน")
    made = locks.lock(world.year, None, REASON, SUPERVISOR)
    assert made.subdistrict_code is None and made.area_th == "ทั้งอำเภอ"
    before = state(demo_db)
    for attempt in (
        lambda: edit_notes(households, world.other_household, "แก้", world),
        lambda: assistance.record(
            [world.other_household], give(world, world.in_year), CLERK, today=world.today
        ),
        lambda: rename(projects, elsewhere, "แก้"),
    ):
        with pytest.raises(RecordLocked) as refused:
            attempt()
        assert "ทั้งอำเภอ" in refused.value.message_th
    assert state(demo_db) == before
    rename(projects, year_before, "ปีก่อน แก้ได้")
    assistance.record(
        [world.other_household], give(world, world.year_before), CLERK, today=world.today
    )
    assert one(demo_db, "SELECT count(*) FROM assistance") == before["assistance"] + 1  # type: ignore[operator]


# Unlocking ----------------------------------------------------------------------------


def test_unlocking_opens_the_records_again(
    demo_db: OfficeDatabase,
    world: World,
    locks: PeriodLockService,
    households: HouseholdFormService,
    assistance: AssistanceService,
) -> None:
    made = locks.lock(world.year, world.locked, REASON, SUPERVISOR)
    with pytest.raises(RecordLocked):
        edit_notes(households, world.household, "ก่อนปลด", world)
    with pytest.raises(NotAllowed):
        locks.unlock(made.id, CLERK, "ขอแก้")
    assert [lock.id for lock in locks.active_locks()] == [made.id]

    ended = locks.unlock(made.id, SUPERVISOR, "จังหวัดตรวจแล้ว")
    assert (ended.unlocked_by, ended.unlock_reason, ended.active) == (
        SUPERVISOR, "จังหวัดตรวจแล้ว", False,
    )  # fmt: skip
    assert locks.active_locks() == []
    assert [lock.id for lock in locks.all_locks()] == [made.id]
    edit_notes(households, world.household, "หลังปลด", world)
    assistance.record([world.household], give(world, world.in_year), CLERK, today=world.today)
    assert one(demo_db, "SELECT notes FROM households WHERE id = ?", (world.household,)) == (
        "หลังปลด"
    )
    with pytest.raises(LockRejected) as refused:
        locks.unlock(made.id, SUPERVISOR, "อีกครั้ง")
    assert refused.value.code is LockProblem.ALREADY_UNLOCKED
    logged = query(
        demo_db,
        "SELECT user_name, action, field FROM change_log WHERE table_name = 'period_locks'"
        " AND record_id = ? ORDER BY id",
        (made.id,),
    )
    assert [(who, action) for who, action, _ in logged] == [(SUPERVISOR, "insert")] + [
        (SUPERVISOR, "update")
    ] * 3
    assert {field for *_, field in logged[1:]} == {"unlocked_at", "unlocked_by", "unlock_reason"}


# Import -------------------------------------------------------------------------------


def test_an_import_touching_a_locked_household_is_refused_at_apply(
    demo_db: OfficeDatabase, world: World, locks: PeriodLockService, tmp_path: Path
) -> None:
    book_path = tmp_path / "export.xlsx"
    export_workbook(demo_db.session_factory, book_path, exported_on=dt.date(2025, 6, 1))
    book = openpyxl.load_workbook(book_path)
    sheet = book[SHEET_BY_NAME["members"].title_th]
    keys = [cell.value for cell in sheet[1]]
    key = sheet.cell(3, keys.index("household_key") + 1).value
    sheet.cell(3, keys.index("first_name") + 1).value = "ชื่อใหม่ทดสอบ"
    book.save(tmp_path / "edited.xlsx")
    area = one(demo_db, "SELECT substr(village_code, 1, 6) FROM households WHERE key = ?", (key,))
    other = next(code for code in (world.locked, world.other) if code != area)

    made = locks.lock(world.year, str(area), REASON, SUPERVISOR)
    with plan_import(demo_db.session_factory, tmp_path / "edited.xlsx") as plan:
        assert [update.key for update in plan.updates] == [key]  # the dry run still plans
        before = state(demo_db)
        with pytest.raises(RecordLocked) as refused:
            apply_plan(demo_db.session_factory, plan, user_name=CLERK)
        assert REASON in refused.value.message_th
        assert state(demo_db) == before
        locks.unlock(made.id, SUPERVISOR, "แก้ตามจังหวัด")
        locks.lock(world.year, other, REASON, SUPERVISOR)  # elsewhere: no matter
        summary = apply_plan(demo_db.session_factory, plan, user_name=CLERK)
    assert summary.updated == 1
    assert one(demo_db, "SELECT count(*) FROM members WHERE first_name = 'ชื่อใหม่ทดสอบ'") == 1
