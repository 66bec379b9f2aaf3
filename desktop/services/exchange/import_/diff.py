"""The operations that make an office household equal to its imported version, and the
changes the clerk is shown for them (FieldChange: record, field, labels, old → new)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from desktop.services.exchange.import_.compare import (
    INCOME_FIELDS,
    RESULT_FIELDS,
    STAGE_FIELDS,
    HouseholdData,
    Operation,
    Provided,
    match_members,
)
from desktop.services.exchange.layout import SHEET_BY_NAME, VOCABULARIES
from desktop.services.households import format_baht
from desktop.services.thai import format_be_date


@dataclass(frozen=True)
class FieldChange:
    record: str  # which record, in Thai: "สมาชิก สมชาย ใจดี", "ผลตัวชี้วัดข้อ 4 ปี 2567"
    field: str  # the database field ("" for a record added or removed)
    label_th: str
    label_en: str
    old: str  # as shown: BE dates, Thai labels, baht
    new: str
    table: str = ""  # households, members, income_lines, indicator_results, stage_assessments


def compute_operations(
    office: HouseholdData, staged: HouseholdData, provided: Provided
) -> list[Operation]:
    ops: list[Operation] = []
    household_id = office.values["id"]
    changed = {
        name: staged.values[name]
        for name in provided.household
        if _differs(office.values[name], staged.values[name], provided.replace)
    }
    if changed:
        old = {name: office.values[name] for name in changed}
        ops.append(Operation("update", "households", household_id, old, changed))
    pairs = match_members(office.members, staged.members)
    for index, member in enumerate(staged.members):
        label = _person(member)
        if index not in pairs:
            new = {name: member.get(name) for name in provided.member}
            ops.append(Operation("insert", "members", None, {}, new, member=index, label=label))
            continue
        current = office.members[pairs[index]]
        changed = {
            name: member.get(name)
            for name in provided.member
            if _differs(current.get(name), member.get(name), provided.replace)
        }
        if changed:
            old = {name: current[name] for name in changed}
            ops.append(Operation("update", "members", current["id"], old, changed, index, label))
    if not provided.replace:  # a list adds and corrects indicator results, removes none
        results = _keyed(office.results, staged.results, "indicator_results", RESULT_FIELDS, 2)
        return ops + [op for op in results if op.action != "delete"]
    paired = set(pairs.values())
    for index, current in enumerate(office.members):
        if index not in paired:
            ops.append(
                Operation("delete", "members", current["id"], current, {}, label=_person(current))
            )
    ops += _incomes(office, staged, pairs)
    ops += _keyed(office.results, staged.results, "indicator_results", RESULT_FIELDS, 2)
    ops += _keyed(office.stages, staged.stages, "stage_assessments", STAGE_FIELDS, 2)
    return ops


def _differs(old: Any, new: Any, replace: bool) -> bool:
    if not replace and new in (None, ""):
        return False
    return old != new


def _person(member: dict[str, Any]) -> str:
    return " ".join(part for part in (member.get("first_name"), member.get("last_name")) if part)


def _incomes(
    office: HouseholdData, staged: HouseholdData, pairs: dict[int, int]
) -> list[Operation]:
    seq_to_index = {member["seq"]: index for index, member in enumerate(staged.members)}
    office_lines = {
        (line["member_id"], line["survey_year"], line["category"]): line for line in office.incomes
    }
    deleted_members = {
        member["id"] for index, member in enumerate(office.members) if index not in pairs.values()
    }
    ops: list[Operation] = []
    seen: set[tuple[Any, ...]] = set()
    for line in staged.incomes:
        index = seq_to_index.get(line["member_seq"])
        if index is None:
            continue
        values = {name: line[name] for name in INCOME_FIELDS}
        label = _person(staged.members[index])
        if index not in pairs:
            ops.append(Operation("insert", "income_lines", None, {}, values, index, label))
            continue
        member_id = office.members[pairs[index]]["id"]
        key = (member_id, line["survey_year"], line["category"])
        seen.add(key)
        current = office_lines.get(key)
        if current is None:
            ops.append(
                Operation("insert", "income_lines", None, {}, values, index, label, member_id)
            )
            continue
        changed = {name: values[name] for name in INCOME_FIELDS if current[name] != values[name]}
        if changed:
            old = {name: current[name] for name in changed}
            keys = {"survey_year": line["survey_year"], "category": line["category"]}
            ops.append(
                Operation(
                    "update", "income_lines", current["id"], old, changed, None, label, keys=keys
                )
            )
    for key, current in office_lines.items():
        if key not in seen and key[0] not in deleted_members:
            old = {name: current[name] for name in INCOME_FIELDS}
            ops.append(Operation("delete", "income_lines", current["id"], old, {}))
    return ops


def _keyed(
    office_rows: list[dict[str, Any]],
    staged_rows: list[dict[str, Any]],
    table: str,
    fields: tuple[str, ...],
    key_size: int,
) -> list[Operation]:
    """Rows matched on their first ``key_size`` fields (in order, repeats paired in turn)."""
    waiting: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    key_fields = fields[:key_size] if table != "stage_assessments" else ("assessed_on", "stage")
    for row in office_rows:
        waiting[tuple(row[name] for name in key_fields)].append(row)
    ops: list[Operation] = []
    for row in staged_rows:
        values = {name: row[name] for name in fields}
        candidates = waiting.get(tuple(row[name] for name in key_fields))
        if not candidates:
            ops.append(Operation("insert", table, None, {}, values))
            continue
        current = candidates.pop(0)
        changed = {name: values[name] for name in fields if current[name] != values[name]}
        if changed:
            old = {name: current[name] for name in changed}
            keys = {name: current[name] for name in key_fields}
            ops.append(Operation("update", table, current["id"], old, changed, keys=keys))
    for rows in waiting.values():
        for current in rows:
            ops.append(Operation("delete", table, current["id"], dict(current), {}))
    return ops


def fingerprint(ops: list[Operation]) -> str:
    """The operations' exact values: equal at plan and at apply, or the plan is stale."""
    return repr(
        [
            (op.action, op.table, op.record_id, sorted(op.old.items()), sorted(op.new.items()))
            for op in ops
        ]
    )


# Showing the changes ----------------------------------------------------------------------

_COLUMN_SHEETS = {
    "households": "households",
    "members": "members",
    "income_lines": "income",
    "indicator_results": "indicator_results",
    "stage_assessments": "stage_history",
}
_FIELD_KEYS = {"amount_satang": "amount", "cost_satang": "cost", "seq": "member_seq"}
_TABLE_TH = {
    "households": ("ครัวเรือน", "Household"),
    "members": ("สมาชิก", "Member"),
    "income_lines": ("รายได้", "Income"),
    "indicator_results": ("ผลตัวชี้วัด", "Indicator result"),
    "stage_assessments": ("ระดับการพัฒนา", "Stage"),
}
_VOCABULARY_FIELDS = {
    "current_stage": "stage",
    "stage": "stage",
    "sex": "sex",
    "status": "result_status",
}


@dataclass
class Describer:
    """Shows database values as the clerk reads them."""

    code_names: dict[str, dict[str, str]]  # list name -> code -> Thai name
    indicator_numbers: dict[int, int]  # indicator id -> number

    def labels(self, table: str, name: str) -> tuple[str, str]:
        layout = SHEET_BY_NAME[_COLUMN_SHEETS[table]]
        key = _FIELD_KEYS.get(name, name)
        if name == "indicator_id":
            key = "indicator_number"
        column = next((c for c in layout.columns if c.key == key), None)
        return (column.header_th, column.header_en) if column else (name, name)

    def value(self, name: str, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool) or name in _BOOLEANS:
            return "ใช่" if value else "ไม่ใช่"
        if name in _VOCABULARY_FIELDS:
            return VOCABULARIES[_VOCABULARY_FIELDS[name]].get(str(value), str(value))
        if name.endswith("_satang"):
            return format_baht(int(value))
        if name == "indicator_id":
            return str(self.indicator_numbers.get(int(value), value))
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return format_be_date(dt.date.fromisoformat(value))
            except ValueError:
                return value
        list_name = _CODE_LISTS.get(name)
        if list_name is not None:
            return self.code_names.get(list_name, {}).get(str(value), str(value))
        return str(value)

    def record(self, op: Operation, staged: HouseholdData) -> str:
        thai = _TABLE_TH[op.table][0]
        values = {**op.keys, **(op.new or op.old)}
        if op.table == "households":
            return thai
        if op.table == "indicator_results":
            number = self.value("indicator_id", values.get("indicator_id", ""))
            return f"{thai}ข้อ {number} ปี {values.get('survey_year', '')}".strip()
        if op.table == "stage_assessments":
            return f"{thai} {self.value('assessed_on', values.get('assessed_on'))}".strip()
        if op.table == "income_lines":
            category = self.value("category", values.get("category"))
            return f"{thai} {op.label} {category} ปี {values.get('survey_year', '')}".strip()
        return f"{thai} {op.label}".strip()

    def changes(self, ops: list[Operation], staged: HouseholdData) -> tuple[FieldChange, ...]:
        out: list[FieldChange] = []
        for op in ops:
            record = self.record(op, staged)
            if op.action == "insert":
                out.append(
                    FieldChange(record, "", "เพิ่ม", "added", "", _summary(op, self), op.table)
                )
                if op.table == "members":  # a new member is shown field by field
                    out += self._fields(record, op)
                continue
            if op.action == "delete":
                out.append(
                    FieldChange(record, "", "ลบ", "removed", _summary(op, self), "", op.table)
                )
                continue
            out += self._fields(record, op)
        return tuple(out)

    def _fields(self, record: str, op: Operation) -> list[FieldChange]:
        """One change per field of ``op.new`` (an added record: the fields it is given)."""
        out = []
        for name, new in op.new.items():
            if op.action == "insert" and new in (None, ""):
                continue
            label_th, label_en = self.labels(op.table, name)
            old = self.value(name, op.old.get(name))
            out.append(
                FieldChange(record, name, label_th, label_en, old, self.value(name, new), op.table)
            )
        return out


_BOOLEANS = frozenset(
    {
        "has_welfare_card", "welfare_registered", "is_head", "literate", "disability",
        "chronic_illness", "bedridden", "welfare_card", "lives_here",
    }
)  # fmt: skip
_CODE_LISTS = {
    "title": "title",
    "relation": "relation",
    "education_status": "education_status",
    "education_level": "education_level",
    "occupation_main": "occupation",
    "occupation_second": "occupation",
    "category": "income_category",
    "source_list": "source_list",
}


def _summary(op: Operation, describer: Describer) -> str:
    values = op.new or op.old
    if op.table == "members":
        return op.label or _person(values)
    if op.table == "indicator_results":
        return describer.value("status", values.get("status"))
    if op.table == "stage_assessments":
        return describer.value("stage", values.get("stage"))
    if op.table == "income_lines":
        return describer.value("amount_satang", values.get("amount_satang"))
    return ""
