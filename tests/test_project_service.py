"""The project service against real office databases (a fresh one and the demo office)."""

import copy
import dataclasses
import datetime as dt
import json
from collections import defaultdict

import pytest
from sqlalchemy import func, select, text, update

from db.database import OfficeDatabase
from db.models import (
    Agency,
    ChangeLog,
    CodeItem,
    ProgressReport,
    Project,
    ProjectArea,
    ProjectIndicator,
    Umbrella,
    Village,
)
from desktop.services.projects import (
    AreaDraft,
    KeyResultDraft,
    ProgressDraft,
    ProjectDraft,
    ProjectFilter,
    ProjectService,
    RecordNotFound,
    RecordProblem,
    RecordProblemCode,
    RecordRejected,
)
from desktop.services.thai import fiscal_year_bounds, fiscal_year_of, thai_sort_key

pytestmark = pytest.mark.both_engines  # office_db on SQLite and on PostgreSQL

CLERK = "สมศรี ใจดี"
SUBDISTRICT, OTHER_SUBDISTRICT = "670101", "670102"
VILLAGE, OTHER_VILLAGE = "67010101", "67010201"
YEAR = 2568
Code = RecordProblemCode
TABLES = (Project, ProjectArea, ProjectIndicator, ProgressReport, ChangeLog)


@pytest.fixture
def agency_id(office_db: OfficeDatabase) -> int:
    with office_db.session_factory.begin() as session:
        session.add(Village(code=VILLAGE, subdistrict_code=SUBDISTRICT, moo=1, name_th="บ้านหนึ่ง"))
        session.add(
            Village(code=OTHER_VILLAGE, subdistrict_code=OTHER_SUBDISTRICT, moo=1, name_th="บ้านสอง")
        )
        agency = Agency(code="AG-0001", name="สำนักงานพัฒนาชุมชนอำเภอ", kind="central")
        session.add(agency)
        session.flush()
        return agency.id


@pytest.fixture
def service(office_db: OfficeDatabase) -> ProjectService:
    return ProjectService(office_db.session_factory)


def _draft(service: ProjectService, agency_id: int) -> ProjectDraft:
    draft = service.new_draft(YEAR)
    draft.agency_id = agency_id
    draft.umbrella_code = "income"
    draft.start_date = dt.date(2024, 11, 1)
    draft.name = "โครงการส่งเสริมอาชีพ"
    draft.rationale = "ครัวเรือนรายได้ต่ำ"
    draft.objectives = "เพิ่มรายได้"
    draft.target_group = "ครัวเรือนเป้าหมาย"
    draft.target_count = 40
    draft.areas = [AreaDraft(SUBDISTRICT), AreaDraft(OTHER_SUBDISTRICT, OTHER_VILLAGE)]
    draft.budget_source = "province"
    draft.budget_satang = 12_000_000
    draft.responsible_person = "นายสมชาย ใจงาม"
    draft.responsible_phone = "081-234-5678"
    draft.status = "running"
    draft.steps = "1. คัดเลือก 2. อบรม"
    draft.evaluation_method = "ติดตามเยี่ยม"
    draft.evaluation_tools = "แบบสอบถาม"
    draft.evidence = "ภาพถ่าย"
    draft.key_results = [
        KeyResultDraft(
            text="ครัวเรือนมีรายได้เพิ่มขึ้น",
            unit="ครัวเรือน",
            baseline=0.0,
            target=40.0,
            reports=[
                ProgressDraft(None, YEAR, 1, 10.0, 3_000_000, "อบรมแล้ว", ""),
                ProgressDraft(None, YEAR, 2, 25.0, 4_000_000, "ติดตามแล้ว", "ฝนตก"),
            ],
        ),
        KeyResultDraft(
            text="ความพึงพอใจ",
            unit="ร้อยละ",
            baseline=50.0,
            target=85.0,
            reports=[ProgressDraft(None, YEAR, 2, 90.0, 0, "", "")],
        ),
    ]
    return draft


def _counts(database: OfficeDatabase) -> dict[str, int]:
    with database.session_factory() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in TABLES
        }


def _log(database: OfficeDatabase, after_id: int = 0) -> list[ChangeLog]:
    with database.session_factory() as session:
        return list(
            session.scalars(select(ChangeLog).where(ChangeLog.id > after_id).order_by(ChangeLog.id))
        )


def _last_log_id(database: OfficeDatabase) -> int:
    with database.session_factory() as session:
        return session.scalar(select(func.max(ChangeLog.id))) or 0


# Drafts, save and load -----------------------------------------------------------------


def test_new_draft_covers_the_fiscal_year(service: ProjectService) -> None:
    draft = service.new_draft(2567)
    assert (draft.fiscal_year, draft.status, draft.id) == (2567, "planned", None)
    assert (draft.start_date, draft.end_date) == (dt.date(2023, 10, 1), dt.date(2024, 9, 30))
    current = service.new_draft()
    assert current.fiscal_year == fiscal_year_of(dt.date.today())
    assert (current.start_date, current.end_date) == fiscal_year_bounds(current.fiscal_year)


def test_round_trip_with_key_results_and_reports(
    office_db: OfficeDatabase, service: ProjectService, agency_id: int
) -> None:
    draft = _draft(service, agency_id)
    assert service.check(draft) == []
    project_id = service.save(draft, CLERK)
    assert draft.id == project_id
    assert all(k.id is not None for k in draft.key_results)
    assert all(r.id is not None for k in draft.key_results for r in k.reports)
    assert service.load(project_id) == draft
    with office_db.session_factory() as session:
        seqs = session.execute(
            select(ProjectIndicator.id, ProjectIndicator.seq).order_by(ProjectIndicator.seq)
        ).all()
    assert seqs == [(draft.key_results[0].id, 1), (draft.key_results[1].id, 2)]
    counts = _counts(office_db)
    assert (counts["projects"], counts["project_areas"]) == (1, 2)
    assert (counts["project_indicators"], counts["progress_reports"]) == (2, 3)


def test_save_strips_text_and_reads_reports_in_quarter_order(
    service: ProjectService, agency_id: int
) -> None:
    draft = _draft(service, agency_id)
    draft.name = "  โครงการ  ก  "
    draft.umbrella_code = " "
    draft.budget_source = " province "
    draft.areas = [AreaDraft(f" {SUBDISTRICT} ", " "), AreaDraft(SUBDISTRICT)]
    draft.key_results[0].text = "  ตัวชี้วัด "
    draft.key_results[0].reports.reverse()
    draft.key_results[0].reports[0].result = " ดี "
    project_id = service.save(draft, CLERK)
    loaded = service.load(project_id)
    assert (loaded.name, loaded.umbrella_code, loaded.budget_source) == (
        "โครงการ  ก",
        None,
        "province",
    )
    assert loaded.areas == [AreaDraft(SUBDISTRICT)]  # the same area once
    assert loaded.key_results[0].text == "ตัวชี้วัด"
    assert [(r.quarter, r.result) for r in loaded.key_results[0].reports] == [
        (1, "อบรมแล้ว"),
        (2, "ดี"),
    ]


def test_update_adds_changes_and_removes_key_results_and_reports(
    office_db: OfficeDatabase, service: ProjectService, agency_id: int
) -> None:
    project_id = service.save(_draft(service, agency_id), CLERK)
    draft = service.load(project_id)
    dropped_key_result = draft.key_results[1]
    dropped_report = draft.key_results[0].reports[0]
    kept_report = draft.key_results[0].reports[1]
    draft.key_results = [
        KeyResultDraft(text="ตัวชี้วัดใหม่", unit="คน", target=5.0),
        draft.key_results[0],
    ]
    draft.key_results[1].reports = [kept_report, ProgressDraft(None, YEAR, 1, 12.0, 100, "", "")]
    kept_report.value = 30.0
    draft.areas = [AreaDraft(OTHER_SUBDISTRICT, OTHER_VILLAGE), AreaDraft(SUBDISTRICT, VILLAGE)]
    draft.name = "โครงการปรับปรุง"
    mark = _last_log_id(office_db)
    assert service.save(draft, "ผู้แก้ไข") == project_id
    loaded = service.load(project_id)
    assert loaded.name == "โครงการปรับปรุง"
    assert [k.text for k in loaded.key_results] == ["ตัวชี้วัดใหม่", "ครัวเรือนมีรายได้เพิ่มขึ้น"]
    assert [(r.id, r.quarter, r.value) for r in loaded.key_results[1].reports] == [
        (draft.key_results[1].reports[1].id, 1, 12.0),
        (kept_report.id, 2, 30.0),
    ]
    assert loaded.areas == [
        AreaDraft(SUBDISTRICT, VILLAGE),
        AreaDraft(OTHER_SUBDISTRICT, OTHER_VILLAGE),
    ]
    with office_db.session_factory() as session:  # (SQLite may give a new row a freed id)
        key_results = session.execute(
            select(ProjectIndicator.id, ProjectIndicator.seq, ProjectIndicator.text)
        ).all()
        reports = session.execute(
            select(ProgressReport.id, ProgressReport.project_indicator_id, ProgressReport.quarter)
        ).all()
    assert sorted(key_results) == sorted(
        [
            (draft.key_results[0].id, 1, "ตัวชี้วัดใหม่"),
            (draft.key_results[1].id, 2, "ครัวเรือนมีรายได้เพิ่มขึ้น"),
        ]
    )
    assert sorted(reports) == sorted(
        [
            (kept_report.id, draft.key_results[1].id, 2),
            (draft.key_results[1].reports[1].id, draft.key_results[1].id, 1),
        ]
    )
    entries = _log(office_db, mark)
    assert {e.user_name for e in entries} == {"ผู้แก้ไข"}
    actions = {(e.table_name, e.record_id, e.action, e.field) for e in entries}
    assert ("project_indicators", dropped_key_result.id, "delete", "") in actions
    assert ("progress_reports", dropped_report.id, "delete", "") in actions
    assert ("progress_reports", dropped_key_result.reports[0].id, "delete", "") in actions
    assert ("progress_reports", kept_report.id, "update", "value") in actions
    assert ("project_indicators", draft.key_results[0].id, "insert", "") in actions
    assert ("project_indicators", draft.key_results[1].id, "update", "seq") in actions
    assert ("progress_reports", draft.key_results[1].reports[1].id, "insert", "") in actions
    assert ("projects", project_id, "update", "name") in actions
    assert ("projects", project_id, "update", "areas") in actions


def test_reports_may_swap_or_reuse_quarters(
    office_db: OfficeDatabase, service: ProjectService, agency_id: int
) -> None:
    project_id = service.save(_draft(service, agency_id), CLERK)
    draft = service.load(project_id)
    first, second = draft.key_results[0].reports
    first.quarter, second.quarter = 2, 1  # a swap
    service.save(draft, CLERK)
    assert [(r.id, r.quarter) for r in service.load(project_id).key_results[0].reports] == [
        (second.id, 1),
        (first.id, 2),
    ]
    draft = service.load(project_id)
    gone = draft.key_results[0].reports[0]
    draft.key_results[0].reports[0] = ProgressDraft(None, YEAR, 1, 7.0, 0, "ใหม่", "")
    service.save(draft, CLERK)  # a new report takes a deleted one's quarter
    reports = service.load(project_id).key_results[0].reports
    assert [(r.quarter, r.value, r.result) for r in reports] == [
        (1, 7.0, "ใหม่"),
        (2, 10.0, "อบรมแล้ว"),
    ]
    assert gone.id not in {r.id for r in reports}


def test_saving_an_unchanged_project_logs_nothing(
    office_db: OfficeDatabase, service: ProjectService, agency_id: int
) -> None:
    project_id = service.save(_draft(service, agency_id), CLERK)
    mark = _last_log_id(office_db)
    service.save(service.load(project_id), CLERK)
    assert _log(office_db, mark) == []


def test_insert_logs_every_record_with_the_user(
    office_db: OfficeDatabase, service: ProjectService, agency_id: int
) -> None:
    draft = _draft(service, agency_id)
    project_id = service.save(draft, "ผู้บันทึก")
    entries = _log(office_db)
    assert {(e.user_name, e.action) for e in entries} == {("ผู้บันทึก", "insert")}
    logged = {(e.table_name, e.record_id) for e in entries}
    assert logged == {
        ("projects", project_id),
        *(("project_indicators", k.id) for k in draft.key_results),
        *(("progress_reports", r.id) for k in draft.key_results for r in k.reports),
    }
    project_entry = next(e for e in entries if e.table_name == "projects")
    summary = json.loads(project_entry.new_value or "")
    assert (summary["name"], summary["areas"]) == (draft.name, f"{SUBDISTRICT},{OTHER_VILLAGE}")


def test_writes_wait_for_before_write(office_db: OfficeDatabase, agency_id: int) -> None:
    calls: list[str] = []
    service = ProjectService(office_db.session_factory, before_write=lambda: calls.append("w"))
    project_id = service.save(_draft(service, agency_id), CLERK)
    service.delete(project_id, CLERK)
    assert calls == ["w", "w"]


def test_missing_projects(service: ProjectService, agency_id: int) -> None:
    with pytest.raises(RecordNotFound):
        service.load(12345)
    with pytest.raises(RecordNotFound):
        service.reach(12345)
    with pytest.raises(RecordNotFound):
        service.delete(12345, CLERK)
    draft = _draft(service, agency_id)
    draft.id = 12345
    with pytest.raises(RecordNotFound):
        service.save(draft, CLERK)


# Checks --------------------------------------------------------------------------------


def _set(path: str, value: object):
    """A change to a draft: attribute path with list indexes, e.g. "key_results.0.text"."""

    def change(draft: ProjectDraft) -> None:
        *parents, last = path.split(".")
        target: object = draft
        for part in parents:
            target = target[int(part)] if part.isdigit() else getattr(target, part)  # type: ignore[index]
        if last.isdigit():
            target[int(last)] = value  # type: ignore[index]
        else:
            setattr(target, last, value)

    return change


YEARS = {"min": "2400", "max": "2700"}
REPORT_CASES = [
    ("fiscal_year", 2399, Code.FISCAL_YEAR_RANGE, {**YEARS, "report": "1"}),
    ("fiscal_year", 2701, Code.FISCAL_YEAR_RANGE, {**YEARS, "report": "1"}),
    ("quarter", 0, Code.UNKNOWN_CHOICE, {"report": "1"}),
    ("quarter", 5, Code.UNKNOWN_CHOICE, {"report": "1"}),
    ("value", -0.5, Code.NEGATIVE, {"report": "1"}),
    ("money_spent_satang", -1, Code.NEGATIVE, {"report": "1"}),
]


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("name", "  ", RecordProblem(Code.REQUIRED, "name")),
        ("name", "ก" * 301, RecordProblem(Code.TOO_LONG, "name", params={"limit": "300"})),
        (
            "responsible_phone",
            "0" * 41,
            RecordProblem(Code.TOO_LONG, "responsible_phone", params={"limit": "40"}),
        ),
        ("agency_id", None, RecordProblem(Code.REQUIRED, "agency_id")),
        ("agency_id", 999, RecordProblem(Code.UNKNOWN_CHOICE, "agency_id")),
        ("umbrella_code", "space", RecordProblem(Code.UNKNOWN_CHOICE, "umbrella_code")),
        ("budget_source", "lottery", RecordProblem(Code.UNKNOWN_CHOICE, "budget_source")),
        ("status", "paused", RecordProblem(Code.UNKNOWN_CHOICE, "status")),
        ("budget_satang", -1, RecordProblem(Code.NEGATIVE, "budget_satang")),
        ("target_count", -1, RecordProblem(Code.NEGATIVE, "target_count")),
        (
            "end_date",
            dt.date(2024, 10, 31),  # inside the fiscal year, before the start
            RecordProblem(Code.PERIOD_ORDER, "end_date"),
        ),
        ("areas.0", AreaDraft("999999"), RecordProblem(Code.UNKNOWN_CHOICE, "areas", 0)),
        (
            "areas.1",
            AreaDraft(SUBDISTRICT, OTHER_VILLAGE),  # a village of another subdistrict
            RecordProblem(Code.UNKNOWN_CHOICE, "areas", 1),
        ),
        (
            "areas.1",
            AreaDraft(OTHER_SUBDISTRICT, "67010299"),
            RecordProblem(Code.UNKNOWN_CHOICE, "areas", 1),
        ),
        ("key_results.1.text", " ", RecordProblem(Code.REQUIRED, "key_results.text", 1)),
        ("key_results.0.target", -1.0, RecordProblem(Code.NEGATIVE, "key_results.target", 0)),
        ("key_results.0.baseline", -1.0, RecordProblem(Code.NEGATIVE, "key_results.baseline", 0)),
        (
            "key_results.0.unit",
            "ห" * 41,
            RecordProblem(Code.TOO_LONG, "key_results.unit", 0, {"limit": "40"}),
        ),
        (
            "key_results.0.reports.1.quarter",
            1,
            RecordProblem(
                Code.DUPLICATE_QUARTER, "key_results.reports.quarter", 0, {"report": "1"}
            ),
        ),
        *[
            (
                f"key_results.0.reports.1.{name}",
                value,
                RecordProblem(code, f"key_results.reports.{name}", 0, params),
            )
            for name, value, code, params in REPORT_CASES
        ],
    ],
)
def test_check_finds_each_problem(
    service: ProjectService, agency_id: int, path: str, value: object, expected: RecordProblem
) -> None:
    draft = _draft(service, agency_id)
    assert service.check(draft) == []
    _set(path, value)(draft)
    assert service.check(draft) == [expected]


@pytest.mark.parametrize(("year", "ok"), [(2399, False), (2400, True), (2700, True), (2701, False)])
def test_fiscal_year_range(service: ProjectService, agency_id: int, year: int, ok: bool) -> None:
    draft = _draft(service, agency_id)
    draft.fiscal_year = year
    draft.start_date = draft.end_date = None
    problems = service.check(draft)
    assert problems == (
        [] if ok else [RecordProblem(Code.FISCAL_YEAR_RANGE, "fiscal_year", params=YEARS)]
    )


def test_dates_outside_the_fiscal_year_only_warn(service: ProjectService, agency_id: int) -> None:
    draft = _draft(service, agency_id)
    first, last = fiscal_year_bounds(YEAR)
    draft.start_date = first - dt.timedelta(days=1)
    draft.end_date = last + dt.timedelta(days=1)
    params = {"first": first.isoformat(), "last": last.isoformat()}
    warnings = [
        RecordProblem(Code.PERIOD_OUTSIDE_YEAR, "start_date", params=params, blocking=False),
        RecordProblem(Code.PERIOD_OUTSIDE_YEAR, "end_date", params=params, blocking=False),
    ]
    assert service.check(draft) == warnings
    project_id = service.save(draft, CLERK)
    assert service.load(project_id).end_date == last + dt.timedelta(days=1)
    draft.start_date = draft.end_date = None
    assert service.check(draft) == []


@pytest.mark.parametrize(
    ("field_name", "retire"),
    [
        (
            "umbrella_code",
            update(Umbrella).where(Umbrella.code == "income").values(retired=True),
        ),
        (
            "budget_source",
            update(CodeItem)
            .where(CodeItem.list_name == "budget_source", CodeItem.code == "province")
            .values(retired=True),
        ),
    ],
)
def test_a_retired_choice_only_stays_where_it_was(
    office_db: OfficeDatabase, service: ProjectService, agency_id: int, field_name: str, retire
) -> None:
    had_it = service.save(_draft(service, agency_id), CLERK)
    other = _draft(service, agency_id)
    setattr(other, field_name, "health" if field_name == "umbrella_code" else "district")
    other_id = service.save(other, CLERK)
    with office_db.session_factory.begin() as session:
        session.execute(retire)
    assert service.check(service.load(had_it)) == []
    retired = [RecordProblem(Code.RETIRED_CHOICE, field_name)]
    assert service.check(_draft(service, agency_id)) == retired  # a new project
    changed = service.load(other_id)
    setattr(changed, field_name, "income" if field_name == "umbrella_code" else "province")
    assert service.check(changed) == retired


def test_a_rejected_save_writes_nothing(
    office_db: OfficeDatabase, service: ProjectService, agency_id: int
) -> None:
    project_id = service.save(_draft(service, agency_id), CLERK)
    before = _counts(office_db)
    stored = service.load(project_id)
    draft = copy.deepcopy(stored)
    draft.name = "ชื่อใหม่"
    draft.key_results.pop()
    draft.key_results[0].reports.append(ProgressDraft(None, YEAR, 3, -1.0, 0, "", ""))
    with pytest.raises(RecordRejected) as rejected:
        service.save(draft, CLERK)
    assert rejected.value.problems == [
        RecordProblem(Code.NEGATIVE, "key_results.reports.value", 0, {"report": "2"})
    ]
    new = _draft(service, agency_id)
    new.agency_id = None
    with pytest.raises(RecordRejected):
        service.save(new, CLERK)
    assert _counts(office_db) == before
    assert service.load(project_id) == stored
    assert draft.key_results[0].reports[2].id is None  # the draft keeps no ids either


# Delete --------------------------------------------------------------------------------


def test_delete_removes_the_project_and_its_parts(
    office_db: OfficeDatabase, service: ProjectService, agency_id: int
) -> None:
    draft = _draft(service, agency_id)
    project_id = service.save(draft, CLERK)
    mark = _last_log_id(office_db)
    service.delete(project_id, "ผู้ลบ")
    counts = _counts(office_db)
    assert [counts[t] for t in ("projects", "project_areas", "project_indicators")] == [0, 0, 0]
    assert counts["progress_reports"] == 0
    entries = _log(office_db, mark)
    assert {(e.action, e.user_name) for e in entries} == {("delete", "ผู้ลบ")}
    assert {(e.table_name, e.record_id) for e in entries} == {
        ("projects", project_id),
        *(("project_indicators", k.id) for k in draft.key_results),
        *(("progress_reports", r.id) for k in draft.key_results for r in k.reports),
    }


def test_delete_is_refused_while_assistance_names_the_project(demo_db: OfficeDatabase) -> None:
    service = ProjectService(demo_db.session_factory)
    with demo_db.session_factory() as session:
        project_id, uses = session.execute(
            text(
                "SELECT project_id, COUNT(*) FROM assistance WHERE project_id IS NOT NULL"
                " GROUP BY project_id ORDER BY project_id LIMIT 1"
            )
        ).one()
    before = _counts(demo_db)
    with pytest.raises(RecordRejected) as rejected:
        service.delete(project_id, CLERK)
    assert rejected.value.problems == [
        RecordProblem(Code.IN_USE, "id", params={"count": str(uses)})
    ]
    assert _counts(demo_db) == before


# Lists and reach (demo office, against independent SQL) ---------------------------------


def _expected_rows(database: OfficeDatabase) -> dict[int, dict[str, object]]:
    """Every project's list figures, worked out here from the raw tables."""
    with database.session_factory() as session:
        projects = session.execute(
            text(
                "SELECT p.id, p.fiscal_year, p.name, p.agency_id, a.name AS agency_name,"
                " p.umbrella_code, p.status, p.budget_satang, p.target_count"
                " FROM projects p JOIN agencies a ON a.id = p.agency_id"
            )
        ).mappings()
        expected = {row["id"]: {**row} for row in projects}
        given = session.execute(
            text("SELECT project_id, value_satang, household_id FROM assistance")
        ).all()
        indicators = session.execute(
            text("SELECT id, project_id, target FROM project_indicators")
        ).all()
        reports = session.execute(
            text(
                "SELECT project_indicator_id, fiscal_year, quarter, value, money_spent_satang"
                " FROM progress_reports"
            )
        ).all()
    money: dict[int, int] = defaultdict(int)
    households: dict[int, set[int]] = defaultdict(set)
    for project_id, value, household_id in given:
        if project_id is not None:
            money[project_id] += value
            households[project_id].add(household_id)
    by_indicator = defaultdict(list)
    for indicator_id, year, quarter, value, spent in reports:
        by_indicator[indicator_id].append(((year, quarter), value, spent))
    for row in expected.values():
        row.update(money=0, spent=0, households=0, key_results=0, attained=0)
    for indicator_id, project_id, target in indicators:
        row = expected[project_id]
        row["key_results"] += 1
        mine = by_indicator[indicator_id]
        row["spent"] += sum(spent for _, _, spent in mine)
        if mine:
            latest = max(mine)[1]
            row["attained"] += int(target > 0 and latest >= target)
    for project_id, row in expected.items():
        row["money"] = money[project_id]
        row["households"] = len(households[project_id])
    return expected


def _order(rows: list[dict[str, object]]) -> list[int]:
    return [
        row["id"]
        for row in sorted(
            rows, key=lambda r: (-r["fiscal_year"], thai_sort_key(r["name"]), r["name"], r["id"])
        )
    ]


def test_the_list_figures_match_the_tables(demo_db: OfficeDatabase) -> None:
    service = ProjectService(demo_db.session_factory)
    expected = _expected_rows(demo_db)
    rows = service.list_projects(ProjectFilter())
    assert [row.id for row in rows] == _order(list(expected.values()))
    assert sum(row.money_given_satang for row in rows) > 0
    assert any(row.key_results_attained for row in rows)
    assert any(row.key_results_attained < row.key_results for row in rows)
    assert any(row.households_reached for row in rows)
    for row in rows:
        want = expected[row.id]
        assert (row.fiscal_year, row.name, row.agency_id, row.agency_name) == (
            want["fiscal_year"],
            want["name"],
            want["agency_id"],
            want["agency_name"],
        )
        assert (row.umbrella_code, row.status, row.budget_satang, row.target_count) == (
            want["umbrella_code"],
            want["status"],
            want["budget_satang"],
            want["target_count"],
        )
        assert (row.money_given_satang, row.households_reached) == (
            want["money"],
            want["households"],
        )
        assert (row.money_spent_satang, row.key_results, row.key_results_attained) == (
            want["spent"],
            want["key_results"],
            want["attained"],
        )


def test_list_filters(demo_db: OfficeDatabase) -> None:
    service = ProjectService(demo_db.session_factory)
    expected = list(_expected_rows(demo_db).values())
    with demo_db.session_factory() as session:
        years = [y for (y,) in session.execute(text("SELECT DISTINCT fiscal_year FROM projects"))]
        per_year = dict(
            session.execute(
                text("SELECT fiscal_year, COUNT(*) FROM projects GROUP BY fiscal_year")
            ).all()
        )
        agencies = dict(session.execute(text("SELECT id, name FROM agencies")).all())
    assert service.fiscal_years() == sorted(years, reverse=True)
    assert len(years) > 1
    for year in years:
        rows = service.list_projects(ProjectFilter(fiscal_year=year))
        assert len(rows) == per_year[year]
        assert [r.id for r in rows] == _order([e for e in expected if e["fiscal_year"] == year])
    cases = {
        ProjectFilter(umbrella_code="food"): lambda e: e["umbrella_code"] == "food",
        ProjectFilter(status="running"): lambda e: e["status"] == "running",
        ProjectFilter(agency_id=expected[0]["agency_id"]): (
            lambda e: e["agency_id"] == expected[0]["agency_id"]
        ),
        ProjectFilter(fiscal_year=years[0], status="done"): (
            lambda e: e["fiscal_year"] == years[0] and e["status"] == "done"
        ),
    }
    word = "อาชีพ"
    cases[ProjectFilter(search=f" {word} ")] = lambda e: (
        word in e["name"] or word in e["agency_name"]
    )
    agency_word = "เกษตร"
    cases[ProjectFilter(search=agency_word)] = lambda e: (
        agency_word in e["name"] or agency_word in agencies[e["agency_id"]]
    )
    for project_filter, wanted in cases.items():
        ids = [r.id for r in service.list_projects(project_filter)]
        assert ids == _order([e for e in expected if wanted(e)]), project_filter
        assert ids, project_filter
    assert service.list_projects(ProjectFilter(search="100%_ไม่มี")) == []


def test_search_ignores_case_and_takes_wildcards_literally(
    service: ProjectService, agency_id: int
) -> None:
    draft = _draft(service, agency_id)
    draft.name = "Smart Farm 100%"
    smart = service.save(draft, CLERK)
    other = _draft(service, agency_id)
    other.name = "Smart Farm 1000"
    service.save(other, CLERK)
    assert [r.id for r in service.list_projects(ProjectFilter(search="smart FARM 100%"))] == [smart]
    assert len(service.list_projects(ProjectFilter(search="sMaRt"))) == 2
    assert len(service.list_projects(ProjectFilter(search="พัฒนาชุมชน"))) == 2  # agency name
    assert service.list_projects(ProjectFilter(search="Smart_Farm")) == []


def test_choices_follow_the_list(demo_db: OfficeDatabase) -> None:
    service = ProjectService(demo_db.session_factory)
    rows = service.list_projects(ProjectFilter())
    assert [(c.id, c.name, c.agency_name, c.status) for c in service.choices()] == [
        (r.id, r.name, r.agency_name, r.status) for r in rows
    ]
    year = service.fiscal_years()[-1]
    assert [c.id for c in service.choices(year)] == [r.id for r in rows if r.fiscal_year == year]


def test_reach_matches_the_tables(demo_db: OfficeDatabase) -> None:
    service = ProjectService(demo_db.session_factory)
    with demo_db.session_factory() as session:
        project_ids = [i for (i,) in session.execute(text("SELECT id FROM projects"))]
        checked = 0
        for project_id in project_ids:
            given, households = session.execute(
                text(
                    "SELECT COALESCE(SUM(value_satang), 0), COUNT(DISTINCT household_id)"
                    " FROM assistance WHERE project_id = :p"
                ),
                {"p": project_id},
            ).one()
            budget, target_count = session.execute(
                text("SELECT budget_satang, target_count FROM projects WHERE id = :p"),
                {"p": project_id},
            ).one()
            indicators = session.execute(
                text(
                    "SELECT id, text, target FROM project_indicators WHERE project_id = :p"
                    " ORDER BY seq"
                ),
                {"p": project_id},
            ).all()
            reach = service.reach(project_id)
            assert (reach.money_given_satang, reach.households_reached) == (given, households)
            assert (reach.budget_satang, reach.target_count) == (budget, target_count)
            spent = 0
            assert [k.id for k in reach.key_results] == [i for i, _, _ in indicators]
            for progress, (indicator_id, text_, target) in zip(
                reach.key_results, indicators, strict=True
            ):
                reports = session.execute(
                    text(
                        "SELECT fiscal_year, quarter, value, money_spent_satang"
                        " FROM progress_reports WHERE project_indicator_id = :i"
                    ),
                    {"i": indicator_id},
                ).all()
                spent += sum(r[3] for r in reports)
                latest = max(reports)[2] if reports else None
                assert (progress.text, progress.target, progress.latest_value) == (
                    text_,
                    target,
                    latest,
                )
                if latest is None or target <= 0:
                    assert progress.percent is None
                else:
                    assert progress.percent == pytest.approx(latest * 100 / target)
                    checked += 1
            assert reach.money_spent_satang == spent
    assert checked > 0


def test_reach_of_a_project_without_reports_or_targets(
    service: ProjectService, agency_id: int
) -> None:
    draft = _draft(service, agency_id)
    draft.key_results[1].target = 0.0
    draft.key_results.append(KeyResultDraft(text="ยังไม่รายงาน", target=10.0))
    reach = service.reach(service.save(draft, CLERK))
    assert (reach.households_reached, reach.money_given_satang) == (0, 0)
    assert (reach.target_count, reach.budget_satang) == (40, 12_000_000)
    assert reach.money_spent_satang == 7_000_000
    assert [(k.latest_value, k.percent) for k in reach.key_results] == [
        (25.0, pytest.approx(62.5)),
        (90.0, None),
        (None, None),
    ]
    [row] = service.list_projects(ProjectFilter())
    assert (row.key_results, row.key_results_attained, row.money_spent_satang) == (3, 0, 7_000_000)
    latest = dataclasses.replace(draft.key_results[0].reports[1], value=40.0)
    draft.key_results[0].reports[1] = latest
    service.save(draft, CLERK)
    [row] = service.list_projects(ProjectFilter())
    assert row.key_results_attained == 1  # the latest report reached the target of 40
