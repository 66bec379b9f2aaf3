"""The worklist on a generated office: each kind planted on one household is found by its
query exactly (the list before and after differs by that one line), at the boundaries
(exactly 12 months, due today), filtered by area and kind, in village-then-urgency order."""

import datetime as dt

import pytest
from sqlalchemy import text

from db.database import OfficeDatabase
from db.household_summary import refresh_household_summaries
from desktop.services.cases import ActivityDraft, CaseService, VisitDraft
from desktop.services.cases.worklist import (
    WorkFilter,
    WorkKind,
    WorkLine,
    WorklistService,
    year_ago,
)

TODAY = dt.date(2026, 12, 1)
YEAR_AGO = dt.date(2025, 12, 1)
DAY = dt.timedelta(days=1)
CLERK = "สมศรี ใจดี"

Key = tuple[int, dt.date | None, int | None, int | None, str]


@pytest.fixture
def worklist(demo_db: OfficeDatabase) -> WorklistService:
    return WorklistService(demo_db.session_factory)


@pytest.fixture
def cases(demo_db: OfficeDatabase) -> CaseService:
    return CaseService(demo_db.session_factory)


def run(database: OfficeDatabase, sql: str, **params: object) -> list[tuple]:
    """Run ``sql``; a write is followed by what every writer does after it, the refresh of
    the derived columns and worklist lines (these plantings bypass the writers)."""
    with database.engine.begin() as connection:
        result = connection.execute(text(sql), params)
        if result.returns_rows:
            return [tuple(row) for row in result]
    with database.session_factory.begin() as session:
        refresh_household_summaries(session)
    return []


def found(worklist: WorklistService, kind: WorkKind, today: dt.date = TODAY) -> set[Key]:
    lines = worklist.worklist(WorkFilter(kinds=frozenset({kind})), today=today).lines
    assert all(line.kind is kind for line in lines)
    return {key(line) for line in lines}


def key(line: WorkLine) -> Key:
    return (line.household_id, line.detail_on, line.days, line.indicator_number,
            line.activity_text)  # fmt: skip


def fresh_household(database: OfficeDatabase, stage: str = "sufficiency") -> int:
    """A generated household with no plan and no visit, verified today, its stage history
    replaced by one ``stage`` assessment today: nothing of it is on the worklist."""
    household = run(
        database,
        "SELECT id FROM households WHERE length(failed_indicators) > 4"
        " AND id NOT IN (SELECT household_id FROM development_plans)"
        " AND id NOT IN (SELECT household_id FROM follow_up_visits) ORDER BY id LIMIT 1",
    )[0][0]
    set_stages(database, household, [(stage, TODAY)])
    run(database, "UPDATE households SET last_verified_on = :d WHERE id = :h", d=TODAY, h=household)
    return household


def set_stages(database: OfficeDatabase, household: int, stages: list[tuple[str, dt.date]]) -> None:
    run(database, "DELETE FROM stage_assessments WHERE household_id = :h", h=household)
    for stage, day in stages:
        run(
            database,
            "INSERT INTO stage_assessments (household_id, stage, assessed_on, assessor, reason)"
            " VALUES (:h, :s, :d, 'x', '')",
            h=household, s=stage, d=day,
        )  # fmt: skip
    run(
        database,
        "UPDATE households SET current_stage = :s WHERE id = :h",
        s=stages[-1][0] if stages else None,
        h=household,
    )


def failing(database: OfficeDatabase, household: int) -> list[int]:
    value = run(database, "SELECT failed_indicators FROM households WHERE id = :h", h=household)
    return [int(part) for part in value[0][0].strip(",").split(",")]


def plan_for(
    cases: CaseService,
    database: OfficeDatabase,
    household: int,
    activities: dict[int, list[ActivityDraft]],
) -> None:
    """A current plan made 30 days ago: one problem per failing indicator, with the
    activities given for its indicator number (none for the others)."""
    draft = cases.propose_plan(household, today=TODAY)
    draft.made_on = TODAY - 30 * DAY
    for problem in draft.problems:
        number = run(
            database, "SELECT number FROM indicators WHERE id = :i", i=problem.indicator_id
        )
        problem.goal = "ผ่านเกณฑ์"
        problem.activities = activities.get(number[0][0], [])
    cases.save_plan(draft, user_name=CLERK, today=TODAY)


def test_twelve_months_ago_is_the_same_day_and_29_february_the_28th() -> None:
    assert year_ago(TODAY) == YEAR_AGO
    assert year_ago(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)


def test_an_overdue_visit_is_found_and_a_later_visit_takes_it_off(
    worklist: WorklistService, demo_db: OfficeDatabase
) -> None:
    household = fresh_household(demo_db)
    before = found(worklist, WorkKind.VISIT_OVERDUE)
    visit = ("INSERT INTO follow_up_visits (household_id, visited_on, visited_by, findings,"
             " next_visit_due) VALUES (:h, :on, 'นายสมชาย', '', :due)")  # fmt: skip
    run(demo_db, visit, h=household, on=TODAY - 40 * DAY, due=TODAY)
    assert found(worklist, WorkKind.VISIT_OVERDUE) == before  # due today: not yet overdue
    run(demo_db, "UPDATE follow_up_visits SET next_visit_due = :d WHERE household_id = :h",
        d=TODAY - 3 * DAY, h=household)  # fmt: skip
    after = found(worklist, WorkKind.VISIT_OVERDUE)
    assert after - before == {(household, TODAY - 3 * DAY, 3, None, "")}
    run(demo_db, visit, h=household, on=TODAY - DAY, due=None)  # the latest visit counts
    assert found(worklist, WorkKind.VISIT_OVERDUE) == before


def test_survival_without_a_current_plan_is_found_until_a_plan_is_made(
    worklist: WorklistService, cases: CaseService, demo_db: OfficeDatabase
) -> None:
    household = fresh_household(demo_db)
    before = found(worklist, WorkKind.NO_PLAN)
    set_stages(
        demo_db, household, [("sufficiency", TODAY - 90 * DAY), ("survival", TODAY - 9 * DAY)]
    )
    assert found(worklist, WorkKind.NO_PLAN) - before == {(household, TODAY - 9 * DAY, 9, None, "")}
    plan_for(cases, demo_db, household, {})
    assert found(worklist, WorkKind.NO_PLAN) == before


def test_a_failing_indicator_that_nothing_addresses_is_found(
    worklist: WorklistService, cases: CaseService, demo_db: OfficeDatabase
) -> None:
    household = fresh_household(demo_db)
    first, *others = failing(demo_db, household)
    before = found(worklist, WorkKind.UNADDRESSED)
    working = {n: [ActivityDraft("ฝึกอาชีพ", status="doing")] for n in others}
    plan_for(
        cases, demo_db, household, {**working, first: [ActivityDraft("ยกเลิกแล้ว", status="dropped")]}
    )
    made = TODAY - 30 * DAY
    assert found(worklist, WorkKind.UNADDRESSED) - before == {(household, made, 30, first, "")}
    dimension = run(
        demo_db, "SELECT dimension FROM indicators WHERE number = :n ORDER BY set_id DESC", n=first
    )[0][0]
    help_ = ("INSERT INTO assistance (household_id, given_on, dimension, kind, value_satang,"
             " outcome, note) VALUES (:h, :on, :d, '', 0, '', '')")  # fmt: skip
    run(demo_db, help_, h=household, on=made - DAY, d=dimension)  # before the plan: no
    assert (household, made, 30, first, "") in found(worklist, WorkKind.UNADDRESSED)
    run(demo_db, help_, h=household, on=made, d=dimension)
    assert found(worklist, WorkKind.UNADDRESSED) == before


def test_verification_older_than_twelve_months_is_found_from_the_day_after(
    worklist: WorklistService, demo_db: OfficeDatabase
) -> None:
    household = fresh_household(demo_db)
    before = found(worklist, WorkKind.NOT_VERIFIED)
    verified = "UPDATE households SET last_verified_on = :d WHERE id = :h"
    run(demo_db, verified, d=YEAR_AGO, h=household)  # exactly 12 months: still in time
    assert found(worklist, WorkKind.NOT_VERIFIED) == before
    run(demo_db, verified, d=YEAR_AGO - DAY, h=household)
    assert found(worklist, WorkKind.NOT_VERIFIED) - before == {
        (household, YEAR_AGO - DAY, 1, None, "")
    }
    run(demo_db, verified, d=None, h=household)
    assert found(worklist, WorkKind.NOT_VERIFIED) - before == {(household, None, None, None, "")}


@pytest.mark.parametrize(
    ("stages", "since"),
    [
        ([("survival", YEAR_AGO)], None),  # exactly 12 months: not yet
        ([("survival", YEAR_AGO - DAY)], YEAR_AGO - DAY),
        ([("sufficiency", YEAR_AGO - 5 * DAY), ("sufficiency", TODAY - DAY)], YEAR_AGO - 5 * DAY),
        ([("sufficiency", YEAR_AGO - 90 * DAY), ("survival", YEAR_AGO - 50 * DAY),
          ("survival", TODAY - 10 * DAY)], YEAR_AGO - 50 * DAY),
        ([("survival", YEAR_AGO - 90 * DAY), ("sufficiency", TODAY - 10 * DAY)], None),
        ([("sustainable", YEAR_AGO - 400 * DAY)], None),  # nowhere higher to go
    ],
)  # fmt: skip
def test_a_stage_unchanged_for_twelve_months_is_found_with_the_day_it_began(
    worklist: WorklistService, demo_db: OfficeDatabase, stages, since: dt.date | None
) -> None:
    household = fresh_household(demo_db)
    before = found(worklist, WorkKind.STAGE_STUCK)
    set_stages(demo_db, household, stages)
    planted = found(worklist, WorkKind.STAGE_STUCK) - before
    expected = set() if since is None else {(household, since, (YEAR_AGO - since).days, None, "")}
    assert planted == expected


def test_an_open_activity_past_its_due_date_is_found(
    worklist: WorklistService, cases: CaseService, demo_db: OfficeDatabase
) -> None:
    household = fresh_household(demo_db)
    first, *_ = failing(demo_db, household)
    before = found(worklist, WorkKind.ACTIVITY_LATE)
    plan_for(cases, demo_db, household, {first: [
        ActivityDraft("ซ่อมบ้าน", due_on=TODAY - 2 * DAY),
        ActivityDraft("ฝึกอาชีพ", due_on=TODAY - 2 * DAY, status="done"),
        ActivityDraft("ส่งต่อ อบต.", due_on=TODAY),
        ActivityDraft("ติดตาม", due_on=TODAY - 5 * DAY, status="dropped"),
    ]})  # fmt: skip
    late = found(worklist, WorkKind.ACTIVITY_LATE) - before
    assert late == {(household, TODAY - 2 * DAY, 2, first, "ซ่อมบ้าน")}
    plan_for(cases, demo_db, household, {})  # a new current plan: the old one's activities are off
    assert found(worklist, WorkKind.ACTIVITY_LATE) == before


def test_the_area_and_kinds_narrow_the_list_and_counts_stay_per_kind(
    worklist: WorklistService, cases: CaseService, demo_db: OfficeDatabase
) -> None:
    household = fresh_household(demo_db)
    village = run(demo_db, "SELECT village_code FROM households WHERE id = :h", h=household)[0][0]
    CaseService(demo_db.session_factory).save_visit(
        VisitDraft(household, TODAY - 30 * DAY, "นายสมชาย", next_visit_due=TODAY - DAY),
        user_name=CLERK, today=TODAY,
    )  # fmt: skip
    whole = worklist.worklist(WorkFilter(), today=TODAY)
    assert whole.counts == {kind: sum(1 for line in whole.lines if line.kind is kind)
                            for kind in WorkKind}  # fmt: skip
    assert all(whole.counts[kind] for kind in WorkKind)  # the demo has work of each kind
    in_village = worklist.worklist(WorkFilter(village_code=village), today=TODAY)
    assert {line.village_code for line in in_village.lines} == {village}
    assert [line for line in whole.lines if line.village_code == village] == list(in_village.lines)
    subdistrict = village[:6]
    in_subdistrict = worklist.worklist(WorkFilter(subdistrict_code=subdistrict), today=TODAY)
    assert in_subdistrict.lines == tuple(
        line for line in whole.lines if line.subdistrict_code == subdistrict
    )
    visits = worklist.worklist(
        WorkFilter(village_code=village, kinds=frozenset({WorkKind.VISIT_OVERDUE})), today=TODAY
    )
    assert household in {line.household_id for line in visits.lines}
    assert {line.kind for line in visits.lines} == {WorkKind.VISIT_OVERDUE}
    assert visits.counts == in_village.counts  # counts are the area's, every kind


def test_lines_come_by_village_then_most_urgent_first(worklist: WorklistService) -> None:
    lines = worklist.worklist(WorkFilter(), today=TODAY).lines
    order = [(line.village_code, line.days is not None, -(line.days or 0)) for line in lines]
    assert order == sorted(order)
    assert len({line.village_code for line in lines}) > 1
