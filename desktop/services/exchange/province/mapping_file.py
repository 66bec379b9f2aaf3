"""A list's column mapping saved as JSON, for the command line's ``--mapping FILE`` (the
mapping dialog remembers one in the settings table; a file can go with the list).

    {"sheet": "รายชื่อ", "header_row": 4,
     "columns": [{"column": "A", "header": "ที่", "field": null},
                 {"column": "B", "header": "ชื่อ - สกุล", "field": "full_name"}, ...]}

A file is used only for a list whose headers are the ones it was saved for; otherwise it
is refused, naming the first column that differs.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop.services.exchange.province.target_list import (
    FIELD_BY_NAME,
    TablePreview,
    normalize_header,
)
from desktop.services.exchange.reading.xlsx_file import column_letter


class MappingFileError(ValueError):
    """The mapping file cannot be used; ``message_th`` says why, in Thai."""

    def __init__(self, message_th: str) -> None:
        super().__init__(message_th)
        self.message_th = message_th


def save_mapping(path: Path, preview: TablePreview, mapping: dict[int, str | None]) -> None:
    columns = [
        {"column": column_letter(index), "header": header, "field": mapping.get(index)}
        for index, header in enumerate(preview.headers)
    ]
    data = {"sheet": preview.sheet, "header_row": preview.header_row, "columns": columns}
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def load_mapping(path: Path, preview: TablePreview) -> dict[int, str | None]:
    """The saved mapping for this list's columns; MappingFileError when it does not fit."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        columns = data["columns"]
        saved = [(str(c["header"]), c["field"]) for c in columns]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise MappingFileError(f"อ่านแฟ้มการจับคู่คอลัมน์ {path} ไม่ได้ ({error})") from error
    if len(saved) != len(preview.headers):
        raise MappingFileError(
            f"แฟ้มการจับคู่ {path} มี {len(saved)} คอลัมน์ แต่รายชื่อมี {len(preview.headers)} คอลัมน์"
        )
    mapping: dict[int, str | None] = {}
    for index, ((header, field), actual) in enumerate(zip(saved, preview.headers, strict=True)):
        if normalize_header(header) != normalize_header(actual):
            raise MappingFileError(
                f"แฟ้มการจับคู่ {path} ไม่ตรงกับรายชื่อนี้: คอลัมน์ {column_letter(index)}"
                f" ในแฟ้มคือ “{header}” แต่ในรายชื่อคือ “{actual}”"
            )
        if field is not None and field not in FIELD_BY_NAME:
            raise MappingFileError(
                f"แฟ้มการจับคู่ {path} คอลัมน์ {column_letter(index)}: ไม่รู้จักช่องข้อมูล “{field}”"
            )
        mapping[index] = field
    return mapping
