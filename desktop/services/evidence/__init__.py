"""Evidence (หลักฐาน): photos, scanned signed sheets and PDFs attached to a household, a
follow-up visit, an assistance record or a progress report; checked by their bytes
(JPEG, PNG, PDF, whole, within the size limits, not attached twice), stored inside the
database, listed without their bytes, every addition and deletion logged.

Attachments are personal data: the workbook (``exchange``) and the printed sheets
(``printing``) never import this package. Imports safety only."""

from desktop.services.evidence.file_checks import IMAGE_TYPES, MEDIA_TYPES
from desktop.services.evidence.records import (
    MAX_FILE_BYTES,
    MAX_HOUSEHOLD_BYTES,
    AttachmentNotFound,
    AttachmentRow,
    EvidenceProblemCode,
    EvidenceRejected,
    NewAttachment,
    Owner,
    OwnerChoice,
    OwnerKind,
)
from desktop.services.evidence.service import EvidenceService

__all__ = [
    "IMAGE_TYPES",
    "MAX_FILE_BYTES",
    "MAX_HOUSEHOLD_BYTES",
    "MEDIA_TYPES",
    "AttachmentNotFound",
    "AttachmentRow",
    "EvidenceProblemCode",
    "EvidenceRejected",
    "EvidenceService",
    "NewAttachment",
    "Owner",
    "OwnerChoice",
    "OwnerKind",
]
