"""A follow-up visit written: the visit row, the checked indicators' answers as indicator
results of the visit's survey year (verified by the visitor on the visit's date), a stage
assessment when the visit reassessed the stage, the household's stage and verification
date kept in step, every row logged. Runs in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import FollowUpVisit, Household, IndicatorResult, StageAssessment
from desktop.services.cases.records import VisitDraft
from desktop.services.safety import ChangeWriter, values_of
from desktop.services.thai import to_be_year

VISITS = "follow_up_visits"
VISIT_FIELDS = (
    "visited_on", "visited_by", "findings", "stage_assessment_id", "next_visit_due",
)  # fmt: skip
RESULT_FIELDS = ("indicator_id", "survey_year", "status", "verified_by", "verified_on")
STAGE_FIELDS = ("stage", "assessed_on", "assessor", "reason")
HOUSEHOLD_FIELDS = ("current_stage", "last_verified_on")


@dataclass(frozen=True)
class WrittenVisit:
    visit: FollowUpVisit
    stage: StageAssessment | None
    survey_year: int


def visit_survey_year(session: Session, household_id: int, visited_on: date) -> int:
    """The BE survey year a visit's answers belong to: the household's latest (the year
    its plan and its list columns come from, so the answers checked replace those of that
    survey and the others stand), else the year of the visit."""
    latest = session.scalar(
        select(func.max(IndicatorResult.survey_year)).where(
            IndicatorResult.household_id == household_id
        )
    )
    return int(latest) if latest is not None else to_be_year(visited_on.year)


def write_visit(session: Session, draft: VisitDraft, log: ChangeWriter) -> WrittenVisit:
    """Write ``draft`` (already checked) and its change log, all flushed."""
    visited_on = draft.visited_on
    assert visited_on is not None, "checked: a visit has a date"
    visitor = " ".join(draft.visited_by.split())
    year = visit_survey_year(session, draft.household_id, visited_on)
    context = {"household_id": draft.household_id}
    household = session.get(Household, draft.household_id)
    assert household is not None, "checked: the household exists"
    write_answers(session, draft, log, visitor, year)
    stage = None
    if draft.new_stage is not None:
        stage = StageAssessment(
            household_id=draft.household_id,
            stage=draft.new_stage,
            assessed_on=visited_on,
            assessor=visitor,
            reason=draft.stage_reason.strip(),
        )
        session.add(stage)
        session.flush()
        log.write(
            "insert", "stage_assessments", stage.id, {}, values_of(stage, STAGE_FIELDS) | context
        )
    visit = FollowUpVisit(
        household_id=draft.household_id,
        visited_on=visited_on,
        visited_by=visitor,
        findings=draft.findings.strip(),
        stage_assessment_id=stage.id if stage is not None else None,
        next_visit_due=draft.next_visit_due,
    )
    session.add(visit)
    session.flush()
    log.write("insert", VISITS, visit.id, {}, values_of(visit, VISIT_FIELDS) | context)
    _keep_household_in_step(session, household, draft, log)
    session.flush()
    log.flush()
    return WrittenVisit(visit, stage, year)


def write_answers(
    session: Session, draft: VisitDraft, log: ChangeWriter, visitor: str, year: int
) -> None:
    if not draft.answers:
        return
    existing = {
        result.indicator_id: result
        for result in session.scalars(
            select(IndicatorResult).where(
                IndicatorResult.household_id == draft.household_id,
                IndicatorResult.survey_year == year,
                IndicatorResult.indicator_id.in_([a.indicator_id for a in draft.answers]),
            )
        )
    }
    context = {"household_id": draft.household_id}
    added: list[IndicatorResult] = []
    for answer in draft.answers:
        values = {"status": answer.status, "verified_by": visitor, "verified_on": draft.visited_on}
        result = existing.get(answer.indicator_id)
        if result is None:
            result = IndicatorResult(
                household_id=draft.household_id,
                indicator_id=answer.indicator_id,
                survey_year=year,
                **values,
            )
            session.add(result)
            added.append(result)
            continue
        old = values_of(result, RESULT_FIELDS)
        changed = {name: value for name, value in values.items() if getattr(result, name) != value}
        for name, value in changed.items():
            setattr(result, name, value)
        if changed:
            log.write(
                "update",
                "indicator_results",
                result.id,
                old | context,
                values_of(result, RESULT_FIELDS),
            )
    if added:
        session.flush()
    for result in added:
        log.write(
            "insert", "indicator_results", result.id, {}, values_of(result, RESULT_FIELDS) | context
        )


def _keep_household_in_step(
    session: Session, household: Household, draft: VisitDraft, log: ChangeWriter
) -> None:
    """The household's current stage is its latest assessment's (as the household form
    keeps it); its last verification date moves to the visit's when answers were checked."""
    old = values_of(household, HOUSEHOLD_FIELDS)
    if draft.new_stage is not None:
        latest = session.scalar(
            select(StageAssessment.stage)
            .where(StageAssessment.household_id == household.id)
            .order_by(StageAssessment.assessed_on.desc(), StageAssessment.id.desc())
            .limit(1)
        )
        household.current_stage = latest
    if draft.answers and draft.visited_on is not None:
        last = household.last_verified_on
        if last is None or last < draft.visited_on:
            household.last_verified_on = draft.visited_on
    new = values_of(household, HOUSEHOLD_FIELDS)
    if new != old:
        log.write("update", "households", household.id, old, new)
