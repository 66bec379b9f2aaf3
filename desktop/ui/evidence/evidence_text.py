"""The words of the evidence screens: why a file was refused, what an attachment is
attached to, file sizes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.evidence import EvidenceProblemCode, EvidenceRejected, OwnerChoice, OwnerKind
from desktop.services.thai import format_be_date


def size_text(size: int) -> str:
    """ "820 KB", "3.4 MB": what a clerk reads on a USB stick."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("EvidenceText", "{size} KB").format(
            size=max(1, round(size / 1024))
        )
    return QCoreApplication.translate("EvidenceText", "{size} MB").format(
        size=f"{size / 1024 / 1024:.1f}"
    )


def refusal_text(refused: EvidenceRejected) -> str:
    """Why the file was refused and what to do, naming the file."""
    name, code = refused.file_name, refused.code
    texts = {
        EvidenceProblemCode.EMPTY: QCoreApplication.translate(
            "EvidenceText", "{name} is empty (0 bytes): there is nothing to attach."
        ),
        EvidenceProblemCode.TOO_BIG: QCoreApplication.translate(
            "EvidenceText",
            "{name} is {size}, larger than the {limit} a file may be. Scan it at a lower"
            " resolution or save the photo smaller, then attach it again.",
        ),
        EvidenceProblemCode.OWNER_FULL: QCoreApplication.translate(
            "EvidenceText",
            "{name} would bring this household's evidence to {size}, past its limit of"
            " {limit}. Delete a file it no longer needs first.",
        ),
        EvidenceProblemCode.UNKNOWN_TYPE: QCoreApplication.translate(
            "EvidenceText",
            "{name} is not a JPEG or PNG photo or a PDF (judged by what the file holds, not"
            " by its name). Save it as one of those and attach it again.",
        ),
        EvidenceProblemCode.UNREADABLE: QCoreApplication.translate(
            "EvidenceText",
            "{name} is damaged or cut short and cannot be opened. Copy it again from the"
            " camera or the scanner.",
        ),
        EvidenceProblemCode.DUPLICATE: QCoreApplication.translate(
            "EvidenceText", "{name} is already attached here, as {existing}."
        ),
        EvidenceProblemCode.NO_OWNER: QCoreApplication.translate(
            "EvidenceText", "What {name} was to be attached to has been deleted meanwhile."
        ),
    }
    return texts[code].format(
        name=name,
        size=size_text(refused.size),
        limit=size_text(refused.limit),
        existing=refused.existing_name,
    )


def unreadable_file_text(name: str, reason: str) -> str:
    return QCoreApplication.translate("EvidenceText", "{name} could not be read: {reason}").format(
        name=name, reason=reason
    )


def owner_text(choice: OwnerChoice) -> str:
    """ "The household", "Visit 3 ธ.ค. 2569 · สมชาย", "Help 1 พ.ย. 2569 · เพชรบูรณ์พอเพียง"."""
    if choice.owner.kind is OwnerKind.PROGRESS_REPORT:
        return choice.text
    if choice.owner.kind is OwnerKind.HOUSEHOLD or choice.on is None:
        return QCoreApplication.translate("EvidenceText", "The household")
    date = format_be_date(choice.on)
    if choice.owner.kind is OwnerKind.VISIT:
        return QCoreApplication.translate("EvidenceText", "Visit {date} · {who}").format(
            date=date, who=choice.text
        )
    return QCoreApplication.translate("EvidenceText", "Help {date} · {what}").format(
        date=date, what=choice.text
    )
