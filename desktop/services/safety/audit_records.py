"""What a change-log row is about, in words: the labels of tables and actions and a short
description of each record ("6701-000012 บ้านเลขที่ 45 สมชาย ใจดี").

A record is described from its current row when it still exists, else from the summary
its insert or delete row left in the change log (the context written with it: names,
keys, the household or project it belonged to). Descriptions are data, not translated
text: names, codes, BE dates, with a few Thai words ("บ้านเลขที่", "ปีงบประมาณ").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Iterable, Mapping

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from db.models import (
    Agency,
    Assistance,
    ChangeLog,
    Household,
    IncomeLine,
    Indicator,
    IndicatorResult,
    Member,
    ProgressReport,
    Project,
    ProjectIndicator,
    StageAssessment,
    User,
)
from db.models.office import PeriodLock
from desktop.services.safety.change_log import neutral
from desktop.services.thai import format_be_date

TABLE_LABELS: dict[str, tuple[str, str]] = {
    "households": ("ครัวเรือน", "Household"),
    "members": ("สมาชิก", "Member"),
    "income_lines": ("รายได้", "Income"),
    "indicator_results": ("ตัวชี้วัด จปฐ.", "Indicator answer"),
    "stage_assessments": ("ระดับการพัฒนา", "Stage assessment"),
    "assistance": ("ความช่วยเหลือ", "Assistance"),
    "projects": ("โครงการ", "Project"),
    "project_indicators": ("ผลลัพธ์หลัก", "Key result"),
    "progress_reports": ("รายงานความก้าวหน้า", "Progress report"),
    "agencies": ("หน่วยงาน", "Agency"),
    "umbrellas": ("แผนงาน (ร่ม)", "Umbrella"),
    "code_items": ("รายการรหัส", "Code list entry"),
    "users": ("ผู้ใช้", "User"),
    "period_locks": ("การล็อกงวด", "Period lock"),
    "villages": ("หมู่บ้าน", "Village"),
    "id_conflicts": ("เลขประจำตัวซ้ำข้ามอำเภอ", "ID in two districts"),
    "development_plans": ("แผนพัฒนาครัวเรือน", "Household plan"),
    "plan_problems": ("ปัญหาในแผน", "Plan problem"),
    "plan_activities": ("กิจกรรมตามแผน", "Plan activity"),
    "follow_up_visits": ("การเยี่ยมติดตาม", "Follow-up visit"),
    "indicator_sets": ("ชุดตัวชี้วัด", "Indicator set"),
    "indicators": ("ตัวชี้วัดในชุด", "Indicator of a set"),
    "indicator_thresholds": ("เกณฑ์ตัวชี้วัด", "Indicator threshold"),
    "attachments": ("หลักฐาน", "Attachment"),
}
ACTION_LABELS: dict[str, tuple[str, str]] = {
    "insert": ("เพิ่ม", "Added"),
    "update": ("แก้ไข", "Changed"),
    "delete": ("ลบ", "Deleted"),
}

Key = tuple[str, int]  # (table name, record id)
Values = dict[str, str]
Loader = Callable[[Session, list[int]], dict[int, Values]]


def table_label(table: str) -> tuple[str, str]:
    return TABLE_LABELS.get(table, (table, table))


def describe_records(session: Session, keys: Collection[Key]) -> dict[Key, str]:
    """A description of each record ("" when nothing is known of it)."""
    values = _logged_values(session, keys)
    by_table: dict[str, list[int]] = {}
    for table, record_id in keys:
        by_table.setdefault(table, []).append(record_id)
    for table, ids in by_table.items():
        loader = _LOADERS.get(table)
        if loader is not None:
            for record_id, current in loader(session, sorted(set(ids))).items():
                values[table, record_id] = values.get((table, record_id), {}) | current
    households = _households(session, _ids(values.values(), "household_id"))
    projects = _projects(session, _ids(values.values(), "project_id"))
    numbers = _indicator_numbers(session, _ids(values.values(), "indicator_id"))
    return {
        key: _describe(key[0], values.get(key, {}), households, projects, numbers) for key in keys
    }


# From the change log ------------------------------------------------------------------


def _logged_values(session: Session, keys: Collection[Key]) -> dict[Key, Values]:
    """Each record's latest insert or delete summary."""
    by_table: dict[str, set[int]] = {}
    for table, record_id in keys:
        by_table.setdefault(table, set()).add(record_id)
    found: dict[Key, Values] = {}
    for chunk in _chunks(list(by_table.items()), 20):
        conditions = [
            and_(ChangeLog.table_name == table, ChangeLog.record_id.in_(sorted(ids)))
            for table, ids in chunk
        ]
        rows = session.execute(
            select(
                ChangeLog.table_name,
                ChangeLog.record_id,
                ChangeLog.new_value,
                ChangeLog.old_value,
            )
            .where(ChangeLog.action.in_(("insert", "delete")), or_(*conditions))
            .order_by(ChangeLog.id)
        )
        for table, record_id, new_value, old_value in rows:
            try:
                summary = json.loads(new_value or old_value or "{}")
            except ValueError:
                continue
            if isinstance(summary, dict):
                found[table, record_id] = {
                    str(name): str(value) for name, value in summary.items() if value is not None
                }
    return found


def _chunks(items: list[tuple[str, set[int]]], size: int) -> Iterable[list[tuple[str, set[int]]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# From the current rows ----------------------------------------------------------------


def _rows(session: Session, query: object) -> dict[int, Values]:
    result: dict[int, Values] = {}
    for row in session.execute(query):  # type: ignore[call-overload]
        record_id, *rest = row
        names = row._fields[1:]
        result[record_id] = {
            name: text_value
            for name, value in zip(names, rest, strict=True)
            if (text_value := neutral(value)) is not None
        }
    return result


def _load_households(session: Session, ids: list[int]) -> dict[int, Values]:
    query = select(
        Household.id, Household.key, Household.house_no, Household.head_name.label("head")
    ).where(Household.id.in_(ids))
    return _rows(session, query)


def _load_members(session: Session, ids: list[int]) -> dict[int, Values]:
    query = select(Member.id, Member.household_id, Member.first_name, Member.last_name).where(
        Member.id.in_(ids)
    )
    return _rows(session, query)


def _load_income_lines(session: Session, ids: list[int]) -> dict[int, Values]:
    query = (
        select(
            IncomeLine.id,
            Member.household_id,
            Member.first_name,
            Member.last_name,
            IncomeLine.category,
            IncomeLine.survey_year,
        )
        .join(Member, Member.id == IncomeLine.member_id)
        .where(IncomeLine.id.in_(ids))
    )
    return _rows(session, query)


def _load_results(session: Session, ids: list[int]) -> dict[int, Values]:
    query = (
        select(
            IndicatorResult.id,
            IndicatorResult.household_id,
            IndicatorResult.survey_year,
            Indicator.number,
        )
        .join(Indicator, Indicator.id == IndicatorResult.indicator_id)
        .where(IndicatorResult.id.in_(ids))
    )
    return _rows(session, query)


def _load_stages(session: Session, ids: list[int]) -> dict[int, Values]:
    query = select(
        StageAssessment.id,
        StageAssessment.household_id,
        StageAssessment.stage,
        StageAssessment.assessed_on,
    ).where(StageAssessment.id.in_(ids))
    return _rows(session, query)


def _load_assistance(session: Session, ids: list[int]) -> dict[int, Values]:
    query = select(
        Assistance.id, Assistance.household_id, Assistance.kind, Assistance.given_on
    ).where(Assistance.id.in_(ids))
    return _rows(session, query)


def _load_projects(session: Session, ids: list[int]) -> dict[int, Values]:
    query = select(Project.id, Project.name, Project.fiscal_year).where(Project.id.in_(ids))
    return _rows(session, query)


def _load_key_results(session: Session, ids: list[int]) -> dict[int, Values]:
    query = select(ProjectIndicator.id, ProjectIndicator.project_id, ProjectIndicator.text).where(
        ProjectIndicator.id.in_(ids)
    )
    return _rows(session, query)


def _load_reports(session: Session, ids: list[int]) -> dict[int, Values]:
    query = (
        select(
            ProgressReport.id,
            ProjectIndicator.project_id,
            ProgressReport.fiscal_year,
            ProgressReport.quarter,
        )
        .join(ProjectIndicator, ProjectIndicator.id == ProgressReport.project_indicator_id)
        .where(ProgressReport.id.in_(ids))
    )
    return _rows(session, query)


def _load_agencies(session: Session, ids: list[int]) -> dict[int, Values]:
    return _rows(session, select(Agency.id, Agency.code, Agency.name).where(Agency.id.in_(ids)))


def _load_users(session: Session, ids: list[int]) -> dict[int, Values]:
    return _rows(session, select(User.id, User.name).where(User.id.in_(ids)))


def _load_locks(session: Session, ids: list[int]) -> dict[int, Values]:
    query = select(PeriodLock.id, PeriodLock.fiscal_year, PeriodLock.subdistrict_code).where(
        PeriodLock.id.in_(ids)
    )
    return _rows(session, query)


def _rowid_loader(table: str, columns: str) -> Loader:
    """Code lists are logged by SQLite rowid (their key is text)."""

    def load(session: Session, ids: list[int]) -> dict[int, Values]:
        marks = ", ".join(str(int(record_id)) for record_id in ids)
        query = text(f"SELECT rowid, {columns} FROM {table} WHERE rowid IN ({marks})")
        return _rows(session, query)

    return load


_LOADERS: dict[str, Loader] = {
    "households": _load_households,
    "members": _load_members,
    "income_lines": _load_income_lines,
    "indicator_results": _load_results,
    "stage_assessments": _load_stages,
    "assistance": _load_assistance,
    "projects": _load_projects,
    "project_indicators": _load_key_results,
    "progress_reports": _load_reports,
    "agencies": _load_agencies,
    "users": _load_users,
    "period_locks": _load_locks,
    "code_items": _rowid_loader("code_items", "list_name, code, name_th"),
    "umbrellas": _rowid_loader("umbrellas", "code, name_th"),
    "villages": _rowid_loader("villages", "code, moo, name_th"),
    "id_conflicts": _rowid_loader(
        "id_conflicts", "first_household_key, second_household_key, resolution"
    ),
}


# Related records ----------------------------------------------------------------------


def _ids(values: Iterable[Values], name: str) -> list[int]:
    return sorted({int(v[name]) for v in values if v.get(name, "").isdigit()})


def _households(session: Session, ids: list[int]) -> dict[int, str]:
    rows = session.execute(
        select(Household.id, Household.key, Household.head_name).where(Household.id.in_(ids))
    )
    return {record_id: " ".join(filter(None, (key, head))) for record_id, key, head in rows}


def _projects(session: Session, ids: list[int]) -> dict[int, str]:
    rows = session.execute(select(Project.id, Project.name).where(Project.id.in_(ids)))
    return {record_id: value for record_id, value in rows}


def _indicator_numbers(session: Session, ids: list[int]) -> dict[int, int]:
    rows = session.execute(select(Indicator.id, Indicator.number).where(Indicator.id.in_(ids)))
    return {record_id: value for record_id, value in rows}


# Words --------------------------------------------------------------------------------


def _be(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return format_be_date(dt.date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


def _joined(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def _describe(
    table: str,
    v: Mapping[str, str],
    households: Mapping[int, str],
    projects: Mapping[int, str],
    numbers: Mapping[int, int],
) -> str:
    def household() -> str:
        household_id = v.get("household_id", "")
        name = households.get(int(household_id)) if household_id.isdigit() else None
        return f"— ครัวเรือน {name}" if name else ""

    def project() -> str:
        project_id = v.get("project_id", "")
        name = projects.get(int(project_id)) if project_id.isdigit() else None
        return f"— โครงการ {name}" if name else ""

    person = _joined(v.get("first_name"), v.get("last_name")) or v.get("member_name", "")
    if table == "households":
        house = f"บ้านเลขที่ {v['house_no']}" if v.get("house_no") else ""
        return _joined(v.get("key"), house, v.get("head"))
    if table == "members":
        return _joined(person, household())
    if table == "income_lines":
        year = f"ปี {v['survey_year']}" if v.get("survey_year") else ""
        return _joined("รายได้", v.get("category"), year, person, household())
    if table == "indicator_results":
        number = v.get("number") or ""
        indicator_id = v.get("indicator_id", "")
        if not number and indicator_id.isdigit():
            number = str(numbers.get(int(indicator_id), ""))
        year = f"ปี {v['survey_year']}" if v.get("survey_year") else ""
        return _joined(f"ตัวชี้วัดที่ {number}" if number else "", year, household())
    if table == "stage_assessments":
        return _joined(v.get("stage"), _be(v.get("assessed_on")), household())
    if table == "assistance":
        return _joined(v.get("kind"), _be(v.get("given_on")), household())
    if table == "attachments":  # described from its logged summary: the bytes are not read
        return _joined(v.get("file_name"), _be(v.get("taken_on")), household())
    if table == "projects":
        year = f"(ปีงบประมาณ {v['fiscal_year']})" if v.get("fiscal_year") else ""
        return _joined(v.get("name"), year)
    if table == "project_indicators":
        return _joined(v.get("text"), project())
    if table == "progress_reports":
        quarter = (
            f"ไตรมาส {v['quarter']}/{v['fiscal_year']}"
            if v.get("quarter") and v.get("fiscal_year")
            else ""
        )
        return _joined(quarter, project())
    if table == "agencies":
        return _joined(v.get("code"), v.get("name"))
    if table in ("code_items", "umbrellas"):
        return _joined(v.get("list_name"), v.get("code"), v.get("name_th"))
    if table == "users":
        return v.get("name", "")
    if table == "villages":
        return _joined(v.get("code"), f"หมู่ {v['moo']}" if v.get("moo") else "", v.get("name_th"))
    if table == "id_conflicts":
        return _joined(v.get("first_household_key"), "/", v.get("second_household_key"))
    if table == "period_locks":
        area = f"ตำบล {v['subdistrict_code']}" if v.get("subdistrict_code") else "ทั้งอำเภอ"
        return _joined(f"ปีงบประมาณ {v.get('fiscal_year', '')}", area)
    return ""
