"""The audit screen's data: the change log filtered, described, counted and exported.

Times are stored as naive UTC. A filter's ``since`` and ``until`` are calendar days of the
office's clock (the PC's time zone, or ``tz``), both included; exported times are shown
on that clock with a BE year. ``search`` looks in the field name, the old and new values
and the user name (case-insensitive for Latin letters), not in the description, which is
made after the rows are found (desktop/services/safety/audit_records.py).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Assistance, ChangeLog, ProgressReport, ProjectIndicator
from desktop.services.safety.audit_records import ACTION_LABELS, describe_records, table_label
from desktop.services.safety.change_log import history
from desktop.services.thai import sort_thai, to_be_year

__all__ = ["EXPORT_HEADERS", "AuditEntry", "AuditFilter", "AuditService"]

EXPORT_HEADERS = (
    "วันที่เวลา",
    "ผู้ใช้",
    "การกระทำ",
    "ประเภทข้อมูล",
    "รหัสรายการ",
    "รายการ",
    "ช่องข้อมูล",
    "ค่าเดิม",
    "ค่าใหม่",
)
_WIDTHS = (20, 18, 8, 18, 10, 40, 18, 40, 40)
_BATCH = 1000
_CELL_LIMIT = 32767  # characters in one Excel cell


@dataclass(frozen=True)
class AuditFilter:
    user_name: str | None = None  # exactly this user
    since: dt.date | None = None  # from this day (office clock), included
    until: dt.date | None = None  # to this day, included
    table_name: str | None = None
    record_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime  # timezone-aware UTC: show it with .astimezone()
    user_name: str
    table_name: str
    record_id: int
    action: str  # "insert" | "update" | "delete"
    field: str  # "" for insert and delete (their value is a JSON summary)
    old_value: str | None
    new_value: str | None
    description: str = ""  # which record, in words ("" when nothing is known of it)
    table_th: str = ""  # "ครัวเรือน"
    table_en: str = ""  # "Household"
    action_th: str = ""  # "แก้ไข"
    action_en: str = ""  # "Changed"


class AuditService:
    def __init__(
        self, session_factory: sessionmaker[Session], *, tz: dt.tzinfo | None = None
    ) -> None:
        """``tz``: the office clock for day filters and exported times (None: the PC's)."""
        self._factory = session_factory
        self._tz = tz

    def entries(
        self, audit_filter: AuditFilter, limit: int | None = 200, offset: int = 0
    ) -> list[AuditEntry]:
        """Matching rows, the newest first (ties: the last written first)."""
        query = _newest_first(select(ChangeLog).where(*self._conditions(audit_filter)))
        if limit is not None:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        with self._factory() as session:
            return _entries(session, list(session.scalars(query)))

    def count(self, audit_filter: AuditFilter) -> int:
        query = select(func.count()).select_from(ChangeLog)
        with self._factory() as session:
            return session.scalar(query.where(*self._conditions(audit_filter))) or 0

    def users_in_log(self) -> list[str]:
        """Every name the change log holds (users removed since included), Thai order."""
        with self._factory() as session:
            names = session.scalars(select(ChangeLog.user_name).distinct())
            return sort_thai([name for name in names if name])

    def tables_in_log(self) -> list[str]:
        """The table names the change log holds (label them with audit_records)."""
        with self._factory() as session:
            return sorted(session.scalars(select(ChangeLog.table_name).distinct()))

    def record_history(self, table: str, record_id: int) -> list[AuditEntry]:
        """The changes of one record, newest first. A household's include its members,
        incomes, answers, stages and assistance; a project's its key results and progress
        reports (also those deleted since)."""
        with self._factory() as session:
            keys = _related(session, table, record_id)
            conditions = [
                and_(ChangeLog.table_name == name, ChangeLog.record_id.in_(sorted(ids)))
                for name, ids in keys.items()
                if ids
            ]
            rows = session.scalars(_newest_first(select(ChangeLog).where(or_(*conditions))))
            return _entries(session, list(rows))

    def export_audit(
        self,
        audit_filter: AuditFilter,
        out: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Write the matching rows (newest first) to an .xlsx at ``out``; return how many.
        Written beside it as ``.<name>.part`` and renamed when complete."""
        import xlsxwriter

        out = Path(out)
        part = out.with_name(f".{out.name}.part")
        total = self.count(audit_filter)
        written = 0
        try:
            workbook = xlsxwriter.Workbook(
                str(part),
                {
                    "constant_memory": True,
                    "strings_to_formulas": False,
                    "strings_to_numbers": False,
                    "strings_to_urls": False,
                },
            )
            sheet = workbook.add_worksheet("บันทึกการแก้ไข")
            bold = workbook.add_format({"bold": True})
            for column, (header, width) in enumerate(zip(EXPORT_HEADERS, _WIDTHS, strict=True)):
                sheet.set_column(column, column, width)
                sheet.write_string(0, column, header, bold)
            sheet.freeze_panes(1, 0)
            query = _newest_first(select(ChangeLog).where(*self._conditions(audit_filter)))
            with self._factory() as session:
                batches = session.scalars(query.execution_options(yield_per=_BATCH)).partitions()
                for batch in batches:
                    for entry in _entries(session, list(batch)):
                        written += 1
                        self._write_row(sheet, written, entry)
                    if progress is not None:
                        progress(written, total)
            sheet.autofilter(0, 0, written, len(EXPORT_HEADERS) - 1)
            self._write_conditions(workbook, audit_filter, written, bold)
            workbook.close()
            os.replace(part, out)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return written

    # Helpers --------------------------------------------------------------------------

    def _conditions(self, audit_filter: AuditFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if audit_filter.user_name is not None:
            conditions.append(ChangeLog.user_name == audit_filter.user_name)
        if audit_filter.since is not None:
            conditions.append(ChangeLog.at >= self._utc_start(audit_filter.since))
        if audit_filter.until is not None:
            next_day = audit_filter.until + dt.timedelta(days=1)
            conditions.append(ChangeLog.at < self._utc_start(next_day))
        if audit_filter.table_name:
            conditions.append(ChangeLog.table_name == audit_filter.table_name)
        if audit_filter.record_id is not None:
            conditions.append(ChangeLog.record_id == audit_filter.record_id)
        words = audit_filter.search.strip()
        if words:
            escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{escaped}%"
            conditions.append(
                or_(
                    *(
                        column.like(pattern, escape="\\")
                        for column in (
                            ChangeLog.field,
                            ChangeLog.old_value,
                            ChangeLog.new_value,
                            ChangeLog.user_name,
                        )
                    )
                )
            )
        return conditions

    def _utc_start(self, day: dt.date) -> dt.datetime:
        """The first moment of ``day`` on the office clock, as stored (naive UTC)."""
        midnight = dt.datetime.combine(day, dt.time.min)
        local = midnight.astimezone() if self._tz is None else midnight.replace(tzinfo=self._tz)
        return local.astimezone(dt.UTC).replace(tzinfo=None)

    def _local_text(self, at: dt.datetime) -> str:
        """``at`` on the office clock: ``15/03/2568 14:05:09``."""
        local = at.astimezone(self._tz)
        return f"{local:%d/%m/}{to_be_year(local.year)} {local:%H:%M:%S}"

    def _write_row(self, sheet: Any, row: int, entry: AuditEntry) -> None:
        texts = (
            self._local_text(entry.at),
            entry.user_name,
            entry.action_th,
            entry.table_th,
        )
        for column, value in enumerate(texts):
            sheet.write_string(row, column, value)
        sheet.write_number(row, 4, entry.record_id)
        for column, value in enumerate(
            (entry.description, entry.field, entry.old_value, entry.new_value), start=5
        ):
            if value:  # text cells only: "=SUM(...)" stays text
                sheet.write_string(row, column, value[:_CELL_LIMIT])

    def _write_conditions(
        self, workbook: Any, audit_filter: AuditFilter, rows: int, bold: Any
    ) -> None:
        sheet = workbook.add_worksheet("เงื่อนไข")
        sheet.set_column(0, 0, 24)
        sheet.set_column(1, 1, 40)
        table = audit_filter.table_name
        record = audit_filter.record_id
        items = (
            ("ส่งออกเมื่อ", self._local_text(dt.datetime.now(dt.UTC))),
            ("ผู้ใช้", audit_filter.user_name or "ทุกคน"),
            ("ตั้งแต่วันที่", _be_day(audit_filter.since) or "-"),
            ("ถึงวันที่", _be_day(audit_filter.until) or "-"),
            ("ประเภทข้อมูล", table_label(table)[0] if table else "ทั้งหมด"),
            ("รหัสรายการ", str(record) if record is not None else "-"),
            ("คำค้น", audit_filter.search.strip() or "-"),
            ("จำนวนรายการ", f"{rows:,}"),
        )
        for row, (label, value) in enumerate(items):
            sheet.write_string(row, 0, label, bold)
            sheet.write_string(row, 1, value)


def _be_day(day: dt.date | None) -> str:
    return f"{day:%d/%m/}{to_be_year(day.year)}" if day is not None else ""


def _newest_first(query: Select[tuple[ChangeLog]]) -> Select[tuple[ChangeLog]]:
    return query.order_by(ChangeLog.at.desc(), ChangeLog.id.desc())


def _entries(session: Session, rows: Sequence[ChangeLog]) -> list[AuditEntry]:
    descriptions = describe_records(session, {(row.table_name, row.record_id) for row in rows})
    return [
        AuditEntry(
            id=row.id,
            at=row.at.replace(tzinfo=dt.UTC),
            user_name=row.user_name,
            table_name=row.table_name,
            record_id=row.record_id,
            action=row.action,
            field=row.field,
            old_value=row.old_value,
            new_value=row.new_value,
            description=descriptions.get((row.table_name, row.record_id), ""),
            table_th=table_label(row.table_name)[0],
            table_en=table_label(row.table_name)[1],
            action_th=ACTION_LABELS.get(row.action, ("", ""))[0],
            action_en=ACTION_LABELS.get(row.action, ("", ""))[1],
        )
        for row in rows
    ]


def _related(session: Session, table: str, record_id: int) -> dict[str, set[int]]:
    """The records whose changes make up the history of (table, record_id)."""
    keys: dict[str, set[int]] = {table: {record_id}}

    def add(name: str, ids: Iterable[int]) -> None:
        keys.setdefault(name, set()).update(ids)

    if table == "households":
        for entry in history(session, record_id):
            add(entry.table_name, [entry.record_id])
        current = select(Assistance.id).where(Assistance.household_id == record_id)
        add("assistance", session.scalars(current))
        add("assistance", _logged_ids(session, "assistance", "household_id", record_id))
    elif table == "projects":
        key_results = select(ProjectIndicator.id).where(ProjectIndicator.project_id == record_id)
        reports = (
            select(ProgressReport.id)
            .join(ProjectIndicator)
            .where(ProjectIndicator.project_id == record_id)
        )
        add("project_indicators", session.scalars(key_results))
        add(
            "project_indicators",
            _logged_ids(session, "project_indicators", "project_id", record_id),
        )
        add("progress_reports", session.scalars(reports))
        add("progress_reports", _logged_ids(session, "progress_reports", "project_id", record_id))
    return keys


def _logged_ids(session: Session, table: str, key: str, value: int) -> set[int]:
    """Ids of ``table`` records whose insert or delete summary says ``key`` was ``value``."""
    marker = f'%"{key}": "{value}"%'
    query = select(ChangeLog.record_id).where(
        ChangeLog.table_name == table,
        ChangeLog.action.in_(("insert", "delete")),
        or_(ChangeLog.new_value.like(marker), ChangeLog.old_value.like(marker)),
    )
    return set(session.scalars(query))
