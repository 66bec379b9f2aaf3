"""Comparing a district's projects and assistance with a provincial office's database
(see desktop/services/exchange/province/projects.py for the rules): the dry run's counts, and
what desktop/services/exchange/province/project_writer.py then writes.

Each project and each assistance row is reduced to a plain tuple; equal tuples mean
nothing would change. Assistance is compared as multisets per household, so an
unchanged row is neither removed nor re-added.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Agency,
    Assistance,
    Member,
    Project,
    ProjectIndicator,
    Subdistrict,
    Village,
)
from desktop.services.exchange.province.projects import (
    PROJECT_COLUMNS,
    DistrictHelp,
    DistrictProject,
    DistrictProjects,
)
from desktop.services.thai import fiscal_year_bounds

AGENCY_CODE_LIMIT = 20
CHUNK = 900  # ids per IN (...) list: below SQLite's limit of bound parameters
# Each plan activity of some households as the workbook names it ("1.2.1": plan number by
# date then id, as desktop/services/exchange/export/case_rows.py numbers plans).
ACTIVITY_KEYS = (
    "SELECT pa.id, pn.household_id, pn.seq || '.' || pp.seq || '.' || pa.seq"
    " FROM (SELECT id, household_id, row_number() OVER (PARTITION BY household_id"
    "  ORDER BY made_on, id) AS seq FROM development_plans WHERE household_id IN ({ids})) pn"
    " JOIN plan_problems pp ON pp.plan_id = pn.id JOIN plan_activities pa ON pa.problem_id = pp.id"
)


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


def _staged_project(
    found: DistrictProjects, project: DistrictProject, areas: list[tuple[str, str | None]]
) -> tuple[Any, ...]:
    values = tuple(_plain(project.values[column]) for column in PROJECT_COLUMNS)
    results = tuple(
        (k.seq, k.text, k.unit, k.baseline, k.target, k.reports)
        for _, k in sorted(project.key_results.items())
    )
    code = agency_code(found.district, project.agency_code)
    return values, code, project.agency_name, tuple(areas), results


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
    activity: str | None,
) -> tuple[Any, ...]:
    return (
        activity,
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
        row.activity,
    )


# Comparing -------------------------------------------------------------------------------


class Comparison:
    def __init__(
        self, session: Session, found: DistrictProjects, households: Mapping[str, int | None]
    ) -> None:
        """``households``: workbook key -> the database household it is (None: new)."""
        self.session, self.found = session, found
        self._villages: dict[str, bool] = {}
        self._subdistricts: dict[str, bool] = {}
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
            elif _stored_project(stored) != _staged_project(found, project, self.areas(project)):
                self.to_change.append((project, stored))
                self.result.changed.append(label)
            else:
                self.result.unchanged += 1
        self.help: list[tuple[int, list[Assistance], list[DistrictHelp]]] = []
        self.compare_help(households)

    def areas(self, project: DistrictProject) -> list[tuple[str, str | None]]:
        """The project's areas as they can be stored: a village the database does not
        have stands for its subdistrict; an unknown subdistrict is left out."""
        kept = set()
        for subdistrict, village in project.areas:
            if village is not None and not self._known(Village, village, self._villages):
                village = None
            if self._known(Subdistrict, subdistrict, self._subdistricts):
                kept.add((subdistrict, village))
        return sorted(kept, key=_area_key)

    def _known(self, model: type, code: str, seen: dict[str, bool]) -> bool:
        if code not in seen:
            seen[code] = self.session.get(model, code) is not None
        return seen[code]

    def compare_help(self, households: Mapping[str, int | None]) -> None:
        """Each kept household's assistance against the workbook's: a few set-wide reads,
        then dictionaries (most households have no help on either side)."""
        keys = sorted(set(households) - self.found.bad_households)
        low, high = (
            fiscal_year_bounds(self.found.fiscal_year)
            if self.found.fiscal_year
            else (dt.date.min, dt.date.max)
        )
        ids = [households[key] for key in keys if households[key] is not None]
        stored_by_household, self.member_ids = self._stored_rows(ids, low, high)
        for key in keys:
            household_id = households[key]
            stored_rows = stored_by_household.get(household_id, []) if household_id else []
            staged = [
                row for row in self.found.assistance.get(key, ()) if low <= row.given_on <= high
            ]
            if not staged and not stored_rows:
                continue
            if household_id is not None:  # help for a person no longer there: the household's
                seqs = self.member_ids.get(household_id, {})
                staged = [
                    row
                    if row.member_seq is None or row.member_seq in seqs
                    else dataclasses.replace(row, member_seq=None)
                    for row in staged
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

    def _stored_rows(
        self, ids: list[int], low: dt.date, high: dt.date
    ) -> tuple[dict[int, list[Assistance]], dict[int, dict[int, int]]]:
        """(household -> its assistance of this district's projects or of none,
        household -> {member seq: member id}), read in chunks of ids."""
        prefix = f"{self.found.district}:"
        self.origins = dict(self.session.execute(select(Project.id, Project.origin)).all())
        self.agency_codes = dict(self.session.execute(select(Agency.id, Agency.code)).all())
        self.member_seqs: dict[int, int] = {}
        self.activity_keys: dict[int, str] = {}  # plan activity id -> "1.2.1"
        self.activity_ids: dict[int, dict[str, int]] = {}  # household -> "1.2.1" -> id
        rows: dict[int, list[Assistance]] = {}
        members: dict[int, dict[int, int]] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for member_id, household_id, seq in self.session.execute(
                select(Member.id, Member.household_id, Member.seq).where(
                    Member.household_id.in_(chunk)
                )
            ):
                members.setdefault(household_id, {})[seq] = member_id
                self.member_seqs[member_id] = seq
            for row in self.session.scalars(
                select(Assistance).where(
                    Assistance.household_id.in_(chunk), Assistance.given_on.between(low, high)
                )
            ):
                if row.project_id is None or (self.origins.get(row.project_id) or "").startswith(
                    prefix
                ):
                    rows.setdefault(row.household_id, []).append(row)
            for activity_id, household_id, key in self.session.execute(
                text(ACTIVITY_KEYS.format(ids=", ".join(map(str, chunk))))
            ):
                self.activity_keys[activity_id] = key
                self.activity_ids.setdefault(household_id, {})[key] = activity_id
        return rows, members

    def _stored_help(self, row: Assistance) -> tuple[Any, ...]:
        return _help_tuple(
            self.member_seqs.get(row.member_id) if row.member_id else None,
            self.origins.get(row.project_id) if row.project_id else None,
            self.agency_codes.get(row.agency_id, "") if row.agency_id else "",
            row.given_on,
            row.dimension,
            row.kind,
            row.value_satang,
            row.outcome,
            row.note,
            (self.activity_keys.get(row.plan_activity_id, "") if row.plan_activity_id else "")
            if self.found.linked
            else None,
        )


def _take(counter: Counter[tuple[Any, ...]], shape: tuple[Any, ...]) -> bool:
    """True for a staged row no stored row matched (counting repeats)."""
    if counter[shape] > 0:
        counter[shape] -= 1
        return True
    return False


def compare(
    session: Session, found: DistrictProjects, households: Mapping[str, int | None]
) -> ProjectChanges:
    """What ``write`` would do (``households``: see Comparison)."""
    return Comparison(session, found, households).result
