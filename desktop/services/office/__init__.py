"""The office this database belongs to (setting it up, describing it), the code lists it edits
in Settings, and the bundle of services one opened database offers the UI."""

from desktop.services.office.code_lists import CodeListService
from desktop.services.office.services_bundle import AppServices, build_services
from desktop.services.office.setup import (
    OfficeCounts,
    OfficeProfile,
    OfficeSetupError,
    SetupProblem,
    create_office,
    district_choices,
    province_choices,
)

__all__ = [
    "AppServices",
    "CodeListService",
    "OfficeCounts",
    "OfficeProfile",
    "OfficeSetupError",
    "SetupProblem",
    "build_services",
    "create_office",
    "district_choices",
    "province_choices",
]
