"""Projects under the OKR umbrellas, their key results and progress reports, the agencies that
run them, and the records projects, agencies and assistance travel in."""

from desktop.services.projects.agencies import AgencyService
from desktop.services.projects.records import (
    EDITABLE_CODE_LISTS,
    OWN_PROJECTS,
    AgencyDraft,
    AgencyRow,
    AreaDraft,
    AssistanceDraft,
    AssistanceFilter,
    AssistanceRow,
    CodeEntry,
    HouseholdProject,
    KeyResultDraft,
    ProgressDraft,
    ProjectDraft,
    ProjectFilter,
    ProjectReach,
    ProjectRow,
    RecordNotFound,
    RecordProblem,
    RecordProblemCode,
    RecordRejected,
)
from desktop.services.projects.service import ProjectService

__all__ = [
    "EDITABLE_CODE_LISTS",
    "OWN_PROJECTS",
    "AgencyDraft",
    "AgencyRow",
    "AgencyService",
    "AreaDraft",
    "AssistanceDraft",
    "AssistanceFilter",
    "AssistanceRow",
    "CodeEntry",
    "HouseholdProject",
    "KeyResultDraft",
    "ProgressDraft",
    "ProjectDraft",
    "ProjectFilter",
    "ProjectReach",
    "ProjectRow",
    "ProjectService",
    "RecordNotFound",
    "RecordProblem",
    "RecordProblemCode",
    "RecordRejected",
]
