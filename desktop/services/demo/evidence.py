"""Evidence in the demo office: a scan of the signed visit sheet attached to a share of
the demo's follow-up visits, so the evidence lists, the privacy rules and a backup's size
can be tried on a demo as on a real office.

The "scan" is a one-page blank A4 PDF (built here, byte-exact, with its cross-reference
table), different for every visit; it passes the same checks as a file a clerk attaches.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attachment, FollowUpVisit
from desktop.services.evidence.file_checks import PDF

EVERY_NTH_VISIT = 5  # one visit in five has its signed sheet attached
CAPTION = "ใบบันทึกการเยี่ยมที่ครัวเรือนลงนาม (ตัวอย่าง)"


def signed_sheet_pdf(visit_id: int) -> bytes:
    """A valid one-page A4 PDF whose comment names the visit (so each one differs)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = bytearray(b"%PDF-1.4\n%% demo visit " + str(visit_id).encode() + b"\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def add_demo_evidence(session: Session) -> int:
    """Attach a signed-sheet PDF to every ``EVERY_NTH_VISIT``-th visit; how many."""
    visits = session.execute(
        select(FollowUpVisit.id, FollowUpVisit.visited_on, FollowUpVisit.visited_by).order_by(
            FollowUpVisit.id
        )
    ).all()
    added = 0
    for index, (visit_id, visited_on, visited_by) in enumerate(visits):
        if index % EVERY_NTH_VISIT:
            continue
        data = signed_sheet_pdf(visit_id)
        session.add(
            Attachment(
                visit_id=visit_id,
                file_name=f"ใบเยี่ยมลงนาม-{visit_id}.pdf",
                media_type=PDF,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                taken_on=visited_on,
                added_by=visited_by,
                caption=CAPTION,
                data=data,
                thumbnail=None,
            )
        )
        added += 1
    session.flush()
    return added
