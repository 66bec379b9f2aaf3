"""The one transaction of ``apply_plan``: re-check, create villages, insert new households,
update changed ones, log everything, refresh the household list's derived columns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from db.household_summary import refresh_household_summaries
from db.office_area import PROVINCE_KEY_MARK
from desktop.services.exchange.import_.apply import apply_operations, insert_additions, json_sql
from desktop.services.exchange.import_.compare import load_office, load_staged
from desktop.services.exchange.import_.conflicts import conflicts_are_stale, record_conflicts
from desktop.services.exchange.import_.diff import compute_operations, fingerprint
from desktop.services.exchange.province.case_writer import write_cases
from desktop.services.exchange.province.project_writer import write as write_projects
from desktop.services.exchange.reading.messages import RefusalCode, WorkbookRefused
from desktop.services.safety import (
    ChangeWriter,
    raise_versions,
    refuse_locked_subdistricts,
    utc_now,
)

if TYPE_CHECKING:
    from desktop.services.exchange.import_.plan import ImportPlan

# A household to add that now has a match in the database: the plan is out of date.
_NEW_MATCHES = (
    "SELECT count(*) FROM staging.s_households h WHERE h.action = 'add' AND ("
    " EXISTS (SELECT 1 FROM households o WHERE o.key = h.key)"
    " OR EXISTS (SELECT 1 FROM households o WHERE o.house_code = h.house_code)"
    " OR EXISTS (SELECT 1 FROM staging.s_members m JOIN members o"
    "   ON o.national_id = m.national_id WHERE m.hh = h.ord))"
)
_VILLAGE_SUMMARY = json_sql(
    [(name, f"v.{name}") for name in ("code", "subdistrict_code", "moo", "name_th")]
)
# Period locks: the subdistricts of the households to add or update, as staged and (for
# updates) as stored. A lock on any of them refuses the whole import (RecordLocked).
_TOUCHED_SUBDISTRICTS = (
    "SELECT substr(h.village_code, 1, 6) FROM staging.s_households h"
    " WHERE h.action IN ('add', 'update') AND h.village_code IS NOT NULL"
    " UNION SELECT substr(o.village_code, 1, 6) FROM households o"
    " JOIN staging.s_households h ON h.match_id = o.id WHERE h.action = 'update'"
)


def write_plan(
    session_factory: sessionmaker[Session], plan: ImportPlan, *, user_name: str
) -> tuple[list[int], list[int]]:
    engine = session_factory.kw["bind"]
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("ATTACH DATABASE ? AS staging", (str(plan.staging.path),))  # type: ignore[union-attr]
        # A bigger page cache for the one big transaction: fewer pages spilled to the WAL
        # and written again (about 2 s of 45 on 100,000 households).
        raw.execute("PRAGMA main.cache_size = -32768")  # type: ignore[union-attr]
        try:
            with Session(bind=connection) as session, session.begin():
                return _write(session, plan, user_name)
        finally:
            raw.execute("PRAGMA main.cache_size = -2000")  # type: ignore[union-attr]
            raw.execute("DETACH DATABASE staging")  # type: ignore[union-attr]


def _write(session: Session, plan: ImportPlan, user_name: str) -> tuple[list[int], list[int]]:
    plan.staging.mark("waiting")
    if plan.additions and session.execute(text(_NEW_MATCHES)).scalar_one():
        raise WorkbookRefused(RefusalCode.STALE_PLAN)
    if plan.conflicts and conflicts_are_stale(session):
        raise WorkbookRefused(RefusalCode.STALE_PLAN)
    touched = session.execute(text(_TOUCHED_SUBDISTRICTS)).scalars()  # period locks
    refuse_locked_subdistricts(session, [code for code in touched if code])
    at = utc_now()
    village_base = session.execute(
        text("SELECT coalesce(max(rowid), 0) FROM villages")
    ).scalar_one()
    session.execute(
        text(
            "INSERT INTO villages (code, subdistrict_code, moo, name_th)"
            " SELECT v.code, v.subdistrict_code, v.moo, v.name_th FROM staging.s_villages v"
            " WHERE NOT EXISTS (SELECT 1 FROM villages o WHERE o.code = v.code) AND EXISTS"
            " (SELECT 1 FROM staging.s_households h WHERE h.village_code = v.code"
            "  AND h.action IN ('add', 'update'))"
        )
    )
    session.execute(  # the new villages, logged by rowid as the household form does
        text(
            "INSERT INTO change_log (at, user_name, table_name, record_id, action, field,"
            " old_value, new_value) SELECT :at, :user, 'villages', v.rowid, 'insert', '', NULL,"
            f" {_VILLAGE_SUMMARY} FROM villages v WHERE v.rowid > :base ORDER BY v.rowid"
        ),
        {"at": at, "user": user_name, "base": village_base},
    )
    added: list[int] = []
    if plan.additions:
        district = plan.district  # "" in a provincial office: each village's district
        added = insert_additions(
            session,
            district=district,
            own_mark=PROVINCE_KEY_MARK if plan.province else "",
            at=at,
            user=user_name,
            timer=plan.staging.mark,
        )
    plan.staging.mark("apply: change log")
    connection = session.connection()

    def fetch(sql: str, params: Any) -> list[tuple[Any, ...]]:
        return list(connection.exec_driver_sql(sql, tuple(params)).all())

    log = ChangeWriter(session, user_name, at)
    updated: list[int] = []
    for update in plan.updates:
        office = load_office(fetch, update.household_id)
        if office is None:
            raise WorkbookRefused(RefusalCode.STALE_PLAN)
        staged = load_staged(plan.staging, update.ordinal)
        ops = compute_operations(office, staged, plan.provided)
        if fingerprint(ops) != update.fingerprint:
            raise WorkbookRefused(RefusalCode.STALE_PLAN)
        apply_operations(session, update.household_id, ops, staged, log)
        updated.append(update.household_id)
    raise_versions(session, "households", updated)  # a form open on one of them is stale
    log.flush()
    session.flush()
    plan.staging.mark("apply: updates")
    if plan.conflicts or plan.district_projects is not None:
        written = _written_households(session, added)
        if plan.conflicts:
            ids = {ordinal: household_id for ordinal, (_, household_id) in written.items()}
            record_conflicts(session, ids, source_file=plan.path.name, at=at, user=user_name)
        if plan.district_projects is not None:
            households = dict(written.values())
            found = plan.district_projects
            write_projects(
                session,
                found,
                households,
                log=log,
                after_projects=lambda: write_cases(
                    session, found.cases, found.district, households, log=log
                ),
            )
            plan.staging.mark("apply: projects")
    if added or updated:
        refresh_household_summaries(session, added + updated)
    plan.staging.mark("apply: summaries")
    return added, updated


def _written_households(session: Session, added: list[int]) -> dict[int, tuple[str, int]]:
    """Staged ordinal -> (workbook key, database id) of every household the import keeps:
    added (ids given in ordinal order), updated or equal (the household it matched)."""
    kept = session.execute(
        text(
            "SELECT ord, key, action, match_id FROM staging.s_households"
            " WHERE action IN ('add', 'update', 'same') AND bad = 0 ORDER BY ord"
        )
    ).all()
    new_ids = iter(added)
    return {
        ordinal: (key, next(new_ids) if action == "add" else match_id)
        for ordinal, key, action, match_id in kept
    }
