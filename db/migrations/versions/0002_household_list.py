"""Household list: derived columns and indexes on households, FTS5 search tables.

The derived columns are maintained by db.household_summary.refresh_household_summaries;
the fill below computes the same values (frozen here, as of this revision). The search
tables are FTS5 virtual tables keyed by household id (not in the SQLAlchemy metadata). A
later migration that rebuilds ``households`` in batch mode drops the trigger below:
re-create it there.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

NEW_COLUMNS = (
    sa.Column("head_name", sa.String(length=201), server_default="", nullable=False),
    sa.Column("head_name_key", sa.LargeBinary(), server_default=sa.text("x''"), nullable=False),
    sa.Column("head_national_id", sa.String(length=13), nullable=True),
    sa.Column("member_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
    sa.Column("failed_dimensions", sa.Integer(), server_default=sa.text("0"), nullable=False),
    sa.Column("failed_indicators", sa.String(length=200), server_default="", nullable=False),
    sa.Column("helped", sa.Boolean(), server_default=sa.text("0"), nullable=False),
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


def upgrade() -> None:
    """Upgrade schema."""
    op.drop_index("ix_members_household_id", table_name="members")
    op.create_index("ix_members_household_national_id", "members", ["household_id", "national_id"])
    for column in NEW_COLUMNS:
        op.add_column("households", column)
    for name, _columns in OLD_INDEXES:
        op.drop_index(name, table_name="households")
    for statement in SEARCH_DDL:
        op.execute(statement)
    for statement in FILL_SQL:  # before the indexes: filling is faster without them
        op.execute(statement)
    for name, columns in NEW_INDEXES:
        op.create_index(name, "households", columns, unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("DROP TRIGGER households_search_delete")
    for table in ("household_name_terms", "household_name_search", "household_code_search"):
        op.execute(f"DROP TABLE {table}")
    for name, _columns in NEW_INDEXES:
        op.drop_index(name, table_name="households")
    with op.batch_alter_table("households", schema=None) as batch_op:
        for column in reversed(NEW_COLUMNS):
            batch_op.drop_column(column.name)
    for name, columns in OLD_INDEXES:
        op.create_index(name, "households", columns, unique=False)
    op.drop_index("ix_members_household_national_id", table_name="members")
    op.create_index("ix_members_household_id", "members", ["household_id"])
