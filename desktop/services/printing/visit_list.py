"""The visit list (รายการเยี่ยมติดตาม): the worklist printed one village a page group, a
row per household with the work to do there and columns to fill in on the visit and sign.

Qt-free like the household sheets: HTML from ``resources/templates/visit_list.html`` (the
kinds' Thai wording lives there), laid out on A4 by the UI's printing adapter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.cases.worklist import WorkLine
from desktop.services.printing.household_sheet_data import be_date, office_names
from desktop.services.printing.household_sheets import SheetOptions, _environment
from desktop.services.thai import DateStyle

if TYPE_CHECKING:
    from jinja2 import Environment


@dataclass(frozen=True)
class WorkItem:
    """One piece of work at a household, ready to print: its kind (a code the template
    words), its date in BE ("" if none), days, indicator number and activity."""

    kind: str
    on: str
    days: int | None
    indicator_number: int | None
    activity: str


@dataclass(frozen=True)
class VisitRow:
    house_no: str
    head_name: str
    key: str
    work: tuple[WorkItem, ...]


@dataclass(frozen=True)
class VillageVisits:
    village_code: str
    moo: int
    village_name: str
    subdistrict_name: str
    rows: tuple[VisitRow, ...]  # most urgent household first


def villages_of(lines: Iterable[WorkLine]) -> list[VillageVisits]:
    """The worklist's lines (by village, then urgency) grouped into villages and, in each,
    into households in the order of their most urgent line."""
    villages: dict[str, tuple[WorkLine, dict[int, list[WorkLine]]]] = {}
    for line in lines:
        _first, households = villages.setdefault(line.village_code, (line, {}))
        households.setdefault(line.household_id, []).append(line)
    return [
        VillageVisits(
            first.village_code,
            first.village_moo,
            first.village_name,
            first.subdistrict_name,
            tuple(_row(work) for work in households.values()),
        )
        for first, households in villages.values()
    ]


def _row(lines: list[WorkLine]) -> VisitRow:
    first = lines[0]
    return VisitRow(
        first.house_no,
        first.head_name,
        first.household_key,
        tuple(
            WorkItem(line.kind.value, be_date(line.detail_on), line.days,
                     line.indicator_number, line.activity_text)
            for line in lines
        ),
    )  # fmt: skip


class VisitListService:
    """Renders the visit list; one short read for the office's name."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    @cached_property
    def _templates(self) -> Environment:
        return _environment()

    def village_documents(
        self, lines: Iterable[WorkLine], options: SheetOptions, filter_lines: list[str]
    ) -> list[str]:
        """One HTML document per village (each starts a page)."""
        with self._session_factory() as session:
            office = office_names(session)
        template = self._templates.get_template("visit_list.html")
        return [
            template.render(
                village=village,
                office=office,
                filter_lines=filter_lines,
                options=options,
                printed_on=be_date(options.printed_on, DateStyle.LONG),
            )
            for village in villages_of(lines)
        ]

    def page_header_text(self, options: SheetOptions) -> str:
        with self._session_factory() as session:
            office = office_names(session)
        return (
            self._templates.get_template("page_header.txt")
            .render(office=office, printed_on_short=be_date(options.printed_on, DateStyle.SHORT))
            .strip()
        )
