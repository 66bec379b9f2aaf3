"""Why an import refuses a workbook or rejects a row: codes and their Thai and English text.

Plain strings with ``{name}`` parameters, no Qt: the command line, the dry-run report
workbook and the GUI all show the same words. Every code has both texts (a test checks).
"""

from __future__ import annotations

import enum
from functools import partial
from typing import Any


class RefusalCode(enum.Enum):
    """The whole workbook cannot be imported; nothing is read further, nothing written."""

    CANNOT_READ = "cannot_read"  # path
    NOT_XLSX = "not_xlsx"
    OLD_XLS = "old_xls"
    ENCRYPTED = "encrypted"
    DAMAGED = "damaged"  # detail
    TOO_BIG = "too_big"  # size_mb, limit_mb
    SUSPICIOUS_COMPRESSION = "suspicious_compression"  # part
    TOO_MANY_ROWS = "too_many_rows"  # sheet, limit
    CELL_TOO_BIG = "cell_too_big"  # sheet, limit_mb
    NEWER_LAYOUT = "newer_layout"  # version, supported
    NOT_EXCHANGE = "not_exchange"
    MASKED_IDS = "masked_ids"
    NO_HOUSEHOLD_DATA = "no_household_data"
    OTHER_PROVINCE = "other_province"  # district, province (a provincial office's import)
    OTHER_PROVINCE_BOOK = "other_province_book"  # province_code, province (another province's book)
    MISSING_SHEET = "missing_sheet"  # sheet
    MISSING_COLUMN = "missing_column"  # sheet, column
    SHEET_NOT_FOUND = "sheet_not_found"  # sheet
    NO_HEADER_ROW = "no_header_row"  # sheet
    MAPPING_INCOMPLETE = "mapping_incomplete"  # fields
    NO_DATA = "no_data"  # sheet
    STALE_PLAN = "stale_plan"  # (apply) the database changed since the dry run


class RejectCode(enum.Enum):
    """One row (and so its household) is not imported; the rest of the workbook still is."""

    REQUIRED = "required"
    ID_NOT_DIGITS = "id_not_digits"
    ID_LENGTH = "id_length"  # length
    ID_FIRST_DIGIT = "id_first_digit"  # digit
    ID_CHECKSUM = "id_checksum"
    HOUSE_CODE_FORMAT = "house_code_format"  # length
    DATE_FORMAT = "date_format"
    DATE_NO_SUCH_DAY = "date_no_such_day"
    DATE_LOOKS_CE = "date_looks_ce"  # typed_year, be_year
    DATE_SHORT_YEAR = "date_short_year"
    DATE_IN_FUTURE = "date_in_future"
    NOT_A_NUMBER = "not_a_number"  # value
    NOT_YES_NO = "not_yes_no"  # value
    UNKNOWN_CHOICE = "unknown_choice"  # value
    UNKNOWN_CODE = "unknown_code"  # value, allowed
    COLUMNS_DISAGREE = (
        "columns_disagree"  # first, second (a code and its name, a date and its BE text)
    )
    MONEY_FORMAT = "money_format"  # value
    MONEY_DECIMALS = "money_decimals"  # value
    OUT_OF_RANGE = "out_of_range"  # value, min, max
    FORMULA = "formula"
    CELL_TOO_LONG = "cell_too_long"  # length, limit
    DUPLICATE_HOUSEHOLD = "duplicate_household"  # key, other_row
    DUPLICATE_ROW = "duplicate_row"  # other_row
    UNKNOWN_HOUSEHOLD = "unknown_household"  # key
    UNKNOWN_MEMBER = "unknown_member"  # seq
    NO_MEMBERS = "no_members"
    NO_HEAD = "no_head"
    MANY_HEADS = "many_heads"  # count
    HEAD_RELATION_NOT_HEAD = "head_relation_not_head"
    RELATION_HEAD_NOT_MARKED = "relation_head_not_marked"
    ID_REPEATED = "id_repeated"  # other_row
    ID_IN_OTHER_HOUSEHOLD = "id_in_other_household"  # household_key
    HOUSE_CODE_REPEATED = "house_code_repeated"  # other_row
    HOUSE_CODE_IN_OTHER_HOUSEHOLD = "house_code_in_other_household"  # household_key
    MATCH_CONFLICT = "match_conflict"  # first, second
    MATCHED_TWICE = "matched_twice"  # household_key, other_row
    SUBDISTRICT_UNKNOWN = "subdistrict_unknown"  # value
    SUBDISTRICT_AMBIGUOUS = "subdistrict_ambiguous"  # value
    VILLAGE_UNKNOWN = "village_unknown"  # value
    UNKNOWN_INDICATOR = "unknown_indicator"  # set, number
    NO_SET_FOR_YEAR = "no_set_for_year"  # year (no indicator set covers it)
    HOUSEHOLD_NOT_IMPORTED = "household_not_imported"  # (a sibling row was rejected)
    PROJECT_UNKNOWN = "project_unknown"  # value (a provincial office's import)
    PERIOD_ORDER = "period_order"  # the end date is before the start date
    HEAD_ID_SETTLED = "head_id_settled"  # household_key (the ID was given to that household)
    OUTSIDE_PROVINCE = "outside_province"  # value (a village of another province)
    PROJECT_NOT_IMPORTED = "project_not_imported"  # value (its own row was rejected)
    PERSON_REPEATED = "person_repeated"  # other_row (a list names the person again)
    HOUSEMATE_REFUSED = "housemate_refused"  # other_row (a list: the household's row refused)
    PLAN_UNKNOWN = "plan_unknown"  # value (a case row naming a plan or problem not given)
    ACTIVITY_UNKNOWN = "activity_unknown"  # value (an assistance row's plan activity)
    MANY_CURRENT_PLANS = "many_current_plans"  # other_row
    STAGE_NOT_IN_HISTORY = "stage_not_in_history"  # stage, date


REFUSALS: dict[RefusalCode, tuple[str, str]] = {
    RefusalCode.CANNOT_READ: (
        "เปิดแฟ้ม {path} ไม่ได้ (ไม่มีแฟ้มนี้ หรือไม่มีสิทธิ์อ่าน)",
        "Cannot open {path} (no such file, or no permission to read it).",
    ),
    RefusalCode.NOT_XLSX: (
        "แฟ้มนี้ไม่ใช่แฟ้ม Excel (.xlsx)",
        "This file is not an Excel workbook (.xlsx).",
    ),
    RefusalCode.OLD_XLS: (
        "แฟ้มนี้เป็น Excel รุ่นเก่า (.xls) กรุณาเปิดใน Excel แล้วบันทึกเป็น .xlsx ก่อน",
        "This is an old Excel file (.xls): open it in Excel and save it as .xlsx first.",
    ),
    RefusalCode.ENCRYPTED: (
        "แฟ้มนี้ตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel เอารหัสผ่านออก แล้วบันทึกใหม่ก่อน",
        "This workbook is password-protected: remove the password in Excel and save it again.",
    ),
    RefusalCode.DAMAGED: (
        "แฟ้มเสียหายหรืออ่านไม่ได้ ({detail})",
        "The workbook is damaged or unreadable ({detail}).",
    ),
    RefusalCode.TOO_BIG: (
        "แฟ้มใหญ่เกินไป: ข้อมูลเมื่อแตกออก {size_mb} MB เกินขีดจำกัด {limit_mb} MB",
        "The workbook is too big: {size_mb} MB once unpacked, over the limit of {limit_mb} MB.",
    ),
    RefusalCode.SUSPICIOUS_COMPRESSION: (
        "แฟ้มมีส่วน {part} ที่บีบอัดผิดปกติ (อาจเป็นแฟ้มอันตราย) จึงไม่เปิด",
        "Part {part} of the workbook is compressed abnormally (possibly a zip bomb): not opened.",
    ),
    RefusalCode.TOO_MANY_ROWS: (
        "แผ่นงาน {sheet} มีแถวมากเกินไป (เกิน {limit} แถว)",
        "Sheet {sheet} has too many rows (over {limit}).",
    ),
    RefusalCode.CELL_TOO_BIG: (
        "แผ่นงาน {sheet} มีเซลล์หรือแถวที่ใหญ่ผิดปกติ (เกิน {limit_mb} MB)",
        "Sheet {sheet} has an abnormally large cell or row (over {limit_mb} MB).",
    ),
    RefusalCode.NEWER_LAYOUT: (
        "แฟ้มนี้ใช้รูปแบบรุ่น {version} ซึ่งใหม่กว่าที่โปรแกรมนี้รองรับ (รุ่น {supported}) กรุณาปรับรุ่นโปรแกรมก่อน",
        "This workbook uses layout version {version}, newer than this program reads"
        " ({supported}): update the program first.",
    ),
    RefusalCode.NOT_EXCHANGE: (
        "แผ่นงานข้อมูลแฟ้มไม่ถูกต้อง: ไม่ใช่แฟ้มแลกเปลี่ยนข้อมูลของโปรแกรมนี้",
        "The metadata sheet is not right: this is not this program's exchange workbook.",
    ),
    RefusalCode.OTHER_PROVINCE: (
        "แฟ้มนี้เป็นของอำเภอรหัส {district} ซึ่งไม่ใช่อำเภอในจังหวัด{province} จึงไม่นำเข้า",
        "This workbook comes from district {district}, which is not a district of"
        " {province}: not imported.",
    ),
    RefusalCode.OTHER_PROVINCE_BOOK: (
        "แฟ้มนี้เป็นของจังหวัดรหัส {province_code} ไม่ใช่จังหวัด{province} จึงไม่นำเข้า",
        "This workbook comes from province {province_code}, not {province}: not imported.",
    ),
    RefusalCode.MASKED_IDS: (
        "แฟ้มนี้ปิดบังเลขประจำตัวประชาชนไว้ จึงนำเข้าไม่ได้ กรุณาส่งออกใหม่แบบแสดงเลขเต็ม",
        "National IDs are masked in this workbook, so it cannot be imported:"
        " export it again with full IDs.",
    ),
    RefusalCode.NO_HOUSEHOLD_DATA: (
        "แฟ้มนี้มีเฉพาะข้อมูลสรุป ไม่มีข้อมูลครัวเรือนให้นำเข้า",
        "This workbook holds aggregates only: there are no households to import.",
    ),
    RefusalCode.MISSING_SHEET: (
        "ไม่พบแผ่นงาน {sheet} ในแฟ้ม",
        "The workbook has no sheet {sheet}.",
    ),
    RefusalCode.MISSING_COLUMN: (
        "แผ่นงาน {sheet} ไม่มีคอลัมน์ {column} จึงไม่นำเข้าแฟ้มนี้ (ไม่บันทึกข้อมูลใด ๆ)",
        "Sheet {sheet} has no column {column}, so the workbook is not imported"
        " (nothing is written).",
    ),
    RefusalCode.SHEET_NOT_FOUND: (
        "ไม่พบแผ่นงาน {sheet}",
        "There is no sheet {sheet}.",
    ),
    RefusalCode.NO_HEADER_ROW: (
        "หาแถวหัวตารางในแผ่นงาน {sheet} ไม่พบ",
        "Cannot find the header row of sheet {sheet}.",
    ),
    RefusalCode.MAPPING_INCOMPLETE: (
        "ยังไม่ได้กำหนดคอลัมน์ที่จำเป็น: {fields}",
        "Required columns are not mapped yet: {fields}.",
    ),
    RefusalCode.NO_DATA: (
        "แผ่นงาน {sheet} ไม่มีข้อมูล",
        "Sheet {sheet} holds no data.",
    ),
    RefusalCode.STALE_PLAN: (
        "ข้อมูลในฐานข้อมูลเปลี่ยนไปหลังการตรวจสอบ กรุณาตรวจสอบ (ทดลองนำเข้า) ใหม่อีกครั้ง",
        "The database changed since the dry run: run the dry run again.",
    ),
}

REJECTIONS: dict[RejectCode, tuple[str, str]] = {
    RejectCode.REQUIRED: ("ต้องกรอก", "Required."),
    RejectCode.ID_NOT_DIGITS: (
        "เลขประจำตัวประชาชนต้องเป็นตัวเลข",
        "A national ID is made of digits.",
    ),
    RejectCode.ID_LENGTH: (
        "เลขประจำตัวประชาชนต้องมี 13 หลัก (มี {length} หลัก)",
        "A national ID has 13 digits ({length} given).",
    ),
    RejectCode.ID_FIRST_DIGIT: (
        "เลขประจำตัวประชาชนขึ้นต้นด้วย {digit} ไม่ได้",
        "A national ID cannot start with {digit}.",
    ),
    RejectCode.ID_CHECKSUM: (
        "เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง)",
        "The national ID is not valid (check digit).",
    ),
    RejectCode.HOUSE_CODE_FORMAT: (
        "รหัสบ้านต้องเป็นตัวเลข 11 หลัก (มี {length} หลัก)",
        "A house code has 11 digits ({length} given).",
    ),
    RejectCode.DATE_FORMAT: (
        "อ่านวันที่ไม่ได้ ใช้รูปแบบ 15/03/2568",
        "Cannot read the date: use 15/03/2568.",
    ),
    RejectCode.DATE_NO_SUCH_DAY: ("ไม่มีวันที่นี้ในปฏิทิน", "There is no such day."),
    RejectCode.DATE_LOOKS_CE: (
        "ปี {typed_year} เป็นปี ค.ศ. หรือไม่ ใช้ปี พ.ศ. ({be_year})",
        "Is {typed_year} a CE year? Use the Buddhist-era year ({be_year}).",
    ),
    RejectCode.DATE_SHORT_YEAR: (
        "ใช้ปี พ.ศ. 4 หลัก",
        "Use a 4-digit Buddhist-era year.",
    ),
    RejectCode.DATE_IN_FUTURE: ("วันที่อยู่ในอนาคต", "The date is in the future."),
    RejectCode.NOT_A_NUMBER: ("ต้องเป็นตัวเลข ({value})", "Must be a number ({value})."),
    RejectCode.NOT_YES_NO: (
        "ต้องเป็น ใช่/ไม่ใช่ (TRUE/FALSE) ({value})",
        "Must be yes or no (TRUE/FALSE) ({value}).",
    ),
    RejectCode.UNKNOWN_CHOICE: ("ไม่รู้จักค่า {value}", "Unknown value {value}."),
    RejectCode.UNKNOWN_CODE: (
        "ไม่มีรหัส {value} ในรายการรหัสของสำนักงาน ใช้ได้: {allowed}",
        "The code {value} is not in the office's code list; allowed: {allowed}.",
    ),
    RejectCode.COLUMNS_DISAGREE: (
        "สองคอลัมน์ของค่าเดียวกันไม่ตรงกัน ({first} แต่ {second}): แก้ให้ตรงกัน หรือล้างช่องที่ไม่ได้ตั้งใจแก้",
        "Two columns of the same value disagree ({first} but {second}):"
        " make them agree, or clear the one you did not mean to change.",
    ),
    RejectCode.MONEY_FORMAT: ("จำนวนเงินไม่ถูกต้อง ({value})", "Not an amount of money ({value})."),
    RejectCode.MONEY_DECIMALS: (
        "จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง ({value})",
        "At most 2 decimals in an amount ({value}).",
    ),
    RejectCode.OUT_OF_RANGE: (
        "ค่า {value} ต้องอยู่ระหว่าง {min} ถึง {max}",
        "{value} must be between {min} and {max}.",
    ),
    RejectCode.FORMULA: (
        "เซลล์นี้เป็นสูตร ให้ใส่ค่าแทนสูตร",
        "This cell is a formula: type the value instead.",
    ),
    RejectCode.CELL_TOO_LONG: (
        "ข้อความยาวเกินไป ({length} ตัวอักษร เกิน {limit})",
        "The text is too long ({length} characters, over {limit}).",
    ),
    RejectCode.DUPLICATE_HOUSEHOLD: (
        "รหัสครัวเรือน {key} ซ้ำกับแถว {other_row}",
        "Household key {key} repeats row {other_row}.",
    ),
    RejectCode.DUPLICATE_ROW: ("ซ้ำกับแถว {other_row}", "Repeats row {other_row}."),
    RejectCode.UNKNOWN_HOUSEHOLD: (
        "ไม่มีครัวเรือน {key} ในแผ่นงานครัวเรือน",
        "Household {key} is not on the households sheet.",
    ),
    RejectCode.UNKNOWN_MEMBER: (
        "ไม่มีสมาชิกลำดับที่ {seq} ในครัวเรือนนี้",
        "The household has no member no. {seq}.",
    ),
    RejectCode.NO_MEMBERS: ("ครัวเรือนไม่มีสมาชิก", "The household has no members."),
    RejectCode.NO_HEAD: (
        "ครัวเรือนไม่มีหัวหน้าครัวเรือน",
        "The household has no head.",
    ),
    RejectCode.MANY_HEADS: (
        "ครัวเรือนมีหัวหน้าครัวเรือน {count} คน (ต้องมี 1 คน)",
        "The household has {count} heads (exactly one needed).",
    ),
    RejectCode.HEAD_RELATION_NOT_HEAD: (
        "หัวหน้าครัวเรือนต้องมีความสัมพันธ์เป็น หัวหน้าครัวเรือน",
        "The head's relation must be 'head of household'.",
    ),
    RejectCode.RELATION_HEAD_NOT_MARKED: (
        "ความสัมพันธ์เป็นหัวหน้าครัวเรือน แต่ไม่ได้ระบุว่าเป็นหัวหน้า",
        "The relation says head, but the member is not marked as the head.",
    ),
    RejectCode.ID_REPEATED: (
        "เลขประจำตัวประชาชนซ้ำกับแถว {other_row}",
        "The national ID repeats row {other_row}.",
    ),
    RejectCode.ID_IN_OTHER_HOUSEHOLD: (
        "เลขประจำตัวประชาชนนี้เป็นของสมาชิกครัวเรือนอื่น ({household_key}) ในฐานข้อมูล",
        "This national ID belongs to a member of another household ({household_key}).",
    ),
    RejectCode.HOUSE_CODE_REPEATED: (
        "รหัสบ้านซ้ำกับแถว {other_row}",
        "The house code repeats row {other_row}.",
    ),
    RejectCode.HOUSE_CODE_IN_OTHER_HOUSEHOLD: (
        "รหัสบ้านนี้เป็นของครัวเรือนอื่น ({household_key}) ในฐานข้อมูล",
        "This house code belongs to another household ({household_key}).",
    ),
    RejectCode.MATCH_CONFLICT: (
        "ข้อมูลตรงกับครัวเรือนสองครัวเรือนในฐานข้อมูล ({first} และ {second})",
        "The row matches two households in the database ({first} and {second}).",
    ),
    RejectCode.MATCHED_TWICE: (
        "ตรงกับครัวเรือน {household_key} ซึ่งแถว {other_row} ก็ตรงด้วย",
        "Matches household {household_key}, which row {other_row} matches too.",
    ),
    RejectCode.SUBDISTRICT_UNKNOWN: ("ไม่รู้จักตำบล {value}", "Unknown subdistrict {value}."),
    RejectCode.SUBDISTRICT_AMBIGUOUS: (
        "ชื่อตำบล {value} ซ้ำกันหลายอำเภอ ใส่รหัสตำบลแทน",
        "Subdistrict name {value} is ambiguous: give the subdistrict code.",
    ),
    RejectCode.VILLAGE_UNKNOWN: (
        "ระบุหมู่บ้านไม่ได้ ({value})",
        "Cannot tell which village ({value}).",
    ),
    RejectCode.UNKNOWN_INDICATOR: (
        "ไม่รู้จักตัวชี้วัดข้อ {number} ของชุด {set}",
        "Unknown indicator {number} of set {set}.",
    ),
    RejectCode.NO_SET_FOR_YEAR: (
        "ยังไม่มีชุดตัวชี้วัดสำหรับปีสำรวจ {year} — โหลดชุดตัวชี้วัดที่ ตั้งค่า ก่อน",
        "No indicator set covers survey year {year} yet: load one in Settings first.",
    ),
    RejectCode.HOUSEHOLD_NOT_IMPORTED: (
        "ไม่นำเข้าครัวเรือนนี้ เพราะแถวอื่นของครัวเรือนมีปัญหา",
        "This household is not imported: another of its rows has a problem.",
    ),
    RejectCode.PERIOD_ORDER: (
        "วันสิ้นสุดต้องไม่ก่อนวันเริ่ม",
        "The end date is before the start date.",
    ),
    RejectCode.HEAD_ID_SETTLED: (
        "ไม่นำเข้าครัวเรือนนี้ เพราะจังหวัดตัดสินแล้วว่าเลขประจำตัวประชาชนของหัวหน้าครัวเรือน"
        "เป็นของครัวเรือน {household_key} กรุณาให้อำเภอแก้ไขข้อมูลก่อน",
        "This household is not imported: the province decided that its head's national ID"
        " belongs to household {household_key}; the district must correct its data first.",
    ),
    RejectCode.OUTSIDE_PROVINCE: (
        "หมู่บ้าน {value} ไม่อยู่ในจังหวัดของสำนักงานนี้",
        "Village {value} is not in this office's province.",
    ),
    RejectCode.PROJECT_UNKNOWN: (
        "ไม่มีโครงการเลขที่ {value} ในแผ่นงานโครงการ",
        "Project number {value} is not on the projects sheet.",
    ),
    RejectCode.PERSON_REPEATED: (
        "บุคคลนี้ซ้ำกับแถว {other_row} ไม่นำเข้าแถวนี้ซ้ำ (ครัวเรือนยังนำเข้าตามแถว {other_row})",
        "This person repeats row {other_row}: this row is left out (the household is still"
        " imported from row {other_row}).",
    ),
    RejectCode.HOUSEMATE_REFUSED: (
        "ไม่นำเข้าแถวนี้ เพราะอยู่ครัวเรือนเดียวกับแถว {other_row} ซึ่งไม่นำเข้า",
        "Not imported: same household as row {other_row}, which is refused.",
    ),
    RejectCode.PLAN_UNKNOWN: (
        "ไม่มี{value}ของครัวเรือนนี้ในแผ่นงานแผนพัฒนาหรือปัญหาตามแผน",
        "The household has no {value} on the plans or plan problems sheet.",
    ),
    RejectCode.ACTIVITY_UNKNOWN: (
        "ไม่มีกิจกรรมตามแผน {value} ของครัวเรือนนี้ในแผ่นงานกิจกรรมตามแผน"
        " (เขียนเป็น แผน.ปัญหา.กิจกรรม เช่น 1.2.1)",
        "The household has no plan activity {value} on the plan activities sheet"
        " (written plan.problem.activity, such as 1.2.1).",
    ),
    RejectCode.MANY_CURRENT_PLANS: (
        "ครัวเรือนมีแผนปัจจุบันได้แผนเดียว แถว {other_row} เป็นแผนปัจจุบันอยู่แล้ว",
        "A household has one current plan at most; row {other_row} is current already.",
    ),
    RejectCode.STAGE_NOT_IN_HISTORY: (
        "ไม่มีการประเมินระดับ {stage} วันที่ {date} (เหตุผลเดียวกัน) ในแผ่นงานประวัติระดับการพัฒนา",
        "The stage history sheet has no assessment {stage} on {date} with the same reason.",
    ),
    RejectCode.PROJECT_NOT_IMPORTED: (
        "ไม่นำเข้าแถวนี้ เพราะแถวของโครงการเลขที่ {value} มีปัญหา",
        "Not imported: the row of project number {value} has a problem.",
    ),
}


def _format(text: str, params: dict[str, str]) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def refusal_text(code: RefusalCode, params: dict[str, str]) -> tuple[str, str]:
    """(Thai, English) text of a refusal."""
    thai, english = REFUSALS[code]
    return _format(thai, params), _format(english, params)


def rejection_text(code: RejectCode, params: dict[str, str]) -> tuple[str, str]:
    """(Thai, English) text of a rejected row."""
    thai, english = REJECTIONS[code]
    return _format(thai, params), _format(english, params)


class WorkbookRefused(Exception):
    """The workbook cannot be imported at all; nothing was or will be written."""

    def __init__(self, code: RefusalCode, **params: object) -> None:
        self.code = code
        self.params = {name: str(value) for name, value in params.items()}
        self.message_th, self.message_en = refusal_text(code, self.params)
        super().__init__(f"{code.value}: {self.message_en}")

    def __reduce__(self) -> tuple[Any, ...]:
        """Rebuilt from its code and parameters (it crosses from the reading helper)."""
        return (partial(WorkbookRefused, self.code, **self.params), ())
