"""Reading our own exchange workbook (docs/workbook.md) into the staging file.

Columns are found by their machine key on row 1, so their order does not matter and
extra columns are ignored; derived columns are never read. A column that is absent is
read as blank (a code column falls back on its name column). The household sheets are
read: households, members, income, indicator results, stage history (each with its
continuation tabs "title (2)"...). Projects and assistance are imported only by a
provincial office, from a district's workbook: desktop/services/province_projects.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from desktop.services.buddhist_era import MAX_BE_YEAR, MIN_BE_YEAR
from desktop.services.exchange_layout import (
    EXCEL_MAX_ROWS,
    FORMAT_NAME,
    LAYOUT_VERSION,
    SHEET_BY_NAME,
    Sheet,
)
from desktop.services.exchange_reading import XlsxFile
from desktop.services.import_messages import RefusalCode, RejectCode, WorkbookRefused
from desktop.services.import_rows import (
    ASCII_NAME_REQUIRED,
    BOOLEAN,
    CODE,
    CODE_OR_NONE,
    CODE_PAIR,
    DATE_ONE,
    DATE_PAIR,
    DATE_REQUIRED,
    HOUSE_CODE,
    INDICATOR,
    INTEGER,
    INTEGER_REQUIRED,
    NAME,
    NAME_REQUIRED,
    NATIONAL_ID,
    SATANG,
    TEXT,
    Fast,
    Field,
    Getter,
    Lookups,
    RowSink,
    cell,
    coded,
    default,
    first_of,
    iso,
    required,
    valid_id_digits,
)
from desktop.services.import_staging import Staging
from desktop.services.import_values import (
    CellProblem,
    boolean,
    date,
    house_code,
    house_number,
    integer,
    name,
    national_id,
    satang,
    text,
)

METADATA_KEYS = ("item", "label", "value")
IMPORTED_SHEETS = ("households", "members", "income", "indicator_results", "stage_history")
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "households": ("household_key", "house_no"),
    "members": ("household_key", "member_seq", "first_name"),
    "income": ("household_key", "member_seq", "survey_year"),
    "indicator_results": ("household_key", "survey_year", "indicator_number", "status"),
    "stage_history": ("household_key", "stage"),
}


_HEADERS: dict[str, set[str]] = {}
for _sheet in SHEET_BY_NAME.values():
    for _column in _sheet.columns:
        _HEADERS.setdefault(_column.key, set()).add(_column.header_th)


def metadata_sheet(book: XlsxFile) -> str | None:
    """The tab holding our metadata (keys item/label/value on row 1), if any."""
    title = SHEET_BY_NAME["metadata"].title_th
    names = [title] + [n for n in book.sheet_names if n != title]
    for sheet_name in names[:3]:
        if sheet_name not in book.sheets:
            continue
        for _number, row, _formulas in book.rows(sheet_name, max_rows=1000):
            if tuple(text(v) for v in row[:3]) == METADATA_KEYS:
                return sheet_name
            break
    return None


def read_metadata(book: XlsxFile, sheet_name: str) -> dict[str, Any]:
    items: dict[str, Any] = {}
    for number, row, _formulas in book.rows(sheet_name, max_rows=1000):
        if number > 2 and len(row) >= 3 and text(row[0]):
            items[text(row[0])] = row[2]
    return items


def is_exchange(book: XlsxFile) -> bool:
    sheet_name = metadata_sheet(book)
    return sheet_name is not None and text(read_metadata(book, sheet_name).get("format")) == (
        FORMAT_NAME
    )


def check_metadata(book: XlsxFile) -> dict[str, Any]:
    """The metadata items, or WorkbookRefused for a layout we cannot import."""
    sheet_name = metadata_sheet(book)
    items = read_metadata(book, sheet_name) if sheet_name else {}
    if text(items.get("format")) != FORMAT_NAME:
        raise WorkbookRefused(RefusalCode.NOT_EXCHANGE)
    try:
        version = integer(items.get("layout_version"), 1, 1_000_000)
    except CellProblem:
        version = None
    if version is None:
        raise WorkbookRefused(RefusalCode.NOT_EXCHANGE)
    if version > LAYOUT_VERSION:
        raise WorkbookRefused(RefusalCode.NEWER_LAYOUT, version=version, supported=LAYOUT_VERSION)
    if boolean_or_false(items.get("aggregates_only")):
        raise WorkbookRefused(RefusalCode.NO_HOUSEHOLD_DATA)
    if boolean_or_false(items.get("masked_ids")):
        raise WorkbookRefused(RefusalCode.MASKED_IDS)
    return items


def boolean_or_false(value: Any) -> bool:
    try:
        return bool(boolean(value))
    except CellProblem:
        return False


def tabs_of(book: XlsxFile, sheet: Sheet) -> list[str]:
    """The workbook tabs of a layout sheet: its title, then "title (2)", "title (3)"..."""
    pattern = re.compile(re.escape(sheet.title_th) + r" \((\d+)\)")
    parts = [(1, sheet.title_th)] if sheet.title_th in book.sheets else []
    for tab in book.sheet_names:
        found = pattern.fullmatch(tab)
        if found:
            parts.append((int(found[1]), tab))
    return [tab for _, tab in sorted(parts)]


def key_row(book: XlsxFile, tab: str) -> tuple[dict[str, int], dict[int, str], int]:
    """(machine key -> column, column -> Thai header, number of header rows)."""
    keys: dict[str, int] = {}
    headers: dict[int, str] = {}
    skip = 1
    for number, row, _formulas in book.rows(tab, max_rows=EXCEL_MAX_ROWS):
        if number == 1:
            keys = {text(value): index for index, value in enumerate(row) if text(value)}
            continue
        headers = {index: text(value) for index, value in enumerate(row)}
        # Row 2 holds the Thai headers when the first key's cell is that key's header.
        first_key = min(keys, key=keys.__getitem__) if keys else ""
        if number == 2 and (
            not keys or headers.get(keys.get(first_key, 0)) in _HEADERS.get(first_key, ())
        ):
            skip = 2
        break
    return keys, headers, skip


def read_exchange(
    book: XlsxFile, staging: Staging, lookups: Lookups, *, helper_from_bytes: int | None = None
) -> None:
    """Every imported sheet into the staging file; WorkbookRefused when one is missing.

    A big workbook's indicator results and stage history are read by a helper process
    (desktop/services/exchange_read_helper.py) while this one reads the rest."""
    from desktop.services.exchange_read_helper import HELPER_FROM_BYTES, HELPER_SHEETS, ReadHelper

    tabs = {sheet_name: tabs_of(book, SHEET_BY_NAME[sheet_name]) for sheet_name in IMPORTED_SHEETS}
    for sheet_name in IMPORTED_SHEETS:
        if not tabs[sheet_name]:
            raise WorkbookRefused(
                RefusalCode.MISSING_SHEET, sheet=SHEET_BY_NAME[sheet_name].title_th
            )
    threshold = HELPER_FROM_BYTES if helper_from_bytes is None else helper_from_bytes
    helped = sum(book.part_size(tab) for part in HELPER_SHEETS for tab in tabs[part])
    helper = ReadHelper(book, lookups) if helped >= threshold else None
    try:
        households: dict[str, int] | None = None
        for sheet_name in IMPORTED_SHEETS:
            if helper is not None and sheet_name in HELPER_SHEETS:
                continue
            staging.mark_bad(read_sheet(book, staging, lookups, sheet_name, households))
            if households is None:  # the households sheet, read first: the child sheets' keys
                found = staging.run("SELECT key, min(ord) FROM s_households GROUP BY key")
                households = dict(found.fetchall())
                if helper is not None:
                    helper.start(households)
        if helper is not None:
            staging.mark("read")
            staging.fill_name_keys()  # while the helper still reads
            helper.finish(staging)
    finally:
        if helper is not None:
            helper.close()


def read_sheet(
    book: XlsxFile,
    staging: Staging,
    lookups: Lookups,
    sheet_name: str,
    households: dict[str, int] | None,
) -> set[str]:
    """One layout sheet (all its tabs) into the staging file; the keys of the households
    with a rejected row. ``households``: staged household key -> ordinal (child sheets)."""
    sheet = SHEET_BY_NAME[sheet_name]
    table, builder = _BUILDERS[sheet_name]
    bad: set[str] = set()
    for tab in tabs_of(book, sheet):
        keys, headers, skip = key_row(book, tab)
        for key in REQUIRED_KEYS[sheet_name]:
            if key not in keys:
                column = sheet.column(key).header_th
                raise WorkbookRefused(RefusalCode.MISSING_COLUMN, sheet=tab, column=column)
        named = {index: f"{header}" for index, header in headers.items() if header} or {
            index: key for key, index in keys.items()
        }
        fields = builder(keys.get, lookups)
        sink = RowSink(staging, table, tab, fields, named, households=households)
        for piece in book.pieces(tab, max_rows=EXCEL_MAX_ROWS):
            sink.add_piece(piece, skip)
        sink.flush()
        bad |= sink.bad_keys
    return bad


Column = Callable[[str], int | None]
Builder = Callable[[Column, Lookups], list[Field]]


class _Fields:
    """Builds the fields of one tab from its key row."""

    def __init__(self, at: Column, lookups: Lookups) -> None:
        self.at, self.lookups, self.fields = at, lookups, []

    def one(
        self, key: str, convert: Callable[[Any], Any], fast: str | None = None, **constants: Any
    ) -> _Fields:
        index = self.at(key)
        columns = (index,) if index is not None else ()
        quick = Fast(fast, columns, constants) if fast and columns else None
        self.fields.append(Field(key, columns, cell(index, convert), quick))
        return self

    def first(
        self,
        key: str,
        keys: tuple[str, ...],
        convert: Callable[[Any], Any],
        fast: str | None = None,
        **constants: Any,
    ) -> _Fields:
        """A value from the first of ``keys``' columns that holds one."""
        indexes = [index for k in keys if (index := self.at(k)) is not None]
        getters = [cell(index, convert) for index in indexes]
        read = first_of(*getters) if getters else cell(None, convert)
        quick = Fast(fast, (indexes[0],), constants) if fast and indexes else None
        self.fields.append(Field(key, tuple(indexes), read, quick))
        return self

    def coded(self, key: str, list_name: str, *, strict: bool = False) -> _Fields:
        names = self.lookups.codes.get(list_name, {})
        convert = coded(names, strict=strict)
        self.first(key, (f"{key}_code", key), convert, CODE, N=names)
        field = self.fields[-1]
        if len(field.columns) == 2:
            fast = Fast(CODE_PAIR, field.columns, {"N": names})
            self.fields[-1] = Field(field.name, field.columns, field.get, fast)
        return self

    def date(self, key: str, *, must: bool = False) -> _Fields:
        convert = partial(date, today=self.lookups.today)
        self.first(key, (key, f"{key}_be"), convert)
        field = self.fields.pop()

        def value(row: list[Any], read: Getter = field.get) -> str | None:
            found = iso(read(row))
            if must and found is None:
                raise CellProblem(RejectCode.REQUIRED)
            return found

        quick = None
        main, twin = self.at(key), self.at(f"{key}_be")
        constants = {"DATE": dt.date, "TODAY": self.lookups.today}
        if main is not None:
            if must:
                quick = Fast(DATE_REQUIRED, (main,), constants)
            elif twin is not None:
                quick = Fast(DATE_PAIR, (main, twin), constants)
            else:
                quick = Fast(DATE_ONE, (main,), constants)
        self.fields.append(Field(key, field.columns, value, quick))
        return self


def _households(at: Column, lookups: Lookups) -> list[Field]:
    stage_names = lookups.codes["vocabulary.stage"]
    stage = coded(stage_names, strict=True)
    return (
        _Fields(at, lookups)
        .one("household_key", required(name), NAME_REQUIRED)
        .one("house_code", house_code, HOUSE_CODE)
        .one("house_no", required(house_number), ASCII_NAME_REQUIRED)
        .one("village_code", lambda v: text(v) or None)
        .one("moo", partial(integer, low=1, high=99), INTEGER, LO=1, HI=99)
        .one("village_name", name, NAME)
        .one("subdistrict_code", lambda v: text(v) or None)
        .one("subdistrict_name", name, NAME)
        .coded("source_list", "source_list")
        .one("has_welfare_card", default(boolean, False), BOOLEAN, D=False)
        .one("welfare_registered", default(boolean, False), BOOLEAN, D=False)
        .one("current_stage", lambda v: stage(v) or None, CODE_OR_NONE, N=stage_names)
        .date("last_verified_on")
        .one("notes", text, TEXT)
        .fields
    )


def _members(at: Column, lookups: Lookups) -> list[Field]:
    sex_names = lookups.codes["vocabulary.sex"]
    sex = coded(sex_names, strict=True)
    seq = partial(integer, low=1, high=999)
    return (
        _Fields(at, lookups)
        .one("household_key", required(name), NAME_REQUIRED)
        .one("member_seq", required(seq), INTEGER_REQUIRED, LO=1, HI=999)
        .one("is_head", default(boolean, False), BOOLEAN, D=False)
        .coded("title", "title")
        .one("first_name", required(name), NAME_REQUIRED)
        .one("last_name", name, NAME)
        .one("national_id", national_id, NATIONAL_ID, OK=valid_id_digits)
        .one("sex", lambda v: sex(v) or None, CODE_OR_NONE, N=sex_names)
        .date("birth_date")
        .coded("relation", "relation")
        .coded("education_status", "education_status")
        .coded("education_level", "education_level")
        .one("literate", boolean, BOOLEAN, D=None)
        .coded("occupation_main", "occupation")
        .coded("occupation_second", "occupation")
        .one("disability", default(boolean, False), BOOLEAN, D=False)
        .one("chronic_illness", default(boolean, False), BOOLEAN, D=False)
        .one("bedridden", default(boolean, False), BOOLEAN, D=False)
        .one("welfare_card", default(boolean, False), BOOLEAN, D=False)
        .one("lives_here", default(boolean, True), BOOLEAN, D=True)
        .fields
    )


def _income(at: Column, lookups: Lookups) -> list[Field]:
    seq = partial(integer, low=1, high=999)
    year = partial(integer, low=MIN_BE_YEAR, high=MAX_BE_YEAR)
    fields = (
        _Fields(at, lookups)
        .one("household_key", required(name), NAME_REQUIRED)
        .one("member_seq", required(seq), INTEGER_REQUIRED, LO=1, HI=999)
        .one("survey_year", required(year), INTEGER_REQUIRED, LO=MIN_BE_YEAR, HI=MAX_BE_YEAR)
        .coded("category", "income_category")
        .one("amount", satang, SATANG)
        .one("cost", satang, SATANG)
        .fields
    )
    category = fields[3]
    fields[3] = Field(category.name, category.columns, _must(category.get), category.fast)
    return fields


def _results(at: Column, lookups: Lookups) -> list[Field]:
    status_names = lookups.codes["vocabulary.result_status"]
    status = coded(status_names, strict=True)
    year = partial(integer, low=MIN_BE_YEAR, high=MAX_BE_YEAR)
    built = (
        _Fields(at, lookups)
        .one("household_key", required(name), NAME_REQUIRED)
        .one("survey_year", required(year), INTEGER_REQUIRED, LO=MIN_BE_YEAR, HI=MAX_BE_YEAR)
        .one("indicator_number", required(partial(integer, low=1, high=999)))
        .one("indicator_set", text)
        .one("status", required(status), CODE, N=status_names)
        .one("verified_by", name, NAME)
        .date("verified_on")
        .fields
    )
    year_field, number, set_code = built[1], built[2], built[3]

    def indicator(row: list[Any]) -> int:
        survey_year, found_number = year_field.get(row), number.get(row)
        code = set_code.get(row) or lookups.set_for_year(survey_year)
        found = lookups.indicators.get((code, found_number))
        if found is None:
            raise CellProblem(RejectCode.UNKNOWN_INDICATOR, set=code, number=found_number)
        return found

    columns = number.columns + set_code.columns
    quick = None
    if year_field.columns and number.columns and set_code.columns:
        cells = (year_field.columns[0], number.columns[0], set_code.columns[0])
        quick = Fast(INDICATOR, cells, {"IND": lookups.indicators})
    indicator_field = Field("indicator_id", columns, indicator, quick)
    return [built[0], year_field, indicator_field, *built[4:]]


def _stages(at: Column, lookups: Lookups) -> list[Field]:
    stage_names = lookups.codes["vocabulary.stage"]
    stage = coded(stage_names, strict=True)
    return (
        _Fields(at, lookups)
        .one("household_key", required(name), NAME_REQUIRED)
        .one("stage", required(stage), CODE, N=stage_names)
        .date("assessed_on", must=True)
        .one("assessor", name, NAME)
        .one("reason", text, TEXT)
        .fields
    )


def _must(read: Getter) -> Getter:
    def value(row: list[Any]) -> Any:
        found = read(row)
        if not found:
            raise CellProblem(RejectCode.REQUIRED)
        return found

    return value


_BUILDERS: dict[str, tuple[str, Builder]] = {
    "households": ("s_households", _households),
    "members": ("s_members", _members),
    "income": ("s_income", _income),
    "indicator_results": ("s_results", _results),
    "stage_history": ("s_stages", _stages),
}
