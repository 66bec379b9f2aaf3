"""The household sheet prints the current plan (problems, goals, activities with agency,
project, due date and status) and the latest three visits, and the sections after them
still print on the page (Qt's layout, once a heading is moved, used to paint over them)."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services.cases import (
    ActivityDraft,
    CaseService,
    CheckedAnswer,
    ProblemDraft,
    VisitDraft,
)
from desktop.services.printing import HouseholdSheetService, SheetOptions
from desktop.ui.printing.pdf_output import write_pdf
from tests.indicator_set_books import shipped_set_covers_this_year
from tests.pdf_reading import compact, page_count, pdf_text
from tests.test_household_sheet import parse, table


@pytest.fixture(autouse=True)
def _indicator_set(demo_db) -> None:  # type: ignore[no-untyped-def]
    """The demo's set covers this survey year: visits answer in the set of its answers."""
    shipped_set_covers_this_year(demo_db)


PRINTED = dt.date(2026, 12, 7)
SHOWN = SheetOptions(mask_ids=False, printed_on=PRINTED)
CLERK = "สมศรี ใจดี"


def _one(database, sql: str, **params):  # type: ignore[no-untyped-def]
    with database.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def _unplanned(database) -> int:  # type: ignore[no-untyped-def]
    return int(
        _one(
            database,
            "SELECT min(id) FROM households WHERE length(failed_indicators) > 4"
            " AND id NOT IN (SELECT household_id FROM development_plans)"
            " AND id NOT IN (SELECT household_id FROM follow_up_visits)",
        )
    )


def test_the_sheet_shows_the_current_plan_and_the_last_three_visits(demo_db) -> None:
    household_id = _unplanned(demo_db)
    cases = CaseService(demo_db.session_factory)
    agency, project = (
        demo_db.engine.connect()
        .execute(text("SELECT agency_id, id FROM projects ORDER BY id LIMIT 1"))
        .one()
    )
    old = cases.propose_plan(household_id, today=dt.date(2025, 1, 10))
    old.title = "แผนเก่า"
    old.problems = [ProblemDraft("health", None, "เป้าหมายเก่า")]
    cases.save_plan(old, user_name=CLERK, today=PRINTED)
    plan = cases.propose_plan(household_id, today=dt.date(2026, 6, 1))
    plan.title = "แผนปีนี้"
    for problem in plan.problems:
        problem.goal = "มีรายได้พอใช้"
    plan.problems[0].activities = [
        ActivityDraft("เพาะเห็ดขาย", agency, project, dt.date(2027, 3, 31), "doing"),
        ActivityDraft("ออมเงินกับกลุ่ม", None, None, None, "planned"),
    ]
    cases.save_plan(plan, user_name=CLERK, today=PRINTED)
    indicator = cases.indicator_choices(household_id, 2567)[0].indicator_id
    for day, who in ((1, "คนที่หนึ่ง"), (2, "คนที่สอง"), (3, "คนที่สาม"), (4, "คนที่สี่")):
        visit = VisitDraft(household_id, dt.date(2026, 7, day), who, f"พบครั้งที่ {day}")
        if day == 4:
            visit.answers = [CheckedAnswer(indicator, "passed")]
            visit.new_stage, visit.stage_reason = "sufficiency", "พ้นความยากจน"
            visit.next_visit_due = dt.date(2026, 10, 4)
        cases.save_visit(visit, user_name=CLERK, today=PRINTED)

    html = HouseholdSheetService(demo_db.session_factory).household_html(household_id, SHOWN)
    parsed = parse(html)
    assert "แผนปีนี้" in html and "แผนเก่า" not in html
    rows = table(parsed, "plan")["body"]
    groups = [row[0] for row in rows if len(row) == 1 and row[0].startswith("ปัญหา ")]
    assert len(groups) == len(plan.problems)
    assert groups[0].startswith("ปัญหา 1: ข้อ") and groups[0].endswith("เป้าหมาย: มีรายได้พอใช้")
    first, second = rows[1], rows[2]
    assert first[0] == "เพาะเห็ดขาย" and first[2:] == ["31/03/2570", "กำลังทำ"]
    assert second == ["ออมเงินกับกลุ่ม", "", "", "ตามแผน"]
    assert [row for row in rows if row == ["ยังไม่มีกิจกรรม"]]  # the other problems
    visits = table(parsed, "visits")["body"]
    assert [row[1] for row in visits] == ["คนที่สี่", "คนที่สาม", "คนที่สอง"]
    assert visits[0][0] == "04/07/2569" and visits[0][3] == "04/10/2569"
    assert "ประเมินระดับใหม่: พอเพียง" in visits[0][2]


def test_a_household_without_a_plan_says_so(demo_db) -> None:
    household_id = _unplanned(demo_db)
    parsed = parse(
        HouseholdSheetService(demo_db.session_factory).household_html(household_id, SHOWN)
    )
    assert "plan" not in parsed.tables
    assert table(parsed, "visits")["body"] == [["ยังไม่มีการเยี่ยมติดตาม"]]


def test_every_section_after_a_long_plan_is_printed_on_a4(
    app_ready, demo_db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with demo_db.engine.connect() as connection:
        planned = (
            connection.execute(
                text(
                    "SELECT p.household_id FROM development_plans p JOIN plan_problems pr"
                    " ON pr.plan_id = p.id GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 5"
                )
            )
            .scalars()
            .all()
        )
    sheets = HouseholdSheetService(demo_db.session_factory)
    for household_id in planned:
        path = tmp_path / f"{household_id}.pdf"
        write_pdf(path, [sheets.household_html(household_id, SHOWN)], "ทดสอบ")
        printed = "".join(compact(pdf_text(path, page)) for page in range(1, page_count(path) + 1))
        for heading in ("6. แผนพัฒนาครัวเรือนและการติดตาม", "การเยี่ยมติดตามล่าสุด",
                        "7. หมายเหตุ", "8. การรับรองข้อมูล"):  # fmt: skip
            assert compact(heading) in printed, (household_id, heading)
        assert page_count(path) <= 4
