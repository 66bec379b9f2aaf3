"""The assistance service against generated demo offices.

Truth comes from the raw tables through bare sqlite3 (members, not the derived columns;
dates, not the fiscal-year helper), never from the service's own queries.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

import pytest

from db.database import OfficeDatabase
from desktop.services.assistance import AssistanceService
from desktop.services.households.list_query import SortKey
from desktop.services.households.listing import HouseholdFilter, HouseholdListService
from desktop.services.office import CodeListService
from desktop.services.projects import (
    AssistanceDraft,
    AssistanceFilter,
    RecordNotFound,
    RecordProblemCode,
    RecordRejected,
)

CLERK = "สมศรี ใจดี"
TODAY = dt.date(2025, 9, 1)
HELPED = HouseholdFilter(helped=True)


@dataclass(frozen=True)
class Fact:
    id: int
    household_id: int
    member_id: int | None
    project_id: int | None
    agency_id: int | None
    given_on: dt.date
    kind: str
    value: int


@dataclass(frozen=True)
class Truth:
    assistance: list[Fact]
    keys: dict[int, str]  # household id -> key
    heads: dict[int, str]  # household id -> head's "first last"
    subdistricts: dict[int, str]  # household id -> subdistrict code
    projects: dict[int, tuple[str, int, int, int]]  # id -> name, agency, fiscal year, budget
    agencies: dict[int, str]  # id -> name
    members: dict[int, list[tuple[int, int, str]]]  # household id -> (seq, id, name)


def read_truth(database: OfficeDatabase) -> Truth:
    connection = sqlite3.connect(database.path)
    try:
        assistance = [
            Fact(a, h, m, p, ag, dt.date.fromisoformat(g), k, v)
            for a, h, m, p, ag, g, k, v in connection.execute(
                "SELECT id, household_id, member_id, project_id, agency_id, given_on, kind,"
                " value_satang FROM assistance"
            )
        ]
        keys, subdistricts = {}, {}
        for hid, key, village in connection.execute(
            "SELECT h.id, h.key, v.subdistrict_code FROM households AS h"
            " JOIN villages AS v ON v.code = h.village_code"
        ):
            keys[hid], subdistricts[hid] = key, village
        heads: dict[int, str] = {}
        members: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for mid, hid, seq, first, last, is_head in connection.execute(
            "SELECT id, household_id, seq, first_name, last_name, is_head FROM members"
        ):
            name = f"{first.strip()} {last.strip()}".strip()
            members[hid].append((seq, mid, name))
            if is_head:
                heads[hid] = name
        projects = {
            pid: (name, agency, year, budget)
            for pid, name, agency, year, budget in connection.execute(
                "SELECT id, name, agency_id, fiscal_year, budget_satang FROM projects"
            )
        }
        agencies = dict(connection.execute("SELECT id, name FROM agencies").fetchall())
    finally:
        connection.close()
    return Truth(assistance, keys, heads, subdistricts, projects, agencies, dict(members))


def table_count(database: OfficeDatabase, table: str, where: str = "1") -> int:
    connection = sqlite3.connect(database.path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
    finally:
        connection.close()


def be_fiscal_year(day: dt.date) -> int:
    return day.year + 543 + (1 if day.month >= 10 else 0)


@pytest.fixture
def writes() -> list[int]:
    return []


@pytest.fixture
def service(demo_db: OfficeDatabase, writes: list[int]) -> AssistanceService:
    return AssistanceService(demo_db.session_factory, lambda: writes.append(1))


@pytest.fixture
def truth(demo_db: OfficeDatabase) -> Truth:
    return read_truth(demo_db)


def unhelped(truth: Truth) -> list[int]:
    helped = {fact.household_id for fact in truth.assistance}
    return sorted(set(truth.keys) - helped)


def a_project(truth: Truth) -> int:
    """The project with the most budget left."""

    def left(project_id: int) -> int:
        given = sum(f.value for f in truth.assistance if f.project_id == project_id)
        return truth.projects[project_id][3] - given

    return max(truth.projects, key=left)


def draft_for(truth: Truth, **changes: object) -> AssistanceDraft:
    draft = AssistanceDraft(
        given_on=TODAY, project_id=a_project(truth), kind="training", value_satang=50_000
    )
    return dataclasses.replace(draft, **changes)  # type: ignore[arg-type]


# Recording -------------------------------------------------------------------------------


def test_record_for_many_households_in_one_step(
    demo_db: OfficeDatabase, service: AssistanceService, truth: Truth, writes: list[int]
) -> None:
    households = HouseholdListService(demo_db.session_factory)
    helped_before = households.count(HELPED)
    targets = unhelped(truth)
    assert len(targets) > 50
    draft = draft_for(truth, outcome="  ได้รับชุดอาชีพ ", dimension="income")

    written = service.record([*targets, *targets[:10]], draft, CLERK, today=TODAY)

    assert written == len(targets)
    assert writes == [1]
    assert households.count(HELPED) == helped_before + len(targets)
    assert set(households.ids(HELPED)) == {f.household_id for f in truth.assistance} | set(targets)
    after = read_truth(demo_db)
    new = [fact for fact in after.assistance if fact.id not in {f.id for f in truth.assistance}]
    assert sorted(fact.household_id for fact in new) == targets
    project_agency = truth.projects[draft.project_id or 0][1]
    assert {(f.agency_id, f.project_id, f.kind, f.value, f.given_on) for f in new} == {
        (project_agency, draft.project_id, "training", 50_000, TODAY)
    }
    connection = sqlite3.connect(demo_db.path)
    try:
        logged = connection.execute(
            "SELECT record_id, user_name, action, new_value FROM change_log"
            " WHERE table_name = 'assistance'"
        ).fetchall()
    finally:
        connection.close()
    assert sorted(row[0] for row in logged) == sorted(fact.id for fact in new)
    assert {(row[1], row[2]) for row in logged} == {(CLERK, "insert")}
    by_id = {fact.id: fact for fact in new}
    for record_id, _, _, new_value in logged:
        values = json.loads(new_value)
        assert values["household_id"] == str(by_id[record_id].household_id)
        assert values["outcome"] == "ได้รับชุดอาชีพ"
        assert values["dimension"] == "income"


def test_record_keeps_a_chosen_agency_and_takes_agency_only_help(
    demo_db: OfficeDatabase, service: AssistanceService, truth: Truth
) -> None:
    target = unhelped(truth)[0]
    other_agency = max(truth.agencies)
    draft = draft_for(truth, project_id=None, agency_id=other_agency, value_satang=0)
    assert service.check([target], draft, TODAY) == []
    assert service.record([target], draft, CLERK, today=TODAY) == 1
    rows = service.list_assistance(AssistanceFilter(household_id=target))
    assert [(r.project_id, r.agency_id, r.agency_name) for r in rows] == [
        (None, other_agency, truth.agencies[other_agency])
    ]
    assert service.projects_for_household(target) == []  # agency-only help has no project


def test_rejected_record_writes_nothing(
    demo_db: OfficeDatabase, service: AssistanceService, truth: Truth
) -> None:
    households = HouseholdListService(demo_db.session_factory)
    helped = households.count(HELPED)
    counts = (table_count(demo_db, "assistance"), table_count(demo_db, "change_log"))
    draft = draft_for(truth, given_on=TODAY + dt.timedelta(days=1))
    with pytest.raises(RecordRejected) as raised:
        service.record(unhelped(truth)[:20], draft, CLERK, today=TODAY)
    assert [p.code for p in raised.value.problems] == [RecordProblemCode.FUTURE_DATE]
    assert (table_count(demo_db, "assistance"), table_count(demo_db, "change_log")) == counts
    assert households.count(HELPED) == helped


def test_over_budget_is_a_warning_that_does_not_block(
    demo_db: OfficeDatabase, service: AssistanceService, truth: Truth
) -> None:
    project = a_project(truth)
    budget = truth.projects[project][3]
    given = sum(f.value for f in truth.assistance if f.project_id == project)
    targets = unhelped(truth)[:3]
    value = (budget - given) // 3 + 100  # three of them pass the budget, two do not
    draft = draft_for(truth, value_satang=value)
    problems = service.check(targets, draft, TODAY)
    assert [(p.code, p.field, p.blocking, p.params) for p in problems] == [
        (
            RecordProblemCode.OVER_BUDGET,
            "value_satang",
            False,
            {"budget": str(budget), "after": str(given + 3 * value)},
        )
    ]
    assert service.check(targets[:2], draft, TODAY) == []
    assert service.record(targets, draft, CLERK, today=TODAY) == 3


# Checks ----------------------------------------------------------------------------------


def test_a_valid_draft_has_no_problems(service: AssistanceService, truth: Truth) -> None:
    assert service.check(unhelped(truth)[:5], draft_for(truth), TODAY) == []


def test_check_rules(demo_db: OfficeDatabase, service: AssistanceService, truth: Truth) -> None:
    one, two = unhelped(truth)[:2]
    member_of_one = truth.members[one][0][1]
    member_elsewhere = truth.members[two][0][1]
    cases: list[tuple[list[int], AssistanceDraft, RecordProblemCode, str]] = [
        ([], draft_for(truth), RecordProblemCode.NO_HOUSEHOLDS, "households"),
        ([one, 10**9], draft_for(truth), RecordProblemCode.UNKNOWN_CHOICE, "households"),
        ([one], draft_for(truth, given_on=None), RecordProblemCode.REQUIRED, "given_on"),
        (
            [one],
            draft_for(truth, given_on=TODAY + dt.timedelta(days=1)),
            RecordProblemCode.FUTURE_DATE,
            "given_on",
        ),
        ([one], draft_for(truth, project_id=None), RecordProblemCode.NO_SOURCE, "project_id"),
        ([one], draft_for(truth, project_id=10**6), RecordProblemCode.UNKNOWN_CHOICE, "project_id"),
        ([one], draft_for(truth, agency_id=10**6), RecordProblemCode.UNKNOWN_CHOICE, "agency_id"),
        ([one], draft_for(truth, kind=""), RecordProblemCode.REQUIRED, "kind"),
        ([one], draft_for(truth, kind="no_such"), RecordProblemCode.UNKNOWN_CHOICE, "kind"),
        (
            [one],
            draft_for(truth, dimension="wealth"),
            RecordProblemCode.UNKNOWN_CHOICE,
            "dimension",
        ),
        ([one], draft_for(truth, value_satang=-1), RecordProblemCode.NEGATIVE, "value_satang"),
        (
            [one, two],
            draft_for(truth, member_id=member_of_one),
            RecordProblemCode.UNKNOWN_CHOICE,
            "member_id",
        ),
        (
            [one],
            draft_for(truth, member_id=member_elsewhere),
            RecordProblemCode.UNKNOWN_CHOICE,
            "member_id",
        ),
        ([one], draft_for(truth, outcome="ก" * 1001), RecordProblemCode.TOO_LONG, "outcome"),
        ([one], draft_for(truth, note="ข" * 1001), RecordProblemCode.TOO_LONG, "note"),
    ]
    for household_ids, draft, code, field in cases:
        problems = service.check(household_ids, draft, TODAY)
        assert [(p.code, p.field) for p in problems if p.blocking] == [(code, field)], field
    assert service.check([one], draft_for(truth, member_id=member_of_one), TODAY) == []
    assert service.check([one], draft_for(truth, outcome="ก" * 1000), TODAY) == []
    codes = CodeListService(demo_db.session_factory)
    codes.set_retired("assistance_type", "training", True, CLERK)
    problems = service.check([one], draft_for(truth), TODAY)
    assert [(p.code, p.field) for p in problems] == [(RecordProblemCode.RETIRED_CHOICE, "kind")]


def test_duplicate_ids_count_once_in_checks(service: AssistanceService, truth: Truth) -> None:
    one = unhelped(truth)[0]
    member = truth.members[one][0][1]
    assert service.check([one, one, one], draft_for(truth, member_id=member), TODAY) == []


# Update, delete, load --------------------------------------------------------------------


def test_update_and_load(demo_db: OfficeDatabase, service: AssistanceService, truth: Truth) -> None:
    fact = truth.assistance[0]
    household_id, draft = service.load(fact.id)
    assert household_id == fact.household_id
    assert (draft.given_on, draft.kind, draft.value_satang, draft.member_id) == (
        fact.given_on,
        fact.kind,
        fact.value,
        fact.member_id,
    )
    assert draft.project_id == fact.project_id
    project_agency = truth.projects[fact.project_id][1] if fact.project_id else None
    assert draft.agency_id == (None if fact.agency_id == project_agency else fact.agency_id)

    changed = dataclasses.replace(draft, value_satang=fact.value + 100, note="เพิ่มเติม")
    service.update(fact.id, changed, CLERK, today=TODAY)
    assert service.load(fact.id) == (household_id, changed)
    connection = sqlite3.connect(demo_db.path)
    try:
        logged = connection.execute(
            "SELECT field, old_value, new_value FROM change_log"
            " WHERE table_name = 'assistance' AND record_id = ? AND action = 'update'",
            (fact.id,),
        ).fetchall()
    finally:
        connection.close()
    assert sorted(logged) == [
        ("note", "", "เพิ่มเติม"),
        ("value_satang", str(fact.value), str(fact.value + 100)),
    ]


def test_update_may_keep_a_retired_kind_but_not_choose_one(
    demo_db: OfficeDatabase, service: AssistanceService, truth: Truth
) -> None:
    fact = truth.assistance[0]
    other = next(f for f in truth.assistance if f.kind != fact.kind)
    codes = CodeListService(demo_db.session_factory)
    codes.set_retired("assistance_type", fact.kind, True, CLERK)
    codes.set_retired("assistance_type", other.kind, True, CLERK)
    _, draft = service.load(fact.id)
    kept = dataclasses.replace(draft, note="ยังคงเดิม")
    assert RecordProblemCode.RETIRED_CHOICE not in {
        p.code for p in service.check_update(fact.id, kept, TODAY)
    }
    service.update(fact.id, kept, CLERK, today=TODAY)
    with pytest.raises(RecordRejected) as raised:
        service.update(fact.id, dataclasses.replace(draft, kind=other.kind), CLERK, today=TODAY)
    assert [p.code for p in raised.value.problems] == [RecordProblemCode.RETIRED_CHOICE]


def test_delete_makes_helped_false_only_with_the_last_record(
    demo_db: OfficeDatabase, service: AssistanceService, truth: Truth
) -> None:
    households = HouseholdListService(demo_db.session_factory)
    per_household: dict[int, list[Fact]] = defaultdict(list)
    for fact in truth.assistance:
        per_household[fact.household_id].append(fact)
    single = next(h for h, facts in per_household.items() if len(facts) == 1)
    double = next(h for h, facts in per_household.items() if len(facts) >= 2)
    helped = households.count(HELPED)

    service.delete(per_household[double][0].id, CLERK)
    assert double in households.ids(HELPED)
    assert households.count(HELPED) == helped

    service.delete(per_household[single][0].id, CLERK)
    assert single not in households.ids(HELPED)
    assert single in households.ids(HouseholdFilter(helped=False))
    assert households.count(HELPED) == helped - 1
    assert table_count(demo_db, "assistance") == len(truth.assistance) - 2
    deleted = table_count(
        demo_db,
        "change_log",
        f"table_name = 'assistance' AND action = 'delete'"
        f" AND record_id = {per_household[single][0].id}"
        f' AND old_value LIKE \'%"household_id": "{single}"%\'',
    )
    assert deleted == 1


def test_missing_records_are_not_found(service: AssistanceService, truth: Truth) -> None:
    missing = 10**9
    with pytest.raises(RecordNotFound):
        service.load(missing)
    with pytest.raises(RecordNotFound):
        service.update(missing, draft_for(truth), CLERK, today=TODAY)
    with pytest.raises(RecordNotFound):
        service.delete(missing, CLERK)


# Lists -----------------------------------------------------------------------------------


def test_list_filters_match_independent_sql(service: AssistanceService, truth: Truth) -> None:
    facts = truth.assistance
    assert facts
    sample = facts[len(facts) // 2]
    project_name = truth.projects[sample.project_id or 0][0]
    head = truth.heads[sample.household_id]
    cases: list[tuple[AssistanceFilter, list[Fact]]] = [(AssistanceFilter(), facts)]
    for year in sorted({be_fiscal_year(f.given_on) for f in facts}):
        cases.append(
            (
                AssistanceFilter(fiscal_year=year),
                [f for f in facts if be_fiscal_year(f.given_on) == year],
            )
        )
    cases += [
        (
            AssistanceFilter(project_id=sample.project_id),
            [f for f in facts if f.project_id == sample.project_id],
        ),
        (
            AssistanceFilter(agency_id=sample.agency_id),
            [f for f in facts if f.agency_id == sample.agency_id],
        ),
        (
            AssistanceFilter(household_id=sample.household_id),
            [f for f in facts if f.household_id == sample.household_id],
        ),
        (
            AssistanceFilter(subdistrict_code=truth.subdistricts[sample.household_id]),
            [
                f
                for f in facts
                if truth.subdistricts[f.household_id] == truth.subdistricts[sample.household_id]
            ],
        ),
        (AssistanceFilter(kind=sample.kind), [f for f in facts if f.kind == sample.kind]),
        (
            AssistanceFilter(search=truth.keys[sample.household_id]),
            [f for f in facts if truth.keys[sample.household_id] in truth.keys[f.household_id]],
        ),
        (
            AssistanceFilter(search=head[1:5]),
            [
                f
                for f in facts
                if head[1:5] in truth.heads.get(f.household_id, "")
                or head[1:5] in truth.projects[f.project_id or 0][0]
                or head[1:5] in truth.keys[f.household_id]
            ],
        ),
        (
            AssistanceFilter(search=project_name[8:20], kind=sample.kind),
            [
                f
                for f in facts
                if f.kind == sample.kind
                and (
                    project_name[8:20] in truth.projects[f.project_id or 0][0]
                    or project_name[8:20] in truth.heads.get(f.household_id, "")
                )
            ],
        ),
        (AssistanceFilter(search="ไม่มีใครชื่อนี้เลย"), []),
    ]
    for assistance_filter, expected in cases:
        ordered = sorted(expected, key=lambda f: (f.given_on, f.id), reverse=True)
        rows = service.list_assistance(assistance_filter)
        assert [row.id for row in rows] == [f.id for f in ordered], assistance_filter
        assert service.count(assistance_filter) == len(expected), assistance_filter
        assert service.total_value(assistance_filter) == sum(f.value for f in expected)
        if assistance_filter not in (AssistanceFilter(), AssistanceFilter(search="ไม่มีใครชื่อนี้เลย")):
            assert 0 < len(expected) < len(facts), assistance_filter
    limited = service.list_assistance(AssistanceFilter(), limit=5)
    assert [row.id for row in limited] == [
        row.id for row in service.list_assistance(AssistanceFilter())
    ][:5]


def test_list_rows_carry_names(
    demo_db: OfficeDatabase, service: AssistanceService, truth: Truth
) -> None:
    kinds = {
        code: (th, en)
        for code, th, en in sqlite3.connect(demo_db.path).execute(
            "SELECT code, name_th, name_en FROM code_items WHERE list_name = 'assistance_type'"
        )
    }
    member_names = {mid: name for hm in truth.members.values() for _, mid, name in hm}
    by_id = {f.id: f for f in truth.assistance}
    rows = service.list_assistance(AssistanceFilter())
    assert any(row.member_name for row in rows) and any(not row.member_name for row in rows)
    for row in rows:
        fact = by_id[row.id]
        assert row.household_key == truth.keys[fact.household_id]
        assert row.head_name == truth.heads.get(fact.household_id, "")
        assert row.member_name == (member_names[fact.member_id] if fact.member_id else "")
        assert row.project_name == truth.projects[fact.project_id or 0][0]
        assert row.agency_name == truth.agencies[fact.agency_id or 0]
        assert (row.kind_th, row.kind_en) == kinds[fact.kind]
        assert row.value_satang == fact.value and row.given_on == fact.given_on


def test_projects_for_household_sum_per_project(
    demo_db: OfficeDatabase, service: AssistanceService, truth: Truth
) -> None:
    per_household: dict[int, list[Fact]] = defaultdict(list)
    for fact in truth.assistance:
        per_household[fact.household_id].append(fact)
    # one more record under a project the household already has, one under another project
    household_id, facts = max(per_household.items(), key=lambda item: len(item[1]))
    first = facts[0]
    other = next(p for p in truth.projects if p not in {f.project_id for f in facts})
    for project_id, value in ((first.project_id, 12_300), (other, 45_600)):
        draft = draft_for(truth, project_id=project_id, value_satang=value)
        service.record([household_id], draft, CLERK, today=TODAY)
    facts = [f for f in read_truth(demo_db).assistance if f.household_id == household_id]
    expected: dict[int, tuple[int, int]] = {}
    for fact in facts:
        times, value = expected.get(fact.project_id or 0, (0, 0))
        expected[fact.project_id or 0] = (times + 1, value + fact.value)
    projects = service.projects_for_household(household_id)
    assert {p.project_id: (p.times, p.value_satang) for p in projects} == expected
    assert expected[first.project_id or 0][0] >= 2
    years = [p.fiscal_year for p in projects]
    assert years == sorted(years, reverse=True)
    for project in projects:
        name, agency, year, _ = truth.projects[project.project_id]
        assert (project.name, project.agency_name, project.fiscal_year) == (
            name,
            truth.agencies[agency],
            year,
        )


def test_members_for_the_picker(service: AssistanceService, truth: Truth) -> None:
    household_id = max(truth.members, key=lambda h: len(truth.members[h]))
    expected = [(mid, name) for _, mid, name in sorted(truth.members[household_id])]
    assert service.members(household_id) == expected
    assert service.members(10**9) == []


# Household ids for "record for all of these" ---------------------------------------------


def test_household_ids_match_the_list_pages(demo_db: OfficeDatabase, truth: Truth) -> None:
    households = HouseholdListService(demo_db.session_factory)
    subdistrict = truth.subdistricts[min(truth.keys)]
    some_head = next(iter(truth.heads.values()))
    filters = [
        HouseholdFilter(),
        HouseholdFilter(subdistrict_code=subdistrict),
        HouseholdFilter(subdistrict_code=subdistrict, helped=False),
        HouseholdFilter(search=some_head[:4]),
        HouseholdFilter(search=truth.keys[min(truth.keys)][:2]),
    ]
    for household_filter in filters:
        page = households.page(household_filter, SortKey.HOUSE_NO, limit=10_000)
        ids = households.ids(household_filter)
        assert ids == sorted(row.id for row in page), household_filter
        assert len(ids) == households.count(household_filter)
    assert len(households.ids(HouseholdFilter(subdistrict_code=subdistrict))) < len(truth.keys)


def test_check_update_leaves_the_record_itself_out_of_the_budget(
    service: AssistanceService, truth: Truth
) -> None:
    project = a_project(truth)
    budget = truth.projects[project][3]
    given = sum(f.value for f in truth.assistance if f.project_id == project)
    assert budget > given
    target = unhelped(truth)[0]
    draft = draft_for(truth, project_id=project, value_satang=budget - given)  # exactly full
    assert service.check([target], draft, TODAY) == []
    service.record([target], draft, CLERK, today=TODAY)
    (row,) = service.list_assistance(AssistanceFilter(household_id=target))
    assert service.check_update(row.id, draft, TODAY) == []
    more = dataclasses.replace(draft, value_satang=draft.value_satang + 1)
    problems = service.check_update(row.id, more, TODAY)
    assert [(p.code, p.blocking, p.params) for p in problems] == [
        (RecordProblemCode.OVER_BUDGET, False, {"budget": str(budget), "after": str(budget + 1)})
    ]
    assert [p.code for p in service.check([target], draft, TODAY)] == [
        RecordProblemCode.OVER_BUDGET
    ]
    with pytest.raises(RecordNotFound):
        service.check_update(10**9, draft, TODAY)
