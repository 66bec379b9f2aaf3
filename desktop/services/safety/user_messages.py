"""What the people services refuse, with Thai and English text for the screen.

Every exception carries a code, ``message_th`` and ``message_en``; ``str()`` gives the code
and the English text (for logs). No message ever holds a password or a password hash.
"""

from __future__ import annotations

import enum


class UserProblem(enum.Enum):
    EMPTY_NAME = "empty_name"
    NAME_TOO_LONG = "name_too_long"  # params: limit
    NAME_TAKEN = "name_taken"  # params: name
    BAD_ROLE = "bad_role"  # params: role
    UNKNOWN_USER = "unknown_user"  # params: user
    WRONG_OLD_PASSWORD = "wrong_old_password"
    LAST_SUPERVISOR = "last_supervisor"


_PROBLEM_TEXT: dict[UserProblem, tuple[str, str]] = {
    UserProblem.EMPTY_NAME: ("กรุณากรอกชื่อผู้ใช้", "Enter a user name."),
    UserProblem.NAME_TOO_LONG: (
        "ชื่อผู้ใช้ยาวได้ไม่เกิน {limit} ตัวอักษร",
        "A user name has at most {limit} characters.",
    ),
    UserProblem.NAME_TAKEN: ("มีผู้ใช้ชื่อ {name} อยู่แล้ว", "There is already a user named {name}."),
    UserProblem.BAD_ROLE: (
        "บทบาทต้องเป็นเจ้าหน้าที่หรือหัวหน้า (ไม่ใช่ {role})",
        "A role is clerk or supervisor (not {role}).",
    ),
    UserProblem.UNKNOWN_USER: ("ไม่พบผู้ใช้ {user}", "There is no user {user}."),
    UserProblem.WRONG_OLD_PASSWORD: (
        "รหัสผ่านเดิมไม่ถูกต้อง",
        "The current password is wrong.",
    ),
    UserProblem.LAST_SUPERVISOR: (
        "ต้องมีหัวหน้าอย่างน้อยหนึ่งคน: ลบหรือเปลี่ยนบทบาทของหัวหน้าคนสุดท้ายไม่ได้",
        "At least one supervisor must remain: the last supervisor cannot be removed"
        " or made a clerk.",
    ),
}


class UserRejected(ValueError):
    """A change to the users refused; nothing was written."""

    def __init__(self, code: UserProblem, **params: object) -> None:
        self.code = code
        self.params = {name: str(value) for name, value in params.items()}
        thai, english = _PROBLEM_TEXT[code]
        self.message_th = thai.format(**self.params)
        self.message_en = english.format(**self.params)
        super().__init__(f"{code.value}: {self.message_en}")


class AuthenticationFailed(Exception):
    """Wrong user name or password (which of the two is not said)."""

    def __init__(self) -> None:
        self.message_th = "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
        self.message_en = "Wrong user name or password."
        super().__init__(f"authentication_failed: {self.message_en}")


class Duty(enum.Enum):
    """What only a supervisor may do."""

    MANAGE_USERS = "manage_users"
    RESET_PASSWORD = "reset_password"
    LOCK_PERIOD = "lock_period"
    UNLOCK_PERIOD = "unlock_period"
    SIGN_OFF = "sign_off"


_DUTY_TEXT: dict[Duty, tuple[str, str]] = {
    Duty.MANAGE_USERS: ("เพิ่ม ลบ หรือเปลี่ยนบทบาทผู้ใช้", "add, remove or change the role of users"),
    Duty.RESET_PASSWORD: ("ตั้งรหัสผ่านของผู้ใช้อื่น", "set another user's password"),
    Duty.LOCK_PERIOD: ("ล็อกข้อมูลช่วงที่ส่งแล้ว", "lock a submitted period"),
    Duty.UNLOCK_PERIOD: ("ปลดล็อกข้อมูลช่วงที่ส่งแล้ว", "unlock a submitted period"),
    Duty.SIGN_OFF: ("รับรองว่าข้อมูลพร้อมส่ง", "sign off the data as ready to send"),
}


class NotAllowed(PermissionError):
    """The acting user is not a supervisor (or not a user at all); nothing was written."""

    def __init__(self, duty: Duty, by: str) -> None:
        self.duty = duty
        self.by = by
        thai, english = _DUTY_TEXT[duty]
        self.message_th = f"เฉพาะหัวหน้าเท่านั้นที่{thai}ได้ ({by or 'ไม่ระบุผู้ใช้'} ไม่ใช่หัวหน้า)"
        self.message_en = (
            f"Only a supervisor may {english} ({by or 'no user'} is not a supervisor)."
        )
        super().__init__(f"{duty.value}: {self.message_en}")
