"""Benchmark: the household form's service calls on a large office (no Qt).

    python bench/bench_household_save.py [--households 100000] [--samples 30] [--keep]

Works on a scratch copy (sqlite3 backup API) of the household list's office
(bench_household_list.prepare: generated when missing); the original is only read.
For --samples households of 4-8 members (seeded choice) it times, per household, after one
untimed warm-up household:
load, validate, find_duplicates, suggestions, review (the three at once, as the form asks
after each pause in typing), save after a one-field edit (the notes;
then, on the same draft, a member's first name, which also changes the search index) and
refresh_household_summaries of the one id (in a transaction, begin and commit untimed).
The machine's fsync cost shows in the save floor.
Floors, through bare sqlite3 on the same file: load - the five SELECTs of the rows the
draft holds; find_duplicates - its three look-ups (IDs IN, house code, name keys IN);
save - the one row the edit changes, really changed, + COMMIT (WAL,
synchronous=FULL; a no-op UPDATE writes nothing and would be no floor); refresh - one SELECT
computing the derived values. Targets: find_duplicates <= 3 ms, save <= 25 ms, load
<= 10 ms (median).
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

from bench_folder import database_files, parse_with_out
from bench_folder import scratch_copy as copy_office
from bench_household_list import prepare

from db.engine import make_engine, make_session_factory
from db.household_summary import refresh_household_summaries
from db.schema_version import head_revision
from desktop.services.households import HouseholdDraft
from desktop.services.households.form import HouseholdFormService
from desktop.services.thai import thai_sort_key

TARGETS = {"load": 10.0, "find_duplicates": 3.0, "save (notes)": 25.0, "save (a name)": 25.0}
USER = "bench"


def scratch_copy(households: int) -> Path:
    source = prepare(households)  # the household list's office, generated when missing
    return copy_office(source, f"household-save-{households}.sqlite3")


def ms(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    value = action()
    return (time.perf_counter() - started) * 1000, value


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, -(-len(ordered) * 95 // 100) - 1))]


def raw_load(raw: sqlite3.Connection, household_id: int) -> None:
    raw.execute("SELECT * FROM households WHERE id = ?", (household_id,)).fetchall()
    member_ids = [
        row[0]
        for row in raw.execute(
            "SELECT * FROM members WHERE household_id = ? ORDER BY seq", (household_id,)
        )
    ]
    marks = ",".join("?" * len(member_ids))
    raw.execute(f"SELECT * FROM income_lines WHERE member_id IN ({marks})", member_ids).fetchall()
    raw.execute(
        "SELECT * FROM indicator_results WHERE household_id = ?", (household_id,)
    ).fetchall()
    raw.execute(
        "SELECT * FROM stage_assessments WHERE household_id = ? ORDER BY assessed_on, id",
        (household_id,),
    ).fetchall()


def raw_duplicates(raw: sqlite3.Connection, draft: HouseholdDraft) -> None:
    ids = [m.national_id for m in draft.members if m.national_id]
    keys = [thai_sort_key(f"{m.first_name} {m.last_name}".strip()) for m in draft.members]
    own = draft.id or 0
    join = (
        "SELECT m.*, h.key, h.house_no, v.name_th FROM members AS m"
        " JOIN households AS h ON h.id = m.household_id"
        " JOIN villages AS v ON v.code = h.village_code"
    )
    marks = ",".join("?" * len(ids))
    raw.execute(
        f"{join} WHERE m.national_id IN ({marks}) AND m.household_id <> ?", [*ids, own]
    ).fetchall()
    raw.execute(
        "SELECT h.*, v.name_th FROM households AS h JOIN villages AS v ON v.code = h.village_code"
        " WHERE h.house_code = ? AND h.id <> ?",
        (draft.house_code, own),
    ).fetchall()
    marks = ",".join("?" * len(keys))
    raw.execute(
        f"{join} WHERE m.name_key IN ({marks}) AND m.household_id <> ?", [*keys, own]
    ).fetchall()


def raw_refresh_values(raw: sqlite3.Connection, household_id: int) -> None:
    raw.execute(
        "SELECT h.id, hm.first_name, hm.name_key, hm.national_id,"
        " (SELECT count(*) FROM members AS m WHERE m.household_id = h.id),"
        " (SELECT group_concat(i.number) FROM indicator_results AS r"
        "  JOIN indicators AS i ON i.id = r.indicator_id"
        "  WHERE r.household_id = h.id AND r.status = 'failed'),"
        " EXISTS (SELECT 1 FROM assistance AS a WHERE a.household_id = h.id)"
        " FROM households AS h LEFT JOIN members AS hm ON hm.household_id = h.id"
        " AND hm.is_head = 1 WHERE h.id = ?",
        (household_id,),
    ).fetchall()


def raw_save_notes(raw: sqlite3.Connection, household_id: int, notes: str) -> None:
    """One row really changed and committed with the app's durability (WAL,
    synchronous=FULL): a no-op UPDATE writes nothing and is no floor."""
    raw.execute("BEGIN")
    raw.execute("UPDATE households SET notes = ? WHERE id = ?", (notes, household_id))
    raw.execute("COMMIT")


def raw_save_name(raw: sqlite3.Connection, member_id: int, first_name: str) -> None:
    """A member's first name and its sort key changed (the search index follows through its
    triggers, as in the app) and committed."""
    raw.execute("BEGIN")
    raw.execute(
        "UPDATE members SET first_name = ?, name_key = ? WHERE id = ?",
        (first_name, thai_sort_key(first_name), member_id),
    )
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
    session_factory = make_session_factory(engine)
    service = HouseholdFormService(session_factory)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA synchronous = FULL")
    revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert revision == head_revision(), "the copy is not at the newest schema"
    candidates = [
        row[0]
        for row in raw.execute("SELECT id FROM households WHERE member_count BETWEEN 4 AND 8")
    ]
    chosen = random.Random(args.seed).sample(candidates, args.samples + 1)
    today = date.today()
    ours: dict[str, list[float]] = {}
    floors: dict[str, list[float]] = {}

    def timed(samples: dict[str, list[float]], name: str, action: Callable[[], object]) -> object:
        elapsed, value = ms(action)
        samples.setdefault(name, []).append(elapsed)
        return value

    def refresh(household_id: int) -> None:
        with session_factory.begin() as session:
            session.connection()  # BEGIN, and the COMMIT after, are not timed
            timed(
                ours, "refresh (1 id)", lambda: refresh_household_summaries(session, [household_id])
            )

    for index, household_id in enumerate(chosen):
        if index == 1:  # the first household warmed caches and compiled statements
            ours.clear()
            floors.clear()
        draft = timed(ours, "load", lambda h=household_id: service.load(h))
        assert isinstance(draft, HouseholdDraft)
        timed(floors, "load", lambda h=household_id: raw_load(raw, h))
        problems = timed(ours, "validate", lambda d=draft: service.validate(d, today=today))
        assert isinstance(problems, list) and not [p for p in problems if p.blocking], problems
        timed(ours, "find_duplicates", lambda d=draft: service.find_duplicates(d, today=today))
        timed(floors, "find_duplicates", lambda d=draft: raw_duplicates(raw, d))
        timed(ours, "suggestions", lambda d=draft: service.suggestions(d, today=today))
        timed(ours, "review (the form)", lambda d=draft: service.review(d, today=today))
        draft.notes = f"bench {index}"
        timed(ours, "save (notes)", lambda d=draft: service.save(d, user_name=USER, today=today))
        draft.members[-1].first_name += "า"  # the same draft, saved again: ids written back
        timed(ours, "save (a name)", lambda d=draft: service.save(d, user_name=USER, today=today))
        timed(
            floors,
            "save (notes)",
            lambda h=household_id, i=index: raw_save_notes(raw, h, f"floor {i}"),
        )
        member = draft.members[0]
        assert member.id is not None
        timed(
            floors,
            "save (a name)",
            lambda m=member.id, n=f"{member.first_name}ก": raw_save_name(raw, m, n),
        )
        refresh(household_id)
        timed(floors, "refresh (1 id)", lambda h=household_id: raw_refresh_values(raw, h))

    print(f"\n{args.samples} households of 4-8 members, {args.households:,} in the office")
    print(f"  {'call':<18}{'median':>10}{'p95':>10}{'floor':>10}{'target':>10}")
    failed = False
    for name, samples in ours.items():
        median = statistics.median(samples)
        floor = f"{statistics.median(floors[name]):7.2f} ms" if name in floors else f"{'-':>10}"
        target = TARGETS.get(name)
        verdict = ""
        if target is not None:
            failed |= median > target
            verdict = f"{target:7.0f} ms  {'ok' if median <= target else 'ABOVE TARGET'}"
        print(f"  {name:<18}{median:7.2f} ms{p95(samples):7.2f} ms{floor}{verdict}")
    raw.close()
    engine.dispose()
    if not args.keep:
        for leftover in database_files(path):
            leftover.unlink(missing_ok=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
