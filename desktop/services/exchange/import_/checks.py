"""Set-based checks of the staged rows, then matching against the office database.

The rules are the household form's (household_rules): a household needs a house number,
members, exactly one head whose relation is "head", valid and unrepeated national IDs
and house codes, a known village; no ID or house code may belong to another household.
Rows were checked one by one while read (import_values); here the checks across rows run
in SQL. A household with any rejected row is marked ``bad`` and not imported.

Matching (office database attached read-only as ``office``): by the national ID of any
member, then by house code, then by household key.
"""

from __future__ import annotations

import json
import sqlite3

from desktop.services.exchange.reading.messages import RejectCode
from desktop.services.exchange.reading.staging import Staging
from desktop.services.households import HEAD_RELATION

_INDEXES = ("CREATE INDEX IF NOT EXISTS s_households_key ON s_households (key)",)
_HH_INDEXES = (
    "CREATE INDEX IF NOT EXISTS s_stages_hh ON s_stages (hh)",
    "CREATE INDEX IF NOT EXISTS s_households_match ON s_households (match_id)",
    "CREATE INDEX IF NOT EXISTS s_income_member ON s_income (member_ord)",
)
# The repeats a workbook must not have, as unique indexes: building one is the check, and
# only when it fails are the repeated rows looked for one by one. The indexes then serve
# the comparisons (their columns are the signatures' order).
_UNIQUE: tuple[tuple[RejectCode, str, str, str], ...] = (
    (RejectCode.DUPLICATE_ROW, "s_members", "seq", "hh, seq"),
    (RejectCode.ID_REPEATED, "s_members", "national_id", "national_id"),
    (RejectCode.DUPLICATE_ROW, "s_income", "category", "hh, member_seq, survey_year, category"),
    (RejectCode.DUPLICATE_ROW, "s_results", "indicator_id", "hh, survey_year, indicator_id"),
    (RejectCode.HOUSE_CODE_REPEATED, "s_households", "house_code", "house_code"),
)
CHILD_TABLES = ("s_members", "s_income", "s_results", "s_stages")


def _reject_select(staging: Staging, code: RejectCode, select_sql: str, *params: object) -> None:
    """Reject the rows a SELECT of (sheet, row, col, header, field, params json, key) gives,
    and mark their households bad."""
    staging.run(
        "INSERT INTO s_rejections (sheet, row, col, header, field, code, params, household_key)"
        f" SELECT sheet, row, col, header, field, '{code.value}', params, key FROM ({select_sql})",
        params,
    )


def _mark_bad_from_rejections(staging: Staging) -> None:
    staging.run(
        "UPDATE s_households SET bad = 1 WHERE bad = 0 AND key IN"
        " (SELECT household_key FROM s_rejections WHERE household_key IS NOT NULL"
        " UNION ALL SELECT key FROM s_bad_keys)"
    )


def link_and_check(staging: Staging) -> None:
    """Link child rows to their household's row and run the checks across rows."""
    for statement in _INDEXES:
        staging.run(statement)
    staging.mark("checks: indexes")
    # A key given twice on the households sheet: the later rows are refused.
    _reject_select(
        staging,
        RejectCode.DUPLICATE_HOUSEHOLD,
        "SELECT h.sheet, h.row, NULL AS col, '' AS header, 'household_key' AS field,"
        " json_object('key', h.key, 'other_row', f.row) AS params, h.key AS key"
        " FROM s_households h JOIN s_households f ON f.key = h.key AND f.ord < h.ord"
        " WHERE NOT EXISTS (SELECT 1 FROM s_households g WHERE g.key = h.key AND g.ord < f.ord)",
    )
    staging.run(
        "DELETE FROM s_households WHERE EXISTS"
        " (SELECT 1 FROM s_households f WHERE f.key = s_households.key"
        " AND f.ord < s_households.ord)"
    )
    for table in CHILD_TABLES:
        staging.run(  # the exchange reader linked them already; a list's rows have no key
            f"UPDATE {table} SET hh = h.ord FROM s_households h"
            f" WHERE {table}.hh IS NULL AND h.key = {table}.household_key"
        )
        _reject_select(
            staging,
            RejectCode.UNKNOWN_HOUSEHOLD,
            f"SELECT sheet, row, NULL AS col, '' AS header, 'household_key' AS field,"
            f" json_object('key', household_key) AS params, NULL AS key FROM {table}"
            f" WHERE hh IS NULL AND household_key NOT IN"
            f" (SELECT household_key FROM s_rejections WHERE household_key IS NOT NULL)",
        )
        staging.run(f"DELETE FROM {table} WHERE hh IS NULL")
    staging.mark("checks: links")
    for statement in _HH_INDEXES:
        staging.run(statement)
    staging.mark("checks: indexes")
    checkpoint = _checkpoint(staging)
    _reject_repeats(staging)
    staging.mark("checks: repeats")
    _reject_heads(staging)
    _keep_first_reasons(staging, checkpoint)


def _checkpoint(staging: Staging) -> int:
    """Mark the households rejected so far; return the last rejection's id."""
    _mark_bad_from_rejections(staging)
    return int(staging.scalar("SELECT coalesce(max(id), 0) FROM s_rejections"))


def _keep_first_reasons(staging: Staging, checkpoint: int) -> None:
    """Drop what the checks since ``checkpoint`` found in households already rejected
    (a member's income after the member's row was refused...), then mark the new ones."""
    staging.run(
        "DELETE FROM s_rejections WHERE id > ? AND household_key IN"
        " (SELECT key FROM s_households WHERE bad = 1)",
        (checkpoint,),
    )
    _mark_bad_from_rejections(staging)


def _reject_repeats(staging: Staging) -> None:
    for number, (code, table, field, key) in enumerate(_UNIQUE):
        index = f"CREATE {{}} INDEX s_unique_{number} ON {table} ({key})"
        try:
            staging.run(index.format("UNIQUE"))
            continue
        except sqlite3.IntegrityError:
            staging.run(index.format(""))
        group = " AND ".join(f"f.{part.strip()} IS x.{part.strip()}" for part in key.split(","))
        key_column = "x.key" if table == "s_households" else "x.household_key"
        _reject_select(
            staging,
            code,
            f"SELECT x.sheet, x.row, NULL AS col, '' AS header, '{field}' AS field,"
            f" json_object('other_row', (SELECT min(f.row) FROM {table} f WHERE {group}"
            f" AND f.ord < x.ord)) AS params, {key_column} AS key FROM {table} x"
            f" WHERE x.{field} IS NOT NULL AND EXISTS"
            f" (SELECT 1 FROM {table} f WHERE {group} AND f.ord < x.ord)",
        )
    _reject_select(
        staging,
        RejectCode.UNKNOWN_MEMBER,
        "SELECT i.sheet, i.row, NULL AS col, '' AS header, 'member_seq' AS field,"
        " json_object('seq', i.member_seq) AS params, i.household_key AS key FROM s_income i"
        " WHERE NOT EXISTS (SELECT 1 FROM s_members m WHERE m.hh = i.hh AND m.seq = i.member_seq)",
    )
    staging.run(
        "UPDATE s_income SET member_ord = m.ord FROM s_members m"
        " WHERE m.hh = s_income.hh AND m.seq = s_income.member_seq"
    )


def _reject_heads(staging: Staging) -> None:
    household = (
        "SELECT h.sheet, h.row, NULL AS col, '' AS header, '{field}' AS field, {params} AS params,"
        " h.key AS key FROM s_households h WHERE {where}"
    )
    heads = "(SELECT count(*) FROM s_members m WHERE m.hh = h.ord AND m.is_head)"
    _reject_select(
        staging,
        RejectCode.NO_MEMBERS,
        household.format(
            field="members",
            params="'{}'",
            where="NOT EXISTS (SELECT 1 FROM s_members m WHERE m.hh = h.ord)",
        ),
    )
    _reject_select(
        staging,
        RejectCode.NO_HEAD,
        household.format(
            field="is_head",
            params="'{}'",
            where=f"{heads} = 0 AND EXISTS (SELECT 1 FROM s_members m WHERE m.hh = h.ord)",
        ),
    )
    _reject_select(
        staging,
        RejectCode.MANY_HEADS,
        household.format(
            field="is_head", params=f"json_object('count', {heads})", where=f"{heads} > 1"
        ),
    )
    member = (
        "SELECT sheet, row, NULL AS col, '' AS header, 'relation' AS field, '{{}}' AS params,"
        " household_key AS key FROM s_members WHERE {where}"
    )
    _reject_select(
        staging,
        RejectCode.HEAD_RELATION_NOT_HEAD,
        member.format(where="is_head AND relation IS NOT ?"),
        HEAD_RELATION,
    )
    _reject_select(
        staging,
        RejectCode.RELATION_HEAD_NOT_MARKED,
        member.format(where="NOT is_head AND relation = ?"),
        HEAD_RELATION,
    )


def check_villages(staging: Staging) -> None:
    """Each household's village: known, or to be created in a known subdistrict."""
    checkpoint = _checkpoint(staging)
    staging.run(
        "UPDATE s_households SET village_code = subdistrict_code || printf('%02d', moo)"
        " WHERE (village_code IS NULL OR village_code = '') AND subdistrict_code IS NOT NULL"
        " AND moo IS NOT NULL"
    )
    staging.run(
        "INSERT OR IGNORE INTO s_villages (code, subdistrict_code, moo, name_th)"
        " SELECT h.village_code, substr(h.village_code, 1, 6), CAST(substr(h.village_code, 7)"
        " AS INTEGER), coalesce(nullif(min(h.village_name), ''), 'หมู่ ' || CAST(substr("
        "h.village_code, 7) AS INTEGER)) FROM s_households h"
        " WHERE length(h.village_code) = 8 AND h.village_code NOT GLOB '*[^0-9]*'"
        " AND CAST(substr(h.village_code, 7) AS INTEGER) BETWEEN 1 AND 99"
        " AND NOT EXISTS (SELECT 1 FROM office.villages v WHERE v.code = h.village_code)"
        " AND EXISTS (SELECT 1 FROM office.subdistricts s"
        "   WHERE s.code = substr(h.village_code, 1, 6))"
        " GROUP BY h.village_code"
    )
    _reject_select(
        staging,
        RejectCode.VILLAGE_UNKNOWN,
        "SELECT h.sheet, h.row, NULL AS col, '' AS header, 'village_code' AS field,"
        " json_object('value', coalesce(h.village_code, h.village_name, '')) AS params,"
        " h.key AS key FROM s_households h WHERE h.village_code IS NULL OR ("
        " NOT EXISTS (SELECT 1 FROM office.villages v WHERE v.code = h.village_code)"
        " AND NOT EXISTS (SELECT 1 FROM s_villages sv WHERE sv.code = h.village_code))",
    )
    _keep_first_reasons(staging, checkpoint)


def match_households(staging: Staging) -> None:
    """Find each good household's office household: by ID, then house code, then key."""
    checkpoint = _checkpoint(staging)
    staging.run(
        "CREATE TEMP TABLE IF NOT EXISTS id_matches AS SELECT m.hh AS hh,"
        " min(o.household_id) AS first, max(o.household_id) AS last FROM s_members m"
        " JOIN office.members o ON o.national_id = m.national_id"
        " WHERE m.national_id IS NOT NULL GROUP BY m.hh"
    )
    staging.run("CREATE INDEX IF NOT EXISTS temp.id_matches_hh ON id_matches (hh)")
    _reject_select(
        staging,
        RejectCode.MATCH_CONFLICT,
        "SELECT h.sheet, h.row, NULL AS col, '' AS header, 'national_id' AS field,"
        " json_object('first', a.key, 'second', b.key) AS params, h.key AS key"
        " FROM s_households h JOIN temp.id_matches i ON i.hh = h.ord"
        " JOIN office.households a ON a.id = i.first JOIN office.households b ON b.id = i.last"
        " WHERE i.first != i.last",
    )
    staging.run(
        "UPDATE s_households SET match_id = coalesce("
        " (SELECT i.first FROM temp.id_matches i WHERE i.hh = s_households.ord),"
        " (SELECT o.id FROM office.households o WHERE o.house_code = s_households.house_code),"
        " (SELECT o.id FROM office.households o WHERE o.key = s_households.key))"
    )
    _reject_select(
        staging,
        RejectCode.HOUSE_CODE_IN_OTHER_HOUSEHOLD,
        "SELECT h.sheet, h.row, NULL AS col, '' AS header, 'house_code' AS field,"
        " json_object('household_key', o.key) AS params, h.key AS key"
        " FROM s_households h JOIN office.households o ON o.house_code = h.house_code"
        " WHERE o.id IS NOT h.match_id",
    )
    _reject_select(
        staging,
        RejectCode.ID_IN_OTHER_HOUSEHOLD,
        "SELECT m.sheet, m.row, NULL AS col, '' AS header, 'national_id' AS field,"
        " json_object('household_key', oh.key) AS params, m.household_key AS key"
        " FROM s_members m JOIN s_households h ON h.ord = m.hh"
        " JOIN office.members o ON o.national_id = m.national_id"
        " JOIN office.households oh ON oh.id = o.household_id"
        " WHERE o.household_id IS NOT h.match_id",
    )
    _reject_select(
        staging,
        RejectCode.MATCHED_TWICE,
        "SELECT h.sheet, h.row, NULL AS col, '' AS header, 'household_key' AS field,"
        " json_object('household_key', o.key, 'other_row', f.row) AS params, h.key AS key"
        " FROM s_households h JOIN s_households f ON f.match_id = h.match_id AND f.ord < h.ord"
        " JOIN office.households o ON o.id = h.match_id",
    )
    staging.run("DROP TABLE temp.id_matches")
    _keep_first_reasons(staging, checkpoint)


def rejection_rows(staging: Staging, limit: int) -> list[tuple[object, ...]]:
    return staging.run(
        "SELECT sheet, row, col, header, field, code, params FROM s_rejections ORDER BY id LIMIT ?",
        (limit,),
    ).fetchall()


def params_of(text: str | None) -> dict[str, str]:
    try:
        loaded = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): "" if v is None else str(v) for k, v in loaded.items()}
