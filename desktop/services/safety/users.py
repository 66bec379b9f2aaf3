"""The people on the shared office PC: users with an optional password and a role.

A user is a clerk or a supervisor. Passwords are optional (a user without one logs in by
name alone) and are kept only as scrypt hashes (desktop/services/safety/password_hash.py).

Who may do what:
- adding, removing a user and changing a role takes a supervisor (``by``); while no
  supervisor exists at all (an old database) anyone may, so the office can get one;
- once any supervisor exists, one must remain: the last one cannot be removed or demoted;
- a user changes their own password by giving the current one; a supervisor sets (resets)
  anyone's password without it.

Every change is in the change log (table ``users``) under ``by``; a password appears there
only as ``"***"`` (set) or NULL (none), never its hash. Removing a user leaves the change
log as it is: the names in it are text, not references.

The first user: ``OfficeService.set_up`` calls ``ensure_first_user`` with the office's clerk
(a supervisor). A database whose ``users`` table is empty (made before users were kept)
gets its first user, a supervisor, from the first ``authenticate``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import ChangeLog, User
from desktop.services.safety.change_log import record_changes, utc_now
from desktop.services.safety.password_hash import hash_password, verify_password
from desktop.services.safety.user_messages import (
    AuthenticationFailed,
    Duty,
    NotAllowed,
    UserProblem,
    UserRejected,
)
from desktop.services.thai import thai_sort_key

__all__ = [
    "CLERK",
    "ROLES",
    "SUPERVISOR",
    "AuthenticationFailed",
    "Duty",
    "NotAllowed",
    "UserProblem",
    "UserRejected",
    "UserRow",
    "UserService",
    "clean_user_name",
    "ensure_first_user",
    "require_supervisor",
]

CLERK, SUPERVISOR = "clerk", "supervisor"
ROLES = (CLERK, SUPERVISOR)
TABLE = "users"  # the change log's table name
NAME_LIMIT = 100
HIDDEN = "***"  # a password in the change log


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    role: str  # "clerk" | "supervisor"
    has_password: bool
    created_at: dt.datetime  # timezone-aware UTC: show it with .astimezone()

    @property
    def is_supervisor(self) -> bool:
        return self.role == SUPERVISOR


def clean_user_name(name: str) -> str:
    """The name as stored: spaces trimmed and collapsed."""
    return " ".join(name.split())


def ensure_first_user(
    session: Session, name: str, password: str | None = None, *, logged: bool = False
) -> User | None:
    """When there is no user yet, add ``name`` as a supervisor and return it; else do
    nothing and return None. In the caller's transaction. ``logged``: write its change-log
    row (under its own name); setting up an office writes none, as for its settings."""
    if session.scalar(select(func.count()).select_from(User)):
        return None
    user = User(name=_checked_name(name), role=SUPERVISOR, password_hash=_hash(password))
    session.add(user)
    session.flush()
    if logged:
        _log(session, user.name, "insert", user.id, {}, _summary(user))
    return user


def require_supervisor(session: Session, by: str, duty: Duty) -> User:
    """The user named ``by`` if a supervisor, else NotAllowed (the role is read from the
    users table, never taken from the caller)."""
    actor = session.scalar(select(User).where(User.name == clean_user_name(by)))
    if actor is None or actor.role != SUPERVISOR:
        raise NotAllowed(duty, by)
    return actor


class UserService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._factory = session_factory
        self._before_write = before_write

    # Reads ----------------------------------------------------------------------------

    def list_users(self) -> list[UserRow]:
        """Every user in Thai dictionary order of the name."""
        with self._factory() as session:
            rows = [_row(user) for user in session.scalars(select(User))]
        return sorted(rows, key=lambda row: thai_sort_key(row.name))

    def find_user(self, name: str) -> UserRow | None:
        with self._factory() as session:
            user = session.scalar(select(User).where(User.name == clean_user_name(name)))
            return _row(user) if user is not None else None

    def authenticate(self, name: str, password: str | None) -> UserRow:
        """The user, when ``password`` is theirs (a user without a password needs none and
        any typed text is ignored); AuthenticationFailed otherwise. With no user at all,
        ``name`` becomes the first user, a supervisor, with ``password`` if one is given."""
        cleaned = clean_user_name(name)
        with self._factory() as session:
            user = session.scalar(select(User).where(User.name == cleaned))
            if user is not None:
                stored = user.password_hash
                if stored is not None and not verify_password(password or "", stored):
                    raise AuthenticationFailed()
                return _row(user)
            anyone = session.scalar(select(func.count()).select_from(User))
        if anyone or not cleaned:
            raise AuthenticationFailed()
        self._before_write()
        with self._factory.begin() as session:
            first = ensure_first_user(session, cleaned, password, logged=True)
            if first is None:  # someone else came first meanwhile
                raise AuthenticationFailed()
            return _row(first)

    # Writes ---------------------------------------------------------------------------

    def add_user(self, name: str, role: str, password: str | None, by: str) -> UserRow:
        """A new user (``password`` None or "" for none). Needs a supervisor ``by``."""
        cleaned = _checked_name(name)
        _check_role(role)
        self._before_write()
        with self._factory.begin() as session:
            _require_manager(session, by, Duty.MANAGE_USERS)
            if session.scalar(select(User.id).where(User.name == cleaned)) is not None:
                raise UserRejected(UserProblem.NAME_TAKEN, name=cleaned)
            user = User(name=cleaned, role=role, password_hash=_hash(password))
            session.add(user)
            session.flush()
            _log(session, by, "insert", user.id, {}, _summary(user))
            return _row(user)

    def set_password(self, user_id: int, old: str | None, new: str | None, by: str) -> None:
        """Set (``new``) or remove (None or "") a password. The user themself must give the
        current one as ``old``; a supervisor may set anyone else's without it."""
        self._before_write()
        with self._factory.begin() as session:
            user = _get(session, user_id)
            if clean_user_name(by) == user.name:
                stored = user.password_hash
                if stored is not None and not verify_password(old or "", stored):
                    raise UserRejected(UserProblem.WRONG_OLD_PASSWORD)
            else:
                _require_manager(session, by, Duty.RESET_PASSWORD)
            had = user.password_hash is not None
            user.password_hash = _hash(new)
            if had or user.password_hash is not None:
                session.add(  # written directly: "***" → "***" is still a change
                    ChangeLog(
                        at=utc_now(),
                        user_name=by,
                        table_name=TABLE,
                        record_id=user.id,
                        action="update",
                        field="password_hash",
                        old_value=HIDDEN if had else None,
                        new_value=HIDDEN if user.password_hash is not None else None,
                    )
                )

    def set_role(self, user_id: int, role: str, by: str) -> None:
        """Make the user a clerk or a supervisor; the last supervisor stays one."""
        _check_role(role)
        self._before_write()
        with self._factory.begin() as session:
            _require_manager(session, by, Duty.MANAGE_USERS)
            user = _get(session, user_id)
            if user.role == role:
                return
            if user.role == SUPERVISOR and _supervisors(session) <= 1:
                raise UserRejected(UserProblem.LAST_SUPERVISOR)
            old = _summary(user)
            user.role = role
            _log(session, by, "update", user.id, old, _summary(user))

    def remove_user(self, user_id: int, by: str) -> None:
        """Remove a user (never the last supervisor); the change log keeps their name."""
        self._before_write()
        with self._factory.begin() as session:
            _require_manager(session, by, Duty.MANAGE_USERS)
            user = _get(session, user_id)
            if user.role == SUPERVISOR and _supervisors(session) <= 1:
                raise UserRejected(UserProblem.LAST_SUPERVISOR)
            _log(session, by, "delete", user.id, _summary(user), {})
            session.delete(user)


def _checked_name(name: str) -> str:
    cleaned = clean_user_name(name)
    if not cleaned:
        raise UserRejected(UserProblem.EMPTY_NAME)
    if len(cleaned) > NAME_LIMIT:
        raise UserRejected(UserProblem.NAME_TOO_LONG, limit=NAME_LIMIT)
    return cleaned


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise UserRejected(UserProblem.BAD_ROLE, role=role)


def _hash(password: str | None) -> str | None:
    return hash_password(password) if password else None


def _supervisors(session: Session) -> int:
    count = select(func.count()).select_from(User).where(User.role == SUPERVISOR)
    return session.scalar(count) or 0


def _require_manager(session: Session, by: str, duty: Duty) -> None:
    """A supervisor ``by``, unless there is no supervisor at all yet."""
    if _supervisors(session):
        require_supervisor(session, by, duty)


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise UserRejected(UserProblem.UNKNOWN_USER, user=user_id)
    return user


def _summary(user: User) -> dict[str, object]:
    """What the change log says of a user: never the hash."""
    return {
        "name": user.name,
        "role": user.role,
        "password_hash": HIDDEN if user.password_hash is not None else None,
    }


def _log(
    session: Session,
    by: str,
    action: str,
    user_id: int,
    old: dict[str, object],
    new: dict[str, object],
) -> None:
    record_changes(
        session,
        user_name=by,
        table_name=TABLE,
        record_id=user_id,
        old=old,
        new=new,
        action=action,
        at=utc_now(),
    )


def _row(user: User) -> UserRow:
    return UserRow(
        id=user.id,
        name=user.name,
        role=user.role,
        has_password=user.password_hash is not None,
        created_at=user.created_at.replace(tzinfo=dt.UTC),
    )
