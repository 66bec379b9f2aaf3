"""Province lists laid out as another office lays them out, for the tests: title rows above
the table (merged across it), Thai column names in their variants, blank spacer rows, a
group title across merged cells, a total row and a row of bare totals under the people,
IDs as numbers and as text with dashes, Thai digits, house numbers as numbers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl

from desktop.services.thai import national_id_check_digit

HEADERS = [
    "ที่",
    "ชื่อ - สกุล",
    "เลขบัตรประชาชน",
    "บ้านเลขที่",
    "หมู่",
    "ตำบล",
    "ความสัมพันธ์",
    "ตัวชี้วัดที่ไม่ผ่าน",
    "ด้านสุขภาพ",
    "หมายเหตุ",
]
HEADER_ROW = 4
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def an_id(seed: int) -> str:
    first12 = f"1670{seed:08d}"
    return first12 + national_id_check_digit(first12)


def dashed(national_id: str) -> str:
    n = national_id
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def thai(value: object) -> str:
    return str(value).translate(THAI_DIGITS)


def other_office_rows() -> list[list[object]]:
    """Rows 5.. of the list (None: a blank spacer row; a str: a merged group title)."""
    return [
        # 5-7: one household in ต.ตะเบาะ ม.2; its wife is listed twice (row 7 repeats row 6)
        [1, "นายสมชาย ใจดี", float(an_id(1)), 12, thai(2), "ตะเบาะ", "หัวหน้าครัวเรือน",
         "", "", ""],
        [2, "นางสมศรี ใจดี", dashed(an_id(2)), "12", "2", "ต.ตะเบาะ", "ภรรยา", "", "", ""],
        [3, "นางสมศรี ใจดี", thai(an_id(2)), "12", "๒", "ตะเบาะ", "ภรรยา", "", "", "ซ้ำ"],
        None,  # 8: a spacer row
        # 9: the subdistrict misspelt with its prefix doubled; failing 16, 22 and health
        [4, "น.ส.มาลี มีสุข", an_id(3), thai("45/1"), 3, "ต.ต.ตะเบา", "หัวหน้าครัวเรือน",
         thai("16,22"), "✓", ""],
        "หมู่ที่ 4 บ้านใหม่",  # 10: a group title across the table
        # 11-12: a head with a wrong check digit, and his son (named as refused with him)
        [5, "นายมานะ ขยัน", "1670000000049", "7", "4", "ตะเบาะ", "หัวหน้าครัวเรือน", "", "", ""],
        [6, "ด.ช.มานพ ขยัน", an_id(5), "7", "4", "ตะเบาะ", "บุตร", "", "", ""],
        None,  # 13
        ["รวม", "4 ครัวเรือน", 6, "", "", "", "", "", "", ""],  # 14: the total row
        ["", "", 6, 4, "", "", "", "", "", ""],  # 15: bare totals
    ]  # fmt: skip


def write_other_office_list(path: Path, rows: list[list[object] | str | None] | None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "บัญชีรายชื่อ"
    width = len(HEADERS)
    sheet["A1"] = "บัญชีรายชื่อครัวเรือนเป้าหมายตามระบบ TPMAP ปี ๒๕๖๙"
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet["A2"] = "สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์ (ส่งให้อำเภอเมืองเพชรบูรณ์)"
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    for index, header in enumerate(HEADERS, start=1):
        sheet.cell(HEADER_ROW, index, header)
    number = HEADER_ROW
    for row in other_office_rows() if rows is None else rows:
        number += 1
        if row is None:
            continue
        if isinstance(row, str):
            sheet.cell(number, 1, row)
            sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
            continue
        for index, value in enumerate(row, start=1):
            if value not in ("", None):
                sheet.cell(number, index, value)
    book.save(path)
    return path


def saved_by_libreoffice(book: Path, folder: Path) -> Path:
    """The workbook opened and saved again by LibreOffice Calc (its own xlsx writer)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice is not None, "LibreOffice is needed: apt-get install libreoffice-calc-nogui"
    out = folder / "libreoffice"
    out.mkdir(parents=True, exist_ok=True)
    profile = (folder / "lo-profile").resolve().as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(book)],
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip
    saved = out / book.name
    assert saved.exists() and saved.read_bytes() != book.read_bytes()
    return saved
