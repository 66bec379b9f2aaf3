"""The indicator-set workbook's page (docs/indicator-set-workbook.md) and its Thai twin
document exactly the keys the program reads and writes, with the same headings and tables."""

from __future__ import annotations

import re

from desktop.resource_paths import APP_ROOT
from desktop.services.indicator_sets import SHEETS

GUIDE = APP_ROOT / "docs" / "indicator-set-workbook.md"
GUIDE_TH = APP_ROOT / "docs" / "indicator-set-workbook.th.md"
KEY_ROW = re.compile(r"^\| `(\w+)` \|", flags=re.MULTILINE)
HEADING = re.compile(r"^(#+) ", flags=re.MULTILINE)
TABLE_RULE = re.compile(r"^\|---", flags=re.MULTILINE)
SHEET_HEADING = re.compile(r"^### `(\w+)` — (\S+)", flags=re.MULTILINE)


def _sheets(document: str) -> dict[str, list[str]]:
    """Each sheet's section: its Thai title and the column keys of its table."""
    found = {}
    parts = SHEET_HEADING.split(document)
    for index in range(1, len(parts), 3):
        key, title, body = parts[index], parts[index + 1], parts[index + 2]
        found[key] = [title, *KEY_ROW.findall(body.split("\n## ")[0])]
    return found


def test_the_page_documents_every_sheet_and_key_of_the_layout() -> None:
    expected = {sheet.key: [sheet.title, *sheet.keys] for sheet in SHEETS}
    assert _sheets(GUIDE.read_text(encoding="utf-8")) == expected
    assert _sheets(GUIDE_TH.read_text(encoding="utf-8")) == expected


def test_the_thai_page_has_the_english_pages_headings_and_tables() -> None:
    english = GUIDE.read_text(encoding="utf-8")
    thai = GUIDE_TH.read_text(encoding="utf-8")
    assert HEADING.findall(thai) == HEADING.findall(english)
    assert len(TABLE_RULE.findall(thai)) == len(TABLE_RULE.findall(english)) == 5
    assert GUIDE_TH.name in "\n".join(english.splitlines()[:4])


def test_the_message_the_form_shows_is_the_one_documented() -> None:
    message = "ยังไม่มีชุดตัวชี้วัดสำหรับปีสำรวจ 2569 — โหลดชุดตัวชี้วัดที่ ตั้งค่า"
    assert message in GUIDE.read_text(encoding="utf-8")
    assert message in GUIDE_TH.read_text(encoding="utf-8")
