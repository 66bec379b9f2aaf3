"""Reads of projects: the list with its sums (a few aggregate queries, never one per
project), fiscal years and picker choices, one project as a draft, and its reach."""

from __future__ import annotations

import functools

from sqlalchemy import Select, and_, case, func, or_, select, text
from sqlalchemy.orm import Session

from db.models import (
    Agency,
    Assistance,
    District,
    ProgressReport,
    Project,
    ProjectArea,
    ProjectIndicator,
    Umbrella,
)
from desktop.services.projects.records import (
    OWN_PROJECTS,
    AreaDraft,
    KeyResultDraft,
    KeyResultProgress,
    ProgressDraft,
    ProjectChoice,
    ProjectDraft,
    ProjectFilter,
    ProjectReach,
    ProjectRow,
    RecordNotFound,
)
from desktop.services.safety import SaveStamp, last_change
from desktop.services.thai import thai_sort_key

__all__ = [
    "fiscal_years",
    "load_draft",
    "origin_districts",
    "percent_of_target",
    "project_choices",
    "project_reach",
    "project_rows",
]

# Thai sort keys of project names, kept: pyuca costs ~0.1 ms a name and lists are re-read
# on every filter change.
name_key = functools.lru_cache(maxsize=4096)(thai_sort_key)


def percent_of_target(value: float | None, target: float) -> float | None:
    """``value`` as a percent of ``target``; None without a value or a (positive) target."""
    if value is None or not target > 0:
        return None
    return value / target * 100


def _latest_reports() -> Select[tuple[int, float]]:
    """Each key result's latest report (highest fiscal year, then quarter): id and value."""
    ranked = select(
        ProgressReport.project_indicator_id,
        ProgressReport.value,
        func.row_number()
        .over(
            partition_by=ProgressReport.project_indicator_id,
            order_by=(
                ProgressReport.fiscal_year.desc(),
                ProgressReport.quarter.desc(),
                ProgressReport.id.desc(),
            ),
        )
        .label("rank"),
    ).subquery()
    return select(ranked.c.project_indicator_id, ranked.c.value).where(ranked.c.rank == 1)


def _filtered(project_filter: ProjectFilter) -> Select[tuple[int]]:
    """The ids of the projects the filter lets through."""
    query = select(Project.id).join(Agency, Agency.id == Project.agency_id)
    if project_filter.fiscal_year is not None:
        query = query.where(Project.fiscal_year == project_filter.fiscal_year)
    if project_filter.umbrella_code is not None:
        query = query.where(Project.umbrella_code == project_filter.umbrella_code)
    if project_filter.agency_id is not None:
        query = query.where(Project.agency_id == project_filter.agency_id)
    if project_filter.status is not None:
        query = query.where(Project.status == project_filter.status)
    if project_filter.district == OWN_PROJECTS:
        query = query.where(Project.origin.is_(None))
    elif project_filter.district is not None:  # origins are "<district>:<number>"
        query = query.where(Project.origin.startswith(f"{project_filter.district}:"))
    search = project_filter.search.strip()
    if search:
        query = query.where(
            or_(
                Project.name.icontains(search, autoescape=True),
                Agency.name.icontains(search, autoescape=True),
            )
        )
    return query


# Sums of all assistance per project, reading the table straight through: at tens of
# thousands of rows one pass beats a lookup per row through the project_id index.
_GIVEN_SQL = (
    "SELECT project_id, SUM(value_satang), COUNT(DISTINCT household_id)"
    " FROM assistance NOT INDEXED WHERE project_id IS NOT NULL GROUP BY project_id"
)


def given_sql(session: Session) -> str:
    """_GIVEN_SQL; PostgreSQL has no index hints (its planner picks the scan itself)."""
    if session.get_bind().dialect.name == "postgresql":
        return _GIVEN_SQL.replace(" NOT INDEXED", "")
    return _GIVEN_SQL


def project_rows(session: Session, project_filter: ProjectFilter) -> list[ProjectRow]:
    """The projects the filter lets through, by fiscal year (newest first), then name."""
    ids = _filtered(project_filter).scalar_subquery()
    projects = session.execute(
        select(
            Project.id,
            Project.fiscal_year,
            Project.name,
            Project.agency_id,
            Agency.name,
            Project.umbrella_code,
            Umbrella.name_th,
            Umbrella.name_en,
            Project.status,
            Project.budget_satang,
            Project.target_count,
        )
        .join(Agency, Agency.id == Project.agency_id)
        .outerjoin(Umbrella, Umbrella.code == Project.umbrella_code)
        .where(Project.id.in_(ids))
    ).all()
    if not projects:
        return []
    given = {
        project_id: (money, households)
        for project_id, money, households in session.execute(text(given_sql(session)))
    }
    spent = dict(
        session.execute(
            select(ProjectIndicator.project_id, func.sum(ProgressReport.money_spent_satang))
            .join(ProgressReport, ProgressReport.project_indicator_id == ProjectIndicator.id)
            .where(ProjectIndicator.project_id.in_(ids))
            .group_by(ProjectIndicator.project_id)
        ).all()
    )
    latest = _latest_reports().subquery()
    attained = and_(ProjectIndicator.target > 0, latest.c.value >= ProjectIndicator.target)
    results = {
        project_id: (count, reached or 0)
        for project_id, count, reached in session.execute(
            select(
                ProjectIndicator.project_id,
                func.count(),
                func.sum(case((attained, 1), else_=0)),
            )
            .outerjoin(latest, latest.c.project_indicator_id == ProjectIndicator.id)
            .where(ProjectIndicator.project_id.in_(ids))
            .group_by(ProjectIndicator.project_id)
        )
    }
    rows = []
    for (
        project_id,
        fiscal_year,
        name,
        agency_id,
        agency_name,
        umbrella_code,
        umbrella_th,
        umbrella_en,
        status,
        budget,
        target_count,
    ) in projects:
        money_given, households = given.get(project_id, (0, 0))
        key_results, key_results_attained = results.get(project_id, (0, 0))
        rows.append(
            ProjectRow(
                id=project_id,
                fiscal_year=fiscal_year,
                name=name,
                agency_id=agency_id,
                agency_name=agency_name,
                umbrella_code=umbrella_code,
                umbrella_th=umbrella_th or "",
                umbrella_en=umbrella_en or "",
                status=status,
                budget_satang=budget,
                money_given_satang=money_given or 0,
                money_spent_satang=spent.get(project_id) or 0,
                target_count=target_count,
                households_reached=households,
                key_results=key_results,
                key_results_attained=key_results_attained,
            )
        )
    rows.sort(key=lambda row: (-row.fiscal_year, name_key(row.name), row.name, row.id))
    return rows


def origin_districts(session: Session) -> list[tuple[str, str]]:
    """(code, Thai name) of the districts whose projects a provincial office consolidated,
    by code (none in a district office)."""
    codes = select(func.substr(Project.origin, 1, 4)).where(Project.origin.is_not(None))
    found = session.execute(
        select(District.code, District.name_th)
        .where(District.code.in_(codes.distinct()))
        .order_by(District.code)
    )
    return [(code, name) for code, name in found]


def fiscal_years(session: Session) -> list[int]:
    """The fiscal years that have projects, newest first."""
    return list(
        session.scalars(select(Project.fiscal_year).distinct().order_by(Project.fiscal_year.desc()))
    )


def project_choices(session: Session, fiscal_year: int | None) -> list[ProjectChoice]:
    """Projects for a picker (of one fiscal year, or all), ordered as the list."""
    query = select(
        Project.id,
        Project.fiscal_year,
        Project.name,
        Project.agency_id,
        Agency.name,
        Project.status,
    ).join(Agency, Agency.id == Project.agency_id)
    if fiscal_year is not None:
        query = query.where(Project.fiscal_year == fiscal_year)
    choices = [ProjectChoice(*row) for row in session.execute(query)]
    choices.sort(key=lambda c: (-c.fiscal_year, name_key(c.name), c.name, c.id))
    return choices


def load_draft(session: Session, project_id: int) -> ProjectDraft:
    """The project with its areas, key results (in order) and their reports (by quarter)."""
    project = session.get(Project, project_id)
    if project is None:
        raise RecordNotFound("projects", project_id)
    areas = session.execute(
        select(ProjectArea.subdistrict_code, ProjectArea.village_code)
        .where(ProjectArea.project_id == project_id)
        .order_by(ProjectArea.subdistrict_code, ProjectArea.village_code, ProjectArea.id)
    ).all()
    key_results = [
        KeyResultDraft(
            id=key_result.id,
            text=key_result.text,
            unit=key_result.unit,
            baseline=key_result.baseline,
            target=key_result.target,
            reports=[
                ProgressDraft(
                    id=report.id,
                    fiscal_year=report.fiscal_year,
                    quarter=report.quarter,
                    value=report.value,
                    money_spent_satang=report.money_spent_satang,
                    result=report.result,
                    problems=report.problems,
                )
                for report in sorted(
                    key_result.reports, key=lambda r: (r.fiscal_year, r.quarter, r.id)
                )
            ],
        )
        for key_result in sorted(project.key_results, key=lambda k: (k.seq, k.id))
    ]
    return ProjectDraft(
        id=project.id,
        agency_id=project.agency_id,
        fiscal_year=project.fiscal_year,
        umbrella_code=project.umbrella_code,
        name=project.name,
        rationale=project.rationale,
        objectives=project.objectives,
        target_group=project.target_group,
        target_count=project.target_count,
        areas=[AreaDraft(subdistrict, village) for subdistrict, village in areas],
        budget_source=project.budget_source,
        budget_satang=project.budget_satang,
        start_date=project.start_date,
        end_date=project.end_date,
        responsible_person=project.responsible_person,
        responsible_phone=project.responsible_phone,
        status=project.status,
        steps=project.steps,
        evaluation_method=project.evaluation_method,
        evaluation_tools=project.evaluation_tools,
        evidence=project.evidence,
        key_results=key_results,
        version=project.version,
    )


def last_project_save(session: Session, project_id: int) -> SaveStamp | None:
    """Who saved the project last, and when: the newest change-log row of it, of its key
    results and reports, or adding or removing one of them (their summaries name it)."""
    key_results = select(ProjectIndicator.id).where(ProjectIndicator.project_id == project_id)
    records = {
        "projects": [project_id],
        "project_indicators": session.scalars(key_results).all(),
        "progress_reports": session.scalars(
            select(ProgressReport.id).where(ProgressReport.project_indicator_id.in_(key_results))
        ).all(),
    }
    owner = (f'"project_id": "{project_id}"', ("project_indicators", "progress_reports"))
    return last_change(session, records, owner)


def project_reach(session: Session, project_id: int) -> ProjectReach:
    """Households reached and money given against the targets, and each key result's
    latest value against its target."""
    project = session.get(Project, project_id)
    if project is None:
        raise RecordNotFound("projects", project_id)
    money_given, households = session.execute(
        select(
            func.coalesce(func.sum(Assistance.value_satang), 0),
            func.count(func.distinct(Assistance.household_id)),
        ).where(Assistance.project_id == project_id)
    ).one()
    spent = session.scalar(
        select(func.coalesce(func.sum(ProgressReport.money_spent_satang), 0))
        .join(ProjectIndicator, ProjectIndicator.id == ProgressReport.project_indicator_id)
        .where(ProjectIndicator.project_id == project_id)
    )
    latest = _latest_reports().subquery()
    key_results = tuple(
        KeyResultProgress(
            id=key_result.id,
            text=key_result.text,
            unit=key_result.unit,
            baseline=key_result.baseline,
            target=key_result.target,
            latest_value=value,
            percent=percent_of_target(value, key_result.target),
        )
        for key_result, value in session.execute(
            select(ProjectIndicator, latest.c.value)
            .outerjoin(latest, latest.c.project_indicator_id == ProjectIndicator.id)
            .where(ProjectIndicator.project_id == project_id)
            .order_by(ProjectIndicator.seq, ProjectIndicator.id)
        ).all()
    )
    return ProjectReach(
        households_reached=households,
        target_count=project.target_count,
        money_given_satang=money_given,
        budget_satang=project.budget_satang,
        money_spent_satang=spent or 0,
        key_results=key_results,
    )
