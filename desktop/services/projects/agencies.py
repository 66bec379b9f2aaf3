"""Agencies (หน่วยงาน) that run projects and give assistance: list, load, check, save, delete.

Each call is one session; every write is one transaction that also writes the change log,
preceded by ``before_write`` (the app passes the database integrity gate's wait).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Agency, Assistance, CodeItem, Project
from desktop.services.projects.records import (
    AgencyDraft,
    AgencyRow,
    RecordNotFound,
    RecordProblem,
    RecordProblemCode,
    RecordRejected,
)
from desktop.services.safety import record_changes, utc_now
from desktop.services.thai import thai_sort_key

__all__ = ["AGENCY_KIND_LIST", "CODE_PATTERN", "SUGGESTED_CODE_PREFIX", "AgencyService"]

AGENCY_KIND_LIST = "agency_kind"
CODE_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,20}")
SUGGESTED_CODE_PREFIX = "AG-"
_SUGGESTED_CODE = re.compile(rf"{re.escape(SUGGESTED_CODE_PREFIX)}(\d+)", re.IGNORECASE)
_TEXT_FIELDS = ("code", "name", "kind", "contact")


def _limit(name: str) -> int:
    """The String length of the agencies column ``name``."""
    length = Agency.__table__.c[name].type.length
    assert length is not None
    return int(length)


def cleaned(draft: AgencyDraft) -> AgencyDraft:
    """The draft with spaces stripped from its text."""
    return replace(draft, **{name: getattr(draft, name).strip() for name in _TEXT_FIELDS})


def _values(agency: Agency | AgencyDraft) -> dict[str, object]:
    return {name: getattr(agency, name) for name in _TEXT_FIELDS}


class AgencyService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._factory = session_factory
        self._before_write = before_write

    # Reads ----------------------------------------------------------------------------

    def list_agencies(self) -> list[AgencyRow]:
        """Every agency in Thai name order, with its kind's names and how much uses it."""
        projects = (
            select(Project.agency_id, func.count().label("n"))
            .group_by(Project.agency_id)
            .subquery()
        )
        assistance = (
            select(Assistance.agency_id, func.count().label("n"))
            .where(Assistance.agency_id.is_not(None))
            .group_by(Assistance.agency_id)
            .subquery()
        )
        query = (
            select(
                Agency,
                CodeItem.name_th,
                CodeItem.name_en,
                func.coalesce(projects.c.n, 0),
                func.coalesce(assistance.c.n, 0),
            )
            .outerjoin(
                CodeItem,
                and_(CodeItem.list_name == AGENCY_KIND_LIST, CodeItem.code == Agency.kind),
            )
            .outerjoin(projects, projects.c.agency_id == Agency.id)
            .outerjoin(assistance, assistance.c.agency_id == Agency.id)
        )
        with self._factory() as session:
            rows = [
                AgencyRow(
                    id=agency.id,
                    code=agency.code,
                    name=agency.name,
                    kind=agency.kind,
                    kind_th=kind_th or "",
                    kind_en=kind_en or "",
                    contact=agency.contact,
                    projects=project_count,
                    assistance=assistance_count,
                )
                for agency, kind_th, kind_en, project_count, assistance_count in session.execute(
                    query
                )
            ]
        return sorted(rows, key=lambda row: (thai_sort_key(row.name), row.name, row.id))

    def load(self, agency_id: int) -> AgencyDraft:
        with self._factory() as session:
            agency = session.get(Agency, agency_id)
            if agency is None:
                raise RecordNotFound("agencies", agency_id)
            return AgencyDraft(agency.id, agency.code, agency.name, agency.kind, agency.contact)

    def suggest_code(self) -> str:
        """The next free code of the form AG-0001 (one past the highest such number)."""
        with self._factory() as session:
            codes = {code.casefold() for code in session.scalars(select(Agency.code))}
        numbers = [int(m.group(1)) for code in codes if (m := _SUGGESTED_CODE.fullmatch(code))]
        number = max(numbers, default=0) + 1
        while (code := f"{SUGGESTED_CODE_PREFIX}{number:04d}").casefold() in codes:
            number += 1
        return code

    # Checks ---------------------------------------------------------------------------

    def check(self, draft: AgencyDraft) -> list[RecordProblem]:
        """Every problem of the draft (all blocking); an empty list means it can be saved."""
        with self._factory() as session:
            return _problems(session, cleaned(draft))

    # Writes ---------------------------------------------------------------------------

    def save(self, draft: AgencyDraft, user_name: str) -> int:
        """Insert or update the agency (text stripped) with its change log; return its id.

        Raises RecordRejected (nothing written) on a problem, RecordNotFound when the
        agency being updated no longer exists. Once committed, ``draft.id`` is set.
        """
        values = cleaned(draft)
        self._before_write()
        with self._factory.begin() as session:
            problems = _problems(session, values)
            if problems:
                raise RecordRejected(problems)
            if values.id is None:
                agency = Agency(**_values(values))
                session.add(agency)
                session.flush()
                record_changes(
                    session,
                    user_name=user_name,
                    table_name="agencies",
                    record_id=agency.id,
                    old={},
                    new=_values(agency),
                    action="insert",
                    at=utc_now(),
                )
            else:
                agency = _get(session, values.id)
                old = _values(agency)
                for name, value in _values(values).items():
                    setattr(agency, name, value)
                record_changes(
                    session,
                    user_name=user_name,
                    table_name="agencies",
                    record_id=agency.id,
                    old=old,
                    new=_values(agency),
                    action="update",
                    at=utc_now(),
                )
            agency_id = agency.id
        draft.id = agency_id
        return agency_id

    def delete(self, agency_id: int, user_name: str) -> None:
        """Delete an agency no project or assistance uses (RecordRejected IN_USE if any)."""
        self._before_write()
        with self._factory.begin() as session:
            agency = _get(session, agency_id)
            uses = _uses(session, agency_id)
            if uses:
                raise RecordRejected(
                    [RecordProblem(RecordProblemCode.IN_USE, "id", params={"count": str(uses)})]
                )
            record_changes(
                session,
                user_name=user_name,
                table_name="agencies",
                record_id=agency_id,
                old=_values(agency),
                new={},
                action="delete",
                at=utc_now(),
            )
            session.delete(agency)


def _get(session: Session, agency_id: int) -> Agency:
    agency = session.get(Agency, agency_id)
    if agency is None:
        raise RecordNotFound("agencies", agency_id)
    return agency


def _uses(session: Session, agency_id: int) -> int:
    """How many projects and assistance rows name the agency."""
    projects = session.scalar(
        select(func.count()).select_from(Project).where(Project.agency_id == agency_id)
    )
    assistance = session.scalar(
        select(func.count()).select_from(Assistance).where(Assistance.agency_id == agency_id)
    )
    return (projects or 0) + (assistance or 0)


def _problems(session: Session, draft: AgencyDraft) -> list[RecordProblem]:
    """The problems of a cleaned draft."""
    problems: list[RecordProblem] = []

    def too_long(name: str) -> bool:
        limit = _limit(name)
        if len(getattr(draft, name)) <= limit:
            return False
        problems.append(
            RecordProblem(RecordProblemCode.TOO_LONG, name, params={"limit": str(limit)})
        )
        return True

    if not draft.code:
        problems.append(RecordProblem(RecordProblemCode.REQUIRED, "code"))
    elif not too_long("code"):
        if not CODE_PATTERN.fullmatch(draft.code):
            problems.append(RecordProblem(RecordProblemCode.BAD_CODE, "code"))
        else:
            query = select(Agency.id).where(func.lower(Agency.code) == draft.code.lower())
            if draft.id is not None:
                query = query.where(Agency.id != draft.id)
            if session.scalar(query.limit(1)) is not None:
                problems.append(RecordProblem(RecordProblemCode.DUPLICATE_CODE, "code"))
    if not draft.name:
        problems.append(RecordProblem(RecordProblemCode.REQUIRED, "name"))
    else:
        too_long("name")
    if draft.kind:
        item = session.get(CodeItem, (AGENCY_KIND_LIST, draft.kind))
        if item is None:
            problems.append(RecordProblem(RecordProblemCode.UNKNOWN_CHOICE, "kind"))
        elif item.retired and not _kept(session, draft.id, draft.kind):
            problems.append(RecordProblem(RecordProblemCode.RETIRED_CHOICE, "kind"))
    too_long("contact")
    return problems


def _kept(session: Session, agency_id: int | None, kind: str) -> bool:
    """Whether the stored agency already has ``kind`` (a retired kind may stay)."""
    if agency_id is None:
        return False
    stored = session.get(Agency, agency_id)
    return stored is not None and stored.kind == kind
