"""Comparing a district's case sheets with a provincial office's database (the rules:
desktop/services/exchange/province/case_reading.py): the dry run's counts, and the pairs of
stored and staged records desktop/services/exchange/province/case_writer.py then makes equal.

A household's plans are numbered as the export numbers them (by date, then id), so the
district's plan 2 is the province's plan 2; a plan, with its problems and activities, is
reduced to a plain tuple, and equal tuples mean nothing changes. Visits are compared as
multisets per household, so an unchanged visit is neither removed nor added again.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Agency,
    DevelopmentPlan,
    FollowUpVisit,
    PlanProblem,
    Project,
    StageAssessment,
)
from desktop.services.exchange.province.case_reading import (
    DistrictCases,
    HouseholdCases,
    StagedActivity,
    StagedPlan,
    StagedVisit,
)

CHUNK = 900  # ids per IN (...) list: below SQLite's limit of bound parameters


@dataclass
class CaseChanges:
    households: int = 0  # households whose plans or visits change
    plans_added: int = 0
    plans_changed: int = 0
    plans_removed: int = 0
    plans_unchanged: int = 0
    visits_added: int = 0
    visits_changed: int = 0
    visits_removed: int = 0
    visits_unchanged: int = 0

    @property
    def changes_anything(self) -> bool:
        return bool(self.households)


@dataclass
class StoredCases:
    plans: list[DevelopmentPlan] = field(default_factory=list)  # in plan-number order
    visits: list[FollowUpVisit] = field(default_factory=list)


@dataclass
class HouseholdWork:
    """One household whose case records change: what it has and what the workbook says."""

    household_id: int
    stored: StoredCases
    staged: HouseholdCases
    plans_differ: bool
    gone_visits: list[FollowUpVisit]
    new_visits: list[StagedVisit]


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


class CaseComparison:
    def __init__(
        self,
        session: Session,
        found: DistrictCases,
        district: str,
        households: Mapping[str, int | None],
        project_origins: set[str],
    ) -> None:
        """``households``: each kept workbook household's database id (None: new);
        ``project_origins``: the projects the province has or this import adds."""
        self.session, self.found, self.district = session, found, district
        self.project_origins = project_origins
        self.result = CaseChanges()
        self.work: list[HouseholdWork] = []
        if not found.present:
            return  # a version 1 workbook: plans and visits stay as they are
        keys = sorted(set(households) - found.bad_households)
        ids = [households[key] for key in keys if households[key] is not None]
        stored = self._stored(ids)
        for key in keys:
            household_id = households[key]
            self._compare(household_id, stored.get(household_id or 0, StoredCases()), key)

    # Canonical forms ----------------------------------------------------------------------

    def staged_agency(self, activity: StagedActivity) -> str:
        return f"{self.district}-{activity.agency_code}"[:20] if activity.agency_code else ""

    def staged_project(self, activity: StagedActivity) -> str:
        origin = f"{self.district}:{activity.project}" if activity.project is not None else ""
        return origin if origin in self.project_origins else ""

    def _staged_plan(self, plan: StagedPlan) -> tuple[Any, ...]:
        problems = tuple(
            (
                problem.seq,
                problem.indicator_id,
                problem.dimension,
                problem.goal,
                tuple(
                    (
                        a.seq,
                        a.text,
                        self.staged_agency(a),
                        self.staged_project(a),
                        _day(a.due_on),
                        a.status,
                    )
                    for _, a in sorted(problem.activities.items())
                ),
            )
            for _, problem in sorted(plan.problems.items())
        )
        return (
            plan.title,
            _day(plan.made_on),
            plan.is_current,
            plan.created_by,
            plan.notes,
            problems,
        )

    def _stored_plan(self, plan: DevelopmentPlan) -> tuple[Any, ...]:
        problems = tuple(
            (
                problem.seq,
                problem.indicator_id,
                problem.dimension,
                problem.goal,
                tuple(
                    (
                        a.seq,
                        a.text,
                        self.agency_codes.get(a.agency_id, "") if a.agency_id else "",
                        self.origins.get(a.project_id) or "" if a.project_id else "",
                        _day(a.due_on),
                        a.status,
                    )
                    for a in sorted(problem.activities, key=lambda a: (a.seq, a.id))
                ),
            )
            for problem in sorted(plan.problems, key=lambda p: (p.seq, p.id))
        )
        return (
            plan.title,
            _day(plan.made_on),
            bool(plan.is_current),
            plan.created_by,
            plan.notes,
            problems,
        )

    @staticmethod
    def staged_visit(visit: StagedVisit) -> tuple[Any, ...]:
        return (
            _day(visit.visited_on),
            visit.visited_by,
            visit.findings,
            visit.stage or "",
            visit.stage_reason if visit.stage else "",
            _day(visit.next_due),
        )

    def _stored_visit(self, visit: FollowUpVisit) -> tuple[Any, ...]:
        stage, reason = self.stages.get(visit.stage_assessment_id or 0, ("", ""))
        return (
            _day(visit.visited_on),
            visit.visited_by,
            visit.findings,
            stage,
            reason,
            _day(visit.next_visit_due),
        )

    # Reading the province's side ----------------------------------------------------------

    def _stored(self, ids: list[int]) -> dict[int, StoredCases]:
        session = self.session
        self.origins = dict(session.execute(select(Project.id, Project.origin)).all())
        self.agency_codes = dict(session.execute(select(Agency.id, Agency.code)).all())
        self.stages: dict[int, tuple[str, str]] = {}
        found: dict[int, StoredCases] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for plan in session.scalars(
                select(DevelopmentPlan)
                .where(DevelopmentPlan.household_id.in_(chunk))
                .order_by(DevelopmentPlan.made_on, DevelopmentPlan.id)
                .options(
                    selectinload(DevelopmentPlan.problems).selectinload(PlanProblem.activities)
                )
            ):
                found.setdefault(plan.household_id, StoredCases()).plans.append(plan)
            for visit in session.scalars(
                select(FollowUpVisit)
                .where(FollowUpVisit.household_id.in_(chunk))
                .order_by(FollowUpVisit.visited_on, FollowUpVisit.id)
            ):
                found.setdefault(visit.household_id, StoredCases()).visits.append(visit)
            linked = [
                visit.stage_assessment_id
                for household_id in chunk
                for visit in found.get(household_id, StoredCases()).visits
                if visit.stage_assessment_id
            ]
            for stage_id, stage, reason in session.execute(
                select(StageAssessment.id, StageAssessment.stage, StageAssessment.reason).where(
                    StageAssessment.id.in_(linked)
                )
            ):
                self.stages[stage_id] = (stage, reason or "")
        return found

    # Comparing ----------------------------------------------------------------------------

    def _compare(self, household_id: int | None, stored: StoredCases, key: str) -> None:
        staged = self.found.of(key)
        if not staged.plans and not staged.visits and not stored.plans and not stored.visits:
            return
        result = self.result
        stored_plans = {seq: plan for seq, plan in enumerate(stored.plans, start=1)}
        plans_differ = False
        for seq in sorted(set(stored_plans) | set(staged.plans)):
            old, new = stored_plans.get(seq), staged.plans.get(seq)
            if old is None:
                result.plans_added += 1
            elif new is None:
                result.plans_removed += 1
            elif self._stored_plan(old) != self._staged_plan(new):
                result.plans_changed += 1
            else:
                result.plans_unchanged += 1
                continue
            plans_differ = True
        wanted = Counter(self.staged_visit(visit) for visit in staged.visits)
        gone: list[FollowUpVisit] = []
        for visit in stored.visits:
            shape = self._stored_visit(visit)
            if wanted[shape]:
                wanted[shape] -= 1
                result.visits_unchanged += 1
            else:
                gone.append(visit)
        new_visits = []
        for visit in staged.visits:
            shape = self.staged_visit(visit)
            if wanted[shape]:
                wanted[shape] -= 1
                new_visits.append(visit)
        changed = min(len(gone), len(new_visits))
        result.visits_changed += changed
        result.visits_added += len(new_visits) - changed
        result.visits_removed += len(gone) - changed
        if not plans_differ and not gone and not new_visits:
            return
        result.households += 1
        if household_id is not None:  # else a household the import adds: written later
            self.work.append(
                HouseholdWork(household_id, stored, staged, plans_differ, gone, new_visits)
            )


def compare_cases(
    session: Session,
    found: DistrictCases,
    district: str,
    households: Mapping[str, int | None],
    project_origins: set[str],
) -> CaseChanges:
    """What ``write_cases`` would do (see CaseComparison)."""
    return CaseComparison(session, found, district, households, project_origins).result
