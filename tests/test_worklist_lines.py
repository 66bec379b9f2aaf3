"""Property: the worklist read from its derived lines equals the reference statement
(worklist_sql, computed from the cases themselves) after any sequence of the services'
own writes: household answers, verification and stages saved through the form, visits
recorded (stage reassessed), plans made, their activities done or dropped, an older plan
made current again, assistance recorded (for an activity or a dimension) and deleted, a
household deleted, and an import of a workbook another copy of the office exported. It
fails when a writer forgets to refresh the lines, or when a kind's derivation drifts from
its reference, for "today"s before, among and after the data's dates, for the office,
a village and a subdistrict."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from db import follow_up_lines
from db.database import IntegrityCheck, OfficeDatabase, open_database
from db.household_summary import refresh_household_summaries
from desktop.services.assistance import AssistanceService
from desktop.services.cases import ActivityDraft, CaseRejected, CaseService, VisitDraft
from desktop.services.cases.worklist import (
    WorkFilter,
    WorkKind,
    WorkLine,
    Worklist,
    read_page,
    read_reference_worklist,
    read_worklist,
)
from desktop.services.exchange.import_ import apply_plan, plan_import
from desktop.services.households.draft import StageEntry
from desktop.services.households.form import HouseholdFormService, ValidationFailed
from desktop.services.projects import AssistanceDraft, RecordRejected
from desktop.services.thai import format_be_date
from tests.exchange_office import export_small, small_office

CLERK = "สมศรี ใจดี"
WRITTEN_ON = dt.date(2026, 12, 31)  # the services' "today": every date below is before it
FIRST_DAY = dt.date(2024, 6, 1)
DAYS = (WRITTEN_ON - FIRST_DAY).days
TODAYS = (dt.date(2024, 1, 1), dt.date(2025, 3, 1), dt.date(2025, 11, 20), dt.date(2026, 12, 1),
          dt.date(2028, 2, 29))  # fmt: skip
HOUSEHOLDS = 10
STATUSES = ("planned", "doing", "done", "dropped")
DIMENSIONS = ("health", "living", "education", "income", "access")
SETTINGS = settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Office:
    """A small generated office (with the demo's plans and visits), copied fresh for each
    example."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        database = small_office(folder, households=HOUSEHOLDS, seed=41)
        self.file = Path(database.session_factory.kw["bind"].url.database)
        database.close()

    def fresh(self) -> OfficeDatabase:
        folder = Path(tempfile.mkdtemp(dir=self.folder))
        shutil.copy(self.file, folder / "office.sqlite3")
        return open_database(folder / "office.sqlite3", check=IntegrityCheck.DEFERRED)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return Office(tmp_path_factory.mktemp("worklist-lines"))


def day(offset: int) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=offset % DAYS)


def household_ids(database: OfficeDatabase) -> list[int]:
    with database.engine.connect() as connection:
        return [row[0] for row in connection.execute(text("SELECT id FROM households ORDER BY id"))]


def pick(items: list, index: int):  # type: ignore[no-untyped-def]
    return items[index % len(items)] if items else None


# The operations: each takes the database and the values hypothesis drew, and writes
# through a service as a clerk's action would (a refused action writes nothing).


def save_answers(database: OfficeDatabase, which: int, seed: int, offset: int) -> None:
    """Answer some indicators (failed or passed), verified on a day."""
    form = HouseholdFormService(database.session_factory)
    draft = form.load(pick(household_ids(database), which))
    for index, answer in enumerate(draft.indicators):
        if (seed >> (index % 16)) & 1:
            answer.status = "failed" if (seed >> ((index + 5) % 16)) & 1 else "passed"
            answer.verified_by, answer.verified_on = CLERK, format_be_date(day(offset))
    form.save(draft, user_name=CLERK, today=WRITTEN_ON)


def save_stage(database: OfficeDatabase, which: int, stage: int, offset: int) -> None:
    """A stage assessment added through the form."""
    form = HouseholdFormService(database.session_factory)
    draft = form.load(pick(household_ids(database), which))
    entry = StageEntry()
    entry.stage = ("survival", "sufficiency", "sustainable")[stage % 3]
    entry.assessed_on, entry.assessor = format_be_date(day(offset)), CLERK
    entry.reason = "ประเมินใหม่"
    draft.stages.append(entry)
    form.save(draft, user_name=CLERK, today=WRITTEN_ON)


def record_visit(database: OfficeDatabase, which: int, stage: int, offset: int) -> None:
    """A visit; a next visit due 0-200 days after; a stage reassessed a third of the time."""
    household = pick(household_ids(database), which)
    visited = day(offset)
    due = None if stage % 4 == 3 else min(visited + dt.timedelta(days=stage % 200), WRITTEN_ON)
    new_stage = ("survival", "sufficiency", "sustainable")[stage % 3] if stage % 3 == 0 else None
    CaseService(database.session_factory).save_visit(
        VisitDraft(household, visited, CLERK, "พบครัวเรือน", [], new_stage,
                   "ประเมินใหม่" if new_stage else "", due),
        user_name=CLERK, today=WRITTEN_ON,
    )  # fmt: skip


def make_plan(database: OfficeDatabase, which: int, seed: int, offset: int) -> None:
    """A plan for the failing indicators, activities of drawn statuses and due dates (a
    problem left without any now and then); current unless the seed says otherwise."""
    cases = CaseService(database.session_factory)
    household = pick(household_ids(database), which)
    draft = cases.propose_plan(household, today=WRITTEN_ON)
    draft.made_on = day(offset)
    draft.is_current = seed % 5 != 0
    for index, problem in enumerate(draft.problems):
        problem.goal = "ผ่านเกณฑ์"
        bits = seed >> (2 * index)
        if bits & 3 == 0:
            continue  # nothing planned for it: unaddressed
        problem.activities = [
            ActivityDraft(
                f"กิจกรรม {index}",
                due_on=None
                if bits & 4
                else min(draft.made_on + dt.timedelta(days=30 * (bits & 15)), WRITTEN_ON),
                status=STATUSES[(bits >> 1) % 4],
            )
        ]
    cases.save_plan(draft, user_name=CLERK, today=WRITTEN_ON)


def change_activity(database: OfficeDatabase, which: int, status: int, offset: int) -> None:
    """An activity of the current plan gets another status and due date."""
    cases = CaseService(database.session_factory)
    draft = cases.current_plan(pick(household_ids(database), which))
    activities = [] if draft is None else [a for p in draft.problems for a in p.activities]
    activity = pick(activities, offset)
    if draft is None or activity is None:
        return
    activity.status, activity.due_on = STATUSES[status % 4], day(offset)
    cases.save_plan(draft, user_name=CLERK, today=WRITTEN_ON)


def older_plan_current(database: OfficeDatabase, which: int, _seed: int, _offset: int) -> None:
    household = pick(household_ids(database), which)
    with database.engine.connect() as connection:
        older = connection.execute(
            text(
                "SELECT min(id) FROM development_plans WHERE household_id = :h AND is_current = 0"
            ),
            {"h": household},
        ).scalar()
    if older is not None:
        CaseService(database.session_factory).set_current(older, user_name=CLERK)


def record_help(database: OfficeDatabase, which: int, seed: int, offset: int) -> None:
    """Assistance given on a day: for an activity of the current plan or in a dimension."""
    household = pick(household_ids(database), which)
    with database.engine.connect() as connection:
        agency = connection.execute(text("SELECT min(id) FROM agencies")).scalar()
    activity = None
    if seed % 2:
        choices = CaseService(database.session_factory).current_activities(household)
        activity = pick([choice.activity_id for choice in choices], seed)
    draft = AssistanceDraft(
        given_on=day(offset), agency_id=agency, kind="training",
        dimension=None if activity else DIMENSIONS[seed % 5], plan_activity_id=activity,
    )  # fmt: skip
    AssistanceService(database.session_factory).record([household], draft, CLERK, today=WRITTEN_ON)


def delete_help(database: OfficeDatabase, which: int, _seed: int, _offset: int) -> None:
    with database.engine.connect() as connection:
        ids = [row[0] for row in connection.execute(text("SELECT id FROM assistance ORDER BY id"))]
    chosen = pick(ids, which)
    if chosen is not None:
        AssistanceService(database.session_factory).delete(chosen, CLERK)


def delete_household(database: OfficeDatabase, which: int, _seed: int, _offset: int) -> None:
    ids = household_ids(database)
    if len(ids) > HOUSEHOLDS // 2:
        HouseholdFormService(database.session_factory).delete(pick(ids, which), user_name=CLERK)


OPERATIONS: dict[str, Callable[[OfficeDatabase, int, int, int], None]] = {
    "answers": save_answers, "stage": save_stage, "visit": record_visit, "plan": make_plan,
    "activity": change_activity, "older plan": older_plan_current, "help": record_help,
    "delete help": delete_help, "delete household": delete_household,
}  # fmt: skip
REFUSALS = (CaseRejected, RecordRejected, ValidationFailed)

operation = st.tuples(
    st.sampled_from(sorted(OPERATIONS)),
    st.integers(0, 50),
    st.integers(0, 2**16),
    st.integers(0, DAYS),
)


def apply(database: OfficeDatabase, steps: list[tuple[str, int, int, int]]) -> None:
    for name, which, seed, offset in steps:
        with contextlib.suppress(*REFUSALS):  # refused: nothing written; still agree
            OPERATIONS[name](database, which, seed, offset)


def canonical(worklist: Worklist) -> list[WorkLine]:
    """The lines with the ties the reference leaves open (a household's activities of one
    indicator due the same day) put in one order."""

    def tie(line: WorkLine) -> tuple:
        return (line.village_code, line.days, line.kind, line.household_id,
                line.indicator_number)  # fmt: skip

    lines: list[WorkLine] = []
    for _key, group in groupby(worklist.lines, key=tie):
        lines += sorted(group, key=lambda line: (line.activity_text, line.detail_on or dt.date.min))
    return lines


def assert_derived_equals_reference(database: OfficeDatabase) -> None:
    with database.session_factory() as session:
        villages = [row[0] for row in session.execute(
            text("SELECT DISTINCT village_code FROM households ORDER BY 1"))]  # fmt: skip
        some_kinds = frozenset({WorkKind.UNADDRESSED, WorkKind.ACTIVITY_LATE})
        filters = [WorkFilter(), WorkFilter(subdistrict_code=villages[0][:6]),
                   WorkFilter(village_code=villages[-1]), WorkFilter(kinds=some_kinds)]  # fmt: skip
        for today in TODAYS:
            for work_filter in filters:
                derived = read_worklist(session, work_filter, today)
                reference = read_reference_worklist(session, work_filter, today)
                assert canonical(derived) == canonical(reference), (today, work_filter)
                assert derived.counts == reference.counts, (today, work_filter)
                assert derived.households() == reference.households()
                first = read_worklist(session, work_filter, today, page_lines=3)
                assert first.lines == derived.lines[:3]
                paged, start = list(first.lines), first.next_start
                while start is not None:  # page by page, as the list scrolls
                    page = read_page(session, work_filter, today, start=start, lines=3)
                    paged += page.lines
                    start = page.next_start
                assert paged == list(derived.lines)


@SETTINGS
@given(steps=st.lists(operation, min_size=1, max_size=8))
def test_the_derived_worklist_equals_the_reference_after_any_writes(
    office: Office, steps: list[tuple[str, int, int, int]]
) -> None:
    database = office.fresh()
    try:
        apply(database, steps)
        assert_derived_equals_reference(database)
    finally:
        database.close()


@settings(SETTINGS, max_examples=5)
@given(steps=st.lists(operation, min_size=3, max_size=8))
def test_an_import_of_another_copys_workbook_refreshes_the_lines(
    office: Office, steps: list[tuple[str, int, int, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One copy is changed through the services and exported; a fresh copy imports it
    (households' answers, stages, verification and assistance) and must agree too. Every
    refresh here takes the path of many households (an import's at 100,000: compared,
    only the changed ones rewritten)."""
    monkeypatch.setattr(follow_up_lines, "FEW_HOUSEHOLDS", 0)
    source, target = office.fresh(), office.fresh()
    try:
        apply(source, steps)
        book = export_small(source, Path(tempfile.mkdtemp(dir=office.folder)) / "book.xlsx")
        with plan_import(target.session_factory, book, today=WRITTEN_ON) as plan:
            apply_plan(target.session_factory, plan, user_name=CLERK)
        assert_derived_equals_reference(target)
    finally:
        source.close()
        target.close()


def test_a_write_that_skips_the_refresh_is_caught_by_the_comparison(office: Office) -> None:
    """The oracle bites: a stage changed behind the writers' back (no refresh) leaves the
    derived list behind the reference until the refresh runs."""
    database = office.fresh()
    try:
        household = household_ids(database)[0]
        with database.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO stage_assessments (household_id, stage, assessed_on,"
                     " assessor, reason) VALUES (:h, 'survival', '2024-01-02', 'x', '')"),
                {"h": household},
            )  # fmt: skip
            connection.execute(
                text("UPDATE households SET current_stage = 'survival', last_verified_on = NULL"
                     " WHERE id = :h"), {"h": household})  # fmt: skip
        with pytest.raises(AssertionError):
            assert_derived_equals_reference(database)
        with database.session_factory.begin() as session:
            refresh_household_summaries(session, [household])
        assert_derived_equals_reference(database)
    finally:
        database.close()
