"""Who an attachment belongs to, in SQL: the household behind an owner (for its total and
its period lock), the owners a household's screen offers, and the filter that finds every
attachment of a household (its own, its visits', its assistance's). Runs in the caller's
session; never reads the attachments' bytes."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Agency,
    Assistance,
    Attachment,
    FollowUpVisit,
    Household,
    ProgressReport,
    Project,
    ProjectIndicator,
)
from desktop.services.evidence.records import Owner, OwnerChoice, OwnerKind


def owner_exists(session: Session, owner: Owner) -> bool:
    model = {
        OwnerKind.HOUSEHOLD: Household,
        OwnerKind.VISIT: FollowUpVisit,
        OwnerKind.ASSISTANCE: Assistance,
        OwnerKind.PROGRESS_REPORT: ProgressReport,
    }[owner.kind]
    return session.scalar(select(model.id).where(model.id == owner.id)) is not None


def household_of(session: Session, owner: Owner) -> int | None:
    """The household an owner concerns (None for a progress report)."""
    if owner.kind is OwnerKind.HOUSEHOLD:
        return owner.id
    if owner.kind is OwnerKind.VISIT:
        return session.scalar(
            select(FollowUpVisit.household_id).where(FollowUpVisit.id == owner.id)
        )
    if owner.kind is OwnerKind.ASSISTANCE:
        return session.scalar(select(Assistance.household_id).where(Assistance.id == owner.id))
    return None


def report_project(session: Session, report_id: int) -> tuple[int, int] | None:
    """The project and fiscal year of a progress report."""
    row = session.execute(
        select(ProjectIndicator.project_id, ProgressReport.fiscal_year)
        .join(ProjectIndicator, ProjectIndicator.id == ProgressReport.project_indicator_id)
        .where(ProgressReport.id == report_id)
    ).first()
    return (int(row[0]), int(row[1])) if row is not None else None


def of_household(household_id: int) -> ColumnElement[bool]:
    """Attachments of the household, of its visits and of its assistance."""
    return or_(
        Attachment.household_id == household_id,
        Attachment.visit_id.in_(
            select(FollowUpVisit.id).where(FollowUpVisit.household_id == household_id)
        ),
        Attachment.assistance_id.in_(
            select(Assistance.id).where(Assistance.household_id == household_id)
        ),
    )


def of_owner(owner: Owner) -> ColumnElement[bool]:
    return getattr(Attachment, owner.kind.value) == owner.id


def stored_bytes(session: Session, where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(Attachment.size), 0)).where(where)))


def owner_choices(session: Session, household_id: int) -> list[OwnerChoice]:
    """The household itself, then its visits and its assistance, newest first."""
    choices = [OwnerChoice(Owner(OwnerKind.HOUSEHOLD, household_id), None, "")]
    visits = session.execute(
        select(FollowUpVisit.id, FollowUpVisit.visited_on, FollowUpVisit.visited_by)
        .where(FollowUpVisit.household_id == household_id)
        .order_by(FollowUpVisit.visited_on.desc(), FollowUpVisit.id.desc())
    )
    choices += [OwnerChoice(Owner(OwnerKind.VISIT, i), on, who) for i, on, who in visits]
    helped = session.execute(
        select(
            Assistance.id,
            Assistance.given_on,
            func.coalesce(Project.name, Agency.name, Assistance.kind),
        )
        .outerjoin(Project, Project.id == Assistance.project_id)
        .outerjoin(Agency, Agency.id == Assistance.agency_id)
        .where(Assistance.household_id == household_id)
        .order_by(Assistance.given_on.desc(), Assistance.id.desc())
    )
    choices += [
        OwnerChoice(Owner(OwnerKind.ASSISTANCE, i), on, what or "") for i, on, what in helped
    ]
    return choices
