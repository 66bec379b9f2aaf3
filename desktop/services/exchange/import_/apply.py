"""Writing a planned import: one transaction on the office database, with its change log.

The staging file is attached to the office connection (before the transaction begins:
SQLite cannot attach inside one) so new households and everything under them go in with
INSERT ... SELECT, ids given in order after the current maximum, and their change-log
rows are built by SQL in the very format of change_log.summary. Updated households are
compared again inside the transaction and written record by record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Date, delete, insert, text, update
from sqlalchemy.orm import Session

from db.models import (
    Household,
    IncomeLine,
    IndicatorResult,
    Member,
    StageAssessment,
)
from desktop.services.exchange.import_.compare import HouseholdData, Operation
from desktop.services.households.store import HOUSEHOLD_FIELDS as LOGGED_HOUSEHOLD_FIELDS
from desktop.services.households.store import MEMBER_FIELDS as LOGGED_MEMBER_FIELDS
from desktop.services.households.store import name_key, next_household_key
from desktop.services.safety import ChangeWriter

_BOOLEAN_COLUMNS = frozenset(
    {
        "has_welfare_card", "welfare_registered", "is_head", "literate", "disability",
        "chronic_illness", "bedridden", "welfare_card", "lives_here",
    }
)  # fmt: skip
_MODELS: dict[str, Any] = {
    "households": Household,
    "members": Member,
    "income_lines": IncomeLine,
    "indicator_results": IndicatorResult,
    "stage_assessments": StageAssessment,
}


def json_sql(items: Sequence[tuple[str, str]]) -> str:
    """SQL building ``change_log.summary`` of (key, expression) pairs: keys sorted, values
    as neutral text ("true"/"false", ISO dates, numbers as text), null for NULL. One
    printf per row (a chain of || would copy the growing text at every step)."""
    keys, values = [], []
    for key, expression in sorted(items):
        keys.append(f'"{key}": %s')
        if key in _BOOLEAN_COLUMNS:
            values.append(
                f"CASE {expression} WHEN 1 THEN '\"true\"' WHEN 0 THEN '\"false\"' ELSE 'null' END"
            )
        elif key in _PLAIN_COLUMNS:  # numbers, ISO dates, checked codes: nothing to escape
            values.append(f"coalesce('\"' || {expression} || '\"', 'null')")
        else:
            values.append(f"json_quote(CAST({expression} AS TEXT))")
    template = "{" + ", ".join(keys) + "}"
    return f"printf('{template}', {', '.join(values)})"


_PLAIN_COLUMNS = frozenset(
    {
        "household_id", "member_id", "indicator_id", "number", "survey_year", "seq",
        "amount_satang", "cost_satang", "birth_date", "verified_on", "assessed_on",
        "last_verified_on", "national_id", "house_code", "status", "stage", "current_stage",
        "sex",
    }
)  # fmt: skip


_HOUSEHOLD_COLUMNS = (
    "key", "house_code", "house_no", "village_code", "source_list", "has_welfare_card",
    "welfare_registered", "current_stage", "last_verified_on", "notes",
)  # fmt: skip
_MEMBER_COLUMNS = (
    "seq", "is_head", "title", "first_name", "last_name", "name_key", "national_id", "sex",
    "birth_date", "relation", "education_status", "education_level", "literate",
    "occupation_main", "occupation_second", "disability", "chronic_illness", "bedridden",
    "welfare_card", "lives_here",
)  # fmt: skip

_LOG = (
    "INSERT INTO change_log (at, user_name, table_name, record_id, action, field, old_value,"
    " new_value) SELECT :at, :user, '{table}', x.id, 'insert', '', NULL, {summary}"
    " FROM {source} WHERE x.id > :base ORDER BY x.id"
)


def insert_additions(
    session: Session,
    *,
    district: str,
    own_mark: str = "",
    at: Any,
    user: str,
    timer: Callable[[str], None] | None = None,
) -> list[int]:
    """Insert the staged households marked 'add' with all their rows; return their ids."""
    run = session.execute
    bases = {
        table: run(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()
        for table in _MODELS
    }
    # New keys ("~" rows of a list) take the office's district, or in a provincial office
    # (district "") the district of their village; each district continues its serials.
    key_district = "coalesce(nullif(:district, ''), :own || substr(h.village_code, 1, 4))"
    run(text("DROP TABLE IF EXISTS temp.import_serials"))
    run(text("CREATE TEMP TABLE import_serials (district TEXT PRIMARY KEY, serial INTEGER)"))
    for (code,) in run(
        text(
            f"SELECT DISTINCT {key_district} FROM staging.s_households h"
            " WHERE h.action = 'add' AND h.key GLOB '~*'"
        ),
        {"district": district, "own": own_mark},
    ).all():
        run(
            text("INSERT INTO import_serials VALUES (:code, :serial)"),
            {"code": code, "serial": _next_serial(session, code)},
        )
    run(text("DROP TABLE IF EXISTS temp.import_hh"))
    run(text("DROP TABLE IF EXISTS temp.import_members"))
    run(text("CREATE TEMP TABLE import_hh (ord INTEGER PRIMARY KEY, id INTEGER, key TEXT)"))
    run(
        text(
            "CREATE TEMP TABLE import_members (ord INTEGER PRIMARY KEY, id INTEGER,"
            " household_id INTEGER)"
        )
    )
    run(
        text(
            "INSERT INTO import_hh (ord, id, key) SELECT h.ord AS ord,"
            " :hbase + row_number() OVER (ORDER BY h.ord) AS id,"
            f" CASE WHEN h.key GLOB '~*' THEN printf('%s-%06d', {key_district},"
            f" (SELECT s.serial FROM temp.import_serials s WHERE s.district = {key_district}) - 1"
            f" + row_number() OVER (PARTITION BY h.key GLOB '~*', {key_district} ORDER BY h.ord))"
            " ELSE h.key END AS key FROM staging.s_households h WHERE h.action = 'add'"
        ),
        {"hbase": bases["households"], "district": district, "own": own_mark},
    )
    run(
        text(
            "INSERT INTO import_members (ord, id, household_id) SELECT m.ord AS ord,"
            " :mbase + row_number() OVER (ORDER BY m.hh, m.seq, m.ord) AS id, a.id AS household_id"
            " FROM staging.s_members m JOIN temp.import_hh a ON a.ord = m.hh"
        ),
        {"mbase": bases["members"]},
    )
    household_values = ", ".join(f"h.{c}" for c in _HOUSEHOLD_COLUMNS[1:])
    run(
        text(
            f"INSERT INTO households (id, {', '.join(_HOUSEHOLD_COLUMNS)})"
            f" SELECT a.id, a.key, {household_values} FROM temp.import_hh a"
            " JOIN staging.s_households h ON h.ord = a.ord"
        )
    )
    run(
        text(
            f"INSERT INTO members (id, household_id, {', '.join(_MEMBER_COLUMNS)})"
            f" SELECT a.id, a.household_id, {', '.join('m.' + c for c in _MEMBER_COLUMNS)}"
            " FROM temp.import_members a JOIN staging.s_members m ON m.ord = a.ord"
        )
    )
    run(
        text(
            "INSERT INTO income_lines (member_id, survey_year, category, amount_satang,"
            " cost_satang) SELECT a.id, i.survey_year, i.category, i.amount_satang,"
            " i.cost_satang FROM staging.s_income i JOIN temp.import_members a"
            " ON a.ord = i.member_ord"
        )
    )
    run(
        text(
            "INSERT INTO indicator_results (household_id, indicator_id, survey_year, status,"
            " verified_by, verified_on) SELECT a.id, r.indicator_id, r.survey_year, r.status,"
            " r.verified_by, r.verified_on FROM staging.s_results r"
            " JOIN temp.import_hh a ON a.ord = r.hh"
        )
    )
    run(
        text(
            "INSERT INTO stage_assessments (household_id, stage, assessed_on, assessor, reason)"
            " SELECT a.id, s.stage, s.assessed_on, s.assessor, s.reason FROM staging.s_stages s"
            " JOIN temp.import_hh a ON a.ord = s.hh"
        )
    )
    if timer is not None:
        timer("apply: insert")
    _log_additions(session, bases, at, user)
    return _finish(session)


def _finish(session: Session) -> list[int]:
    run = session.execute
    ids = [row[0] for row in run(text("SELECT id FROM temp.import_hh ORDER BY id"))]
    run(text("DROP TABLE temp.import_members"))
    run(text("DROP TABLE temp.import_hh"))
    run(text("DROP TABLE temp.import_serials"))
    return ids


def _next_serial(session: Session, district: str) -> int:
    key = next_household_key(session, district)
    return int(key.rsplit("-", 1)[1])


def _log_additions(session: Session, bases: dict[str, int], at: Any, user: str) -> None:
    params = {"at": at, "user": user}
    household = json_sql([(name, f"x.{name}") for name in LOGGED_HOUSEHOLD_FIELDS])
    member = json_sql(
        [(name, f"x.{name}") for name in LOGGED_MEMBER_FIELDS]
        + [("household_id", "x.household_id")]
    )
    income = json_sql(
        [
            (name, f"x.{name}")
            for name in ("survey_year", "category", "amount_satang", "cost_satang")
        ]
        + [
            ("household_id", "m.household_id"),
            ("member_id", "x.member_id"),
            ("member_name", "trim(m.first_name || ' ' || m.last_name)"),
        ]
    )
    result = json_sql(
        [
            (name, f"x.{name}")
            for name in ("indicator_id", "survey_year", "status", "verified_by", "verified_on")
        ]
        + [("household_id", "x.household_id"), ("number", "n.number")]
    )
    stage = json_sql(
        [(name, f"x.{name}") for name in ("stage", "assessed_on", "assessor", "reason")]
        + [("household_id", "x.household_id")]
    )
    sources = (
        ("households", household, "households x"),
        ("members", member, "members x"),
        ("income_lines", income, "income_lines x JOIN members m ON m.id = x.member_id"),
        (
            "indicator_results",
            result,
            "indicator_results x JOIN indicators n ON n.id = x.indicator_id",
        ),
        ("stage_assessments", stage, "stage_assessments x"),
    )
    for table, summary, source in sources:
        sql = _LOG.format(table=table, summary=summary, source=source)
        session.execute(text(sql), {**params, "base": bases[table]})


def apply_operations(
    session: Session,
    household_id: int,
    ops: list[Operation],
    staged: HouseholdData,
    log: ChangeWriter,
) -> None:
    """Make one office household equal to its staged version (ops from compute_operations)."""
    run = session.execute
    context = {"household_id": household_id}
    for op in ops:
        if op.action == "delete" and op.table == "members":
            log.write("delete", "members", op.record_id or 0, _logged(op.old) | context, {})
            run(delete(Member).where(Member.id == op.record_id))
    for op in ops:
        moving = {"is_head", "national_id"} & op.new.keys()
        if op.action == "update" and op.table == "members" and moving:
            # Only what moves is let go first (one head, one holder of an ID), so a head
            # whose national ID changes stays the head.
            cleared = {name: False if name == "is_head" else None for name in moving}
            run(update(Member).where(Member.id == op.record_id).values(**cleared))
    new_members: dict[int, int] = {}
    for op in ops:
        model = _MODELS[op.table]
        if op.action == "update":
            values = dict(op.new)
            if op.table == "members" and {"first_name", "last_name"} & values.keys():
                values["name_key"] = _name_key(staged.members[op.member or 0])
            run(update(model).where(model.id == op.record_id).values(**_typed(model, values)))
            log.write("update", op.table, op.record_id or 0, op.old, op.new)
        elif op.action == "delete" and op.table != "members":
            run(delete(model).where(model.id == op.record_id))
            log.write("delete", op.table, op.record_id or 0, op.old | context, {})
        elif op.action == "insert":
            values = dict(op.new)
            if op.table == "members":
                values |= {"household_id": household_id, "name_key": _name_key(values)}
                if "seq" not in values:
                    values["seq"] = run(
                        text(
                            "SELECT coalesce(max(seq), 0) + 1 FROM members WHERE household_id = :h"
                        ),
                        {"h": household_id},
                    ).scalar_one()
            elif op.table == "income_lines":
                owner = op.owner if op.owner is not None else new_members[op.member or 0]
                values["member_id"] = owner
            else:
                values["household_id"] = household_id
            new_id = run(insert(model).values(**_typed(model, values))).inserted_primary_key[0]
            if op.table == "members" and op.member is not None:
                new_members[op.member] = new_id
            logged = {k: v for k, v in values.items() if k != "name_key"} | context
            log.write("insert", op.table, new_id, {}, logged)


def _typed(model: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The staged values as the model's columns take them: ISO text becomes a date where
    the column is a date (SQLAlchemy's SQLite date type takes only date objects)."""
    columns = model.__table__.columns
    return {
        name: dt.date.fromisoformat(value)
        if isinstance(value, str) and isinstance(columns[name].type, Date)
        else value
        for name, value in values.items()
    }


def _name_key(member: dict[str, Any]) -> bytes:
    first, last = member.get("first_name") or "", member.get("last_name") or ""
    return name_key(" ".join(f"{first} {last}".split()))


def _logged(values: dict[str, Any]) -> dict[str, Any]:
    return {name: values.get(name) for name in LOGGED_MEMBER_FIELDS if name in values}
