"""Assistance: which household (and member) got which help from which project or agency.

Recording for many households at once (a project's whole list) is one transaction: the
rows and their change-log rows go in as two bulk inserts, then the households' derived
list columns are refreshed, so ``helped`` holds as soon as the transaction commits.
Every write is preceded by ``before_write`` (the app passes the integrity gate's wait).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from db.household_summary import refresh_household_summaries
from db.models import Assistance, ChangeLog, Project
from desktop.services.assistance import queries as assistance_queries
from desktop.services.assistance.rules import Keep, assistance_problems, unique_ids
from desktop.services.projects import (
    AssistanceDraft,
    AssistanceFilter,
    AssistanceRow,
    HouseholdProject,
    RecordNotFound,
    RecordProblem,
    RecordRejected,
)
from desktop.services.safety import change_rows, record_changes, refuse_locked_assistance, utc_now

__all__ = ["TABLE", "AssistanceService"]

TABLE = "assistance"  # the change log's table name
_FIELDS = (
    "member_id", "project_id", "agency_id", "given_on", "dimension", "kind",
    "value_satang", "outcome", "note", "plan_activity_id",
)  # fmt: skip


class AssistanceService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._factory = session_factory
        self._before_write = before_write

    # Checks ---------------------------------------------------------------------------

    def check(
        self, household_ids: Sequence[int], draft: AssistanceDraft, today: date | None = None
    ) -> list[RecordProblem]:
        """Every problem of recording ``draft`` for each household; OVER_BUDGET is the
        only warning (``blocking=False``). Repeated household ids count once."""
        with self._factory() as session:
            return assistance_problems(
                session, unique_ids(household_ids), draft, today or date.today()
            )

    def check_update(
        self, assistance_id: int, draft: AssistanceDraft, today: date | None = None
    ) -> list[RecordProblem]:
        """``check`` for changing one record: the kind it already has may be retired, and
        its old value is left out of the budget warning. RecordNotFound if it is gone."""
        with self._factory() as session:
            row = _get(session, assistance_id)
            keep = Keep(assistance_id, row.kind)
            return assistance_problems(
                session, [row.household_id], draft, today or date.today(), keep
            )

    # Writes ---------------------------------------------------------------------------

    def record(
        self,
        household_ids: Sequence[int],
        draft: AssistanceDraft,
        user_name: str,
        *,
        today: date | None = None,
    ) -> int:
        """Record ``draft`` once for each household (repeated ids once) in one transaction;
        return the number of assistance rows written. Without ``agency_id`` the project's
        agency is stored. Raises RecordRejected (nothing written) on a blocking problem,
        RecordLocked when a period lock holds the date for any of the households."""
        ids = unique_ids(household_ids)
        self._before_write()
        with self._factory.begin() as session:
            refuse_locked_assistance(session, ids, draft.given_on)  # period locks
            _reject_blocking(assistance_problems(session, ids, draft, today or date.today()))
            values = _values(session, draft)
            new_ids = session.scalars(
                insert(Assistance).returning(Assistance.id, sort_by_parameter_order=True),
                [{"household_id": household_id, **values} for household_id in ids],
            ).all()
            at = utc_now()
            log = [
                row
                for household_id, assistance_id in zip(ids, new_ids, strict=True)
                for row in change_rows(
                    user_name=user_name,
                    table_name=TABLE,
                    record_id=assistance_id,
                    old={},
                    new={"household_id": household_id, **values},
                    action="insert",
                    at=at,
                )
            ]
            session.execute(insert(ChangeLog), log)
            refresh_household_summaries(session, ids)
        return len(new_ids)

    def update(
        self,
        assistance_id: int,
        draft: AssistanceDraft,
        user_name: str,
        *,
        today: date | None = None,
    ) -> None:
        """Change one record (its household stays). A retired kind the record already has
        may stay; the budget warning leaves the record's old value out. RecordLocked when a
        period lock holds the old or the new date."""
        self._before_write()
        with self._factory.begin() as session:
            row = _get(session, assistance_id)
            refuse_locked_assistance(session, [row.household_id], row.given_on)  # period
            refuse_locked_assistance(session, [row.household_id], draft.given_on)  # locks
            keep = Keep(assistance_id, row.kind)
            problems = assistance_problems(
                session, [row.household_id], draft, today or date.today(), keep
            )
            _reject_blocking(problems)
            old = _record_values(row)
            new = _values(session, draft)
            for name, value in new.items():
                setattr(row, name, value)
            record_changes(
                session,
                user_name=user_name,
                table_name=TABLE,
                record_id=assistance_id,
                old=old,
                new={"household_id": row.household_id, **new},
                action="update",
                at=utc_now(),
            )
            session.flush()
            refresh_household_summaries(session, [row.household_id])

    def delete(self, assistance_id: int, user_name: str) -> None:
        """Delete one record; the household's ``helped`` turns false if it was its last.
        RecordLocked when a period lock holds it."""
        self._before_write()
        with self._factory.begin() as session:
            row = _get(session, assistance_id)
            household_id = row.household_id
            refuse_locked_assistance(session, [household_id], row.given_on)  # period locks
            record_changes(
                session,
                user_name=user_name,
                table_name=TABLE,
                record_id=assistance_id,
                old=_record_values(row),
                new={},
                action="delete",
                at=utc_now(),
            )
            session.delete(row)
            session.flush()
            refresh_household_summaries(session, [household_id])

    # Reads ----------------------------------------------------------------------------

    def load(self, assistance_id: int) -> tuple[int, AssistanceDraft]:
        """(household id, draft) of a record. ``agency_id`` is None when it is the
        project's own agency, so the draft follows the project as ``record`` does."""
        with self._factory() as session:
            row = _get(session, assistance_id)
            agency_id = row.agency_id
            if row.project_id is not None:
                project = session.get(Project, row.project_id)
                if project is not None and project.agency_id == agency_id:
                    agency_id = None
            return row.household_id, AssistanceDraft(
                given_on=row.given_on,
                project_id=row.project_id,
                agency_id=agency_id,
                member_id=row.member_id,
                dimension=row.dimension,
                kind=row.kind,
                value_satang=row.value_satang,
                outcome=row.outcome,
                note=row.note,
                plan_activity_id=row.plan_activity_id,
            )

    def list_assistance(
        self, assistance_filter: AssistanceFilter, limit: int | None = None
    ) -> list[AssistanceRow]:
        """Matching records, the latest ``given_on`` first, then the latest recorded."""
        with self._factory() as session:
            return assistance_queries.list_assistance(session, assistance_filter, limit)

    def count(self, assistance_filter: AssistanceFilter) -> int:
        with self._factory() as session:
            return assistance_queries.count_assistance(session, assistance_filter)

    def total_value(self, assistance_filter: AssistanceFilter) -> int:
        """The matching records' value added up, in satang."""
        with self._factory() as session:
            return assistance_queries.total_value(session, assistance_filter)

    def projects_for_household(self, household_id: int) -> list[HouseholdProject]:
        """Per project that reached the household, how often and how much; the newest
        fiscal year first. Assistance from an agency without a project is left out."""
        with self._factory() as session:
            return assistance_queries.projects_for_household(session, household_id)

    def members(self, household_id: int) -> list[tuple[int, str]]:
        """(member id, "first last") for the member picker, in the household's order."""
        with self._factory() as session:
            return assistance_queries.household_members(session, household_id)


def _reject_blocking(problems: list[RecordProblem]) -> None:
    blocking = [problem for problem in problems if problem.blocking]
    if blocking:
        raise RecordRejected(blocking)


def _get(session: Session, assistance_id: int) -> Assistance:
    row = session.get(Assistance, assistance_id)
    if row is None:
        raise RecordNotFound(TABLE, assistance_id)
    return row


def _values(session: Session, draft: AssistanceDraft) -> dict[str, object]:
    """The columns a (checked) draft writes, the agency defaulting to the project's."""
    agency_id = draft.agency_id
    if agency_id is None and draft.project_id is not None:
        project = session.get(Project, draft.project_id)
        agency_id = project.agency_id if project is not None else None
    return {
        "member_id": draft.member_id,
        "project_id": draft.project_id,
        "agency_id": agency_id,
        "given_on": draft.given_on,
        "dimension": draft.dimension or None,
        "kind": draft.kind.strip(),
        "value_satang": draft.value_satang,
        "outcome": draft.outcome.strip(),
        "note": draft.note.strip(),
        "plan_activity_id": draft.plan_activity_id,
    }


def _record_values(row: Assistance) -> dict[str, object]:
    return {"household_id": row.household_id, **{name: getattr(row, name) for name in _FIELDS}}
