"""A recorded visit corrected or deleted and a plan deleted, through the case service: the
answers a visit checked put back to what they were before it, its stage assessment
corrected or gone with the household's stage read again, every change logged old → new,
nothing written under a period lock."""

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from db.database import IntegrityCheck, OfficeDatabase, open_database
from db.models import IndicatorResult
from db.models.office import PeriodLock
from desktop.services.assistance import AssistanceService
from desktop.services.cases import CaseNotFound, CaseService, CheckedAnswer, VisitDraft
from desktop.services.projects import AssistanceDraft
from desktop.services.safety import ChangeWriter, RecordLocked, utc_now
from tests.test_cases_service import (
    CLERK,
    TODAY,
    counts,
    logged,
    one,
    written_plan,
)
from tests.test_cases_service import _indicator_set as _indicator_set
from tests.test_cases_service import cases as cases
from tests.test_cases_service import household as household

VISITED = dt.date(2026, 11, 20)


def results(database: OfficeDatabase, household_id: int) -> dict[int, tuple]:
    """The household's answers of 2567: indicator → (status, verified_by, verified_on)."""
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT indicator_id, status, verified_by, verified_on FROM indicator_results"
                " WHERE household_id = :h AND survey_year = 2567"
            ),
            {"h": household_id},
        ).all()
    return {row[0]: tuple(row[1:]) for row in rows}


def household_stage(database: OfficeDatabase, household_id: int) -> tuple:
    with database.engine.connect() as connection:
        return tuple(
            connection.execute(
                text("SELECT current_stage, last_verified_on FROM households WHERE id = :h"),
                {"h": household_id},
            ).one()
        )


def stages(database: OfficeDatabase, household_id: int) -> list[tuple]:
    with database.engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                text(
                    "SELECT stage, assessed_on, assessor, reason FROM stage_assessments"
                    " WHERE household_id = :h ORDER BY id"
                ),
                {"h": household_id},
            )
        ]


def recorded_visit(cases: CaseService, demo_db: OfficeDatabase, household: int):  # type: ignore[no-untyped-def]
    """A visit that turned a failed answer to passed, answered an indicator the household
    had no answer for, and reassessed the stage; with the answers before it."""
    before = results(demo_db, household)
    choices = cases.indicator_choices(household, 2567)
    failed = next(c for c in choices if c.status == "failed")
    with demo_db.session_factory.begin() as session:  # one indicator without an answer
        missing = next(c for c in choices if c.indicator_id != failed.indicator_id)
        session.execute(
            text("DELETE FROM indicator_results WHERE household_id = :h AND indicator_id = :i"),
            {"h": household, "i": missing.indicator_id},
        )
    before = results(demo_db, household)
    draft = VisitDraft(
        household,
        visited_on=VISITED,
        visited_by="นางวันดี ศรีสุข",
        findings="ปลูกผักขายได้แล้ว",
        answers=[
            CheckedAnswer(failed.indicator_id, "passed"),
            CheckedAnswer(missing.indicator_id, "failed"),
        ],
        new_stage="sustainable",
        stage_reason="รายได้มั่นคง",
        next_visit_due=dt.date(2027, 2, 20),
    )
    saved = cases.save_visit(draft, user_name=CLERK, today=TODAY)
    return saved, before, failed.indicator_id, missing.indicator_id


def test_a_corrected_visit_keeps_its_id_and_logs_each_field_old_and_new(
    cases: CaseService,
    demo_db: OfficeDatabase,
    household: int,
) -> None:
    stage_before = household_stage(demo_db, household)
    saved, before, failed, missing = recorded_visit(cases, demo_db, household)
    draft = cases.load_visit(saved.visit_id)
    assert draft.id == saved.visit_id and draft.visited_on == VISITED
    assert {(a.indicator_id, a.status) for a in draft.answers} == {
        (failed, "passed"),
        (missing, "failed"),
    }
    assert (draft.new_stage, draft.stage_reason) == ("sustainable", "รายได้มั่นคง")
    draft.visited_on = dt.date(2026, 11, 18)
    draft.visited_by = "นายสมชาย ใจงาม"
    draft.findings = "ยังขายผักไม่ได้"
    draft.answers = [CheckedAnswer(failed, "na")]  # the missing one was not checked after all
    draft.new_stage = "survival"
    draft.stage_reason = "รายได้ยังไม่พอ"
    draft.next_visit_due = dt.date(2027, 1, 18)
    again = cases.save_visit(draft, user_name=CLERK, today=TODAY)
    assert again.visit_id == saved.visit_id
    assert again.stage_assessment_id == saved.stage_assessment_id
    now = results(demo_db, household)
    assert now[failed] == ("na", "นายสมชาย ใจงาม", "2026-11-18")
    assert missing not in now  # the visit had created it: gone with the answer
    assert {k: v for k, v in now.items() if k != failed} == {
        k: v for k, v in before.items() if k != failed
    }
    assert stages(demo_db, household)[-1] == (
        "survival",
        "2026-11-18",
        "นายสมชาย ใจงาม",
        "รายได้ยังไม่พอ",
    )
    assert household_stage(demo_db, household)[0] == "survival" != stage_before[0]
    updates = {
        (field, old, new)
        for action, record, field, (old, new) in _updates(demo_db, "follow_up_visits")
        if record == saved.visit_id and action == "update"
    }
    assert updates == {
        ("visited_on", "2026-11-20", "2026-11-18"),
        ("visited_by", "นางวันดี ศรีสุข", "นายสมชาย ใจงาม"),
        ("findings", "ปลูกผักขายได้แล้ว", "ยังขายผักไม่ได้"),
        ("next_visit_due", "2027-02-20", "2027-01-18"),
    }
    assert ("stage", "sustainable", "survival") in {
        (f, o, n) for _, _, f, (o, n) in _updates(demo_db, "stage_assessments")
    }
    deleted = [v for a, _, _, v in logged(demo_db, "indicator_results") if a == "delete"]
    assert [v["indicator_id"] for v in deleted] == [str(missing)]


def _updates(database: OfficeDatabase, table: str) -> list[tuple]:
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT action, record_id, field, old_value, new_value FROM change_log"
                " WHERE table_name = :t AND action = 'update' ORDER BY id"
            ),
            {"t": table},
        ).all()
    return [(a, r, f, (o, n)) for a, r, f, o, n in rows]


def test_a_deleted_visit_puts_back_its_answers_and_its_stage(
    cases: CaseService,
    demo_db: OfficeDatabase,
    household: int,
) -> None:
    stage_before = household_stage(demo_db, household)
    stages_before = stages(demo_db, household)
    saved, before, *_ = recorded_visit(cases, demo_db, household)
    assert results(demo_db, household) != before
    cases.delete_visit(saved.visit_id, user_name=CLERK)
    assert results(demo_db, household) == before  # changed answers back, created ones gone
    assert stages(demo_db, household) == stages_before
    assert household_stage(demo_db, household) == stage_before
    assert (
        one(demo_db, "SELECT count(*) FROM follow_up_visits WHERE id = :v", v=saved.visit_id) == 0
    )
    deletes = [(a, r) for a, r, _, _ in logged(demo_db, "follow_up_visits") if a == "delete"]
    assert deletes == [("delete", saved.visit_id)]
    stage_deletes = [r for a, r, _, _ in logged(demo_db, "stage_assessments") if a == "delete"]
    assert stage_deletes == [saved.stage_assessment_id]
    reverted = {
        (f, o, n) for _, r, f, (o, n) in _updates(demo_db, "indicator_results") if f == "status"
    }
    assert ("status", "passed", "failed") in reverted
    assert [e.record_id for e in cases.timeline(household) if e.record_id == saved.visit_id] == []
    with pytest.raises(CaseNotFound):
        cases.delete_visit(saved.visit_id, user_name=CLERK)


def test_a_period_lock_refuses_correcting_or_deleting_a_visit_and_a_plan(
    cases: CaseService,
    demo_db: OfficeDatabase,
    household: int,
) -> None:
    saved, *_ = recorded_visit(cases, demo_db, household)
    plan = written_plan(cases, demo_db, household)
    with demo_db.session_factory.begin() as session:
        session.add(
            PeriodLock(
                fiscal_year=2569, subdistrict_code=None, locked_at=dt.datetime(2026, 11, 1),
                locked_by="หัวหน้า", reason="ส่งจังหวัดแล้ว", unlock_reason="", export_file="",
            )
        )  # fmt: skip
    draft = cases.load_visit(saved.visit_id)
    draft.findings = "แก้ไข"
    before = counts(demo_db)
    with pytest.raises(RecordLocked):
        cases.save_visit(draft, user_name=CLERK, today=TODAY)
    with pytest.raises(RecordLocked):
        cases.delete_visit(saved.visit_id, user_name=CLERK)
    with pytest.raises(RecordLocked):
        cases.delete_plan(plan.id or 0, user_name=CLERK)
    assert counts(demo_db) == before


def test_a_deleted_current_plan_leaves_no_current_plan_and_unlinks_its_assistance(
    cases: CaseService,
    demo_db: OfficeDatabase,
    household: int,
) -> None:
    older = written_plan(cases, demo_db, household)
    newer = written_plan(cases, demo_db, household)
    activity = newer.problems[0].activities[0]
    given = AssistanceDraft(
        given_on=dt.date(2026, 11, 25), project_id=activity.project_id, kind="training",
        value_satang=150_000, plan_activity_id=activity.id,
    )  # fmt: skip
    AssistanceService(demo_db.session_factory).record([household], given, CLERK, today=TODAY)
    assert cases.plan_served_assistance(newer.id or 0) == 1
    cases.delete_plan(newer.id or 0, user_name=CLERK)
    assert cases.current_plan(household) is None  # the older one did not become current
    assert cases.load_plan(older.id or 0).is_current is False
    assert one(demo_db, "SELECT count(*) FROM plan_problems WHERE plan_id = :p", p=newer.id) == 0
    linked = one(
        demo_db,
        "SELECT count(*) FROM assistance WHERE household_id = :h AND plan_activity_id IS NULL"
        " AND given_on = '2026-11-25'",
        h=household,
    )
    assert linked == 1  # the assistance stays, for its project
    plan_log = [(a, r) for a, r, _, _ in logged(demo_db, "development_plans") if a == "delete"]
    assert plan_log == [("delete", newer.id)]
    activity_deletes = [r for a, r, _, _ in logged(demo_db, "plan_activities") if a == "delete"]
    assert activity.id in activity_deletes
    unlinked = [f for _, _, f, _ in _updates(demo_db, "assistance")]
    assert unlinked == ["plan_activity_id"]


STATUSES = ("passed", "failed", "na")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_visit_corrected_any_number_of_times_then_deleted_leaves_the_answers_as_before(
    demo_db: OfficeDatabase, household: int, tmp_path_factory, data: st.DataObject
) -> None:  # type: ignore[no-untyped-def]
    """Random answers (some the household had, some new), random corrections (answers
    dropped, added, changed, the date and visitor moved), then the delete: the household's
    answers, stages and stage are what they were before the visit, whatever visits came
    before it (one deleted, whose id it may get again; one by another visitor, kept). Each
    example works on its own copy of the demo office."""
    copy = tmp_path_factory.mktemp("example") / "office.sqlite3"
    with sqlite3.connect(demo_db.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    database = open_database(copy, check=IntegrityCheck.QUICK)
    try:
        _visit_corrected_then_deleted(
            CaseService(database.session_factory), database, household, data
        )
    finally:
        database.close()


def edit_an_answer(database: OfficeDatabase, household_id: int, indicator_id: int) -> None:
    """Turn one answer of 2567 round (passed ↔ failed), logged as the household form logs."""
    with database.session_factory.begin() as session:
        result = session.scalar(
            select(IndicatorResult).where(
                IndicatorResult.household_id == household_id,
                IndicatorResult.indicator_id == indicator_id,
                IndicatorResult.survey_year == 2567,
            )
        )
        if result is None:
            return
        log = ChangeWriter(session, CLERK, utc_now())
        old = {"status": result.status, "household_id": household_id}
        result.status = "failed" if result.status == "passed" else "passed"
        log.write("update", "indicator_results", result.id, old, old | {"status": result.status})
        session.flush()
        log.flush()


def _visit_corrected_then_deleted(
    cases: CaseService, demo_db: OfficeDatabase, household: int, data: st.DataObject
) -> None:
    choices = [c.indicator_id for c in cases.indicator_choices(household, 2567)]
    answers = st.dictionaries(st.sampled_from(choices), st.sampled_from(STATUSES), max_size=6)
    days = st.dates(dt.date(2026, 10, 1), TODAY)
    for kept in range(data.draw(st.integers(0, 2))):  # earlier visits: one deleted, one kept
        earlier = VisitDraft(household, data.draw(days), "นางสาวมาลี", "ก่อนหน้า")
        earlier.answers = [CheckedAnswer(i, s) for i, s in data.draw(answers).items()]
        earlier_id = cases.save_visit(earlier, user_name=CLERK, today=TODAY).visit_id
        if not kept:  # the next visit may be given its id again
            cases.delete_visit(earlier_id, user_name=CLERK)
            if data.draw(st.booleans()):  # and an answer edited (as the form does) meanwhile
                edit_an_answer(demo_db, household, data.draw(st.sampled_from(choices)))
    before = results(demo_db, household)
    stages_before, stage_before = stages(demo_db, household), household_stage(demo_db, household)
    draft = VisitDraft(household, data.draw(days), "นางวันดี", "พบ")
    draft.answers = [CheckedAnswer(i, s) for i, s in data.draw(answers).items()]
    draft.new_stage = data.draw(st.sampled_from([None, "survival", "sustainable"]))
    draft.stage_reason = "ประเมินใหม่"
    visit_id = cases.save_visit(draft, user_name=CLERK, today=TODAY).visit_id
    for _ in range(data.draw(st.integers(0, 3))):
        draft = cases.load_visit(visit_id)
        draft.visited_on = data.draw(days)
        draft.visited_by = data.draw(st.sampled_from(["นางวันดี", "นายสมชาย"]))
        draft.answers = [CheckedAnswer(i, s) for i, s in data.draw(answers).items()]
        draft.new_stage = data.draw(st.sampled_from([None, "survival", "sufficiency"]))
        draft.stage_reason = "แก้ไข"
        cases.save_visit(draft, user_name=CLERK, today=TODAY)
        assert {(a.indicator_id, a.status) for a in cases.load_visit(visit_id).answers} == {
            (a.indicator_id, a.status) for a in draft.answers
        }
    cases.delete_visit(visit_id, user_name=CLERK)
    assert results(demo_db, household) == before
    assert stages(demo_db, household) == stages_before
    assert household_stage(demo_db, household) == stage_before


def test_a_deleted_visit_takes_its_attached_files_with_it_and_logs_them(
    cases: CaseService, demo_db: OfficeDatabase, household: int
) -> None:
    from desktop.services.evidence import EvidenceService, NewAttachment, Owner, OwnerKind
    from tests.evidence_files import pdf

    saved, *_ = recorded_visit(cases, demo_db, household)
    evidence = EvidenceService(demo_db.session_factory)
    attached = evidence.add(
        NewAttachment(Owner(OwnerKind.VISIT, saved.visit_id), "ใบเยี่ยม.pdf", pdf(), VISITED),
        user_name=CLERK,
    )
    kept = evidence.add(
        NewAttachment(Owner(OwnerKind.HOUSEHOLD, household), "บ้าน.pdf", pdf("house"), VISITED),
        user_name=CLERK,
    )
    cases.delete_visit(saved.visit_id, user_name=CLERK)
    assert [row.id for row in evidence.household_attachments(household)] == [kept]
    deleted = [(r, v) for a, r, _, v in logged(demo_db, "attachments") if a == "delete"]
    assert [(r, v["file_name"], v["household_id"]) for r, v in deleted] == [
        (attached, "ใบเยี่ยม.pdf", str(household))
    ]
