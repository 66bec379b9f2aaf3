"""The printed sheets: a household's summary sheet (one, a village's, blank) and a project's
sheet, rendered to PDF."""

from desktop.services.printing.household_sheet_data import format_number, percent_of_target
from desktop.services.printing.household_sheets import HouseholdSheetService, SheetOptions
from desktop.services.printing.project_sheet_data import ProjectNotFound

__all__ = [
    "HouseholdSheetService",
    "ProjectNotFound",
    "SheetOptions",
    "format_number",
    "percent_of_target",
]
