"""Household list: derived columns and indexes on households, FTS5 search tables.

The derived columns are maintained by db.household_summary.refresh_household_summaries;
the fill below computes the same values (frozen here, as of this revision). The search
tables are FTS5 virtual tables keyed by household id (not in the SQLAlchemy metadata). A
later migration that rebuilds ``households`` in batch mode drops the trigger below:
re-create it there.

On PostgreSQL the search tables are plain tables of the same names and columns (``rowid``
the household id, deleted with it by a cascading foreign key instead of the trigger),
searched with ILIKE through pg_trgm's GIN trigram indexes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.dialect import empty_bytes, false_default, on_postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def new_columns() -> tuple[sa.Column, ...]:
    return (
        sa.Column("head_name", sa.String(length=201), server_default="", nullable=False),
        sa.Column(
            "head_name_key", sa.LargeBinary(), server_default=sa.text(empty_bytes()), nullable=False
        ),
        sa.Column("head_national_id", sa.String(length=13), nullable=True),
        sa.Column("member_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("failed_dimensions", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("failed_indicators", sa.String(length=200), server_default="", nullable=False),
        sa.Column("helped", sa.Boolean(), server_default=sa.text(false_default()), nullable=False),
        sa.Column("stage_rank", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("house_no_key", sa.String(length=60), server_default="", nullable=False),
    )


NEW_INDEXES = (
    ("ix_households_head_name_key", ["head_name_key"]),
    ("ix_households_head_national_id", ["head_national_id"]),
    ("ix_households_member_count", ["member_count"]),
    ("ix_households_stage_rank", ["stage_rank"]),
    ("ix_households_last_verified_on", ["last_verified_on"]),
    ("ix_households_village_house", ["village_code", "house_no_key"]),
    ("ix_households_house_village", ["house_no_key", "village_code"]),
)
OLD_INDEXES = (("ix_households_village_code", ["village_code"]),)

SEARCH_DDL = (
    "CREATE VIRTUAL TABLE household_name_search USING fts5(names, tokenize='trigram', columnsize=0)",
    "CREATE VIRTUAL TABLE household_name_terms USING fts5vocab(household_name_search, 'row')",
    "CREATE VIRTUAL TABLE household_code_search USING fts5(codes, tokenize='unicode61',"
    " prefix='1 2 3 4 5 6', detail='none', columnsize=0)",
    "CREATE TRIGGER households_search_delete AFTER DELETE ON households BEGIN"
    " DELETE FROM household_name_search WHERE rowid = old.id;"
    " DELETE FROM household_code_search WHERE rowid = old.id; END",
)

FILL_SQL = (
    """
UPDATE households SET
  (head_name, head_name_key, head_national_id) = (
    SELECT coalesce(max(trim(trim(m.first_name) || ' ' || trim(m.last_name))), ''), coalesce(max(m.name_key), x''),
           max(m.national_id)
    FROM members AS m WHERE m.household_id = households.id AND m.is_head = 1),
  member_count = (SELECT count(*) FROM members AS m WHERE m.household_id = households.id),
  (failed_dimensions, failed_indicators) = (
    SELECT CAST(total(DISTINCT f.bit) AS INTEGER),
           coalesce(',' || group_concat(DISTINCT f.number) || ',', '')
    FROM (SELECT i.number, CASE i.dimension WHEN 'health' THEN 1 WHEN 'living' THEN 2 WHEN 'education' THEN 4 WHEN 'income' THEN 8 WHEN 'access' THEN 16 ELSE 0 END AS bit
          FROM indicator_results AS r JOIN indicators AS i ON i.id = r.indicator_id
          WHERE r.household_id = households.id AND r.status = 'failed'
            AND r.survey_year = (SELECT max(y.survey_year) FROM indicator_results AS y
                                 WHERE y.household_id = households.id)
          ORDER BY i.number) AS f),
  helped = EXISTS (SELECT 1 FROM assistance AS a WHERE a.household_id = households.id),
  stage_rank = CASE current_stage WHEN 'survival' THEN 1 WHEN 'sufficiency' THEN 2 WHEN 'sustainable' THEN 3 ELSE 0 END,
  house_no_key = printf('%08d/%08d/%s', CAST(house_no AS INTEGER),
    CASE WHEN instr(house_no, '/') > 0
         THEN CAST(substr(house_no, instr(house_no, '/') + 1) AS INTEGER) ELSE 0 END, house_no)
""",
    """
INSERT INTO household_name_search (rowid, names)
SELECT m.household_id, group_concat(trim(trim(m.first_name) || ' ' || trim(m.last_name)), char(10)) || char(10) || char(10)
FROM members AS m
GROUP BY m.household_id ORDER BY m.household_id
""",
    """
INSERT INTO household_code_search (rowid, codes)
SELECT h.id, trim(coalesce(substr(h.house_code, 1, 7), '') || ' ' || coalesce(g.codes, ''))
FROM households AS h LEFT JOIN (
  SELECT m.household_id, group_concat(substr(m.national_id, 1, 7), ' ') AS codes
  FROM members AS m GROUP BY m.household_id
) AS g ON g.household_id = h.id
WHERE h.house_code IS NOT NULL OR g.codes IS NOT NULL
ORDER BY h.id
""",
    "INSERT INTO household_name_search (household_name_search) VALUES ('optimize')",
    "INSERT INTO household_code_search (household_code_search) VALUES ('optimize')",
)

POSTGRESQL_SEARCH_DDL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TABLE household_name_search (rowid integer PRIMARY KEY"
    " REFERENCES households (id) ON DELETE CASCADE, names text NOT NULL)",
    "CREATE TABLE household_code_search (rowid integer PRIMARY KEY"
    " REFERENCES households (id) ON DELETE CASCADE, codes text NOT NULL)",
)
POSTGRESQL_SEARCH_INDEXES = (
    "CREATE INDEX ix_household_name_search_trgm ON household_name_search"
    " USING gin (names gin_trgm_ops)",
    "CREATE INDEX ix_household_code_search_trgm ON household_code_search"
    " USING gin (codes gin_trgm_ops)",
)


def _leading_integer(expression: str) -> str:
    """SQLite's CAST(text AS INTEGER): the leading (signed) digits, else 0."""
    return f"coalesce(substring({expression} from '^\\s*([+-]?[0-9]{{1,18}})')::bigint, 0)"


def _zero_padded(expression: str) -> str:
    """printf('%08d', n) for n >= 0: at least 8 digits."""
    return f"(repeat('0', greatest(8 - length(({expression})::text), 0)) || ({expression})::text)"


_AFTER_SLASH = (
    "CASE WHEN strpos(house_no, '/') > 0"
    f" THEN {_leading_integer('substr(house_no, strpos(house_no, chr(47)) + 1)')} ELSE 0 END"
)

POSTGRESQL_FILL_SQL = (
    f"""
UPDATE households SET
  (head_name, head_name_key, head_national_id) = (
    SELECT coalesce(max(trim(trim(m.first_name) || ' ' || trim(m.last_name))), ''),
           coalesce((array_agg(m.name_key))[1], '\\x'::bytea), max(m.national_id)
    FROM members AS m WHERE m.household_id = households.id AND m.is_head),
  member_count = (SELECT count(*) FROM members AS m WHERE m.household_id = households.id),
  (failed_dimensions, failed_indicators) = (
    SELECT coalesce(sum(DISTINCT f.bit), 0),
           coalesce(',' || string_agg(f.number::text, ',' ORDER BY f.number) || ',', '')
    FROM (SELECT DISTINCT i.number, CASE i.dimension WHEN 'health' THEN 1 WHEN 'living' THEN 2 WHEN 'education' THEN 4 WHEN 'income' THEN 8 WHEN 'access' THEN 16 ELSE 0 END AS bit
          FROM indicator_results AS r JOIN indicators AS i ON i.id = r.indicator_id
          WHERE r.household_id = households.id AND r.status = 'failed'
            AND r.survey_year = (SELECT max(y.survey_year) FROM indicator_results AS y
                                 WHERE y.household_id = households.id)) AS f),
  helped = EXISTS (SELECT 1 FROM assistance AS a WHERE a.household_id = households.id),
  stage_rank = CASE current_stage WHEN 'survival' THEN 1 WHEN 'sufficiency' THEN 2 WHEN 'sustainable' THEN 3 ELSE 0 END,
  house_no_key = {_zero_padded(_leading_integer("house_no"))} || '/' || {_zero_padded(_AFTER_SLASH)}
    || '/' || house_no
""",
    """
INSERT INTO household_name_search (rowid, names)
SELECT m.household_id, string_agg(trim(trim(m.first_name) || ' ' || trim(m.last_name)), chr(10) ORDER BY m.id) || chr(10) || chr(10)
FROM members AS m GROUP BY m.household_id
""",
    """
INSERT INTO household_code_search (rowid, codes)
SELECT h.id, trim(coalesce(substr(h.house_code, 1, 7), '') || ' ' || coalesce(g.codes, ''))
FROM households AS h LEFT JOIN (
  SELECT m.household_id, string_agg(substr(m.national_id, 1, 7), ' ' ORDER BY m.id) AS codes
  FROM members AS m GROUP BY m.household_id
) AS g ON g.household_id = h.id
WHERE h.house_code IS NOT NULL OR g.codes IS NOT NULL
""",
)


def upgrade() -> None:
    """Upgrade schema."""
    op.drop_index("ix_members_household_id", table_name="members")
    op.create_index("ix_members_household_national_id", "members", ["household_id", "national_id"])
    for column in new_columns():
        op.add_column("households", column)
    for name, _columns in OLD_INDEXES:
        op.drop_index(name, table_name="households")
    postgresql = on_postgresql()
    for statement in POSTGRESQL_SEARCH_DDL if postgresql else SEARCH_DDL:
        op.execute(statement)
    # before the indexes: filling is faster without them
    for statement in POSTGRESQL_FILL_SQL if postgresql else FILL_SQL:
        op.execute(statement)
    for statement in POSTGRESQL_SEARCH_INDEXES if postgresql else ():
        op.execute(statement)
    for name, columns in NEW_INDEXES:
        op.create_index(name, "households", columns, unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    if on_postgresql():
        for table in ("household_name_search", "household_code_search"):
            op.execute(f"DROP TABLE {table}")
    else:
        op.execute("DROP TRIGGER households_search_delete")
        for table in ("household_name_terms", "household_name_search", "household_code_search"):
            op.execute(f"DROP TABLE {table}")
    for name, _columns in NEW_INDEXES:
        op.drop_index(name, table_name="households")
    with op.batch_alter_table("households", schema=None) as batch_op:
        for column in reversed(new_columns()):
            batch_op.drop_column(column.name)
    for name, columns in OLD_INDEXES:
        op.create_index(name, "households", columns, unique=False)
    op.drop_index("ix_members_household_national_id", table_name="members")
    op.create_index("ix_members_household_id", "members", ["household_id"])
