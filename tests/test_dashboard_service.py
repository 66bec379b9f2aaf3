"""The dashboard's figures against independent SQL on the base tables, and the lists they open.

The truth reads members' households, stage_assessments, indicator_results, assistance,
projects and their key results directly — never the derived list columns of households
(stage rank, failed dimensions and indicators, helped) that the service reads.
"""

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db.database import OfficeDatabase
from db.household_summary import refresh_household_summaries
from db.models import (
    Agency,
    Assistance,
    Household,
    IndicatorResult,
    ProgressReport,
    Project,
    ProjectIndicator,
    StageAssessment,
    Umbrella,
    Village,
)
from db.models.indicators import DIMENSIONS
from db.settings_store import PROVINCE_GOAL_PERCENT, set_setting
from desktop.services.dashboard import Dashboard, DashboardService, HouseholdCount
from desktop.services.households.listing import HouseholdFilter, HouseholdListService
from desktop.services.projects import ProjectFilter
from desktop.services.thai import fiscal_year_bounds, fiscal_year_of, sort_thai

STAGE_KEYS = ("survival", "sufficiency", "sustainable", "none")

# The household's stage = its latest assessment (by date, then entry order); 'none' without.
LATEST_STAGE = """coalesce((SELECT a.stage FROM stage_assessments AS a WHERE a.household_id = h.id
  ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1), 'none')"""
# Failing = a failed result, in the household's latest survey year, on a matching indicator.
FAILING = """EXISTS (SELECT 1 FROM indicator_results AS r
  JOIN indicators AS i ON i.id = r.indicator_id
  WHERE r.household_id = h.id AND r.status = 'failed' AND {match}
    AND r.survey_year = (SELECT max(y.survey_year) FROM indicator_results AS y
                         WHERE y.household_id = h.id))"""
HELPED = "EXISTS (SELECT 1 FROM assistance AS a WHERE a.household_id = h.id)"
IN_SUBDISTRICT = (
    "(:code IS NULL OR h.village_code IN"
    " (SELECT v.code FROM villages AS v WHERE v.subdistrict_code = :code))"
)


def _scalar(session: Session, sql: str, **params: object) -> int:
    return int(session.execute(text(sql), params).scalar_one() or 0)


def _households(session: Session, code: str | None, condition: str = "1", **params: object) -> int:
    return _scalar(
        session,
        f"SELECT count(*) FROM households AS h WHERE {IN_SUBDISTRICT} AND {condition}",
        code=code,
        **params,
    )


def _household_counts(dashboard: Dashboard) -> Iterator[tuple[str, HouseholdCount]]:
    for area in (dashboard.office, *dashboard.subdistricts):
        name = area.code or "office"
        yield f"{name} households", area.households
        for key, count in area.stages.items():
            yield f"{name} stage {key}", count
        for key, count in area.failing_dimensions.items():
            yield f"{name} failing {key}", count
        yield f"{name} helped", area.helped
        yield f"{name} not helped", area.not_helped
    for indicator in dashboard.indicators:
        yield f"indicator {indicator.number}", indicator.failing


@pytest.fixture
def varied_db(demo_db: OfficeDatabase) -> OfficeDatabase:
    """The demo office with the cases the demo lacks: a household with no stage, results or
    help; a newer all-passed survey year; two assessments on one day; retired umbrellas
    (one used); a project under no umbrella; key results whose target is 0 or whose older
    report reached the target but the latest did not; help from an agency alone."""
    with demo_db.session_factory.begin() as session:
        village = session.scalars(select(Village.code).order_by(Village.code)).first()
        fresh = Household(key="DASH-FRESH", house_no="999", village_code=village)
        session.add(fresh)
        first, second, third = session.scalars(
            select(Household.id).order_by(Household.id).limit(3)
        ).all()
        newest_year = _scalar(
            session, "SELECT max(survey_year) FROM indicator_results WHERE household_id = :id",
            id=first,
        )  # fmt: skip
        for (indicator_id,) in session.execute(
            text("SELECT DISTINCT indicator_id FROM indicator_results WHERE household_id = :id"),
            {"id": first},
        ):
            session.add(
                IndicatorResult(
                    household_id=first, indicator_id=indicator_id,
                    survey_year=newest_year + 1, status="passed",
                )
            )  # fmt: skip
        latest = session.scalar(  # the day after its latest assessment (a visit's, maybe)
            select(func.max(StageAssessment.assessed_on)).where(
                StageAssessment.household_id == second
            )
        )
        day = max(dt.date(2025, 8, 1), latest + dt.timedelta(days=1))
        session.add(StageAssessment(household_id=second, stage="survival", assessed_on=day))
        session.flush()
        session.add(StageAssessment(household_id=second, stage="sufficiency", assessed_on=day))
        session.get(Household, second).current_stage = "sufficiency"
        session.add(
            Umbrella(code="old", name_th="ร่มเก่า", name_en="Old", retired=True, sort_order=9)
        )
        session.add(
            Umbrella(code="unused", name_th="ร่มว่าง", name_en="Unused", retired=True, sort_order=9)
        )
        agency = session.scalars(select(Agency).order_by(Agency.id)).first()
        assert agency is not None
        session.flush()
        old = Project(agency_id=agency.id, fiscal_year=2568, umbrella_code="old",
                      name="โครงการร่มเก่า", budget_satang=1_000_00)  # fmt: skip
        loose = Project(agency_id=agency.id, fiscal_year=2568, umbrella_code=None,
                        name="โครงการไม่มีร่ม", budget_satang=2_500_00)  # fmt: skip
        session.add_all([old, loose])
        session.flush()
        zero = ProjectIndicator(project_id=old.id, text="ไม่มีเป้า", target=0)
        fell = ProjectIndicator(project_id=old.id, text="ถอยลง", target=10)
        session.add_all([zero, fell])
        session.flush()
        session.add_all([
            ProgressReport(project_indicator_id=zero.id, fiscal_year=2568, quarter=1, value=5),
            ProgressReport(project_indicator_id=fell.id, fiscal_year=2567, quarter=4, value=12,
                           money_spent_satang=300_00),
            ProgressReport(project_indicator_id=fell.id, fiscal_year=2568, quarter=2, value=8,
                           money_spent_satang=200_00),
        ])  # fmt: skip
        session.add(Assistance(household_id=third, project_id=old.id, agency_id=agency.id,
                               given_on=dt.date(2025, 3, 1), value_satang=700_00))  # fmt: skip
        session.flush()
        session.add(Assistance(household_id=fresh.id, agency_id=agency.id,
                               given_on=dt.date(2025, 3, 2), value_satang=50_00))  # fmt: skip
        session.flush()
        refresh_household_summaries(session)
    return demo_db


def test_household_figures_equal_independent_sql(varied_db: OfficeDatabase) -> None:
    dashboard = DashboardService(varied_db.session_factory).build()
    with varied_db.session_factory() as session:
        district_codes = [
            code
            for (code,) in session.execute(
                text("SELECT code FROM subdistricts WHERE district_code = '6701'")
            )
        ]
        names = dict(session.execute(text("SELECT code, name_th FROM subdistricts")).all())
        for area in (dashboard.office, *dashboard.subdistricts):
            code = area.code
            assert area.households.value == _households(session, code)
            for stage in STAGE_KEYS:
                expected = _households(session, code, f"{LATEST_STAGE} = :stage", stage=stage)
                assert area.stages[stage].value == expected, (code, stage)
            for dimension in DIMENSIONS:
                failing = FAILING.format(match="i.dimension = :dimension")
                expected = _households(session, code, failing, dimension=dimension)
                assert area.failing_dimensions[dimension].value == expected, (code, dimension)
            assert area.helped.value == _households(session, code, HELPED)
            assert area.not_helped.value == _households(session, code, f"NOT {HELPED}")
        for indicator in dashboard.indicators:
            failing = FAILING.format(match="i.number = :number")
            expected = _households(session, None, failing, number=indicator.number)
            assert indicator.failing.value == expected, indicator.number
        newest = session.execute(
            text(
                "SELECT number, dimension, text_th, text_en FROM indicators WHERE set_id ="
                " (SELECT id FROM indicator_sets ORDER BY first_year DESC, id DESC LIMIT 1)"
                " ORDER BY number"
            )
        ).all()
    assert [(i.number, i.dimension, i.name_th, i.name_en) for i in dashboard.indicators] == [
        tuple(row) for row in newest
    ]
    assert len(dashboard.indicators) == 17
    assert sorted(area.code for area in dashboard.subdistricts) == sorted(district_codes)
    assert [area.name_th for area in dashboard.subdistricts] == sort_thai(
        [names[code] for code in district_codes]
    )
    office = dashboard.office
    assert office.stages["none"].value == 1  # the fresh household
    assert office.helped.value + office.not_helped.value == office.households.value == 201
    assert 0 < office.helped.value < office.households.value
    assert all(indicator.failing.value > 0 for indicator in dashboard.indicators[:3])


def test_every_household_figure_opens_a_list_of_that_many(varied_db: OfficeDatabase) -> None:
    dashboard = DashboardService(varied_db.session_factory).build()
    households = HouseholdListService(varied_db.session_factory)
    figures = list(_household_counts(dashboard))
    assert len(figures) == 18 * (1 + 4 + 5 + 2) + 17
    for label, figure in figures:
        assert households.count(figure.filter) == figure.value, label
    office = dashboard.office
    assert office.households.filter == HouseholdFilter()
    assert office.stages["none"].filter == HouseholdFilter(stage="none")
    assert office.failing_dimensions["income"].filter == HouseholdFilter(failing_dimension="income")
    first = dashboard.subdistricts[0]
    assert first.helped.filter == HouseholdFilter(subdistrict_code=first.code, helped=True)
    assert dashboard.indicators[-1].failing.filter == HouseholdFilter(
        failing_indicator=dashboard.indicators[-1].number
    )


def _umbrella_truth(session: Session, code: str | None, year: int | None) -> tuple[int, ...]:
    where = (
        "(:code IS NULL OR p.umbrella_code = :code) AND (:year IS NULL OR p.fiscal_year = :year)"
    )
    params = {"code": code, "year": year}
    latest = (
        "(SELECT r.value FROM progress_reports AS r WHERE r.project_indicator_id = k.id"
        " ORDER BY r.fiscal_year DESC, r.quarter DESC LIMIT 1)"
    )
    return (
        _scalar(session, f"SELECT count(*) FROM projects AS p WHERE {where}", **params),
        _scalar(session, f"SELECT sum(p.budget_satang) FROM projects AS p WHERE {where}", **params),
        _scalar(
            session,
            "SELECT sum(a.value_satang) FROM assistance AS a JOIN projects AS p"
            f" ON p.id = a.project_id WHERE {where}",
            **params,
        ),
        _scalar(
            session,
            "SELECT sum(r.money_spent_satang) FROM progress_reports AS r JOIN project_indicators"
            f" AS k ON k.id = r.project_indicator_id JOIN projects AS p ON p.id = k.project_id"
            f" WHERE {where}",
            **params,
        ),
        _scalar(
            session,
            "SELECT count(*) FROM project_indicators AS k JOIN projects AS p"
            f" ON p.id = k.project_id WHERE {where}",
            **params,
        ),
        _scalar(
            session,
            "SELECT count(*) FROM project_indicators AS k JOIN projects AS p"
            f" ON p.id = k.project_id WHERE {where} AND k.target > 0 AND {latest} >= k.target",
            **params,
        ),
    )


@pytest.mark.parametrize("year", [None, 2567, 2568])
def test_umbrella_figures_equal_independent_sql(varied_db: OfficeDatabase, year) -> None:
    dashboard = DashboardService(varied_db.session_factory).build(year)
    with varied_db.session_factory() as session:
        for umbrella in (*dashboard.umbrellas, dashboard.all_umbrellas):
            got = (
                umbrella.projects, umbrella.budget_satang, umbrella.money_given_satang,
                umbrella.money_spent_satang, umbrella.key_results, umbrella.key_results_attained,
            )  # fmt: skip
            assert got == _umbrella_truth(session, umbrella.code, year), umbrella.code
            assert umbrella.filter == ProjectFilter(fiscal_year=year, umbrella_code=umbrella.code)
            if umbrella.key_results:
                share = 100 * umbrella.key_results_attained / umbrella.key_results
                assert umbrella.attained_percent == pytest.approx(share)
    codes = [umbrella.code for umbrella in dashboard.umbrellas]
    assert codes[:5] == ["food", "housing", "income", "health", "social"]
    assert "unused" not in codes  # retired and never used
    assert ("old" in codes) == (year in (None, 2568))  # retired, but has a 2568 project
    if year in (None, 2568):
        old = next(u for u in dashboard.umbrellas if u.code == "old")
        assert old.retired and (old.key_results, old.key_results_attained) == (2, 0)
        assert old.money_spent_satang == 500_00 and old.money_given_satang == 700_00
    loose = 1 if year in (None, 2568) else 0  # the project under no umbrella
    assert dashboard.all_umbrellas.projects == sum(u.projects for u in dashboard.umbrellas) + loose
    assert dashboard.all_umbrellas.budget_satang > 0


def test_goal_per_fiscal_year_equals_independent_sql(varied_db: OfficeDatabase) -> None:
    service = DashboardService(varied_db.session_factory)
    dashboard = service.build()
    with varied_db.session_factory() as session:
        days = session.scalars(select(StageAssessment.assessed_on)).all()
        years = sorted({fiscal_year_of(day) for day in days})
        truth = []
        for year in years:
            end = fiscal_year_bounds(year)[1].isoformat()
            stage_then = (
                "(SELECT a.stage FROM stage_assessments AS a WHERE a.household_id = h.id"
                " AND a.assessed_on <= :end ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)"
            )
            row = session.execute(
                text(
                    "SELECT count(s), coalesce(sum(s IN ('sufficiency', 'sustainable')), 0)"
                    f" FROM (SELECT {stage_then} AS s FROM households AS h)"
                ),
                {"end": end},
            ).one()
            truth.append((year, row[0], row[1]))
    got = [(p.fiscal_year, p.assessed, p.out_of_survival) for p in dashboard.goal.points]
    assert got == truth
    assert len(truth) >= 2 and truth[-1][1] == 200  # every demo household, not the fresh one
    assert dashboard.goal.target_percent == 95.0
    last = dashboard.goal.points[-1]
    assert last.percent == pytest.approx(100 * last.out_of_survival / last.assessed)
    assert set(years) <= set(dashboard.fiscal_years)
    assert {2567, 2568} <= set(dashboard.fiscal_years)  # the demo's project years
    limited = service.build(years[-2])
    assert [p.fiscal_year for p in limited.goal.points] == years[:-1]
    assert limited.goal.points == dashboard.goal.points[:-1]


@pytest.mark.parametrize(("value", "expected"), [("80", 80.0), ("97.5", 97.5), ("abc", 95.0)])
def test_goal_target_comes_from_the_setting(
    demo_db: OfficeDatabase, value: str, expected: float
) -> None:
    with demo_db.session_factory.begin() as session:
        set_setting(session, PROVINCE_GOAL_PERCENT, value)
    assert DashboardService(demo_db.session_factory).build().goal.target_percent == expected


def test_an_empty_office_shows_zeros(office_db: OfficeDatabase) -> None:
    dashboard = DashboardService(office_db.session_factory).build()
    households = HouseholdListService(office_db.session_factory)
    for label, figure in _household_counts(dashboard):
        assert figure.value == 0 == households.count(figure.filter), label
    assert len(dashboard.subdistricts) == 17 and len(dashboard.indicators) == 17
    assert [u.code for u in dashboard.umbrellas] == [
        "food",
        "housing",
        "income",
        "health",
        "social",
    ]
    assert all(u.projects == 0 and u.attained_percent is None for u in dashboard.umbrellas)
    assert dashboard.goal.points == () and dashboard.fiscal_years == ()
