"""The dashboard's case figures on a generated office equal counts made by hand from the
rows: plans made, visits per fiscal quarter, households moved up a stage per quarter and
per fiscal year (each household once), and a move on 30 September and on 1 October falling
in different fiscal years."""

import datetime as dt
import itertools
import re
from collections import defaultdict

from sqlalchemy import text

from db.database import OfficeDatabase
from desktop.services.dashboard import DashboardService
from desktop.services.thai import fiscal_year_of
from desktop.services.thai.fiscal_year import fiscal_quarter_of

RANK = {"survival": 1, "sufficiency": 2, "sustainable": 3}


def rows(database: OfficeDatabase, sql: str, **params: object) -> list[tuple]:
    with database.engine.begin() as connection:
        result = connection.execute(text(sql), params)
        return [tuple(row) for row in result] if result.returns_rows else []


def moved_up_by_hand(database: OfficeDatabase) -> dict[tuple[int, int], set[int]]:
    """(fiscal year, quarter 1-4 or 0 for the year) -> households that moved up then."""
    history: dict[int, list[tuple[str, int, str]]] = defaultdict(list)
    for household, day, id_, stage in rows(
        database, "SELECT household_id, assessed_on, id, stage FROM stage_assessments"
    ):
        history[household].append((day, id_, stage))
    moved: dict[tuple[int, int], set[int]] = defaultdict(set)
    for household, steps in history.items():
        steps.sort()
        for (_, _, before), (day, _, stage) in itertools.pairwise(steps):
            if RANK[stage] > RANK[before]:
                on = dt.date.fromisoformat(day)
                moved[(fiscal_year_of(on), fiscal_quarter_of(on))].add(household)
                moved[(fiscal_year_of(on), 0)].add(household)
    return moved


def test_case_figures_equal_the_counts_made_by_hand(demo_db: OfficeDatabase) -> None:
    cases = DashboardService(demo_db.session_factory).build().cases
    assert cases is not None
    current = rows(demo_db, "SELECT household_id FROM development_plans WHERE is_current = 1")
    survival = {
        h for (h,) in rows(demo_db, "SELECT id FROM households WHERE current_stage = 'survival'")
    }
    assert cases.current_plans == len(current) > 0
    assert cases.survival == len(survival)
    assert cases.survival_with_plan == len(survival & {h for (h,) in current}) > 0

    visits: dict[tuple[int, int], int] = defaultdict(int)
    for (day,) in rows(demo_db, "SELECT visited_on FROM follow_up_visits"):
        on = dt.date.fromisoformat(day)
        visits[(fiscal_year_of(on), fiscal_quarter_of(on))] += 1
    shown = {(f.fiscal_year, q): n for f in cases.visits for q, n in enumerate(f.quarters, 1) if n}
    assert shown == dict(visits) and shown
    assert all(f.year == sum(f.quarters) for f in cases.visits)

    moved = moved_up_by_hand(demo_db)
    shown_moves = {
        (f.fiscal_year, q): n
        for f in cases.moved_up
        for q, n in [*enumerate(f.quarters, 1), (0, f.year)]
        if n
    }
    assert shown_moves == {period: len(households) for period, households in moved.items()}
    assert [f.fiscal_year for f in cases.visits] == [f.fiscal_year for f in cases.moved_up]


def test_a_move_on_30_september_and_one_on_1_october_fall_in_two_fiscal_years(
    demo_db: OfficeDatabase,
) -> None:
    first, second = (h for (h,) in rows(demo_db, "SELECT id FROM households ORDER BY id LIMIT 2"))
    for household, day in ((first, "2027-09-30"), (second, "2027-10-01")):
        rows(demo_db, "DELETE FROM stage_assessments WHERE household_id = :h", h=household)
        for stage, on in (("survival", "2027-01-15"), ("sufficiency", day), ("sustainable", day)):
            rows(
                demo_db,
                "INSERT INTO stage_assessments (household_id, stage, assessed_on, assessor, reason)"
                " VALUES (:h, :s, :d, 'x', '')",
                h=household, s=stage, d=on,
            )  # fmt: skip
    service = DashboardService(demo_db.session_factory)
    fy2570 = service.build(2570).cases
    fy2571 = service.build(2571).cases
    assert fy2570 is not None and fy2571 is not None
    assert [f.fiscal_year for f in fy2570.moved_up] == [2570]
    assert fy2570.moved_up[0].quarters == (0, 0, 0, 1)  # moved twice that day: counted once
    assert fy2570.moved_up[0].year == 1
    assert fy2571.moved_up[0].quarters == (1, 0, 0, 0) and fy2571.moved_up[0].year == 1


def test_the_overview_page_shows_the_case_figures_in_thai(
    app_ready, qtbot, demo_db: OfficeDatabase
) -> None:
    from desktop.ui.pages.overview_page import OverviewPage

    service = DashboardService(demo_db.session_factory)
    page = OverviewPage(service)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    cases = service.build().cases
    assert cases is not None
    section = page.case_figures
    shown = re.sub(r"<[^>]+>", "", section.plans_label.text())  # its numbers are links
    assert shown.startswith(f"แผนพัฒนาที่ใช้อยู่ {cases.current_plans} แผน")
    table = section.table
    assert table.horizontalHeaderItem(1).text() == "เยี่ยม\nไตรมาส 1"
    assert table.rowCount() == len(cases.visits) > 0
    last = table.rowCount() - 1
    cells = [table.item(last, column).text() for column in range(table.columnCount())]
    visits, moved = cases.visits[-1], cases.moved_up[-1]
    numbers = [*visits.quarters, visits.year, *moved.quarters, moved.year]
    assert cells == [f"ปีงบ {visits.fiscal_year}", *(f"{n:,}" for n in numbers)]
