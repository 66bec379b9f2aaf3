"""Revision 0001: Provinces, districts, subdistricts (seeded from geothai) and villages.

Frozen with the revision: a later schema change is a new migration, never an edit here.
"""

import sqlalchemy as sa
from alembic import op

from db.migrations.dialect import digits_only

TABLES = ("provinces", "districts", "subdistricts", "villages")


def create() -> None:
    op.create_table(
        "provinces",
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("name_th", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_provinces")),
    )
    op.create_table(
        "districts",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("name_th", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["province_code"], ["provinces.code"], name=op.f("fk_districts_province_code_provinces")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_districts")),
    )
    with op.batch_alter_table("districts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_districts_province_code"), ["province_code"], unique=False
        )
    op.create_table(
        "subdistricts",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("district_code", sa.String(length=4), nullable=False),
        sa.Column("name_th", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=False),
        sa.ForeignKeyConstraint(
            ["district_code"],
            ["districts.code"],
            name=op.f("fk_subdistricts_district_code_districts"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_subdistricts")),
    )
    with op.batch_alter_table("subdistricts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_subdistricts_district_code"), ["district_code"], unique=False
        )
    op.create_table(
        "villages",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("subdistrict_code", sa.String(length=6), nullable=False),
        sa.Column("moo", sa.Integer(), nullable=False),
        sa.Column("name_th", sa.String(length=120), nullable=False),
        sa.CheckConstraint(
            f"length(code) = 8 AND {digits_only('code')} AND substr(code, 1, 6) = subdistrict_code AND CAST(substr(code, 7, 2) AS INTEGER) = moo",
            name=op.f("ck_villages_code_matches_moo"),
        ),
        sa.CheckConstraint("moo BETWEEN 1 AND 99", name=op.f("ck_villages_moo_range")),
        sa.ForeignKeyConstraint(
            ["subdistrict_code"],
            ["subdistricts.code"],
            name=op.f("fk_villages_subdistrict_code_subdistricts"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_villages")),
    )
    with op.batch_alter_table("villages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_villages_subdistrict_code"), ["subdistrict_code"], unique=False
        )
