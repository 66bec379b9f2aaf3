"""The household register list: counts and pages of households straight from SQL.

Sorting, filtering and search run in SQLite on indexed columns of ``households`` and its
FTS5 search tables (see db.household_summary, which keeps them), so a page of 200 rows
costs a few milliseconds at 100,000 households and no more rows than a page ever reach
Python. Search takes a name substring of any member (Thai has no spaces between words),
or digits: a prefix of any member's national ID or of the house code.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from db.household_summary import DIMENSION_BITS
from db.models import CodeItem, District, Indicator, Subdistrict, Village
from db.office_area import office_district_codes
from desktop.services.households.list_query import (
    ANSWERED_SET_SQL,
    BROAD_SEARCH,
    HouseholdFilter,
    SearchKind,
    SortKey,
    count_sql,
    filter_conditions,
    page_sql,
    parse_search,
    read_in_order,
    search_condition,
)
from desktop.services.thai import thai_sort_key

__all__ = [
    "AreaOption",
    "FilterOptions",
    "HouseholdFilter",
    "HouseholdListService",
    "HouseholdRow",
    "IndicatorOption",
    "SortKey",
]

SOURCE_LIST = "source_list"  # the code list naming where a household came from
MATCH_SEPARATOR = "\x1f"  # between the matched member's name and relation (list_query)
COUNT_MEMORY = 64  # recent counts kept to pick page plans (a stale one only costs time)


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    key: str
    house_no: str
    house_code: str | None
    village_code: str
    village_moo: int
    village_name: str
    subdistrict_code: str
    subdistrict_name: str
    head_name: str
    head_national_id: str | None
    member_count: int
    stage: str | None
    failed_dimensions: tuple[str, ...]  # in the fixed dimension order
    last_verified_on: dt.date | None
    helped: bool
    source_list: str
    # A search hit on a member who is not the head: that member's name and relation.
    matched_name: str | None = None
    matched_relation: str | None = None


@dataclass(frozen=True)
class AreaOption:
    code: str
    name_th: str
    moo: int | None = None  # for villages


@dataclass(frozen=True)
class IndicatorOption:
    number: int
    dimension: str
    text_th: str
    text_en: str


@dataclass(frozen=True)
class FilterOptions:
    subdistricts: tuple[AreaOption, ...]  # of the office's district, Thai order
    villages: dict[str, tuple[AreaOption, ...]]  # subdistrict code -> villages by moo
    indicators: tuple[IndicatorOption, ...]  # the 17, by number
    source_lists: tuple[tuple[str, str], ...]  # (code, name_th) from code_items "source_list"


def _dimensions(mask: int) -> tuple[str, ...]:
    return tuple(name for name, bit in DIMENSION_BITS.items() if mask & bit)


def _row(values: Sequence[Any]) -> HouseholdRow:
    (id_, key, house_no, house_code, village_code, moo, village_name, subdistrict_code,
     subdistrict_name, head_name, head_id, members, stage, failed, verified, helped,
     source, matched) = values  # fmt: skip
    if isinstance(verified, str):
        verified = dt.date.fromisoformat(verified)
    matched_name, _, matched_relation = (matched or "").partition(MATCH_SEPARATOR)
    return HouseholdRow(
        id=id_, key=key, house_no=house_no, house_code=house_code,
        village_code=village_code, village_moo=moo, village_name=village_name,
        subdistrict_code=subdistrict_code, subdistrict_name=subdistrict_name,
        head_name=head_name, head_national_id=head_id, member_count=members, stage=stage,
        failed_dimensions=_dimensions(failed), last_verified_on=verified,
        helped=bool(helped), source_list=source,
        matched_name=matched_name or None, matched_relation=matched_relation or None,
    )  # fmt: skip


def _on_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


class HouseholdListService:
    """Counts and pages of the office's households; each call is one short read."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._subdistrict_rank: str | None = None  # the office's district does not change
        self._recent_counts: dict[HouseholdFilter, int] = {}
        self._lock = threading.Lock()  # the UI may call from worker threads

    def filter_options(self) -> FilterOptions:
        with self._session_factory() as session:
            subdistricts = self._subdistricts(session)
            villages: dict[str, list[AreaOption]] = {s.code: [] for s in subdistricts}
            for code, subdistrict, moo, name in session.execute(
                select(Village.code, Village.subdistrict_code, Village.moo, Village.name_th)
                .where(Village.subdistrict_code.in_(list(villages)))
                .order_by(Village.subdistrict_code, Village.moo)
            ):
                villages[subdistrict].append(AreaOption(code, name, moo))
            indicators = tuple(
                IndicatorOption(number, dimension, text_th, text_en)
                for number, dimension, text_th, text_en in session.execute(
                    select(
                        Indicator.number, Indicator.dimension, Indicator.text_th, Indicator.text_en
                    )
                    .where(text(f"indicators.set_id = {ANSWERED_SET_SQL}"))
                    .order_by(Indicator.number)
                )
            )
            source_lists = tuple(
                (code, name)
                for code, name in session.execute(
                    select(CodeItem.code, CodeItem.name_th)
                    .where(CodeItem.list_name == SOURCE_LIST, CodeItem.retired.is_(False))
                    .order_by(CodeItem.sort_order, CodeItem.code)
                )
            )
        return FilterOptions(
            subdistricts=subdistricts,
            villages={code: tuple(options) for code, options in villages.items()},
            indicators=indicators,
            source_lists=source_lists,
        )

    def count(self, household_filter: HouseholdFilter) -> int:
        with self._session_factory() as session:
            return self._count(session, household_filter)

    def page(
        self,
        household_filter: HouseholdFilter,
        sort: SortKey = SortKey.HEAD_NAME,
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[HouseholdRow]:
        with self._session_factory() as session:
            with self._lock:
                matches = self._recent_counts.get(household_filter)
            if matches is None:
                matches = self._count(session, household_filter)
            households = session.execute(text("SELECT max(id) FROM households")).scalar() or 0
            rank = self._subdistrict_rank_sql(session) if sort is SortKey.SUBDISTRICT else "0"
            sql, params = page_sql(
                household_filter, sort, descending, offset, limit,
                in_order=read_in_order(sort, matches, households, offset, limit),
                subdistrict_rank=rank, postgresql=_on_postgresql(session),
            )  # fmt: skip
            return [_row(values) for values in session.execute(text(sql), params)]

    def ids(self, household_filter: HouseholdFilter) -> list[int]:
        """The ids of every household the filter matches (as ``count`` and ``page``), in id
        order: what "record assistance for all these households" works on."""
        params: dict[str, Any] = {}
        with self._session_factory() as session:
            postgresql = _on_postgresql(session)
            terms = filter_conditions(household_filter, params, postgresql=postgresql)
            search = parse_search(household_filter.search)
            if search.kind is not SearchKind.NONE:
                terms.append(
                    search_condition(search, params, in_order=False, postgresql=postgresql)
                )
            where = " AND ".join(terms) or ("true" if postgresql else "1")
            sql = f"SELECT h.id FROM households AS h WHERE {where} ORDER BY h.id"
            return [int(id_) for id_ in session.execute(text(sql), params).scalars()]

    # -- helpers ------------------------------------------------------------------------
    def _count(self, session: Session, household_filter: HouseholdFilter) -> int:
        broad = False
        search_only = HouseholdFilter(search=household_filter.search)
        if household_filter.search and household_filter != search_only:
            with self._lock:
                found = self._recent_counts.get(search_only)
            if found is None:
                found = self._count(session, search_only)
            broad = found > BROAD_SEARCH
        sql, params = count_sql(
            household_filter, broad_search=broad, postgresql=_on_postgresql(session)
        )
        count = int(session.execute(text(sql), params).scalar_one())
        with self._lock:
            if len(self._recent_counts) >= COUNT_MEMORY:
                self._recent_counts.pop(next(iter(self._recent_counts)))
            self._recent_counts[household_filter] = count
        return count

    @staticmethod
    def _subdistricts(session: Session) -> tuple[AreaOption, ...]:
        districts = office_district_codes(session)
        if len(districts) == 1:
            rows = session.execute(
                select(Subdistrict.code, Subdistrict.name_th).where(
                    Subdistrict.district_code == districts[0]
                )
            ).all()
            rows.sort(key=lambda row: (thai_sort_key(row[1]), row[0]))
            return tuple(AreaOption(code, name) for code, name in rows)
        # A provincial office: the subdistricts that hold villages, by district then name.
        found = session.execute(
            select(Subdistrict.code, Subdistrict.name_th, District.name_th)
            .join(District, District.code == Subdistrict.district_code)
            .where(Subdistrict.district_code.in_(districts))
            .where(Subdistrict.code.in_(select(Village.subdistrict_code)))
        ).all()
        found.sort(key=lambda row: (thai_sort_key(row[2]), thai_sort_key(row[1]), row[0]))
        return tuple(AreaOption(code, f"{name} ({district})") for code, name, district in found)

    def _subdistrict_rank_sql(self, session: Session) -> str:
        """A CASE giving the office's subdistricts their rank in Thai order of names."""
        if self._subdistrict_rank is None:
            whens = " ".join(
                f"WHEN '{option.code.replace(chr(39), '')}' THEN {rank}"
                for rank, option in enumerate(self._subdistricts(session))
            )
            self._subdistrict_rank = (
                f"CASE substr(h.village_code, 1, 6) {whens} ELSE 9999 END" if whens else "0"
            )
        return self._subdistrict_rank
