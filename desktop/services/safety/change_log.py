"""The audit trail: who changed which field of which record, when, from what to what.

Values are stored as display-neutral text: ISO dates, integers (money in satang), codes,
``"true"``/``"false"``; None stays NULL. An insert or a delete is one row whose new or
old value is a JSON summary of the record (with the ``household_id`` it belonged to, so
a household's history still finds records that have since been deleted).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from db.models import (
    ChangeLog,
    Household,
    Indicator,
    IndicatorResult,
    Member,
    StageAssessment,
)

ACTIONS = ("insert", "update", "delete")
HOUSEHOLD_TABLES = (
    "households",
    "members",
    "income_lines",
    "indicator_results",
    "stage_assessments",
    # case management: found through their insert rows, which name the household
    "development_plans",
    "plan_problems",
    "plan_activities",
    "follow_up_visits",
    # evidence: its insert and delete rows name the household (never the file's bytes)
    "attachments",
)
# What a history entry says about the record it concerns (keys of ChangeEntry.context).
_CONTEXT_KEYS: dict[str, tuple[str, ...]] = {
    "households": ("key",),
    "members": ("first_name", "last_name"),
    "income_lines": ("member_name", "category", "survey_year"),
    "indicator_results": ("number", "survey_year"),
    "stage_assessments": ("stage", "assessed_on"),
    "development_plans": ("title",),
    "plan_problems": ("goal",),
    "plan_activities": ("text",),
    "follow_up_visits": ("visited_on",),
    "attachments": ("file_name",),
}


@dataclass(frozen=True)
class ChangeEntry:
    at: dt.datetime  # timezone-aware UTC (stored naive UTC): show it with .astimezone()
    user_name: str
    table_name: str
    record_id: int
    action: str  # "insert" | "update" | "delete"
    field: str  # "" for insert and delete
    old_value: str | None
    new_value: str | None
    # Which record it is, display-neutral: members {first_name, last_name}; income_lines
    # {member_name, category, survey_year}; indicator_results {number, survey_year};
    # stage_assessments {stage, assessed_on (ISO)}; households {key}.
    context: dict[str, str] = field(default_factory=dict)


def neutral(value: object) -> str | None:
    """A value as change-log text: None → None, bool → "true"/"false", date → ISO."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    return str(value)


def summary(values: Mapping[str, object]) -> str:
    """A record as JSON of neutral values, keys sorted: the insert/delete row's text."""
    return json.dumps(
        {key: neutral(value) for key, value in values.items()}, ensure_ascii=False, sort_keys=True
    )


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def record_changes(
    session: Session,
    *,
    user_name: str,
    table_name: str,
    record_id: int,
    old: Mapping[str, object],
    new: Mapping[str, object],
    action: str,
    at: dt.datetime | None = None,
) -> int:
    """Add the change-log rows of one record's change; return how many were added.

    "update": one row per field whose neutral value differs between ``old`` and ``new``.
    "insert": one row with the summary of ``new``; "delete": one with that of ``old``.
    """
    rows = change_rows(
        user_name=user_name,
        table_name=table_name,
        record_id=record_id,
        old=old,
        new=new,
        action=action,
        at=at or utc_now(),
    )
    session.add_all(ChangeLog(**row) for row in rows)
    return len(rows)


def change_rows(
    *,
    user_name: str,
    table_name: str,
    record_id: int,
    old: Mapping[str, object],
    new: Mapping[str, object],
    action: str,
    at: dt.datetime,
) -> list[dict[str, object]]:
    """The change-log rows of one record's change (see ``record_changes``), as column
    values for an INSERT: a writer with many records inserts them all at once."""
    if action not in ACTIONS:
        raise ValueError(f"unknown change-log action {action!r}")

    def row(field_name: str, old_value: str | None, new_value: str | None) -> dict[str, object]:
        return {
            "at": at,
            "user_name": user_name,
            "table_name": table_name,
            "record_id": record_id,
            "action": action,
            "field": field_name,
            "old_value": old_value,
            "new_value": new_value,
        }

    if action == "insert":
        return [row("", None, summary(new))]
    if action == "delete":
        return [row("", summary(old), None)]
    rows = []
    for name in dict.fromkeys([*old, *new]):
        before, after = neutral(old.get(name)), neutral(new.get(name))
        if before != after:
            rows.append(row(name, before, after))
    return rows


def history(session: Session, household_id: int) -> list[ChangeEntry]:
    """The change log of a household and its members, income lines, indicator results and
    stage assessments (also those deleted since), newest first."""
    ids: dict[str, set[int]] = {name: set() for name in HOUSEHOLD_TABLES}
    ids["households"].add(household_id)
    contexts = _current_contexts(session, household_id, ids)
    marker = f'%"household_id": "{household_id}"%'
    logged = session.scalars(
        select(ChangeLog).where(
            ChangeLog.table_name.in_(HOUSEHOLD_TABLES[1:]),
            or_(ChangeLog.new_value.like(marker), ChangeLog.old_value.like(marker)),
            ChangeLog.action.in_(("insert", "delete")),
        )
    )
    for entry in logged:
        values = json.loads(entry.new_value or entry.old_value or "{}")
        if values.get("household_id") != str(household_id):
            continue
        ids[entry.table_name].add(entry.record_id)
        if (entry.table_name, entry.record_id) not in contexts:
            keys = _CONTEXT_KEYS[entry.table_name]
            contexts[entry.table_name, entry.record_id] = {
                key: values[key] for key in keys if values.get(key) is not None
            }
    conditions = [
        and_(ChangeLog.table_name == name, ChangeLog.record_id.in_(record_ids))
        for name, record_ids in ids.items()
        if record_ids
    ]
    rows = session.scalars(
        select(ChangeLog).where(or_(*conditions)).order_by(ChangeLog.at.desc(), ChangeLog.id.desc())
    )
    return [
        ChangeEntry(
            at=row.at.replace(tzinfo=dt.UTC),
            user_name=row.user_name,
            table_name=row.table_name,
            record_id=row.record_id,
            action=row.action,
            field=row.field,
            old_value=row.old_value,
            new_value=row.new_value,
            context=contexts.get((row.table_name, row.record_id), {}),
        )
        for row in rows
    ]


def _current_contexts(
    session: Session, household_id: int, ids: dict[str, set[int]]
) -> dict[tuple[str, int], dict[str, str]]:
    """Context of the records the household has now; their ids are added to ``ids``."""
    found: dict[tuple[str, int], dict[str, str]] = {}

    def add(table: str, record_id: int, values: Iterable[tuple[str, object]]) -> None:
        ids[table].add(record_id)
        found[table, record_id] = {
            key: text for key, value in values if (text := neutral(value)) is not None
        }

    household = session.get(Household, household_id)
    if household is not None:
        add("households", household_id, [("key", household.key)])
    for member in session.scalars(select(Member).where(Member.household_id == household_id)):
        add(
            "members",
            member.id,
            [("first_name", member.first_name), ("last_name", member.last_name)],
        )
        name = f"{member.first_name} {member.last_name}".strip()
        for line in member.income_lines:
            values = [
                ("member_name", name),
                ("category", line.category),
                ("survey_year", line.survey_year),
            ]
            add("income_lines", line.id, values)
    results = session.execute(
        select(IndicatorResult.id, Indicator.number, IndicatorResult.survey_year)
        .join(Indicator, Indicator.id == IndicatorResult.indicator_id)
        .where(IndicatorResult.household_id == household_id)
    )
    for result_id, number, year in results:
        add("indicator_results", result_id, [("number", number), ("survey_year", year)])
    stages = session.scalars(
        select(StageAssessment).where(StageAssessment.household_id == household_id)
    )
    for stage in stages:
        add(
            "stage_assessments",
            stage.id,
            [("stage", stage.stage), ("assessed_on", stage.assessed_on)],
        )
    return found
