"""Writing a district's projects and assistance into a provincial office's database
(see desktop/services/exchange/province/projects.py for the rules).

``write`` runs inside the import's one transaction, after the households are written:
it compares again (desktop/services/exchange/province/project_compare.py) and makes the database
match, logging every agency, project, key result and assistance row it adds, changes or
removes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.household_summary import refresh_household_summaries
from db.models import (
    Agency,
    Assistance,
    Household,
    ProgressReport,
    Project,
    ProjectArea,
    ProjectIndicator,
)
from desktop.services.exchange.province.project_compare import (
    Comparison,
    ProjectChanges,
    agency_code,
    origin_of,
)
from desktop.services.exchange.province.projects import (
    PROJECT_COLUMNS,
    DistrictHelp,
    DistrictProject,
    DistrictProjects,
    KeyResult,
)
from desktop.services.safety import ChangeWriter, refuse_locked_subdistricts

# Writing ---------------------------------------------------------------------------------


def write(
    session: Session,
    found: DistrictProjects,
    households: Mapping[str, int],
    *,
    log: ChangeWriter,
    after_projects: Callable[[], None] | None = None,
) -> ProjectChanges:
    """``households``: each kept workbook household's database id (all written by now);
    ``after_projects``: what is written once the projects are and before the assistance
    (the district's plans, whose activities the assistance links to)."""
    comparison = Comparison(session, found, households)
    if not comparison.result.changes_anything and after_projects is None:
        return comparison.result
    writer = _Writer(session, found, log, comparison)
    for project in comparison.to_add:
        writer.add_project(project)
    for project, stored in comparison.to_change:
        writer.change_project(project, stored)
    session.flush()
    if after_projects is not None:
        log.flush()
        after_projects()
    comparison.help = []
    comparison.compare_help(households)  # again: the new projects and plans have ids now
    touched = [household_id for household_id, _, _ in comparison.help]
    subdistricts = session.scalars(
        select(Household.village_code).where(Household.id.in_(touched))
    ).all()
    refuse_locked_subdistricts(session, sorted({code[:6] for code in subdistricts}))
    for household_id, stored_rows, staged in comparison.help:
        writer.replace_help(household_id, stored_rows, staged)
    session.flush()
    log.flush()
    if touched:
        refresh_household_summaries(session, touched)
    return comparison.result


class _Writer:
    def __init__(
        self,
        session: Session,
        found: DistrictProjects,
        log: ChangeWriter,
        comparison: Comparison,
    ) -> None:
        self.session, self.found, self.log = session, found, log
        self.comparison = comparison
        self.agencies: dict[str, Agency] = {}
        self._projects: dict[str, int] | None = None

    def agency(self, code: str, name: str) -> Agency:
        full = agency_code(self.found.district, code)
        if full not in self.agencies:
            agency = self.session.scalar(select(Agency).where(Agency.code == full))
            if agency is None:
                agency = Agency(code=full, name=name or full, kind="", contact="")
                self.session.add(agency)
                self.session.flush()
                self.log.write("insert", "agencies", agency, {}, {"code": full, "name": name})
            elif name and agency.name != name:
                self.log.write(
                    "update", "agencies", agency.id, {"name": agency.name}, {"name": name}
                )
                agency.name = name
            self.agencies[full] = agency
        return self.agencies[full]

    def add_project(self, project: DistrictProject) -> None:
        values = dict(project.values)
        row = Project(
            origin=origin_of(self.found.district, project.number),
            agency=self.agency(project.agency_code, project.agency_name),
            **values,
        )
        self.session.add(row)
        self.session.flush()
        self.log.write("insert", "projects", row, {}, {"origin": row.origin, **values})
        self._children(row, project)

    def change_project(self, project: DistrictProject, stored: Project) -> None:
        values = dict(project.values)
        old = {column: getattr(stored, column) for column in PROJECT_COLUMNS}
        agency = self.agency(project.agency_code, project.agency_name)
        self.log.write("update", "projects", stored.id, old, values)
        for column, value in values.items():
            setattr(stored, column, value)
        stored.agency = agency
        for area in list(stored.areas):
            self.session.delete(area)
        for key_result in list(stored.key_results):
            self.log.write(
                "delete", "project_indicators", key_result.id, {"text": key_result.text}, {}
            )
            self.session.delete(key_result)
        self.session.flush()
        self.session.expire(stored, ["areas", "key_results"])
        self._children(stored, project)

    def _children(self, row: Project, project: DistrictProject) -> None:
        for subdistrict, village in self.comparison.areas(project):
            self.session.add(
                ProjectArea(project_id=row.id, subdistrict_code=subdistrict, village_code=village)
            )
        for key_result in project.key_results.values():
            self._key_result(row, key_result)

    def _key_result(self, row: Project, key_result: KeyResult) -> None:
        indicator = ProjectIndicator(
            project_id=row.id,
            seq=key_result.seq,
            text=key_result.text,
            unit=key_result.unit,
            baseline=key_result.baseline,
            target=key_result.target,
        )
        self.session.add(indicator)
        self.session.flush()
        self.log.write("insert", "project_indicators", indicator, {}, {"text": key_result.text})
        for fiscal_year, quarter, value, spent, result, problems in key_result.reports:
            self.session.add(
                ProgressReport(
                    project_indicator_id=indicator.id,
                    fiscal_year=fiscal_year,
                    quarter=quarter,
                    value=value,
                    money_spent_satang=spent,
                    result=result,
                    problems=problems,
                )
            )

    def projects(self) -> dict[str, int]:
        """Origin -> id of the projects known when the help was compared (after the new
        projects were written)."""
        if self._projects is None:
            origins = self.comparison.origins.items()
            self._projects = {origin: id_ for id_, origin in origins if origin}
        return self._projects

    def replace_help(
        self, household_id: int, stored_rows: list[Assistance], staged: list[DistrictHelp]
    ) -> None:
        for old in stored_rows:
            self.log.write("delete", "assistance", old.id, _help_values(old), {})
            self.session.delete(old)
        members = self.comparison.member_ids.get(household_id, {})
        activities = self.comparison.activity_ids.get(household_id, {})
        projects = self.projects()
        for help_row in staged:
            origin = (
                origin_of(self.found.district, help_row.project)
                if help_row.project is not None
                else None
            )
            agency = (
                self.agency(help_row.agency_code, help_row.agency_name)
                if help_row.agency_code
                else None
            )
            row = Assistance(
                household_id=household_id,
                member_id=members.get(help_row.member_seq) if help_row.member_seq else None,
                project_id=projects.get(origin) if origin else None,
                agency_id=agency.id if agency is not None else None,
                given_on=help_row.given_on,
                dimension=help_row.dimension,
                kind=help_row.kind,
                value_satang=help_row.value_satang,
                outcome=help_row.outcome,
                note=help_row.note,
                plan_activity_id=activities.get(help_row.activity) if help_row.activity else None,
            )
            self.session.add(row)
            self.log.write("insert", "assistance", row, {}, lambda row=row: _help_values(row))


def _help_values(row: Assistance) -> dict[str, object]:
    return {
        "household_id": row.household_id,
        "member_id": row.member_id,
        "project_id": row.project_id,
        "agency_id": row.agency_id,
        "given_on": row.given_on,
        "dimension": row.dimension,
        "kind": row.kind,
        "value_satang": row.value_satang,
        "plan_activity_id": row.plan_activity_id,
    }
