"""Benchmark: saving a household development plan and a follow-up visit on a large office.

    python bench/bench_case_saves.py [--households 100000] [--samples 30] [--keep]

Works on a scratch copy (sqlite3 backup API) of the household list's office
(bench_household_list.prepare: generated when missing, migrated to the newest schema when
an older one is found); the original is only read. For --samples households failing at
least one indicator (seeded choice), after one untimed warm-up household, it times:
plan save - CaseService.save_plan of the proposed plan (one problem per failing indicator,
a goal each, two activities on the first with agency, project and due date), which also
makes it the household's one current plan; visit save - CaseService.save_visit with two
indicators checked, a stage reassessed with its reason and the next visit's due date
(answers upserted, stage row, visit row, household's stage, list columns refreshed).
Floors, through bare sqlite3 on the same file at the app's durability (WAL,
synchronous=FULL), for another household each time: the same INSERTs (plan, problems,
activities; results upserted, stage, visit, the household's UPDATE) with one change-log
row per record, + COMMIT. Target: each save <= 50 ms (median).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_folder import out_folder, parse_with_out
from bench_household_list import prepare

from db.engine import make_engine, make_session_factory
from db.schema_version import head_revision
from desktop.services.cases import ActivityDraft, CaseService, CheckedAnswer, VisitDraft

TARGET_MS = 50.0
USER = "bench"


def scratch_copy(households: int) -> Path:
    source = prepare(households)
    target = out_folder() / f"case-saves-{households}.sqlite3"
    for leftover in _files(target):
        leftover.unlink(missing_ok=True)
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    reader.backup(writer)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.close()
    reader.close()
    return target


def _files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def ms(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    value = action()
    return (time.perf_counter() - started) * 1000, value


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, -(-len(ordered) * 95 // 100) - 1))]


def _log(raw: sqlite3.Connection, table: str, record_id: int, summary: str) -> None:
    raw.execute(
        "INSERT INTO change_log (at, user_name, table_name, record_id, action, field,"
        " old_value, new_value) VALUES (datetime('now'), ?, ?, ?, 'insert', '', NULL, ?)",
        (USER, table, record_id, summary),
    )


def raw_plan(
    raw: sqlite3.Connection, household_id: int, indicators: list[tuple[int, str]], ids: tuple
) -> None:
    """The plan's rows and their change log, as plain INSERTs, + COMMIT."""
    agency, project = ids
    raw.execute("BEGIN")
    plan = raw.execute(
        "INSERT INTO development_plans (household_id, title, made_on, is_current, created_by,"
        " created_at, notes) VALUES (?, 'แผน', ?, 0, ?, datetime('now'), '')",
        (household_id, date.today().isoformat(), USER),
    ).lastrowid
    _log(raw, "development_plans", plan, '{"title": "แผน"}')
    for seq, (indicator_id, dimension) in enumerate(indicators, start=1):
        problem = raw.execute(
            "INSERT INTO plan_problems (plan_id, seq, indicator_id, dimension, goal)"
            " VALUES (?, ?, ?, ?, 'เป้าหมาย')",
            (plan, seq, indicator_id, dimension),
        ).lastrowid
        _log(raw, "plan_problems", problem, '{"goal": "เป้าหมาย"}')
        for activity_seq in range(1, 3 if seq == 1 else 1):
            activity = raw.execute(
                "INSERT INTO plan_activities (problem_id, seq, text, agency_id, project_id,"
                " due_on, status) VALUES (?, ?, 'กิจกรรม', ?, ?, '2027-03-31', 'planned')",
                (problem, activity_seq, agency, project),
            ).lastrowid
            _log(raw, "plan_activities", activity, '{"text": "กิจกรรม"}')
    raw.execute("COMMIT")


def raw_visit(raw: sqlite3.Connection, household_id: int, indicator_ids: list[int]) -> None:
    """The visit's rows (answers upserted), the household's UPDATE and their change log."""
    today = date.today().isoformat()
    year = raw.execute(
        "SELECT max(survey_year) FROM indicator_results WHERE household_id = ?", (household_id,)
    ).fetchone()[0]
    raw.execute("BEGIN")
    for indicator_id in indicator_ids:
        raw.execute(
            "INSERT INTO indicator_results (household_id, indicator_id, survey_year, status,"
            " verified_by, verified_on) VALUES (?, ?, ?, 'passed', ?, ?)"
            " ON CONFLICT (household_id, indicator_id, survey_year) DO UPDATE SET"
            " status = excluded.status, verified_by = excluded.verified_by,"
            " verified_on = excluded.verified_on",
            (household_id, indicator_id, year, USER, today),
        )
        _log(raw, "indicator_results", indicator_id, '{"status": "passed"}')
    stage = raw.execute(
        "INSERT INTO stage_assessments (household_id, stage, assessed_on, assessor, reason)"
        " VALUES (?, 'sufficiency', ?, ?, 'เหตุผล')",
        (household_id, today, USER),
    ).lastrowid
    _log(raw, "stage_assessments", stage, '{"stage": "sufficiency"}')
    visit = raw.execute(
        "INSERT INTO follow_up_visits (household_id, visited_on, visited_by, findings,"
        " stage_assessment_id, next_visit_due) VALUES (?, ?, ?, 'พบ', ?, '2027-06-30')",
        (household_id, today, USER, stage),
    ).lastrowid
    _log(raw, "follow_up_visits", visit, '{"findings": "พบ"}')
    raw.execute(
        "UPDATE households SET current_stage = 'sufficiency', stage_rank = 2,"
        " last_verified_on = ? WHERE id = ?",
        (today, household_id),
    )
    _log(raw, "households", household_id, '{"current_stage": "sufficiency"}')
    raw.execute("COMMIT")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--seed", type=int, default=2567)
    parser.add_argument("--keep", action="store_true", help="keep the scratch copy")
    args = parse_with_out(parser)
    path = scratch_copy(args.households)
    engine = make_engine(path)
    service = CaseService(make_session_factory(engine))
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA synchronous = FULL")
    revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert revision == head_revision(), "the copy is not at the newest schema"
    agency, project = raw.execute("SELECT agency_id, id FROM projects ORDER BY id").fetchone()
    # The demo answers in the shipped set outside its years (2560-2564); a visit is answered
    # in the set covering its year, so the scratch copy's set is stretched to this year.
    raw.execute(
        "UPDATE indicator_sets SET last_year = max(last_year, ?) WHERE code = '2560-2564'",
        (date.today().year + 543,),
    )
    candidates = [
        row[0] for row in raw.execute("SELECT id FROM households WHERE failed_indicators != ''")
    ]
    chosen = random.Random(args.seed).sample(candidates, 2 * (args.samples + 1))
    ours: dict[str, list[float]] = {}
    floors: dict[str, list[float]] = {}
    today = date.today()

    def timed(samples: dict[str, list[float]], name: str, action: Callable[[], object]) -> object:
        elapsed, value = ms(action)
        samples.setdefault(name, []).append(elapsed)
        return value

    for index in range(args.samples + 1):
        if index == 1:  # the first household warmed caches and compiled statements
            ours.clear()
            floors.clear()
        household_id, floor_id = chosen[2 * index], chosen[2 * index + 1]
        draft = service.propose_plan(household_id, today=today)
        for problem in draft.problems:
            problem.goal = "ผ่านเกณฑ์ภายในปีหน้า"
        draft.problems[0].activities = [
            ActivityDraft("ฝึกอาชีพ", agency, project, date(2027, 3, 31)),
            ActivityDraft("ติดตามทุกเดือน", agency, None, None, "doing"),
        ]
        timed(ours, "plan save", lambda d=draft: service.save_plan(d, user_name=USER, today=today))
        indicators = [(p.indicator_id or 0, p.dimension) for p in draft.problems]
        floor_problems = (
            raw.execute(
                "SELECT r.indicator_id, i.dimension FROM indicator_results r JOIN indicators i"
                " ON i.id = r.indicator_id WHERE r.household_id = ? AND r.status = 'failed'",
                (floor_id,),
            ).fetchall()
            or indicators
        )
        timed(
            floors, "plan save", lambda f=floor_id, p=floor_problems: raw_plan(
                raw, f, p, (agency, project)
            ),
        )  # fmt: skip
        checked = [i for i, _ in indicators][:2]
        visit = VisitDraft(
            household_id, today, USER, "ปลูกผักขายได้",
            [CheckedAnswer(i, "passed") for i in checked], "sufficiency", "มีรายได้พอใช้",
            date(today.year + 1, 6, 30),
        )  # fmt: skip
        timed(
            ours, "visit save", lambda v=visit: service.save_visit(v, user_name=USER, today=today)
        )
        floor_checked = [i for i, _ in floor_problems][:2]
        timed(floors, "visit save", lambda f=floor_id, c=floor_checked: raw_visit(raw, f, c))

    print(f"\n{args.samples} households failing indicators, {args.households:,} in the office")
    print(f"  {'call':<12}{'median':>10}{'p95':>10}{'floor':>10}{'ratio':>8}{'target':>10}")
    failed = False
    for name, samples in ours.items():
        median, floor = statistics.median(samples), statistics.median(floors[name])
        failed |= median > TARGET_MS
        verdict = "ok" if median <= TARGET_MS else "ABOVE TARGET"
        print(
            f"  {name:<12}{median:7.2f} ms{p95(samples):7.2f} ms{floor:7.2f} ms"
            f"{median / floor:7.1f}x{TARGET_MS:7.0f} ms  {verdict}"
        )
    raw.close()
    engine.dispose()
    if not args.keep:
        for leftover in _files(path):
            leftover.unlink(missing_ok=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
