"""What the evidence services hand out and take in: the owner an attachment belongs to,
a row of a list (no bytes), a file being added, and the refusals with their codes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

MAX_FILE_BYTES = 10 * 1024 * 1024  # a phone photo or a scanned page fits many times over
MAX_HOUSEHOLD_BYTES = 50 * 1024 * 1024  # the household, its visits and its assistance
MAX_REPORT_BYTES = 50 * 1024 * 1024  # one progress report


class OwnerKind(Enum):
    HOUSEHOLD = "household_id"
    VISIT = "visit_id"
    ASSISTANCE = "assistance_id"
    PROGRESS_REPORT = "progress_report_id"


@dataclass(frozen=True)
class Owner:
    kind: OwnerKind
    id: int


@dataclass(frozen=True)
class OwnerChoice:
    """An owner a household's attachment can have, for the screen to offer: the household,
    one of its visits or one of its assistance rows, with its date (None: the household)
    and a short description (the visitor, the kind of help)."""

    owner: Owner
    on: dt.date | None
    text: str


@dataclass(frozen=True)
class AttachmentRow:
    """An attachment as a list shows it: everything but the file's bytes (the thumbnail
    is small and comes along for images)."""

    id: int
    owner: Owner
    file_name: str
    media_type: str
    size: int
    sha256: str
    taken_on: dt.date
    added_by: str
    caption: str
    thumbnail: bytes | None


@dataclass
class NewAttachment:
    """A file to attach: its name as the clerk chose it (the folders are dropped), its
    bytes, and the thumbnail the UI made of an image (None for a PDF)."""

    owner: Owner
    file_name: str
    data: bytes
    taken_on: dt.date
    caption: str = ""
    thumbnail: bytes | None = None


class EvidenceProblemCode(Enum):
    EMPTY = "empty"  # a file of no bytes
    TOO_BIG = "too_big"  # over MAX_FILE_BYTES (limit in ``limit``)
    OWNER_FULL = "owner_full"  # the household's (or report's) total would pass its limit
    UNKNOWN_TYPE = "unknown_type"  # not JPEG, PNG or PDF by its bytes
    UNREADABLE = "unreadable"  # starts like one but is cut short or damaged
    DUPLICATE = "duplicate"  # the same bytes are attached to the same owner already
    NO_OWNER = "no_owner"  # the household, visit, assistance or report is gone


class EvidenceRejected(Exception):
    """A file refused, nothing written: the code, the file's name, and for the limits the
    size found and the limit (bytes); for a duplicate the name it is attached under."""

    def __init__(
        self,
        code: EvidenceProblemCode,
        file_name: str,
        *,
        size: int = 0,
        limit: int = 0,
        existing_name: str = "",
    ) -> None:
        super().__init__(code.value, file_name)
        self.code = code
        self.file_name = file_name
        self.size = size
        self.limit = limit
        self.existing_name = existing_name


class AttachmentNotFound(Exception):
    """The attachment was deleted meanwhile."""
