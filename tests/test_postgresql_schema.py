"""The same Alembic scripts migrate a PostgreSQL database: an empty one to the newest
schema, and one left at each released schema version (with a household in it) up to it."""

import pytest
from sqlalchemy import inspect, text

from db.database import DatabaseOpenError, OpenProblem, open_database
from db.engine import make_server_engine
from db.schema_version import head_revision, shipped_revisions, upgrade_engine_to_head
from desktop.services.office import create_office

AREAS_AND_A_HOUSEHOLD = (
    "INSERT INTO provinces (code, name_th, name_en) VALUES ('67', 'เพชรบูรณ์', 'Phetchabun')",
    "INSERT INTO districts (code, province_code, name_th, name_en)"
    " VALUES ('6701', '67', 'เมืองเพชรบูรณ์', 'Mueang')",
    "INSERT INTO subdistricts (code, district_code, name_th, name_en, postal_code)"
    " VALUES ('670101', '6701', 'ในเมือง', 'Nai Mueang', '67000')",
    "INSERT INTO villages (code, subdistrict_code, moo, name_th)"
    " VALUES ('67010103', '670101', 3, 'บ้านใหม่')",
    "INSERT INTO households (id, key, house_no, house_code, village_code, source_list,"
    " has_welfare_card, welfare_registered, notes)"
    " VALUES (7, '6701-000007', '12/3', '67010012345', '67010103', 'office', false, false, '')",
    "INSERT INTO members (household_id, seq, title, first_name, last_name, name_key,"
    " national_id, relation, is_head, education_status, education_level, occupation_main,"
    " occupation_second, disability, chronic_illness, bedridden, welfare_card, lives_here)"
    " VALUES (7, 1, 'นาย', 'สมชาย', 'ใจดี', '\\x0102'::bytea, '1101700203451', 'head', true,"
    " '', '', '', '', false, false, false, false, true)",
)


def test_an_empty_database_is_migrated_to_head_and_set_up(postgres_server) -> None:
    url = postgres_server.new_database()
    database = create_office(url, "6701", "สมศรี ใจดี")
    try:
        assert database.on_server and database.created
        with database.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert revision.scalar() == head_revision()
            names = inspect(connection)
            tables = set(names.get_table_names())
            assert {"households", "members", "attachments", "development_plans"} <= tables
            search_indexes = {index["name"] for index in names.get_indexes("household_name_search")}
            assert "ix_household_name_search_trgm" in search_indexes
            extensions = connection.execute(text("SELECT extname FROM pg_extension")).scalars()
            assert "pg_trgm" in set(extensions)
            # the seeded reference data is there: the office's district and its villages
            assert connection.execute(text("SELECT count(*) FROM districts")).scalar() > 900
    finally:
        database.close()
    again = open_database(url)  # already current: opened as it is
    again.close()
    assert not again.created


@pytest.mark.parametrize("revision", shipped_revisions()[:-1])
def test_a_database_at_each_released_version_upgrades_keeping_its_household(
    postgres_server, revision: str
) -> None:
    url = postgres_server.new_database()
    engine = make_server_engine(url)
    upgrade_engine_to_head(engine, to=revision)
    with engine.begin() as connection:
        for statement in AREAS_AND_A_HOUSEHOLD:
            connection.execute(text(statement))
    engine.dispose()

    database = open_database(url)
    try:
        with database.engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT head_name, member_count, house_no_key, helped, stage_rank"
                    " FROM households WHERE id = 7"
                )
            ).one()
            names = connection.execute(text("SELECT names FROM household_name_search")).all()
            codes = connection.execute(text("SELECT codes FROM household_code_search")).all()
            version = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert version.scalar() == head_revision()
    finally:
        database.close()
    if revision == "0001":  # filled by 0002 on the way up
        assert tuple(row) == ("สมชาย ใจดี", 1, "00000012/00000003/12/3", False, 0)
        assert names == [("สมชาย ใจดี\n\n",)]
        assert codes == [("6701001 1101700",)]
    else:  # written after 0002 by hand: the derived columns keep their defaults
        assert tuple(row) == ("", 0, "", False, 0)


def test_a_database_of_another_program_is_refused(postgres_server) -> None:
    url = postgres_server.new_database()
    engine = make_server_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(url)
    assert caught.value.problem is OpenProblem.FOREIGN_DATABASE
