"""The agency service against real office databases (a fresh one and the demo office)."""

import json

import pytest
from sqlalchemy import func, select, text, update

from db.database import OfficeDatabase
from db.models import Agency, ChangeLog, CodeItem
from desktop.services.projects import (
    AgencyDraft,
    AgencyService,
    RecordNotFound,
    RecordProblem,
    RecordProblemCode,
    RecordRejected,
)
from desktop.services.thai import sort_thai

CLERK = "สมศรี ใจดี"
Code = RecordProblemCode


@pytest.fixture
def service(office_db: OfficeDatabase) -> AgencyService:
    return AgencyService(office_db.session_factory)


def _draft(**changes: object) -> AgencyDraft:
    values: dict[str, object] = {
        "code": "AG-0001",
        "name": "สำนักงานพัฒนาชุมชนอำเภอเมืองเพชรบูรณ์",
        "kind": "central",
        "contact": "0 5671 1234",
    }
    values.update(changes)
    return AgencyDraft(**values)  # type: ignore[arg-type]


def _count(database: OfficeDatabase, model: type) -> int:
    with database.session_factory() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _log(database: OfficeDatabase, table: str) -> list[ChangeLog]:
    with database.session_factory() as session:
        return list(
            session.scalars(
                select(ChangeLog).where(ChangeLog.table_name == table).order_by(ChangeLog.id)
            )
        )


def test_save_strips_text_and_load_returns_it(
    office_db: OfficeDatabase, service: AgencyService
) -> None:
    draft = _draft(code="  AG-0001 ", name="  สำนักงานเกษตรอำเภอ ", contact=" 0 5671 2345 ")
    agency_id = service.save(draft, CLERK)
    assert draft.id == agency_id
    loaded = service.load(agency_id)
    assert loaded == AgencyDraft(
        agency_id, "AG-0001", "สำนักงานเกษตรอำเภอ", "central", "0 5671 2345"
    )
    [entry] = _log(office_db, "agencies")
    assert (entry.action, entry.record_id, entry.user_name) == ("insert", agency_id, CLERK)
    assert json.loads(entry.new_value or "")["name"] == "สำนักงานเกษตรอำเภอ"


def test_update_logs_each_changed_field(office_db: OfficeDatabase, service: AgencyService) -> None:
    agency_id = service.save(_draft(), CLERK)
    draft = service.load(agency_id)
    draft.name, draft.kind = "ศูนย์การเรียนรู้ชุมชน", "community"
    assert service.save(draft, "ผู้แก้ไข") == agency_id
    assert service.load(agency_id) == draft
    updates = [e for e in _log(office_db, "agencies") if e.action == "update"]
    assert {(e.field, e.old_value, e.new_value, e.user_name) for e in updates} == {
        ("name", "สำนักงานพัฒนาชุมชนอำเภอเมืองเพชรบูรณ์", "ศูนย์การเรียนรู้ชุมชน", "ผู้แก้ไข"),
        ("kind", "central", "community", "ผู้แก้ไข"),
    }
    assert _count(office_db, Agency) == 1


def test_save_calls_before_write(office_db: OfficeDatabase) -> None:
    calls: list[str] = []
    service = AgencyService(office_db.session_factory, before_write=lambda: calls.append("w"))
    agency_id = service.save(_draft(), CLERK)
    service.delete(agency_id, CLERK)
    assert calls == ["w", "w"]


def test_load_and_delete_of_a_missing_agency(service: AgencyService) -> None:
    with pytest.raises(RecordNotFound):
        service.load(999)
    with pytest.raises(RecordNotFound):
        service.delete(999, CLERK)
    with pytest.raises(RecordNotFound):
        service.save(_draft(id=999), CLERK)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": "   "}, RecordProblem(Code.REQUIRED, "name")),
        ({"code": " "}, RecordProblem(Code.REQUIRED, "code")),
        ({"code": "AG 01"}, RecordProblem(Code.BAD_CODE, "code")),
        ({"code": "หน่วย1"}, RecordProblem(Code.BAD_CODE, "code")),
        ({"code": "A" * 21}, RecordProblem(Code.TOO_LONG, "code", params={"limit": "20"})),
        ({"kind": "no_such_kind"}, RecordProblem(Code.UNKNOWN_CHOICE, "kind")),
        ({"name": "ก" * 201}, RecordProblem(Code.TOO_LONG, "name", params={"limit": "200"})),
        ({"contact": "1" * 201}, RecordProblem(Code.TOO_LONG, "contact", params={"limit": "200"})),
    ],
)
def test_check_finds_each_problem(
    service: AgencyService, changes: dict[str, object], expected: RecordProblem
) -> None:
    assert service.check(_draft()) == []
    assert service.check(_draft(**changes)) == [expected]


def test_limits_allow_the_longest_values(service: AgencyService) -> None:
    assert service.check(_draft(code="A" * 20, name="ก" * 200, contact="1" * 200)) == []
    assert service.check(_draft(code="ab_C-9", kind="")) == []


def test_codes_are_unique_whatever_the_case(service: AgencyService) -> None:
    first = service.save(_draft(code="AG-0001"), CLERK)
    duplicate = [RecordProblem(Code.DUPLICATE_CODE, "code")]
    assert service.check(_draft(code="ag-0001")) == duplicate
    assert service.check(_draft(code=" AG-0001")) == duplicate
    assert service.check(service.load(first)) == []  # its own code is no duplicate


def test_a_retired_kind_only_stays_where_it_was(
    office_db: OfficeDatabase, service: AgencyService
) -> None:
    kept = service.save(_draft(kind="private"), CLERK)
    other = service.save(_draft(code="AG-0002", kind="central"), CLERK)
    with office_db.session_factory.begin() as session:
        session.execute(
            update(CodeItem)
            .where(CodeItem.list_name == "agency_kind", CodeItem.code == "private")
            .values(retired=True)
        )
    assert service.check(service.load(kept)) == []
    retired = [RecordProblem(Code.RETIRED_CHOICE, "kind")]
    changed = service.load(other)
    changed.kind = "private"
    assert service.check(changed) == retired
    assert service.check(_draft(code="AG-0003", kind="private")) == retired


def test_a_rejected_save_writes_nothing(office_db: OfficeDatabase, service: AgencyService) -> None:
    agency_id = service.save(_draft(), CLERK)
    before = (_count(office_db, Agency), _count(office_db, ChangeLog))
    with pytest.raises(RecordRejected) as rejected:
        service.save(_draft(code="AG-0001", name=""), CLERK)
    assert {p.code for p in rejected.value.problems} == {Code.DUPLICATE_CODE, Code.REQUIRED}
    draft = service.load(agency_id)
    draft.code, draft.name = "bad code", "ชื่อใหม่"
    with pytest.raises(RecordRejected):
        service.save(draft, CLERK)
    assert (_count(office_db, Agency), _count(office_db, ChangeLog)) == before
    assert service.load(agency_id).name == _draft().name


def test_delete_of_an_unused_agency(office_db: OfficeDatabase, service: AgencyService) -> None:
    agency_id = service.save(_draft(), CLERK)
    service.delete(agency_id, "ผู้ลบ")
    assert _count(office_db, Agency) == 0
    deleted = [e for e in _log(office_db, "agencies") if e.action == "delete"]
    assert [(e.record_id, e.user_name) for e in deleted] == [(agency_id, "ผู้ลบ")]
    assert json.loads(deleted[0].old_value or "")["code"] == "AG-0001"


def test_delete_is_refused_while_projects_or_assistance_use_it(demo_db: OfficeDatabase) -> None:
    service = AgencyService(demo_db.session_factory)
    with demo_db.session_factory() as session:
        uses = dict(
            session.execute(
                text(
                    "SELECT a.id, (SELECT COUNT(*) FROM projects p WHERE p.agency_id = a.id)"
                    " + (SELECT COUNT(*) FROM assistance s WHERE s.agency_id = a.id)"
                    " FROM agencies a"
                )
            ).all()
        )
    used = {agency_id: n for agency_id, n in uses.items() if n}
    assert used
    before = (_count(demo_db, Agency), _count(demo_db, ChangeLog))
    for agency_id, n in used.items():
        with pytest.raises(RecordRejected) as rejected:
            service.delete(agency_id, CLERK)
        assert rejected.value.problems == [
            RecordProblem(Code.IN_USE, "id", params={"count": str(n)})
        ]
    assert (_count(demo_db, Agency), _count(demo_db, ChangeLog)) == before


def test_list_is_in_thai_order_with_kinds_and_counts(demo_db: OfficeDatabase) -> None:
    service = AgencyService(demo_db.session_factory)
    service.save(_draft(code="X-1", name="กองทุนหมู่บ้าน", kind=""), CLERK)
    rows = service.list_agencies()
    with demo_db.session_factory() as session:
        expected = {
            row.id: row
            for row in session.execute(
                text(
                    "SELECT a.id, a.code, a.name, a.kind, a.contact,"
                    " COALESCE(k.name_th, '') AS kind_th, COALESCE(k.name_en, '') AS kind_en,"
                    " (SELECT COUNT(*) FROM projects p WHERE p.agency_id = a.id) AS projects,"
                    " (SELECT COUNT(*) FROM assistance s WHERE s.agency_id = a.id) AS assistance"
                    " FROM agencies a LEFT JOIN code_items k"
                    " ON k.list_name = 'agency_kind' AND k.code = a.kind"
                )
            )
        }
    assert len(rows) == len(expected) > 1
    assert [row.name for row in rows] == sort_thai(row.name for row in expected.values())
    for row in rows:
        want = expected[row.id]
        assert (row.code, row.name, row.kind, row.contact) == (
            want.code,
            want.name,
            want.kind,
            want.contact,
        )
        assert (row.kind_th, row.kind_en) == (want.kind_th, want.kind_en)
        assert (row.projects, row.assistance) == (want.projects, want.assistance)
    assert any(row.projects and row.assistance for row in rows)
    blank = next(row for row in rows if row.code == "X-1")
    assert (blank.kind_th, blank.projects, blank.assistance) == ("", 0, 0)


def test_suggested_codes_follow_the_highest_number(service: AgencyService) -> None:
    assert service.suggest_code() == "AG-0001"
    service.save(_draft(code=service.suggest_code()), CLERK)
    assert service.suggest_code() == "AG-0002"
    service.save(_draft(code="ag-0041"), CLERK)
    service.save(_draft(code="OTHER-99"), CLERK)
    suggested = service.suggest_code()
    assert suggested == "AG-0042"
    assert service.check(_draft(code=suggested)) == []
