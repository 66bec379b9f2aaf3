"""A provincial office consolidating its districts: one national ID in two districts.

A district's workbook may name a person whose national ID the database already holds in a
household of another district. That is never merged: the dry run lists it, the household
is imported with that one person's ID held back (written empty), and applying records an
open ``id_conflicts`` row for a person to resolve
(desktop/services/exchange/province/id_conflicts.py).

Once resolved, the loser's household arriving again with the same person (the district
has not corrected its data yet) has that person left out, and the plan says how many:
the province's decision stands until the district's data agrees with it.

Runs on the staging file with the office database attached as ``office``; plain SQL.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.staging import Staging


@dataclass(frozen=True, slots=True)
class ConflictPreview:
    """One person of the workbook whose national ID another district's household holds."""

    national_id: str
    name: str  # the person as the workbook names them
    household_key: str  # their household in the workbook ("" for a list row)
    sheet: str
    row: int
    other_name: str  # the person the database already has
    other_household_key: str
    other_district: str  # "อ.เมืองอุบลราชธานี"
    already_listed: bool  # an open conflict already names this person


_SETTLED_MEMBERS = (
    "SELECT m.ord FROM s_members m JOIN s_households h ON h.ord = m.hh"
    " JOIN office.id_conflicts c ON c.national_id = m.national_id AND c.resolution != ''"
    " AND h.key = CASE c.resolution WHEN 'first' THEN c.second_household_key"
    "  ELSE c.first_household_key END"
    " WHERE m.national_id IS NOT NULL AND h.bad = 0"
)


def hold_cross_district_ids(staging: Staging) -> int:
    """Hold back the IDs another district's household already has (listed in s_conflicts);
    leave out the people the province already gave to another household. Returns how
    many were left out."""
    # A settled person who heads the household: the household waits for the district.
    staging.run(
        "INSERT INTO s_rejections (sheet, row, col, header, field, code, params,"
        " household_key) SELECT m.sheet, m.row, NULL, '', 'national_id', ?,"
        " json_object('household_key', CASE c.resolution WHEN 'first'"
        "  THEN c.first_household_key ELSE c.second_household_key END), h.key"
        " FROM s_members m JOIN s_households h ON h.ord = m.hh"
        " JOIN office.id_conflicts c ON c.national_id = m.national_id AND c.resolution != ''"
        " AND h.key = CASE c.resolution WHEN 'first' THEN c.second_household_key"
        "  ELSE c.first_household_key END"
        " WHERE m.is_head AND h.bad = 0",
        (RejectCode.HEAD_ID_SETTLED.value,),
    )
    staging.run(
        "UPDATE s_households SET bad = 1 WHERE bad = 0 AND key IN (SELECT household_key"
        " FROM s_rejections WHERE code = ?)",
        (RejectCode.HEAD_ID_SETTLED.value,),
    )
    staging.run(f"DELETE FROM s_income WHERE member_ord IN ({_SETTLED_MEMBERS})")
    settled = staging.run(f"DELETE FROM s_members WHERE ord IN ({_SETTLED_MEMBERS})").rowcount
    staging.run("DROP TABLE IF EXISTS s_conflicts")
    staging.run(
        "CREATE TABLE s_conflicts AS SELECT m.ord AS member_ord, m.hh AS hh,"
        " m.national_id AS national_id, o.id AS first_member_id, oh.key AS first_key,"
        " trim(o.first_name || ' ' || o.last_name) AS first_name,"
        " trim(m.first_name || ' ' || coalesce(m.last_name, '')) AS second_name,"
        " m.first_name AS second_first, coalesce(m.last_name, '') AS second_last,"
        " h.key AS second_key, 'อ.' || d.name_th AS first_district,"
        " m.seq AS second_seq,"
        " EXISTS (SELECT 1 FROM office.id_conflicts c WHERE c.resolution = ''"
        "   AND c.national_id = m.national_id AND c.first_member_id = o.id"
        "   AND c.second_household_key = h.key) AS known"
        " FROM s_members m JOIN s_households h ON h.ord = m.hh"
        " JOIN office.members o ON o.national_id = m.national_id"
        " JOIN office.households oh ON oh.id = o.household_id"
        " JOIN office.districts d ON d.code = substr(oh.village_code, 1, 4)"
        " WHERE m.national_id IS NOT NULL AND h.bad = 0 AND oh.key != h.key"
        " AND substr(oh.village_code, 1, 4) != substr(h.village_code, 1, 4)"
    )
    staging.run(
        "UPDATE s_members SET national_id = NULL WHERE ord IN (SELECT member_ord FROM s_conflicts)"
    )
    return settled


def reject_outside_province(staging: Staging, district_codes: list[str]) -> None:
    """A provincial office keeps the households of its own districts only."""
    staging.run(
        "INSERT INTO s_rejections (sheet, row, col, header, field, code, params,"
        " household_key) SELECT h.sheet, h.row, NULL, '', 'village_code', ?,"
        " json_object('value', h.village_code), h.key FROM s_households h"
        " WHERE h.bad = 0 AND h.village_code IS NOT NULL"
        " AND substr(h.village_code, 1, 4) NOT IN (SELECT value FROM json_each(?))",
        (RejectCode.OUTSIDE_PROVINCE.value, json.dumps(district_codes)),
    )
    staging.run(
        "UPDATE s_households SET bad = 1 WHERE bad = 0 AND key IN (SELECT household_key"
        " FROM s_rejections WHERE code = ?)",
        (RejectCode.OUTSIDE_PROVINCE.value,),
    )


def conflict_previews(staging: Staging) -> list[ConflictPreview]:
    if not staging.scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 's_conflicts'"
    ):
        return []
    rows = staging.run(
        "SELECT c.national_id, c.second_name, CASE WHEN c.second_key GLOB '~*' THEN ''"
        " ELSE c.second_key END, m.sheet, m.row, c.first_name, c.first_key, c.first_district,"
        " c.known FROM s_conflicts c JOIN s_members m ON m.ord = c.member_ord"
        " JOIN s_households h ON h.ord = c.hh WHERE h.action IN ('add', 'update', 'same')"
        " ORDER BY m.ord"
    )
    return [ConflictPreview(*row[:8], bool(row[8])) for row in rows]


# Applying: inside write_plan's transaction, the staging file attached as ``staging`` ----

_STALE_FIRSTS = (
    "SELECT count(*) FROM staging.s_conflicts c WHERE NOT EXISTS"
    " (SELECT 1 FROM members o WHERE o.id = c.first_member_id"
    "  AND o.national_id = c.national_id)"
)


def conflicts_are_stale(session: Session) -> bool:
    """A person the dry run found in another district no longer holds that ID there."""
    if not session.execute(
        text(
            "SELECT count(*) FROM staging.sqlite_master WHERE type = 'table'"
            " AND name = 's_conflicts'"
        )
    ).scalar_one():
        return False
    return bool(session.execute(text(_STALE_FIRSTS)).scalar_one())


def record_conflicts(
    session: Session,
    households: dict[int, int],
    *,
    source_file: str,
    at: dt.datetime,
    user: str,
) -> int:
    """An open id_conflicts row for each new conflict of the households written
    (``households``: staged household ordinal -> database id); returns how many."""
    run = session.execute
    if (
        not households
        or not run(
            text(
                "SELECT count(*) FROM staging.sqlite_master WHERE type = 'table'"
                " AND name = 's_conflicts'"
            )
        ).scalar_one()
    ):
        return 0
    run(text("DROP TABLE IF EXISTS temp.conflict_households"))
    run(text("CREATE TEMP TABLE conflict_households (ord INTEGER PRIMARY KEY, id INTEGER)"))
    params: list[dict[str, Any]] = [{"o": o, "i": i} for o, i in households.items()]
    run(text("INSERT INTO conflict_households VALUES (:o, :i)"), params)
    base = run(text("SELECT coalesce(max(id), 0) FROM id_conflicts")).scalar_one()
    added = run(
        text(
            "INSERT INTO id_conflicts (national_id, first_member_id, first_household_key,"
            " first_name, second_member_id, second_household_key, second_name, source_file,"
            " found_at, found_by, resolution, note)"
            " SELECT c.national_id, c.first_member_id, c.first_key, c.first_name,"
            " coalesce((SELECT m.id FROM members m WHERE m.household_id = hh.id"
            "  AND m.national_id IS NULL AND m.seq = c.second_seq"
            "  AND m.first_name = c.second_first),"
            " (SELECT m.id FROM members m WHERE m.household_id = hh.id"
            "  AND m.national_id IS NULL AND m.first_name = c.second_first"
            "  AND m.last_name = c.second_last ORDER BY m.seq LIMIT 1)),"
            " hh.key, c.second_name, :file, :at, :user, '', ''"
            " FROM staging.s_conflicts c JOIN temp.conflict_households x ON x.ord = c.hh"
            " JOIN households hh ON hh.id = x.id WHERE NOT c.known ORDER BY c.member_ord"
        ),
        {"file": source_file[:260], "at": at, "user": user},
    ).rowcount
    run(
        text(
            "INSERT INTO change_log (at, user_name, table_name, record_id, action, field,"
            " old_value, new_value) SELECT :at, :user, 'id_conflicts', c.id, 'insert', '',"
            " NULL, json_object('national_id', c.national_id, 'first_household_key',"
            " c.first_household_key, 'second_household_key', c.second_household_key)"
            " FROM id_conflicts c WHERE c.id > :base ORDER BY c.id"
        ),
        {"at": at, "user": user, "base": base},
    )
    run(text("DROP TABLE temp.conflict_households"))
    return added
