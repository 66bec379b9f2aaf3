"""Case management of a household: development plans (problems from its failing
indicators, goals, activities with the agency and project behind them) and follow-up
visits (answers checked, stage reassessed, next visit due), on one timeline.

Imports households (indicator sets), safety (period locks, the change log) and thai;
households do not import cases."""

from desktop.services.cases.queries import VisitLine, current_activities, latest_visits
from desktop.services.cases.records import (
    ActivityChoice,
    ActivityDraft,
    CaseNotFound,
    CaseProblem,
    CaseProblemCode,
    CaseRejected,
    CheckedAnswer,
    IndicatorChoice,
    NamedChoice,
    PlanDraft,
    ProblemDraft,
    SavedVisit,
    TimelineEntry,
    TimelineKind,
    VisitDraft,
)
from desktop.services.cases.service import CaseService

__all__ = [
    "ActivityChoice",
    "ActivityDraft",
    "CaseNotFound",
    "CaseProblem",
    "CaseProblemCode",
    "CaseRejected",
    "CaseService",
    "CheckedAnswer",
    "IndicatorChoice",
    "NamedChoice",
    "PlanDraft",
    "ProblemDraft",
    "SavedVisit",
    "TimelineEntry",
    "TimelineKind",
    "VisitDraft",
    "VisitLine",
    "current_activities",
    "latest_visits",
]
