"""The services one opened office database offers the UI, built in one place."""

from dataclasses import dataclass

from db.database import OfficeDatabase
from desktop.services.household_form import HouseholdFormService
from desktop.services.household_list import HouseholdListService
from desktop.services.household_sheet import HouseholdSheetService
from desktop.services.office import OfficeService


@dataclass(frozen=True)
class AppServices:
    database: OfficeDatabase
    office: OfficeService
    household_list: HouseholdListService
    household_form: HouseholdFormService
    household_sheet: HouseholdSheetService


def build_services(database: OfficeDatabase) -> AppServices:
    factory = database.session_factory
    return AppServices(
        database=database,
        office=OfficeService(factory),
        household_list=HouseholdListService(factory),
        household_form=HouseholdFormService(factory, before_write=database.integrity.wait),
        household_sheet=HouseholdSheetService(factory),
    )
