"""The provincial workbook's own sheets (docs/workbook.md, "Provincial workbook").

A provincial office exports the same layout as a district, with the single summary by
subdistrict replaced by: the totals by district (one row per district of the province,
then the province's total) and one summary sheet per district that holds households
(the district office's own summary by subdistrict). A last sheet lists the national IDs
still found in two districts, for the districts to correct.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from desktop.services.exchange.export.rows import RowScope
from desktop.services.exchange.layout import Column, Kind, Sheet, sheet
from desktop.services.thai import format_be_date, format_national_id

_EXCEL_DAY_ZERO = dt.date(1899, 12, 30)
_SUMMARY = sheet("summary")
_FIGURES = _SUMMARY.columns[2:]  # households ... assistance value
_TEXT = Kind.TEXT

DISTRICT_TOTALS = Sheet(
    "district_totals",
    "สรุปรายอำเภอ",
    "Totals by district",
    False,
    (
        Column("district_code", "รหัสอำเภอ", "District code", _TEXT, 10),
        Column("district_name", "อำเภอ", "District", _TEXT, 20),
        *_FIGURES,
    ),
)
TOTAL_ROW_NAME = "รวมทั้งจังหวัด"  # the last row of DISTRICT_TOTALS (district code "")

ID_CONFLICTS = Sheet(
    "id_conflicts",
    "เลขประจำตัวซ้ำข้ามอำเภอ",
    "National IDs in two districts",
    True,
    (
        Column("national_id", "เลขประจำตัวประชาชน", "National ID", _TEXT, 17),
        Column("first_household_key", "รหัสครัวเรือน (ที่มีอยู่)", "Household (kept the ID)", _TEXT, 14),
        Column("first_name", "ชื่อ (ที่มีอยู่)", "Name (kept the ID)", _TEXT, 22),
        Column("first_district", "อำเภอ (ที่มีอยู่)", "District (kept the ID)", _TEXT, 16),
        Column("second_household_key", "รหัสครัวเรือน (ที่นำเข้า)", "Household (imported)", _TEXT, 14),
        Column("second_name", "ชื่อ (ที่นำเข้า)", "Name (imported)", _TEXT, 22),
        Column("second_district", "อำเภอ (ที่นำเข้า)", "District (imported)", _TEXT, 16),
        Column("source_file", "แฟ้มที่นำเข้า", "Imported from", _TEXT, 24),
        Column("found_on", "วันที่พบ", "Found on", Kind.DATE, 12),
        Column("found_on_be", "วันที่พบ (พ.ศ. ข้อความ)", "Found on (BE text)", Kind.BE_TEXT, 12),
    ),
)


def district_summary_sheet(code: str, name_th: str, name_en: str) -> Sheet:
    """The summary by subdistrict of one district, on its own tab ("สรุป อ.ชนแดน")."""
    return dataclasses.replace(
        _SUMMARY,
        name=f"summary_{code}",
        title_th=f"สรุป อ.{name_th}"[:31],
        title_en=f"Summary {name_en}"[:31],
    )


def district_names(connection: Connection, codes: Sequence[str]) -> dict[str, tuple[str, str]]:
    found = connection.exec_driver_sql(
        "SELECT code, name_th, name_en FROM districts WHERE code IN"
        " (SELECT value FROM json_each(?))",
        (json.dumps(list(codes)),),
    )
    return {code: (th, en) for code, th, en in found}


def province_summaries(
    connection: Connection, codes: Sequence[str], subdistrict_rows: Sequence[tuple]
) -> tuple[list[tuple], list[tuple[Sheet, list[tuple]]]]:
    """(totals by district with the province's total last, [(sheet, rows)] per district
    that has households) from the summary rows of every subdistrict of the province."""
    names = district_names(connection, codes)
    by_district: dict[str, list[tuple]] = {code: [] for code in codes}
    for row in subdistrict_rows:
        by_district.setdefault(row[0][:4], []).append(row)
    width = len(_FIGURES)
    totals: list[tuple] = []
    overall: list[Any] = [0] * width
    sheets: list[tuple[Sheet, list[tuple]]] = []
    for code in sorted(by_district):
        rows = by_district[code]
        sums = [sum(row[2 + i] for row in rows) for i in range(width)]
        name_th, name_en = names.get(code, (code, code))
        totals.append((code, name_th, *sums))
        overall = [a + b for a, b in zip(overall, sums, strict=True)]
        if sums[0]:  # households
            sheets.append((district_summary_sheet(code, name_th, name_en), rows))
    totals.append(("", TOTAL_ROW_NAME, *overall))
    return totals, sheets


def conflict_rows(connection: Connection, scope: RowScope) -> list[tuple]:
    """The open conflicts, oldest first; IDs masked when the export masks them."""
    found = connection.exec_driver_sql(
        "SELECT c.national_id, c.first_household_key, c.first_name,"
        " (SELECT d.name_th FROM households h JOIN districts d"
        "   ON d.code = substr(h.village_code, 1, 4) WHERE h.key = c.first_household_key),"
        " c.second_household_key, c.second_name,"
        " (SELECT d.name_th FROM households h JOIN districts d"
        "   ON d.code = substr(h.village_code, 1, 4) WHERE h.key = c.second_household_key),"
        " c.source_file, date(c.found_at) FROM id_conflicts c WHERE c.resolution = ''"
        " AND (:sub IS NULL OR EXISTS (SELECT 1 FROM households h WHERE h.key IN"
        "  (c.first_household_key, c.second_household_key) AND h.village_code GLOB :sub || '*'))"
        " ORDER BY c.id",
        {"sub": scope.subdistrict},
    )
    rows = []
    for national_id, *middle, found_at in found:
        found_on = dt.date.fromisoformat(found_at)
        shown = format_national_id(national_id, masked=True) if scope.mask_ids else national_id
        serial = (found_on - _EXCEL_DAY_ZERO).days  # dates are written as Excel serials
        rows.append((shown, *middle, serial, format_be_date(found_on)))
    return rows
