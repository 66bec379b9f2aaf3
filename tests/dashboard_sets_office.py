"""A generated office with answers under two indicator sets: the demo's households
answered in the shipped 2560-2564 set (survey year 2567), and some of them answered again
in 2568 under a loaded set for 2568-2572 whose indicator 5 means something else."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

from sqlalchemy import text

from db.database import OfficeDatabase
from db.household_summary import refresh_household_summaries
from desktop.services.indicator_sets import IndicatorSetService
from tests.exchange_office import small_office
from tests.indicator_set_books import SHIPPED, made_up_set, write_book

NEW_CODE = "TEST-68"
NEW_YEAR = 2568
NEW_FIVE_TH = "ครัวเรือนมีน้ำสะอาดใช้ตลอดปี (ชุดใหม่)"


def two_set_office(folder: Path, households: int = 30, answered_again: int = 12) -> OfficeDatabase:
    office = small_office(folder, households)
    book = made_up_set(office, first=NEW_YEAR, last=2572, code=NEW_CODE)
    book = dataclasses.replace(
        book,
        indicators=tuple(
            dataclasses.replace(i, text_th=NEW_FIVE_TH, text_en="Clean water all year (new)")
            if i.number == 5
            else i
            for i in book.indicators
        ),
    )
    service = IndicatorSetService(office.session_factory)
    plan = service.dry_run(write_book(book, folder / f"{NEW_CODE}.xlsx"))
    assert plan.can_load, [p.message_en for p in plan.problems]
    assert service.load(plan.book, user_name="").loaded
    chance = random.Random(68)
    with office.session_factory.begin() as session:
        connection = session.connection()
        household_ids = [
            row[0] for row in connection.execute(text("SELECT id FROM households ORDER BY id"))
        ][:answered_again]
        new_ids = [
            row[0]
            for row in connection.execute(
                text(
                    "SELECT i.id FROM indicators i JOIN indicator_sets s ON s.id = i.set_id"
                    " WHERE s.code = :code ORDER BY i.number"
                ),
                {"code": NEW_CODE},
            )
        ]
        for household_id in household_ids:
            for indicator_id in new_ids:
                status = "failed" if chance.random() < 0.4 else "passed"
                connection.execute(
                    text(
                        "INSERT INTO indicator_results (household_id, indicator_id,"
                        " survey_year, status, verified_by)"
                        " VALUES (:h, :i, :y, :s, '')"
                    ),
                    {"h": household_id, "i": indicator_id, "y": NEW_YEAR, "s": status},
                )
        refresh_household_summaries(session)
    return office


def failing_by_set(office: OfficeDatabase) -> dict[str, dict[int, int]]:
    """Counted in Python from the raw results: per set code, households whose latest
    survey year's answers are in that set, failing each number there."""
    with office.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT r.household_id, r.survey_year, s.code, i.number, r.status"
                " FROM indicator_results r JOIN indicators i ON i.id = r.indicator_id"
                " JOIN indicator_sets s ON s.id = i.set_id"
            )
        ).all()
    latest: dict[int, int] = {}
    for household_id, year, *_ in rows:
        latest[household_id] = max(year, latest.get(household_id, 0))
    counts: dict[str, dict[int, int]] = {NEW_CODE: {}, SHIPPED: {}}
    for household_id, year, code, number, status in rows:
        if year == latest[household_id] and status == "failed":
            counts[code][number] = counts[code].get(number, 0) + 1
    return counts
