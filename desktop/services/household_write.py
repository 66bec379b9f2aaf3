"""Writing a validated household draft: rows inserted, updated and deleted by id.

Everything happens in the caller's transaction. Two unique rules need care when a save
moves things between members: one head per household (a partial unique index) and the
national ID. Members whose head flag or ID changes first give them up (flushed), then
every member takes its new values, so a swap never meets itself halfway.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Household, IncomeLine, IndicatorResult, Member, StageAssessment
from desktop.services.household_draft import HouseholdDraft, MemberDraft, clean_name, parse_baht
from desktop.services.household_rules import clean_house_code
from desktop.services.household_store import (
    HOUSEHOLD_FIELDS,
    INCOME_FIELDS,
    MEMBER_FIELDS,
    RESULT_FIELDS,
    STAGE_FIELDS,
    ChangeWriter,
    HouseholdNotFound,
    person_name,
    read_be_date,
    values_of,
)
from desktop.services.indicator_suggestions import Suggestion
from desktop.services.thai_collation import thai_sort_key
from desktop.services.thai_id import clean_national_id


def next_household_key(session: Session, district_code: str) -> str:
    """``"{district}-{serial:06d}"``, one past the highest serial of the district."""
    prefix = f"{district_code}-"
    keys = session.scalars(select(Household.key).where(Household.key.startswith(prefix)))
    serials = [int(key[len(prefix) :]) for key in keys if key[len(prefix) :].isdecimal()]
    return f"{prefix}{max(serials, default=0) + 1:06d}"


def write_household(
    session: Session,
    draft: HouseholdDraft,
    log: ChangeWriter,
    *,
    suggestions: dict[int, Suggestion],
    district_code: str,
) -> Household:
    """Write ``draft`` (already validated) and its change log; return the household row."""
    household = None
    if draft.id is not None:
        household = session.get(Household, draft.id)
        if household is None:
            raise HouseholdNotFound(draft.id)
    values = _household_values(draft)
    if household is None:
        key = draft.key or next_household_key(session, district_code)
        household = Household(key=key, **values)
        session.add(household)
        session.flush()
        log.write("insert", "households", household.id, {}, values_of(household, HOUSEHOLD_FIELDS))
    else:
        if values["last_verified_on"] is None:  # no answer verified now: keep the last date
            values["last_verified_on"] = household.last_verified_on
        old = values_of(household, HOUSEHOLD_FIELDS)
        for name, value in values.items():
            setattr(household, name, value)
        log.write("update", "households", household.id, old, values_of(household, HOUSEHOLD_FIELDS))
    _write_members(session, household, draft, log)
    _write_answers(session, household.id, draft, log, suggestions)
    _write_stages(session, household.id, draft, log)
    session.flush()
    return household


def _household_values(draft: HouseholdDraft) -> dict[str, object]:
    stages = [
        (date, index, entry.stage)
        for index, entry in enumerate(draft.stages)
        if not entry.is_blank() and (date := read_be_date(entry.assessed_on)) is not None
    ]
    verified = [read_be_date(answer.verified_on) for answer in draft.indicators if answer.status]
    return {
        "house_code": clean_house_code(draft.house_code) or None,
        "house_no": clean_name(draft.house_no),
        "village_code": draft.village_code.strip(),
        "source_list": draft.source_list.strip(),
        "has_welfare_card": draft.has_welfare_card,
        "welfare_registered": draft.welfare_registered,
        "current_stage": max(stages)[2] if stages else None,
        "last_verified_on": max((day for day in verified if day), default=None),
        "notes": draft.notes.strip(),
    }


def _member_values(member: MemberDraft) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(member, name) for name in MEMBER_FIELDS}
    values |= {
        "title": member.title.strip(),
        "first_name": clean_name(member.first_name),
        "last_name": clean_name(member.last_name),
        "national_id": clean_national_id(member.national_id) or None,
        "sex": member.sex or None,
        "birth_date": read_be_date(member.birth_date),
    }
    return values


def _write_members(
    session: Session, household: Household, draft: HouseholdDraft, log: ChangeWriter
) -> None:
    existing = {member.id: member for member in household.members}
    kept = {member.id for member in draft.members if member.id in existing}
    for member_id, member in existing.items():
        if member_id not in kept:
            summary = values_of(member, MEMBER_FIELDS) | {"household_id": household.id}
            log.write("delete", "members", member_id, summary, {})
            household.members.remove(member)
    session.flush()
    targets = [(drafted, _member_values(drafted)) for drafted in draft.members]
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
    written: list[tuple[Member, MemberDraft, bool]] = []  # (row, draft, newly added)
    for seq, (drafted, values) in enumerate(targets, start=1):
        added = drafted.id not in kept
        member = Member() if added else existing[drafted.id]
        for name, value in values.items():
            setattr(member, name, value)
        member.seq = seq
        member.name_key = thai_sort_key(person_name(member))
        if added:
            household.members.append(member)
        written.append((member, drafted, added))
    session.flush()
    for member, drafted, added in written:
        after = values_of(member, MEMBER_FIELDS)
        if added:
            log.write("insert", "members", member.id, {}, after | {"household_id": household.id})
        else:
            log.write("update", "members", member.id, before[member.id], after)
        _write_incomes(session, household.id, member, drafted, draft.survey_year, log)


def _write_incomes(
    session: Session,
    household_id: int,
    member: Member,
    drafted: MemberDraft,
    survey_year: int,
    log: ChangeWriter,
) -> None:
    """The member's lines of the survey year become the draft's, matched by category."""
    existing = {
        line.category: line for line in member.income_lines if line.survey_year == survey_year
    }
    wanted = {
        line.category.strip(): (parse_baht(line.amount), parse_baht(line.cost))
        for line in drafted.incomes
        if not line.is_blank()
    }
    context = {
        "household_id": household_id,
        "member_id": member.id,
        "member_name": person_name(member),
    }
    for category, line in existing.items():
        if category not in wanted:
            log.write(
                "delete", "income_lines", line.id, values_of(line, INCOME_FIELDS) | context, {}
            )
            member.income_lines.remove(line)
    added: list[IncomeLine] = []
    for category, (amount, cost) in wanted.items():
        line = existing.get(category)
        if line is None:
            line = IncomeLine(survey_year=survey_year, category=category)
            member.income_lines.append(line)
            added.append(line)
        old = values_of(line, INCOME_FIELDS)
        line.amount_satang, line.cost_satang = amount, cost
        if line not in added:
            log.write("update", "income_lines", line.id, old, values_of(line, INCOME_FIELDS))
    session.flush()
    for line in added:
        log.write("insert", "income_lines", line.id, {}, values_of(line, INCOME_FIELDS) | context)


def _write_answers(
    session: Session,
    household_id: int,
    draft: HouseholdDraft,
    log: ChangeWriter,
    suggestions: dict[int, Suggestion],
) -> None:
    """Upsert (household, indicator, survey year); an unanswered indicator has no row."""
    existing = {
        result.indicator_id: result
        for result in session.scalars(
            select(IndicatorResult).where(
                IndicatorResult.household_id == household_id,
                IndicatorResult.survey_year == draft.survey_year,
            )
        )
    }
    added: list[tuple[IndicatorResult, int]] = []
    for answer in draft.indicators:
        result = existing.get(answer.indicator_id)
        context = {"household_id": household_id, "number": answer.number}
        if not answer.status:
            if result is not None:
                log.write(
                    "delete",
                    "indicator_results",
                    result.id,
                    values_of(result, RESULT_FIELDS) | context,
                    {},
                )
                session.delete(result)
            continue
        if result is None:
            result = IndicatorResult(
                household_id=household_id,
                indicator_id=answer.indicator_id,
                survey_year=draft.survey_year,
            )
            session.add(result)
            added.append((result, answer.number))
        old = values_of(result, RESULT_FIELDS)
        result.status = answer.status
        result.verified_by = clean_name(answer.verified_by)
        result.verified_on = read_be_date(answer.verified_on)
        suggestion = suggestions.get(answer.number)
        if suggestion is not None:  # other indicators keep whatever was derived before
            result.derived_status = suggestion.status or None
            result.derived_value = suggestion.value
        if result.id is not None:
            log.write(
                "update", "indicator_results", result.id, old, values_of(result, RESULT_FIELDS)
            )
    session.flush()
    for result, number in added:
        context = {"household_id": household_id, "number": number}
        log.write(
            "insert", "indicator_results", result.id, {}, values_of(result, RESULT_FIELDS) | context
        )


def _write_stages(
    session: Session, household_id: int, draft: HouseholdDraft, log: ChangeWriter
) -> None:
    existing = {
        stage.id: stage
        for stage in session.scalars(
            select(StageAssessment).where(StageAssessment.household_id == household_id)
        )
    }
    entries = [entry for entry in draft.stages if not entry.is_blank()]
    kept = {entry.id for entry in entries if entry.id in existing}
    context = {"household_id": household_id}
    for stage_id, stage in existing.items():
        if stage_id not in kept:
            log.write(
                "delete",
                "stage_assessments",
                stage_id,
                values_of(stage, STAGE_FIELDS) | context,
                {},
            )
            session.delete(stage)
    added: list[StageAssessment] = []
    for entry in entries:
        assessed_on = read_be_date(entry.assessed_on)
        assert assessed_on is not None, "validated: a stage entry has a date"
        stage = (
            existing[entry.id] if entry.id in kept else StageAssessment(household_id=household_id)
        )
        old = values_of(stage, STAGE_FIELDS)
        stage.stage, stage.assessed_on = entry.stage, assessed_on
        stage.assessor, stage.reason = clean_name(entry.assessor), entry.reason.strip()
        if entry.id in kept:
            log.write("update", "stage_assessments", stage.id, old, values_of(stage, STAGE_FIELDS))
        else:
            session.add(stage)
            added.append(stage)
    session.flush()
    for stage in added:
        log.write(
            "insert", "stage_assessments", stage.id, {}, values_of(stage, STAGE_FIELDS) | context
        )
