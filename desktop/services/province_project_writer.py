"""Comparing a district's projects and assistance with a provincial office's database,
and writing the difference (see desktop/services/province_projects.py for the rules).

``compare`` is the dry run's part; ``write`` runs inside the import's one transaction,
after the households are written, compares again and makes the database match, logging
every project, key result, report and assistance row it adds, changes or removes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.household_summary import refresh_household_summaries
from db.models import (
    Agency,
    Assistance,
    Household,
    Member,
    ProgressReport,
    Project,
    ProjectArea,
    ProjectIndicator,
    Subdistrict,
    Umbrella,
    Village,
)
from desktop.services.fiscal_year import fiscal_year_bounds
from desktop.services.household_store import ChangeWriter
from desktop.services.period_lock_checks import refuse_locked_subdistricts
from desktop.services.province_projects import (
    PROJECT_COLUMNS,
    DistrictHelp,
    DistrictProject,
    DistrictProjects,
    KeyResult,
)

AGENCY_CODE_LIMIT = 20


@dataclass
class ProjectChanges:
    added: list[str] = field(default_factory=list)  # "6701:3 ชื่อโครงการ"
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    help_households: int = 0  # households whose assistance changes
    help_added: int = 0
    help_removed: int = 0

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.changed or self.help_households)


def agency_code(district: str, code: str) -> str:
    return f"{district}-{code}"[:AGENCY_CODE_LIMIT]


def origin_of(district: str, number: int) -> str:
    return f"{district}:{number}"


# Canonical forms: equal when nothing would change ---------------------------------------


def _staged_project(found: DistrictProjects, project: DistrictProject) -> tuple[Any, ...]:
    values = tuple(_plain(project.values[column]) for column in PROJECT_COLUMNS)
    results = tuple(
        (k.seq, k.text, k.unit, k.baseline, k.target, k.reports)
        for _, k in sorted(project.key_results.items())
    )
    code = agency_code(found.district, project.agency_code)
    return values, code, project.agency_name, tuple(project.areas), results


def _stored_project(project: Project) -> tuple[Any, ...]:
    values = tuple(_plain(getattr(project, column)) for column in PROJECT_COLUMNS)
    areas = sorted({(a.subdistrict_code, a.village_code) for a in project.areas}, key=_area_key)
    results = tuple(
        (
            k.seq,
            k.text,
            k.unit,
            k.baseline,
            k.target,
            tuple(
                sorted(
                    (r.fiscal_year, r.quarter, r.value, r.money_spent_satang, r.result, r.problems)
                    for r in k.reports
                )
            ),
        )
        for k in sorted(project.key_results, key=lambda k: k.seq)
    )
    return values, project.agency.code, project.agency.name, tuple(areas), results


def _area_key(area: tuple[str, str | None]) -> tuple[str, str]:
    return area[0], area[1] or ""


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _help_tuple(
    member_seq: int | None,
    origin: str | None,
    agency: str,
    given_on: dt.date,
    dimension: str | None,
    kind: str,
    value: int,
    outcome: str,
    note: str,
) -> tuple[Any, ...]:
    return (
        member_seq or 0,
        origin or "",
        agency,
        given_on.isoformat(),
        dimension or "",
        kind,
        value,
        outcome,
        note,
    )


def _staged_help(found: DistrictProjects, row: DistrictHelp) -> tuple[Any, ...]:
    origin = origin_of(found.district, row.project) if row.project is not None else None
    agency = agency_code(found.district, row.agency_code) if row.agency_code else ""
    return _help_tuple(
        row.member_seq,
        origin,
        agency,
        row.given_on,
        row.dimension,
        row.kind,
        row.value_satang,
        row.outcome,
        row.note,
    )


# Comparing -------------------------------------------------------------------------------


class _Comparison:
    def __init__(self, session: Session, found: DistrictProjects, keys: Iterable[str]) -> None:
        self.session, self.found = session, found
        self.result = ProjectChanges()
        origins = [origin_of(found.district, number) for number in found.projects]
        self.stored = {
            project.origin: project
            for project in session.scalars(
                select(Project)
                .where(Project.origin.in_(origins))
                .options(
                    selectinload(Project.areas),
                    selectinload(Project.agency),
                    selectinload(Project.key_results).selectinload(ProjectIndicator.reports),
                )
            )
        }
        self.to_add: list[DistrictProject] = []
        self.to_change: list[tuple[DistrictProject, Project]] = []
        for number, project in sorted(found.projects.items()):
            label = f"{origin_of(found.district, number)} {project.values['name']}"
            stored = self.stored.get(origin_of(found.district, number))
            if stored is None:
                self.to_add.append(project)
                self.result.added.append(label)
            elif _stored_project(stored) != _staged_project(found, project):
                self.to_change.append((project, stored))
                self.result.changed.append(label)
            else:
                self.result.unchanged += 1
        self.help: list[tuple[int, list[Assistance], list[DistrictHelp]]] = []
        self._compare_help(sorted(set(keys) - found.bad_households))

    def _compare_help(self, keys: list[str]) -> None:
        households = dict(
            self.session.execute(
                select(Household.key, Household.id).where(Household.key.in_(keys))
            ).all()
        )
        prefix = f"{self.found.district}:"
        low, high = (
            fiscal_year_bounds(self.found.fiscal_year)
            if self.found.fiscal_year
            else (dt.date.min, dt.date.max)
        )
        for key in keys:
            staged = [
                row for row in self.found.assistance.get(key, []) if low <= row.given_on <= high
            ]
            household_id = households.get(key)
            stored_rows: list[Assistance] = []
            if household_id is not None:
                stored_rows = [
                    row
                    for row in self.session.scalars(
                        select(Assistance).where(
                            Assistance.household_id == household_id,
                            Assistance.given_on.between(low, high),
                        )
                    )
                    if row.project_id is None
                    or (self.session.get(Project, row.project_id).origin or "").startswith(prefix)
                ]
            # Only the rows that differ: an unchanged row is neither removed nor re-added.
            wanted = Counter(_staged_help(self.found, row) for row in staged)
            gone: list[Assistance] = []
            for row in stored_rows:
                shape = self._stored_help(row)
                if wanted[shape]:
                    wanted[shape] -= 1
                else:
                    gone.append(row)
            new = [row for row in staged if _take(wanted, _staged_help(self.found, row))]
            if not gone and not new:
                continue
            self.result.help_households += 1
            self.result.help_added += len(new)
            self.result.help_removed += len(gone)
            if household_id is not None:  # else a household the import adds: written later
                self.help.append((household_id, gone, new))

    def _stored_help(self, row: Assistance) -> tuple[Any, ...]:
        member = self.session.get(Member, row.member_id) if row.member_id else None
        project = self.session.get(Project, row.project_id) if row.project_id else None
        agency = self.session.get(Agency, row.agency_id) if row.agency_id else None
        return _help_tuple(
            member.seq if member else None,
            project.origin if project else None,
            agency.code if agency else "",
            row.given_on,
            row.dimension,
            row.kind,
            row.value_satang,
            row.outcome,
            row.note,
        )


def _take(counter: Counter[tuple[Any, ...]], shape: tuple[Any, ...]) -> bool:
    """True for a staged row no stored row matched (counting repeats)."""
    if counter[shape] > 0:
        counter[shape] -= 1
        return True
    return False


def compare(session: Session, found: DistrictProjects, keys: Iterable[str]) -> ProjectChanges:
    """What ``write`` would do for the households ``keys`` (those the import keeps)."""
    return _Comparison(session, found, keys).result


# Writing ---------------------------------------------------------------------------------


def write(
    session: Session, found: DistrictProjects, keys: Iterable[str], *, log: ChangeWriter
) -> ProjectChanges:
    keys = list(keys)
    comparison = _Comparison(session, found, keys)
    if not comparison.result.changes_anything:
        return comparison.result
    writer = _Writer(session, found, log)
    for project in comparison.to_add:
        writer.add_project(project)
    for project, stored in comparison.to_change:
        writer.change_project(project, stored)
    session.flush()
    comparison.help = []
    comparison._compare_help(sorted(set(keys) - found.bad_households))  # new households too
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
    def __init__(self, session: Session, found: DistrictProjects, log: ChangeWriter) -> None:
        self.session, self.found, self.log = session, found, log
        self.agencies: dict[str, Agency] = {}
        self.umbrellas = set(session.scalars(select(Umbrella.code)))
        self.subdistricts: set[str] = set()
        self.villages: set[str] = set()

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

    def _values(self, project: DistrictProject) -> dict[str, Any]:
        values = dict(project.values)
        if values["umbrella_code"] not in self.umbrellas:
            values["umbrella_code"] = None
        return values

    def add_project(self, project: DistrictProject) -> None:
        values = self._values(project)
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
        values = self._values(project)
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
        for subdistrict, village in project.areas:
            if village is not None and not self._known(Village, village, self.villages):
                village = None
            if self._known(Subdistrict, subdistrict, self.subdistricts):
                self.session.add(
                    ProjectArea(
                        project_id=row.id, subdistrict_code=subdistrict, village_code=village
                    )
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

    def _known(self, model: type, code: str, seen: set[str]) -> bool:
        if code not in seen and self.session.get(model, code) is not None:
            seen.add(code)
        return code in seen

    def replace_help(
        self, household_id: int, stored_rows: list[Assistance], staged: list[DistrictHelp]
    ) -> None:
        for old in stored_rows:
            self.log.write("delete", "assistance", old.id, _help_values(old), {})
            self.session.delete(old)
        members = dict(
            self.session.execute(
                select(Member.seq, Member.id).where(Member.household_id == household_id)
            ).all()
        )
        projects = dict(
            self.session.execute(
                select(Project.origin, Project.id).where(
                    Project.origin.like(f"{self.found.district}:%")
                )
            ).all()
        )
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
    }
