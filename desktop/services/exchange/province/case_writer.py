"""Writing a district's plans and visits into a provincial office's database (the rules:
desktop/services/exchange/province/case_reading.py).

``write_cases`` runs inside the import's one transaction, after the households and the
district's projects are written and before its assistance (which links to the activities
written here): it compares again (desktop/services/exchange/province/case_compare.py) and
makes each household's plans and visits equal to the workbook's, changing records in
place by their numbers, adding and removing the rest, every row logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.household_summary import refresh_household_summaries
from db.models import (
    Agency,
    DevelopmentPlan,
    FollowUpVisit,
    Household,
    PlanActivity,
    PlanProblem,
    Project,
    StageAssessment,
)
from desktop.services.exchange.province.case_compare import (
    CHUNK,
    CaseChanges,
    CaseComparison,
    HouseholdWork,
)
from desktop.services.exchange.province.case_reading import (
    DistrictCases,
    StagedActivity,
    StagedPlan,
    StagedProblem,
    StagedVisit,
)
from desktop.services.safety import ChangeWriter, refuse_locked_subdistricts, values_of

PLANS, PROBLEMS, ACTIVITIES = "development_plans", "plan_problems", "plan_activities"
VISITS = "follow_up_visits"
PLAN_FIELDS = ("title", "made_on", "is_current", "created_by", "notes")
PROBLEM_FIELDS = ("seq", "indicator_id", "dimension", "goal")
ACTIVITY_FIELDS = ("seq", "text", "agency_id", "project_id", "due_on", "status")
VISIT_FIELDS = (
    "visited_on", "visited_by", "findings", "stage_assessment_id", "next_visit_due",
)  # fmt: skip
_LAST = 10**12  # a plan still to be written sorts after every stored one of its date


def write_cases(
    session: Session,
    found: DistrictCases,
    district: str,
    households: Mapping[str, int],
    *,
    log: ChangeWriter,
) -> CaseChanges:
    """``households``: each kept workbook household's database id (all written by now)."""
    origins = {
        origin: project_id
        for project_id, origin in session.execute(select(Project.id, Project.origin))
        if origin
    }
    comparison = CaseComparison(session, found, district, households, set(origins))
    if not comparison.work:
        return comparison.result
    touched = [work.household_id for work in comparison.work]
    villages = session.scalars(select(Household.village_code).where(Household.id.in_(touched)))
    refuse_locked_subdistricts(session, sorted({code[:6] for code in villages}))
    writer = _CaseWriter(session, comparison, log, origins)
    writer.read_stages(touched)
    for work in comparison.work:
        writer.household(work)
    session.flush()
    log.flush()
    refresh_household_summaries(session, touched)
    return comparison.result


class _CaseWriter:
    def __init__(
        self,
        session: Session,
        comparison: CaseComparison,
        log: ChangeWriter,
        origins: dict[str, int],
    ) -> None:
        self.session, self.comparison, self.log = session, comparison, log
        self.origins = origins
        self.agencies: dict[str, int] = {}
        self.context: dict[str, object] = {}
        self.stages: dict[tuple[int, str, str, str], int] = {}

    def read_stages(self, household_ids: list[int]) -> None:
        """The stage history rows a visit may link to (household, date, stage, reason),
        the first of equal ones, read in chunks of ids."""
        for start in range(0, len(household_ids), CHUNK):
            chunk = household_ids[start : start + CHUNK]
            for row in self.session.execute(
                select(
                    StageAssessment.id,
                    StageAssessment.household_id,
                    StageAssessment.assessed_on,
                    StageAssessment.stage,
                    StageAssessment.reason,
                )
                .where(StageAssessment.household_id.in_(chunk))
                .order_by(StageAssessment.id.desc())
            ):
                key = (row.household_id, row.assessed_on.isoformat(), row.stage, row.reason or "")
                self.stages[key] = row.id

    def household(self, work: HouseholdWork) -> None:
        self.context = {"household_id": work.household_id}
        if work.plans_differ:
            self._plans(work)
        if work.gone_visits or work.new_visits:
            self._visits(work)

    # Logging ------------------------------------------------------------------------------

    def _set(self, table: str, record: Any, fields: tuple[str, ...], values: dict) -> None:
        old = values_of(record, fields)
        changed = {k: v for k, v in values.items() if getattr(record, k) != v}
        for name, value in changed.items():
            setattr(record, name, value)
        if changed:
            new = values_of(record, fields)
            self.log.write("update", table, record.id, old | self.context, new)

    def _inserted(self, table: str, record: Any, fields: tuple[str, ...]) -> None:
        context = dict(self.context)
        self.log.write("insert", table, record, {}, lambda: values_of(record, fields) | context)

    def _deleted(self, table: str, record: Any, fields: tuple[str, ...]) -> None:
        self.log.write("delete", table, record.id, values_of(record, fields) | self.context, {})

    # Plans --------------------------------------------------------------------------------

    def _plans(self, work: HouseholdWork) -> None:
        stored = {seq: plan for seq, plan in enumerate(work.stored.plans, start=1)}
        staged = work.staged.plans
        # Numbers follow the date, then the id: when changing records in place would number
        # them otherwise, the household's plans are written anew instead.
        order = sorted(
            staged,
            key=lambda seq: (staged[seq].made_on, stored[seq].id if seq in stored else _LAST + seq),
        )
        rebuilt = bool(stored) and order != sorted(staged)
        if rebuilt:
            for plan in stored.values():
                self._drop_plan(plan)
            stored = {}
        wrong_current = [
            plan.id
            for seq, plan in stored.items()
            if plan.is_current and not (seq in staged and staged[seq].is_current)
        ]
        if wrong_current:  # the partial unique index allows one current plan at a time
            for plan_id in wrong_current:
                self.log.write(
                    "update", PLANS, plan_id, {"is_current": True} | self.context, self.context
                )
            self.session.execute(
                update(DevelopmentPlan)
                .where(DevelopmentPlan.id.in_(wrong_current))
                .values(is_current=False)
            )
            for plan in stored.values():
                if plan.id in wrong_current:
                    self.session.expire(plan, ["is_current"])
        dropped = [plan for seq, plan in stored.items() if seq not in staged]
        for plan in dropped:
            self._drop_plan(plan)
        if dropped or wrong_current or rebuilt:
            self.session.flush()  # gone before a plan that takes their place is current
        for seq in sorted(staged):
            if seq in stored:
                self._change_plan(stored[seq], staged[seq])
            else:
                self._add_plan(work.household_id, staged[seq])

    def _drop_plan(self, plan: DevelopmentPlan) -> None:
        for problem in plan.problems:
            for activity in problem.activities:
                self._deleted(ACTIVITIES, activity, ACTIVITY_FIELDS)
            self._deleted(PROBLEMS, problem, PROBLEM_FIELDS)
        self._deleted(PLANS, plan, PLAN_FIELDS)
        self.session.delete(plan)

    def _plan_values(self, plan: StagedPlan) -> dict[str, Any]:
        return {
            "title": plan.title,
            "made_on": plan.made_on,
            "is_current": plan.is_current,
            "created_by": plan.created_by,
            "notes": plan.notes,
        }

    def _add_plan(self, household_id: int, staged: StagedPlan) -> None:
        plan = DevelopmentPlan(household_id=household_id, **self._plan_values(staged))
        self.session.add(plan)
        self._inserted(PLANS, plan, PLAN_FIELDS)
        for _, problem in sorted(staged.problems.items()):
            self._add_problem(plan, problem)

    def _change_plan(self, plan: DevelopmentPlan, staged: StagedPlan) -> None:
        self._set(PLANS, plan, PLAN_FIELDS, self._plan_values(staged))
        existing = {problem.seq: problem for problem in plan.problems}
        for seq, problem in existing.items():
            if seq not in staged.problems:
                for activity in problem.activities:
                    self._deleted(ACTIVITIES, activity, ACTIVITY_FIELDS)
                self._deleted(PROBLEMS, problem, PROBLEM_FIELDS)
                plan.problems.remove(problem)  # delete-orphan: its activities go with it
        for seq, problem_staged in sorted(staged.problems.items()):
            if seq not in existing:
                self._add_problem(plan, problem_staged)
                continue
            problem = existing[seq]
            self._set(PROBLEMS, problem, PROBLEM_FIELDS, _problem_values(problem_staged))
            activities = {activity.seq: activity for activity in problem.activities}
            for activity_seq, activity in activities.items():
                if activity_seq not in problem_staged.activities:
                    self._deleted(ACTIVITIES, activity, ACTIVITY_FIELDS)
                    problem.activities.remove(activity)
            for activity_seq, wanted in sorted(problem_staged.activities.items()):
                values = self._activity_values(wanted)
                if activity_seq in activities:
                    self._set(ACTIVITIES, activities[activity_seq], ACTIVITY_FIELDS, values)
                else:
                    activity = PlanActivity(**values)
                    problem.activities.append(activity)
                    self._inserted(ACTIVITIES, activity, ACTIVITY_FIELDS)

    def _add_problem(self, plan: DevelopmentPlan, staged: StagedProblem) -> None:
        problem = PlanProblem(**_problem_values(staged))
        plan.problems.append(problem)
        self._inserted(PROBLEMS, problem, PROBLEM_FIELDS)
        for _, wanted in sorted(staged.activities.items()):
            activity = PlanActivity(**self._activity_values(wanted))
            problem.activities.append(activity)
            self._inserted(ACTIVITIES, activity, ACTIVITY_FIELDS)

    def _activity_values(self, activity: StagedActivity) -> dict[str, Any]:
        project = self.comparison.staged_project(activity)
        return {
            "seq": activity.seq,
            "text": activity.text,
            "agency_id": self._agency(activity),
            "project_id": self.origins.get(project) if project else None,
            "due_on": activity.due_on,
            "status": activity.status,
        }

    def _agency(self, activity: StagedActivity) -> int | None:
        """The district's agency as the province keeps it ("<district>-<code>"), added
        when the province does not have it yet (as the district's projects do)."""
        code = self.comparison.staged_agency(activity)
        if not code:
            return None
        if code not in self.agencies:
            found = self.session.scalar(select(Agency.id).where(Agency.code == code))
            if found is None:
                name = activity.agency_name or code
                agency = Agency(code=code, name=name, kind="", contact="")
                self.session.add(agency)
                self.session.flush()
                self.log.write("insert", "agencies", agency.id, {}, {"code": code, "name": name})
                found = agency.id
            self.agencies[code] = found
        return self.agencies[code]

    # Visits -------------------------------------------------------------------------------

    def _visits(self, work: HouseholdWork) -> None:
        """A changed visit is the removed one of the same place in date order, changed in
        place; the rest are added or removed."""
        gone, new = work.gone_visits, work.new_visits
        for visit, staged in zip(gone, new, strict=False):
            self._set(VISITS, visit, VISIT_FIELDS, self._visit_values(work.household_id, staged))
        for visit in gone[len(new) :]:
            self._deleted(VISITS, visit, VISIT_FIELDS)
            self.session.delete(visit)
        for staged in new[len(gone) :]:
            visit = FollowUpVisit(
                household_id=work.household_id, **self._visit_values(work.household_id, staged)
            )
            self.session.add(visit)
            self._inserted(VISITS, visit, VISIT_FIELDS)

    def _visit_values(self, household_id: int, visit: StagedVisit) -> dict[str, Any]:
        stage_id = None
        if visit.stage:
            key = (household_id, visit.visited_on.isoformat(), visit.stage, visit.stage_reason)
            stage_id = self.stages.get(key)
        return {
            "visited_on": visit.visited_on,
            "visited_by": visit.visited_by,
            "findings": visit.findings,
            "stage_assessment_id": stage_id,
            "next_visit_due": visit.next_due,
        }


def _problem_values(problem: StagedProblem) -> dict[str, Any]:
    return {
        "seq": problem.seq,
        "indicator_id": problem.indicator_id,
        "dimension": problem.dimension,
        "goal": problem.goal,
    }
