"""The exchange workbook's two small sheets: metadata (about the file) and the summary by
subdistrict. Both are computed in SQL aggregates; neither holds personal data."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from db.models import DIMENSIONS
from db.settings_store import OFFICE_DISTRICT, OFFICE_PROVINCE
from desktop.services.exchange.export.rows import RowScope
from desktop.services.exchange.layout import (
    FORMAT_NAME,
    LAYOUT_VERSION,
    METADATA_ITEMS,
    ROWS_ITEM_PREFIX,
    Kind,
    sheet,
)
from desktop.services.quality import SignOffState
from desktop.services.thai import format_be_date
from desktop.version import project_metadata


@dataclass(frozen=True)
class Office:
    district_code: str  # "" in a provincial office
    district_name: str
    province_name: str
    province_code: str = ""

    @property
    def is_province(self) -> bool:
        return not self.district_code and bool(self.province_code)

    @property
    def office_name(self) -> str:
        if self.is_province:
            return f"สำนักงานพัฒนาชุมชนจังหวัด{self.province_name}"
        if not self.district_name:
            return ""
        return f"สำนักงานพัฒนาชุมชนอำเภอ{self.district_name}"

    @property
    def level(self) -> str:
        return "province" if self.is_province else "district"


def read_office(connection: Connection) -> Office:
    province = connection.exec_driver_sql(
        "SELECT p.code, p.name_th FROM settings st JOIN provinces p ON p.code = st.value"
        " WHERE st.key = ?",
        (OFFICE_PROVINCE,),
    ).first()
    if province:
        return Office("", "", province[1], province[0])
    row = connection.exec_driver_sql(
        "SELECT d.code, d.name_th, p.name_th, p.code FROM settings st"
        " JOIN districts d ON d.code = st.value JOIN provinces p ON p.code = d.province_code"
        " WHERE st.key = ?",
        (OFFICE_DISTRICT,),
    ).first()
    return Office(*row) if row else Office("", "", "")


def district_codes(connection: Connection, office: Office) -> list[str]:
    """The districts the office covers: its own, or every district of its province."""
    if not office.is_province:
        return [office.district_code]
    found = connection.exec_driver_sql(
        "SELECT code FROM districts WHERE province_code = ? ORDER BY code", (office.province_code,)
    )
    return [code for (code,) in found]


def subdistrict_name(connection: Connection, code: str) -> str | None:
    return connection.exec_driver_sql(
        "SELECT name_th FROM subdistricts WHERE code = ?", (code,)
    ).scalar()


# Summary by subdistrict ---------------------------------------------------------------


def _summary_sql(scope: RowScope) -> str:
    failing = ", ".join(
        f"coalesce(sum((h.failed_dimensions & {1 << bit}) != 0), 0)"
        for bit, _ in enumerate(DIMENSIONS)
    )
    only = "AND s.code = :sub" if scope.subdistrict is not None else ""
    return (
        "SELECT s.code, s.name_th, count(h.id), coalesce(sum(h.member_count), 0),"
        " coalesce(sum(h.id IS NOT NULL AND h.current_stage IS NULL), 0),"
        " coalesce(sum(h.current_stage = 'survival'), 0),"
        " coalesce(sum(h.current_stage = 'sufficiency'), 0),"
        " coalesce(sum(h.current_stage = 'sustainable'), 0),"
        f" coalesce(sum(h.failed_dimensions != 0), 0), {failing}"
        " FROM subdistricts s LEFT JOIN villages v ON v.subdistrict_code = s.code"
        " LEFT JOIN households h ON h.village_code = v.code"
        " WHERE (s.district_code IN (SELECT value FROM json_each(:districts))"
        f" OR s.code IN (SELECT subdistrict_code FROM villages)) {only}"
        " GROUP BY s.code ORDER BY s.code"
    )


def summary_rows(
    connection: Connection, scope: RowScope, district_code: str | Sequence[str]
) -> list[tuple]:
    """One row per subdistrict of the office's district or districts (and any other with
    villages), in the layout's column order. Assistance figures follow the fiscal-year
    scope."""
    codes = [district_code] if isinstance(district_code, str) else list(district_code)
    params = {**scope.params, "districts": json.dumps(codes)}
    helped: dict[str, tuple[int, int, int]] = {
        code: (households, records, satang)
        for code, households, records, satang in connection.exec_driver_sql(
            "SELECT v.subdistrict_code, count(DISTINCT a.household_id), count(*),"
            " coalesce(sum(a.value_satang), 0)"
            " FROM assistance a JOIN households h ON h.id = a.household_id"
            " JOIN villages v ON v.code = h.village_code"
            f" WHERE {scope.households} AND {scope.assistance()} GROUP BY v.subdistrict_code",
            params,
        )
    }
    rows = []
    for row in connection.exec_driver_sql(_summary_sql(scope), params):
        households, records, satang = helped.get(row[0], (0, 0, 0))
        rows.append((*row, households, records, satang / 100))
    width = len(sheet("summary").columns)
    assert all(len(row) == width for row in rows)
    return rows


# Metadata ---------------------------------------------------------------------------


def metadata_values(
    office: Office,
    scope: RowScope,
    scope_name: str,
    exported_on: dt.date,
    sign_off: SignOffState | None = None,
) -> dict[str, Any]:
    """The metadata items' values. The check and the sign-off are written only while they
    describe the data as exported (nothing changed since the check): else they are blank
    and ``ready_to_send`` is FALSE."""
    name, version = project_metadata()
    sign_off = sign_off or SignOffState()
    checked = sign_off.checked and sign_off.checked_at is not None
    signed = sign_off.signed_off and sign_off.signed_off_at is not None
    values: dict[str, Any] = {
        "format": FORMAT_NAME,
        "layout_version": LAYOUT_VERSION,
        "app_name": name,
        "app_version": version,
        "office_name": office.office_name,
        "district_code": office.district_code,
        "district_name": office.district_name,
        "province_name": office.province_name,
        "exported_on": exported_on,
        "exported_on_be": format_be_date(exported_on),
        "scope_subdistrict_code": scope.subdistrict or "",
        "scope_subdistrict_name": scope_name,
        "scope_fiscal_year": scope.fiscal_year,
        "masked_ids": scope.mask_ids,
        "aggregates_only": scope.aggregates_only,
        "office_level": office.level,
        "province_code": office.province_code,
        "checked_by": sign_off.checked_by if checked else "",
        "checked_at": _moment(sign_off.checked_at) if checked else "",
        "signed_off_by": sign_off.signed_off_by if signed else "",
        "signed_off_at": _moment(sign_off.signed_off_at) if signed else "",
        "ready_to_send": sign_off.ready_to_send,
    }
    assert tuple(values) == tuple(item.key for item in METADATA_ITEMS)
    return values


def _moment(at: dt.datetime | None) -> str:
    return at.astimezone(dt.UTC).isoformat(timespec="seconds") if at is not None else ""


def metadata_items(
    values: Mapping[str, Any],
    row_counts: Sequence[tuple[str, int]],
    titles: Mapping[str, str] | None = None,
) -> Iterator[tuple[tuple[Any, ...], Kind]]:
    """(item key, Thai label, value) rows and the value's kind, then one row count per
    written sheet ("rows.households"). ``titles`` names the tabs not in the layout's list
    (a provincial workbook's summary per district)."""
    titles = titles or {}
    for item in METADATA_ITEMS:
        yield (item.key, item.label_th, values[item.key]), item.kind
    for name, count in row_counts:
        label = f"จำนวนแถว: {titles[name] if name in titles else sheet(name).title_th}"
        yield (f"{ROWS_ITEM_PREFIX}{name}", label, count), Kind.COUNT
