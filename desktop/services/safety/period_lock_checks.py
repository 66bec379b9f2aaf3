"""Which active period lock holds a record: asked by every writer inside its transaction.

The rules are described in desktop/services/safety/period_locks.py. ``lock_for_*`` return the
holding lock (the oldest when several do) or None; ``refuse_*`` raise RecordLocked, and
are what the writers call before they write anything. When no lock is active, each check
is one count over a tiny table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from db.models import Assistance, Household, Project, ProjectArea, Subdistrict
from db.models.office import PeriodLock
from desktop.services.thai import fiscal_year_of, format_be_date

__all__ = [
    "LockRow",
    "RecordLocked",
    "lock_for_assistance",
    "lock_for_household",
    "lock_for_project",
    "lock_for_subdistricts",
    "lock_row",
    "refuse_locked_assistance",
    "refuse_locked_household",
    "refuse_locked_project",
    "refuse_locked_subdistricts",
]


@dataclass(frozen=True)
class LockRow:
    id: int
    fiscal_year: int  # BE
    subdistrict_code: str | None  # None: the whole district
    subdistrict_th: str  # "" for the whole district
    subdistrict_en: str
    locked_at: dt.datetime  # timezone-aware UTC: show it with .astimezone()
    locked_by: str
    reason: str
    unlocked_at: dt.datetime | None
    unlocked_by: str | None
    unlock_reason: str
    export_file: str  # the submitted workbook's file name, "" when not given

    @property
    def active(self) -> bool:
        return self.unlocked_at is None

    @property
    def area_th(self) -> str:
        return f"ตำบล{self.subdistrict_th}" if self.subdistrict_code else "ทั้งอำเภอ"

    @property
    def area_en(self) -> str:
        if not self.subdistrict_code:
            return "whole district"
        return f"subdistrict {self.subdistrict_en or self.subdistrict_code}"


class RecordLocked(Exception):
    """The record belongs to a locked (submitted) period; nothing was written."""

    def __init__(self, lock: LockRow) -> None:
        self.lock = lock
        day = format_be_date(lock.locked_at.astimezone().date())
        self.message_th = (
            f"แก้ไขไม่ได้: ข้อมูลนี้อยู่ในงวดที่ส่งแล้วและถูกล็อก (ปีงบประมาณ {lock.fiscal_year}"
            f" {lock.area_th}) โดย {lock.locked_by} เมื่อ {day} เหตุผล: {lock.reason}"
            " — ต้องให้หัวหน้าปลดล็อกก่อนจึงจะแก้ไขได้"
        )
        self.message_en = (
            f"Cannot change: this record belongs to a submitted period that is locked"
            f" (fiscal year {lock.fiscal_year}, {lock.area_en}) by {lock.locked_by} on {day}"
            f" (BE). Reason: {lock.reason}. A supervisor must unlock it first."
        )
        super().__init__(f"record_locked: {self.message_en}")


def lock_row(session: Session, lock: PeriodLock) -> LockRow:
    subdistrict = session.get(Subdistrict, lock.subdistrict_code) if lock.subdistrict_code else None
    return LockRow(
        id=lock.id,
        fiscal_year=lock.fiscal_year,
        subdistrict_code=lock.subdistrict_code,
        subdistrict_th=subdistrict.name_th if subdistrict is not None else "",
        subdistrict_en=subdistrict.name_en if subdistrict is not None else "",
        locked_at=lock.locked_at.replace(tzinfo=dt.UTC),
        locked_by=lock.locked_by,
        reason=lock.reason,
        unlocked_at=lock.unlocked_at.replace(tzinfo=dt.UTC) if lock.unlocked_at else None,
        unlocked_by=lock.unlocked_by,
        unlock_reason=lock.unlock_reason,
        export_file=lock.export_file,
    )


# Which lock holds ... ------------------------------------------------------------------


def lock_for_household(
    session: Session, household_id: int, on: dt.date | None = None
) -> PeriodLock | None:
    """The active lock on the household's subdistrict (or the whole district). Without
    ``on``: of any fiscal year (the household itself, its members, incomes, answers and
    stages); with ``on``: only of the fiscal year ``on`` falls in (its dated records,
    assistance given on ``on``)."""
    return _first_for_households(session, [household_id], on)


def lock_for_assistance(
    session: Session, household_id: int, given_on: dt.date
) -> PeriodLock | None:
    """The active lock holding assistance given to the household on ``given_on``."""
    return _first_for_households(session, [household_id], given_on)


def lock_for_subdistricts(
    session: Session, subdistrict_codes: Iterable[str], fiscal_year: int | None = None
) -> PeriodLock | None:
    """The active lock on any of the subdistricts (a district-wide one included), of
    ``fiscal_year`` or, when None, of any fiscal year."""
    codes = sorted(set(subdistrict_codes))
    if not codes or not _any_active(session):
        return None
    query = _active().where(
        or_(PeriodLock.subdistrict_code.is_(None), PeriodLock.subdistrict_code.in_(codes))
    )
    if fiscal_year is not None:
        query = query.where(PeriodLock.fiscal_year == fiscal_year)
    return session.scalar(query)


def lock_for_project(
    session: Session,
    project_id: int | None,
    *,
    fiscal_year: int | None = None,
    subdistrict_codes: Iterable[str] = (),
) -> PeriodLock | None:
    """The active lock holding the project as stored (``project_id``) or as it is about to
    be saved (``fiscal_year`` with the subdistricts of its areas). A project is held by a
    district-wide lock of its fiscal year, and by a subdistrict lock of its fiscal year when
    it works there (an area in it) or helped a household there, as the exchange export of
    that subdistrict picks its projects."""
    if not _any_active(session):
        return None
    helped: set[str] = set()
    if project_id is not None:
        project = session.get(Project, project_id)
        if project is not None:
            helped = _helped_subdistricts(session, project_id)
            areas = set(
                session.scalars(
                    select(ProjectArea.subdistrict_code).where(ProjectArea.project_id == project_id)
                )
            )
            stored = _for_project_year(session, project.fiscal_year, areas | helped)
            if stored is not None:
                return stored
    if fiscal_year is None:
        return None
    return _for_project_year(session, fiscal_year, set(subdistrict_codes) | helped)


# Guards for the writers ---------------------------------------------------------------


def refuse_locked_household(
    session: Session, household_id: int | None, village_code: str = ""
) -> None:
    """RecordLocked when the household (as stored) or the village it is being saved into
    lies in a locked area (any fiscal year)."""
    lock = lock_for_household(session, household_id) if household_id is not None else None
    if lock is None and village_code.strip():
        lock = lock_for_subdistricts(session, [village_code.strip()[:6]])
    _refuse(session, lock)


def refuse_locked_assistance(
    session: Session, household_ids: Collection[int], given_on: dt.date | None
) -> None:
    """RecordLocked when assistance given on ``given_on`` to any of the households is held
    (no date: nothing to check, the draft's own check refuses it)."""
    if given_on is not None:
        _refuse(session, _first_for_households(session, household_ids, given_on))


def refuse_locked_project(
    session: Session,
    project_id: int | None,
    *,
    fiscal_year: int | None = None,
    subdistrict_codes: Iterable[str] = (),
) -> None:
    """RecordLocked when the project as stored or as about to be saved is held."""
    lock = lock_for_project(
        session, project_id, fiscal_year=fiscal_year, subdistrict_codes=subdistrict_codes
    )
    _refuse(session, lock)


def refuse_locked_subdistricts(session: Session, subdistrict_codes: Iterable[str]) -> None:
    """RecordLocked when any of the subdistricts is locked (any fiscal year)."""
    _refuse(session, lock_for_subdistricts(session, subdistrict_codes))


# Helpers ------------------------------------------------------------------------------


def _refuse(session: Session, lock: PeriodLock | None) -> None:
    if lock is not None:
        raise RecordLocked(lock_row(session, lock))


def _active() -> Select[tuple[PeriodLock]]:
    return (
        select(PeriodLock).where(PeriodLock.unlocked_at.is_(None)).order_by(PeriodLock.id).limit(1)
    )


def _any_active(session: Session) -> bool:
    query = select(func.count()).select_from(PeriodLock).where(PeriodLock.unlocked_at.is_(None))
    return bool(session.scalar(query))


def _first_for_households(
    session: Session, household_ids: Collection[int], on: dt.date | None
) -> PeriodLock | None:
    if not household_ids or not _any_active(session):
        return None
    area = func.substr(Household.village_code, 1, 6)
    query = _active().join(
        Household,
        or_(PeriodLock.subdistrict_code.is_(None), PeriodLock.subdistrict_code == area),
    )
    query = query.where(Household.id.in_(sorted(set(household_ids))))
    if on is not None:
        query = query.where(PeriodLock.fiscal_year == fiscal_year_of(on))
    return session.scalar(query)


def _helped_subdistricts(session: Session, project_id: int) -> set[str]:
    area = func.substr(Household.village_code, 1, 6)
    query = (
        select(area)
        .distinct()
        .join(Assistance, Assistance.household_id == Household.id)
        .where(Assistance.project_id == project_id)
    )
    return set(session.scalars(query))


def _for_project_year(
    session: Session, fiscal_year: int, subdistrict_codes: set[str]
) -> PeriodLock | None:
    query = _active().where(
        PeriodLock.fiscal_year == fiscal_year,
        or_(
            PeriodLock.subdistrict_code.is_(None),
            PeriodLock.subdistrict_code.in_(sorted(subdistrict_codes)),
        ),
    )
    return session.scalar(query)
