"""Who checked the office's data and who signed it off as ready to send, and whether that
still holds.

Kept as office settings (``quality.*`` rows of the ``settings`` table, like the office's
other facts about itself): the last check recorded (who, when, how many problems, and the
change log's latest row it saw) and the sign-off that followed it. A sign-off holds only
while the data is what was checked: once the change log has a newer row than the check
saw (a household saved, an import applied, assistance recorded...), both the check and
the sign-off are stale, and the export says the workbook is not signed off.

Only a supervisor signs off, and only after a check with no problems of the data as it
is now. A new check replaces the old one and clears its sign-off.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from db.settings_store import set_setting
from desktop.services.quality.check import LATEST_CHANGE_SQL, QualityReport

CHECKED_BY = "quality.checked_by"
CHECKED_AT = "quality.checked_at"  # ISO 8601, UTC
CHECK_PROBLEMS = "quality.check_problems"
CHECKED_CHANGE_ID = "quality.checked_change_id"  # the change log's latest id the check saw
SIGNED_OFF_BY = "quality.signed_off_by"
SIGNED_OFF_AT = "quality.signed_off_at"  # ISO 8601, UTC
KEYS = (CHECKED_BY, CHECKED_AT, CHECK_PROBLEMS, CHECKED_CHANGE_ID, SIGNED_OFF_BY, SIGNED_OFF_AT)


@dataclass(frozen=True)
class SignOffState:
    checked_by: str = ""
    checked_at: dt.datetime | None = None  # aware UTC; None: never checked
    check_problems: int = 0
    signed_off_by: str = ""
    signed_off_at: dt.datetime | None = None  # aware UTC; None: not signed off
    current: bool = False  # nothing changed since the check

    @property
    def checked(self) -> bool:
        """A check of the data as it is now."""
        return self.checked_at is not None and self.current

    @property
    def stale(self) -> bool:
        """Checked (perhaps signed off), then the data changed."""
        return self.checked_at is not None and not self.current

    @property
    def signed_off(self) -> bool:
        """Signed off, and the data is still what was checked."""
        return self.signed_off_at is not None and self.checked

    @property
    def ready_to_send(self) -> bool:
        return self.signed_off and self.check_problems == 0


class SignOffProblem(enum.Enum):
    NOT_CHECKED = "not_checked"
    CHANGED = "changed"  # the data changed since the check
    PROBLEMS = "problems"  # count


_TEXT: dict[SignOffProblem, tuple[str, str]] = {
    SignOffProblem.NOT_CHECKED: (
        "ยังไม่ได้ตรวจข้อมูล กด ตรวจก่อนส่ง ก่อนรับรอง",
        "The data has not been checked: run the check before signing off.",
    ),
    SignOffProblem.CHANGED: (
        "ข้อมูลมีการแก้ไขหลังการตรวจครั้งล่าสุด กรุณาตรวจอีกครั้งก่อนรับรอง",
        "The data changed after the last check: check it again before signing off.",
    ),
    SignOffProblem.PROBLEMS: (
        "การตรวจครั้งล่าสุดพบปัญหา {count} รายการ แก้ไขให้หมดแล้วตรวจอีกครั้งก่อนรับรอง",
        "The last check found {count} problems: correct them all and check again before"
        " signing off.",
    ),
}


class SignOffRefused(ValueError):
    """The sign-off was refused; nothing was written."""

    def __init__(self, code: SignOffProblem, **params: object) -> None:
        self.code = code
        self.params = {name: str(value) for name, value in params.items()}
        thai, english = _TEXT[code]
        self.message_th = thai.format(**self.params)
        self.message_en = english.format(**self.params)
        super().__init__(f"{code.value}: {self.message_en}")


def read_sign_off(connection: Connection) -> SignOffState:
    """The recorded check and sign-off, and whether the data is still what was checked."""
    stored: dict[str, str] = dict(
        connection.exec_driver_sql(
            "SELECT key, value FROM settings WHERE key LIKE 'quality.%'"
        ).all()
    )
    latest = connection.exec_driver_sql(LATEST_CHANGE_SQL).scalar_one()
    return state_of(stored, latest)


def state_of(stored: Mapping[str, str], latest_change_id: int) -> SignOffState:
    checked_at = _moment(stored.get(CHECKED_AT, ""))
    try:
        seen = int(stored.get(CHECKED_CHANGE_ID, ""))
        problems = int(stored.get(CHECK_PROBLEMS, ""))
    except ValueError:
        return SignOffState()  # never checked, or rows a person edited by hand
    return SignOffState(
        checked_by=stored.get(CHECKED_BY, ""),
        checked_at=checked_at,
        check_problems=problems,
        signed_off_by=stored.get(SIGNED_OFF_BY, ""),
        signed_off_at=_moment(stored.get(SIGNED_OFF_AT, "")),
        current=checked_at is not None and seen == latest_change_id,
    )


def write_check(session: Session, report: QualityReport, by: str) -> None:
    """Record ``report`` as the office's last check (by ``by``); clears the sign-off."""
    set_setting(session, CHECKED_BY, by)
    set_setting(session, CHECKED_AT, report.checked_at.astimezone(dt.UTC).isoformat())
    set_setting(session, CHECK_PROBLEMS, str(report.problem_count))
    set_setting(session, CHECKED_CHANGE_ID, str(report.change_id))
    set_setting(session, SIGNED_OFF_BY, "")
    set_setting(session, SIGNED_OFF_AT, "")


def refuse_sign_off(state: SignOffState) -> None:
    """SignOffRefused unless ``state`` is a current check that found nothing."""
    if state.checked_at is None:
        raise SignOffRefused(SignOffProblem.NOT_CHECKED)
    if not state.current:
        raise SignOffRefused(SignOffProblem.CHANGED)
    if state.check_problems:
        raise SignOffRefused(SignOffProblem.PROBLEMS, count=state.check_problems)


def write_sign_off(session: Session, by: str, at: dt.datetime) -> None:
    set_setting(session, SIGNED_OFF_BY, by)
    set_setting(session, SIGNED_OFF_AT, at.astimezone(dt.UTC).isoformat())


def _moment(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment
