"""The evidence use cases: list a household's (or a progress report's) attachments
without their bytes, add a file, read one file's bytes, delete one.

Each write is one transaction with its change log (the file's name, type, size and
sha256, never its bytes), refused for a household a period lock holds, and preceded by
``before_write``. A refused file writes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import PurePath

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Attachment
from desktop.services.evidence import owners
from desktop.services.evidence.file_checks import is_whole, media_type_of
from desktop.services.evidence.records import (
    MAX_FILE_BYTES,
    MAX_HOUSEHOLD_BYTES,
    MAX_REPORT_BYTES,
    AttachmentNotFound,
    AttachmentRow,
    EvidenceProblemCode,
    EvidenceRejected,
    NewAttachment,
    Owner,
    OwnerChoice,
    OwnerKind,
)
from desktop.services.safety import (
    ChangeWriter,
    refuse_locked_household,
    refuse_locked_project,
    utc_now,
    values_of,
)

ATTACHMENTS = "attachments"
LOGGED_FIELDS = (
    "household_id", "visit_id", "assistance_id", "progress_report_id",
    "file_name", "media_type", "size", "sha256", "taken_on", "added_by", "caption",
)  # fmt: skip
LISTED_COLUMNS = (
    Attachment.id, Attachment.household_id, Attachment.visit_id, Attachment.assistance_id,
    Attachment.progress_report_id, Attachment.file_name, Attachment.media_type,
    Attachment.size, Attachment.sha256, Attachment.taken_on, Attachment.added_by,
    Attachment.caption, Attachment.thumbnail,
)  # fmt: skip


class EvidenceService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        before_write: Callable[[], None] = lambda: None,
        max_file_bytes: int = MAX_FILE_BYTES,
        max_household_bytes: int = MAX_HOUSEHOLD_BYTES,
        max_report_bytes: int = MAX_REPORT_BYTES,
    ) -> None:
        self._factory = session_factory
        self._before_write = before_write
        self.max_file_bytes = max_file_bytes
        self.max_household_bytes = max_household_bytes
        self.max_report_bytes = max_report_bytes

    # Reads ----------------------------------------------------------------------------

    def household_attachments(self, household_id: int) -> list[AttachmentRow]:
        """The household's, its visits' and its assistance's attachments, newest first."""
        with self._factory() as session:
            return _rows(session, owners.of_household(household_id))

    def attachments_of(self, owner: Owner) -> list[AttachmentRow]:
        with self._factory() as session:
            return _rows(session, owners.of_owner(owner))

    def owner_choices(self, household_id: int) -> list[OwnerChoice]:
        with self._factory() as session:
            return owners.owner_choices(session, household_id)

    def read_file(self, attachment_id: int) -> tuple[str, str, bytes]:
        """The file's name, media type and bytes (AttachmentNotFound when deleted)."""
        with self._factory() as session:
            row = session.execute(
                select(Attachment.file_name, Attachment.media_type, Attachment.data).where(
                    Attachment.id == attachment_id
                )
            ).first()
        if row is None:
            raise AttachmentNotFound(attachment_id)
        return str(row[0]), str(row[1]), bytes(row[2])

    # Checks ---------------------------------------------------------------------------

    def check_file(self, file_name: str, data: bytes) -> str:
        """The file's media type; EvidenceRejected when it is empty, too big, of a kind
        we do not keep, or cut short (checked on its bytes, whatever its name says)."""
        name = PurePath(file_name).name
        if not data:
            raise EvidenceRejected(EvidenceProblemCode.EMPTY, name)
        if len(data) > self.max_file_bytes:
            raise EvidenceRejected(
                EvidenceProblemCode.TOO_BIG, name, size=len(data), limit=self.max_file_bytes
            )
        media_type = media_type_of(data)
        if media_type is None:
            raise EvidenceRejected(EvidenceProblemCode.UNKNOWN_TYPE, name)
        if not is_whole(data, media_type):
            raise EvidenceRejected(EvidenceProblemCode.UNREADABLE, name)
        return media_type

    # Writes ---------------------------------------------------------------------------

    def add(self, new: NewAttachment, *, user_name: str) -> int:
        """Attach the file in one transaction with its change log; return its id.
        EvidenceRejected (nothing written) for a refused file, a full household or report,
        a duplicate or an owner that is gone; RecordLocked when a period lock holds it."""
        media_type = self.check_file(new.file_name, new.data)
        name = PurePath(new.file_name).name.strip()[:255]
        digest = hashlib.sha256(new.data).hexdigest()
        self._before_write()
        with self._factory.begin() as session:
            if not owners.owner_exists(session, new.owner):
                raise EvidenceRejected(EvidenceProblemCode.NO_OWNER, name)
            household_id, total_where, limit = self._guard(session, new.owner)
            twin = session.scalar(
                select(Attachment.file_name).where(
                    owners.of_owner(new.owner), Attachment.sha256 == digest
                )
            )
            if twin is not None:
                raise EvidenceRejected(EvidenceProblemCode.DUPLICATE, name, existing_name=twin)
            stored = owners.stored_bytes(session, total_where)
            if stored + len(new.data) > limit:
                raise EvidenceRejected(
                    EvidenceProblemCode.OWNER_FULL, name, size=stored + len(new.data), limit=limit
                )
            attachment = Attachment(
                file_name=name,
                media_type=media_type,
                size=len(new.data),
                sha256=digest,
                taken_on=new.taken_on,
                added_by=user_name,
                caption=new.caption.strip(),
                data=new.data,
                thumbnail=new.thumbnail,
            )
            setattr(attachment, new.owner.kind.value, new.owner.id)
            session.add(attachment)
            session.flush()
            log = ChangeWriter(session, user_name, utc_now())
            log.write("insert", ATTACHMENTS, attachment.id, {}, _logged(attachment, household_id))
            log.flush()
            return attachment.id

    def delete(self, attachment_id: int, *, user_name: str) -> None:
        """Delete the attachment, logged with what it was (not its bytes)."""
        self._before_write()
        with self._factory.begin() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise AttachmentNotFound(attachment_id)
            owner = owner_of(attachment)
            household_id, _, _ = self._guard(session, owner)
            old = _logged(attachment, household_id)
            session.delete(attachment)
            session.flush()
            log = ChangeWriter(session, user_name, utc_now())
            log.write("delete", ATTACHMENTS, attachment_id, old, {})
            log.flush()

    def _guard(self, session: Session, owner: Owner) -> tuple[int | None, ColumnElement[bool], int]:
        """Refuse a locked owner; return its household, what its total counts, the limit."""
        if owner.kind is OwnerKind.PROGRESS_REPORT:
            project = owners.report_project(session, owner.id)
            if project is not None:
                refuse_locked_project(session, project[0], fiscal_year=project[1])
            return None, owners.of_owner(owner), self.max_report_bytes
        household_id = owners.household_of(session, owner)
        refuse_locked_household(session, household_id)  # period locks
        assert household_id is not None, "checked: the owner exists"
        return household_id, owners.of_household(household_id), self.max_household_bytes


def owner_of(attachment: Attachment) -> Owner:
    for kind in OwnerKind:
        owner_id = getattr(attachment, kind.value)
        if owner_id is not None:
            return Owner(kind, int(owner_id))
    raise AssertionError("the schema checks that an attachment has exactly one owner")


def _logged(attachment: Attachment, household_id: int | None) -> dict[str, object]:
    values = values_of(attachment, LOGGED_FIELDS)
    if household_id is not None:
        values["household_id"] = household_id  # a household's history finds it
    return values


def _rows(session: Session, where: ColumnElement[bool]) -> list[AttachmentRow]:
    result = session.execute(
        select(*LISTED_COLUMNS)
        .where(where)
        .order_by(Attachment.taken_on.desc(), Attachment.id.desc())
    )
    rows = []
    for row in result:
        owner = next(
            Owner(kind, int(owner_id))
            for kind, owner_id in zip(OwnerKind, row[1:5], strict=True)
            if owner_id is not None
        )
        rows.append(AttachmentRow(row[0], owner, *row[5:12], row[12]))
    return rows
