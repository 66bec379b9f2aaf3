"""Evidence on a generated office: files attached to a household, its visit and its
assistance, listed without their bytes, read back whole and deleted, every write logged
without the bytes; each refused file refused with its reason and nothing written."""

import datetime as dt
import hashlib
import json
from collections.abc import Callable

import pytest
from sqlalchemy import event, text

from db.database import OfficeDatabase
from db.models.office import PeriodLock
from desktop.services.evidence import (
    AttachmentNotFound,
    EvidenceProblemCode,
    EvidenceRejected,
    EvidenceService,
    NewAttachment,
    Owner,
    OwnerKind,
)
from desktop.services.households.form import HouseholdFormService
from desktop.services.households.list_query import HouseholdFilter
from desktop.services.households.listing import HouseholdListService
from desktop.services.safety import RecordLocked
from tests.evidence_files import damaged_png, jpeg_shape, pdf, png, truncated_png, zip_named_jpg

TAKEN = dt.date(2026, 11, 20)
CLERK = "สมศรี ใจดี"


def one(database: OfficeDatabase, sql: str, **params: object) -> object:
    with database.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def written(database: OfficeDatabase) -> tuple[int, int]:
    return (
        int(one(database, "SELECT count(*) FROM attachments")),  # type: ignore[arg-type]
        int(one(database, "SELECT count(*) FROM change_log")),  # type: ignore[arg-type]
    )


@pytest.fixture
def evidence(demo_db: OfficeDatabase) -> EvidenceService:
    return EvidenceService(demo_db.session_factory)


@pytest.fixture
def visited(demo_db: OfficeDatabase) -> tuple[int, int, int]:
    """A household with a follow-up visit and an assistance row: (household, visit,
    assistance)."""
    with demo_db.engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT v.household_id, v.id, a.id FROM follow_up_visits v"
                " JOIN assistance a ON a.household_id = v.household_id ORDER BY v.id LIMIT 1"
            )
        ).one()
    return int(row[0]), int(row[1]), int(row[2])


def test_files_are_added_listed_without_bytes_read_back_and_deleted_all_logged(
    demo_db: OfficeDatabase, evidence: EvidenceService, visited: tuple[int, int, int]
) -> None:
    household, visit, assistance = visited
    photo, scan, sheet = png(shade=1), jpeg_shape(), pdf()
    photo_id = evidence.add(
        NewAttachment(
            Owner(OwnerKind.HOUSEHOLD, household), "/home/clerk/รูปบ้าน.png", photo, TAKEN,
            caption=" หน้าบ้าน ", thumbnail=b"thumb",
        ),
        user_name=CLERK,
    )  # fmt: skip
    evidence.add(
        NewAttachment(Owner(OwnerKind.VISIT, visit), "visit.jpg", scan, TAKEN), user_name=CLERK
    )
    evidence.add(
        NewAttachment(Owner(OwnerKind.ASSISTANCE, assistance), "ใบรับของ.pdf", sheet, TAKEN),
        user_name=CLERK,
    )

    rows = evidence.household_attachments(household)
    assert {(r.owner.kind, r.file_name, r.media_type, r.size) for r in rows} == {
        (OwnerKind.HOUSEHOLD, "รูปบ้าน.png", "image/png", len(photo)),
        (OwnerKind.VISIT, "visit.jpg", "image/jpeg", len(scan)),
        (OwnerKind.ASSISTANCE, "ใบรับของ.pdf", "application/pdf", len(sheet)),
    }
    first = next(r for r in rows if r.id == photo_id)
    assert (first.caption, first.added_by, first.taken_on) == ("หน้าบ้าน", CLERK, TAKEN)
    assert first.sha256 == hashlib.sha256(photo).hexdigest() and first.thumbnail == b"thumb"
    assert [r.file_name for r in evidence.attachments_of(Owner(OwnerKind.VISIT, visit))] == [
        "visit.jpg"
    ]
    assert evidence.read_file(photo_id) == ("รูปบ้าน.png", "image/png", photo)

    evidence.delete(photo_id, user_name=CLERK)
    assert {r.file_name for r in evidence.household_attachments(household)} == {
        "visit.jpg", "ใบรับของ.pdf",
    }  # fmt: skip
    with pytest.raises(AttachmentNotFound):
        evidence.read_file(photo_id)

    with demo_db.engine.connect() as connection:
        log = connection.execute(
            text(
                "SELECT action, record_id, user_name, coalesce(new_value, old_value)"
                " FROM change_log WHERE table_name = 'attachments' ORDER BY id"
            )
        ).all()
    assert (log[0][0], log[0][1]) == ("insert", photo_id)
    assert [action for action, *_ in log] == ["insert", "insert", "insert", "delete"]
    assert log[-1][1] == photo_id and {row[2] for row in log} == {CLERK}
    for _, _, _, value in log:
        summary = json.loads(value)
        assert summary["household_id"] == str(household)  # the household's history finds it
        assert "data" not in summary and "thumbnail" not in summary
    assert json.loads(log[0][3])["sha256"] == hashlib.sha256(photo).hexdigest()
    assert json.loads(log[0][3])["file_name"] == "รูปบ้าน.png"


REFUSED: dict[str, tuple[str, Callable[[], bytes], EvidenceProblemCode]] = {
    "empty": ("ว่าง.png", lambda: b"", EvidenceProblemCode.EMPTY),
    "too big": ("ใหญ่.pdf", lambda: pdf("x" * 3000), EvidenceProblemCode.TOO_BIG),
    "a zip named .jpg": ("photo.jpg", zip_named_jpg, EvidenceProblemCode.UNKNOWN_TYPE),
    "a text file named .pdf": (
        "note.pdf",
        lambda: "บันทึก".encode(),
        EvidenceProblemCode.UNKNOWN_TYPE,
    ),
    "a PNG cut short": ("บ้าน.png", truncated_png, EvidenceProblemCode.UNREADABLE),
    "a PNG damaged inside": ("บ้าน.png", damaged_png, EvidenceProblemCode.UNREADABLE),
    "a JPEG cut short": ("scan.jpg", lambda: jpeg_shape()[:-2], EvidenceProblemCode.UNREADABLE),
    "a PDF without its end": ("sheet.pdf", lambda: pdf()[:-7], EvidenceProblemCode.UNREADABLE),
}


@pytest.mark.parametrize("case", REFUSED)
def test_a_refused_file_gives_its_reason_and_writes_nothing(
    demo_db: OfficeDatabase, visited: tuple[int, int, int], case: str
) -> None:
    name, data, code = REFUSED[case]
    evidence = EvidenceService(demo_db.session_factory, max_file_bytes=2048)
    before = written(demo_db)
    with pytest.raises(EvidenceRejected) as refused:
        evidence.add(
            NewAttachment(
                Owner(OwnerKind.HOUSEHOLD, visited[0]), f"C:/scans/{name}", data(), TAKEN
            ),
            user_name=CLERK,
        )
    assert refused.value.code is code and refused.value.file_name == name
    if code is EvidenceProblemCode.TOO_BIG:
        assert refused.value.limit == 2048 and refused.value.size > 2048
    assert written(demo_db) == before


def test_a_duplicate_a_full_household_and_a_gone_owner_are_refused_with_nothing_written(
    demo_db: OfficeDatabase, visited: tuple[int, int, int]
) -> None:
    household, visit, assistance = visited
    evidence = EvidenceService(demo_db.session_factory, max_household_bytes=400)
    photo = png(shade=7)
    evidence.add(
        NewAttachment(Owner(OwnerKind.VISIT, visit), "a.png", photo, TAKEN), user_name=CLERK
    )
    before = written(demo_db)
    with pytest.raises(EvidenceRejected) as twin:
        evidence.add(
            NewAttachment(Owner(OwnerKind.VISIT, visit), "สำเนา.png", photo, TAKEN),
            user_name=CLERK,
        )
    assert twin.value.code is EvidenceProblemCode.DUPLICATE
    assert twin.value.existing_name == "a.png"
    big = pdf("y" * 300)
    with pytest.raises(EvidenceRejected) as full:  # the visit's file counts for the household
        evidence.add(
            NewAttachment(Owner(OwnerKind.ASSISTANCE, assistance), "b.pdf", big, TAKEN),
            user_name=CLERK,
        )
    assert full.value.code is EvidenceProblemCode.OWNER_FULL
    assert (full.value.size, full.value.limit) == (len(photo) + len(big), 400)
    with pytest.raises(EvidenceRejected) as gone:
        evidence.add(
            NewAttachment(Owner(OwnerKind.VISIT, 10**9), "c.png", png(shade=9), TAKEN),
            user_name=CLERK,
        )
    assert gone.value.code is EvidenceProblemCode.NO_OWNER
    assert written(demo_db) == before
    # The same file on another owner is no duplicate.
    evidence.add(
        NewAttachment(Owner(OwnerKind.HOUSEHOLD, household), "a.png", photo, TAKEN),
        user_name=CLERK,
    )


def test_a_locked_household_refuses_its_evidence(
    demo_db: OfficeDatabase, evidence: EvidenceService, visited: tuple[int, int, int]
) -> None:
    attachment_id = evidence.add(
        NewAttachment(Owner(OwnerKind.HOUSEHOLD, visited[0]), "a.png", png(), TAKEN),
        user_name=CLERK,
    )
    with demo_db.session_factory.begin() as session:
        session.add(
            PeriodLock(
                fiscal_year=2569, subdistrict_code=None, locked_at=dt.datetime(2026, 11, 1),
                locked_by="หัวหน้า", reason="ส่งจังหวัดแล้ว", unlock_reason="", export_file="",
            )
        )  # fmt: skip
    before = written(demo_db)
    with pytest.raises(RecordLocked):
        evidence.add(
            NewAttachment(Owner(OwnerKind.VISIT, visited[1]), "b.png", png(shade=3), TAKEN),
            user_name=CLERK,
        )
    with pytest.raises(RecordLocked):
        evidence.delete(attachment_id, user_name=CLERK)
    assert written(demo_db) == before


def test_attachments_go_with_their_owner(
    demo_db: OfficeDatabase, evidence: EvidenceService, visited: tuple[int, int, int]
) -> None:
    household, visit, assistance = visited
    for kind, owner_id, shade in (
        (OwnerKind.VISIT, visit, 1),
        (OwnerKind.ASSISTANCE, assistance, 2),
        (OwnerKind.HOUSEHOLD, household, 3),
    ):
        evidence.add(
            NewAttachment(Owner(kind, owner_id), "a.png", png(shade=shade), TAKEN),
            user_name=CLERK,
        )
    with demo_db.session_factory.begin() as session:
        session.execute(text("DELETE FROM assistance WHERE id = :a"), {"a": assistance})
    assert {r.owner.kind for r in evidence.household_attachments(household)} == {
        OwnerKind.VISIT, OwnerKind.HOUSEHOLD,
    }  # fmt: skip
    with demo_db.session_factory.begin() as session:
        session.execute(text("DELETE FROM households WHERE id = :h"), {"h": household})
    assert one(demo_db, "SELECT count(*) FROM attachments") == 0


def test_the_lists_and_the_household_screens_never_read_the_bytes(
    demo_db: OfficeDatabase, evidence: EvidenceService, visited: tuple[int, int, int]
) -> None:

    household = visited[0]
    evidence.add(
        NewAttachment(Owner(OwnerKind.HOUSEHOLD, household), "a.png", png(), TAKEN),
        user_name=CLERK,
    )
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", seen)
    try:
        evidence.household_attachments(household)
        evidence.owner_choices(household)
        listed = [s for s in statements if "attachments" in s]
        assert listed and not any("attachments.data" in s for s in listed)
        statements.clear()
        listing = HouseholdListService(demo_db.session_factory)
        assert listing.page(HouseholdFilter())
        form = HouseholdFormService(demo_db.session_factory)
        draft = form.load(household)
        draft.notes = "เยี่ยมแล้ว"
        form.save(draft, user_name=CLERK, today=TAKEN)
        assert statements and not any("attachments" in s for s in statements)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", seen)


def test_the_audit_screen_names_the_file_and_its_household(
    demo_db: OfficeDatabase, evidence: EvidenceService, visited: tuple[int, int, int]
) -> None:
    from desktop.services.safety import AuditFilter, AuditService

    household, visit, _ = visited
    attachment_id = evidence.add(
        NewAttachment(Owner(OwnerKind.VISIT, visit), "ใบลงชื่อ.pdf", pdf(), TAKEN),
        user_name=CLERK,
    )
    evidence.delete(attachment_id, user_name=CLERK)
    key = str(one(demo_db, "SELECT key FROM households WHERE id = :h", h=household))
    entries = AuditService(demo_db.session_factory).entries(
        AuditFilter(table_name="attachments"), limit=None
    )
    assert [entry.action for entry in entries] == ["delete", "insert"]
    for entry in entries:
        assert entry.table_th == "หลักฐาน"
        assert "ใบลงชื่อ.pdf" in entry.description and key in entry.description


def test_the_household_history_lists_its_evidence_files(
    demo_db: OfficeDatabase, evidence: EvidenceService, visited: tuple[int, int, int]
) -> None:
    household, _, assistance = visited
    attachment_id = evidence.add(
        NewAttachment(Owner(OwnerKind.ASSISTANCE, assistance), "ใบรับของ.pdf", pdf(), TAKEN),
        user_name=CLERK,
    )
    evidence.delete(attachment_id, user_name=CLERK)
    history = HouseholdFormService(demo_db.session_factory).history(household)
    files = [e for e in history if e.table_name == "attachments"]
    assert [(e.action, e.record_id) for e in files] == [
        ("delete", attachment_id), ("insert", attachment_id),
    ]  # fmt: skip
    assert all(e.context == {"file_name": "ใบรับของ.pdf"} for e in files)
