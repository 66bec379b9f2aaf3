"""Reading the office's code lists and indicators for one import (import_rows.Lookups).

Apart from import_rows so that the reading helper process, which is handed the lookups,
never imports SQLAlchemy (about 28 MB of its memory)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CodeItem, Indicator, IndicatorSet
from desktop.services.exchange.layout import VOCABULARIES
from desktop.services.exchange.reading.rows import Lookups


def read_lookups(session: Session, today: dt.date) -> Lookups:
    codes: dict[str, dict[str, str]] = {}
    for item in session.scalars(select(CodeItem)):
        names = codes.setdefault(item.list_name, {})
        for word in (item.name_en.lower(), item.name_th, item.code.lower()):
            if word:
                names.setdefault(word, item.code)
        names[item.code] = item.code
    for vocabulary, labels in VOCABULARIES.items():
        names = codes.setdefault(f"vocabulary.{vocabulary}", {})
        for code, label in labels.items():
            names.update({code: code, code.lower(): code, label: code})
    sets = list(session.scalars(select(IndicatorSet).order_by(IndicatorSet.first_year.desc())))
    set_codes = {item.id: item.code for item in sets}
    indicators = {
        (set_codes[row.set_id], row.number): row.id for row in session.scalars(select(Indicator))
    }
    years = [(item.code, item.first_year, item.last_year) for item in sets]
    return Lookups(codes, indicators, years, today)
