"""Seed data every office database starts with: areas, indicators, umbrellas, code lists.

Seeding only adds what is missing, so an office's own edits to code lists survive
upgrades. Areas come from geothai (data CC-BY-4.0, credited in the About box).
"""

import json
from importlib.resources import files
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db.models import (
    CodeItem,
    District,
    Indicator,
    IndicatorSet,
    IndicatorThreshold,
    Province,
    Subdistrict,
    Umbrella,
)


def _load(name: str) -> Any:
    return json.loads(files("db").joinpath("seed_data", name).read_text(encoding="utf-8"))


def code_synonyms(list_name: str) -> dict[str, list[str]]:
    """Other words a clerk types to pick a code of `list_name` (code -> words)."""
    return dict(_load("code_synonyms.json").get(list_name, {}))


def seed_reference_data(session: Session) -> None:
    _seed_areas(session)
    _seed_indicators(session)
    _seed_umbrellas(session)
    _seed_code_lists(session)


def _seed_areas(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(Province)):
        return
    import geothai  # here: only a new office's first seeding reads it, not every start

    provinces = geothai.provinces()
    districts = [d for p in provinces for d in geothai.districts(p.code)]
    session.execute(
        insert(Province),
        [{"code": p.code, "name_th": p.name_th, "name_en": p.name_en} for p in provinces],
    )
    session.execute(
        insert(District),
        [
            {
                "code": d.code,
                "province_code": d.province_code,
                "name_th": d.name_th,
                "name_en": d.name_en,
            }
            for d in districts
        ],
    )
    session.execute(
        insert(Subdistrict),
        [
            {
                "code": s.code,
                "district_code": s.district_code,
                "name_th": s.name_th,
                "name_en": s.name_en,
                "postal_code": s.postal_codes[0] if s.postal_codes else "",
            }
            for d in districts
            for s in geothai.subdistricts(d.code)
        ],
    )


def _seed_indicators(session: Session) -> None:
    data = _load("indicators_2560_2564.json")
    if session.scalar(select(IndicatorSet.id).where(IndicatorSet.code == data["code"])):
        return
    indicator_set = IndicatorSet(
        code=data["code"],
        name_th=data["name_th"],
        name_en=data["name_en"],
        first_year=data["first_year"],
        last_year=data["last_year"],
    )
    session.add(indicator_set)
    for row in data["indicators"]:
        indicator = Indicator(
            indicator_set=indicator_set,
            number=row["number"],
            dimension=row["dimension"],
            text_th=row["text_th"],
            text_en=row["text_en"],
            tpmap=True,
        )
        session.add(indicator)
        if "threshold" in row:
            session.flush()
            session.add(IndicatorThreshold(indicator_id=indicator.id, value=row["threshold"]))
    session.flush()


def _seed_umbrellas(session: Session) -> None:
    present = set(session.scalars(select(Umbrella.code)))
    for order, row in enumerate(_load("umbrellas.json"), start=1):
        if row["code"] not in present:
            session.add(Umbrella(sort_order=order, **row))
    session.flush()


def _seed_code_lists(session: Session) -> None:
    present = set(session.execute(select(CodeItem.list_name, CodeItem.code)).all())
    rows = [
        {
            "list_name": list_name,
            "code": code,
            "name_th": name_th,
            "name_en": name_en,
            "sort_order": order,
        }
        for list_name, items in _load("code_lists.json").items()
        for order, (code, name_th, name_en) in enumerate(items, start=1)
        if (list_name, code) not in present
    ]
    if rows:
        session.execute(insert(CodeItem), rows)
