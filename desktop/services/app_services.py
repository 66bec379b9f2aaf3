"""The services one opened office database offers the UI, built in one place."""

from dataclasses import dataclass

from db.database import OfficeDatabase
from desktop.services.office import OfficeService


@dataclass(frozen=True)
class AppServices:
    database: OfficeDatabase
    office: OfficeService


def build_services(database: OfficeDatabase) -> AppServices:
    return AppServices(database=database, office=OfficeService(database.session_factory))
