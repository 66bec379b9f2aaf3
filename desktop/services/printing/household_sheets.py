"""Household summary sheets (and their batch cover, blank form and project sheet) as HTML.

Qt-free: the sheets are rendered from the Jinja2 templates in ``resources/templates``
(autoescaped: every value from the database is escaped) into HTML of the subset Qt's
QTextDocument reads. The UI's printing adapter puts each document on A4 pages and draws
``page_header_text`` at the top of every page; nothing here draws or paginates.

Every method is one short read in its own session.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from db.models import Household
from db.settings_store import MASK_NATIONAL_IDS, get_setting
from desktop.resource_paths import RESOURCES
from desktop.services.households.list_query import (
    SORT_COLUMNS,
    HouseholdFilter,
    SearchKind,
    SortKey,
    filter_conditions,
    parse_search,
    search_condition,
)
from desktop.services.households.store import HouseholdNotFound
from desktop.services.printing.case_sheet_data import current_plan_lines, visit_lines
from desktop.services.printing.household_sheet_data import (
    be_date,
    blank_indicator_groups,
    code_names,
    load_household_sheet,
    office_names,
)
from desktop.services.printing.project_sheet_data import ProjectNotFound, load_project_sheet
from desktop.services.thai import DateStyle, to_be_year

if TYPE_CHECKING:
    from jinja2 import Environment

__all__ = [
    "TEMPLATES",
    "HouseholdFilter",
    "HouseholdNotFound",
    "HouseholdSheetService",
    "ProjectNotFound",
    "SheetOptions",
    "UnsupportedLanguage",
]

TEMPLATES = RESOURCES / "templates"
LANGUAGES = ("th",)


@dataclass(frozen=True)
class SheetOptions:
    mask_ids: bool  # PDPA: 3-6703-XXXXX-XX-4
    printed_on: date  # shown in BE in the header
    language: str = "th"  # only Thai sheets for now


class UnsupportedLanguage(ValueError):
    def __init__(self, language: str) -> None:
        super().__init__(f"sheets exist in {', '.join(LANGUAGES)} only, not {language!r}")
        self.language = language


def _environment() -> Environment:
    # jinja2 here, not at start: it is needed at the first sheet, not for the app to open
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        # .html escaped (all of the sheets); the plain-text page header is not HTML.
        autoescape=select_autoescape(enabled_extensions=("html",), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class HouseholdSheetService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    @cached_property
    def _templates(self) -> Environment:
        return _environment()

    # Settings and choosing households -----------------------------------------------------

    def masks_ids_by_default(self) -> bool:
        """The office setting: mask national IDs in print (PDPA)."""
        with self._session_factory() as session:
            return get_setting(session, MASK_NATIONAL_IDS, "0") == "1"

    def household_ids(self, household_filter: HouseholdFilter) -> list[int]:
        """Every household the register's filter lets through, in the register's default
        order (head's name in Thai dictionary order, then id)."""
        params: dict[str, Any] = {}
        terms = filter_conditions(household_filter, params)
        search = parse_search(household_filter.search)
        if search.kind is not SearchKind.NONE:
            terms.append(search_condition(search, params, in_order=False))
        order = ", ".join((*SORT_COLUMNS[SortKey.HEAD_NAME], "h.id"))
        where = " AND ".join(terms) or "1"
        sql = f"SELECT h.id FROM households AS h WHERE {where} ORDER BY {order}"
        with self._session_factory() as session:
            return list(session.scalars(text(sql), params))

    def household_id_by_key(self, key: str) -> int | None:
        """The household with this key ("6701-000123"), surrounding spaces ignored."""
        with self._session_factory() as session:
            return session.scalar(select(Household.id).where(Household.key == key.strip()))

    def village_household_ids(self, village_code: str) -> list[int]:
        """The village's households in house-number order (the order of a walk round it)."""
        with self._session_factory() as session:
            return list(
                session.scalars(
                    select(Household.id)
                    .where(Household.village_code == village_code)
                    .order_by(Household.house_no_key, Household.id)
                )
            )

    # Documents ---------------------------------------------------------------------------

    def household_html(self, household_id: int, options: SheetOptions) -> str:
        """One household's summary sheet as one HTML document.

        Raises HouseholdNotFound for an unknown id.
        """
        with self._session_factory() as session:
            sheet = load_household_sheet(
                session, household_id, masked=options.mask_ids, printed_on=options.printed_on
            )
            cases = _case_values(session, household_id)
        return self._render("household_sheet.html", options, sheet=sheet, **cases)

    def households_html(self, household_ids: Iterable[int], options: SheetOptions) -> Iterator[str]:
        """Sheets for a batch, one at a time, read in one session with the code lists read
        once (a whole district is never held in memory)."""
        with self._session_factory() as session:
            names = code_names(session)
            for household_id in household_ids:
                sheet = load_household_sheet(
                    session,
                    household_id,
                    masked=options.mask_ids,
                    printed_on=options.printed_on,
                    names=names,
                )
                cases = _case_values(session, household_id)
                session.expunge_all()
                yield self._render("household_sheet.html", options, sheet=sheet, **cases)

    def blank_html(self, options: SheetOptions, member_rows: int = 8) -> str:
        """The household sheet's layout with empty lines, to fill in by hand."""
        with self._session_factory() as session:
            groups = blank_indicator_groups(session, options.printed_on)
        return self._render(
            "blank_sheet.html",
            options,
            member_rows=max(0, member_rows),
            dimensions=groups,
            survey_year=to_be_year(options.printed_on.year),
        )

    def cover_html(
        self, title: str, filter_lines: list[str], count: int, options: SheetOptions
    ) -> str:
        """The cover page of a batch: what was printed (the filter), how many, when."""
        with self._session_factory() as session:
            office = office_names(session)
        return self._render(
            "cover.html",
            options,
            title=title,
            filter_lines=[line for line in filter_lines if line.strip()],
            count=f"{count:,}",
            office=office,
        )

    def project_html(self, project_id: int, options: SheetOptions) -> str:
        """A project's details, key results with quarterly progress (percent of target
        computed), the households it reached and the money given against the budget.

        Raises ProjectNotFound for an unknown id.
        """
        with self._session_factory() as session:
            project = load_project_sheet(session, project_id)
        return self._render("project_sheet.html", options, project=project)

    def page_header_text(self, options: SheetOptions) -> str:
        """Plain text for the top of every page: the office and the print date (BE)."""
        with self._session_factory() as session:
            office = office_names(session)
        return self._render("page_header.txt", options, office=office).strip()

    # -- helpers --------------------------------------------------------------------------

    def _render(self, name: str, options: SheetOptions, **values: Any) -> str:
        if options.language not in LANGUAGES:
            raise UnsupportedLanguage(options.language)
        return self._templates.get_template(name).render(
            options=options,
            printed_on=be_date(options.printed_on, DateStyle.LONG),
            printed_on_short=be_date(options.printed_on, DateStyle.SHORT),
            printed_year=to_be_year(options.printed_on.year),
            **values,
        )


def _case_values(session: Session, household_id: int) -> dict[str, Any]:
    """The household's current plan and latest visits, for the sheet's plan section."""
    return {
        "plan": current_plan_lines(session, household_id),
        "visits": visit_lines(session, household_id),
    }
