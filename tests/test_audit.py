"""The audit screen's service on a demo office after writes by two users.

The truth is the change_log table read with bare sqlite3 and filtered in plain Python
(local days from a fixed UTC+7 clock), never through the service's own SQL.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from db.database import OfficeDatabase
from desktop.services.assistance import AssistanceService
from desktop.services.households.form import HouseholdFormService
from desktop.services.projects import AssistanceDraft, ProjectService
from desktop.services.safety import AuditEntry, AuditFilter, AuditService, UserService
from desktop.services.safety.audit import EXPORT_HEADERS

FIRST = "สมศรี ใจดี"
CLERK = "ประยุทธ มั่นคง"
OFFICE_CLOCK = dt.timezone(dt.timedelta(hours=7))
FORMULA = "=SUM(A1:A2)"
TODAY = dt.date(2025, 9, 30)
START = dt.datetime(2025, 3, 9, 12, 0)  # UTC; rows are spread from here, 5h 13m apart


@dataclass(frozen=True)
class Logged:
    id: int
    at: dt.datetime  # naive UTC
    user_name: str
    table_name: str
    record_id: int
    field: str
    old_value: str | None
    new_value: str | None

    @property
    def local_day(self) -> dt.date:
        return self.at.replace(tzinfo=dt.UTC).astimezone(OFFICE_CLOCK).date()


@dataclass(frozen=True)
class Scene:
    household: int  # edited by both users, helped by the clerk
    formula_household: int  # its notes became FORMULA
    project: int


def query(database: OfficeDatabase, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def truth(database: OfficeDatabase) -> list[Logged]:
    rows = query(
        database,
        "SELECT id, at, user_name, table_name, record_id, field, old_value, new_value"
        " FROM change_log",
    )
    return [
        Logged(i, dt.datetime.fromisoformat(at), user, table, record, field, old, new)
        for i, at, user, table, record, field, old, new in rows
    ]


def newest_first(rows: list[Logged]) -> list[int]:
    return [row.id for row in sorted(rows, key=lambda row: (row.at, row.id), reverse=True)]


@pytest.fixture
def scene(demo_db: OfficeDatabase) -> Scene:
    factory = demo_db.session_factory
    UserService(factory).add_user(CLERK, "clerk", None, by=FIRST)
    household, formula_household = (
        row[0] for row in query(demo_db, "SELECT id FROM households ORDER BY id LIMIT 2")
    )
    form = HouseholdFormService(factory)
    draft = form.load(household)
    draft.notes = "ตรวจเยี่ยมแล้ว"
    form.save(draft, user_name=FIRST, today=TODAY)
    draft = form.load(household)
    draft.members[0].first_name = "ชื่อแก้ไข"
    form.save(draft, user_name=CLERK, today=TODAY)
    draft = form.load(formula_household)
    draft.notes = FORMULA
    form.save(draft, user_name=CLERK, today=TODAY)
    more = query(demo_db, "SELECT id FROM households ORDER BY id LIMIT 10 OFFSET 2")
    for n, (other,) in enumerate(more):  # a few more edits, the two users taking turns
        draft = form.load(other)
        draft.notes = f"บันทึกที่ {n}"
        form.save(draft, user_name=(FIRST, CLERK)[n % 2], today=TODAY)
    agency = query(demo_db, "SELECT min(id) FROM agencies")[0][0]
    AssistanceService(factory).record(
        [household, formula_household],
        AssistanceDraft(given_on=dt.date(2025, 3, 1), agency_id=agency, kind="training"),
        CLERK,
        today=TODAY,
    )
    projects = ProjectService(factory)
    project = query(demo_db, "SELECT min(id) FROM projects")[0][0]
    draft_project = projects.load(project)
    draft_project.name = "โครงการที่ตรวจสอบ"
    projects.save(draft_project, FIRST)
    connection = sqlite3.connect(demo_db.path)  # spread the rows over several days
    ids = [row[0] for row in connection.execute("SELECT id FROM change_log ORDER BY id")]
    for n, row_id in enumerate(ids):
        at = START + n * dt.timedelta(hours=5, minutes=13)
        connection.execute(
            "UPDATE change_log SET at = ? WHERE id = ?", (at.isoformat(" ", "microseconds"), row_id)
        )
    connection.commit()
    connection.close()
    return Scene(household, formula_household, project)


@pytest.fixture
def audit(demo_db: OfficeDatabase) -> AuditService:
    return AuditService(demo_db.session_factory, tz=OFFICE_CLOCK)


def test_filters_agree_with_the_table(
    demo_db: OfficeDatabase, scene: Scene, audit: AuditService
) -> None:
    rows = truth(demo_db)
    days = sorted({row.local_day for row in rows})
    assert len(days) >= 3 and {row.user_name for row in rows} >= {FIRST, CLERK}
    middle = days[len(days) // 2]
    member = next(row for row in rows if row.table_name == "members")
    cases: list[tuple[AuditFilter, list[Logged]]] = [
        (AuditFilter(), rows),
        (AuditFilter(user_name=CLERK), [r for r in rows if r.user_name == CLERK]),
        (AuditFilter(user_name=FIRST), [r for r in rows if r.user_name == FIRST]),
        (AuditFilter(since=middle), [r for r in rows if r.local_day >= middle]),
        (AuditFilter(until=middle), [r for r in rows if r.local_day <= middle]),
        (AuditFilter(since=middle, until=middle), [r for r in rows if r.local_day == middle]),
        (
            AuditFilter(user_name=CLERK, since=days[1]),
            [r for r in rows if r.user_name == CLERK and r.local_day >= days[1]],
        ),
        (AuditFilter(table_name="households"), [r for r in rows if r.table_name == "households"]),
        (
            AuditFilter(table_name="members", record_id=member.record_id),
            [r for r in rows if (r.table_name, r.record_id) == ("members", member.record_id)],
        ),
        (
            AuditFilter(search="ตรวจเยี่ยม"),
            [r for r in rows if "ตรวจเยี่ยม" in f"{r.field}{r.old_value}{r.new_value}"],
        ),
        (AuditFilter(search="50%_"), []),  # wildcards are plain characters
    ]
    for audit_filter, expected in cases:
        found = audit.entries(audit_filter, limit=None)
        assert [entry.id for entry in found] == newest_first(expected), audit_filter
        assert audit.count(audit_filter) == len(expected), audit_filter
    assert audit.entries(AuditFilter(search="ตรวจเยี่ยม"), limit=None)  # the search finds


def test_pages_make_up_the_whole_list(scene: Scene, audit: AuditService) -> None:
    whole = [entry.id for entry in audit.entries(AuditFilter(), limit=None)]
    pages: list[int] = []
    for offset in range(0, len(whole), 4):
        pages += [entry.id for entry in audit.entries(AuditFilter(), limit=4, offset=offset)]
    assert pages == whole and len(whole) > 12


def test_the_users_in_the_log(demo_db: OfficeDatabase, scene: Scene, audit: AuditService) -> None:
    names = {row.user_name for row in truth(demo_db) if row.user_name}
    assert set(audit.users_in_log()) == names >= {FIRST, CLERK}
    assert len(audit.users_in_log()) == len(names)


def test_entries_describe_their_records(
    demo_db: OfficeDatabase, scene: Scene, audit: AuditService
) -> None:
    keys = dict(query(demo_db, "SELECT id, key FROM households"))
    members = {
        member: (first, household)
        for member, first, household in query(
            demo_db, "SELECT id, first_name, household_id FROM members"
        )
    }
    assistance = dict(query(demo_db, "SELECT id, household_id FROM assistance"))
    entries = audit.entries(AuditFilter(), limit=None)
    seen = set()
    for entry in entries:
        if entry.table_name == "households":
            assert keys[entry.record_id] in entry.description
        elif entry.table_name == "members" and entry.record_id in members:
            first, household = members[entry.record_id]
            assert first in entry.description and keys[household] in entry.description
        elif entry.table_name == "assistance":
            assert keys[assistance[entry.record_id]] in entry.description
        elif entry.table_name == "projects":
            assert "โครงการที่ตรวจสอบ" in entry.description
        elif entry.table_name == "users":
            assert CLERK in entry.description
        else:
            continue
        seen.add(entry.table_name)
        assert entry.table_th and entry.action_th and entry.table_en and entry.action_en
    assert seen == {"households", "members", "assistance", "projects", "users"}


def test_a_household_history_holds_its_members_and_assistance(
    demo_db: OfficeDatabase, scene: Scene, audit: AuditService
) -> None:
    parts = {
        "households": {scene.household},
        "members": {
            row[0]
            for row in query(
                demo_db, "SELECT id FROM members WHERE household_id = ?", (scene.household,)
            )
        },
        "assistance": {
            row[0]
            for row in query(
                demo_db, "SELECT id FROM assistance WHERE household_id = ?", (scene.household,)
            )
        },
    }
    expected = [
        row
        for row in truth(demo_db)
        if row.record_id in parts.get(row.table_name, set())
        or (
            row.table_name in ("income_lines", "indicator_results", "stage_assessments")
            and f'"household_id": "{scene.household}"' in f"{row.old_value}{row.new_value}"
        )
    ]
    history = audit.record_history("households", scene.household)
    assert [entry.id for entry in history] == newest_first(expected)
    assert {entry.table_name for entry in history} >= {"households", "members", "assistance"}
    project = audit.record_history("projects", scene.project)
    assert project and all(entry.table_name == "projects" for entry in project)  # only renamed


def exported_rows(path: Path) -> tuple[list[object], list[list[object]], list[str]]:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    types = [cell.data_type for row in sheet.iter_rows() for cell in row]
    return values[0], values[1:], types


def expected_row(entry: AuditEntry, at: dt.datetime) -> list[object]:
    local = at.replace(tzinfo=dt.UTC).astimezone(OFFICE_CLOCK)
    when = f"{local.day:02d}/{local.month:02d}/{local.year + 543} {local:%H:%M:%S}"
    return [
        when,
        entry.user_name,
        entry.action_th,
        entry.table_th,
        entry.record_id,
        entry.description or None,
        entry.field or None,
        entry.old_value or None,
        entry.new_value or None,
    ]


def test_the_export_holds_the_same_rows_as_text(
    demo_db: OfficeDatabase, scene: Scene, audit: AuditService, tmp_path: Path
) -> None:
    times = {row.id: row.at for row in truth(demo_db)}
    for audit_filter in (AuditFilter(), AuditFilter(user_name=CLERK, search="=")):
        out = tmp_path / "exports" / "audit.xlsx"
        out.parent.mkdir(exist_ok=True)
        written = audit.export_audit(audit_filter, out)
        entries = audit.entries(audit_filter, limit=None)
        headers, rows, types = exported_rows(out)
        assert headers == list(EXPORT_HEADERS)
        assert written == len(rows) == len(entries) == audit.count(audit_filter) > 0
        assert rows == [expected_row(entry, times[entry.id]) for entry in entries]
        assert "f" not in types  # not one formula
        assert FORMULA in [row[8] for row in rows]  # the notes that look like a formula
        assert [path.name for path in out.parent.iterdir()] == ["audit.xlsx"]  # no .part


def test_a_failed_export_leaves_nothing(scene: Scene, audit: AuditService, tmp_path: Path) -> None:
    out = tmp_path / "exports" / "audit.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"the earlier export")

    def stop(done: int, total: int) -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        audit.export_audit(AuditFilter(), out, progress=stop)
    assert out.read_bytes() == b"the earlier export"
    assert [path.name for path in out.parent.iterdir()] == ["audit.xlsx"]
