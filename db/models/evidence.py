"""Evidence (หลักฐาน): photos, scans of signed sheets and PDFs attached to a household, a
follow-up visit, an assistance record or a project's progress report.

The bytes live inside the office database, as BLOBs, not as files beside it: the office
stays one file the clerk can copy, and a backup (SQLite's online backup API) and a restore
carry the attachments with the rows that name them, in the same transaction and without
a second folder that could be forgotten, left behind on another PC, or get out of step.
Limits keep the file reasonable (10 MB a file, 50 MB a household: see the service), and
the list screens never read the two BLOB columns (they are deferred, and the queries name
their columns).
"""

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base

OWNER_COLUMNS = ("household_id", "visit_id", "assistance_id", "progress_report_id")
EXACTLY_ONE_OWNER = " + ".join(f"({column} IS NOT NULL)" for column in OWNER_COLUMNS) + " = 1"


class Attachment(Base):
    """One attached file: exactly one owner (a CHECK), deleted with its owner (ON DELETE
    CASCADE), its bytes and a small thumbnail (JPEG, images only) stored with it."""

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(EXACTLY_ONE_OWNER, name="one_owner"),
        CheckConstraint(
            "media_type IN ('image/jpeg', 'image/png', 'application/pdf')", name="media_type"
        ),
        CheckConstraint("size > 0", name="size"),
        Index("ix_attachments_household_id", "household_id"),
        Index("ix_attachments_visit_id", "visit_id"),
        Index("ix_attachments_assistance_id", "assistance_id"),
        Index("ix_attachments_progress_report_id", "progress_report_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE")
    )
    visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_up_visits.id", ondelete="CASCADE")
    )
    assistance_id: Mapped[int | None] = mapped_column(
        ForeignKey("assistance.id", ondelete="CASCADE")
    )
    progress_report_id: Mapped[int | None] = mapped_column(
        ForeignKey("progress_reports.id", ondelete="CASCADE")
    )
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    taken_on: Mapped[dt.date] = mapped_column(Date)
    added_by: Mapped[str] = mapped_column(String(100), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    # The file's bytes last: a column after a large BLOB costs a walk of its overflow pages.
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
