"""Target households, their members and the members' income lines."""

import datetime as dt
from collections.abc import Mapping

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
from db.fixed_values import STAGES as STAGES  # re-exported: db.models.STAGES

STAGE_CHECK = "IN ('survival', 'sufficiency', 'sustainable')"

# Full-text search companions of `households` (migration 0002), keyed by household id and
# filled by db.household_summary.refresh_household_summaries. SQLite virtual tables and their
# shadow tables are not in the metadata: schema comparisons leave them out.
NAME_SEARCH_TABLE = "household_name_search"  # FTS5 trigram: members' "first last" names
NAME_TERMS_TABLE = "household_name_terms"  # fts5vocab of it (1–2 character searches)
CODE_SEARCH_TABLE = "household_code_search"  # FTS5: 7-digit prefixes of IDs and house code
SEARCH_TABLES = (NAME_SEARCH_TABLE, NAME_TERMS_TABLE, CODE_SEARCH_TABLE)


def is_search_table(name: str | None) -> bool:
    """True for the search virtual tables and their shadow tables (``<table>_data``...)."""
    return name is not None and name.startswith(SEARCH_TABLES)


def include_in_schema_comparison(
    name: str | None, type_: str, parent_names: Mapping[str, str | None]
) -> bool:
    """Alembic ``include_name`` hook: compare everything but the search tables."""
    return not (type_ == "table" and is_search_table(name))


class Household(Base):
    """ครัวเรือนเป้าหมาย. `key` is the office's stable key used in exchange workbooks.

    The welfare flags are the household's as surveyed (its card, its registration), kept
    apart from each member's own card.

    The columns after ``version`` are derived; maintained by
    db.household_summary.refresh_household_summaries, which every writer calls after it
    changes a household, its members, indicator results or assistance. They feed the
    household list: each of its sort orders has an index (the primary key, which breaks
    ties, is the last column of every index).
    """

    __tablename__ = "households"
    __table_args__ = (
        CheckConstraint(
            "house_code IS NULL OR (length(house_code) = 11 AND house_code NOT GLOB '*[^0-9]*')",
            name="house_code_digits",
        ),
        CheckConstraint(f"current_stage IS NULL OR current_stage {STAGE_CHECK}", name="stage"),
        Index("ix_households_village_house", "village_code", "house_no_key"),
        Index("ix_households_house_village", "house_no_key", "village_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(20), unique=True)
    house_code: Mapped[str | None] = mapped_column(String(11), unique=True)
    house_no: Mapped[str] = mapped_column(String(20), default="")
    village_code: Mapped[str] = mapped_column(ForeignKey("villages.code"))
    source_list: Mapped[str] = mapped_column(String(20), default="tpmap")
    has_welfare_card: Mapped[bool] = mapped_column(default=False)
    welfare_registered: Mapped[bool] = mapped_column(default=False)
    current_stage: Mapped[str | None] = mapped_column(String(12), index=True)
    last_verified_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    """Raised by every save of the household or of what its form edits (members, incomes,
    answers, stages; a visit's answers and stage; an import): a save names the version its
    form loaded and is refused when another came first (desktop/services/safety/
    record_versions.py, migration 0008)."""
    # -- derived; maintained by db.household_summary.refresh_household_summaries ----------
    head_name: Mapped[str] = mapped_column(String(201), default="", server_default="")
    """The head's title-less "first last"."""
    head_name_key: Mapped[bytes] = mapped_column(
        LargeBinary, default=b"", server_default=text("x''"), index=True
    )
    """The head's ``members.name_key`` (Thai dictionary order as bytes)."""
    head_national_id: Mapped[str | None] = mapped_column(String(13), index=True)
    member_count: Mapped[int] = mapped_column(default=0, server_default=text("0"), index=True)
    failed_dimensions: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    """Bitmask over DIMENSIONS in order (health = 1, living = 2, ... access = 16) of the
    dimensions failed in the household's latest survey year."""
    failed_indicators: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """Numbers of the indicators failed in the latest survey year, as ",4,22," ("" if none)."""
    helped: Mapped[bool] = mapped_column(default=False, server_default=text("0"))
    """Any assistance row for the household."""
    stage_rank: Mapped[int] = mapped_column(default=0, server_default=text("0"), index=True)
    """0 no stage yet, 1 survival, 2 sufficiency, 3 sustainable (the list's stage order)."""
    house_no_key: Mapped[str] = mapped_column(String(60), default="", server_default="")
    """House number in natural order: "00000005/00000000/5" < "00000012/00000003/12/3"."""

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
            postgresql_where=text("is_head"),
        ),
        Index("ix_members_name_key", "name_key"),
        # Serves the household look-ups and, covering the ID, the list's ID-prefix search.
        Index("ix_members_household_national_id", "household_id", "national_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"))
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
