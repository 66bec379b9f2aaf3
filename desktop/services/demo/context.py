"""What the demo generator reads from the database before it writes anything."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    District,
    Household,
    Indicator,
    IndicatorSet,
    IndicatorThreshold,
    Member,
    Province,
    Subdistrict,
    Umbrella,
    Village,
)
from desktop.services.demo.people import SURVEY_YEAR

INDICATOR_SET_CODE = "2560-2564"
DEFAULT_INCOME_THRESHOLD_BAHT = 38_000
# Tables whose integer ids the generator assigns (villages are keyed by their code).
ID_TABLES = (
    "agencies",
    "projects",
    "project_areas",
    "project_indicators",
    "progress_reports",
    "households",
    "members",
    "income_lines",
    "stage_assessments",
    "indicator_results",
    "assistance",
    "development_plans",
    "plan_problems",
    "plan_activities",
    "follow_up_visits",
)


@dataclass(frozen=True)
class DemoContext:
    """What the generator reads from the database before writing anything."""

    district_code: str
    district_name: str
    province_name: str
    subdistricts: tuple[tuple[str, str], ...]  # (code, Thai name), ordered by code
    existing_villages: tuple[tuple[str, str], ...]  # (village code, subdistrict code)
    indicator_ids: dict[int, int]  # indicator number → id
    income_threshold_baht: int
    umbrellas: frozenset[str]
    next_ids: dict[str, int]  # table → first free id
    first_household_serial: int
    taken_house_codes: frozenset[str]
    taken_national_ids: frozenset[str]


def load_context(session: Session, district_code: str) -> DemoContext:
    district = session.get(District, district_code)
    if district is None:
        raise ValueError(f"unknown district code {district_code!r}")
    province = session.get(Province, district.province_code)
    subdistricts = tuple(
        (code, name)
        for code, name in session.execute(
            select(Subdistrict.code, Subdistrict.name_th)
            .where(Subdistrict.district_code == district_code)
            .order_by(Subdistrict.code)
        )
    )
    if not subdistricts:
        raise ValueError(f"district {district_code!r} has no subdistricts")
    villages = tuple(
        (code, subdistrict)
        for code, subdistrict in session.execute(
            select(Village.code, Village.subdistrict_code)
            .where(Village.subdistrict_code.in_([code for code, _ in subdistricts]))
            .order_by(Village.code)
        )
    )
    indicator_ids: dict[int, int] = dict(
        (number, indicator_id)
        for number, indicator_id in session.execute(
            select(Indicator.number, Indicator.id)
            .join(IndicatorSet)
            .where(IndicatorSet.code == INDICATOR_SET_CODE)
        )
    )
    if not indicator_ids:
        raise ValueError(f"indicator set {INDICATOR_SET_CODE} is not seeded")
    thresholds: dict[int | None, int] = dict(
        (year, value)
        for year, value in session.execute(
            select(IndicatorThreshold.survey_year, IndicatorThreshold.value).where(
                IndicatorThreshold.indicator_id == indicator_ids.get(22, -1)
            )
        )
    )
    threshold = thresholds.get(SURVEY_YEAR, thresholds.get(None, DEFAULT_INCOME_THRESHOLD_BAHT))
    metadata = Household.metadata
    next_ids = {
        table: (session.scalar(select(func.max(metadata.tables[table].c.id))) or 0) + 1
        for table in ID_TABLES
    }
    prefix = f"{district_code}-"
    keys = session.scalars(select(Household.key).where(Household.key.startswith(prefix)))
    serials = [int(key[len(prefix) :]) for key in keys if key[len(prefix) :].isdigit()]
    has_rows = next_ids["households"] > 1 or next_ids["members"] > 1
    house_codes = session.scalars(select(Household.house_code)) if has_rows else []
    national_ids = session.scalars(select(Member.national_id)) if has_rows else []
    return DemoContext(
        district_code=district_code,
        district_name=district.name_th,
        province_name=province.name_th if province else "",
        subdistricts=subdistricts,
        existing_villages=villages,
        indicator_ids=indicator_ids,
        income_threshold_baht=int(threshold),
        umbrellas=frozenset(session.scalars(select(Umbrella.code))),
        next_ids=next_ids,
        first_household_serial=max(serials, default=0) + 1,
        taken_house_codes=frozenset(code for code in house_codes if code),
        taken_national_ids=frozenset(nid for nid in national_ids if nid),
    )
