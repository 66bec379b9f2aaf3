"""Declarative base with a naming convention, so migrations name constraints stably."""

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Every table of the office database."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Years that name something (a fiscal year, a survey year) are stored as Buddhist-era
# integers, because that is how every document names them; calendar dates are ISO (CE).
BE_YEAR_RANGE = "BETWEEN 2400 AND 2700"
