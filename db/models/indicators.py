"""Indicator sets (จปฐ.), their indicators, thresholds and each household's results."""

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import BE_YEAR_RANGE, Base
from db.fixed_values import DIMENSIONS as DIMENSIONS  # re-exported
from db.fixed_values import RESULT_STATUSES as RESULT_STATUSES


class IndicatorSet(Base):
    __tablename__ = "indicator_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    first_year: Mapped[int]
    last_year: Mapped[int]

    indicators: Mapped[list["Indicator"]] = relationship(
        back_populates="indicator_set", order_by="Indicator.number"
    )


class Indicator(Base):
    __tablename__ = "indicators"
    __table_args__ = (
        UniqueConstraint("set_id", "number"),
        CheckConstraint(
            "dimension IN ('health', 'living', 'education', 'income', 'access')",
            name="dimension",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("indicator_sets.id"), index=True)
    number: Mapped[int]
    dimension: Mapped[str] = mapped_column(String(10))
    text_th: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
    tpmap: Mapped[bool] = mapped_column(default=True)

    indicator_set: Mapped[IndicatorSet] = relationship(back_populates="indicators")


class IndicatorThreshold(Base):
    """A numeric threshold of an indicator (no. 22's baht per person per year).

    A row with no survey year is the set's default; a row with one overrides it.
    """

    __tablename__ = "indicator_thresholds"
    __table_args__ = (UniqueConstraint("indicator_id", "survey_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id"))
    survey_year: Mapped[int | None]
    value: Mapped[int]


class IndicatorResult(Base):
    """A household's answer on one indicator in one survey year (BE)."""

    __tablename__ = "indicator_results"
    __table_args__ = (
        UniqueConstraint("household_id", "indicator_id", "survey_year"),
        CheckConstraint("status IN ('passed', 'failed', 'na')", name="status"),
        CheckConstraint(
            "derived_status IS NULL OR derived_status IN ('passed', 'failed', 'na')",
            name="derived_status",
        ),
        CheckConstraint(f"survey_year {BE_YEAR_RANGE}", name="survey_year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The unique (household, indicator, year) index serves household look-ups too.
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id"), index=True)
    survey_year: Mapped[int]
    status: Mapped[str] = mapped_column(String(6))
    derived_status: Mapped[str | None] = mapped_column(String(6))
    derived_value: Mapped[float | None]
    verified_by: Mapped[str] = mapped_column(String(100), default="")
    verified_on: Mapped[dt.date | None] = mapped_column(Date)
