"""Writing a validated household record: rows inserted, updated and deleted by id.

The record holds typed values (``record.py``): nothing here reads text.

Everything happens in the caller's transaction. Two unique rules need care when a save
moves things between members: one head per household (a partial unique index) and the
national ID. Members who leave the household go first, then members whose head flag or ID
changes give them up (each step flushed only when there is one), then every member takes
its new values, so a swap never meets itself halfway. All the rest is one flush, followed
by the change log in one INSERT. Only values that differ are set, so an unchanged record
writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Household, IncomeLine, IndicatorResult, Member, StageAssessment
from desktop.services.households.indicator_suggestions import Suggestion
from desktop.services.households.record import HouseholdRecord, MemberRecord
from desktop.services.households.store import (
    HOUSEHOLD_FIELDS,
    INCOME_FIELDS,
    MEMBER_FIELDS,
    MEMBERS_AND_INCOMES,
    RESULT_FIELDS,
    STAGE_FIELDS,
    HouseholdNotFound,
    name_key,
    next_household_key,
    person_name,
)
from desktop.services.safety import ChangeWriter, values_of


@dataclass(frozen=True)
class Written:
    """The rows written: the members in the record's order, a stage row (None for a blank
    entry, which is not saved) for each stage entry."""

    household: Household
    members: list[Member]
    stages: list[StageAssessment | None]


def write_household(
    session: Session,
    record: HouseholdRecord,
    log: ChangeWriter,
    *,
    suggestions: dict[int, Suggestion],
    district_code: Callable[[], str],
) -> Written:
    """Write ``record`` (validated: no blocking problem) and its change log, all flushed.

    ``district_code`` is asked only when a new household needs a key.
    """
    household = None
    if record.id is not None:
        household = session.get(Household, record.id, options=MEMBERS_AND_INCOMES)
        if household is None:
            raise HouseholdNotFound(record.id)
    values = _household_values(record)
    if household is None:
        key = record.key or next_household_key(session, district_code())
        household = Household(key=key, members=[], **values)
        session.add(household)
        session.flush()  # the id the other rows refer to
        log.write("insert", "households", household.id, {}, values_of(household, HOUSEHOLD_FIELDS))
    else:
        if values["last_verified_on"] is None:  # no answer verified now: keep the last date
            values["last_verified_on"] = household.last_verified_on
        _update(log, "households", household, HOUSEHOLD_FIELDS, values)
    members = _write_members(session, household, record, log)
    _write_answers(session, household.id, record, log, suggestions)
    stages = _write_stages(session, household.id, record, log)
    session.flush()
    log.flush()
    return Written(household, members, stages)


def _update(
    log: ChangeWriter,
    table: str,
    record: Any,
    fields: tuple[str, ...],
    values: Mapping[str, object],
    old: Mapping[str, object] | None = None,
) -> None:
    """Set the values of an existing row that differ and log them (from ``old``, else
    from the row as it was)."""
    old = values_of(record, fields) if old is None else old
    changed = [(name, value) for name, value in values.items() if getattr(record, name) != value]
    for name, value in changed:
        setattr(record, name, value)
    if changed:
        log.write("update", table, record.id, old, values_of(record, fields))


def _household_values(record: HouseholdRecord) -> dict[str, object]:
    stages = [
        (entry.assessed_on, index, entry.stage)
        for index, entry in enumerate(record.stages)
        if not entry.blank and entry.assessed_on is not None
    ]
    verified = [answer.verified_on for answer in record.indicators if answer.status]
    return {
        "house_code": record.house_code or None,
        "house_no": record.house_no,
        "village_code": record.village_code,
        "source_list": record.source_list,
        "has_welfare_card": record.has_welfare_card,
        "welfare_registered": record.welfare_registered,
        "current_stage": max(stages)[2] if stages else None,
        "last_verified_on": max((day for day in verified if day), default=None),
        "notes": record.notes,
    }


def _member_values(member: MemberRecord, seq: int) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(member, name) for name in MEMBER_FIELDS}
    return values | {"seq": seq, "name_key": name_key(member.full_name)}


def _write_members(
    session: Session, household: Household, record: HouseholdRecord, log: ChangeWriter
) -> list[Member]:
    existing = {member.id: member for member in household.members}
    kept = {member.id for member in record.members if member.id in existing}
    gone = [member for member_id, member in existing.items() if member_id not in kept]
    for member in gone:
        summary = values_of(member, MEMBER_FIELDS) | {"household_id": household.id}
        log.write("delete", "members", member.id, summary, {})
        household.members.remove(member)
    if gone:
        session.flush()  # their IDs and head flag are free for the others
    targets = [
        (drafted, _member_values(drafted, seq)) for seq, drafted in enumerate(record.members, 1)
    ]
    before = {member_id: values_of(existing[member_id], MEMBER_FIELDS) for member_id in kept}
    moving = [
        existing[drafted.id]
        for drafted, values in targets
        if drafted.id in kept
        and (
            existing[drafted.id].is_head != values["is_head"]
            or existing[drafted.id].national_id != values["national_id"]
        )
    ]
    for member in moving:  # give up the unique head flag and ID before anyone takes them
        member.is_head, member.national_id = False, None
    if moving:
        session.flush()
    written: list[Member] = []
    for drafted, values in targets:
        if drafted.id in kept:
            member = existing[drafted.id]
            _update(log, "members", member, MEMBER_FIELDS, values, before[member.id])
        else:
            member = Member(**values)
            household.members.append(member)
            summary = values_of(member, MEMBER_FIELDS) | {"household_id": household.id}
            log.write("insert", "members", member, {}, summary)
        _write_incomes(household.id, member, drafted, record.survey_year, log)
        written.append(member)
    return written


def _write_incomes(
    household_id: int, member: Member, drafted: MemberRecord, survey_year: int, log: ChangeWriter
) -> None:
    """The member's lines of the survey year become the record's, matched by category."""
    existing = {
        line.category: line for line in member.income_lines if line.survey_year == survey_year
    }
    wanted = {
        line.category: {"amount_satang": line.amount_satang, "cost_satang": line.cost_satang}
        for line in drafted.incomes
        if not line.blank
    }
    name = person_name(member)

    def context() -> dict[str, object]:  # a new member has its id only after the flush
        return {"household_id": household_id, "member_id": member.id, "member_name": name}

    for category, line in existing.items():
        if category not in wanted:
            old = values_of(line, INCOME_FIELDS) | context()
            log.write("delete", "income_lines", line.id, old, {})
            member.income_lines.remove(line)
    added: list[IncomeLine] = []
    for category, values in wanted.items():
        line = existing.get(category)
        if line is not None:
            _update(log, "income_lines", line, INCOME_FIELDS, values)
            continue
        line = IncomeLine(survey_year=survey_year, category=category, **values)
        member.income_lines.append(line)
        added.append(line)
    for line in added:
        values = values_of(line, INCOME_FIELDS)
        log.write("insert", "income_lines", line, {}, lambda values=values: values | context())


def _write_answers(
    session: Session,
    household_id: int,
    record: HouseholdRecord,
    log: ChangeWriter,
    suggestions: dict[int, Suggestion],
) -> None:
    """Upsert (household, indicator, survey year); an unanswered indicator has no row."""
    existing = {
        result.indicator_id: result
        for result in session.scalars(
            select(IndicatorResult).where(
                IndicatorResult.household_id == household_id,
                IndicatorResult.survey_year == record.survey_year,
            )
        )
    }
    added: list[tuple[IndicatorResult, dict[str, object]]] = []
    for answer in record.indicators:
        result = existing.get(answer.indicator_id)
        context = {"household_id": household_id, "number": answer.number}
        if not answer.status:
            if result is not None:
                old = values_of(result, RESULT_FIELDS) | context
                log.write("delete", "indicator_results", result.id, old, {})
                session.delete(result)
            continue
        values: dict[str, object] = {
            "status": answer.status,
            "verified_by": answer.verified_by,
            "verified_on": answer.verified_on,
        }
        suggestion = suggestions.get(answer.number)
        if suggestion is not None:  # other indicators keep whatever was derived before
            values |= {
                "derived_status": suggestion.status or None,
                "derived_value": suggestion.value,
            }
        if result is None:
            result = IndicatorResult(
                household_id=household_id,
                indicator_id=answer.indicator_id,
                survey_year=record.survey_year,
                **values,
            )
            session.add(result)
            added.append((result, context))
            continue
        _update(log, "indicator_results", result, RESULT_FIELDS, values)
    for result, context in added:
        new = values_of(result, RESULT_FIELDS) | context
        log.write("insert", "indicator_results", result, {}, new)


def _write_stages(
    session: Session, household_id: int, record: HouseholdRecord, log: ChangeWriter
) -> list[StageAssessment | None]:
    existing = {
        stage.id: stage
        for stage in session.scalars(
            select(StageAssessment).where(StageAssessment.household_id == household_id)
        )
    }
    kept = {entry.id for entry in record.stages if not entry.blank and entry.id in existing}
    context = {"household_id": household_id}
    for stage_id, stage in existing.items():
        if stage_id not in kept:
            old = values_of(stage, STAGE_FIELDS) | context
            log.write("delete", "stage_assessments", stage_id, old, {})
            session.delete(stage)
    written: list[StageAssessment | None] = []
    added: list[StageAssessment] = []
    for entry in record.stages:
        if entry.blank:
            written.append(None)
            continue
        assert entry.assessed_on is not None, "validated: a stage entry has a date"
        values = {
            "stage": entry.stage,
            "assessed_on": entry.assessed_on,
            "assessor": entry.assessor,
            "reason": entry.reason,
        }
        if entry.id in kept:
            stage = existing[entry.id]
            _update(log, "stage_assessments", stage, STAGE_FIELDS, values)
        else:
            stage = StageAssessment(household_id=household_id, **values)
            session.add(stage)
            added.append(stage)
        written.append(stage)
    for stage in added:
        new = values_of(stage, STAGE_FIELDS) | context
        log.write("insert", "stage_assessments", stage, {}, new)
    return written
