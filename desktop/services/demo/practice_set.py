"""An indicator set for practice in the demo office only.

The shipped set (จปฐ. 2560–2564) ends before today's survey years, and an office loads the
set its province sends (Settings → ชุดตัวชี้วัด). A demo office has no province, so that a
new household can be keyed for this year it carries a copy of the shipped indicators under
a name that says it is for practice, covering the years after the demo's own survey
(its answers of 2567 stay as they were made). A real office never gets it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Indicator, IndicatorSet, IndicatorThreshold

PRACTICE_CODE = "DEMO"
PRACTICE_NAME_TH = "ชุดสำหรับทดลอง (สำเนาตัวชี้วัด 2560–2564 ไม่ใช่ชุดทางการ)"
PRACTICE_NAME_EN = "Practice set (a copy of the 2560–2564 indicators, not official)"


def add_practice_set(session: Session, first_year: int, last_year: int) -> IndicatorSet:
    """A copy of the newest set's indicators and thresholds for ``first_year`` to
    ``last_year`` (BE; never before the years the newest set ends)."""
    source = session.scalars(select(IndicatorSet).order_by(IndicatorSet.last_year.desc())).first()
    assert source is not None, "the reference data holds the shipped set"
    practice = IndicatorSet(
        code=PRACTICE_CODE,
        name_th=PRACTICE_NAME_TH,
        name_en=PRACTICE_NAME_EN,
        first_year=max(first_year, source.last_year + 1),
        last_year=max(last_year, first_year, source.last_year + 1),
    )
    session.add(practice)
    thresholds = {
        indicator_id: (survey_year, value)
        for indicator_id, survey_year, value in session.execute(
            select(
                IndicatorThreshold.indicator_id,
                IndicatorThreshold.survey_year,
                IndicatorThreshold.value,
            ).where(IndicatorThreshold.survey_year.is_(None))
        )
    }
    for indicator in source.indicators:
        copy = Indicator(
            indicator_set=practice,
            number=indicator.number,
            dimension=indicator.dimension,
            text_th=indicator.text_th,
            text_en=indicator.text_en,
            tpmap=indicator.tpmap,
        )
        session.add(copy)
        if indicator.id in thresholds:
            session.flush()
            _year, value = thresholds[indicator.id]
            session.add(IndicatorThreshold(indicator_id=copy.id, value=value))
    session.flush()
    return practice
