"""Every mapped table, importable from one place."""

from db.models.areas import District, Province, Subdistrict, Village
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
    "DIMENSIONS",
    "PROJECT_STATUSES",
    "RESULT_STATUSES",
    "STAGES",
    "Agency",
    "Assistance",
    "ChangeLog",
    "CodeItem",
    "District",
    "Household",
    "IdConflict",
    "IncomeLine",
    "Indicator",
    "IndicatorResult",
    "IndicatorSet",
    "IndicatorThreshold",
    "Member",
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
