"""The floor of bench_exchange_import: the least any import of the workbook must do.

python-calamine reads each household sheet whole (its fastest way), and raw sqlite3
executemany writes the same rows into the same tables of a fresh office database in one
transaction, converting only what the rows need (labels to codes, keys to ids, dates to
ISO text, baht to satang). No checks, no change log, no derived columns.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from desktop.services.exchange.layout import SHEET_BY_NAME, VOCABULARIES

CODES = {
    name: {label: code for code, label in labels.items()} for name, labels in VOCABULARIES.items()
}


def _rows(book: CalamineWorkbook, sheet: str) -> Iterator[dict[str, Any]]:
    title = SHEET_BY_NAME[sheet].title_th
    pattern = re.compile(re.escape(title) + r"( \(\d+\))?")
    for tab in book.sheet_names:
        if not pattern.fullmatch(tab):
            continue
        rows = book.get_sheet_by_name(tab).iter_rows()
        keys = [str(value) for value in next(rows)]
        next(rows)
        for row in rows:
            yield dict(zip(keys, row, strict=False))


def _date(value: Any) -> str | None:
    return value.isoformat() if value not in ("", None) else None


def _text(value: Any) -> str | None:
    return None if value == "" else str(value)


def floor_import(book_path: Path, database: Path) -> int:
    book = CalamineWorkbook.from_path(str(book_path))
    con = sqlite3.connect(database, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    indicators = {
        (code, number): id_
        for id_, number, code in con.execute(
            "SELECT i.id, i.number, s.code FROM indicators i"
            " JOIN indicator_sets s ON s.id = i.set_id"
        )
    }
    con.execute("BEGIN")
    households: dict[str, int] = {}
    villages: dict[str, tuple[str, int, str]] = {}
    rows = []
    for row in _rows(book, "households"):
        households[row["household_key"]] = len(households) + 1
        code = row["village_code"]
        villages.setdefault(code, (code[:6], int(row["moo"]), row["village_name"]))
        rows.append(
            (
                households[row["household_key"]], row["household_key"], _text(row["house_code"]),
                str(row["house_no"]), code, row["source_list_code"], row["has_welfare_card"],
                row["welfare_registered"], CODES["stage"].get(row["current_stage"]),
                _date(row["last_verified_on"]), row["notes"],
            )
        )  # fmt: skip
    con.executemany(
        "INSERT OR IGNORE INTO villages (code, subdistrict_code, moo, name_th) VALUES (?, ?, ?, ?)",
        [(code, *rest) for code, rest in villages.items()],
    )
    con.executemany(
        "INSERT INTO households (id, key, house_code, house_no, village_code, source_list,"
        " has_welfare_card, welfare_registered, current_stage, last_verified_on, notes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    total = len(rows)
    members: dict[tuple[str, int], int] = {}
    rows = []
    for row in _rows(book, "members"):
        key, seq = row["household_key"], int(row["member_seq"])
        members[key, seq] = len(members) + 1
        rows.append(
            (
                members[key, seq], households[key], seq, row["title_code"], row["first_name"],
                row["last_name"], _text(row["national_id"]), CODES["sex"].get(row["sex"]),
                _date(row["birth_date"]), row["relation_code"], row["is_head"],
                row["education_status_code"], row["education_level_code"],
                row["literate"] if row["literate"] != "" else None, row["occupation_main_code"],
                row["occupation_second_code"], row["disability"], row["chronic_illness"],
                row["bedridden"], row["welfare_card"], row["lives_here"], b"",
            )
        )  # fmt: skip
    con.executemany(
        "INSERT INTO members (id, household_id, seq, title, first_name, last_name, national_id,"
        " sex, birth_date, relation, is_head, education_status, education_level, literate,"
        " occupation_main, occupation_second, disability, chronic_illness, bedridden,"
        " welfare_card, lives_here, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    total += len(rows)
    rows = [
        (
            members[row["household_key"], int(row["member_seq"])], int(row["survey_year"]),
            row["category_code"], round(row["amount"] * 100), round((row["cost"] or 0) * 100),
        )
        for row in _rows(book, "income")
    ]  # fmt: skip
    con.executemany(
        "INSERT INTO income_lines (member_id, survey_year, category, amount_satang, cost_satang)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    total += len(rows)
    rows = [
        (
            households[row["household_key"]],
            indicators[row["indicator_set"], int(row["indicator_number"])],
            int(row["survey_year"]), CODES["result_status"][row["status"]], row["verified_by"],
            _date(row["verified_on"]),
        )
        for row in _rows(book, "indicator_results")
    ]  # fmt: skip
    con.executemany(
        "INSERT INTO indicator_results (household_id, indicator_id, survey_year, status,"
        " verified_by, verified_on) VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    total += len(rows)
    rows = [
        (
            households[row["household_key"]], CODES["stage"][row["stage"]],
            _date(row["assessed_on"]), row["assessor"], row["reason"],
        )
        for row in _rows(book, "stage_history")
    ]  # fmt: skip
    con.executemany(
        "INSERT INTO stage_assessments (household_id, stage, assessed_on, assessor, reason)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    total += len(rows)
    con.execute("COMMIT")
    con.close()
    return total
