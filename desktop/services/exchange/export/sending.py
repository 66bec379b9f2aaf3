"""When a workbook may leave the office: the sending export needs a current sign-off.

The *sending export* is a district office's workbook with personal data in the clear:
not aggregates only and national IDs not masked (docs/sending.md). It is what the
district sends the province for approval, so it is written only while a supervisor's
sign-off covers the data as it is now: the check before sending found nothing, a
supervisor signed it off, and the change log has no row newer than the one the check saw.

Aggregates-only and masked workbooks carry no personal data to approve and go without a
sign-off (their metadata then says they are not ready to send), and so does a provincial
office's workbook, which goes back to its districts. A working copy of the full data for
another purpose (a backup to read in Excel, a test) is asked for explicitly
(``ExportOptions.unsigned``); its metadata says it is not ready to send either.
"""

from __future__ import annotations

import enum

from desktop.services.quality import SignOffState


class NotSignedOffReason(enum.Enum):
    NOT_CHECKED = "not_checked"
    CHANGED = "changed"  # the data changed after the check (and any sign-off of it)
    PROBLEMS = "problems"  # the check found problems
    NOT_SIGNED_OFF = "not_signed_off"  # a clean check no supervisor signed off yet


_TEXT: dict[NotSignedOffReason, tuple[str, str]] = {
    NotSignedOffReason.NOT_CHECKED: (
        "ยังไม่ได้ตรวจข้อมูลก่อนส่ง: กด ตรวจก่อนส่ง แล้วให้หัวหน้ารับรองก่อนส่งออกแฟ้มส่งจังหวัด",
        "The data has not been checked: run the check before sending and have a supervisor"
        " sign it off before exporting the workbook for the province.",
    ),
    NotSignedOffReason.CHANGED: (
        "ข้อมูลมีการแก้ไขหลังการตรวจ/การรับรองครั้งล่าสุด การรับรองจึงใช้ไม่ได้แล้ว:"
        " ตรวจอีกครั้งแล้วให้หัวหน้ารับรองก่อนส่งออกแฟ้มส่งจังหวัด",
        "The data changed after the last check and sign-off, which no longer hold: check"
        " again and have a supervisor sign off before exporting the workbook for the province.",
    ),
    NotSignedOffReason.PROBLEMS: (
        "การตรวจครั้งล่าสุดพบปัญหา {count} รายการ: แก้ไขให้หมด ตรวจอีกครั้ง"
        " แล้วให้หัวหน้ารับรองก่อนส่งออกแฟ้มส่งจังหวัด",
        "The last check found {count} problems: correct them, check again and have a"
        " supervisor sign off before exporting the workbook for the province.",
    ),
    NotSignedOffReason.NOT_SIGNED_OFF: (
        "ข้อมูลผ่านการตรวจแล้วแต่หัวหน้ายังไม่ได้รับรอง: ให้หัวหน้ากด รับรอง: พร้อมส่ง ก่อนส่งออกแฟ้มส่งจังหวัด",
        "The data passed the check but no supervisor signed it off: a supervisor signs off"
        " (ready to send) before the workbook for the province is exported.",
    ),
}


class ExportNotSignedOff(Exception):
    """The sending export was refused: no sign-off covers the data. Nothing was written."""

    def __init__(self, reason: NotSignedOffReason, state: SignOffState) -> None:
        self.reason = reason
        self.state = state
        thai, english = _TEXT[reason]
        self.message_th = thai.format(count=state.check_problems)
        self.message_en = english.format(count=state.check_problems)
        super().__init__(f"{reason.value}: {self.message_en}")


def not_signed_off_reason(state: SignOffState) -> NotSignedOffReason | None:
    """Why ``state`` does not let the sending export go; None: it does."""
    if state.ready_to_send:
        return None
    if state.checked_at is None:
        return NotSignedOffReason.NOT_CHECKED
    if not state.current:
        return NotSignedOffReason.CHANGED
    if state.check_problems:
        return NotSignedOffReason.PROBLEMS
    return NotSignedOffReason.NOT_SIGNED_OFF


def refuse_unsigned_sending(state: SignOffState) -> None:
    """ExportNotSignedOff unless ``state`` is a sign-off of the data as it is now."""
    reason = not_signed_off_reason(state)
    if reason is not None:
        raise ExportNotSignedOff(reason, state)
