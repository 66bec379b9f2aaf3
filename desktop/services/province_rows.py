"""A province list's rows, through the clerk's mapping, into staged households.

Rows are grouped into households by house code, else by village and house number (rows
with neither are households of their own). In a group the member whose relation is the
head (or who is marked head) heads it; when the list names no relation at all, the first
row does. Keys of new households are given on apply (``~n`` marks them here).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Subdistrict
from desktop.services.exchange_reading import XlsxFile
from desktop.services.household_draft import HEAD_RELATION
from desktop.services.import_compare import Provided
from desktop.services.import_messages import RefusalCode, RejectCode, WorkbookRefused
from desktop.services.import_rows import Lookups, coded
from desktop.services.import_staging import Staging
from desktop.services.import_values import (
    CellProblem,
    boolean,
    date,
    digits,
    house_code,
    house_number,
    integer,
    name,
    national_id,
    text,
)
from desktop.services.province_list import FIELD_BY_NAME, MAX_TABLE_ROWS, read_preview

TITLE_ALIASES = {
    "น.ส.": "miss", "นส.": "miss", "นส": "miss", "เด็กชาย": "boy", "ดช.": "boy", "ดช": "boy",
    "เด็กหญิง": "girl", "ดญ.": "girl", "ดญ": "girl", "mr.": "mr", "mrs.": "mrs", "ms.": "miss",
}  # fmt: skip
SEX_ALIASES = {"ช": "M", "ญ": "F", "1": "M", "2": "F", "male": "M", "female": "F"}
RELATION_ALIASES = {"หัวหน้า": HEAD_RELATION, "ลูก": "child", "บุตร": "child"}
_LOCATORS = ("village_code", "subdistrict_code", "subdistrict_name")


def required_missing(mapping: dict[int, str | None]) -> list[str]:
    """Labels of the fields a mapping still lacks."""
    chosen = set(mapping.values())
    missing = []
    if not chosen & {"first_name", "full_name"}:
        missing.append(FIELD_BY_NAME["first_name"].label_th)
    if "house_no" not in chosen:
        missing.append(FIELD_BY_NAME["house_no"].label_th)
    if "village_code" not in chosen and not (
        chosen & {"subdistrict_code", "subdistrict_name"} and "village_moo" in chosen
    ):
        missing.append(f"{FIELD_BY_NAME['subdistrict_name'].label_th} + หมู่ที่")
    return missing


def split_full_name(full: str, titles: dict[str, str]) -> tuple[str, str, str]:
    """ "นายสมชาย ใจดี" → ("mr", "สมชาย", "ใจดี")."""
    title = ""
    for word in sorted(titles, key=len, reverse=True):
        if word and not word.isascii() and full.startswith(word):
            title, full = titles[word], full[len(word) :].strip()
            break
    first, _, last = full.partition(" ")
    return title, first, " ".join(last.split())


class _Subdistricts:
    def __init__(self, session: Session, district: str) -> None:
        rows = session.execute(
            select(Subdistrict.code, Subdistrict.name_th, Subdistrict.district_code)
        ).all()
        self.codes = {code for code, _, _ in rows}
        self.local: dict[str, list[str]] = {}
        self.province: dict[str, list[str]] = {}
        for code, name_th, district_code in rows:
            if district_code == district:
                self.local.setdefault(name_th, []).append(code)
            elif district_code[:2] == district[:2]:
                self.province.setdefault(name_th, []).append(code)

    def code_of(self, value: str) -> str:
        word = value.removeprefix("ตำบล").removeprefix("ต.").strip()
        found = self.local.get(word) or self.province.get(word) or []
        if not found:
            raise CellProblem(RejectCode.SUBDISTRICT_UNKNOWN, value=value)
        if len(found) > 1:
            raise CellProblem(RejectCode.SUBDISTRICT_AMBIGUOUS, value=value)
        return found[0]


def read_province_list(
    book: XlsxFile,
    staging: Staging,
    lookups: Lookups,
    session: Session,
    district: str,
    mapping: dict[int, str | None] | None,
    sheet: str | None,
) -> Provided:
    preview = read_preview(book, sheet)
    chosen = {i: f for i, f in (mapping or preview.guessed).items() if f is not None}
    missing = required_missing(chosen)
    if missing:
        raise WorkbookRefused(RefusalCode.MAPPING_INCOMPLETE, fields=", ".join(missing))
    column = {field: index for index, field in chosen.items()}
    headers = dict(enumerate(preview.headers))
    titles = {**lookups.codes.get("title", {}), **TITLE_ALIASES}
    places = _Subdistricts(session, district)
    readers = _readers(lookups, titles, places)
    groups: dict[str, int] = {}
    households: list[tuple[Any, ...]] = []
    members: list[tuple[Any, ...]] = []
    sizes: dict[int, int] = {}
    has_relation = "relation" in column or "is_head" in column
    for number, row, formulas in book.rows(preview.sheet, max_rows=MAX_TABLE_ROWS):
        if number <= preview.header_row:
            continue
        cells = {field: row[index] if index < len(row) else "" for field, index in column.items()}
        if not any(text(value) for value in cells.values()):
            continue
        problems = [(f, RejectCode.FORMULA, {}) for f, i in column.items() if i in formulas]
        values: dict[str, Any] = {}
        for field, value in cells.items():
            try:
                values[field] = readers[field](value)
            except CellProblem as problem:
                problems.append((field, problem.code, problem.params))
        person = _person(values, titles)
        village = None
        try:
            village = _village(values, places)
        except CellProblem as problem:
            problems.append(("subdistrict_name", problem.code, problem.params))
        group = values.get("house_code") or (
            f"{village}|{values.get('house_no')}" if village and values.get("house_no") else None
        )
        group = group or f"row{number}"
        if group not in groups:
            groups[group] = len(groups) + 1
            households.append(_household(preview.sheet, number, groups[group], values, village))
        ordinal = groups[group]
        key = f"~{ordinal}"
        for field, code, params in problems:
            index = column.get(field)
            staging.reject(
                preview.sheet,
                number,
                code,
                col=index,
                header=headers.get(index, "") if index is not None else "",
                field=field,
                params=params,
                household_key=key,
            )
        sizes[ordinal] = sizes.get(ordinal, 0) + 1
        members.append((preview.sheet, number, key, sizes[ordinal], *person, ordinal))
    heads_given = {m[2] for m in members if m[4]} if has_relation else set()
    fixed = []
    for member in members:
        key, seq = member[2], member[3]
        is_head, relation = member[4], member[11]
        if key not in heads_given and seq == 1 and not (has_relation and relation):
            is_head, relation = True, HEAD_RELATION
        fixed.append((*member[:4], is_head, *member[5:11], relation, *member[12:]))
    staging.insert("s_households", households)
    staging.insert("s_members", fixed, ("hh",))
    return _provided(set(column))


_MEMBER_PROVIDED = {
    "title": ("title",),
    "first_name": ("first_name",),
    "last_name": ("last_name",),
    "full_name": ("title", "first_name", "last_name"),
    "national_id": ("national_id",),
    "birth_date": ("birth_date",),
    "sex": ("sex",),
    "relation": ("relation", "is_head"),
    "is_head": ("is_head",),
    "welfare_card": ("welfare_card",),
}


def _provided(fields: set[str]) -> Provided:
    member = {name for field in fields for name in _MEMBER_PROVIDED.get(field, ())}
    household = {"house_no", "village_code"}
    household |= {"house_code"} & fields
    household |= {"source_list"} & fields
    household |= {"notes"} & fields
    if "welfare_card" in fields:
        household.add("has_welfare_card")
    order = [n for n in Provided().member if n in member]
    return Provided(
        tuple(n for n in Provided().household if n in household), tuple(order), replace=False
    )


def _readers(
    lookups: Lookups, titles: dict[str, str], places: _Subdistricts
) -> dict[str, Callable[[Any], Any]]:
    sexes = {**lookups.codes.get("vocabulary.sex", {}), **SEX_ALIASES}
    relations = {**lookups.codes.get("relation", {}), **RELATION_ALIASES}
    return {
        "house_code": house_code,
        "house_no": house_number,
        "village_moo": _moo,
        "village_name": name,
        "village_code": digits,
        "subdistrict_name": name,
        "subdistrict_code": digits,
        "title": coded(titles),
        "first_name": name,
        "last_name": name,
        "full_name": name,
        "national_id": national_id,
        "birth_date": lambda v: _iso(date(v, today=lookups.today)),
        "sex": lambda v: coded(sexes, strict=True)(v) or None,
        "relation": coded(relations),
        "is_head": boolean,
        "member_count": lambda v: None,
        "welfare_card": boolean,
        "source_list": coded(lookups.codes.get("source_list", {})),
        "notes": text,
    }


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _moo(value: Any) -> int | None:
    found = digits(text(value).replace("หมู่ที่", "").replace("หมู่", "").replace("ม.", ""))
    return integer(found, 1, 99) if found else None


def _village(values: dict[str, Any], places: _Subdistricts) -> str | None:
    code = values.get("village_code")
    if code:
        return str(code)
    subdistrict = values.get("subdistrict_code") or None
    if subdistrict is None and values.get("subdistrict_name"):
        subdistrict = places.code_of(values["subdistrict_name"])
    moo = values.get("village_moo")
    if subdistrict and moo:
        return f"{subdistrict}{moo:02d}"
    return None


def _person(values: dict[str, Any], titles: dict[str, str]) -> tuple[Any, ...]:
    title, first, last = (
        values.get("title") or "",
        values.get("first_name"),
        values.get("last_name"),
    )
    if values.get("full_name") and not first:
        split_title, first, last = split_full_name(values["full_name"], titles)
        title = title or split_title
    relation = values.get("relation") or ""
    is_head = bool(values.get("is_head")) or relation == HEAD_RELATION
    sex = values.get("sex")
    return (
        is_head, title, first or "", last or "", values.get("national_id"), sex,
        values.get("birth_date"), relation, "", "", None, "", "", False, False, False,
        bool(values.get("welfare_card")), True,
    )  # fmt: skip


def _household(
    sheet: str, number: int, ordinal: int, values: dict[str, Any], village: str | None
) -> tuple[Any, ...]:
    return (
        sheet, number, f"~{ordinal}", values.get("house_code"), values.get("house_no") or "",
        village, values.get("village_moo"), values.get("village_name") or "",
        village[:6] if village else None, values.get("subdistrict_name") or "",
        values.get("source_list") or "tpmap", bool(values.get("welfare_card")), False, None,
        None, values.get("notes") or "",
    )  # fmt: skip
