"""Plans and follow-up visits on a generated office: proposed from failing indicators,
saved in one transaction with their change log, refused with nothing written, and
assistance linked to a plan activity while the project's reach still counts it."""

import datetime as dt
import json

import pytest
from sqlalchemy import text

from db.database import OfficeDatabase
from db.models.office import PeriodLock
from desktop.services.assistance import AssistanceService
from desktop.services.cases import (
    ActivityDraft,
    CaseProblemCode,
    CaseRejected,
    CaseService,
    CheckedAnswer,
    PlanDraft,
    ProblemDraft,
    TimelineKind,
    VisitDraft,
)
from desktop.services.projects import AssistanceDraft, ProjectService, RecordRejected
from desktop.services.safety import RecordLocked
from tests.indicator_set_books import shipped_set_covers_this_year

pytestmark = pytest.mark.both_engines  # office_db on SQLite and on PostgreSQL


@pytest.fixture(autouse=True)
def _indicator_set(demo_db) -> None:  # type: ignore[no-untyped-def]
    """The demo's set covers this survey year: visits answer in the set of its answers."""
    shipped_set_covers_this_year(demo_db)


TODAY = dt.date(2026, 12, 1)
CLERK = "สมศรี ใจดี"
CASE_TABLES = ("development_plans", "plan_problems", "plan_activities", "follow_up_visits")


def one(database: OfficeDatabase, sql: str, **params: object) -> object:
    with database.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def counts(database: OfficeDatabase) -> dict[str, int]:
    tables = (*CASE_TABLES, "change_log", "stage_assessments", "indicator_results")
    return {table: int(one(database, f"SELECT count(*) FROM {table}")) for table in tables}  # type: ignore[arg-type]


def logged(database: OfficeDatabase, table: str) -> list[tuple[str, int, str, dict[str, str]]]:
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT action, record_id, field, coalesce(new_value, old_value) FROM change_log"
                " WHERE table_name = :table ORDER BY id"
            ),
            {"table": table},
        ).all()
    return [
        (action, record_id, field, json.loads(value) if not field and value else {})
        for action, record_id, field, value in rows
    ]


@pytest.fixture
def cases(demo_db: OfficeDatabase) -> CaseService:
    return CaseService(demo_db.session_factory)


@pytest.fixture
def household(demo_db: OfficeDatabase) -> int:
    """A generated household that failed at least two indicators in its latest year and
    has no plan or visit of the demo's yet."""
    return int(
        one(  # type: ignore[arg-type]
            demo_db,
            "SELECT id FROM households WHERE length(failed_indicators) > 4"
            " AND id NOT IN (SELECT household_id FROM development_plans)"
            " AND id NOT IN (SELECT household_id FROM follow_up_visits) ORDER BY id LIMIT 1",
        )
    )


def failing_numbers(database: OfficeDatabase, household_id: int) -> list[int]:
    value = str(
        one(database, "SELECT failed_indicators FROM households WHERE id = :h", h=household_id)
    )
    return [int(part) for part in value.strip(",").split(",") if part]


def agency_and_project(database: OfficeDatabase) -> tuple[int, int]:
    project = int(one(database, "SELECT min(id) FROM projects"))  # type: ignore[arg-type]
    agency = int(one(database, "SELECT agency_id FROM projects WHERE id = :p", p=project))  # type: ignore[arg-type]
    return agency, project


def written_plan(cases: CaseService, database: OfficeDatabase, household: int) -> PlanDraft:
    agency, project = agency_and_project(database)
    draft = cases.propose_plan(household, today=TODAY)
    for problem in draft.problems:
        problem.goal = "ผ่านเกณฑ์ภายในปีหน้า"
        problem.activities = [
            ActivityDraft("ฝึกอาชีพ", agency, project, dt.date(2027, 3, 31)),
            ActivityDraft("ติดตามทุกเดือน", agency, None, None, "doing"),
        ]
    cases.save_plan(draft, user_name=CLERK, today=TODAY)
    return draft


def test_a_new_plan_proposes_one_problem_per_failing_indicator(
    cases: CaseService, demo_db: OfficeDatabase, household: int
) -> None:
    draft = cases.propose_plan(household, today=TODAY)
    numbers = failing_numbers(demo_db, household)
    proposed = [
        int(one(demo_db, "SELECT number FROM indicators WHERE id = :i", i=p.indicator_id))  # type: ignore[arg-type]
        for p in draft.problems
    ]
    assert proposed == numbers and len(numbers) >= 2
    assert draft.made_on == TODAY and draft.is_current and draft.id is None
    assert all(p.dimension and not p.goal and not p.activities for p in draft.problems)


def test_a_saved_plan_is_read_back_and_every_new_record_is_logged(
    cases: CaseService, demo_db: OfficeDatabase, household: int
) -> None:
    draft = written_plan(cases, demo_db, household)
    assert draft.id is not None and draft.created_by == CLERK
    assert all(p.id is not None for p in draft.problems)
    assert all(a.id is not None for p in draft.problems for a in p.activities)
    again = cases.load_plan(draft.id)
    assert again == draft
    assert again.problems[0].activities[0].due_on == dt.date(2027, 3, 31)
    plans, problems, activities = (
        [entry for entry in logged(demo_db, t) if entry[3].get("household_id") == str(household)]
        for t in CASE_TABLES[:3]
    )
    assert [(a, r) for a, r, _, _ in plans] == [("insert", draft.id)]
    assert plans[0][3]["title"] == draft.title and plans[0][3]["is_current"] == "true"
    assert {r for _, r, _, _ in problems} == {p.id for p in draft.problems}
    activity_ids = {a.id for p in draft.problems for a in p.activities}
    assert {r for _, r, _, _ in activities} == activity_ids
    assert all(v["household_id"] == str(household) for _, _, _, v in problems + activities)
    assert {v["due_on"] for *_, v in activities} == {"2027-03-31", None}


def test_editing_a_plan_logs_each_change_removal_and_addition(
    cases: CaseService, demo_db: OfficeDatabase, household: int
) -> None:
    draft = written_plan(cases, demo_db, household)
    first, second = draft.problems[0], draft.problems[1]
    first.goal = "มีรายได้พอ"
    first.activities[0].status = "done"
    removed = first.activities.pop(1)
    first.activities.append(ActivityDraft("ส่งต่อ อบต.", None, None, dt.date(2027, 1, 15)))
    dropped_problem = draft.problems.pop(1)
    left = len(draft.problems)
    cases.save_plan(draft, user_name=CLERK, today=TODAY)
    assert cases.load_plan(draft.id or 0) == draft
    problems = logged(demo_db, "plan_problems")
    assert ("update", first.id, "goal", {}) in problems
    assert any(a == "delete" and r == second.id for a, r, _, _ in problems)
    activities = logged(demo_db, "plan_activities")
    assert ("update", first.activities[0].id, "status", {}) in activities
    deleted = {r for a, r, _, _ in activities if a == "delete"}
    assert removed.id in deleted
    assert {a.id for a in dropped_problem.activities} <= deleted
    assert any(a == "insert" and r == first.activities[-1].id for a, r, _, _ in activities)
    assert one(demo_db, "SELECT count(*) FROM plan_problems WHERE plan_id = :p", p=draft.id) == left


def test_one_plan_is_current_and_the_current_one_can_be_changed(
    cases: CaseService, demo_db: OfficeDatabase, household: int
) -> None:
    old = written_plan(cases, demo_db, household)
    new = written_plan(cases, demo_db, household)
    current = "SELECT id FROM development_plans WHERE household_id = :h AND is_current"
    with demo_db.engine.connect() as connection:
        assert connection.execute(text(current), {"h": household}).scalars().all() == [new.id]
    assert (cases.current_plan(household) or PlanDraft(0)).id == new.id
    cases.set_current(old.id or 0, user_name=CLERK)
    with demo_db.engine.connect() as connection:
        assert connection.execute(text(current), {"h": household}).scalars().all() == [old.id]
    updates = [(r, f) for a, r, f, _ in logged(demo_db, "development_plans") if a == "update"]
    assert (new.id, "is_current") in updates and (old.id, "is_current") in updates


@pytest.mark.parametrize(
    ("edit", "field", "code"),
    [
        (lambda d: setattr(d, "title", "  "), "title", CaseProblemCode.REQUIRED),
        (lambda d: setattr(d, "made_on", TODAY + dt.timedelta(days=1)), "made_on",
         CaseProblemCode.FUTURE_DATE),
        (lambda d: setattr(d.problems[0], "goal", ""), "problems.goal", CaseProblemCode.REQUIRED),
        (lambda d: setattr(d.problems[0].activities[0], "agency_id", 999_999),
         "problems.activities.agency_id", CaseProblemCode.UNKNOWN_CHOICE),
        (lambda d: setattr(d.problems[0].activities[0], "due_on", dt.date(2025, 1, 1)),
         "problems.activities.due_on", CaseProblemCode.DATE_BEFORE),
        (lambda d: setattr(d.problems[0].activities[0], "status", "late"),
         "problems.activities.status", CaseProblemCode.UNKNOWN_CHOICE),
        (lambda d: setattr(d.problems[1], "indicator_id", d.problems[0].indicator_id),
         "problems.indicator_id", CaseProblemCode.INDICATOR_REPEATED),
        (lambda d: d.problems.clear(), "problems", CaseProblemCode.NO_PROBLEMS),
    ],
)  # fmt: skip
def test_a_plan_with_a_problem_is_refused_and_nothing_is_written(
    cases: CaseService, demo_db: OfficeDatabase, household: int, edit, field: str, code
) -> None:  # type: ignore[no-untyped-def]
    agency, _ = agency_and_project(demo_db)
    draft = cases.propose_plan(household, today=TODAY)
    for problem in draft.problems:
        problem.goal = "เป้าหมาย"
        problem.activities = [ActivityDraft("กิจกรรม", agency)]
    edit(draft)
    before = counts(demo_db)
    with pytest.raises(CaseRejected) as refused:
        cases.save_plan(draft, user_name=CLERK, today=TODAY)
    assert (field, code) in [(p.field, p.code) for p in refused.value.problems]
    assert counts(demo_db) == before
    assert draft.id is None


def test_a_period_locked_household_takes_no_plan_and_no_visit(
    cases: CaseService, demo_db: OfficeDatabase, household: int
) -> None:
    with demo_db.session_factory.begin() as session:
        session.add(
            PeriodLock(
                fiscal_year=2569, subdistrict_code=None, locked_at=dt.datetime(2026, 11, 1),
                locked_by="หัวหน้า", reason="ส่งจังหวัดแล้ว", unlock_reason="", export_file="",
            )
        )  # fmt: skip
    draft = cases.propose_plan(household, today=TODAY)
    draft.problems = [ProblemDraft("income", None, "มีรายได้")]
    before = counts(demo_db)
    with pytest.raises(RecordLocked):
        cases.save_plan(draft, user_name=CLERK, today=TODAY)
    with pytest.raises(RecordLocked):
        cases.save_visit(
            VisitDraft(household, TODAY, "นายสมชาย", "ปกติ"), user_name=CLERK, today=TODAY
        )
    assert counts(demo_db) == before


def test_a_visit_writes_answers_a_stage_and_the_next_due_date(
    cases: CaseService, demo_db: OfficeDatabase, household: int
) -> None:
    year = cases.visit_survey_year(household, dt.date(2026, 11, 20))
    assert year == 2567  # the generated survey's year: the answers replace its own
    choices = cases.indicator_choices(household, year)
    failed = [c for c in choices if c.status == "failed"]
    assert failed
    checked = [CheckedAnswer(failed[0].indicator_id, "passed")]
    visit = VisitDraft(
        household,
        visited_on=dt.date(2026, 11, 20),
        visited_by="  นาง  วันดี  ศรีสุข ",
        findings="ปลูกผักขายได้แล้ว",
        answers=checked,
        new_stage="sufficiency",
        stage_reason="มีรายได้พอใช้",
        next_visit_due=dt.date(2027, 2, 20),
    )
    saved = cases.save_visit(visit, user_name=CLERK, today=TODAY)
    assert saved.survey_year == year and saved.stage_assessment_id is not None
    with demo_db.engine.connect() as connection:
        result = connection.execute(
            text(
                "SELECT status, verified_by, CAST(verified_on AS TEXT) FROM indicator_results"
                " WHERE household_id = :h AND indicator_id = :i AND survey_year = 2567"
            ),
            {"h": household, "i": failed[0].indicator_id},
        ).one()
        stage = connection.execute(
            text(
                "SELECT stage, CAST(assessed_on AS TEXT), assessor, reason"
                " FROM stage_assessments WHERE id = :s"
            ),
            {"s": saved.stage_assessment_id},
        ).one()
        row = connection.execute(
            text(
                "SELECT stage_assessment_id, CAST(next_visit_due AS TEXT) FROM follow_up_visits"
                " WHERE id = :v"
            ),
            {"v": saved.visit_id},
        ).one()
        current = connection.execute(
            text(
                "SELECT current_stage, CAST(last_verified_on AS TEXT) FROM households WHERE id = :h"
            ),
            {"h": household},
        ).one()
    assert tuple(result) == ("passed", "นาง วันดี ศรีสุข", "2026-11-20")
    assert tuple(stage) == ("sufficiency", "2026-11-20", "นาง วันดี ศรีสุข", "มีรายได้พอใช้")
    assert tuple(row) == (saved.stage_assessment_id, "2027-02-20")
    assert tuple(current) == ("sufficiency", "2026-11-20")
    assert failed[0].number not in failing_numbers(demo_db, household)  # the list follows
    assert set(failing_numbers(demo_db, household)) == {c.number for c in failed[1:]}
    visits = logged(demo_db, "follow_up_visits")
    assert [(a, r) for a, r, _, _ in visits] == [("insert", saved.visit_id)]
    assert visits[0][3]["findings"] == "ปลูกผักขายได้แล้ว"
    assert any(
        r == saved.stage_assessment_id for _, r, _, _ in logged(demo_db, "stage_assessments")
    )
    assert logged(demo_db, "indicator_results")
    timeline = cases.timeline(household)
    kinds = [entry.kind for entry in timeline if entry.on == dt.date(2026, 11, 20)]
    assert kinds == [TimelineKind.VISIT, TimelineKind.STAGE]
    assert [entry.on for entry in timeline] == sorted((e.on for e in timeline), reverse=True)


@pytest.mark.parametrize(
    ("edit", "field", "code"),
    [
        (lambda v: setattr(v, "visited_by", ""), "visited_by", CaseProblemCode.REQUIRED),
        (lambda v: setattr(v, "visited_on", None), "visited_on", CaseProblemCode.REQUIRED),
        (lambda v: setattr(v, "visited_on", TODAY + dt.timedelta(days=3)), "visited_on",
         CaseProblemCode.FUTURE_DATE),
        (lambda v: setattr(v, "stage_reason", " "), "stage_reason", CaseProblemCode.REQUIRED),
        (lambda v: setattr(v, "new_stage", "rich"), "new_stage", CaseProblemCode.UNKNOWN_CHOICE),
        (lambda v: setattr(v, "next_visit_due", dt.date(2026, 1, 1)), "next_visit_due",
         CaseProblemCode.DATE_BEFORE),
        (lambda v: v.answers.append(CheckedAnswer(999_999, "passed")), "answers",
         CaseProblemCode.UNKNOWN_CHOICE),
        (lambda v: v.answers.append(v.answers[0]), "answers", CaseProblemCode.ANSWER_REPEATED),
    ],
)  # fmt: skip
def test_a_visit_with_a_problem_is_refused_and_nothing_is_written(
    cases: CaseService, demo_db: OfficeDatabase, household: int, edit, field: str, code
) -> None:  # type: ignore[no-untyped-def]
    choice = cases.indicator_choices(household, 2567)[0]
    visit = VisitDraft(
        household, dt.date(2026, 11, 20), "นายสมชาย", "",
        [CheckedAnswer(choice.indicator_id, "failed")], "survival", "ยังไม่มีรายได้",
        dt.date(2027, 1, 20),
    )  # fmt: skip
    edit(visit)
    before = counts(demo_db)
    with pytest.raises(CaseRejected) as refused:
        cases.save_visit(visit, user_name=CLERK, today=TODAY)
    assert (field, code) in [(p.field, p.code) for p in refused.value.problems]
    assert counts(demo_db) == before


def test_assistance_serves_an_activity_of_its_own_household_and_still_counts_for_the_project(
    cases: CaseService, demo_db: OfficeDatabase, household: int
) -> None:
    draft = written_plan(cases, demo_db, household)
    activity = cases.current_activities(household)[0]
    assert activity.activity_id == draft.problems[0].activities[0].id
    assistance = AssistanceService(demo_db.session_factory)
    projects = ProjectService(demo_db.session_factory)
    project = activity.project_id or 0
    reach_before = projects.reach(project).households_reached
    helped_before = one(
        demo_db, "SELECT count(*) FROM assistance WHERE project_id = :p AND household_id = :h",
        p=project, h=household,
    )  # fmt: skip
    given = AssistanceDraft(
        given_on=dt.date(2026, 11, 25), project_id=project, kind="training",
        value_satang=150_000, plan_activity_id=activity.activity_id,
    )  # fmt: skip
    other = int(one(demo_db, "SELECT min(id) FROM households WHERE id != :h", h=household))  # type: ignore[arg-type]
    with pytest.raises(RecordRejected) as refused:
        assistance.record([other], given, CLERK, today=TODAY)
    assert [p.field for p in refused.value.problems] == ["plan_activity_id"]
    with pytest.raises(RecordRejected):
        assistance.record([household, other], given, CLERK, today=TODAY)
    assert assistance.record([household], given, CLERK, today=TODAY) == 1
    linked = one(
        demo_db,
        "SELECT household_id FROM assistance WHERE plan_activity_id = :a",
        a=activity.activity_id,
    )
    assert linked == household
    expected = reach_before + (0 if helped_before else 1)
    assert projects.reach(project).households_reached == expected
    inserted = [v for a, _, _, v in logged(demo_db, "assistance") if a == "insert"][-1]
    assert inserted["plan_activity_id"] == str(activity.activity_id)


def test_the_household_history_lists_its_plans_and_visits(
    cases: CaseService, demo_db: OfficeDatabase, household: int
) -> None:
    from desktop.services.households.form import HouseholdFormService

    draft = written_plan(cases, demo_db, household)
    draft.problems[0].goal = "เป้าหมายใหม่"
    cases.save_plan(draft, user_name=CLERK, today=TODAY)
    saved = cases.save_visit(
        VisitDraft(household, dt.date(2026, 11, 20), "นายสมชาย", "ปกติ"),
        user_name=CLERK,
        today=TODAY,
    )
    history = HouseholdFormService(demo_db.session_factory).history(household)
    seen = {(entry.table_name, entry.record_id, entry.action) for entry in history}
    assert ("development_plans", draft.id, "insert") in seen
    assert ("plan_problems", draft.problems[0].id, "update") in seen
    assert ("follow_up_visits", saved.visit_id, "insert") in seen
    activity = draft.problems[0].activities[0]
    entry = next(
        e for e in history if (e.table_name, e.record_id) == ("plan_activities", activity.id)
    )
    assert entry.context == {"text": "ฝึกอาชีพ"}
