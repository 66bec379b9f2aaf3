"""Random edits a person could make to an exported workbook, and what each should do: the
round-trip test's generator and its expected outcome, written from docs/workbook.md, not
from the importer's code.

A Chooser draws every decision, so the same generator runs under hypothesis (a test that
shrinks) and from a seeded random.Random (the sample re-saved by LibreOffice)."""

from __future__ import annotations

import copy
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from desktop.services.exchange.layout import SHEET_BY_NAME, Kind
from tests.workbook_model import Tab, column_letters

T = TypeVar("T")
HOUSEHOLD_SHEETS = ("households", "members", "income", "indicator_results", "stage_history")
TABLES = {
    "households": "households",
    "members": "members",
    "income": "income_lines",
    "indicator_results": "indicator_results",
    "stage_history": "stage_assessments",
}
FIELDS = {  # workbook key -> database field, where they differ
    "amount": "amount_satang",
    "cost": "cost_satang",
    "title_code": "title",
    "education_level_code": "education_level",
    "occupation_main_code": "occupation_main",
}
NAMES = ("สมใจ", "มานี", " ปิติ ", "ชูใจ ดีงาม", "วีระ")
TEXTS = ("ย้ายไปทำงานต่างจังหวัด", "=SUM(A1:A3)", "+66 81 234 5678", "-", "หมายเหตุ 'ทดลอง'")
CODES = {
    "title_code": ("mr", "mrs", "miss"),
    "education_level_code": ("none", "primary", "lower_sec", "upper_sec"),
    "occupation_main_code": ("none", "farmer", "laborer", "student"),
}
LABELS = {
    "sex": ("ชาย", "หญิง"),
    "status": ("ผ่าน", "ไม่ผ่าน", "ไม่เกี่ยวข้อง"),
}
EDITABLE = {
    "households": (
        "house_no", "notes", "has_welfare_card", "welfare_registered", "last_verified_on",
    ),
    "members": (
        "first_name", "last_name", "title_code", "sex", "birth_date", "national_id",
        "disability", "chronic_illness", "bedridden", "welfare_card", "lives_here",
        "education_level_code", "occupation_main_code",
    ),
    "income": ("amount", "cost"),
    "indicator_results": ("status", "verified_by", "verified_on"),
    "stage_history": ("assessor", "reason"),
}  # fmt: skip


class Chooser(Protocol):
    def choice(self, options: Sequence[T]) -> T: ...
    def integer(self, low: int, high: int) -> int: ...


class RandomChooser:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def choice(self, options: Sequence[T]) -> T:
        return self.random.choice(list(options))

    def integer(self, low: int, high: int) -> int:
        return self.random.randint(low, high)


def thai_id(serial: int) -> str:
    """A valid 13-digit national ID (the Ministry of Interior's check digit)."""
    digits = f"3{serial:011d}"[-12:]
    total = sum(int(d) * (13 - i) for i, d in enumerate(digits))
    return digits + str((11 - total % 11) % 10)


def be_text(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year + 543}"


@dataclass
class Expected:
    """What the import should do with the edited workbook."""

    refused_columns: list[tuple[str, str]] = field(default_factory=list)  # (tab, key) removed
    rejected: dict[str, list[tuple[str, int, str]]] = field(default_factory=dict)  # key -> where
    changed: set[tuple[str, str, str]] = field(default_factory=set)  # (key, table, field)
    touched: set[str] = field(default_factory=set)  # households that change at all
    edited: set[tuple[int, str]] = field(default_factory=set)  # (id(row), key) edited
    added: set[int] = field(default_factory=set)  # id(row) of rows added by an edit
    described: list[str] = field(default_factory=list)


def normal(kind: Kind, value: Any) -> Any:
    """A cell as the database would hold it, for comparing (dates ISO, numbers plain)."""
    if value is None or value == "":
        return None
    if kind is Kind.DATE:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, str):
            day, month, year = (int(part) for part in value.split("/"))
            value = dt.date(year - 543, month, day)
        return value.isoformat()
    if isinstance(value, bool):
        return value
    if kind is Kind.TEXT and isinstance(value, float | int):
        return str(int(value))  # an ID or a house code Excel turned into a number
    if isinstance(value, float | int):
        return round(float(value), 2)
    return " ".join(str(value).split())


def compared_keys(sheet_name: str, keys: list[str]) -> list[str]:
    """The columns a round trip must keep: not derived; a date's BE text or a code's name
    only where it stands in for a date or code column the edited sheet lacks."""
    layout = SHEET_BY_NAME[sheet_name]
    return [
        column.key
        for column in layout.columns
        if not column.derived
        and column.key in keys
        and not (column.key.endswith("_be") and column.key[:-3] in keys)
        and f"{column.key}_code" not in keys
    ]


def _kind(sheet_name: str, key: str) -> Kind:
    if key.endswith("_be"):
        return Kind.DATE  # the BE text of a date, read as that date
    return SHEET_BY_NAME[sheet_name].column(key).kind


def kind_of(sheet_name: str, key: str) -> Kind:
    return _kind(sheet_name, key)


def _new_value(chooser: Chooser, sheet_name: str, key: str, serial: int) -> Any:
    kind = _kind(sheet_name, key)
    if key in CODES:
        return chooser.choice((*CODES[key], "zz9"))  # zz9: not in the code list
    if key in LABELS:
        return chooser.choice(LABELS[key])
    if kind is Kind.BOOL:
        return chooser.choice((True, False))
    if kind is Kind.DATE:
        day = dt.date(2000, 1, 1) + dt.timedelta(days=chooser.integer(0, 9000))
        return chooser.choice((day, be_text(day)))  # a real date, or BE text typed in
    if kind is Kind.MONEY_BAHT:
        return chooser.integer(0, 10_000_000) / 100
    if key == "national_id":
        found = thai_id(serial)
        return chooser.choice((found, int(found)))  # text, or a number as Excel makes it
    if key == "house_no":
        return chooser.choice(("7", "12/3", "99/1"))
    if key in ("notes", "reason"):
        return chooser.choice(TEXTS)
    return chooser.choice(NAMES)


def make_edits(
    chooser: Chooser, original: dict[str, Tab], titles: dict[str, str], count: int, serial: int
) -> tuple[dict[str, Tab], Expected]:
    """``count`` random edits of a copy of ``original``, and what they should do."""
    tabs = copy.deepcopy(original)
    expected = Expected()
    for number in range(count):
        kind = chooser.choice(
            ("cell", "cell", "cell", "cell", "reorder_rows", "blank_row", "swap_columns",
             "drop_column", "delete_row", "add_member", "id_as_number")
        )  # fmt: skip
        sheet_name = chooser.choice(HOUSEHOLD_SHEETS)
        tab = tabs[titles[sheet_name]]
        rows = [i for i, row in enumerate(tab.rows) if any(v not in ("", None) for v in row)]
        if kind == "cell" and rows:
            _edit_cell(chooser, tab, sheet_name, rows, expected, serial + number)
        elif kind == "reorder_rows" and len(tab.rows) > 1:
            first, second = (
                chooser.integer(0, len(tab.rows) - 1),
                chooser.integer(0, len(tab.rows) - 1),
            )
            tab.rows[first], tab.rows[second] = tab.rows[second], tab.rows[first]
            expected.described.append(f"{sheet_name}: rows {first} and {second} swapped")
        elif kind == "blank_row":
            at = chooser.integer(0, len(tab.rows))
            tab.rows.insert(at, [""] * len(tab.keys))
            expected.described.append(f"{sheet_name}: blank row at {at}")
        elif kind == "swap_columns":
            first, second = (
                chooser.integer(0, len(tab.keys) - 1),
                chooser.integer(0, len(tab.keys) - 1),
            )
            for line in (tab.keys, tab.headers, *tab.rows):
                line[first], line[second] = line[second], line[first]
            expected.described.append(f"{sheet_name}: columns {first} and {second} swapped")
        elif kind == "drop_column":
            _drop_column(chooser, tab, sheet_name, titles, expected)
        elif kind == "delete_row" and sheet_name in ("income", "stage_history") and rows:
            at = chooser.choice(rows)
            if "household_key" not in tab.keys:
                continue
            key = tab.rows[at][tab.at("household_key")]
            if key in expected.touched:
                continue  # its field edits would be hidden behind the deletion
            del tab.rows[at]
            expected.touched.add(key)
            expected.described.append(f"{sheet_name}: row of {key} deleted")
        elif kind == "add_member":
            _add_member(chooser, tabs[titles["members"]], expected, serial + number)
        elif kind == "id_as_number":
            members = tabs[titles["members"]]
            at = members.at("national_id")
            for row in members.rows:
                if isinstance(row[at], str) and row[at].isdigit():
                    row[at] = int(row[at])  # the same ID, as a number: no change
                    break
    return tabs, expected


def _edit_cell(
    chooser: Chooser, tab: Tab, sheet_name: str, rows: list[int], expected: Expected, serial: int
) -> None:
    key = chooser.choice(EDITABLE[sheet_name])
    if key not in tab.keys or "household_key" not in tab.keys:
        return
    at = chooser.choice(rows)
    row = tab.rows[at]
    household = row[tab.at("household_key")]
    new = _new_value(chooser, sheet_name, key, serial)
    kind = _kind(sheet_name, key)
    if normal(kind, new) == normal(kind, row[tab.at(key)]) and new != "zz9":
        return
    if (id(row), key) in expected.edited:
        return  # one edit per cell, so no edit undoes another
    expected.edited.add((id(row), key))
    row[tab.at(key)] = new
    if key.endswith("_code") and key[:-5] in tab.keys:
        row[tab.at(key[:-5])] = ""  # who changes a code clears the name beside it
    expected.described.append(f"{sheet_name} row {at + 3} {key} := {new!r}")
    if new == "zz9":
        column = tab.at(key)
        where = (sheet_name, at + 3, f"{column_letters(column)} ({tab.headers[column]})")
        expected.rejected.setdefault(household, []).append(where)
        return
    expected.touched.add(household)
    if id(row) in expected.added:
        return  # a cell of a row the clerk added is part of that addition, not a change
    expected.changed.add((household, TABLES[sheet_name], FIELDS.get(key, key)))


def _drop_column(
    chooser: Chooser, tab: Tab, sheet_name: str, titles: dict[str, str], expected: Expected
) -> None:
    key = chooser.choice(tab.keys)
    layout = SHEET_BY_NAME[sheet_name]
    column = layout.column(key) if key in layout.keys else None
    twin = f"{key[:-5]}" if key.endswith("_code") else f"{key}_code"
    stands_in = (
        twin in tab.keys
        or f"{key}_be" in tab.keys
        or (key.endswith("_be") and key[:-3] in tab.keys)
    )
    at = tab.at(key)
    for line in (tab.keys, tab.headers, *tab.rows):
        del line[at]
    expected.described.append(f"{sheet_name}: column {key} removed")
    if column is not None and not column.derived and not stands_in:
        expected.refused_columns.append((titles[sheet_name], key))


def _add_member(chooser: Chooser, members: Tab, expected: Expected, serial: int) -> None:
    if "household_key" not in members.keys or "member_seq" not in members.keys:
        return
    rows = [row for row in members.rows if row[members.at("household_key")] not in ("", None)]
    if not rows:
        return
    source = chooser.choice(rows)
    key = source[members.at("household_key")]
    if key in expected.rejected:
        return
    seqs = [
        int(row[members.at("member_seq")])
        for row in members.rows
        if row[members.at("household_key")] == key
    ]
    new = [""] * len(members.keys)
    values = {
        "household_key": key,
        "member_seq": max(seqs) + 1,
        "is_head": False,
        "first_name": chooser.choice(NAMES),
        "last_name": "ทดลองเพิ่ม",
        "national_id": chooser.choice(("", thai_id(serial + 500))),
        "sex": chooser.choice(LABELS["sex"]),
        "birth_date": chooser.choice(("", dt.date(2010, 5, 17), "17/05/2553")),
        "relation_code": "child",
        "title_code": "miss",
        "lives_here": True,
        "disability": False,
        "chronic_illness": False,
        "bedridden": False,
        "welfare_card": False,
    }
    for name, value in values.items():
        if name in members.keys:
            new[members.at(name)] = value
    members.rows.append(new)
    expected.added.add(id(new))
    expected.touched.add(key)
    expected.described.append(f"members: {values['first_name']} added to {key}")
