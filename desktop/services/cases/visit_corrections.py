"""A recorded visit corrected or deleted, in the caller's transaction, every row logged.

A visit's answers are the indicator results verified by its visitor on its date (how
``visits.write_visit`` stamps them). Correcting a visit re-stamps the answers it keeps
with its new date and visitor; an answer it no longer checked, and every answer of a
deleted visit, goes back to what it was before the visit: the change log of the visit's
own save says so (the rows logged at the time of the visit's insert row or later; the
latest such row, as SQLite gives a new visit the id of one deleted before it). A
result the visit created is deleted; one it changed gets its earlier status, verifier and
date back. A visit the change log does not know (one that came in a workbook) leaves its
answers as they are.

The stage assessment a visit made is corrected with it (stage, reason, date, assessor),
deleted when the correction drops the reassessment or the visit is deleted, so the stage
history keeps only what visits found; the household's current stage and last
verification date are then read again from what remains (as the household form does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Attachment,
    ChangeLog,
    FollowUpVisit,
    Household,
    IndicatorResult,
    StageAssessment,
)
from desktop.services.cases.records import CaseNotFound, CheckedAnswer, VisitDraft
from desktop.services.cases.visits import (
    HOUSEHOLD_FIELDS,
    RESULT_FIELDS,
    STAGE_FIELDS,
    VISIT_FIELDS,
    VISITS,
    write_answers,
)
from desktop.services.safety import ChangeWriter, values_of

RESULTS = "indicator_results"
STAGES = "stage_assessments"
_REVERTED = ("status", "verified_by", "verified_on")
ATTACHMENT_FIELDS = (
    "visit_id", "file_name", "media_type", "size", "sha256", "taken_on", "added_by", "caption",
)  # fmt: skip


def stored_visit(session: Session, visit_id: int) -> FollowUpVisit:
    visit = session.get(FollowUpVisit, visit_id)
    if visit is None:
        raise CaseNotFound(VISITS, visit_id)
    return visit


def visit_answers(session: Session, visit: FollowUpVisit) -> list[IndicatorResult]:
    """The results the visit verified: by its visitor on its date, latest year first."""
    return list(
        session.scalars(
            select(IndicatorResult)
            .where(
                IndicatorResult.household_id == visit.household_id,
                IndicatorResult.verified_by == visit.visited_by,
                IndicatorResult.verified_on == visit.visited_on,
            )
            .order_by(IndicatorResult.survey_year.desc(), IndicatorResult.indicator_id)
        )
    )


def load_visit(session: Session, visit_id: int) -> VisitDraft:
    """The stored visit as a draft to correct (its answers of one survey year)."""
    visit = stored_visit(session, visit_id)
    stage = (
        session.get(StageAssessment, visit.stage_assessment_id)
        if visit.stage_assessment_id is not None
        else None
    )
    answers = visit_answers(session, visit)
    year = answers[0].survey_year if answers else None
    return VisitDraft(
        visit.household_id,
        visited_on=visit.visited_on,
        visited_by=visit.visited_by,
        findings=visit.findings,
        answers=[
            CheckedAnswer(result.indicator_id, result.status)
            for result in answers
            if result.survey_year == year
        ],
        new_stage=stage.stage if stage is not None else None,
        stage_reason=stage.reason if stage is not None else "",
        next_visit_due=visit.next_visit_due,
        id=visit.id,
    )


def answers_year(session: Session, visit: FollowUpVisit) -> int | None:
    """The survey year the visit's answers were written to, when it has any."""
    answers = visit_answers(session, visit)
    return answers[0].survey_year if answers else None


def rewrite_visit(
    session: Session, visit: FollowUpVisit, draft: VisitDraft, log: ChangeWriter, year: int
) -> StageAssessment | None:
    """Correct ``visit`` to ``draft`` (already checked); ``year`` is the survey year of
    its answers. Returns its stage assessment, if it keeps one."""
    visitor = " ".join(draft.visited_by.split())
    context = {"household_id": visit.household_id}
    kept = {answer.indicator_id for answer in draft.answers}
    dropped = [
        result
        for result in visit_answers(session, visit)
        if result.survey_year != year or result.indicator_id not in kept
    ]
    _revert_answers(session, visit, dropped, log)
    write_answers(session, draft, log, visitor, year)
    stage = _rewrite_stage(session, visit, draft, visitor, log)
    old = values_of(visit, VISIT_FIELDS)
    visit.visited_on = draft.visited_on  # type: ignore[assignment]  # checked: required
    visit.visited_by = visitor
    visit.findings = draft.findings.strip()
    visit.stage_assessment_id = stage.id if stage is not None else None
    visit.next_visit_due = draft.next_visit_due
    new = values_of(visit, VISIT_FIELDS)
    if new != old:
        log.write("update", VISITS, visit.id, old | context, new | context)
    session.flush()
    reread_household(session, visit.household_id, log, forget=old["visited_on"])
    session.flush()
    log.flush()
    return stage


def delete_visit(session: Session, visit: FollowUpVisit, log: ChangeWriter) -> None:
    """Delete ``visit``, its answers put back and its stage assessment deleted."""
    context = {"household_id": visit.household_id}
    _revert_answers(session, visit, visit_answers(session, visit), log)
    if visit.stage_assessment_id is not None:
        stage = session.get(StageAssessment, visit.stage_assessment_id)
        if stage is not None:
            log.write("delete", STAGES, stage.id, values_of(stage, STAGE_FIELDS) | context, {})
            session.delete(stage)
    attachments = session.scalars(select(Attachment).where(Attachment.visit_id == visit.id))
    for attachment in attachments:  # deleted with the visit (the cascade); logged here
        values = values_of(attachment, ATTACHMENT_FIELDS) | context
        log.write("delete", "attachments", attachment.id, values, {})
        session.delete(attachment)
    session.flush()  # before the visit: its cascade would take them first
    log.write("delete", VISITS, visit.id, values_of(visit, VISIT_FIELDS) | context, {})
    household_id, visited_on = visit.household_id, visit.visited_on
    session.delete(visit)
    session.flush()
    reread_household(session, household_id, log, forget=visited_on)
    session.flush()
    log.flush()


def _rewrite_stage(
    session: Session, visit: FollowUpVisit, draft: VisitDraft, visitor: str, log: ChangeWriter
) -> StageAssessment | None:
    context = {"household_id": visit.household_id}
    stage = (
        session.get(StageAssessment, visit.stage_assessment_id)
        if visit.stage_assessment_id is not None
        else None
    )
    if draft.new_stage is None:
        if stage is not None:
            log.write("delete", STAGES, stage.id, values_of(stage, STAGE_FIELDS) | context, {})
            visit.stage_assessment_id = None
            session.flush()
            session.delete(stage)
        return None
    values = {
        "stage": draft.new_stage,
        "assessed_on": draft.visited_on,
        "assessor": visitor,
        "reason": draft.stage_reason.strip(),
    }
    if stage is None:
        stage = StageAssessment(household_id=visit.household_id, **values)
        session.add(stage)
        session.flush()
        log.write("insert", STAGES, stage.id, {}, values_of(stage, STAGE_FIELDS) | context)
        return stage
    old = values_of(stage, STAGE_FIELDS)
    for name, value in values.items():
        setattr(stage, name, value)
    if values_of(stage, STAGE_FIELDS) != old:
        new = values_of(stage, STAGE_FIELDS) | context
        log.write("update", STAGES, stage.id, old | context, new)
    return stage


def _revert_answers(
    session: Session, visit: FollowUpVisit, results: Iterable[IndicatorResult], log: ChangeWriter
) -> None:
    """Put each result back to what it was before the visit's save (see the module)."""
    results = list(results)
    since = session.scalar(  # the latest insert: SQLite reuses a deleted visit's id
        select(func.max(ChangeLog.at)).where(
            ChangeLog.table_name == VISITS,
            ChangeLog.record_id == visit.id,
            ChangeLog.action == "insert",
        )
    )
    if since is None or not results:
        return
    context = {"household_id": visit.household_id}
    for result in results:
        history = list(
            session.execute(
                select(ChangeLog.action, ChangeLog.field, ChangeLog.old_value)
                .where(
                    ChangeLog.table_name == RESULTS,
                    ChangeLog.record_id == result.id,
                    ChangeLog.at >= since,
                )
                .order_by(ChangeLog.at, ChangeLog.id)
            )
        )
        if any(row.action == "insert" for row in history):  # the visit made it
            log.write("delete", RESULTS, result.id, values_of(result, RESULT_FIELDS) | context, {})
            session.delete(result)
            continue
        earlier: dict[str, str | None] = {}
        for row in history:
            if row.action == "update" and row.field in _REVERTED:
                earlier.setdefault(row.field, row.old_value)
        if not earlier:
            continue
        old = values_of(result, RESULT_FIELDS)
        for name, value in earlier.items():
            if name == "verified_on":
                result.verified_on = dt.date.fromisoformat(value) if value else None
            elif name == "verified_by":
                result.verified_by = value or ""
            elif value is not None:
                result.status = value
        new = values_of(result, RESULT_FIELDS) | context
        log.write("update", RESULTS, result.id, old | context, new)
    session.flush()


def reread_household(
    session: Session, household_id: int, log: ChangeWriter, *, forget: dt.date
) -> None:
    """The household's current stage (its latest assessment's) and last verification date
    (its latest verified answer's) read again from its rows, the change logged. With no
    verified answer left, the date stays unless it was the visit's (``forget``)."""
    household = session.get(Household, household_id)
    if household is None:
        return
    old = values_of(household, HOUSEHOLD_FIELDS)
    household.current_stage = session.scalar(
        select(StageAssessment.stage)
        .where(StageAssessment.household_id == household_id)
        .order_by(StageAssessment.assessed_on.desc(), StageAssessment.id.desc())
        .limit(1)
    )
    latest = session.scalar(
        select(func.max(IndicatorResult.verified_on)).where(
            IndicatorResult.household_id == household_id
        )
    )
    if latest is not None or household.last_verified_on == forget:
        household.last_verified_on = latest
    new = values_of(household, HOUSEHOLD_FIELDS)
    if new != old:
        log.write("update", "households", household.id, old, new)
