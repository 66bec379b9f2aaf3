"""Settings, editable code lists, users, supervisor period locks and the change log."""

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from db.base import BE_YEAR_RANGE, Base


class Setting(Base):
    """One office setting as text (the office's district, clerk defaults, thresholds...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class CodeItem(Base):
    """One entry of an editable code list (relations, occupations, assistance types...).

    A code in use is never deleted, only retired.
    """

    __tablename__ = "code_items"

    list_name: Mapped[str] = mapped_column(String(30), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)


class User(Base):
    """A clerk using the shared PC; the change log records who did what."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('clerk', 'supervisor')", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(10), default="clerk")
    password_hash: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())


class PeriodLock(Base):
    """A supervisor's lock on a submitted period (migration 0003): fiscal year (BE) and
    subdistrict (None: the whole district). Active while ``unlocked_at`` is NULL; rows are
    never deleted, so the lock history stays. Semantics: desktop/services/safety/period_locks.py.
    """

    __tablename__ = "period_locks"
    __table_args__ = (CheckConstraint(f"fiscal_year {BE_YEAR_RANGE}", name="fiscal_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int]
    subdistrict_code: Mapped[str | None] = mapped_column(ForeignKey("subdistricts.code"))
    locked_at: Mapped[dt.datetime] = mapped_column(DateTime)  # naive UTC, as the change log
    locked_by: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text)
    unlocked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    unlocked_by: Mapped[str | None] = mapped_column(String(100))
    unlock_reason: Mapped[str] = mapped_column(Text, default="")
    export_file: Mapped[str] = mapped_column(String(260), default="")  # the submission's name


class ChangeLog(Base):
    """Audit trail: who changed which field of which record, when, from what to what."""

    __tablename__ = "change_log"
    __table_args__ = (
        CheckConstraint("action IN ('insert', 'update', 'delete')", name="action"),
        Index("ix_change_log_record", "table_name", "record_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now(), index=True)
    user_name: Mapped[str] = mapped_column(String(100), default="")
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int]
    action: Mapped[str] = mapped_column(String(6))
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class IdConflict(Base):
    """A provincial office's open question (migration 0004): one national ID found in the
    households of two districts. The household already in the database keeps the ID
    ("first"); the imported person ("second") was written without it. Never resolved by the
    program: a person chooses who the ID belongs to
    (desktop/services/exchange/province/id_conflicts.py).
    Member and household ids go NULL when those rows are deleted; the keys and names stay.
    """

    __tablename__ = "id_conflicts"
    __table_args__ = (
        CheckConstraint("resolution IN ('', 'first', 'second')", name="resolution"),
        Index("ix_id_conflicts_national_id", "national_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    national_id: Mapped[str] = mapped_column(String(13))
    first_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )
    first_household_key: Mapped[str] = mapped_column(String(20))
    first_name: Mapped[str] = mapped_column(String(201), default="")
    second_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )
    second_household_key: Mapped[str] = mapped_column(String(20))
    second_name: Mapped[str] = mapped_column(String(201), default="")
    source_file: Mapped[str] = mapped_column(String(260), default="")
    found_at: Mapped[dt.datetime] = mapped_column(DateTime)  # naive UTC, as the change log
    found_by: Mapped[str] = mapped_column(String(100), default="")
    resolution: Mapped[str] = mapped_column(String(6), default="")  # "": still open
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, default="")
