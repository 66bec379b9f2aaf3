"""The worklist's derived lines: per household, the follow-up work it may owe with the date
from which it is due (``db/follow_up_lines.py``), so the worklist of a whole office reads
by index instead of six queries over every case.

A new table, filled from the existing data (the statement of db/follow_up_lines.py as of
this revision); nothing else changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.dialect import on_postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

# db/follow_up_lines.py's statement for every household, frozen as of this revision.
FILL_SQL = """
INSERT INTO follow_up_lines (household_id, village_code, household_key, house_no,
                             house_no_key, head_name, kind, cut, detail_on,
                             indicator_number, activity_text)
SELECT w.household_id, h.village_code, h.key, h.house_no, h.house_no_key, h.head_name,
       w.kind, w.cut, w.detail_on, w.indicator_number, w.activity_text
FROM (
SELECT * FROM (SELECT v.household_id AS household_id, 0 AS kind, v.next_visit_due AS cut,
       v.next_visit_due AS detail_on, NULL AS indicator_number, NULL AS activity_text
FROM follow_up_visits AS v
WHERE v.next_visit_due IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM follow_up_visits AS later
                  WHERE later.household_id = v.household_id
                    AND (later.visited_on > v.visited_on
                         OR (later.visited_on = v.visited_on AND later.id > v.id))))
UNION ALL
SELECT * FROM (SELECT h.id, 1, '',
       (SELECT max(a.assessed_on) FROM stage_assessments AS a
        WHERE a.household_id = h.id AND a.stage = 'survival'), NULL, NULL
FROM households AS h
WHERE h.current_stage = 'survival'
  AND NOT EXISTS (SELECT 1 FROM development_plans AS p
                  WHERE p.household_id = h.id AND p.is_current = 1))
UNION ALL
SELECT * FROM (SELECT p.household_id, 2, '', p.made_on, f.value, NULL
FROM development_plans AS p
JOIN households AS fh ON fh.id = p.household_id
JOIN json_each('[' || trim(fh.failed_indicators, ',') || ']') AS f
WHERE p.is_current = 1 AND fh.failed_indicators <> ''
  AND NOT EXISTS (SELECT 1 FROM plan_problems AS pp
                  JOIN plan_activities AS pa ON pa.problem_id = pp.id
                  JOIN indicators AS i ON i.id = pp.indicator_id
                  WHERE pp.plan_id = p.id AND i.number = f.value AND pa.status <> 'dropped')
  AND NOT EXISTS (SELECT 1 FROM assistance AS g
                  JOIN plan_activities AS ga ON ga.id = g.plan_activity_id
                  JOIN plan_problems AS gp ON gp.id = ga.problem_id
                  JOIN indicators AS gi ON gi.id = gp.indicator_id
                  WHERE g.household_id = p.household_id AND gi.number = f.value)
  AND NOT EXISTS (SELECT 1 FROM assistance AS d
                  WHERE d.household_id = p.household_id AND d.given_on >= p.made_on
                    AND d.dimension = (SELECT n.dimension FROM indicators AS n
                                       WHERE n.number = f.value
                                       ORDER BY n.set_id DESC LIMIT 1)))
UNION ALL
SELECT * FROM (SELECT h.id, 3, coalesce(h.last_verified_on, ''), h.last_verified_on, NULL, NULL
FROM households AS h)
UNION ALL
SELECT * FROM (SELECT s.id, 4, s.since, s.since, NULL, NULL
FROM (SELECT g.id AS id,
             CASE WHEN g.last_other IS NULL THEN g.first_current
                  ELSE (SELECT min(r.assessed_on) FROM stage_assessments AS r
                        WHERE r.household_id = g.id AND r.stage = g.stage
                          AND r.assessed_on > g.last_other) END AS since
      FROM (SELECT h.id AS id, h.current_stage AS stage,
                   min(CASE WHEN a.stage = h.current_stage THEN a.assessed_on END)
                     AS first_current,
                   max(CASE WHEN a.stage <> h.current_stage THEN a.assessed_on END)
                     AS last_other
            FROM households AS h
            JOIN stage_assessments AS a ON a.household_id = h.id
            WHERE h.current_stage IN ('survival', 'sufficiency')
            GROUP BY h.id) AS g
      LIMIT -1) AS s
WHERE s.since IS NOT NULL)
UNION ALL
SELECT * FROM (SELECT p.household_id, 5, pa.due_on, pa.due_on, i.number, pa.text
FROM plan_activities AS pa
JOIN plan_problems AS pp ON pp.id = pa.problem_id
JOIN development_plans AS p ON p.id = pp.plan_id
LEFT JOIN indicators AS i ON i.id = pp.indicator_id
WHERE p.is_current = 1 AND pa.status IN ('planned', 'doing') AND pa.due_on IS NOT NULL)
) AS w JOIN households AS h ON h.id = w.household_id ORDER BY h.village_code
"""


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "follow_up_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("village_code", sa.String(length=8), nullable=False),
        sa.Column("household_key", sa.String(length=20), nullable=False),
        sa.Column("house_no", sa.String(length=20), nullable=False),
        sa.Column("house_no_key", sa.String(length=60), nullable=False),
        sa.Column("head_name", sa.String(length=201), nullable=False),
        sa.Column("kind", sa.Integer(), nullable=False),
        sa.Column("cut", sa.String(length=10), nullable=False),
        sa.Column("detail_on", sa.Date(), nullable=True),
        sa.Column("indicator_number", sa.Integer(), nullable=True),
        sa.Column("activity_text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_follow_up_lines_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_lines")),
    )
    if not on_postgresql():  # the worklist has no PostgreSQL path yet: its lines stay empty
        op.execute(FILL_SQL)  # the indexes after: faster
    op.create_index(
        "ix_follow_up_lines_household_kind_cut",
        "follow_up_lines",
        ["household_id", "kind", "cut"],
    )
    op.create_index("ix_follow_up_lines_kind_cut", "follow_up_lines", ["kind", "cut"])
    op.create_index(
        "ix_follow_up_lines_village_kind_cut", "follow_up_lines", ["village_code", "kind", "cut"]
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_follow_up_lines_village_kind_cut", table_name="follow_up_lines")
    op.drop_index("ix_follow_up_lines_kind_cut", table_name="follow_up_lines")
    op.drop_index("ix_follow_up_lines_household_kind_cut", table_name="follow_up_lines")
    op.drop_table("follow_up_lines")
