"""The fields of each household sheet of our exchange workbook (docs/workbook.md): which
staging column each machine key fills, how its cell is read (the slow path that names a
problem, and the inline fast path of import_rows.Fast), and which sheet fills which
staging table (BUILDERS). Used by exchange_parsing.read_sheet, in this process and in the
reading helper's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.rows import (
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
    agreeing,
    cell,
    coded,
    default,
    iso,
    required,
    valid_id_digits,
)
from desktop.services.exchange.reading.values import (
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
from desktop.services.thai import MAX_BE_YEAR, MIN_BE_YEAR, format_be_date

Column = Callable[[str], int | None]
Builder = Callable[[Column, Lookups], list[Field]]


class _Fields:
    """Builds the fields of one tab from its key row."""

    def __init__(self, at: Column, lookups: Lookups) -> None:
        self.at, self.lookups, self.fields = at, lookups, []

    @classmethod
    def keyed(cls, at: Column, lookups: Lookups) -> _Fields:
        """The fields of a household sheet, which all begin with the household key."""
        return cls(at, lookups).one("household_key", required(name), NAME_REQUIRED)

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
        """A value from those of ``keys``' columns that hold one (refused when two of them
        read differently)."""
        present = tuple((k, index) for k in keys if (index := self.at(k)) is not None)
        indexes = [index for _key, index in present]
        read = agreeing(present, convert) if present else cell(None, convert)
        quick = Fast(fast, (indexes[0],), constants) if fast and indexes else None
        self.fields.append(Field(key, tuple(indexes), read, quick))
        return self

    def coded(self, key: str, list_name: str) -> _Fields:
        """A code of an editable code list; one not in the list is refused, naming those
        that are."""
        names = self.lookups.codes.get(list_name, {})
        convert = coded(names, listed=True)
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
        constants = {"DATE": dt.date, "TODAY": self.lookups.today, "BE": format_be_date}
        if main is not None:
            if must:
                quick = Fast(DATE_REQUIRED, (main,), constants)
            elif twin is not None:
                quick = Fast(DATE_PAIR, (main, twin), constants)
            else:
                quick = Fast(DATE_ONE, (main,), constants)
        self.fields.append(Field(key, field.columns, value, quick))
        return self


def _stage_reader(lookups: Lookups) -> tuple[dict[str, str], Callable[[Any], str]]:
    """The stage vocabulary (names -> code) and its strict reader."""
    names = lookups.codes["vocabulary.stage"]
    return names, coded(names, strict=True)


def _households(at: Column, lookups: Lookups) -> list[Field]:
    stage_names, stage = _stage_reader(lookups)
    return (
        _Fields.keyed(at, lookups)
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
        _Fields.keyed(at, lookups)
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
        _Fields.keyed(at, lookups)
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
        _Fields.keyed(at, lookups)
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
        if not code:
            raise CellProblem(RejectCode.NO_SET_FOR_YEAR, year=survey_year)
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
    stage_names, stage = _stage_reader(lookups)
    return (
        _Fields.keyed(at, lookups)
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


BUILDERS: dict[str, tuple[str, Builder]] = {
    "households": ("s_households", _households),
    "members": ("s_members", _members),
    "income": ("s_income", _income),
    "indicator_results": ("s_results", _results),
    "stage_history": ("s_stages", _stages),
}
