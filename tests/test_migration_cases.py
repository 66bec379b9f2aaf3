"""Migration 0005 (case management) on a database an office already uses: a copy is made
first, every row stays, and the new tables and the assistance link are there."""

import sqlite3
from pathlib import Path

from alembic import command

from db.database import open_database
from db.engine import make_engine
from db.schema_version import alembic_config, head_revision
from desktop.services.demo import generate_demo
from desktop.services.office import create_office


def _office_at_0004(path: Path) -> None:
    """A demo office written by today's app, then taken back to schema 0004 (the
    release before case management): what a clerk's file looks like before updating."""
    database = create_office(path, "6701", "สมศรี ใจดี")
    with database.session_factory.begin() as session:
        generate_demo(session, 30, seed=5)
    database.close()
    engine = make_engine(path, foreign_keys=False)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    engine.dispose()


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


ASSISTANCE = (
    "SELECT id, household_id, member_id, project_id, agency_id, given_on, dimension, kind,"
    " value_satang, outcome, note FROM assistance ORDER BY id"
)


def test_a_0004_office_is_copied_then_migrated_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _office_at_0004(path)
    assert _rows(path, "SELECT version_num FROM alembic_version") == [("0004",)]
    tables = {row[0] for row in _rows(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "development_plans" not in tables
    assistance = _rows(path, ASSISTANCE)
    households = _rows(path, "SELECT id, key, current_stage FROM households ORDER BY id")
    stages = _rows(path, "SELECT * FROM stage_assessments ORDER BY id")
    assert assistance and households and stages

    database = open_database(path)
    database.close()

    backup = database.backup_before_migration
    assert backup is not None and backup.exists()
    assert _rows(backup, "SELECT version_num FROM alembic_version") == [("0004",)]
    assert _rows(backup, ASSISTANCE) == assistance
    assert _rows(path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert _rows(path, ASSISTANCE) == assistance
    assert _rows(path, "SELECT id, key, current_stage FROM households ORDER BY id") == households
    assert _rows(path, "SELECT * FROM stage_assessments ORDER BY id") == stages
    assert _rows(path, "SELECT count(*) FROM assistance WHERE plan_activity_id IS NOT NULL") == [
        (0,)
    ]
    for table in ("development_plans", "plan_problems", "plan_activities", "follow_up_visits"):
        assert _rows(path, f"SELECT count(*) FROM {table}") == [(0,)]
    assert _rows(path, "PRAGMA foreign_key_check") == []
    fks = _rows(path, "PRAGMA foreign_key_list(assistance)")
    assert any(fk[2] == "plan_activities" and fk[3] == "plan_activity_id" for fk in fks)
