"""The overview dashboard's figures, each carrying the filter of the list that makes it.

Household counts come from the derived columns the household list filters on, so every
``HouseholdCount.value`` equals ``HouseholdListService.count(HouseholdCount.filter)``.
Umbrella figures carry the ``ProjectFilter`` (umbrella and fiscal year) of their projects.
One build is a few GROUP BY statements (dashboard_queries) in two short reads.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from db.household_summary import DIMENSION_BITS
from db.models.indicators import DIMENSIONS
from db.office_area import office_district_codes, province_office_code
from db.settings_store import read_goal_percent
from desktop.services.dashboard import queries as q
from desktop.services.dashboard.case_figures import CaseFigures, read_case_figures
from desktop.services.households.list_query import STAGE_NONE, STAGES, HouseholdFilter
from desktop.services.projects import ProjectFilter
from desktop.services.thai import fiscal_year_bounds, fiscal_year_of, thai_sort_key

STAGE_KEYS = (*STAGES, STAGE_NONE)  # survival, sufficiency, sustainable, none (no stage yet)
_HELPED_CODES: dict[int, bool | None] = {0: None, 1: True, 2: False}  # see HOUSEHOLD_GROUPS_SQL


@dataclass(frozen=True)
class HouseholdCount:
    """A number of households and the list filter that finds exactly them."""

    value: int
    filter: HouseholdFilter


@dataclass(frozen=True)
class AreaFigures:
    """The office (``code`` None) or one subdistrict."""

    code: str | None
    name_th: str
    name_en: str
    households: HouseholdCount
    stages: Mapping[str, HouseholdCount]  # keyed by STAGE_KEYS
    failing_dimensions: Mapping[str, HouseholdCount]  # keyed by DIMENSIONS, in that order
    helped: HouseholdCount
    not_helped: HouseholdCount


@dataclass(frozen=True)
class IndicatorFigure:
    number: int
    dimension: str
    name_th: str
    name_en: str
    failing: HouseholdCount


@dataclass(frozen=True)
class IndicatorSetFigures:
    """The failing counts of one indicator set's indicators, over the households whose
    latest answers are in that set (an indicator number means what this set says)."""

    code: str
    name_th: str
    name_en: str
    first_year: int  # the survey years (BE) the set covers
    last_year: int
    answered: bool  # some household answered in it (else its figures are all zero)
    indicators: tuple[IndicatorFigure, ...]  # by number


@dataclass(frozen=True)
class UmbrellaFigures:
    """The projects of one umbrella (``code`` None: all projects) in the chosen year(s)."""

    code: str | None
    name_th: str
    name_en: str
    retired: bool
    projects: int
    budget_satang: int
    money_given_satang: int  # assistance recorded under the projects
    money_spent_satang: int  # the projects' progress reports, added up
    key_results: int
    key_results_attained: int  # latest report's value >= a target above zero
    filter: ProjectFilter

    @property
    def attained_percent(self) -> float | None:
        if not self.key_results:
            return None
        return 100.0 * self.key_results_attained / self.key_results


@dataclass(frozen=True)
class GoalPoint:
    """At the end of one fiscal year: households assessed by then, and those whose latest
    assessment by then is sufficiency or sustainable."""

    fiscal_year: int
    assessed: int
    out_of_survival: int

    @property
    def percent(self) -> float | None:
        return 100.0 * self.out_of_survival / self.assessed if self.assessed else None


@dataclass(frozen=True)
class GoalProgress:
    target_percent: float
    points: tuple[GoalPoint, ...]  # ascending fiscal years


@dataclass(frozen=True)
class Dashboard:
    fiscal_year: int | None  # what the umbrella and goal parts are limited to
    office: AreaFigures  # totals of the whole office
    indicators: tuple[IndicatorFigure, ...]  # of indicator_sets[0], by number
    subdistricts: tuple[AreaFigures, ...]  # the district's (and any other with households)
    umbrellas: tuple[UmbrellaFigures, ...]  # non-retired, plus retired ones with projects
    all_umbrellas: UmbrellaFigures  # every project of the year(s), any umbrella or none
    goal: GoalProgress
    fiscal_years: tuple[int, ...] = field(default=())  # of projects or assessments, ascending
    cases: CaseFigures | None = None  # plans, visits and stage moves (the chosen year or all)
    # Each set households' latest answers are in, newest first (none answered: the newest
    # set, all zero); several when the office has answers under several sets.
    indicator_sets: tuple[IndicatorSetFigures, ...] = field(default=())


@dataclass
class _AreaTally:
    households: int = 0
    stages: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STAGE_KEYS, 0))
    dimensions: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DIMENSIONS, 0))
    helped: int = 0
    not_helped: int = 0

    def add(self, stage: str | None, failed: int, helped: bool | None, households: int) -> None:
        """Count ``households`` of one group; None: a value no list filter lets through."""
        self.households += households
        if stage is not None:
            self.stages[stage] += households
        for name, bit in DIMENSION_BITS.items():
            if failed & bit:
                self.dimensions[name] += households
        if helped is True:
            self.helped += households
        elif helped is False:
            self.not_helped += households

    def figures(self, code: str | None, name_th: str, name_en: str) -> AreaFigures:
        def count(value: int, **narrowing: Any) -> HouseholdCount:
            return HouseholdCount(value, HouseholdFilter(subdistrict_code=code, **narrowing))

        return AreaFigures(
            code=code,
            name_th=name_th,
            name_en=name_en,
            households=count(self.households),
            stages={key: count(self.stages[key], stage=key) for key in STAGE_KEYS},
            failing_dimensions={
                name: count(self.dimensions[name], failing_dimension=name) for name in DIMENSIONS
            },
            helped=count(self.helped, helped=True),
            not_helped=count(self.not_helped, helped=False),
        )


class DashboardService:
    """Builds the dashboard: two short reads of the office database, one on a worker thread.

    The session factory's engine must hand each thread its own connection (the app's file
    databases do: SQLAlchemy pools file SQLite connections per checkout).
    """

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def build(self, fiscal_year: int | None = None) -> Dashboard:
        # The goal's pass over every assessment runs on a second connection meanwhile
        # (sqlite3 releases the GIL while a statement steps): on two cores the build takes
        # about as long as its longer half.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard-goal") as pool:
            goal = pool.submit(self._read_goal_points)
            with self._session_factory() as session:
                office, subdistricts = self._areas(session)
                indicator_sets = self._indicator_sets(session)
                umbrellas, all_umbrellas = self._umbrellas(session, fiscal_year)
                target = read_goal_percent(session)
                project_years = {int(row[0]) for row in session.execute(text(q.PROJECT_YEARS_SQL))}
                cases = read_case_figures(session, fiscal_year)
            points = goal.result()
        shown = tuple(p for p in points if fiscal_year is None or p.fiscal_year <= fiscal_year)
        return Dashboard(
            fiscal_year=fiscal_year,
            office=office,
            indicators=indicator_sets[0].indicators if indicator_sets else (),
            subdistricts=subdistricts,
            umbrellas=umbrellas,
            all_umbrellas=all_umbrellas,
            goal=GoalProgress(target_percent=target, points=shown),
            fiscal_years=tuple(sorted(project_years | {p.fiscal_year for p in points})),
            cases=cases,
            indicator_sets=indicator_sets,
        )

    # -- households ------------------------------------------------------------------------
    @staticmethod
    def _areas(session: Session) -> tuple[AreaFigures, tuple[AreaFigures, ...]]:
        office = _AreaTally()
        tallies: dict[str, _AreaTally] = {}
        for group, households in session.execute(text(q.HOUSEHOLD_GROUPS_SQL)):
            subdistrict, rest = divmod(group, q.GROUP_SUBDISTRICT)
            stage, rest = divmod(rest, q.GROUP_STAGE)
            failed, helped = divmod(rest, q.GROUP_DIMENSIONS)
            facts = (q.GROUP_STAGES[stage], failed, _HELPED_CODES[helped], households)
            office.add(*facts)
            tallies.setdefault(f"{subdistrict:06d}", _AreaTally()).add(*facts)
        province = bool(province_office_code(session))
        districts = json.dumps(office_district_codes(session))
        names: dict[str, tuple[str, str]] = {}
        for code, name_th, name_en, district_th, district_en in session.execute(
            text(q.SUBDISTRICTS_SQL),
            {"districts": districts, "codes": json.dumps(list(tallies))},
        ):
            if province:  # a province's subdistricts: which district each is in, too
                name_th, name_en = f"{name_th} อ.{district_th}", f"{name_en}, {district_en}"
            names[code] = (name_th, name_en)
        for code in tallies:
            names.setdefault(code, (code, code))  # a village code of no known subdistrict
        order = sorted(
            names,  # a province's by district, then each district's in Thai order
            key=lambda code: (code[:4] if province else "", thai_sort_key(names[code][0]), code),
        )
        subdistricts = tuple(
            tallies.get(code, _AreaTally()).figures(code, *names[code]) for code in order
        )
        return office.figures(None, "", ""), subdistricts

    @staticmethod
    def _indicator_sets(session: Session) -> tuple[IndicatorSetFigures, ...]:
        """Per set, households failing each of its indicators. With answers under one set
        (the usual case) every failing household counts toward it; with answers under
        several, each household counts toward the set its latest answers are in, and the
        figure's filter names that set, so the list it opens shows the same households."""
        sets = session.execute(text(q.INDICATOR_SETS_SQL)).all()
        answered = [row for row in sets if row[6]]
        shown = answered or sets[:1]
        indicators = {
            row[0]: session.execute(text(q.SET_INDICATORS_SQL), {"set_id": row[0]}).all()
            for row in shown
        }
        several = len(answered) > 1
        groups: list[tuple[str, int | None, int]]
        if several:
            ids = [[int(found[0]) for found in indicators[row[0]]] for row in shown]
            groups = [
                (failed, index, count)
                for failed, index, count in session.execute(text(q.failed_groups_by_set_sql(ids)))
            ]
        else:
            groups = [
                (failed, 0, count)
                for failed, count in session.execute(text(q.FAILED_INDICATOR_GROUPS_SQL))
            ]
        figures = []
        for index, (set_id, code, name_th, name_en, first, last, was_answered) in enumerate(shown):
            mine = [(failed, count) for failed, which, count in groups if which == index]
            figures.append(
                IndicatorSetFigures(
                    code=code,
                    name_th=name_th,
                    name_en=name_en,
                    first_year=int(first),
                    last_year=int(last),
                    answered=bool(was_answered),
                    indicators=tuple(
                        _indicator_figure(number, dimension, text_th, text_en, mine, code, several)
                        for _id, number, dimension, text_th, text_en in indicators[set_id]
                    ),
                )
            )
        return tuple(figures)

    # -- projects --------------------------------------------------------------------------
    @staticmethod
    def _umbrellas(
        session: Session, fiscal_year: int | None
    ) -> tuple[tuple[UmbrellaFigures, ...], UmbrellaFigures]:
        sums: dict[str | None, tuple[int, ...]] = {
            code: tuple(int(value or 0) for value in values)
            for code, *values in session.execute(
                text(q.UMBRELLA_FIGURES_SQL), {"fiscal_year": fiscal_year}
            )
        }
        empty = (0,) * 6

        def figures(
            code: str | None, name_th: str, name_en: str, retired: bool, values: tuple[int, ...]
        ) -> UmbrellaFigures:
            projects, budget, given, spent, results, attained = values
            return UmbrellaFigures(
                code=code, name_th=name_th, name_en=name_en, retired=retired,
                projects=projects, budget_satang=budget, money_given_satang=given,
                money_spent_satang=spent, key_results=results, key_results_attained=attained,
                filter=ProjectFilter(fiscal_year=fiscal_year, umbrella_code=code),
            )  # fmt: skip

        umbrellas = tuple(
            figures(code, name_th, name_en, bool(retired), sums.get(code, empty))
            for code, name_th, name_en, retired in session.execute(text(q.UMBRELLAS_SQL))
            if not retired or code in sums
        )
        totals = tuple(sum(column) for column in zip(*sums.values(), strict=True)) or empty
        return umbrellas, figures(None, "", "", False, totals)

    # -- goal ------------------------------------------------------------------------------
    def _read_goal_points(self) -> tuple[GoalPoint, ...]:
        with self._session_factory() as session:
            return self._goal_points(session)

    @staticmethod
    def _goal_points(session: Session) -> tuple[GoalPoint, ...]:
        first, last = session.execute(text(q.ASSESSMENT_SPAN_SQL)).one()
        if first is None:
            return ()
        years = list(range(_fiscal_year(first), _fiscal_year(last) + 1))
        ends = [fiscal_year_bounds(year)[1] for year in years]
        row = session.execute(text(q.goal_sql(ends))).one()
        points = []
        for index, year in enumerate(years):
            assessed, out, assessed_within = row[3 * index : 3 * index + 3]
            if assessed_within:
                points.append(GoalPoint(year, int(assessed), int(out)))
        return tuple(points)


def _indicator_figure(
    number: int,
    dimension: str,
    text_th: str,
    text_en: str,
    failed_groups: list[tuple[str, int]],
    set_code: str,
    narrow_to_set: bool,
) -> IndicatorFigure:
    needle = f",{int(number)},"  # the list's test: instr(failed_indicators, needle) > 0
    failing = sum(count for failed, count in failed_groups if needle in failed)
    household_filter = HouseholdFilter(
        failing_indicator=number, answers_set=set_code if narrow_to_set else None
    )
    return IndicatorFigure(
        number=number,
        dimension=dimension,
        name_th=text_th,
        name_en=text_en,
        failing=HouseholdCount(failing, household_filter),
    )


def _fiscal_year(day: str | dt.date) -> int:
    return fiscal_year_of(day if isinstance(day, dt.date) else dt.date.fromisoformat(day))
