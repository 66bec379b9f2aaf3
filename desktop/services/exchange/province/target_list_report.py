"""A province list's dry run in words (Thai) for the command line: the mapping used,
every column left out, what became of the rows, the rows that are not data and why, and
the place names matched despite a typo, for the clerk to confirm."""

from __future__ import annotations

from desktop.services.exchange.province.target_list import FIELD_BY_NAME
from desktop.services.exchange.province.target_outcomes import OUTCOME_LABELS, ListRows, RowOutcome
from desktop.services.exchange.reading.xlsx_file import column_letter

PLACE_KINDS = {"subdistrict": "ตำบล", "village": "หมู่บ้าน"}


def column_name(index: int, headers: list[str]) -> str:
    header = headers[index] if index < len(headers) else ""
    return f"{column_letter(index)} ({header})" if header else column_letter(index)


def list_report_lines(rows: ListRows) -> list[str]:
    reading = rows.reading
    lines = [f"รายชื่อ: แผ่นงาน {reading.sheet} หัวตารางอยู่แถว {reading.header_row}"]
    lines.append("การจับคู่คอลัมน์:")
    for index, field in reading.mapping.items():
        lines.append(f"  {column_name(index, reading.headers)} → {FIELD_BY_NAME[field].label_th}")
    ignored = [column_name(index, reading.headers) for index in reading.ignored]
    lines.append(f"คอลัมน์ที่ไม่นำเข้า: {', '.join(ignored) if ignored else '-'}")
    counts = rows.counts()
    parts = ", ".join(f"{OUTCOME_LABELS[o][0]} {counts[o]:,}" for o in RowOutcome)
    lines.append(f"แถวที่อ่าน {rows.rows_read:,} แถว: {parts}")
    for item in rows.not_data:
        lines.append(f"{reading.sheet} แถว {item.row}: ไม่ใช่ข้อมูล — {item.message_th}")
    for match in reading.place_matches:
        where = ", ".join(str(row) for row in match.rows)
        lines.append(
            f"ชื่อ{PLACE_KINDS[match.kind]}ที่จับคู่แบบใกล้เคียง โปรดตรวจ: “{match.written}”"
            f" ถือเป็น {match.shown} (แถว {where})"
        )
    return lines
