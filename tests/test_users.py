"""Users of the shared PC: scrypt hashes, logging in, supervisors kept, a log without secrets."""

from __future__ import annotations

import base64
import hashlib
import sqlite3
import unicodedata

import pytest

from db.database import OfficeDatabase
from desktop.services.safety import UserService
from desktop.services.safety.password_hash import hash_password, verify_password
from desktop.services.safety.users import (
    AuthenticationFailed,
    NotAllowed,
    UserProblem,
    UserRejected,
)

FIRST = "สมศรี ใจดี"  # the office's clerk (conftest), its first user
CLERK = "ประยุทธ มั่นคง"
PASSWORD = "รหัสลับ-2568"


@pytest.fixture
def service(office_db: OfficeDatabase) -> UserService:
    return UserService(office_db.session_factory)


def rows(database: OfficeDatabase, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    connection = sqlite3.connect(database.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def user_id(database: OfficeDatabase, name: str) -> int:
    ((found,),) = rows(database, "SELECT id FROM users WHERE name = ?", (name,))
    return int(found)


def stored_hash(database: OfficeDatabase, name: str) -> str | None:
    ((found,),) = rows(database, "SELECT password_hash FROM users WHERE name = ?", (name,))
    return found


# Hashes -------------------------------------------------------------------------------


def test_a_hash_is_scrypt_with_its_parameters_a_random_salt_and_32_bytes() -> None:
    stored = hash_password(PASSWORD)
    scheme, n, r, p, salt_b64, key_b64 = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    salt, key = base64.b64decode(salt_b64), base64.b64decode(key_b64)
    assert (len(salt), len(key)) == (16, 32)
    expected = hashlib.scrypt(
        unicodedata.normalize("NFC", PASSWORD).encode(), salt=salt, n=2**14, r=8, p=1, dklen=32
    )
    assert key == expected
    assert PASSWORD not in stored
    again = hash_password(PASSWORD)
    assert again != stored and again.split("$")[4] != salt_b64  # a fresh salt each time


def test_verifying_accepts_only_the_password() -> None:
    stored = hash_password(PASSWORD)
    assert verify_password(PASSWORD, stored)
    assert not verify_password(PASSWORD + " ", stored)
    assert not verify_password("", stored)
    decomposed = unicodedata.normalize("NFD", "café-ลับ")
    assert verify_password(decomposed, hash_password("café-ลับ"))  # typed either way


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain-text",
        "bcrypt$16384$8$1$AAAA$AAAA",
        "scrypt$16384$8$1$not base64$AAAA",
        "scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,  # n not a power of two
        "scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,  # n beyond the cap
    ],
)
def test_text_that_is_not_our_hash_never_verifies(stored: str) -> None:
    assert not verify_password(PASSWORD, stored)


# Logging in ---------------------------------------------------------------------------


def test_the_office_clerk_is_the_first_user_a_supervisor_without_password(
    service: UserService,
) -> None:
    (first,) = service.list_users()
    assert (first.name, first.role, first.has_password) == (FIRST, "supervisor", False)
    assert service.authenticate(FIRST, None).id == first.id
    assert service.authenticate(f"  {FIRST} ", "anything typed").id == first.id


def test_a_password_is_needed_once_set_and_a_wrong_one_is_refused(
    office_db: OfficeDatabase, service: UserService
) -> None:
    added = service.add_user(CLERK, "clerk", PASSWORD, by=FIRST)
    assert added.has_password and added.role == "clerk"
    stored = stored_hash(office_db, CLERK)
    assert stored is not None and stored.startswith("scrypt$") and PASSWORD not in stored
    assert verify_password(PASSWORD, stored)
    assert service.authenticate(CLERK, PASSWORD).id == added.id
    for wrong in ("wrong", "", None):
        with pytest.raises(AuthenticationFailed) as refused:
            service.authenticate(CLERK, wrong)
        assert refused.value.message_th == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
        assert "Wrong user name or password" in refused.value.message_en
        assert PASSWORD not in str(refused.value)
    with pytest.raises(AuthenticationFailed):
        service.authenticate("ไม่มีคนนี้", None)


def test_an_empty_users_table_gets_its_first_user_on_the_first_login(
    office_db: OfficeDatabase, service: UserService
) -> None:
    connection = sqlite3.connect(office_db.path)
    connection.execute("DELETE FROM users")
    connection.commit()
    connection.close()
    first = service.authenticate("  ผู้ใช้   คนแรก ", PASSWORD)
    assert (first.name, first.role, first.has_password) == ("ผู้ใช้ คนแรก", "supervisor", True)
    assert [user.name for user in service.list_users()] == ["ผู้ใช้ คนแรก"]
    with pytest.raises(AuthenticationFailed):  # from now on, names must exist
        service.authenticate("คนอื่น", None)
    with pytest.raises(AuthenticationFailed):
        service.authenticate("ผู้ใช้ คนแรก", "wrong")
    logged = rows(office_db, "SELECT user_name, action FROM change_log WHERE table_name = 'users'")
    assert logged == [("ผู้ใช้ คนแรก", "insert")]


# Passwords ----------------------------------------------------------------------------


def test_changing_your_own_password_needs_the_current_one(
    office_db: OfficeDatabase, service: UserService
) -> None:
    clerk = service.add_user(CLERK, "clerk", PASSWORD, by=FIRST)
    with pytest.raises(UserRejected) as refused:
        service.set_password(clerk.id, "wrong", "ใหม่", by=CLERK)
    assert refused.value.code is UserProblem.WRONG_OLD_PASSWORD
    assert verify_password(PASSWORD, stored_hash(office_db, CLERK) or "")  # unchanged
    service.set_password(clerk.id, PASSWORD, "ใหม่", by=CLERK)
    assert service.authenticate(CLERK, "ใหม่").id == clerk.id
    with pytest.raises(AuthenticationFailed):
        service.authenticate(CLERK, PASSWORD)
    service.set_password(clerk.id, "ใหม่", None, by=CLERK)  # no password any more
    assert stored_hash(office_db, CLERK) is None
    assert service.authenticate(CLERK, None).id == clerk.id


def test_a_supervisor_resets_a_password_a_clerk_cannot(
    office_db: OfficeDatabase, service: UserService
) -> None:
    clerk = service.add_user(CLERK, "clerk", PASSWORD, by=FIRST)
    other = service.add_user("มานี มีนา", "clerk", None, by=FIRST)
    with pytest.raises(NotAllowed) as refused:
        service.set_password(other.id, None, "ของฉัน", by=CLERK)
    assert "หัวหน้า" in refused.value.message_th and "supervisor" in refused.value.message_en
    assert stored_hash(office_db, "มานี มีนา") is None
    service.set_password(clerk.id, None, "รีเซ็ต", by=FIRST)  # no old password needed
    assert service.authenticate(CLERK, "รีเซ็ต").id == clerk.id


# Supervisors --------------------------------------------------------------------------


def test_the_last_supervisor_can_be_neither_removed_nor_demoted(
    office_db: OfficeDatabase, service: UserService
) -> None:
    first = user_id(office_db, FIRST)
    for attempt in (
        lambda: service.set_role(first, "clerk", by=FIRST),
        lambda: service.remove_user(first, by=FIRST),
    ):
        with pytest.raises(UserRejected) as refused:
            attempt()
        assert refused.value.code is UserProblem.LAST_SUPERVISOR
        assert refused.value.message_th and refused.value.message_en
    assert [(u.name, u.role) for u in service.list_users()] == [(FIRST, "supervisor")]

    second = service.add_user("หัวหน้า สอง", "supervisor", None, by=FIRST)
    service.set_role(first, "clerk", by="หัวหน้า สอง")  # another supervisor remains
    with pytest.raises(UserRejected):
        service.remove_user(second.id, by="หัวหน้า สอง")
    service.remove_user(first, by="หัวหน้า สอง")
    assert [(u.name, u.role) for u in service.list_users()] == [("หัวหน้า สอง", "supervisor")]


def test_only_a_supervisor_manages_users_and_nothing_is_written_otherwise(
    office_db: OfficeDatabase, service: UserService
) -> None:
    clerk = service.add_user(CLERK, "clerk", None, by=FIRST)
    before = (
        rows(office_db, "SELECT * FROM users ORDER BY id"),
        rows(office_db, "SELECT count(*) FROM change_log"),
    )
    for attempt in (
        lambda: service.add_user("ใหม่", "clerk", None, by=CLERK),
        lambda: service.set_role(clerk.id, "supervisor", by=CLERK),  # no promoting oneself
        lambda: service.remove_user(user_id(office_db, FIRST), by=CLERK),
        lambda: service.add_user("ใหม่", "clerk", None, by="ไม่มีคนนี้"),
    ):
        with pytest.raises(NotAllowed):
            attempt()
    after = (
        rows(office_db, "SELECT * FROM users ORDER BY id"),
        rows(office_db, "SELECT count(*) FROM change_log"),
    )
    assert after == before


def test_names_and_roles_are_checked(service: UserService) -> None:
    service.add_user(CLERK, "clerk", None, by=FIRST)
    cases = [
        (("  ", "clerk"), UserProblem.EMPTY_NAME),
        ((f" {CLERK}  ", "clerk"), UserProblem.NAME_TAKEN),
        (("ก" * 101, "clerk"), UserProblem.NAME_TOO_LONG),
        (("ใครสักคน", "admin"), UserProblem.BAD_ROLE),
    ]
    for (name, role), code in cases:
        with pytest.raises(UserRejected) as refused:
            service.add_user(name, role, None, by=FIRST)
        assert refused.value.code is code
    assert len(service.list_users()) == 2


# The change log -----------------------------------------------------------------------


def test_the_change_log_records_who_and_never_a_hash_or_password(
    office_db: OfficeDatabase, service: UserService
) -> None:
    clerk = service.add_user(CLERK, "clerk", PASSWORD, by=FIRST)
    hashes = {stored_hash(office_db, CLERK)}
    service.set_password(clerk.id, PASSWORD, "ใหม่-2", by=CLERK)
    hashes.add(stored_hash(office_db, CLERK))
    service.set_password(clerk.id, None, None, by=FIRST)
    service.set_role(clerk.id, "supervisor", by=FIRST)
    service.remove_user(clerk.id, by=FIRST)

    logged = rows(
        office_db,
        "SELECT user_name, action, field, old_value, new_value FROM change_log"
        " WHERE table_name = 'users' AND record_id = ? ORDER BY id",
        (clerk.id,),
    )
    assert [(who, action, field) for who, action, field, _, _ in logged] == [
        (FIRST, "insert", ""),
        (CLERK, "update", "password_hash"),
        (FIRST, "update", "password_hash"),
        (FIRST, "update", "role"),
        (FIRST, "delete", ""),
    ]
    assert [(old, new) for *_, old, new in logged[1:4]] == [
        ("***", "***"),
        ("***", None),
        ("clerk", "supervisor"),
    ]
    assert '"password_hash": "***"' in logged[0][4]  # the insert summary hides it too
    everything = rows(office_db, "SELECT coalesce(old_value, '') || coalesce(new_value, '')"
                      " FROM change_log")  # fmt: skip
    text = "\n".join(value for (value,) in everything)
    assert "scrypt$" not in text and PASSWORD not in text and "ใหม่-2" not in text
    for stored in hashes:
        assert stored is not None and stored.split("$")[5] not in text
    # the removed user's own change stays in the log under their name
    assert rows(office_db, "SELECT count(*) FROM change_log WHERE user_name = ?", (CLERK,)) == [
        (1,)
    ]
