"""Reading assistance: the filtered list, its count and money, a household's projects.

Each function takes an open session; AssistanceService opens one per call. The agency of a
row is its own ``agency_id``, or its project's agency when that is empty (rows written by
AssistanceService always carry one).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, func, literal, select
from sqlalchemy.orm import Session, aliased

from db.models import (
    Agency,
    Assistance,
    CodeItem,
    Household,
    Member,
    Project,
    Subdistrict,
    Village,
)
from desktop.services.assistance.rules import ASSISTANCE_TYPE
from desktop.services.projects import AssistanceFilter, AssistanceRow, HouseholdProject
from desktop.services.thai import fiscal_year_bounds, thai_sort_key

_KIND = aliased(CodeItem)


def _agency_id() -> ColumnElement[int]:
    """The row's agency: its own, else its project's."""
    return func.coalesce(Assistance.agency_id, Project.agency_id)


def member_name(first: Any, last: Any) -> ColumnElement[str]:
    """SQL of a member's title-less "first last"."""
    joined = func.trim(first).op("||")(literal(" ")).op("||")(func.trim(last))
    return func.trim(joined, type_=String)


def _joined(query: Select[Any]) -> Select[Any]:
    """``query`` over assistance with its household, village and project joined."""
    return (
        query.select_from(Assistance)
        .join(Household, Household.id == Assistance.household_id)
        .join(Village, Village.code == Household.village_code)
        .outerjoin(Project, Project.id == Assistance.project_id)
    )


def _conditions(assistance_filter: AssistanceFilter) -> list[ColumnElement[bool]]:
    f = assistance_filter
    terms: list[ColumnElement[bool]] = []
    if f.fiscal_year is not None:
        first, last = fiscal_year_bounds(f.fiscal_year)
        terms.append(Assistance.given_on.between(first, last))
    if f.project_id is not None:
        terms.append(Assistance.project_id == f.project_id)
    if f.agency_id is not None:
        terms.append(_agency_id() == f.agency_id)
    if f.household_id is not None:
        terms.append(Assistance.household_id == f.household_id)
    if f.subdistrict_code is not None:
        terms.append(Village.subdistrict_code == f.subdistrict_code)
    if f.kind is not None:
        terms.append(Assistance.kind == f.kind)
    search = " ".join(f.search.split()).lower()
    if search:
        found = [
            func.instr(func.lower(column), search) > 0
            for column in (Household.key, Household.head_name, func.coalesce(Project.name, ""))
        ]
        terms.append(found[0] | found[1] | found[2])
    return terms


def list_assistance(
    session: Session, assistance_filter: AssistanceFilter, limit: int | None
) -> list[AssistanceRow]:
    """Matching rows, the latest date first (then the latest recorded)."""
    # The columns are AssistanceRow's fields, in their order.
    query = (
        _joined(
            select(
                Assistance.id,
                Assistance.given_on,
                Assistance.household_id,
                Household.key,
                Household.head_name,
                Village.moo,
                Village.name_th,
                Subdistrict.name_th,
                func.coalesce(member_name(Member.first_name, Member.last_name), ""),
                Assistance.project_id,
                func.coalesce(Project.name, ""),
                _agency_id(),
                func.coalesce(Agency.name, ""),
                Assistance.dimension,
                Assistance.kind,
                func.coalesce(_KIND.name_th, ""),
                func.coalesce(_KIND.name_en, ""),
                Assistance.value_satang,
                Assistance.outcome,
                Assistance.note,
            )
        )
        .join(Subdistrict, Subdistrict.code == Village.subdistrict_code)
        .outerjoin(Member, Member.id == Assistance.member_id)
        .outerjoin(Agency, Agency.id == _agency_id())
        .outerjoin(_KIND, and_(_KIND.list_name == ASSISTANCE_TYPE, _KIND.code == Assistance.kind))
        .where(*_conditions(assistance_filter))
        .order_by(Assistance.given_on.desc(), Assistance.id.desc())
    )
    if limit is not None:
        query = query.limit(max(0, limit))
    return [AssistanceRow(*row) for row in session.execute(query)]


def count_assistance(session: Session, assistance_filter: AssistanceFilter) -> int:
    query = _joined(select(func.count(Assistance.id))).where(*_conditions(assistance_filter))
    return int(session.scalar(query) or 0)


def total_value(session: Session, assistance_filter: AssistanceFilter) -> int:
    """The matching rows' value added up, in satang."""
    query = _joined(select(func.coalesce(func.sum(Assistance.value_satang), 0))).where(
        *_conditions(assistance_filter)
    )
    return int(session.scalar(query) or 0)


def projects_for_household(session: Session, household_id: int) -> list[HouseholdProject]:
    """The projects whose assistance reached the household: the newest fiscal year first,
    then by name in Thai order. Assistance given by an agency without a project is not
    listed here (it is in ``list_assistance`` with ``project_id`` None)."""
    rows = session.execute(
        select(
            Project.id,
            Project.fiscal_year,
            Project.name,
            Agency.name,
            func.count(Assistance.id),
            func.coalesce(func.sum(Assistance.value_satang), 0),
        )
        .select_from(Assistance)
        .join(Project, Project.id == Assistance.project_id)
        .join(Agency, Agency.id == Project.agency_id)
        .where(Assistance.household_id == household_id)
        .group_by(Project.id)
    ).all()
    projects = [
        HouseholdProject(
            project_id=project_id,
            fiscal_year=fiscal_year,
            name=name,
            agency_name=agency_name,
            times=int(times),
            value_satang=int(value),
        )
        for project_id, fiscal_year, name, agency_name, times, value in rows
    ]
    return sorted(projects, key=lambda p: (-p.fiscal_year, thai_sort_key(p.name), p.project_id))


def household_members(session: Session, household_id: int) -> list[tuple[int, str]]:
    """(member id, "first last") of the household's members in the form's order."""
    rows = session.execute(
        select(Member.id, member_name(Member.first_name, Member.last_name))
        .where(Member.household_id == household_id)
        .order_by(Member.seq, Member.id)
    )
    return [(int(member_id), name) for member_id, name in rows]
