"""Which indicator set a survey year uses, its blank answers, and indicator 22's income
threshold (baht per person per year) for the year.

A survey year uses the one set whose years cover it (loading a set refuses overlapping
years: desktop.services.indicator_sets). A year no set covers has no set: the form says
so where answers are keyed, instead of offering another year's indicators."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Indicator, IndicatorSet, IndicatorThreshold
from desktop.services.households.draft import IndicatorAnswer

INCOME_INDICATOR = 22
DEFAULT_INCOME_THRESHOLD = 38000  # baht per person per year, used when no setting exists


def indicator_set_for(session: Session, survey_year: int) -> IndicatorSet | None:
    """The indicator set whose years cover ``survey_year``; None when no set does."""
    return session.scalars(
        select(IndicatorSet)
        .where(IndicatorSet.first_year <= survey_year, IndicatorSet.last_year >= survey_year)
        .order_by(IndicatorSet.first_year.desc(), IndicatorSet.id.desc())
        .limit(1)
    ).first()


def income_threshold_for(session: Session, survey_year: int) -> int:
    """Indicator 22's threshold for the year, else the set's default, else 38,000 (also
    when no set covers the year: the suggestion of no. 22 then has nothing to answer)."""
    indicator_set = indicator_set_for(session, survey_year)
    if indicator_set is None:
        return DEFAULT_INCOME_THRESHOLD
    rows = session.execute(
        select(IndicatorThreshold.survey_year, IndicatorThreshold.value)
        .join(Indicator, Indicator.id == IndicatorThreshold.indicator_id)
        .where(Indicator.set_id == indicator_set.id, Indicator.number == INCOME_INDICATOR)
    ).all()
    by_year = {year: value for year, value in rows}
    return by_year.get(survey_year, by_year.get(None, DEFAULT_INCOME_THRESHOLD))


def blank_answers(session: Session, indicator_set: IndicatorSet | None) -> list[IndicatorAnswer]:
    """The set's TPMAP indicators, unanswered, by number."""
    if indicator_set is None:
        return []
    return [
        IndicatorAnswer(i.id, i.number, i.dimension, i.text_th, i.text_en)
        for i in indicator_set.indicators
        if i.tpmap
    ]
