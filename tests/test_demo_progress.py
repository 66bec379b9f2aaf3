"""The demo's quarterly reports agree with the assistance the demo records."""

import datetime as dt

from sqlalchemy import text

from db.database import OfficeDatabase
from desktop.services.projects import ProjectService
from desktop.services.thai import quarter_bounds


def _helped_by(database: OfficeDatabase, project_id: int, last_day: dt.date) -> int:
    with database.engine.connect() as connection:
        return int(
            connection.execute(
                text(
                    "SELECT count(DISTINCT household_id) FROM assistance"
                    " WHERE project_id = :p AND given_on <= :d"
                ),
                {"p": project_id, "d": last_day},
            ).scalar_one()
        )


def _household_reports(database: OfficeDatabase) -> list[tuple[int, int, int, int, float, float]]:
    with database.engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                text(
                    "SELECT k.project_id, k.seq, r.fiscal_year, r.quarter, r.value, k.target"
                    " FROM progress_reports AS r JOIN project_indicators AS k"
                    " ON k.id = r.project_indicator_id WHERE k.unit = 'ครัวเรือน'"
                )
            )
        ]


def test_households_helped_each_quarter_are_those_the_assistance_records(demo_db) -> None:
    reports = [row for row in _household_reports(demo_db) if row[1] == 1]
    assert len(reports) >= 20
    for project_id, _seq, year, quarter, value, _target in reports:
        last_day = quarter_bounds(year, quarter)[1]
        assert value == _helped_by(demo_db, project_id, last_day), (project_id, year, quarter)


def test_the_last_report_of_a_finished_project_matches_its_reach(demo_db) -> None:
    service = ProjectService(demo_db.session_factory)
    with demo_db.engine.connect() as connection:
        finished = connection.execute(
            text(
                "SELECT p.id, max(r.value) FROM projects AS p"
                " JOIN project_indicators AS k ON k.project_id = p.id AND k.seq = 1"
                " JOIN progress_reports AS r ON r.project_indicator_id = k.id"
                " WHERE p.status = 'done' GROUP BY p.id"
            )
        ).all()
    assert finished
    for project_id, reported in finished:
        assert reported == service.reach(project_id).households_reached, project_id


def test_no_households_result_reports_more_households_than_were_helped(demo_db) -> None:
    for project_id, _seq, year, quarter, value, _target in _household_reports(demo_db):
        last_day = quarter_bounds(year, quarter)[1]
        assert value <= _helped_by(demo_db, project_id, last_day), (project_id, year, quarter)
