"""The case use cases: propose, load, check, save and make current a development plan;
check and save a follow-up visit; read a household's timeline and the dialogs' choices.

Each call is one session; each write is one transaction with its change log, refused
for a household a period lock holds (as the household save is), and preceded by
``before_write`` (the app passes the database integrity gate's wait).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from db.household_summary import refresh_household_summaries
from db.models import DevelopmentPlan
from desktop.services.cases import plans, queries, visit_corrections, visits
from desktop.services.cases.records import (
    ActivityChoice,
    CaseNotFound,
    CaseProblem,
    CaseRejected,
    IndicatorChoice,
    NamedChoice,
    PlanDraft,
    SavedVisit,
    TimelineEntry,
    VisitDraft,
)
from desktop.services.cases.rules import plan_problems, visit_problems
from desktop.services.safety import (
    ChangeWriter,
    raise_versions,
    refuse_locked_household,
    utc_now,
)


class CaseService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._factory = session_factory
        self._before_write = before_write

    # Reads ----------------------------------------------------------------------------

    def propose_plan(self, household_id: int, *, today: date) -> PlanDraft:
        """A new current plan: one problem per indicator the household failed in its
        latest survey year, for the clerk to give goals and activities."""
        with self._factory() as session:
            return plans.propose_plan(session, household_id, today)

    def load_plan(self, plan_id: int) -> PlanDraft:
        with self._factory() as session:
            return plans.load_plan(session, plan_id)

    def current_plan(self, household_id: int) -> PlanDraft | None:
        with self._factory() as session:
            plan_id = plans.current_plan_id(session, household_id)
            return plans.load_plan(session, plan_id) if plan_id is not None else None

    def load_visit(self, visit_id: int) -> VisitDraft:
        """A recorded visit as a draft to correct (its answers, its stage reassessed)."""
        with self._factory() as session:
            return visit_corrections.load_visit(session, visit_id)

    def plan_served_assistance(self, plan_id: int) -> int:
        """How many assistance rows serve an activity of the plan (deleting it unlinks them)."""
        with self._factory() as session:
            return plans.served_assistance(session, plan_id)

    def timeline(self, household_id: int) -> list[TimelineEntry]:
        with self._factory() as session:
            return queries.timeline(session, household_id)

    def visit_survey_year(
        self, household_id: int, visited_on: date, *, visit_id: int | None = None
    ) -> int:
        """The survey year (BE) a visit's answers are written to: the household's latest
        (a recorded visit ``visit_id``: the year its answers went to)."""
        with self._factory() as session:
            draft = VisitDraft(household_id, visited_on=visited_on, id=visit_id)
            return self._answers_year(session, draft, visited_on)

    def indicator_choices(self, household_id: int, survey_year: int) -> list[IndicatorChoice]:
        """The indicators of ``survey_year``'s set with the household's answers."""
        with self._factory() as session:
            return queries.indicator_choices(session, household_id, survey_year)

    def agencies(self) -> list[NamedChoice]:
        with self._factory() as session:
            return queries.agency_choices(session)

    def projects(self) -> list[NamedChoice]:
        with self._factory() as session:
            return queries.project_choices(session)

    def current_activities(self, household_id: int) -> list[ActivityChoice]:
        """The activities of the household's current plan (what assistance can serve)."""
        with self._factory() as session:
            return queries.current_activities(session, household_id)

    # Checks ---------------------------------------------------------------------------

    def check_plan(self, draft: PlanDraft, *, today: date) -> list[CaseProblem]:
        with self._factory() as session:
            return plan_problems(session, draft, today)

    def check_visit(self, draft: VisitDraft, *, today: date) -> list[CaseProblem]:
        with self._factory() as session:
            return self._visit_problems(session, draft, today)

    # Writes ---------------------------------------------------------------------------

    def save_plan(self, draft: PlanDraft, *, user_name: str, today: date) -> int:
        """Write the plan, its problems and activities in one transaction with their change
        log; return the plan's id. Once committed, the ids the save assigned are written
        back into ``draft`` (plan, problems, activities), so the dialog can save again.

        A current plan makes the household's other plans not current. Raises CaseRejected
        (nothing written) on a problem, RecordLocked when a period lock holds the
        household, CaseNotFound when the plan was deleted meanwhile.
        """
        self._before_write()
        with self._factory.begin() as session:
            refuse_locked_household(session, draft.household_id)  # period locks
            problems = plan_problems(session, draft, today)
            if problems:
                raise CaseRejected(problems)
            log = ChangeWriter(session, user_name, utc_now())
            plan = plans.write_plan(session, draft, log, user_name)
            plan_id, ids = plan.id, plans.written_ids(plan)
            created_by = plan.created_by
            session.flush()
            refresh_household_summaries(session, [draft.household_id])  # the worklist's lines
        draft.id, draft.created_by = plan_id, created_by
        for problem, (problem_id, activity_ids) in zip(draft.problems, ids, strict=True):
            problem.id = problem_id
            for activity, activity_id in zip(problem.activities, activity_ids, strict=True):
                activity.id = activity_id
        return plan_id

    def set_current(self, plan_id: int, *, user_name: str) -> None:
        """Make the plan the household's current one (the one that was is no longer)."""
        self._before_write()
        with self._factory.begin() as session:
            plan = session.get(DevelopmentPlan, plan_id)
            if plan is None:
                raise CaseNotFound(plans.PLANS, plan_id)
            refuse_locked_household(session, plan.household_id)  # period locks
            if plan.is_current:
                return
            log = ChangeWriter(session, user_name, utc_now())
            plans.make_current(session, plan, log)
            plan.is_current = True
            log.write(
                "update",
                plans.PLANS,
                plan.id,
                {"is_current": False, "household_id": plan.household_id},
                {"is_current": True, "household_id": plan.household_id},
            )
            session.flush()
            log.flush()
            refresh_household_summaries(session, [plan.household_id])  # the worklist's lines

    def delete_plan(self, plan_id: int, *, user_name: str) -> None:
        """Delete a plan made by mistake with its problems and activities, in one
        transaction with their change log. If it was current, no other plan becomes
        current. Raises CaseNotFound, RecordLocked when a period lock holds the household."""
        self._before_write()
        with self._factory.begin() as session:
            plan = session.get(DevelopmentPlan, plan_id)
            if plan is None:
                raise CaseNotFound(plans.PLANS, plan_id)
            refuse_locked_household(session, plan.household_id)  # period locks
            plans.delete_plan(session, plan, ChangeWriter(session, user_name, utc_now()))

    def delete_visit(self, visit_id: int, *, user_name: str) -> None:
        """Delete a visit recorded by mistake in one transaction: its answers go back to
        what they were before it, its stage assessment goes, the household's stage and
        summaries are read again, every row logged (see ``visit_corrections``). Raises
        CaseNotFound, RecordLocked when a period lock holds the household."""
        self._before_write()
        with self._factory.begin() as session:
            visit = visit_corrections.stored_visit(session, visit_id)
            household_id = visit.household_id
            refuse_locked_household(session, household_id)  # period locks
            log = ChangeWriter(session, user_name, utc_now())
            visit_corrections.delete_visit(session, visit, log)
            refresh_household_summaries(session, [household_id])

    def save_visit(self, draft: VisitDraft, *, user_name: str, today: date) -> SavedVisit:
        """Write the visit in one transaction: its row, the checked indicators' answers
        (indicator results of the visit's survey year, verified by the visitor on the
        visit's date), a stage assessment when a new stage is given, the household's
        stage and summaries, and the change log of each. A draft with an ``id`` corrects
        that recorded visit (``visit_corrections``: each field's old and new value logged).
        Raises CaseRejected (nothing written) on a problem, RecordLocked when a period
        lock holds the household, CaseNotFound when the visit was deleted meanwhile."""
        self._before_write()
        with self._factory.begin() as session:
            refuse_locked_household(session, draft.household_id)  # period locks
            problems = self._visit_problems(session, draft, today)
            if problems:
                raise CaseRejected(problems)
            log = ChangeWriter(session, user_name, utc_now())
            if draft.id is not None:
                return self._correct_visit(session, draft, log, today)
            written = visits.write_visit(session, draft, log)
            # its answers and stage are the household form's: a form open on it is stale
            raise_versions(session, "households", [draft.household_id])
            refresh_household_summaries(session, [draft.household_id])
            return SavedVisit(
                written.visit.id,
                written.stage.id if written.stage is not None else None,
                written.survey_year,
                log.count,
            )

    def _correct_visit(
        self, session: Session, draft: VisitDraft, log: ChangeWriter, today: date
    ) -> SavedVisit:
        assert draft.id is not None
        visit = visit_corrections.stored_visit(session, draft.id)
        year = self._answers_year(session, draft, today)
        stage = visit_corrections.rewrite_visit(session, visit, draft, log, year)
        refresh_household_summaries(session, [draft.household_id])
        return SavedVisit(visit.id, stage.id if stage is not None else None, year, log.count)

    def _answers_year(self, session: Session, draft: VisitDraft, today: date) -> int:
        """The survey year a visit's answers go to: a recorded visit's own (when it has
        answers), else the household's latest."""
        if draft.id is not None:
            visit = visit_corrections.stored_visit(session, draft.id)
            if visit.household_id != draft.household_id:
                raise CaseNotFound(visits.VISITS, draft.id)
            year = visit_corrections.answers_year(session, visit)
            if year is not None:
                return year
        return visits.visit_survey_year(session, draft.household_id, draft.visited_on or today)

    def _visit_problems(
        self, session: Session, draft: VisitDraft, today: date
    ) -> list[CaseProblem]:
        year = self._answers_year(session, draft, today)
        indicators = queries.set_indicator_ids(session, year)
        return visit_problems(session, draft, today, indicators, year)
