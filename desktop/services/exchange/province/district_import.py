"""What a provincial office's import does beyond a district's (plain glue for
desktop/services/exchange/import_/importer.py): refuse another province's workbook, read a
district's projects, assistance, plans and visits, and say which database household each workbook
household is (matched on national ID, house code or key, not on the key alone)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Project, Province, Umbrella
from db.office_area import office_district_codes, province_office_code
from desktop.services.exchange.province.case_reading import read_district_cases
from desktop.services.exchange.province.projects import DistrictProjects, read_district_projects
from desktop.services.exchange.reading.messages import RefusalCode, WorkbookRefused
from desktop.services.exchange.reading.rows import Lookups
from desktop.services.exchange.reading.staging import Staging
from desktop.services.exchange.reading.values import CellProblem, integer, text
from desktop.services.exchange.reading.xlsx_file import XlsxFile
from desktop.services.thai import MAX_BE_YEAR, MIN_BE_YEAR

KEPT_ACTIONS = "('add', 'update', 'same')"  # the workbook's households the import keeps


def refuse_other_province(session: Session, items: dict[str, Any]) -> None:
    """A provincial office takes the workbooks of its own province only."""
    own = province_office_code(session)
    province = session.get(Province, own)
    name = province.name_th if province is not None else ""
    district = text(items.get("district_code"))
    if district and district not in office_district_codes(session):
        raise WorkbookRefused(RefusalCode.OTHER_PROVINCE, district=district, province=name)
    code = text(items.get("province_code"))
    if code and code != own:
        raise WorkbookRefused(RefusalCode.OTHER_PROVINCE_BOOK, province_code=code, province=name)


def district_projects(
    session: Session, book: XlsxFile, staging: Staging, lookups: Lookups, items: dict[str, Any]
) -> DistrictProjects | None:
    """A district's own workbook (not a provincial one): its projects and assistance, and
    its households' plans and visits."""
    district = text(items.get("district_code"))
    if not district or text(items.get("office_level")) == "province":
        return None
    try:
        fiscal_year = integer(items.get("scope_fiscal_year"), MIN_BE_YEAR, MAX_BE_YEAR)
    except CellProblem:
        fiscal_year = None
    prefix = f"{district}:"
    known = {
        int(origin[len(prefix) :])
        for origin in session.scalars(
            select(Project.origin).where(Project.origin.startswith(prefix, autoescape=True))
        )
        if origin and origin[len(prefix) :].isdigit()
    }
    return read_district_projects(
        book,
        staging,
        lookups,
        district,
        fiscal_year,
        umbrellas=set(session.scalars(select(Umbrella.code))),
        known_numbers=known,
        cases=read_district_cases(book, staging, lookups),
    )


def planned_households(staging: Staging) -> dict[str, int | None]:
    """Workbook key -> the database household it updates or equals (None: to be added)."""
    found = staging.run(
        "SELECT key, CASE WHEN action = 'add' THEN NULL ELSE match_id END FROM s_households"
        f" WHERE action IN {KEPT_ACTIONS} AND bad = 0"
    )
    return dict(found.fetchall())


def project_origins(session: Session, found: DistrictProjects) -> set[str]:
    """The projects a plan activity may name: the province's, and the district's this
    import adds."""
    origins = {origin for origin in session.scalars(select(Project.origin)) if origin}
    return origins | {f"{found.district}:{number}" for number in found.projects}
