"""The use cases of the check before sending: run it, record it, sign off, read the state.

Running only reads (one read transaction, safe on a worker thread); recording a check and
signing off each write in one transaction of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.quality.check import ProgressFn, QualityReport, run_check
from desktop.services.quality.sign_off import (
    SignOffState,
    read_sign_off,
    refuse_sign_off,
    write_check,
    write_sign_off,
)
from desktop.services.safety import Duty, require_supervisor


class QualityService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._factory = session_factory
        self._before_write = before_write

    def check(
        self,
        *,
        today: dt.date,
        survey_year: int | None = None,
        progress: ProgressFn | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> QualityReport:
        """Every rule over the office; writes nothing (CheckCancelled once cancelled)."""
        with self._factory.begin() as session:
            return run_check(
                session.connection(),
                today=today,
                survey_year=survey_year,
                progress=progress,
                cancelled=cancelled,
            )

    def record_check(self, report: QualityReport, *, by: str) -> SignOffState:
        """Keep ``report`` as the office's last check, by the user ``by``; any sign-off
        of an earlier check is cleared."""
        self._before_write()
        with self._factory.begin() as session:
            write_check(session, report, by)
            session.flush()
            return read_sign_off(session.connection())

    def sign_off(self, *, by: str, at: dt.datetime | None = None) -> SignOffState:
        """The supervisor ``by`` signs the checked data off as ready to send.

        NotAllowed when ``by`` is not a supervisor; SignOffRefused when there is no check,
        the data changed since it, or it found problems. Nothing is written then."""
        self._before_write()
        with self._factory.begin() as session:
            actor = require_supervisor(session, by, Duty.SIGN_OFF)
            refuse_sign_off(read_sign_off(session.connection()))
            write_sign_off(session, actor.name, at or dt.datetime.now(dt.UTC))
            session.flush()
            return read_sign_off(session.connection())

    def state(self) -> SignOffState:
        with self._factory() as session:
            return read_sign_off(session.connection())
