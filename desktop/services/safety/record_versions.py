"""Record versions: one clerk's save never silently overwrites another clerk's newer one.

Households and projects carry ``version`` (migration 0008). A form loads a record with
its version; its save, first thing in its transaction, claims that version:

    UPDATE <table> SET version = version WHERE id = :id AND version = :v

That statement takes the write lock (SQLite) or the row's lock (PostgreSQL) before the
save reads anything, so two saves of one record queue instead of interleaving. No row
means another save came first (``RecordChanged``, naming who saved and when from the
change log) or the record was deleted (``RecordDeleted``); nothing has been written. A
save that changed something then raises the version by one:

    UPDATE <table> SET version = version + 1 WHERE id = :id AND version = :v

Writers that hold no form's version (a visit's answers, an import) raise it with
``raise_versions``, so an open form of the household learns of their change when it
saves. Plain SQL, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from db.models import ChangeLog

__all__ = [
    "RecordChanged",
    "RecordDeleted",
    "SaveStamp",
    "claim_version",
    "last_change",
    "raise_version",
    "raise_versions",
]

VERSIONED_TABLES = ("households", "projects")


@dataclass(frozen=True)
class SaveStamp:
    """Who wrote a change-log row, and when (timezone-aware UTC: show ``.astimezone()``)."""

    user_name: str
    at: dt.datetime


class RecordChanged(Exception):
    """Another save of the record came after the version the form loaded; nothing was
    written. ``stamp`` is the latest change-log row of the record (None if none is)."""

    def __init__(self, table: str, record_id: int, version: int, stamp: SaveStamp | None) -> None:
        super().__init__(f"{table} {record_id} is at version {version}, saved by {stamp}")
        self.table = table
        self.record_id = record_id
        self.version = version
        self.stamp = stamp


class RecordDeleted(LookupError):
    """The record was deleted (by another clerk) since its form loaded it; nothing was
    written. ``stamp`` is the deletion's change-log row (None if none is)."""

    def __init__(self, table: str, record_id: int, stamp: SaveStamp | None) -> None:
        super().__init__(f"{table} {record_id} was deleted by {stamp}")
        self.table = table
        self.record_id = record_id
        self.stamp = stamp


def _checked(table: str) -> str:
    if table not in VERSIONED_TABLES:
        raise ValueError(f"{table!r} has no version")
    return table


def claim_version(
    session: Session,
    table: str,
    record_id: int,
    version: int,
    last_save: Callable[[], SaveStamp | None] | None = None,
) -> None:
    """Lock the record at ``version`` for this transaction, or raise RecordChanged or
    RecordDeleted. Call it before the save reads or writes anything else.

    ``last_save`` names who saved the newer version (asked only then); by default the
    record's own latest change-log row."""
    claimed = session.execute(
        text(f"UPDATE {_checked(table)} SET version = version WHERE id = :id AND version = :v"),
        {"id": record_id, "v": version},
    )
    if claimed.rowcount == 1:  # type: ignore[attr-defined]
        return
    stored = session.execute(
        text(f"SELECT version FROM {table} WHERE id = :id"), {"id": record_id}
    ).scalar()
    if stored is None:
        deleted = session.execute(
            select(ChangeLog.user_name, ChangeLog.at)
            .where(
                ChangeLog.table_name == table,
                ChangeLog.record_id == record_id,
                ChangeLog.action == "delete",
            )
            .order_by(ChangeLog.id.desc())
            .limit(1)
        ).first()
        stamp = SaveStamp(deleted[0], deleted[1].replace(tzinfo=dt.UTC)) if deleted else None
        raise RecordDeleted(table, record_id, stamp)
    stamp = last_change(session, {table: [record_id]}) if last_save is None else last_save()
    raise RecordChanged(table, record_id, int(stored), stamp)


def raise_version(session: Session, table: str, record_id: int, version: int) -> int:
    """The record's version after this save: ``version + 1`` (claimed first, so the row
    is there at ``version``)."""
    raised = session.execute(
        text(f"UPDATE {_checked(table)} SET version = version + 1 WHERE id = :id AND version = :v"),
        {"id": record_id, "v": version},
    )
    if raised.rowcount != 1:  # type: ignore[attr-defined]
        raise RuntimeError(f"{table} {record_id} left version {version} within its save")
    return version + 1


def raise_versions(session: Session, table: str, record_ids: Iterable[int]) -> None:
    """A writer without a form's version changed these records: forms that loaded them
    before are refused when they save."""
    ids = sorted(set(record_ids))
    for start in range(0, len(ids), 500):
        session.execute(
            text(f"UPDATE {_checked(table)} SET version = version + 1 WHERE id = :id"),
            [{"id": record_id} for record_id in ids[start : start + 500]],
        )


def last_change(
    session: Session,
    records: Mapping[str, Collection[int]],
    owner: tuple[str, Collection[str]] | None = None,
) -> SaveStamp | None:
    """The newest change-log row of the ``records`` (table → ids), or of an insert or
    delete of ``owner``'s tables whose summary names it (``('"household_id": "7"',
    tables)``, so a removed member counts). The newest is read first, and the save looked
    for is usually the very last one, so the read stops early."""
    conditions = [
        and_(ChangeLog.table_name == name, ChangeLog.record_id.in_(sorted(ids)))
        for name, ids in records.items()
        if ids
    ]
    if owner is not None:
        marker, tables = owner
        pattern = f"%{marker}%"
        conditions.append(
            and_(
                ChangeLog.table_name.in_(tables),
                ChangeLog.action.in_(("insert", "delete")),
                or_(ChangeLog.new_value.like(pattern), ChangeLog.old_value.like(pattern)),
            )
        )
    row = session.execute(
        select(ChangeLog.user_name, ChangeLog.at)
        .where(or_(*conditions))
        .order_by(ChangeLog.id.desc())
        .limit(1)
    ).first()
    return SaveStamp(row[0], row[1].replace(tzinfo=dt.UTC)) if row else None
