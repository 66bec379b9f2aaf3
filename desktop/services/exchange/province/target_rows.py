"""A province list's rows, through the clerk's mapping, into staged households.

Rows are grouped into households by house code, else by village and house number (rows
with neither are households of their own). In a group the member whose relation is the
head (or who is marked head) heads it; when the list names no relation at all, the first
row does. Keys of new households are given on apply (``~n`` marks them here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.services.exchange.import_.compare import Provided
from desktop.services.exchange.province.list_indicators import DIMENSION_FIELDS, ListIndicators
from desktop.services.exchange.province.places import PlaceNames
from desktop.services.exchange.province.row_kinds import NotData, RowKinds
from desktop.services.exchange.province.target_list import (
    FIELD_BY_NAME,
    MAX_TABLE_ROWS,
    read_preview,
)
from desktop.services.exchange.province.target_outcomes import ListReading, store_not_data
from desktop.services.exchange.reading.messages import RefusalCode, RejectCode, WorkbookRefused
from desktop.services.exchange.reading.rows import Lookups, coded
from desktop.services.exchange.reading.staging import Staging
from desktop.services.exchange.reading.values import (
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
from desktop.services.exchange.reading.xlsx_file import XlsxFile
from desktop.services.households import HEAD_RELATION

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
        chosen & {"subdistrict_code", "subdistrict_name"}
        and chosen & {"village_moo", "village_name"}
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


@dataclass
class _ListRow:
    number: int
    values: dict[str, Any]
    problems: list[tuple[str, RejectCode, dict[str, str]]]
    village: str | None
    group: str
    person: tuple[Any, ...]
    failed: frozenset[int]
    dimensions: frozenset[str]


def read_province_list(
    book: XlsxFile,
    staging: Staging,
    lookups: Lookups,
    session: Session,
    district: str,
    mapping: dict[int, str | None] | None,
    sheet: str | None,
    refused_places: frozenset[str] = frozenset(),
) -> tuple[Provided, ListReading]:
    preview = read_preview(book, sheet)
    chosen = {i: f for i, f in (mapping or preview.guessed).items() if f is not None}
    missing = required_missing(chosen)
    if missing:
        raise WorkbookRefused(RefusalCode.MAPPING_INCOMPLETE, fields=", ".join(missing))
    column = {field: index for index, field in chosen.items()}
    headers = dict(enumerate(preview.headers))
    titles = {**lookups.codes.get("title", {}), **TITLE_ALIASES}
    places = PlaceNames(session, district, refused_places)
    indicators = ListIndicators(session, lookups)
    readers = _readers(lookups, titles, indicators)
    kinds = RowKinds(preview.headers, _title_rows(book, preview.sheet, len(preview.headers)))
    not_data: list[tuple[int, NotData, str]] = []
    numbers_only: list[tuple[int, list[Any], set[int]]] = []
    rows: list[_ListRow] = []
    last_row = preview.header_row  # the last row with anything in it
    for number, row, formulas in book.rows(preview.sheet, max_rows=MAX_TABLE_ROWS):
        if number <= preview.header_row:
            continue
        reason = kinds.reason(number, row)
        if reason is not None and reason[0] is NotData.BLANK:
            continue  # counted once a filled row follows: blank rows at the end are not read
        for gap in range(last_row + 1, number):
            not_data.append((gap, NotData.BLANK, ""))
        last_row = number
        if reason is not None:
            not_data.append((number, *reason))
            continue
        if kinds.only_numbers(row):  # a total, unless a person follows it
            numbers_only.append((number, row, formulas))
            continue
        for waiting in numbers_only:
            rows.append(_read_row(*waiting, column, readers, titles, places))
        numbers_only.clear()
        rows.append(_read_row(number, row, formulas, column, readers, titles, places))
    not_data += [(number, NotData.NUMBERS_BELOW, "") for number, _, _ in numbers_only]
    store_not_data(staging, not_data)
    _stage(staging, preview.sheet, rows, column, headers, indicators)
    reading = ListReading(
        preview.sheet,
        preview.header_row,
        last_row,
        list(preview.headers),
        dict(sorted(chosen.items())),
        [index for index in range(len(preview.headers)) if index not in chosen],
        list(places.matches.values()),
    )
    return _provided(set(column)), reading


def _title_rows(book: XlsxFile, sheet: str, width: int) -> set[int]:
    """Excel rows that begin a merged range at least half the table wide."""
    return {
        first_row + 1
        for first_row, first_col, _last_row, last_col in book.merged_ranges(sheet)
        if last_col - first_col + 1 >= max(2, width // 2)
    }


def _read_row(
    number: int,
    row: list[Any],
    formulas: set[int],
    column: dict[str, int],
    readers: dict[str, Callable[[Any], Any]],
    titles: dict[str, str],
    places: PlaceNames,
) -> _ListRow:
    cells = {field: row[index] if index < len(row) else "" for field, index in column.items()}
    problems = [(f, RejectCode.FORMULA, {}) for f, i in column.items() if i in formulas]
    values: dict[str, Any] = {}
    for field, value in cells.items():
        try:
            values[field] = readers[field](value)
        except CellProblem as problem:
            problems.append((field, problem.code, problem.params))
    village = None
    try:
        village = _village(values, places, number)
    except CellProblem as problem:
        problems.append(("subdistrict_name", problem.code, problem.params))
    group = values.get("house_code") or (
        f"{village}|{values.get('house_no')}" if village and values.get("house_no") else None
    )
    dimensions = frozenset(
        dimension for field, dimension in DIMENSION_FIELDS.items() if values.get(field)
    )
    return _ListRow(
        number,
        values,
        problems,
        village,
        group or f"row{number}",
        _person(values, titles),
        values.get("failed_indicators") or frozenset(),
        dimensions,
    )


def _repeats(rows: list[_ListRow]) -> dict[int, int]:
    """Row number -> the earlier row naming the same person (same national ID anywhere in
    the list, or, without IDs, the same name in the same household)."""
    by_id: dict[str, int] = {}
    by_name: dict[tuple[str, str, str], tuple[int, str | None]] = {}
    found: dict[int, int] = {}
    for row in rows:
        if row.problems:
            continue
        person_id = row.person[4]
        first, last = row.person[2], row.person[3]
        if person_id:
            if person_id in by_id:
                found[row.number] = by_id[person_id]
                continue
            by_id[person_id] = row.number
        if first:
            earlier = by_name.get((row.group, first, last))
            if earlier is not None and (not person_id or not earlier[1]):
                found[row.number] = earlier[0]
                continue
            by_name.setdefault((row.group, first, last), (row.number, person_id))
    return found


def _stage(
    staging: Staging,
    sheet: str,
    rows: list[_ListRow],
    column: dict[str, int],
    headers: dict[int, str],
    indicators: ListIndicators,
) -> None:
    repeats = _repeats(rows)
    groups: dict[str, int] = {}
    households: list[tuple[Any, ...]] = []
    members: list[tuple[Any, ...]] = []
    failed: dict[int, set[int]] = {}
    first_rows: dict[int, int] = {}
    sizes: dict[int, int] = {}
    has_relation = "relation" in column or "is_head" in column
    id_field = "national_id" if "national_id" in column else "first_name"
    name_field = id_field if id_field in column else "full_name"
    for row in rows:
        if row.number in repeats:
            index = column.get(name_field)
            staging.reject(
                sheet,
                row.number,
                RejectCode.PERSON_REPEATED,
                col=index,
                header=headers.get(index, "") if index is not None else "",
                field=name_field,
                params={"other_row": str(repeats[row.number])},
            )
            continue
        if row.group not in groups:
            groups[row.group] = len(groups) + 1
            households.append(_household(sheet, row.number, groups[row.group], row))
            first_rows[groups[row.group]] = row.number
        ordinal = groups[row.group]
        key = f"~{ordinal}"
        for field, code, params in row.problems:
            index = column.get(field)
            staging.reject(
                sheet,
                row.number,
                code,
                col=index,
                header=headers.get(index, "") if index is not None else "",
                field=field,
                params=params,
                household_key=key,
            )
        failed.setdefault(ordinal, set()).update(indicators.failed(row.failed, row.dimensions))
        sizes[ordinal] = sizes.get(ordinal, 0) + 1
        members.append((sheet, row.number, key, sizes[ordinal], *row.person, ordinal))
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
    results = [
        result
        for ordinal, numbers in failed.items()
        for result in indicators.result_rows(sheet, first_rows[ordinal], f"~{ordinal}", numbers)
    ]
    staging.insert("s_results", results)


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
    lookups: Lookups, titles: dict[str, str], indicators: ListIndicators
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
        "failed_indicators": indicators.numbers,
        **{field: indicators.ticked for field in DIMENSION_FIELDS},
    }


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _moo(value: Any) -> int | None:
    found = digits(text(value).replace("หมู่ที่", "").replace("หมู่", "").replace("ม.", ""))
    return integer(found, 1, 99) if found else None


def _village(values: dict[str, Any], places: PlaceNames, row: int) -> str | None:
    """The village code; ``values["subdistrict_name"]`` becomes the office's own name."""
    code = values.get("village_code")
    if code:
        return str(code)
    subdistrict = values.get("subdistrict_code") or None
    if subdistrict is None and values.get("subdistrict_name"):
        subdistrict = places.subdistrict_code(values["subdistrict_name"], row)
    if subdistrict in places.names:
        values["subdistrict_name"] = places.names[subdistrict]
    moo = values.get("village_moo")
    if subdistrict and moo:
        return f"{subdistrict}{moo:02d}"
    if subdistrict and values.get("village_name"):
        return places.village_code(subdistrict, values["village_name"], row)
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


def _household(sheet: str, number: int, ordinal: int, row: _ListRow) -> tuple[Any, ...]:
    values, village = row.values, row.village
    return (
        sheet, number, f"~{ordinal}", values.get("house_code"), values.get("house_no") or "",
        village, values.get("village_moo"), values.get("village_name") or "",
        village[:6] if village else None, values.get("subdistrict_name") or "",
        values.get("source_list") or "tpmap", bool(values.get("welfare_card")), False, None,
        None, values.get("notes") or "",
    )  # fmt: skip
