"""What the printed project sheet shows: details, key results with quarterly progress,
households reached and money given, read into plain, display-ready values."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Assistance,
    Household,
    ProgressReport,
    Project,
    ProjectArea,
    Subdistrict,
    Umbrella,
    Village,
)
from desktop.services.households import format_baht
from desktop.services.printing.household_sheet_data import (
    be_date,
    code_name,
    code_names,
    format_number,
    format_percent,
    percent_of_target,
)
from desktop.services.thai import DateStyle


class ProjectNotFound(LookupError):
    def __init__(self, project_id: int) -> None:
        super().__init__(f"no project with id {project_id}")
        self.project_id = project_id


@dataclass(frozen=True)
class QuarterLine:
    fiscal_year: int
    quarter: int
    value: str
    percent: str  # of the target, "95.0"; "" without a target
    money_spent: str
    result: str
    problems: str


@dataclass(frozen=True)
class KeyResultLine:
    seq: int
    text: str
    unit: str
    baseline: str
    target: str
    quarters: tuple[QuarterLine, ...]
    latest_percent: str  # of the latest report


@dataclass(frozen=True)
class ReachedHousehold:
    key: str
    head: str
    moo: str
    village: str
    subdistrict: str
    value: str  # baht given to the household by the project


@dataclass(frozen=True)
class ProjectSheet:
    name: str
    agency: str
    fiscal_year: int
    umbrella: str
    status: str  # "planned" | "running" | "done" | "cancelled"
    rationale: str
    objectives: str
    target_group: str
    target_count: str
    areas: tuple[AreaLine, ...]
    period_start: str
    period_end: str
    budget_source: str
    budget: str
    responsible_person: str
    responsible_phone: str
    steps: str
    evaluation_method: str
    evaluation_tools: str
    evidence: str
    key_results: tuple[KeyResultLine, ...]
    households: tuple[ReachedHousehold, ...]
    assistance_count: int
    money_given: str
    money_given_percent: str  # of the budget; "" without one
    money_remaining: str  # budget less money given (negative when over)
    money_spent: str  # the progress reports' money spent, added up


@dataclass(frozen=True)
class AreaLine:
    subdistrict: str
    moo: str  # "" for the whole subdistrict
    village: str


def _areas(session: Session, project_id: int) -> list[AreaLine]:
    rows = session.execute(
        select(Subdistrict.name_th, Village.moo, Village.name_th)
        .select_from(ProjectArea)
        .join(Subdistrict, Subdistrict.code == ProjectArea.subdistrict_code)
        .outerjoin(Village, Village.code == ProjectArea.village_code)
        .where(ProjectArea.project_id == project_id)
        .order_by(ProjectArea.subdistrict_code, ProjectArea.village_code)
    ).all()
    return [
        AreaLine(subdistrict, "" if moo is None else str(moo), village or "")
        for subdistrict, moo, village in rows
    ]


def _key_result(
    seq: int, text: str, unit: str, baseline: float, target: float, reports: list[ProgressReport]
) -> KeyResultLine:
    quarters = tuple(
        QuarterLine(
            fiscal_year=report.fiscal_year,
            quarter=report.quarter,
            value=format_number(report.value),
            percent=format_percent(percent_of_target(report.value, target)),
            money_spent=format_baht(report.money_spent_satang),
            result=report.result,
            problems=report.problems,
        )
        for report in reports
    )
    latest = reports[-1].value if reports else None
    return KeyResultLine(
        seq=seq,
        text=text,
        unit=unit,
        baseline=format_number(baseline),
        target=format_number(target),
        quarters=quarters,
        latest_percent="" if latest is None else format_percent(percent_of_target(latest, target)),
    )


def _reached(session: Session, project_id: int) -> list[ReachedHousehold]:
    rows = session.execute(
        select(
            Household.key,
            Household.head_name,
            Village.moo,
            Village.name_th,
            Subdistrict.name_th,
            func.sum(Assistance.value_satang),
        )
        .select_from(Assistance)
        .join(Household, Household.id == Assistance.household_id)
        .join(Village, Village.code == Household.village_code)
        .join(Subdistrict, Subdistrict.code == Village.subdistrict_code)
        .where(Assistance.project_id == project_id)
        .group_by(Household.id)
        .order_by(Household.village_code, Household.house_no_key, Household.id)
    ).all()
    return [
        ReachedHousehold(key, head, str(moo), village, subdistrict, format_baht(value or 0))
        for key, head, moo, village, subdistrict, value in rows
    ]


def load_project_sheet(session: Session, project_id: int) -> ProjectSheet:
    project = session.get(Project, project_id)
    if project is None:
        raise ProjectNotFound(project_id)
    names = code_names(session, ("budget_source",))
    umbrella = session.get(Umbrella, project.umbrella_code) if project.umbrella_code else None
    key_results = []
    spent = 0
    for seq, key_result in enumerate(project.key_results, start=1):
        reports = sorted(key_result.reports, key=lambda r: (r.fiscal_year, r.quarter))
        spent += sum(report.money_spent_satang for report in reports)
        key_results.append(
            _key_result(
                seq,
                key_result.text,
                key_result.unit,
                key_result.baseline,
                key_result.target,
                reports,
            )
        )
    given, count = session.execute(
        select(func.coalesce(func.sum(Assistance.value_satang), 0), func.count()).where(
            Assistance.project_id == project_id
        )
    ).one()
    budget = project.budget_satang
    remaining = budget - given
    return ProjectSheet(
        name=project.name,
        agency=project.agency.name,
        fiscal_year=project.fiscal_year,
        umbrella=umbrella.name_th if umbrella else "",
        status=project.status,
        rationale=project.rationale,
        objectives=project.objectives,
        target_group=project.target_group,
        target_count=f"{project.target_count:,}",
        areas=tuple(_areas(session, project_id)),
        period_start=be_date(project.start_date, DateStyle.SHORT),
        period_end=be_date(project.end_date, DateStyle.SHORT),
        budget_source=code_name(names, "budget_source", project.budget_source),
        budget=format_baht(budget),
        responsible_person=project.responsible_person,
        responsible_phone=project.responsible_phone,
        steps=project.steps,
        evaluation_method=project.evaluation_method,
        evaluation_tools=project.evaluation_tools,
        evidence=project.evidence,
        key_results=tuple(key_results),
        households=tuple(_reached(session, project_id)),
        assistance_count=count,
        money_given=format_baht(given),
        money_given_percent=format_percent(percent_of_target(given, budget)),
        money_remaining=("-" if remaining < 0 else "") + format_baht(abs(remaining)),
        money_spent=format_baht(spent),
    )
