"""Supervisor period locks: a submitted period becomes read-only until a supervisor unlocks.

A lock names a fiscal year Y (BE) and a subdistrict S, or no subdistrict for the whole
district; it is what one exchange export ("a submission", desktop/services/
exchange_export.py) of that scope sent on, and it freezes what that workbook carried:

- households of S (of the district, without S) — whatever Y: the workbook carries every
  such household whole (its members, incomes, answers and stage history of all years),
  so the household form's save and delete are refused for them, saving a household into
  a village of S is refused too, and an import that would add or update one is refused;
- assistance given in fiscal year Y to those households: recording, changing (from or
  to a date in Y) and deleting it is refused; assistance of other fiscal years stays open;
- projects of fiscal year Y — all of them for a district-wide lock, for S those working
  there (an area in S) or having helped a household of S, as the export picks them —
  with their areas, key results and progress reports: save and delete are refused, and
  so is moving another project into fiscal year Y and S.

Not locked: villages, agencies, code lists, users and settings (reference data, not part
of a submission). Several locks may hold at once; the message names the oldest holding
one. A lock stays until ``unlock`` (it is never deleted: its row keeps who locked and
unlocked, when and why, and both are in the change log as table ``period_locks``).
Because households are held whatever the fiscal year, a lock is meant for the time the
submission is with the province; the supervisor unlocks it when the office has to work
on those households again.

Writers refuse with RecordLocked (message_th / message_en name the fiscal year, the area,
who locked it, when and why) inside their one transaction, before writing anything:
household_form (save, delete), projects (save, delete), assistance (record, update,
delete) and import_writer (apply). An import is refused at apply as a whole, not turned
into rejections of the dry run: the check runs inside the apply transaction, so a lock
made after the dry run still holds; a screen can warn earlier with ``active_locks()``.

Only a supervisor locks and unlocks: the role of ``by_user`` is read from the users
table (NotAllowed otherwise).
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Subdistrict
from db.models.office import PeriodLock
from db.office_area import office_district_codes
from desktop.services.safety.change_log import record_changes, utc_now
from desktop.services.safety.period_lock_checks import (
    LockRow,
    RecordLocked,
    lock_for_assistance,
    lock_for_household,
    lock_for_project,
    lock_for_subdistricts,
    lock_row,
)
from desktop.services.safety.user_messages import Duty, NotAllowed
from desktop.services.safety.users import require_supervisor
from desktop.services.thai import MAX_BE_YEAR, MIN_BE_YEAR

__all__ = [
    "LockProblem",
    "LockRejected",
    "LockRow",
    "NotAllowed",
    "PeriodLockService",
    "RecordLocked",
    "lock_for_assistance",
    "lock_for_household",
    "lock_for_project",
    "lock_for_subdistricts",
]

TABLE = "period_locks"  # the change log's table name
REASON_LIMIT = 500


class LockProblem(enum.Enum):
    EMPTY_REASON = "empty_reason"
    REASON_TOO_LONG = "reason_too_long"  # params: limit
    FISCAL_YEAR_RANGE = "fiscal_year_range"  # params: min, max
    UNKNOWN_SUBDISTRICT = "unknown_subdistrict"  # params: subdistrict
    ALREADY_LOCKED = "already_locked"  # params: fiscal_year, area
    UNKNOWN_LOCK = "unknown_lock"  # params: id
    ALREADY_UNLOCKED = "already_unlocked"  # params: id


_TEXT: dict[LockProblem, tuple[str, str]] = {
    LockProblem.EMPTY_REASON: ("กรุณาระบุเหตุผล", "Give a reason."),
    LockProblem.REASON_TOO_LONG: (
        "เหตุผลยาวได้ไม่เกิน {limit} ตัวอักษร",
        "A reason has at most {limit} characters.",
    ),
    LockProblem.FISCAL_YEAR_RANGE: (
        "ปีงบประมาณต้องเป็นปี พ.ศ. {min}–{max}",
        "A fiscal year is a BE year from {min} to {max}.",
    ),
    LockProblem.UNKNOWN_SUBDISTRICT: (
        "ไม่พบตำบลรหัส {subdistrict} ในอำเภอนี้",
        "There is no subdistrict {subdistrict} in this district.",
    ),
    LockProblem.ALREADY_LOCKED: (
        "ปีงบประมาณ {fiscal_year} {area} ถูกล็อกอยู่แล้ว",
        "Fiscal year {fiscal_year} ({area}) is locked already.",
    ),
    LockProblem.UNKNOWN_LOCK: ("ไม่พบการล็อกหมายเลข {id}", "There is no lock {id}."),
    LockProblem.ALREADY_UNLOCKED: (
        "การล็อกหมายเลข {id} ถูกปลดแล้ว",
        "Lock {id} has been unlocked already.",
    ),
}


class LockRejected(ValueError):
    """A lock or unlock refused; nothing was written."""

    def __init__(self, code: LockProblem, **params: object) -> None:
        self.code = code
        self.params = {name: str(value) for name, value in params.items()}
        thai, english = _TEXT[code]
        self.message_th = thai.format(**self.params)
        self.message_en = english.format(**self.params)
        super().__init__(f"{code.value}: {self.message_en}")


class PeriodLockService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._factory = session_factory
        self._before_write = before_write

    # Reads ----------------------------------------------------------------------------

    def active_locks(self) -> list[LockRow]:
        """The locks in force: the newest fiscal year first, the whole district before its
        subdistricts, then the oldest lock first."""
        with self._factory() as session:
            locks = session.scalars(
                select(PeriodLock)
                .where(PeriodLock.unlocked_at.is_(None))
                .order_by(
                    PeriodLock.fiscal_year.desc(),
                    PeriodLock.subdistrict_code.is_not(None),
                    PeriodLock.subdistrict_code,
                    PeriodLock.id,
                )
            )
            return [lock_row(session, lock) for lock in locks]

    def all_locks(self) -> list[LockRow]:
        """Every lock ever made, unlocked ones included, the newest first."""
        with self._factory() as session:
            locks = session.scalars(select(PeriodLock).order_by(PeriodLock.id.desc()))
            return [lock_row(session, lock) for lock in locks]

    # Writes ---------------------------------------------------------------------------

    def lock(
        self,
        fiscal_year: int,
        subdistrict_code: str | None,
        reason: str,
        by_user: str,
        *,
        export_file: str = "",
    ) -> LockRow:
        """Lock fiscal year ``fiscal_year`` of a subdistrict (None or "": the district).
        ``export_file``: the submitted workbook's file name, kept with the lock."""
        cleaned = _checked_reason(reason)
        code = (subdistrict_code or "").strip() or None
        self._before_write()
        with self._factory.begin() as session:
            actor = require_supervisor(session, by_user, Duty.LOCK_PERIOD)
            if not MIN_BE_YEAR <= fiscal_year <= MAX_BE_YEAR:
                raise LockRejected(LockProblem.FISCAL_YEAR_RANGE, min=MIN_BE_YEAR, max=MAX_BE_YEAR)
            if code is not None:
                _check_subdistrict(session, code)
            held = session.scalar(
                select(PeriodLock).where(
                    PeriodLock.unlocked_at.is_(None),
                    PeriodLock.fiscal_year == fiscal_year,
                    PeriodLock.subdistrict_code.is_(None)
                    if code is None
                    else PeriodLock.subdistrict_code == code,
                )
            )
            if held is not None:
                row = lock_row(session, held)
                raise LockRejected(
                    LockProblem.ALREADY_LOCKED, fiscal_year=fiscal_year, area=row.area_th
                )
            lock = PeriodLock(
                fiscal_year=fiscal_year,
                subdistrict_code=code,
                locked_at=utc_now(),
                locked_by=actor.name,
                reason=cleaned,
                unlock_reason="",
                export_file=export_file.strip(),
            )
            session.add(lock)
            session.flush()
            _log(session, actor.name, "insert", lock.id, {}, _summary(lock))
            return lock_row(session, lock)

    def unlock(self, lock_id: int, by_user: str, reason: str) -> LockRow:
        """End a lock: the records it held can be changed again."""
        cleaned = _checked_reason(reason)
        self._before_write()
        with self._factory.begin() as session:
            actor = require_supervisor(session, by_user, Duty.UNLOCK_PERIOD)
            lock = session.get(PeriodLock, lock_id)
            if lock is None:
                raise LockRejected(LockProblem.UNKNOWN_LOCK, id=lock_id)
            if lock.unlocked_at is not None:
                raise LockRejected(LockProblem.ALREADY_UNLOCKED, id=lock_id)
            old = _unlock_values(lock)
            lock.unlocked_at = utc_now()
            lock.unlocked_by = actor.name
            lock.unlock_reason = cleaned
            _log(session, actor.name, "update", lock.id, old, _unlock_values(lock))
            return lock_row(session, lock)


def _checked_reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise LockRejected(LockProblem.EMPTY_REASON)
    if len(cleaned) > REASON_LIMIT:
        raise LockRejected(LockProblem.REASON_TOO_LONG, limit=REASON_LIMIT)
    return cleaned


def _check_subdistrict(session: Session, code: str) -> None:
    subdistrict = session.get(Subdistrict, code)
    districts = office_district_codes(session)
    if subdistrict is None or (districts and subdistrict.district_code not in districts):
        raise LockRejected(LockProblem.UNKNOWN_SUBDISTRICT, subdistrict=code)


def _summary(lock: PeriodLock) -> dict[str, object]:
    return {
        "fiscal_year": lock.fiscal_year,
        "subdistrict_code": lock.subdistrict_code,
        "reason": lock.reason,
        "export_file": lock.export_file,
    }


def _unlock_values(lock: PeriodLock) -> dict[str, object]:
    return {
        "unlocked_at": lock.unlocked_at,
        "unlocked_by": lock.unlocked_by,
        "unlock_reason": lock.unlock_reason,
    }


def _log(
    session: Session,
    by: str,
    action: str,
    lock_id: int,
    old: dict[str, object],
    new: dict[str, object],
) -> None:
    record_changes(
        session,
        user_name=by,
        table_name=TABLE,
        record_id=lock_id,
        old=old,
        new=new,
        action=action,
        at=utc_now(),
    )
