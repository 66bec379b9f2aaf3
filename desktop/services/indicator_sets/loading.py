"""A checked set book against what the office holds: the dry run's plan, then the load.

A set is added whole or not at all. Its survey years may not overlap another set's (a
survey year uses exactly one set). A set whose code the office already has is a new
version of it: it replaces the old one only while no household answer refers to the old
one's indicators; otherwise it is refused (the answers keep their set; give the new set a
new code). Every row written or removed is logged to the change log.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Indicator, IndicatorResult, IndicatorSet, IndicatorThreshold
from desktop.services.indicator_sets.book_reading import SetBook
from desktop.services.indicator_sets.layout import DIMENSION_NAMES, SET_SHEET
from desktop.services.indicator_sets.messages import SetProblem, SetProblemCode, problem
from desktop.services.safety import ChangeWriter


@dataclass(frozen=True)
class LoadPlan:
    """What loading ``book`` would do; ``problems`` non-empty: it would store nothing."""

    book: SetBook
    replaces: bool  # the office has a set of this code, unused: it would be replaced
    problems: tuple[SetProblem, ...]

    @property
    def can_load(self) -> bool:
        return not self.problems

    @property
    def per_dimension(self) -> dict[str, int]:
        """Indicators per dimension, in the dimensions' order (those with none left out)."""
        counts = Counter(row.dimension for row in self.book.indicators)
        return {name: counts[name] for name in DIMENSION_NAMES if counts[name]}

    @property
    def tpmap_count(self) -> int:
        return sum(row.tpmap for row in self.book.indicators)


def plan_load(session: Session, book: SetBook) -> LoadPlan:
    """The plan for ``book`` in this database; writes nothing."""
    problems: list[SetProblem] = []
    existing = session.scalar(select(IndicatorSet).where(IndicatorSet.code == book.code))
    for other in session.scalars(select(IndicatorSet).order_by(IndicatorSet.first_year)):
        if other.code == book.code:
            continue
        if other.first_year <= book.last_year and book.first_year <= other.last_year:
            problems.append(
                problem(
                    SetProblemCode.OVERLAPPING_YEARS,
                    SET_SHEET.title,
                    3,
                    field="first_year",
                    set_code=other.code,
                    name=other.name_th,
                    first=other.first_year,
                    last=other.last_year,
                )
            )
    if existing is not None:
        used = session.scalar(
            select(func.count())
            .select_from(IndicatorResult)
            .join(Indicator, Indicator.id == IndicatorResult.indicator_id)
            .where(Indicator.set_id == existing.id)
        )
        if used:
            problems.append(
                problem(
                    SetProblemCode.SET_IN_USE,
                    SET_SHEET.title,
                    3,
                    field="code",
                    set_code=book.code,
                    results=f"{used:,}",
                )
            )
    return LoadPlan(book, existing is not None, tuple(problems))


def apply_load(session: Session, book: SetBook, log: ChangeWriter) -> tuple[LoadPlan, int]:
    """Plan again inside the caller's transaction and, if nothing stands in the way, write
    the set (replacing an unused old version). Returns the plan and the new set's id
    (0 when the plan has problems: nothing was written)."""
    plan = plan_load(session, book)
    if not plan.can_load:
        return plan, 0
    if plan.replaces:
        _remove(session, book.code, log)
    values = {
        "code": book.code,
        "name_th": book.name_th,
        "name_en": book.name_en,
        "first_year": book.first_year,
        "last_year": book.last_year,
    }
    indicator_set = IndicatorSet(**values)
    session.add(indicator_set)
    session.flush()
    log.write(
        "insert",
        "indicator_sets",
        indicator_set,
        {},
        {**values, "indicators": len(book.indicators)},
    )
    indicators: dict[int, Indicator] = {}
    for row in book.indicators:
        fields = {
            "set_id": indicator_set.id,
            "number": row.number,
            "dimension": row.dimension,
            "text_th": row.text_th,
            "text_en": row.text_en,
            "tpmap": row.tpmap,
        }
        indicators[row.number] = indicator = Indicator(**fields)
        session.add(indicator)
        log.write("insert", "indicators", indicator, {}, {**fields, "set_code": book.code})
    session.flush()
    for threshold in book.thresholds:
        fields = {
            "indicator_id": indicators[threshold.number].id,
            "survey_year": threshold.survey_year,
            "value": threshold.value,
        }
        added = IndicatorThreshold(**fields)
        session.add(added)
        log.write(
            "insert",
            "indicator_thresholds",
            added,
            {},
            {**fields, "set_code": book.code, "number": threshold.number},
        )
    session.flush()
    log.flush()
    return plan, indicator_set.id


def _remove(session: Session, code: str, log: ChangeWriter) -> None:
    """The old, unused version of set ``code``: its thresholds, indicators and itself."""
    old = session.scalar(select(IndicatorSet).where(IndicatorSet.code == code))
    if old is None:
        return
    for indicator in old.indicators:
        for threshold in session.scalars(
            select(IndicatorThreshold).where(IndicatorThreshold.indicator_id == indicator.id)
        ):
            log.write(
                "delete",
                "indicator_thresholds",
                threshold.id,
                {
                    "set_code": code,
                    "number": indicator.number,
                    "survey_year": threshold.survey_year,
                    "value": threshold.value,
                },
                {},
            )
            session.delete(threshold)
        log.write(
            "delete",
            "indicators",
            indicator.id,
            {"set_code": code, "number": indicator.number, "text_th": indicator.text_th},
            {},
        )
        session.delete(indicator)
    session.flush()
    log.write(
        "delete",
        "indicator_sets",
        old.id,
        {
            "code": code,
            "name_th": old.name_th,
            "first_year": old.first_year,
            "last_year": old.last_year,
        },
        {},
    )
    session.delete(old)
    session.flush()
