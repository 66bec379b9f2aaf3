"""The dry run's report as a workbook: summary, additions, changes, rejections, the edits
of sheets this office does not import, and (for a list) what became of every row.

Written to ``.<name>.part`` beside the chosen file and renamed onto it when complete, so
a failed write leaves nothing half-written under the chosen name. Every text cell goes
through ``write_string`` (a name such as "=1+1" stays text).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from desktop.services.exchange.layout import CELL_FONT, CELL_FONT_SIZE
from desktop.services.exchange.province import OUTCOME_LABELS
from desktop.services.safety import replace_private

if TYPE_CHECKING:
    from desktop.services.exchange.import_.plan import ImportPlan

MODE_TH = {"add": "เพิ่มใหม่เท่านั้น", "update": "ปรับปรุงที่มีอยู่เท่านั้น", "both": "เพิ่มและปรับปรุง"}
CONFLICT_HEADERS = (
    "แผ่นงาน",
    "แถว",
    "เลขประจำตัวประชาชน",
    "ชื่อในแฟ้ม",
    "รหัสครัวเรือนในแฟ้ม",
    "ชื่อที่มีอยู่",
    "รหัสครัวเรือนที่มีอยู่",
    "อำเภอที่มีอยู่",
    "สถานะ",
)
KIND_TH = {"exchange": "แฟ้มแลกเปลี่ยนข้อมูลของโปรแกรม", "table": "ตารางรายชื่อ (เช่น จากจังหวัด)"}


def summary_lines(plan: ImportPlan) -> list[tuple[str, str]]:
    """(Thai label, value) lines: the report's first sheet and the command line's counts."""
    lines = [
        ("แฟ้ม", str(plan.path)),
        ("ชนิดแฟ้ม", KIND_TH[plan.kind.value]),
        ("วิธีนำเข้า", MODE_TH[plan.mode.value]),
        ("ครัวเรือนที่จะเพิ่ม", f"{len(plan.additions):,}"),
        ("ครัวเรือนที่จะเปลี่ยนแปลง", f"{len(plan.updates):,}"),
        ("รายการที่จะเปลี่ยน", f"{sum(len(u.changes) for u in plan.updates):,}"),
        ("ครัวเรือนที่ไม่เปลี่ยนแปลง", f"{plan.unchanged:,}"),
        ("ครัวเรือนที่ข้ามตามวิธีนำเข้า", f"{plan.skipped:,}"),
        ("แถวที่ไม่รับ", f"{plan.rejection_count:,}"),
    ]
    if plan.new_villages:
        lines.append(("หมู่บ้านที่จะเพิ่ม", ", ".join(plan.new_villages)))
    if plan.conflicts:
        lines.append(("เลขประจำตัวซ้ำกับครัวเรือนในอำเภออื่น (คน)", f"{len(plan.conflicts):,}"))
    if plan.settled:
        lines.append(("บุคคลที่ไม่นำเข้าตามที่จังหวัดตัดสินแล้ว (คน)", f"{plan.settled:,}"))
    if plan.district_projects is not None:
        projects = plan.project_changes
        lines += [
            ("โครงการที่จะเพิ่ม", f"{len(projects.added):,}"),
            ("โครงการที่จะเปลี่ยนแปลง", f"{len(projects.changed):,}"),
            ("โครงการที่ไม่เปลี่ยนแปลง", f"{projects.unchanged:,}"),
            ("ครัวเรือนที่การช่วยเหลือจะเปลี่ยน", f"{projects.help_households:,}"),
            ("การช่วยเหลือที่จะเพิ่ม (ครั้ง)", f"{projects.help_added:,}"),
            ("การช่วยเหลือที่จะลบ (ครั้ง)", f"{projects.help_removed:,}"),
        ]
        cases = plan.case_changes
        lines += [
            ("ครัวเรือนที่แผนหรือการติดตามจะเปลี่ยน", f"{cases.households:,}"),
            ("แผนพัฒนาที่จะเพิ่ม", f"{cases.plans_added:,}"),
            ("แผนพัฒนาที่จะเปลี่ยนแปลง", f"{cases.plans_changed:,}"),
            ("แผนพัฒนาที่จะลบ", f"{cases.plans_removed:,}"),
            ("การเยี่ยมติดตามที่จะเพิ่ม (ครั้ง)", f"{cases.visits_added:,}"),
            ("การเยี่ยมติดตามที่จะเปลี่ยนแปลง (ครั้ง)", f"{cases.visits_changed:,}"),
            ("การเยี่ยมติดตามที่จะลบ (ครั้ง)", f"{cases.visits_removed:,}"),
        ]
    return lines


def conflict_lines(plan: ImportPlan) -> list[tuple[str, ...]]:
    """Each person whose national ID another district's household holds (see
    desktop/services/exchange/import_/conflicts.py), as report cells."""
    return [
        (
            c.sheet,
            str(c.row),
            c.national_id,
            c.name,
            c.household_key,
            c.other_name,
            c.other_household_key,
            c.other_district,
            "มีในรายการแล้ว" if c.already_listed else "ใหม่",
        )
        for c in plan.conflicts
    ]


def write_report(plan: ImportPlan, out: Path) -> Path:
    """Write the dry-run report to ``out`` (an .xlsx); return it."""
    out = Path(out)
    part = out.with_name(f".{out.name}.part")
    try:
        replace_private(part)
        book = xlsxwriter.Workbook(
            str(part),
            {
                "constant_memory": True,
                "default_format_properties": {"font_name": CELL_FONT, "font_size": CELL_FONT_SIZE},
            },
        )
        bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1})
        _sheet(book, "สรุป", ("รายการ", "จำนวน"), summary_lines(plan), bold, (32, 60))
        _sheet(
            book,
            "เพิ่ม",
            ("แผ่นงาน", "แถว", "รหัสครัวเรือน", "ครัวเรือน", "สมาชิก (คน)"),
            ((a.sheet, a.row, a.key, a.label, a.members) for a in plan.additions),
            bold,
            (16, 8, 14, 60, 10),
        )
        _sheet(
            book,
            "เปลี่ยนแปลง",
            ("รหัสครัวเรือน", "ครัวเรือน", "รายการ", "ช่อง", "เดิม", "ใหม่"),
            (
                (u.key, u.label, c.record, c.label_th, c.old, c.new)
                for u in plan.updates
                for c in u.changes
            ),
            bold,
            (14, 40, 30, 20, 24, 24),
        )
        if plan.project_changes.added or plan.project_changes.changed:
            _sheet(
                book,
                "โครงการ",
                ("โครงการ", "การเปลี่ยนแปลง"),
                [(name, "เพิ่ม") for name in plan.project_changes.added]
                + [(name, "เปลี่ยนแปลง") for name in plan.project_changes.changed],
                bold,
                (60, 16),
            )
        if plan.conflicts:
            _sheet(
                book,
                "เลขซ้ำข้ามอำเภอ",
                CONFLICT_HEADERS,
                conflict_lines(plan),
                bold,
                (16, 8, 17, 24, 14, 24, 14, 18, 14),
            )
        _sheet(
            book,
            "ไม่รับ",
            ("แผ่นงาน", "แถว", "คอลัมน์", "เหตุผล", "Reason"),
            ((r.sheet, r.row, r.column, r.message_th, r.message_en) for r in plan.rejections),
            bold,
            (16, 8, 24, 50, 50),
        )
        if plan.read_only.count:
            _sheet(
                book,
                "แก้ในแผ่นงานที่ไม่นำเข้า",
                ("แผ่นงาน", "แถว", "คอลัมน์", "ในแฟ้ม", "ในสำนักงาน (คงไว้)"),
                (
                    (e.sheet, e.row or "", e.column, e.in_file, e.in_office)
                    for e in plan.read_only.edits
                ),
                bold,
                (20, 8, 24, 30, 30),
            )
        if plan.list_rows is not None:
            why = {item.row: item.message_th for item in plan.list_rows.not_data}
            _sheet(
                book,
                "แถวในรายชื่อ",
                ("แถว", "ผล", "เหตุผล"),
                (
                    (row, OUTCOME_LABELS[outcome][0], why.get(row, ""))
                    for row, outcome in sorted(plan.list_rows.outcomes.items())
                ),
                bold,
                (8, 16, 60),
            )
        try:
            book.close()
        except FileCreateError as error:  # a full disk: its own OSError
            raise (
                error.args[0]
                if error.args and isinstance(error.args[0], OSError)
                else OSError(str(error))
            ) from error
        with contextlib.suppress(OSError), part.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(part, out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return out


def _sheet(
    book: xlsxwriter.Workbook,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    bold: object,
    widths: Sequence[float],
) -> None:
    sheet = book.add_worksheet(title)
    for index, width in enumerate(widths):
        sheet.set_column(index, index, width)
    for col, header in enumerate(headers):
        sheet.write_string(0, col, header, bold)
    for number, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            if isinstance(value, int | float) and not isinstance(value, bool):
                sheet.write_number(number, col, value)
            elif value not in (None, ""):
                sheet.write_string(number, col, str(value))
    sheet.freeze_panes(1, 0)
