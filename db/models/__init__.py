"""Every mapped table, importable from one place."""

from db.models.areas import District, Province, Subdistrict, Village
from db.models.cases import (
    ACTIVITY_STATUSES,
    DevelopmentPlan,
    FollowUpLine,
    FollowUpVisit,
    PlanActivity,
    PlanProblem,
)
from db.models.evidence import Attachment
from db.models.households import STAGES, Household, IncomeLine, Member, StageAssessment
from db.models.indicators import (
    DIMENSIONS,
    RESULT_STATUSES,
    Indicator,
    IndicatorResult,
    IndicatorSet,
    IndicatorThreshold,
)
from db.models.office import ChangeLog, CodeItem, IdConflict, Setting, User
from db.models.projects import (
    PROJECT_STATUSES,
    Agency,
    Assistance,
    ProgressReport,
    Project,
    ProjectArea,
    ProjectIndicator,
    Umbrella,
)

__all__ = [
    "ACTIVITY_STATUSES",
    "DIMENSIONS",
    "PROJECT_STATUSES",
    "RESULT_STATUSES",
    "STAGES",
    "Agency",
    "Assistance",
    "Attachment",
    "ChangeLog",
    "CodeItem",
    "DevelopmentPlan",
    "District",
    "FollowUpLine",
    "FollowUpVisit",
    "Household",
    "IdConflict",
    "IncomeLine",
    "Indicator",
    "IndicatorResult",
    "IndicatorSet",
    "IndicatorThreshold",
    "Member",
    "PlanActivity",
    "PlanProblem",
    "ProgressReport",
    "Project",
    "ProjectArea",
    "ProjectIndicator",
    "Province",
    "Setting",
    "StageAssessment",
    "Subdistrict",
    "Umbrella",
    "User",
    "Village",
]
