"""The use cases of indicator sets: list them, dry-run a workbook, load it, export a set.

Each call is one session; the load is one transaction with its change log, preceded by
``before_write`` (the app passes the database integrity gate's wait)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.follow_up_lines import refresh_planned_households
from db.models import Indicator, IndicatorResult, IndicatorSet, IndicatorThreshold
from desktop.services.indicator_sets.book_reading import (
    IndicatorRow,
    SetBook,
    ThresholdRow,
    read_set_book,
)
from desktop.services.indicator_sets.book_writing import write_set_book
from desktop.services.indicator_sets.loading import LoadPlan, apply_load, plan_load
from desktop.services.safety import ChangeWriter, utc_now


@dataclass(frozen=True)
class SetSummary:
    """One indicator set the office holds, as Settings lists it."""

    code: str
    name_th: str
    name_en: str
    first_year: int
    last_year: int
    indicators: int
    tpmap_indicators: int
    thresholds: int
    results: int  # household answers given in it


@dataclass(frozen=True)
class LoadResult:
    plan: LoadPlan
    changes: int  # change-log rows written (0: refused, nothing written)

    @property
    def loaded(self) -> bool:
        return self.plan.can_load


class UnknownSet(LookupError):
    """No indicator set has this code."""


class IndicatorSetService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._session_factory = session_factory
        self._before_write = before_write

    def sets(self) -> list[SetSummary]:
        """Every set, the newest years first."""
        with self._session_factory() as session:
            counts = dict(
                session.execute(
                    select(Indicator.set_id, func.count()).group_by(Indicator.set_id)
                ).all()
            )
            tpmap = dict(
                session.execute(
                    select(Indicator.set_id, func.count())
                    .where(Indicator.tpmap.is_(True))
                    .group_by(Indicator.set_id)
                ).all()
            )
            thresholds = dict(
                session.execute(
                    select(Indicator.set_id, func.count())
                    .join(IndicatorThreshold, IndicatorThreshold.indicator_id == Indicator.id)
                    .group_by(Indicator.set_id)
                ).all()
            )
            results = dict(
                session.execute(
                    select(Indicator.set_id, func.count())
                    .join(IndicatorResult, IndicatorResult.indicator_id == Indicator.id)
                    .group_by(Indicator.set_id)
                ).all()
            )
            rows = session.scalars(
                select(IndicatorSet).order_by(IndicatorSet.first_year.desc(), IndicatorSet.id)
            )
            return [
                SetSummary(
                    row.code,
                    row.name_th,
                    row.name_en,
                    row.first_year,
                    row.last_year,
                    counts.get(row.id, 0),
                    tpmap.get(row.id, 0),
                    thresholds.get(row.id, 0),
                    results.get(row.id, 0),
                )
                for row in rows
            ]

    def dry_run(self, path: Path) -> LoadPlan:
        """What loading the workbook would do; writes nothing. SetBookRefused when the
        workbook itself is malformed (its problems name sheet, row, column and field)."""
        book = read_set_book(path)
        with self._session_factory() as session:
            return plan_load(session, book)

    def load(self, book: SetBook, *, user_name: str) -> LoadResult:
        """Store ``book`` in one transaction with its change log, checked again against the
        database as it is now; nothing is stored when the plan has problems."""
        self._before_write()
        with self._session_factory.begin() as session:
            log = ChangeWriter(session, user_name, utc_now())
            plan, _set_id = apply_load(session, book, log)
            if not plan.can_load:
                session.rollback()
                return LoadResult(plan, 0)
            session.flush()
            refresh_planned_households(session)  # an indicator's dimension may have moved
            return LoadResult(plan, log.count)

    def export(self, code: str, out: Path) -> SetBook:
        """Write set ``code`` as its workbook to ``out``; UnknownSet if there is none."""
        with self._session_factory() as session:
            book = set_book(session, code)
        write_set_book(book, out)
        return book


def set_book(session: Session, code: str) -> SetBook:
    """Set ``code`` as the workbook carries it."""
    found = session.scalar(select(IndicatorSet).where(IndicatorSet.code == code))
    if found is None:
        raise UnknownSet(code)
    numbers = {row.id: row.number for row in found.indicators}
    thresholds = session.scalars(
        select(IndicatorThreshold).where(IndicatorThreshold.indicator_id.in_(list(numbers)))
    )
    return SetBook(
        code=found.code,
        name_th=found.name_th,
        name_en=found.name_en,
        first_year=found.first_year,
        last_year=found.last_year,
        indicators=tuple(
            IndicatorRow(i.number, i.dimension, i.text_th, i.text_en, i.tpmap)
            for i in found.indicators
        ),
        thresholds=tuple(
            sorted(
                (ThresholdRow(numbers[t.indicator_id], t.survey_year, t.value) for t in thresholds),
                key=lambda t: (t.number, t.survey_year or 0),
            )
        ),
    )
