"""A generated district with plans, visits and assistance linked to plan activities, and
a view of any office's case records keyed as the workbook keys them, so a district's and
the province's can be compared (what the province-cases tests start from)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from db.database import OfficeDatabase
from desktop.services.cases import CaseService, VisitDraft
from desktop.services.demo import generate_demo
from desktop.services.exchange.export import export_workbook
from desktop.services.office import create_office
from tests.exchange_office import EXPORTED_ON

CLERK = "จันทร์เพ็ญ ประจำจังหวัด"
NUMBERED = (
    "(SELECT id, household_id, row_number() OVER (PARTITION BY household_id"
    " ORDER BY made_on, id) AS seq FROM development_plans)"
)
# Agencies lose the province's "<district>-" prefix; projects are named, not numbered.
_AGENCY = (
    "CASE WHEN instr(ag.code, '-') > 0 AND ag.code GLOB '[0-9]*-*'"
    " THEN substr(ag.code, instr(ag.code, '-') + 1) ELSE ag.code END"
)


VISITOR, VISITED_ON = "สมศรี ใจดี", dt.date(2025, 10, 20)


def district_office(folder: Path, households: int = 80, seed: int = 5) -> OfficeDatabase:
    """A demo district, plus one visit recorded through the case service that reassessed
    the stage and checked indicator answers (the demo's visits check none)."""
    folder.mkdir(parents=True, exist_ok=True)
    database = create_office(folder / "6701.sqlite3", "6701", "เสมียน อำเภอ")
    with database.session_factory.begin() as session:
        generate_demo(session, households, seed=seed, district_code="6701")
    service = CaseService(database.session_factory)
    with closing(sqlite3.connect(database.path)) as con:
        (household_id,) = con.execute(
            "SELECT household_id FROM development_plans WHERE is_current ORDER BY id LIMIT 1"
        ).fetchone()
        year = service.visit_survey_year(household_id, VISITED_ON)
        checked = [
            indicator_id
            for (indicator_id,) in con.execute(
                "SELECT indicator_id FROM indicator_results WHERE household_id = ?"
                " AND survey_year = ? ORDER BY indicator_id LIMIT 3",
                (household_id, year),
            )
        ]
    draft = VisitDraft(
        household_id,
        VISITED_ON,
        VISITOR,
        "ตรวจตัวชี้วัดซ้ำ",
        [],
        "sufficiency",
        "ผ่านตัวชี้วัดที่แผนมุ่งแก้",
        VISITED_ON + dt.timedelta(days=90),
    )
    service.save_visit(draft, user_name=VISITOR, today=VISITED_ON)
    # Its answers as a visit writes them (desktop/services/cases/visits.py): results of the
    # survey year verified by the visitor on the visit's date. The case service takes
    # answers only for a year a loaded indicator set covers, which the demo's 2567 is not.
    with closing(sqlite3.connect(database.path)) as con, con:
        con.executemany(
            "UPDATE indicator_results SET status = 'passed', verified_by = ?, verified_on = ?"
            " WHERE household_id = ? AND survey_year = ? AND indicator_id = ?",
            [(VISITOR, VISITED_ON.isoformat(), household_id, year, i) for i in checked],
        )
    return database


def visit_answers(path: Path) -> list[tuple]:
    """The indicator answers the planted visit checked: results verified by its visitor
    on its date."""
    with closing(sqlite3.connect(path)) as con:
        return sorted(
            con.execute(
                "SELECT h.key, r.survey_year, n.number, r.status FROM indicator_results r"
                " JOIN households h ON h.id = r.household_id"
                " JOIN indicators n ON n.id = r.indicator_id"
                " WHERE r.verified_by = ? AND r.verified_on = ?",
                (VISITOR, VISITED_ON.isoformat()),
            )
        )


def export_district(database: OfficeDatabase, book: Path) -> Path:
    export_workbook(database.session_factory, book, exported_on=EXPORTED_ON)
    return book


def case_view(path: Path) -> dict[str, list[tuple]]:
    """Each office's plans, problems, activities, visits and assistance links, keyed by
    household key and numbers, sorted: equal views, equal case records."""
    with closing(sqlite3.connect(path)) as con:
        return {
            "plans": sorted(
                con.execute(
                    "SELECT h.key, pn.seq, p.title, p.made_on, p.is_current, p.created_by,"
                    f" p.notes FROM development_plans p JOIN {NUMBERED} pn ON pn.id = p.id"
                    " JOIN households h ON h.id = p.household_id"
                )
            ),
            "problems": sorted(
                con.execute(
                    "SELECT h.key, pn.seq, pp.seq, st.code, n.number, pp.dimension, pp.goal"
                    f" FROM plan_problems pp JOIN {NUMBERED} pn ON pn.id = pp.plan_id"
                    " JOIN households h ON h.id = pn.household_id"
                    " LEFT JOIN indicators n ON n.id = pp.indicator_id"
                    " LEFT JOIN indicator_sets st ON st.id = n.set_id"
                )
            ),
            "activities": sorted(
                con.execute(
                    f"SELECT h.key, pn.seq, pp.seq, pa.seq, pa.text, {_AGENCY}, ag.name,"
                    " pr.name, pa.due_on, pa.status FROM plan_activities pa"
                    " JOIN plan_problems pp ON pp.id = pa.problem_id"
                    f" JOIN {NUMBERED} pn ON pn.id = pp.plan_id"
                    " JOIN households h ON h.id = pn.household_id"
                    " LEFT JOIN agencies ag ON ag.id = pa.agency_id"
                    " LEFT JOIN projects pr ON pr.id = pa.project_id"
                ),
                key=repr,
            ),
            "visits": sorted(
                con.execute(
                    "SELECT h.key, v.visited_on, v.visited_by, v.findings, s.stage, s.reason,"
                    " s.assessed_on, v.next_visit_due FROM follow_up_visits v"
                    " JOIN households h ON h.id = v.household_id"
                    " LEFT JOIN stage_assessments s ON s.id = v.stage_assessment_id"
                ),
                key=repr,
            ),
            "links": sorted(
                con.execute(
                    "SELECT h.key, a.given_on, a.value_satang, a.kind,"
                    " pn.seq || '.' || pp.seq || '.' || pa.seq FROM assistance a"
                    " JOIN households h ON h.id = a.household_id"
                    " LEFT JOIN plan_activities pa ON pa.id = a.plan_activity_id"
                    " LEFT JOIN plan_problems pp ON pp.id = pa.problem_id"
                    f" LEFT JOIN {NUMBERED} pn ON pn.id = pp.plan_id"
                ),
                key=repr,
            ),
        }


def table_counts(path: Path) -> dict[str, int]:
    tables = (
        "development_plans", "plan_problems", "plan_activities", "follow_up_visits",
        "assistance", "change_log",
    )  # fmt: skip
    with closing(sqlite3.connect(path)) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
