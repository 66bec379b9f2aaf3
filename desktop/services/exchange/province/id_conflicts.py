"""A provincial office's list of national IDs found in two districts, and resolving them.

Each conflict names the person the database already had ("first", who kept the ID) and
the person a district's workbook brought in ("second", written without the ID); see
desktop/services/exchange/import_/conflicts.py. A person decides who the ID belongs to:

- ``first``: the person of the first household is the one; the second household's
  person is removed from it;
- ``second``: the person of the second household is the one; the first household's person
  is removed and the second gets the ID.

Either way in one transaction with the change log, after the period-lock check of the
household that loses a person. Nothing is decided by the program.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.household_summary import refresh_household_summaries
from db.models import District, Household, IdConflict, Member, Subdistrict, Village
from desktop.services.households.store import MEMBER_FIELDS
from desktop.services.safety import (
    ChangeWriter,
    raise_versions,
    refuse_locked_subdistricts,
    utc_now,
    values_of,
)

NOTE_LIMIT = 500


class Owner(enum.StrEnum):
    FIRST = "first"
    SECOND = "second"


class ConflictProblem(enum.Enum):
    NOT_FOUND = "not_found"  # no such conflict, or already resolved
    PERSON_GONE = "person_gone"  # the person to keep was deleted since
    NOTE_TOO_LONG = "note_too_long"
    IS_HEAD = "is_head"  # the person to remove heads their household
    ID_HELD_ELSEWHERE = "id_held_elsewhere"  # a third person holds the ID now


class ConflictRefused(ValueError):
    def __init__(self, problem: ConflictProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem

    @property
    def message_th(self) -> str:
        return {
            ConflictProblem.NOT_FOUND: "ไม่พบรายการนี้ หรือมีผู้แก้ไขไปแล้ว",
            ConflictProblem.PERSON_GONE: (
                "ไม่พบบุคคลที่เลือกให้คงไว้แล้ว (ถูกลบไปหลังจากนำเข้า) จึงยังไม่แก้ไขรายการนี้"
            ),
            ConflictProblem.NOTE_TOO_LONG: f"หมายเหตุยาวเกิน {NOTE_LIMIT} ตัวอักษร",
            ConflictProblem.IS_HEAD: (
                "บุคคลที่จะนำออกเป็นหัวหน้าครัวเรือน กรุณาเปิดครัวเรือนนั้นแล้วเลือกหัวหน้าครัวเรือนคนใหม่ก่อน"
            ),
            ConflictProblem.ID_HELD_ELSEWHERE: (
                "ขณะนี้เลขประจำตัวประชาชนนี้อยู่กับบุคคลอื่นในครัวเรือนอื่นแล้ว จึงยังไม่แก้ไขรายการนี้"
            ),
        }[self.problem]

    @property
    def message_en(self) -> str:
        return {
            ConflictProblem.NOT_FOUND: "This conflict is gone or was already resolved.",
            ConflictProblem.PERSON_GONE: (
                "The person chosen to keep the ID was deleted since the import;"
                " nothing was changed."
            ),
            ConflictProblem.NOTE_TOO_LONG: f"The note is longer than {NOTE_LIMIT} characters.",
            ConflictProblem.IS_HEAD: (
                "The person to remove heads their household: open it and choose another head first."
            ),
            ConflictProblem.ID_HELD_ELSEWHERE: (
                "Another person of another household holds this national ID now;"
                " nothing was changed."
            ),
        }[self.problem]


@dataclass(frozen=True)
class PersonSide:
    member_id: int | None  # None: the person was removed since
    household_id: int | None
    household_key: str
    name: str
    place: str  # "หมู่ 3 บ้านนา ต.ในเมือง อ.เมือง" ("" when the household is gone)


@dataclass(frozen=True)
class ConflictRow:
    id: int
    national_id: str
    first: PersonSide
    second: PersonSide
    source_file: str
    found_at: dt.datetime
    found_by: str
    resolution: str  # "" while open, else Owner
    resolved_by: str
    resolved_at: dt.datetime | None
    note: str

    @property
    def is_open(self) -> bool:
        return not self.resolution


class IdConflictService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._session_factory = session_factory
        self._before_write = before_write

    def open_count(self) -> int:
        with self._session_factory() as session:
            found = session.scalar(
                select(func.count()).select_from(IdConflict).where(IdConflict.resolution == "")
            )
            return found or 0

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictRow]:
        """Open ones first (oldest first), then the resolved (newest first)."""
        with self._session_factory() as session:
            query = select(IdConflict)
            if not include_resolved:
                query = query.where(IdConflict.resolution == "")
            rows = list(session.scalars(query))
            rows.sort(key=lambda c: (c.resolution != "", c.id if not c.resolution else -c.id))
            return [_row(session, conflict) for conflict in rows]

    def resolve(self, conflict_id: int, owner: Owner, *, user_name: str, note: str = "") -> None:
        """Give the ID to ``owner``'s person and remove the other (module note)."""
        note = note.strip()
        if len(note) > NOTE_LIMIT:
            raise ConflictRefused(ConflictProblem.NOTE_TOO_LONG)
        self._before_write()
        with self._session_factory.begin() as session:
            conflict = session.get(IdConflict, conflict_id)
            if conflict is None or conflict.resolution:
                raise ConflictRefused(ConflictProblem.NOT_FOUND)
            keep_id, drop_id = (
                (conflict.first_member_id, conflict.second_member_id)
                if owner is Owner.FIRST
                else (conflict.second_member_id, conflict.first_member_id)
            )
            keep = session.get(Member, keep_id) if keep_id is not None else None
            if keep is None:
                raise ConflictRefused(ConflictProblem.PERSON_GONE)
            drop = session.get(Member, drop_id) if drop_id is not None else None
            if drop is not None and drop.is_head:
                raise ConflictRefused(ConflictProblem.IS_HEAD)
            holders = session.scalars(
                select(Member.id).where(Member.national_id == conflict.national_id)
            ).all()
            if any(holder not in (keep.id, drop_id) for holder in holders):
                raise ConflictRefused(ConflictProblem.ID_HELD_ELSEWHERE)
            log = ChangeWriter(session, user_name, utc_now())
            touched = {keep.household_id}
            if drop is not None:
                refuse_locked_subdistricts(session, [drop.household.village_code[:6]])
                touched.add(drop.household_id)
                log.write("delete", "members", drop.id, values_of(drop, MEMBER_FIELDS), {})
                session.delete(drop)
                session.flush()
            if owner is Owner.SECOND and keep.national_id != conflict.national_id:
                refuse_locked_subdistricts(session, [keep.household.village_code[:6]])
                log.write(
                    "update",
                    "members",
                    keep.id,
                    {"national_id": keep.national_id},
                    {"national_id": conflict.national_id},
                )
                keep.national_id = conflict.national_id
            resolved_at = utc_now()
            log.write(
                "update",
                "id_conflicts",
                conflict.id,
                {"resolution": "", "note": conflict.note},
                {"resolution": owner.value, "note": note},
            )
            conflict.resolution = owner.value
            conflict.resolved_by = user_name
            conflict.resolved_at = resolved_at
            conflict.note = note
            session.flush()
            log.flush()
            raise_versions(session, "households", touched)  # their open forms are stale
            refresh_household_summaries(session, sorted(touched))


def _row(session: Session, conflict: IdConflict) -> ConflictRow:
    return ConflictRow(
        id=conflict.id,
        national_id=conflict.national_id,
        first=_side(
            session, conflict.first_member_id, conflict.first_household_key, conflict.first_name
        ),
        second=_side(
            session, conflict.second_member_id, conflict.second_household_key, conflict.second_name
        ),
        source_file=conflict.source_file,
        found_at=conflict.found_at,
        found_by=conflict.found_by,
        resolution=conflict.resolution,
        resolved_by=conflict.resolved_by or "",
        resolved_at=conflict.resolved_at,
        note=conflict.note,
    )


def _side(session: Session, member_id: int | None, key: str, name: str) -> PersonSide:
    member = session.get(Member, member_id) if member_id is not None else None
    household = (
        member.household
        if member is not None
        else session.scalar(select(Household).where(Household.key == key))
    )
    if member is not None:
        name = " ".join(part for part in (member.first_name, member.last_name) if part)
    return PersonSide(
        member_id=member.id if member is not None else None,
        household_id=household.id if household is not None else None,
        household_key=key,
        name=name,
        place=_place(session, household) if household is not None else "",
    )


def _place(session: Session, household: Household) -> str:
    village = session.get(Village, household.village_code)
    if village is None:
        return household.house_no
    subdistrict = session.get(Subdistrict, village.subdistrict_code)
    district = session.get(District, subdistrict.district_code) if subdistrict else None
    parts = [f"บ้านเลขที่ {household.house_no}", f"หมู่ {village.moo} {village.name_th}"]
    if subdistrict is not None:
        parts.append(f"ต.{subdistrict.name_th}")
    if district is not None:
        parts.append(f"อ.{district.name_th}")
    return " ".join(parts)
