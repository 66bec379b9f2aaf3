"""Target households, their members and the members' income lines."""

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import BE_YEAR_RANGE, Base

STAGES = ("survival", "sufficiency", "sustainable")
STAGE_CHECK = "IN ('survival', 'sufficiency', 'sustainable')"


class Household(Base):
    """ครัวเรือนเป้าหมาย. `key` is the office's stable key used in exchange workbooks.

    The welfare flags are the household's as surveyed (its card, its registration), kept
    apart from each member's own card.
    """

    __tablename__ = "households"
    __table_args__ = (
        CheckConstraint(
            "house_code IS NULL OR (length(house_code) = 11 AND house_code NOT GLOB '*[^0-9]*')",
            name="house_code_digits",
        ),
        CheckConstraint(f"current_stage IS NULL OR current_stage {STAGE_CHECK}", name="stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(20), unique=True)
    house_code: Mapped[str | None] = mapped_column(String(11), unique=True)
    house_no: Mapped[str] = mapped_column(String(20), default="")
    village_code: Mapped[str] = mapped_column(ForeignKey("villages.code"), index=True)
    source_list: Mapped[str] = mapped_column(String(20), default="tpmap")
    has_welfare_card: Mapped[bool] = mapped_column(default=False)
    welfare_registered: Mapped[bool] = mapped_column(default=False)
    current_stage: Mapped[str | None] = mapped_column(String(12), index=True)
    last_verified_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )

    members: Mapped[list["Member"]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="Member.seq"
    )


class Member(Base):
    """A person of a household. At most one head per household (partial unique index).

    Title, relation, education, occupation hold codes of the editable code lists
    (`code_items`), never display text.
    """

    __tablename__ = "members"
    __table_args__ = (
        CheckConstraint(
            "national_id IS NULL OR (length(national_id) = 13 AND national_id NOT GLOB '*[^0-9]*')",
            name="national_id_digits",
        ),
        CheckConstraint("sex IS NULL OR sex IN ('M', 'F')", name="sex"),
        Index(
            "uq_members_one_head",
            "household_id",
            unique=True,
            sqlite_where=text("is_head = 1"),
        ),
        Index("ix_members_name_key", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(default=1)
    title: Mapped[str] = mapped_column(String(30), default="")
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    # UCA weights of "first last", packed big-endian: byte order = Thai dictionary order.
    name_key: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    national_id: Mapped[str | None] = mapped_column(String(13), unique=True)
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    relation: Mapped[str] = mapped_column(String(20), default="")
    is_head: Mapped[bool] = mapped_column(default=False)
    education_status: Mapped[str] = mapped_column(String(20), default="")
    education_level: Mapped[str] = mapped_column(String(20), default="")
    literate: Mapped[bool | None]
    occupation_main: Mapped[str] = mapped_column(String(40), default="")
    occupation_second: Mapped[str] = mapped_column(String(40), default="")
    disability: Mapped[bool] = mapped_column(default=False)
    chronic_illness: Mapped[bool] = mapped_column(default=False)
    bedridden: Mapped[bool] = mapped_column(default=False)
    welfare_card: Mapped[bool] = mapped_column(default=False)
    lives_here: Mapped[bool] = mapped_column(default=True)

    household: Mapped[Household] = relationship(back_populates="members")
    income_lines: Mapped[list["IncomeLine"]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )


class IncomeLine(Base):
    """One member's income of one category in one survey year (BE), in satang."""

    __tablename__ = "income_lines"
    __table_args__ = (
        UniqueConstraint("member_id", "survey_year", "category"),
        CheckConstraint(f"survey_year {BE_YEAR_RANGE}", name="survey_year"),
        CheckConstraint("amount_satang >= 0 AND cost_satang >= 0", name="amounts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    survey_year: Mapped[int]
    category: Mapped[str] = mapped_column(String(20))
    amount_satang: Mapped[int] = mapped_column(default=0)
    cost_satang: Mapped[int] = mapped_column(default=0)

    member: Mapped[Member] = relationship(back_populates="income_lines")


class StageAssessment(Base):
    """One step of a household's development-stage history."""

    __tablename__ = "stage_assessments"
    __table_args__ = (CheckConstraint(f"stage {STAGE_CHECK}", name="stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(12))
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    assessor: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
