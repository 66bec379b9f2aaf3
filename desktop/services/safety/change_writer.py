"""The change-log rows of one save, collected while it writes and inserted together: what
every household, import and consolidation write uses so that each write is logged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.base import Base
from db.models import ChangeLog
from desktop.services.safety.change_log import change_rows


def values_of(record: object, fields: Iterable[str]) -> dict[str, object]:
    return {name: getattr(record, name) for name in fields}


NewValues = Mapping[str, object] | Callable[[], Mapping[str, object]]


@dataclass
class ChangeWriter:
    """Collects one save's change-log rows (all with the same time) and inserts them
    together on ``flush``, in the order written; ``count`` counts the rows inserted."""

    session: Session
    user_name: str
    at: dt.datetime
    count: int = 0
    _pending: list[tuple[str, str, int | Base, Mapping[str, object], NewValues]] = field(
        default_factory=list
    )

    def write(
        self,
        action: str,
        table: str,
        record: int | Base,
        old: Mapping[str, object],
        new: NewValues,
    ) -> None:
        """``record`` is the record's id, or its row, whose id is read on ``flush`` (a new
        row gets one when the session flushes); ``new`` may be a function called then."""
        self._pending.append((action, table, record, old, new))

    def flush(self) -> None:
        """Insert the rows written since the last flush (the session flushed first)."""
        rows: list[dict[str, object]] = []
        for action, table, record, old, new in self._pending:
            rows += change_rows(
                user_name=self.user_name,
                table_name=table,
                record_id=record if isinstance(record, int) else record.id,  # type: ignore[attr-defined]
                old=old,
                new=new() if callable(new) else new,
                action=action,
                at=self.at,
            )
        self._pending.clear()
        if rows:
            self.session.execute(insert(ChangeLog), rows)
        self.count += len(rows)
