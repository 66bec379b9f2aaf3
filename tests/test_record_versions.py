"""Two clients on one database: a save over another clerk's newer one is refused, naming
who saved and when; a deleted household says so; period locks and the change log reach
across clients. Each client is its own engine and sessionmaker on the same file, as two
PCs are on a shared server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.database import OfficeDatabase
from db.engine import make_engine, make_session_factory
from db.models import ChangeLog, Household
from desktop.services.households import HouseholdDraft
from desktop.services.households.form import HouseholdFormService
from desktop.services.safety import (
    PeriodLockService,
    RecordChanged,
    RecordDeleted,
    RecordLocked,
)
from tests.household_examples import SUBDISTRICT, TODAY, fill
from tests.indicator_set_books import current_set

SOMSRI, SOMCHAI = "สมศรี ใจดี", "สมชาย รักงาน"


@dataclass
class Client:
    engine: Engine
    session_factory: sessionmaker[Session]
    households: HouseholdFormService


@pytest.fixture
def clients(office_db: OfficeDatabase, tmp_path) -> Iterator[tuple[Client, Client]]:
    """Two independent clients of one office file (a second engine, its own pool)."""
    current_set(office_db, tmp_path)
    made = []
    for _ in range(2):
        engine = make_engine(office_db.path)
        factory = make_session_factory(engine)
        made.append(Client(engine, factory, HouseholdFormService(factory)))
    made[0].households.add_village(SUBDISTRICT, 1, "บ้านหนองนา")
    yield made[0], made[1]
    for client in made:
        client.engine.dispose()


def _draft(client: Client, *, family: int = 0) -> HouseholdDraft:
    """The example household; another ``family`` has no house code or IDs of its own."""
    draft = fill(client.households.new_draft(today=TODAY, subdistrict_code=SUBDISTRICT))
    if family:
        draft.house_code, draft.house_no = "", f"{family}/9"
        for member in draft.members:
            member.national_id = ""
    return draft


def _stored(client: Client, *, family: int = 0) -> int:
    draft = _draft(client, family=family)
    return client.households.save(draft, user_name=SOMSRI, today=TODAY).household_id


def _log_rows(client: Client) -> int:
    with client.session_factory() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog)) or 0


def test_the_second_save_of_one_household_is_refused_naming_who_saved_and_when(
    clients,
) -> None:
    first, second = clients
    household_id = _stored(first)
    mine = first.households.load(household_id)
    theirs = second.households.load(household_id)
    assert mine.version == theirs.version == 1

    theirs.notes = "บ้านหลังคารั่ว"
    saved = second.households.save(theirs, user_name=SOMCHAI, today=TODAY)
    assert saved.version == theirs.version == 2

    mine.house_no = "99/1"
    rows_before = _log_rows(first)
    with pytest.raises(RecordChanged) as refused:
        first.households.save(mine, user_name=SOMSRI, today=TODAY)
    assert refused.value.version == 2
    assert refused.value.stamp is not None and refused.value.stamp.user_name == SOMCHAI
    assert refused.value.stamp.at.tzinfo is not None
    assert mine.version == 1  # the draft is as it was
    stored = first.households.load(household_id)
    assert (stored.notes, stored.house_no, stored.version) == ("บ้านหลังคารั่ว", theirs.house_no, 2)
    assert _log_rows(first) == rows_before  # nothing written


def test_a_member_change_alone_raises_the_version_and_names_its_clerk(clients) -> None:
    first, second = clients
    household_id = _stored(first)
    mine = first.households.load(household_id)
    theirs = second.households.load(household_id)
    theirs.members[1].first_name = "สมหญิงใหม่"  # only a member's row changes
    second.households.save(theirs, user_name=SOMCHAI, today=TODAY)
    mine.notes = "ของฉัน"
    with pytest.raises(RecordChanged) as refused:
        first.households.save(mine, user_name=SOMSRI, today=TODAY)
    assert refused.value.stamp is not None and refused.value.stamp.user_name == SOMCHAI


def test_different_households_both_save(clients) -> None:
    first, second = clients
    one, two = _stored(first), _stored(first, family=1)
    mine, theirs = first.households.load(one), second.households.load(two)
    mine.notes, theirs.notes = "หนึ่ง", "สอง"
    first.households.save(mine, user_name=SOMSRI, today=TODAY)
    second.households.save(theirs, user_name=SOMCHAI, today=TODAY)
    assert first.households.load(one).notes == "หนึ่ง"
    assert first.households.load(two).notes == "สอง"


def test_a_save_that_changes_nothing_keeps_the_version(clients) -> None:
    """Saving an unchanged form does not make the other clerk's form stale."""
    first, second = clients
    household_id = _stored(first)
    unchanged = first.households.load(household_id)
    result = first.households.save(unchanged, user_name=SOMSRI, today=TODAY)
    assert (result.changes, result.version) == (0, 1)
    theirs = second.households.load(household_id)
    theirs.notes = "ยังบันทึกได้"
    assert second.households.save(theirs, user_name=SOMCHAI, today=TODAY).version == 2


def test_saving_again_after_ones_own_save_goes_on(clients) -> None:
    first, _ = clients
    household_id = _stored(first)
    draft = first.households.load(household_id)
    for number, notes in enumerate(("หนึ่ง", "สอง", "สาม"), start=2):
        draft.notes = notes
        assert first.households.save(draft, user_name=SOMSRI, today=TODAY).version == number


def test_a_household_deleted_by_the_other_clerk_is_said_so_and_nothing_is_written(
    clients,
) -> None:
    first, second = clients
    household_id = _stored(first)
    mine = first.households.load(household_id)
    second.households.delete(household_id, user_name=SOMCHAI)
    mine.notes = "แก้หลังถูกลบ"
    rows_before = _log_rows(first)
    with pytest.raises(RecordDeleted) as refused:
        first.households.save(mine, user_name=SOMSRI, today=TODAY)
    assert refused.value.stamp is not None and refused.value.stamp.user_name == SOMCHAI
    assert _log_rows(first) == rows_before
    with first.session_factory() as session:
        assert session.get(Household, household_id) is None  # not written back


def test_a_period_lock_made_on_the_other_client_holds_at_the_next_save(clients, office_db) -> None:
    """The lock is read from the database in the save's transaction, not remembered."""
    first, second = clients
    household_id = _stored(first)
    draft = first.households.load(household_id)
    draft.notes = "ก่อนล็อก"
    first.households.save(draft, user_name=SOMSRI, today=TODAY)  # the first client has read
    # the supervisor, at the other PC
    PeriodLockService(second.session_factory).lock(2568, SUBDISTRICT, "ส่งจังหวัดแล้ว", SOMSRI)
    draft.notes = "หลังล็อก"
    with pytest.raises(RecordLocked):
        first.households.save(draft, user_name=SOMSRI, today=TODAY)
    assert second.households.load(household_id).notes == "ก่อนล็อก"


def test_each_clients_saves_reach_one_change_log(clients) -> None:
    first, second = clients
    household_id = _stored(first)
    draft = second.households.load(household_id)
    draft.notes = "จากเครื่องที่สอง"
    second.households.save(draft, user_name=SOMCHAI, today=TODAY)
    entries = first.households.history(household_id)
    assert entries[0].user_name == SOMCHAI and entries[0].field == "notes"
    assert {entry.user_name for entry in entries} == {SOMSRI, SOMCHAI}


def test_two_new_households_keyed_at_once_get_their_own_keys(clients) -> None:
    first, second = clients
    one = first.households.save(_draft(first), user_name=SOMSRI, today=TODAY)
    two = second.households.save(_draft(second, family=1), user_name=SOMCHAI, today=TODAY)
    assert one.key != two.key and one.version == two.version == 1


def test_a_visit_recorded_at_the_other_pc_makes_an_open_form_stale(clients) -> None:
    """A visit writes answers and a stage the household form edits."""
    from desktop.services.cases import CaseService, VisitDraft

    first, second = clients
    household_id = _stored(first)
    mine = first.households.load(household_id)
    visit = VisitDraft(household_id, TODAY, "นายสมชาย รักงาน", "ปลูกผักขายได้")
    CaseService(second.session_factory).save_visit(visit, user_name=SOMCHAI, today=TODAY)
    mine.notes = "แก้หลังการเยี่ยม"
    with pytest.raises(RecordChanged) as refused:
        first.households.save(mine, user_name=SOMSRI, today=TODAY)
    assert refused.value.stamp is not None and refused.value.stamp.user_name == SOMCHAI


def _project(client: Client) -> int:
    from db.models import Agency
    from desktop.services.projects import ProjectService

    with client.session_factory.begin() as session:
        agency = Agency(code="AG-0001", name="สำนักงานพัฒนาชุมชนอำเภอ", kind="central")
        session.add(agency)
        session.flush()
        agency_id = agency.id
    service = ProjectService(client.session_factory)
    draft = service.new_draft(2568)
    draft.agency_id, draft.name, draft.status = agency_id, "โครงการส่งเสริมอาชีพ", "running"
    return service.save(draft, SOMSRI)


def test_the_second_save_of_one_project_is_refused_and_can_overwrite_on_purpose(
    clients,
) -> None:
    from desktop.services.projects import ProjectService

    first, second = clients
    project_id = _project(first)
    mine = ProjectService(first.session_factory).load(project_id)
    theirs = ProjectService(second.session_factory).load(project_id)
    assert mine.version == theirs.version == 1
    theirs.budget_satang = 5_000_000
    ProjectService(second.session_factory).save(theirs, SOMCHAI)
    assert theirs.version == 2
    mine.name = "โครงการของฉัน"
    with pytest.raises(RecordChanged) as refused:
        ProjectService(first.session_factory).save(mine, SOMSRI)
    assert refused.value.stamp is not None and refused.value.stamp.user_name == SOMCHAI
    stored = ProjectService(first.session_factory).load(project_id)
    assert (stored.name, stored.budget_satang) == ("โครงการส่งเสริมอาชีพ", 5_000_000)

    mine.version = refused.value.version  # the clerk chose to overwrite theirs
    ProjectService(first.session_factory).save(mine, SOMSRI)
    stored = ProjectService(second.session_factory).load(project_id)
    assert (stored.name, stored.budget_satang, stored.version) == ("โครงการของฉัน", 0, 3)


def test_a_project_deleted_at_the_other_pc_is_said_so(clients) -> None:
    from desktop.services.projects import ProjectService

    first, second = clients
    project_id = _project(first)
    mine = ProjectService(first.session_factory).load(project_id)
    ProjectService(second.session_factory).delete(project_id, SOMCHAI)
    mine.name = "แก้หลังถูกลบ"
    with pytest.raises(RecordDeleted) as refused:
        ProjectService(first.session_factory).save(mine, SOMSRI)
    assert refused.value.stamp is not None and refused.value.stamp.user_name == SOMCHAI
