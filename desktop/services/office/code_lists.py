"""The code lists the office edits in Settings: umbrellas, assistance types, budget sources
and agency kinds (EDITABLE_CODE_LISTS).

"umbrella" lives in table ``umbrellas`` (whose ``aim_th`` CodeEntry does not carry: a new
umbrella gets "", a renamed one keeps its own); the others are rows of ``code_items``
with ``list_name`` = the list's name. A code never changes once saved; a code in use is
never deleted, only retired.

Change log: table "umbrellas" or "code_items"; ``record_id`` is the row's SQLite
``rowid`` (both tables have text keys and no integer id; the office never VACUUMs, so a
rowid stays with its row). Insert and delete rows carry ``list_name`` and ``code`` in
their JSON summary; ``rowid_of`` finds the rowid of a code still present.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from db.models import Agency, Assistance, CodeItem, Project, Umbrella
from desktop.services.projects import (
    EDITABLE_CODE_LISTS,
    CodeEntry,
    RecordNotFound,
    RecordProblem,
    RecordProblemCode,
    RecordRejected,
)
from desktop.services.safety import record_changes, utc_now

__all__ = ["CODE_PATTERN", "NAME_LIMIT", "CodeListService"]

UMBRELLA = "umbrella"
CODE_PATTERN = re.compile(r"[a-z0-9_]{1,20}")
NAME_LIMIT = 200  # characters of name_th and name_en
# Where each list's codes are used: the count of rows is an entry's ``in_use``.
_USED_BY: dict[str, InstrumentedAttribute[Any]] = {
    UMBRELLA: Project.umbrella_code,
    "assistance_type": Assistance.kind,
    "budget_source": Project.budget_source,
    "agency_kind": Agency.kind,
}
_EDITED = ("name_th", "name_en", "sort_order", "retired")

Row = Umbrella | CodeItem


class CodeListService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._factory = session_factory
        self._before_write = before_write

    # Reads ----------------------------------------------------------------------------

    def entries(self, list_name: str, include_retired: bool = True) -> list[CodeEntry]:
        """The list in its order (sort_order, then code), each with how often it is used."""
        _known(list_name)
        with self._factory() as session:
            usage = _usage(session, list_name)
            return [
                _entry(row, usage.get(row.code, 0))
                for row in _rows(session, list_name)
                if include_retired or not row.retired
            ]

    def active(self, list_name: str) -> list[CodeEntry]:
        """The entries not retired, for pickers."""
        return self.entries(list_name, include_retired=False)

    def rowid_of(self, list_name: str, code: str) -> int | None:
        """The change log's ``record_id`` of an entry (None if there is no such entry)."""
        _known(list_name)
        with self._factory() as session:
            return _rowid(session, list_name, code)

    def check(self, list_name: str, entry: CodeEntry, *, is_new: bool) -> list[RecordProblem]:
        _known(list_name)
        with self._factory() as session:
            return _problems(session, list_name, entry, is_new)

    # Writes ---------------------------------------------------------------------------

    def save(self, list_name: str, entry: CodeEntry, *, is_new: bool, user_name: str) -> None:
        """Add an entry, or rename one (names, sort order and retired; never its code).

        A new entry with ``sort_order`` <= 0 goes to the end of the list. Raises
        RecordRejected (nothing written) on a blocking problem, RecordNotFound when an
        existing entry is not there.
        """
        _known(list_name)
        self._before_write()
        with self._factory.begin() as session:
            problems = _problems(session, list_name, entry, is_new)
            if any(problem.blocking for problem in problems):
                raise RecordRejected([problem for problem in problems if problem.blocking])
            code = entry.code.strip()
            values = {
                "name_th": entry.name_th.strip(),
                "name_en": entry.name_en.strip(),
                "sort_order": entry.sort_order,
                "retired": entry.retired,
            }
            if not is_new:
                self._update(session, list_name, code, values, user_name)
                return
            if entry.sort_order <= 0:
                values["sort_order"] = (
                    max((row.sort_order for row in _rows(session, list_name)), default=0) + 1
                )
            row: Row = (
                Umbrella(code=code, aim_th="", **values)
                if list_name == UMBRELLA
                else CodeItem(list_name=list_name, code=code, **values)
            )
            session.add(row)
            session.flush()
            _log(session, list_name, row, user_name, "insert", old={}, new=_summary(list_name, row))

    def set_retired(self, list_name: str, code: str, retired: bool, user_name: str) -> None:
        _known(list_name)
        self._before_write()
        with self._factory.begin() as session:
            self._update(session, list_name, code, {"retired": retired}, user_name)

    def delete(self, list_name: str, code: str, user_name: str) -> None:
        """Delete an unused entry; RecordRejected(IN_USE, {"count"}) when records use it."""
        _known(list_name)
        self._before_write()
        with self._factory.begin() as session:
            row = _find(session, list_name, code)
            used = _usage(session, list_name).get(code, 0)
            if used:
                raise RecordRejected(
                    [RecordProblem(RecordProblemCode.IN_USE, "code", params={"count": str(used)})]
                )
            _log(session, list_name, row, user_name, "delete", old=_summary(list_name, row), new={})
            session.delete(row)

    def move(self, list_name: str, code: str, offset: int, user_name: str) -> None:
        """Move an entry ``offset`` places (negative: up) in the list's order, clamped to
        its ends. The list is renumbered 1, 2, 3...; only entries whose number changes are
        written (a move by one on a numbered list swaps two numbers)."""
        _known(list_name)
        self._before_write()
        with self._factory.begin() as session:
            rows = _rows(session, list_name)
            index = next((i for i, row in enumerate(rows) if row.code == code), None)
            if index is None:
                raise RecordNotFound(_table(list_name), code)
            target = min(max(index + offset, 0), len(rows) - 1)
            rows.insert(target, rows.pop(index))
            for position, row in enumerate(rows, start=1):
                if row.sort_order != position:
                    old = {"sort_order": row.sort_order}
                    row.sort_order = position
                    _log(
                        session,
                        list_name,
                        row,
                        user_name,
                        "update",
                        old=old,
                        new={"sort_order": position},
                    )

    def _update(
        self,
        session: Session,
        list_name: str,
        code: str,
        values: dict[str, Any],
        user_name: str,
    ) -> None:
        row = _find(session, list_name, code)
        old = {name: getattr(row, name) for name in values}
        for name, value in values.items():
            setattr(row, name, value)
        _log(session, list_name, row, user_name, "update", old=old, new=values)


# Helpers ------------------------------------------------------------------------------


def _known(list_name: str) -> None:
    if list_name not in EDITABLE_CODE_LISTS:
        raise ValueError(f"{list_name!r} is not an editable code list")


def _table(list_name: str) -> str:
    return "umbrellas" if list_name == UMBRELLA else "code_items"


def _rows(session: Session, list_name: str) -> list[Row]:
    if list_name == UMBRELLA:
        return list(session.scalars(select(Umbrella).order_by(Umbrella.sort_order, Umbrella.code)))
    return list(
        session.scalars(
            select(CodeItem)
            .where(CodeItem.list_name == list_name)
            .order_by(CodeItem.sort_order, CodeItem.code)
        )
    )


def _get(session: Session, list_name: str, code: str) -> Row | None:
    if list_name == UMBRELLA:
        return session.get(Umbrella, code)
    return session.get(CodeItem, (list_name, code))


def _find(session: Session, list_name: str, code: str) -> Row:
    row = _get(session, list_name, code)
    if row is None:
        raise RecordNotFound(_table(list_name), code)
    return row


def _rowid(session: Session, list_name: str, code: str) -> int | None:
    if list_name == UMBRELLA:
        found = session.scalar(
            text("SELECT rowid FROM umbrellas WHERE code = :code"), {"code": code}
        )
    else:
        found = session.scalar(
            text("SELECT rowid FROM code_items WHERE list_name = :list AND code = :code"),
            {"list": list_name, "code": code},
        )
    return int(found) if found is not None else None


def _usage(session: Session, list_name: str) -> dict[str, int]:
    column = _USED_BY[list_name]
    rows = session.execute(
        select(column, func.count()).where(column.is_not(None), column != "").group_by(column)
    )
    return {code: int(count) for code, count in rows}


def _entry(row: Row, in_use: int) -> CodeEntry:
    return CodeEntry(
        code=row.code,
        name_th=row.name_th,
        name_en=row.name_en,
        sort_order=row.sort_order,
        retired=row.retired,
        in_use=in_use,
    )


def _summary(list_name: str, row: Row) -> dict[str, object]:
    values: dict[str, object] = {"list_name": list_name, "code": row.code}
    values.update((name, getattr(row, name)) for name in _EDITED)
    if isinstance(row, Umbrella):
        values["aim_th"] = row.aim_th
    return values


def _log(
    session: Session,
    list_name: str,
    row: Row,
    user_name: str,
    action: str,
    *,
    old: dict[str, object],
    new: dict[str, object],
) -> None:
    session.flush()
    rowid = _rowid(session, list_name, row.code)
    record_changes(
        session,
        user_name=user_name,
        table_name=_table(list_name),
        record_id=rowid if rowid is not None else 0,
        old=old,
        new=new,
        action=action,
        at=utc_now(),
    )


def _problems(
    session: Session, list_name: str, entry: CodeEntry, is_new: bool
) -> list[RecordProblem]:
    problems: list[RecordProblem] = []
    code = entry.code.strip()
    if not code:
        problems.append(RecordProblem(RecordProblemCode.REQUIRED, "code"))
    elif is_new and not CODE_PATTERN.fullmatch(code):
        problems.append(RecordProblem(RecordProblemCode.BAD_CODE, "code"))
    elif is_new and _get(session, list_name, code) is not None:
        problems.append(RecordProblem(RecordProblemCode.DUPLICATE_CODE, "code"))
    if not entry.name_th.strip():
        problems.append(RecordProblem(RecordProblemCode.REQUIRED, "name_th"))
    for field in ("name_th", "name_en"):
        if len(getattr(entry, field).strip()) > NAME_LIMIT:
            problems.append(
                RecordProblem(RecordProblemCode.TOO_LONG, field, params={"limit": str(NAME_LIMIT)})
            )
    return problems
