"""The household form's service against a real office database (อำเภอเมืองเพชรบูรณ์)."""

import copy
import dataclasses
import json

import pytest
from sqlalchemy import func, select, text

from db.database import OfficeDatabase
from db.models import (
    ChangeLog,
    Household,
    IncomeLine,
    Indicator,
    IndicatorResult,
    IndicatorThreshold,
    Member,
    StageAssessment,
)
from desktop.services.households import HouseholdDraft, IncomeDraft, MemberDraft, ProblemCode
from desktop.services.households.form import (
    HouseholdFormService,
    HouseholdNotFound,
    ValidationFailed,
    VillageAddError,
    VillageProblem,
)
from desktop.services.households.store import next_household_key
from tests.household_examples import (
    IDS,
    SUBDISTRICT,
    SURVEY_YEAR,
    TODAY,
    TPMAP_NUMBERS,
    VILLAGE,
    fill,
)
from tests.indicator_set_books import current_set

pytestmark = pytest.mark.both_engines  # office_db on SQLite and on PostgreSQL

CLERK = "สมศรี ใจดี"
TABLES = (Household, Member, IncomeLine, IndicatorResult, StageAssessment, ChangeLog)


@pytest.fixture
def service(office_db: OfficeDatabase, tmp_path) -> HouseholdFormService:
    current_set(office_db, tmp_path)  # the set of survey years 2565–2569, as an office loads it
    service = HouseholdFormService(office_db.session_factory)
    service.add_village(SUBDISTRICT, 1, "บ้านหนองนา")
    return service


def _draft(service: HouseholdFormService) -> HouseholdDraft:
    return fill(service.new_draft(today=TODAY, subdistrict_code=SUBDISTRICT))


def _counts(office_db: OfficeDatabase) -> dict[str, int]:
    with office_db.session_factory() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in TABLES
        }


def _log(office_db: OfficeDatabase, after_id: int = 0) -> list[ChangeLog]:
    with office_db.session_factory() as session:
        return list(
            session.scalars(select(ChangeLog).where(ChangeLog.id > after_id).order_by(ChangeLog.id))
        )


def _last_log_id(office_db: OfficeDatabase) -> int:
    with office_db.session_factory() as session:
        return session.scalar(select(func.max(ChangeLog.id))) or 0


def test_choices_come_from_the_office_district(service: HouseholdFormService) -> None:
    subdistricts = service.subdistricts()
    assert {choice.code[:4] for choice in subdistricts} == {"6701"}
    assert "ในเมือง" in [choice.name_th for choice in subdistricts]
    service.add_village(SUBDISTRICT, 12, "  บ้าน   ใหม่ ")
    service.add_village(SUBDISTRICT, 3, "บ้านนาป่า")
    assert [(v.code, v.moo, v.name_th) for v in service.villages(SUBDISTRICT)] == [
        (VILLAGE, 1, "บ้านหนองนา"), ("67010103", 3, "บ้านนาป่า"), ("67010112", 12, "บ้าน ใหม่"),
    ]  # fmt: skip
    assert [c.code for c in service.code_list("relation")][:2] == ["head", "husband"]
    assert service.income_threshold(SURVEY_YEAR) == 38000


@pytest.mark.parametrize(
    ("subdistrict", "moo", "name", "reason"),
    [(SUBDISTRICT, 0, "บ้านใหม่", VillageProblem.BAD_MOO),
     (SUBDISTRICT, 100, "บ้านใหม่", VillageProblem.BAD_MOO),
     (SUBDISTRICT, 1, "บ้านซ้ำ", VillageProblem.MOO_TAKEN),
     (SUBDISTRICT, 2, "  ", VillageProblem.EMPTY_NAME),
     ("800101", 2, "บ้านไกล", VillageProblem.UNKNOWN_SUBDISTRICT)],
)  # fmt: skip
def test_a_bad_new_village_is_refused(service, subdistrict, moo, name, reason) -> None:
    with pytest.raises(VillageAddError) as info:
        service.add_village(subdistrict, moo, name)
    assert isinstance(info.value, ValueError) and info.value.reason is reason


def test_the_threshold_of_a_year_overrides_the_default(office_db, service) -> None:
    with office_db.session_factory.begin() as session:
        indicator_id = session.scalar(
            select(Indicator.id).where(Indicator.number == 22).order_by(Indicator.id.desc())
        )
        session.add(IndicatorThreshold(indicator_id=indicator_id, survey_year=2569, value=40000))
    assert service.income_threshold(2569) == 40000
    assert service.income_threshold(2568) == 38000


def test_a_new_draft(service: HouseholdFormService) -> None:
    draft = service.new_draft(today=TODAY, village_code=VILLAGE)
    assert (draft.subdistrict_code, draft.survey_year, draft.id) == (SUBDISTRICT, 2568, None)
    assert [(m.is_head, m.relation) for m in draft.members] == [(True, "head")]
    assert [a.number for a in draft.indicators] == TPMAP_NUMBERS
    assert {a.status for a in draft.indicators} == {""}
    assert service.validate(_draft(service), today=TODAY) == []


def test_save_and_load_round_trip(office_db, service) -> None:
    draft = _draft(service)
    result = service.save(draft, user_name=CLERK, today=TODAY)
    assert result.key == "6701-000001"
    loaded = service.load(result.household_id)
    assert (loaded.id, loaded.key, loaded.house_code) == (
        result.household_id,
        result.key,
        "67010000001",
    )
    assert all(member.id for member in loaded.members)
    assert all(stage.id for stage in loaded.stages)
    expected = dataclasses.replace(draft, id=loaded.id, key=loaded.key, house_code="67010000001")
    for member, loaded_member in zip(expected.members, loaded.members, strict=True):
        member.id = loaded_member.id
    for stage, loaded_stage in zip(expected.stages, loaded.stages, strict=True):
        stage.id = loaded_stage.id
    expected.members[0].national_id = IDS[0]
    expected.members[1].birth_date = "01/01/2513"
    expected.members[1].incomes[0].amount = "60,000"
    expected.members[3].incomes[0].amount = "7,200"
    assert loaded == expected
    with office_db.session_factory() as session:
        household = session.get(Household, result.household_id)
        assert (household.current_stage, household.last_verified_on.isoformat()) == (
            "sufficiency",
            "2025-06-01",
        )
        head = session.scalar(select(Member).where(Member.is_head))
        assert head.birth_date.isoformat() == "1967-03-15" and head.seq == 1
        result22 = session.scalar(
            select(IndicatorResult).join(Indicator).where(Indicator.number == 22)
        )
        assert (result22.status, result22.derived_status, result22.derived_value) == (
            "passed",
            "passed",
            41800.0,
        )
    with office_db.session_factory() as session:  # the household list's summary is fresh
        summary = session.execute(text("SELECT head_name, member_count FROM households")).one()
        assert tuple(summary) == ("สมชาย ใจดี", 4)
    assert _counts(office_db)["indicator_results"] == 17
    assert _counts(office_db)["income_lines"] == 3


def test_save_writes_the_new_ids_into_the_draft(office_db, service) -> None:
    draft = _draft(service)
    del draft.members[3]
    typed = copy.deepcopy(draft)
    result = service.save(draft, user_name=CLERK, today=TODAY)
    loaded = service.load(result.household_id)
    assert (draft.id, draft.key) == (loaded.id, loaded.key) == (result.household_id, result.key)
    assert [m.id for m in draft.members] == [m.id for m in loaded.members]
    assert [s.id for s in draft.stages] == [s.id for s in loaded.stages]
    assert len(draft.members) == 3 and len(draft.stages) == 2
    assert None not in [item.id for item in [*draft.members, *draft.stages]]
    typed.id, typed.key, typed.version = draft.id, draft.key, 1  # and nothing else changed
    saved = [*draft.members, *draft.stages]
    for item, saved_item in zip([*typed.members, *typed.stages], saved, strict=True):
        item.id = saved_item.id
    assert draft == typed

    counts, mark = _counts(office_db), _last_log_id(office_db)
    again = service.save(draft, user_name=CLERK, today=TODAY)  # the same object: an update
    assert (again.household_id, again.key, again.changes) == (result.household_id, result.key, 0)
    assert _counts(office_db) == counts and _log(office_db, mark) == []
    assert draft == typed

    draft.members[2].first_name, draft.stages[1].reason = "สมศักดิ์", "ดีขึ้น"
    edited = service.save(draft, user_name=CLERK, today=TODAY)
    assert {(r.table_name, r.record_id, r.field) for r in _log(office_db, mark)} == {
        ("members", draft.members[2].id, "first_name"),
        ("stage_assessments", draft.stages[1].id, "reason"),
    }
    assert edited.changes == 2
    assert {k: v for k, v in _counts(office_db).items() if k != "change_log"} == {
        k: v for k, v in counts.items() if k != "change_log"
    }


def test_a_refused_save_leaves_the_draft_as_it_was(service) -> None:
    draft = _draft(service)
    draft.members[1].national_id = "1670300001014"
    typed = copy.deepcopy(draft)
    with pytest.raises(ValidationFailed):
        service.save(draft, user_name=CLERK, today=TODAY)
    assert draft == typed and draft.id is None


def test_an_edit_logs_exactly_its_changes(office_db, service) -> None:
    saved = service.save(_draft(service), user_name=CLERK, today=TODAY)
    draft = service.load(saved.household_id)
    mark = _last_log_id(office_db)
    wife, child, grandmother = draft.members[1], draft.members[2], draft.members[3]
    wife.first_name = "สมใจ"
    next(a for a in draft.indicators if a.number == 7).status = "failed"
    draft.members.remove(grandmother)
    draft.members.append(
        MemberDraft(
            first_name="สมหมาย", last_name="ใจดี", relation="grandchild", birth_date="01/01/2566"
        )
    )
    result = service.save(draft, user_name="ประยุทธ", today=TODAY)
    rows = _log(office_db, mark)
    assert result.changes == len(rows) == 4
    assert {row.user_name for row in rows} == {"ประยุทธ"}
    changes = {
        (r.table_name, r.record_id, r.action, r.field, r.old_value, r.new_value) for r in rows
    }
    new_id = service.load(saved.household_id).members[3].id
    with office_db.session_factory() as session:
        result7 = session.scalar(
            select(IndicatorResult.id).join(Indicator).where(Indicator.number == 7)
        )
    inserted = next(r for r in rows if r.action == "insert")
    deleted = next(r for r in rows if r.action == "delete")
    assert changes == {
        ("members", wife.id, "update", "first_name", "สมหญิง", "สมใจ"),
        ("indicator_results", result7, "update", "status", "passed", "failed"),
        ("members", grandmother.id, "delete", "", deleted.old_value, None),
        ("members", new_id, "insert", "", None, inserted.new_value),
    }
    assert json.loads(deleted.old_value)["first_name"] == "บุญมา"
    assert json.loads(inserted.new_value)["birth_date"] == "2023-01-01"
    assert child.id is not None


def test_history_is_newest_first_and_keeps_deleted_records(office_db, service) -> None:
    saved = service.save(_draft(service), user_name=CLERK, today=TODAY)
    draft = service.load(saved.household_id)
    gone = draft.members.pop(3)
    draft.house_no = "99"
    service.save(draft, user_name="ประยุทธ", today=TODAY)
    entries = service.history(saved.household_id)
    fixture_tables = ("villages", "indicator_sets", "indicators", "indicator_thresholds")
    household_rows = [row for row in _log(office_db) if row.table_name not in fixture_tables]
    assert len(entries) == len(household_rows)  # everything but the fixture's village and set
    assert [(e.at, -entries.index(e)) for e in entries] == sorted(
        ((e.at, -entries.index(e)) for e in entries), reverse=True
    )
    latest = [e for e in entries if e.user_name == "ประยุทธ"]
    assert entries[: len(latest)] == latest
    assert {(e.table_name, e.action, e.field) for e in latest} == {
        ("households", "update", "house_no"), ("members", "delete", ""),
    }  # fmt: skip
    deleted = next(e for e in latest if e.action == "delete")
    assert (deleted.record_id, deleted.context) == (
        gone.id,
        {"first_name": "บุญมา", "last_name": "ใจดี"},
    )
    answers = [e for e in entries if e.table_name == "indicator_results"]
    assert len(answers) == 17 and {e.context["survey_year"] for e in answers} == {"2568"}
    assert entries[-1].table_name == "households" and entries[-1].action == "insert"


def test_duplicates_in_other_households(office_db, service) -> None:
    first = service.save(_draft(service), user_name=CLERK, today=TODAY)
    draft = service.new_draft(today=TODAY, village_code=VILLAGE)
    draft.house_no, draft.house_code = "7", "67010000001"
    draft.members[0] = MemberDraft(
        first_name="มานะ", relation="head", is_head=True, national_id=IDS[2]
    )
    draft.members.append(
        MemberDraft(
            first_name=" บุญมา ", last_name="ใจดี", birth_date="5 พ.ค. 2490", relation="mother"
        )
    )
    matches = service.find_duplicates(draft, today=TODAY)
    assert [
        (m.kind, m.field, m.household_id, m.household_key, m.person_name, m.blocking)
        for m in matches
    ] == [
        ("house_code", "house_code", first.household_id, "6701-000001", "", True),
        (
            "national_id",
            "members[0].national_id",
            first.household_id,
            "6701-000001",
            "สมปอง ใจดี",
            True,
        ),
        ("person", "members[1].first_name", first.household_id, "6701-000001", "บุญมา ใจดี", False),
    ]
    assert {(m.house_no, m.village_name) for m in matches} == {("12/3", "บ้านหนองนา")}
    before = _counts(office_db)
    with pytest.raises(ValidationFailed) as info:
        service.save(draft, user_name=CLERK, today=TODAY)
    assert {(p.field, p.code) for p in info.value.problems} == {
        ("house_code", ProblemCode.HOUSE_CODE_IN_OTHER_HOUSEHOLD),
        ("members[0].national_id", ProblemCode.ID_IN_OTHER_HOUSEHOLD),
    }
    assert info.value.problems[0].params == {"household_key": "6701-000001", "house_no": "12/3"}
    assert _counts(office_db) == before
    draft.house_code, draft.members[0].national_id = "", IDS[5]
    second = service.save(draft, user_name=CLERK, today=TODAY)  # the likely duplicate only warns
    assert second.key == "6701-000002"
    assert [
        m.kind for m in service.find_duplicates(service.load(first.household_id), today=TODAY)
    ] == ["person"]


def test_duplicates_inside_the_draft(service: HouseholdFormService) -> None:
    draft = _draft(service)
    draft.members[3].national_id = IDS[1]
    draft.members[3].first_name, draft.members[3].birth_date = "สมหญิง", "01/01/2513"
    matches = service.find_duplicates(draft, today=TODAY)
    assert [(m.kind, m.field, m.household_id, m.person_name, m.blocking) for m in matches] == [
        ("national_id", "members[3].national_id", 0, "สมหญิง ใจดี", True),
        ("person", "members[3].first_name", 0, "สมหญิง ใจดี", False),
    ]


def test_a_blocking_problem_writes_nothing(office_db, service) -> None:
    saved = service.save(_draft(service), user_name=CLERK, today=TODAY)
    before = _counts(office_db)
    draft = service.load(saved.household_id)
    draft.members[0].first_name = "เปลี่ยน"
    draft.members[1].national_id = "1670300001014"
    with pytest.raises(ValidationFailed) as info:
        service.save(draft, user_name=CLERK, today=TODAY)
    assert [(p.field, p.code) for p in info.value.problems] == [
        ("members[1].national_id", ProblemCode.ID_CHECKSUM)
    ]
    assert all(p.blocking for p in info.value.problems)
    assert _counts(office_db) == before
    assert service.load(saved.household_id).members[0].first_name == "สมชาย"
    draft = _draft(service)
    draft.village_code = "67010109"
    assert [p.code for p in service.validate(draft, today=TODAY)] == [ProblemCode.VILLAGE_UNKNOWN]


def test_a_five_year_old_head_saves_with_a_warning(service: HouseholdFormService) -> None:
    draft = _draft(service)
    draft.members = [draft.members[2]]
    draft.members[0].is_head, draft.members[0].relation = True, "head"
    draft.members[0].birth_date = "01/01/2563"
    problems = service.validate(draft, today=TODAY)
    assert ProblemCode.HEAD_TOO_YOUNG in {p.code for p in problems}
    assert not [p for p in problems if p.blocking]
    assert service.save(draft, user_name=CLERK, today=TODAY).household_id


def test_head_swap_and_id_moves_in_one_save(office_db, service) -> None:
    saved = service.save(_draft(service), user_name=CLERK, today=TODAY)
    draft = service.load(saved.household_id)
    head, wife, child, grandmother = draft.members
    head.is_head, head.relation = False, "husband"
    wife.is_head, wife.relation = True, "head"
    child.national_id, grandmother.national_id = grandmother.national_id, child.national_id
    head.national_id, wife.national_id = "", head.national_id
    draft.members.append(MemberDraft(first_name="ใหม่", relation="relative", national_id=IDS[1]))
    service.save(draft, user_name=CLERK, today=TODAY)
    with office_db.session_factory() as session:
        rows = session.execute(
            select(Member.first_name, Member.is_head, Member.national_id).order_by(Member.seq)
        )
        assert [tuple(row) for row in rows] == [
            ("สมชาย", False, None), ("สมหญิง", True, IDS[0]), ("สมปอง", False, IDS[3]),
            ("บุญมา", False, IDS[2]), ("ใหม่", False, IDS[1]),
        ]  # fmt: skip
    draft = service.load(saved.household_id)  # and back: now the new head has the lower id
    head, wife = draft.members[:2]
    head.is_head, head.relation, wife.is_head, wife.relation = True, "head", False, "wife"
    service.save(draft, user_name=CLERK, today=TODAY)
    with office_db.session_factory() as session:
        heads = session.scalars(select(Member.first_name).where(Member.is_head)).all()
        assert heads == ["สมชาย"]


def test_an_id_freed_by_a_removed_member_can_be_taken_in_the_same_save(office_db, service) -> None:
    saved = service.save(_draft(service), user_name=CLERK, today=TODAY)
    draft = service.load(saved.household_id)
    gone = draft.members.pop(3)
    draft.members.append(
        MemberDraft(first_name="แทน", relation="relative", national_id=gone.national_id)
    )
    service.save(draft, user_name=CLERK, today=TODAY)
    assert service.load(saved.household_id).members[3].national_id == IDS[3]


def test_reorder_and_incomes(office_db, service) -> None:
    saved = service.save(_draft(service), user_name=CLERK, today=TODAY)
    draft = service.load(saved.household_id)
    draft.members.reverse()
    draft.members[3].incomes = [
        IncomeDraft("farming", "130,000", "20,000"),
        IncomeDraft("wages", "5,000"),
    ]
    draft.members[0].incomes = []
    mark = _last_log_id(office_db)
    service.save(draft, user_name=CLERK, today=TODAY)
    loaded = service.load(saved.household_id)
    assert [m.first_name for m in loaded.members] == ["บุญมา", "สมปอง", "สมหญิง", "สมชาย"]
    assert [(i.category, i.amount, i.cost) for i in loaded.members[3].incomes] == [
        ("farming", "130,000", "20,000"), ("wages", "5,000", ""),
    ]  # fmt: skip
    assert loaded.members[0].incomes == []
    logged = {(r.table_name, r.action, r.field) for r in _log(office_db, mark)}
    assert logged == {
        ("income_lines", "update", "amount_satang"), ("income_lines", "insert", ""),
        ("income_lines", "delete", ""),
    }  # fmt: skip


def test_delete_removes_and_logs(office_db, service) -> None:
    saved = service.save(_draft(service), user_name=CLERK, today=TODAY)
    service.delete(saved.household_id, user_name="ประยุทธ")
    counts = _counts(office_db)
    assert {name: counts[name] for name in counts if name != "change_log"} == dict.fromkeys(
        ("households", "members", "income_lines", "indicator_results", "stage_assessments"), 0
    )
    last = _log(office_db)[-1]
    assert (last.table_name, last.record_id, last.action, last.user_name) == (
        "households", saved.household_id, "delete", "ประยุทธ",
    )  # fmt: skip
    summary = json.loads(last.old_value)
    assert (summary["key"], summary["house_no"], summary["head"]) == (
        "6701-000001",
        "12/3",
        "สมชาย ใจดี",
    )
    assert service.history(saved.household_id)[0].action == "delete"
    with pytest.raises(HouseholdNotFound):
        service.load(saved.household_id)
    with pytest.raises(HouseholdNotFound):
        service.delete(saved.household_id, user_name=CLERK)


def test_keys_continue_after_the_highest_serial(office_db, service) -> None:
    with office_db.session_factory.begin() as session:
        session.add(Household(key="6701-000041", village_code=VILLAGE))
        session.add(Household(key="6702-000090", village_code=VILLAGE))
    assert service.save(_draft(service), user_name=CLERK, today=TODAY).key == "6701-000042"


def test_keys_past_six_digits_continue_after_the_highest_serial(office_db, service) -> None:
    with office_db.session_factory.begin() as session:
        session.add(Household(key="6701-999998", village_code=VILLAGE))
        session.add(Household(key="6701-12345", village_code=VILLAGE))  # not six digits
        session.flush()
        assert next_household_key(session, "6701") == "6701-999999"
        session.add(Household(key="6701-999999", village_code=VILLAGE))
        session.flush()
        assert next_household_key(session, "6701") == "6701-1000000"
        session.add(Household(key="6701-1000000", village_code=VILLAGE))
        session.flush()
        assert next_household_key(session, "6701") == "6701-1000001"
        assert next_household_key(session, "6702") == "6702-000001"


def test_before_write_comes_first_and_can_stop_the_write(office_db) -> None:
    calls: list[str] = []
    service = HouseholdFormService(
        office_db.session_factory, before_write=lambda: calls.append("wait")
    )
    service.add_village(SUBDISTRICT, 1, "บ้านหนองนา")
    saved = service.save(_draft(service), user_name=CLERK, today=TODAY)
    service.delete(saved.household_id, user_name=CLERK)
    assert calls == ["wait"] * 3

    def refuse() -> None:
        raise RuntimeError("integrity check failed")

    blocked = HouseholdFormService(office_db.session_factory, before_write=refuse)
    before = _counts(office_db)
    with pytest.raises(RuntimeError):
        blocked.save(_draft(blocked), user_name=CLERK, today=TODAY)
    with pytest.raises(RuntimeError):
        blocked.add_village(SUBDISTRICT, 2, "บ้านใหม่")
    assert _counts(office_db) == before
    assert [v.moo for v in blocked.villages(SUBDISTRICT)] == [1]


def test_suggestions_use_the_threshold_of_the_year(office_db, service) -> None:
    draft = _draft(service)
    assert service.suggestions(draft, today=TODAY)[22].status == "passed"
    with office_db.session_factory.begin() as session:
        indicator_id = session.scalar(
            select(Indicator.id).where(Indicator.number == 22).order_by(Indicator.id.desc())
        )
        session.add(
            IndicatorThreshold(indicator_id=indicator_id, survey_year=SURVEY_YEAR, value=42000)
        )
    assert service.suggestions(draft, today=TODAY)[22].status == "failed"


def test_adding_a_village_is_logged_under_the_clerks_name(
    service: HouseholdFormService, office_db: OfficeDatabase
) -> None:
    service.add_village(SUBDISTRICT, 7, "บ้านโคกสูง", user_name="สมศรี ใจดี")

    with office_db.session_factory() as session:
        rowid = session.execute(text("SELECT rowid FROM villages WHERE code = '67010107'")).scalar()
        logged = session.execute(
            text(
                "SELECT user_name, action, new_value FROM change_log"
                " WHERE table_name = 'villages' AND record_id = :id"
            ),
            {"id": rowid},
        ).all()
    assert [(user, action) for user, action, _ in logged] == [("สมศรี ใจดี", "insert")]
    assert json.loads(logged[0][2]) == {
        "code": "67010107",
        "moo": "7",
        "name_th": "บ้านโคกสูง",
        "subdistrict_code": SUBDISTRICT,
    }
