"""A generated office with planted data-quality problems: one planting per rule of the
check before sending, each returning the (household id, item) pairs its rule must find.

Plantings write with bare sqlite3 past the database's own guards where the guards would
refuse the problem (a second head, a negative amount, help for a household that is gone):
the check exists for files where those guards were missing or bypassed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.services.quality.rules import oldest_plausible_birth
from desktop.services.thai import national_id_check_digit

Found = set[tuple[int, int | None]]
Planting = Callable[[sqlite3.Connection, random.Random, dt.date], Found]


@contextlib.contextmanager
def unguarded(path: Path) -> Iterator[sqlite3.Connection]:
    """A bare connection with foreign keys and CHECK constraints off, committed on exit."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("PRAGMA ignore_check_constraints = ON")
    try:
        yield connection
        connection.commit()
    finally:
        connection.close()


def _household(
    con: sqlite3.Connection, chance: random.Random, *, members: int = 1, unvisited: bool = False
) -> int:
    """A household with at least ``members`` members none of the other plantings used
    (with ``unvisited``, one without follow-up visits, whose stages they would need)."""
    visited = " AND household_id NOT IN (SELECT household_id FROM follow_up_visits)"
    rows = con.execute(
        "SELECT household_id FROM members GROUP BY household_id HAVING count(*) >= ?"
        " AND household_id NOT IN (SELECT household_id FROM planted)"
        + (visited if unvisited else ""),
        (members,),
    ).fetchall()
    household_id = chance.choice(sorted(row[0] for row in rows))
    con.execute("INSERT INTO planted VALUES (?)", (household_id,))
    return household_id


def _member(con: sqlite3.Connection, household_id: int) -> tuple[int, int]:
    """(id, seq) of the household's last member."""
    return con.execute(
        "SELECT id, seq FROM members WHERE household_id = ? ORDER BY seq DESC LIMIT 1",
        (household_id,),
    ).fetchone()


def prepare(con: sqlite3.Connection) -> None:
    con.execute("CREATE TEMP TABLE IF NOT EXISTS planted (household_id INTEGER)")


def plant_no_members(con: sqlite3.Connection, chance: random.Random, today: dt.date) -> Found:
    household_id = _household(con, chance)
    con.execute("DELETE FROM members WHERE household_id = ?", (household_id,))
    return {(household_id, None)}


def plant_no_head(con: sqlite3.Connection, chance: random.Random, today: dt.date) -> Found:
    household_id = _household(con, chance)
    con.execute(
        "UPDATE members SET is_head = 0, relation = 'relative' WHERE household_id = ?",
        (household_id,),
    )
    return {(household_id, None)}


def plant_many_heads(con: sqlite3.Connection, chance: random.Random, today: dt.date) -> Found:
    con.execute("DROP INDEX IF EXISTS uq_members_one_head")  # the guard a damaged file lacks
    household_id = _household(con, chance, members=2)
    con.execute(
        "UPDATE members SET is_head = 1, relation = 'head' WHERE household_id = ?",
        (household_id,),
    )
    return {(household_id, None)}


def _valid_id(chance: random.Random, first: str) -> str:
    stem = first + "".join(str(chance.randrange(10)) for _ in range(11))
    return stem + str(national_id_check_digit(stem))


def plant_id_invalid(con: sqlite3.Connection, chance: random.Random, today: dt.date) -> Found:
    """One ID with a wrong check digit, another valid but for its first digit (9)."""
    found: Found = set()
    for first, wrong_check in (("3", True), ("9", False)):
        household_id = _household(con, chance)
        member_id, seq = _member(con, household_id)
        national_id = _valid_id(chance, first)
        if wrong_check:
            national_id = national_id[:12] + str((int(national_id[12]) + 1) % 10)
        con.execute("UPDATE members SET national_id = ? WHERE id = ?", (national_id, member_id))
        found.add((household_id, seq))
    return found


def plant_id_repeated(con: sqlite3.Connection, chance: random.Random, today: dt.date) -> Found:
    """Two members of two households with one ID: the table loses its UNIQUE guard."""
    columns = [row[1] for row in con.execute("PRAGMA table_info(members)")]
    con.execute("CREATE TABLE members_copy AS SELECT * FROM members")
    con.execute("DROP TABLE members")
    con.execute("ALTER TABLE members_copy RENAME TO members")
    assert "national_id" in columns
    first, second = _household(con, chance), _household(con, chance)
    first_member, first_seq = _member(con, first)
    second_member, second_seq = _member(con, second)
    national_id = _valid_id(chance, "1")
    for member_id in (first_member, second_member):
        con.execute("UPDATE members SET national_id = ? WHERE id = ?", (national_id, member_id))
    return {(first, first_seq), (second, second_seq)}


def plant_birth_in_future(con: sqlite3.Connection, chance: random.Random, today: dt.date) -> Found:
    household_id = _household(con, chance)
    member_id, seq = _member(con, household_id)
    birth = today + dt.timedelta(days=chance.randint(1, 300))
    con.execute("UPDATE members SET birth_date = ? WHERE id = ?", (birth.isoformat(), member_id))
    return {(household_id, seq)}


def plant_age_over_120(con: sqlite3.Connection, chance: random.Random, today: dt.date) -> Found:
    """One member 121 on ``today`` exactly (found); one a day younger, 120 (not found)."""
    oldest = oldest_plausible_birth(today)
    household_id = _household(con, chance)
    member_id, seq = _member(con, household_id)
    con.execute("UPDATE members SET birth_date = ? WHERE id = ?", (oldest.isoformat(), member_id))
    younger = _household(con, chance)
    younger_member, _seq = _member(con, younger)
    day_after = (oldest + dt.timedelta(days=1)).isoformat()
    con.execute("UPDATE members SET birth_date = ? WHERE id = ?", (day_after, younger_member))
    return {(household_id, seq)}


def plant_income_invalid(con: sqlite3.Connection, chance: random.Random, today: dt.date) -> Found:
    """A negative amount in one household, a line without a category in another."""
    found: Found = set()
    for change in ("amount_satang = -150000", "category = ''"):
        rows = con.execute(
            "SELECT l.id, m.household_id, m.seq FROM income_lines AS l"
            " JOIN members AS m ON m.id = l.member_id"
            " WHERE m.household_id NOT IN (SELECT household_id FROM planted) ORDER BY l.id"
        ).fetchall()
        line_id, household_id, seq = chance.choice(rows)
        con.execute("INSERT INTO planted VALUES (?)", (household_id,))
        con.execute(f"UPDATE income_lines SET {change} WHERE id = ?", (line_id,))
        found.add((household_id, seq))
    return found


def plant_no_answers(con: sqlite3.Connection, chance: random.Random, today: dt.date) -> Found:
    household_id = _household(con, chance)
    year = con.execute("SELECT max(survey_year) FROM indicator_results").fetchone()[0]
    con.execute(
        "UPDATE indicator_results SET survey_year = ? WHERE household_id = ?",
        (year - 1, household_id),
    )
    return {(household_id, None)}


def plant_no_stage(con: sqlite3.Connection, chance: random.Random, today: dt.date) -> Found:
    household_id = _household(con, chance, unvisited=True)
    con.execute("DELETE FROM stage_assessments WHERE household_id = ?", (household_id,))
    con.execute("UPDATE households SET current_stage = NULL WHERE id = ?", (household_id,))
    return {(household_id, None)}


def plant_stage_before_last_visit(
    con: sqlite3.Connection, chance: random.Random, today: dt.date
) -> Found:
    """A visit the day after the latest assessment (found); another household visited on
    the day of its latest assessment, then reassessed that day (not found)."""
    found: Found = set()
    for later, days in ((True, 1), (False, 0)):
        household_id = _household(con, chance)
        (assessed,) = con.execute(
            "SELECT max(assessed_on) FROM stage_assessments WHERE household_id = ?",
            (household_id,),
        ).fetchone()
        visited = dt.date.fromisoformat(assessed) + dt.timedelta(days=days)
        for earlier in (visited - dt.timedelta(days=90), visited):
            con.execute(
                "INSERT INTO follow_up_visits (household_id, visited_on, visited_by, findings)"
                " VALUES (?, ?, 'ทดสอบ', '')",
                (household_id, earlier.isoformat()),
            )
        if later:
            found.add((household_id, None))
    return found


def plant_assistance_outside_project(
    con: sqlite3.Connection, chance: random.Random, today: dt.date
) -> Found:
    """Help given the day before its project started; help on the project's last day is
    within (not found)."""
    rows = con.execute(
        "SELECT a.id, a.household_id, p.start_date, p.end_date FROM assistance AS a"
        " JOIN projects AS p ON p.id = a.project_id WHERE p.start_date IS NOT NULL"
        " AND p.end_date IS NOT NULL ORDER BY a.id"
    ).fetchall()
    (early, household_id, start, _end), (on_end, _other, _start, end) = chance.sample(rows, 2)
    before = (dt.date.fromisoformat(start) - dt.timedelta(days=1)).isoformat()
    con.execute("UPDATE assistance SET given_on = ? WHERE id = ?", (before, early))
    con.execute("UPDATE assistance SET given_on = ? WHERE id = ?", (end, on_end))
    return {(household_id, early)}


def plant_assistance_unknown_household(
    con: sqlite3.Connection, chance: random.Random, today: dt.date
) -> Found:
    gone = con.execute("SELECT max(id) + 1000 FROM households").fetchone()[0]
    cursor = con.execute(
        "INSERT INTO assistance (household_id, given_on, kind, value_satang, outcome, note)"
        " VALUES (?, ?, '', 50000, '', '')",
        (gone, today.isoformat()),
    )
    return {(gone, cursor.lastrowid)}


PLANTINGS: dict[str, Planting] = {
    "no_members": plant_no_members,
    "no_head": plant_no_head,
    "many_heads": plant_many_heads,
    "id_invalid": plant_id_invalid,
    "id_repeated": plant_id_repeated,
    "birth_in_future": plant_birth_in_future,
    "age_over_120": plant_age_over_120,
    "income_invalid": plant_income_invalid,
    "no_answers": plant_no_answers,
    "no_stage": plant_no_stage,
    "stage_before_last_visit": plant_stage_before_last_visit,
    "assistance_outside_project": plant_assistance_outside_project,
    "assistance_unknown_household": plant_assistance_unknown_household,
}
