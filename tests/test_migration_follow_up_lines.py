"""Migration 0007 (the worklist's derived lines) on an office at 0006 with plans, visits and
stage histories: a copy is made first, and the lines it fills are exactly those the
writers' refresh derives, so the worklist reads the same before and after any later save."""

import sqlite3
from pathlib import Path

from alembic import command

from db.database import open_database
from db.engine import make_engine
from db.follow_up_lines import refresh_follow_up_lines
from db.schema_version import alembic_config, head_revision
from desktop.services.demo import generate_demo
from desktop.services.office import create_office

LINES = (
    "SELECT household_id, village_code, household_key, house_no, house_no_key, head_name,"
    " kind, cut, detail_on, indicator_number, activity_text FROM follow_up_lines ORDER BY 1, 7,"
    " 8, 10, 11"
)


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_a_0006_office_gets_the_lines_the_refresh_would_derive(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    database = create_office(path, "6701", "สมศรี ใจดี")
    with database.session_factory.begin() as session:
        generate_demo(session, 60, seed=7)
    database.close()
    engine = make_engine(path, foreign_keys=False)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    engine.dispose()
    tables = {row[0] for row in _rows(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "follow_up_lines" not in tables
    assert _rows(path, "SELECT count(*) FROM development_plans")[0][0] > 0

    database = open_database(path)
    assert database.backup_before_migration is not None
    assert _rows(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    migrated = _rows(path, LINES)
    kinds = {row[6] for row in migrated}
    assert {0, 1, 3, 4, 5} <= kinds  # the demo's plans address every failing indicator
    with database.session_factory.begin() as session:
        refresh_follow_up_lines(session)
    database.close()
    assert _rows(path, LINES) == migrated
