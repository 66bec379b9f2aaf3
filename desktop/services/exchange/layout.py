"""The exchange workbook's layout: its sheets and, per sheet, its columns.

The one source of truth for the exporter, the importer and docs/workbook.md (a test checks
that the document lists exactly these keys). Row 1 of every sheet holds the machine keys,
row 2 the Thai headers, data starts on row 3. Change anything here and LAYOUT_VERSION goes
up; an importer refuses a workbook whose layout version is newer than its own.
"""

from __future__ import annotations

# The building blocks, re-exported: importers and the exporter read the layout from here.
from desktop.services.exchange.layout_types import (  # noqa: F401
    CELL_FONT,
    CELL_FONT_SIZE,
    EXCEL_MAX_ROWS,
    FIRST_DATA_ROW,
    HEADER_ROW,
    KEY_ROW,
    VOCABULARIES,
    Column,
    K,
    Kind,
    MetadataItem,
    Sheet,
    _c,
    _date_pair,
)

LAYOUT_VERSION = 2
FORMAT_NAME = "district-desk-exchange"


HOUSEHOLD_KEY = _c("household_key", "รหัสครัวเรือน", "Household key", K.TEXT, 14)
MEMBER_SEQ = _c("member_seq", "ลำดับสมาชิก", "Member no.", K.INT, 8)
PROJECT_NUMBER = _c("project_number", "เลขที่โครงการ", "Project no.", K.INT, 9)
PLAN_SEQ = _c("plan_seq", "แผนลำดับที่", "Plan no.", K.INT, 8)
PROBLEM_SEQ = _c("problem_seq", "ปัญหาลำดับที่", "Problem no.", K.INT, 8)

METADATA_ITEMS: tuple[MetadataItem, ...] = (
    MetadataItem("format", "รูปแบบแฟ้ม", "File format", K.TEXT),
    MetadataItem("layout_version", "รุ่นของรูปแบบแฟ้ม", "Layout version", K.INT),
    MetadataItem("app_name", "โปรแกรม", "Application", K.TEXT),
    MetadataItem("app_version", "รุ่นของโปรแกรม", "Application version", K.TEXT),
    MetadataItem("office_name", "สำนักงาน", "Office", K.TEXT),
    MetadataItem("district_code", "รหัสอำเภอ", "District code", K.TEXT),
    MetadataItem("district_name", "อำเภอ", "District", K.TEXT),
    MetadataItem("province_name", "จังหวัด", "Province", K.TEXT),
    MetadataItem("exported_on", "วันที่ส่งออก", "Export date", K.DATE),
    MetadataItem("exported_on_be", "วันที่ส่งออก (พ.ศ. ข้อความ)", "Export date (BE text)", K.BE_TEXT),
    MetadataItem("scope_subdistrict_code", "ขอบเขต: รหัสตำบล", "Scope: subdistrict code", K.TEXT),
    MetadataItem("scope_subdistrict_name", "ขอบเขต: ตำบล", "Scope: subdistrict", K.TEXT),
    MetadataItem("scope_fiscal_year", "ขอบเขต: ปีงบประมาณ", "Scope: fiscal year", K.INT),
    MetadataItem("masked_ids", "ปิดบังเลขประจำตัวประชาชน", "National IDs masked", K.BOOL),
    MetadataItem("aggregates_only", "เฉพาะข้อมูลสรุป", "Aggregates only", K.BOOL),
    MetadataItem("office_level", "ระดับสำนักงาน", "Office level", K.TEXT),  # district, province
    MetadataItem("province_code", "รหัสจังหวัด", "Province code", K.TEXT),
    # the check before sending (desktop/services/quality): blank / FALSE unless it holds
    MetadataItem("checked_by", "ผู้ตรวจข้อมูล", "Checked by", K.TEXT),
    MetadataItem("checked_at", "ตรวจข้อมูลเมื่อ", "Checked at", K.TEXT),  # ISO 8601, UTC
    MetadataItem("signed_off_by", "ผู้รับรองว่าพร้อมส่ง", "Signed off by", K.TEXT),
    MetadataItem("signed_off_at", "รับรองเมื่อ", "Signed off at", K.TEXT),  # ISO 8601, UTC
    MetadataItem("ready_to_send", "พร้อมส่ง", "Ready to send", K.BOOL),
)
ROWS_ITEM_PREFIX = "rows."  # then one item per written sheet: "rows.households" (count)

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "metadata",
        "ข้อมูลแฟ้ม",
        "About this file",
        False,
        (
            _c("item", "รหัสรายการ", "Item key", K.TEXT, 24),
            _c("label", "รายการ", "Item", K.TEXT, 30),
            _c("value", "ค่า", "Value", K.TEXT, 36),
        ),
    ),
    Sheet(
        "summary",
        "สรุปรายตำบล",
        "Summary by subdistrict",
        False,
        (
            _c("subdistrict_code", "รหัสตำบล", "Subdistrict code", K.TEXT, 10),
            _c("subdistrict_name", "ตำบล", "Subdistrict", K.TEXT, 16),
            _c("households", "ครัวเรือนเป้าหมาย (ครัวเรือน)", "Target households", K.COUNT, 12),
            _c("members", "สมาชิก (คน)", "Members", K.COUNT, 10),
            _c("stage_none", "ยังไม่ประเมินระดับ (ครัวเรือน)", "No stage yet", K.COUNT, 12),
            _c("stage_survival", "ระดับอยู่รอด (ครัวเรือน)", "Survival", K.COUNT, 11),
            _c("stage_sufficiency", "ระดับพอเพียง (ครัวเรือน)", "Sufficiency", K.COUNT, 11),
            _c("stage_sustainable", "ระดับยั่งยืน (ครัวเรือน)", "Sustainable", K.COUNT, 11),
            _c("failing_any", "ไม่ผ่านอย่างน้อย 1 มิติ (ครัวเรือน)", "Failing any dimension", K.COUNT, 13),
            _c("failing_health", "ไม่ผ่านด้านสุขภาพ (ครัวเรือน)", "Failing health", K.COUNT, 11),
            _c("failing_living", "ไม่ผ่านด้านความเป็นอยู่ (ครัวเรือน)", "Failing living", K.COUNT, 12),
            _c("failing_education", "ไม่ผ่านด้านการศึกษา (ครัวเรือน)", "Failing education", K.COUNT, 11),
            _c("failing_income", "ไม่ผ่านด้านรายได้ (ครัวเรือน)", "Failing income", K.COUNT, 11),
            _c(
                "failing_access", "ไม่ผ่านด้านการเข้าถึงบริการรัฐ (ครัวเรือน)", "Failing access", K.COUNT, 13
            ),
            _c("helped", "ได้รับการช่วยเหลือ (ครัวเรือน)", "Households helped", K.COUNT, 12),
            _c("assistance_count", "การช่วยเหลือ (ครั้ง)", "Assistance records", K.COUNT, 11),
            _c(
                "assistance_baht",
                "มูลค่าการช่วยเหลือ (บาท)",
                "Assistance value (baht)",
                K.MONEY_BAHT,
                15,
            ),
        ),
    ),
    Sheet(
        "households",
        "ครัวเรือน",
        "Households",
        True,
        (
            HOUSEHOLD_KEY,
            _c("house_code", "รหัสบ้าน", "House code", K.TEXT, 14),
            _c("house_no", "บ้านเลขที่", "House no.", K.TEXT, 10),
            _c("moo", "หมู่ที่", "Village no.", K.INT, 7),
            _c("village_name", "หมู่บ้าน", "Village", K.TEXT, 18),
            _c("subdistrict_name", "ตำบล", "Subdistrict", K.TEXT, 14),
            _c("source_list", "แหล่งรายชื่อ", "Source list", K.TEXT, 14),
            _c("has_welfare_card", "มีบัตรสวัสดิการแห่งรัฐ", "Has welfare card", K.BOOL, 10),
            _c("welfare_registered", "ลงทะเบียนสวัสดิการแห่งรัฐ", "Welfare registered", K.BOOL, 11),
            _c("current_stage", "ระดับการพัฒนา", "Development stage", K.TEXT, 11, vocabulary="stage"),
            *_date_pair("last_verified_on", "วันที่ตรวจสอบล่าสุด", "Last verified"),
            _c("head_name", "หัวหน้าครัวเรือน", "Head of household", K.TEXT, 24, derived=True),
            _c(
                "head_national_id",
                "เลขประจำตัวประชาชนหัวหน้า",
                "Head's national ID",
                K.TEXT,
                17,
                derived=True,
            ),
            _c("member_count", "จำนวนสมาชิก (คน)", "Members", K.COUNT, 9, derived=True),
            _c("failed_dimensions", "มิติที่ไม่ผ่าน", "Failed dimensions", K.TEXT, 22, derived=True),
            _c(
                "failed_indicators",
                "ตัวชี้วัดที่ไม่ผ่าน (ข้อ)",
                "Failed indicators (numbers)",
                K.TEXT,
                14,
                derived=True,
            ),
            _c("helped", "ได้รับการช่วยเหลือแล้ว", "Helped", K.BOOL, 10, derived=True),
            _c("notes", "หมายเหตุ", "Notes", K.TEXT, 30),
            _c("village_code", "รหัสหมู่บ้าน", "Village code", K.TEXT, 11),
            _c("subdistrict_code", "รหัสตำบล", "Subdistrict code", K.TEXT, 9, derived=True),
            _c("source_list_code", "รหัสแหล่งรายชื่อ", "Source list code", K.TEXT, 10),
        ),
    ),
    Sheet(
        "members",
        "สมาชิก",
        "Members",
        True,
        (
            HOUSEHOLD_KEY,
            MEMBER_SEQ,
            _c("is_head", "หัวหน้าครัวเรือน", "Head", K.BOOL, 9),
            _c("title", "คำนำหน้า", "Title", K.TEXT, 9),
            _c("first_name", "ชื่อ", "First name", K.TEXT, 16),
            _c("last_name", "นามสกุล", "Last name", K.TEXT, 16),
            _c("national_id", "เลขประจำตัวประชาชน", "National ID", K.TEXT, 17),
            _c("sex", "เพศ", "Sex", K.TEXT, 6, vocabulary="sex"),
            *_date_pair("birth_date", "วันเกิด", "Birth date"),
            _c("relation", "ความสัมพันธ์กับหัวหน้าครัวเรือน", "Relation to head", K.TEXT, 14),
            _c("education_status", "สถานะการศึกษา", "Education status", K.TEXT, 12),
            _c("education_level", "ระดับการศึกษา", "Education level", K.TEXT, 16),
            _c("literate", "อ่านเขียนภาษาไทยและคิดเลขได้", "Literate", K.BOOL, 10),
            _c("occupation_main", "อาชีพหลัก", "Main occupation", K.TEXT, 14),
            _c("occupation_second", "อาชีพรอง", "Second occupation", K.TEXT, 14),
            _c("disability", "พิการ", "Disability", K.BOOL, 8),
            _c("chronic_illness", "ป่วยเรื้อรัง", "Chronic illness", K.BOOL, 8),
            _c("bedridden", "ติดเตียง", "Bedridden", K.BOOL, 8),
            _c("welfare_card", "มีบัตรสวัสดิการแห่งรัฐ", "Welfare card", K.BOOL, 10),
            _c("lives_here", "อาศัยอยู่จริง", "Lives here", K.BOOL, 9),
            _c("title_code", "รหัสคำนำหน้า", "Title code", K.TEXT, 8),
            _c("relation_code", "รหัสความสัมพันธ์", "Relation code", K.TEXT, 10),
            _c("education_status_code", "รหัสสถานะการศึกษา", "Education status code", K.TEXT, 10),
            _c("education_level_code", "รหัสระดับการศึกษา", "Education level code", K.TEXT, 10),
            _c("occupation_main_code", "รหัสอาชีพหลัก", "Main occupation code", K.TEXT, 10),
            _c("occupation_second_code", "รหัสอาชีพรอง", "Second occupation code", K.TEXT, 10),
        ),
    ),
    Sheet(
        "income",
        "รายได้",
        "Income",
        True,
        (
            HOUSEHOLD_KEY,
            MEMBER_SEQ,
            _c("survey_year", "ปีที่สำรวจ (พ.ศ.)", "Survey year (BE)", K.INT, 9),
            _c("category", "ประเภทรายได้", "Income category", K.TEXT, 20),
            _c("amount", "รายได้ต่อปี (บาท)", "Income per year (baht)", K.MONEY_BAHT, 14),
            _c("cost", "ต้นทุนการผลิต (บาท)", "Production cost (baht)", K.MONEY_BAHT, 14),
            _c("category_code", "รหัสประเภทรายได้", "Income category code", K.TEXT, 12),
        ),
    ),
    Sheet(
        "indicator_results",
        "ผลตัวชี้วัด",
        "Indicator results",
        True,
        (
            HOUSEHOLD_KEY,
            _c("survey_year", "ปีที่สำรวจ (พ.ศ.)", "Survey year (BE)", K.INT, 9),
            _c("indicator_number", "ตัวชี้วัดข้อ", "Indicator no.", K.INT, 8),
            _c("dimension", "มิติ", "Dimension", K.TEXT, 14, vocabulary="dimension", derived=True),
            _c("status", "ผล", "Result", K.TEXT, 10, vocabulary="result_status"),
            _c("verified_by", "ผู้ตรวจสอบ", "Verified by", K.TEXT, 18),
            _c("verified_on", "วันที่ตรวจสอบ", "Verified on", K.DATE, 12),
            _c("indicator_set", "รหัสชุดตัวชี้วัด", "Indicator set code", K.TEXT, 12),
        ),
    ),
    Sheet(
        "stage_history",
        "ประวัติระดับการพัฒนา",
        "Stage history",
        True,
        (
            HOUSEHOLD_KEY,
            _c("stage", "ระดับการพัฒนา", "Stage", K.TEXT, 11, vocabulary="stage"),
            *_date_pair("assessed_on", "วันที่ประเมิน", "Assessed on"),
            _c("assessor", "ผู้ประเมิน", "Assessor", K.TEXT, 18),
            _c("reason", "เหตุผล", "Reason", K.TEXT, 40),
        ),
    ),
    Sheet(
        "projects",
        "โครงการ",
        "Projects",
        False,
        (
            PROJECT_NUMBER,
            _c("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "Fiscal year (BE)", K.INT, 9),
            _c("name", "ชื่อโครงการ", "Project", K.TEXT, 40),
            _c("agency", "หน่วยงาน", "Agency", K.TEXT, 24),
            _c("umbrella", "ร่มยุทธศาสตร์", "Umbrella", K.TEXT, 24),
            _c("status", "สถานะ", "Status", K.TEXT, 16, vocabulary="project_status"),
            _c("rationale", "หลักการและเหตุผล", "Rationale", K.TEXT, 30),
            _c("objectives", "วัตถุประสงค์", "Objectives", K.TEXT, 30),
            _c("target_group", "กลุ่มเป้าหมาย", "Target group", K.TEXT, 24),
            _c("target_count", "จำนวนเป้าหมาย", "Target count", K.COUNT, 10),
            _c("areas", "พื้นที่ดำเนินการ", "Areas", K.TEXT, 30, derived=True),
            _c("budget_source", "แหล่งงบประมาณ", "Budget source", K.TEXT, 18),
            _c("budget", "งบประมาณ (บาท)", "Budget (baht)", K.MONEY_BAHT, 15),
            *_date_pair("start_date", "วันเริ่มโครงการ", "Start date"),
            *_date_pair("end_date", "วันสิ้นสุดโครงการ", "End date"),
            _c("responsible_person", "ผู้รับผิดชอบ", "Responsible person", K.TEXT, 20),
            _c("responsible_phone", "โทรศัพท์ผู้รับผิดชอบ", "Responsible person's phone", K.TEXT, 13),
            _c("steps", "ขั้นตอนและวิธีดำเนินการ", "Steps and methods", K.TEXT, 30),
            _c("evaluation_method", "วิธีการประเมินผล", "Evaluation method", K.TEXT, 24),
            _c("evaluation_tools", "เครื่องมือประเมินผล", "Evaluation tools", K.TEXT, 24),
            _c("evidence", "หลักฐาน", "Evidence", K.TEXT, 24),
            _c(
                "households_reached",
                "ครัวเรือนที่ได้รับการช่วยเหลือ (ครัวเรือน)",
                "Households reached",
                K.COUNT,
                13,
                derived=True,
            ),
            _c(
                "money_given",
                "มูลค่าการช่วยเหลือ (บาท)",
                "Value given (baht)",
                K.MONEY_BAHT,
                15,
                derived=True,
            ),
            _c("agency_code", "รหัสหน่วยงาน", "Agency code", K.TEXT, 10),
            _c("umbrella_code", "รหัสร่มยุทธศาสตร์", "Umbrella code", K.TEXT, 10),
            _c("budget_source_code", "รหัสแหล่งงบประมาณ", "Budget source code", K.TEXT, 10),
            _c("area_codes", "รหัสพื้นที่ดำเนินการ", "Area codes", K.TEXT, 20),
        ),
    ),
    Sheet(
        "key_results",
        "ตัวชี้วัดโครงการ",
        "Key results",
        False,
        (
            PROJECT_NUMBER,
            _c("key_result_seq", "ตัวชี้วัดลำดับที่", "Key result no.", K.INT, 8),
            _c("project_name", "ชื่อโครงการ", "Project", K.TEXT, 30, derived=True),
            _c("text", "ตัวชี้วัด", "Key result", K.TEXT, 40),
            _c("unit", "หน่วยนับ", "Unit", K.TEXT, 10),
            _c("baseline", "ค่าฐาน", "Baseline", K.FLOAT, 10),
            _c("target", "ค่าเป้าหมาย", "Target", K.FLOAT, 10),
        ),
    ),
    Sheet(
        "progress_reports",
        "รายงานความก้าวหน้า",
        "Progress reports",
        False,
        (
            PROJECT_NUMBER,
            _c("key_result_seq", "ตัวชี้วัดลำดับที่", "Key result no.", K.INT, 8),
            _c("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "Fiscal year (BE)", K.INT, 9),
            _c("quarter", "ไตรมาส", "Quarter", K.INT, 7),
            _c("value", "ผลการดำเนินงาน", "Value reached", K.FLOAT, 12),
            _c(
                "percent_of_target",
                "ร้อยละของเป้าหมาย",
                "Percent of target",
                K.PERCENT,
                10,
                derived=True,
            ),
            _c("money_spent", "เงินที่ใช้ไป (บาท)", "Money spent (baht)", K.MONEY_BAHT, 14),
            _c("result", "ผลที่ได้", "Result", K.TEXT, 30),
            _c("problems", "ปัญหาอุปสรรค", "Problems", K.TEXT, 30),
        ),
    ),
    Sheet(
        "assistance",
        "การช่วยเหลือ",
        "Assistance",
        True,
        (
            HOUSEHOLD_KEY,
            MEMBER_SEQ,
            *_date_pair("given_on", "วันที่ช่วยเหลือ", "Given on"),
            _c("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "Fiscal year (BE)", K.INT, 9, derived=True),
            PROJECT_NUMBER,
            _c("project_name", "โครงการ", "Project", K.TEXT, 30, derived=True),
            _c("agency", "หน่วยงาน", "Agency", K.TEXT, 24),
            _c("dimension", "มิติ", "Dimension", K.TEXT, 14, vocabulary="dimension"),
            _c("kind", "ประเภทการช่วยเหลือ", "Kind of help", K.TEXT, 20),
            _c("value", "มูลค่า (บาท)", "Value (baht)", K.MONEY_BAHT, 13),
            _c("outcome", "ผลการช่วยเหลือ", "Outcome", K.TEXT, 30),
            _c("note", "หมายเหตุ", "Note", K.TEXT, 24),
            _c("agency_code", "รหัสหน่วยงาน", "Agency code", K.TEXT, 10),
            _c("kind_code", "รหัสประเภทการช่วยเหลือ", "Kind code", K.TEXT, 12),
            # The plan activity the help served: "1.2.1" is activity 1 of problem 2 of plan 1
            # of the household, as the case sheets number them (optional when importing).
            _c(
                "plan_activity",
                "กิจกรรมตามแผน (แผน.ปัญหา.กิจกรรม)",
                "Plan activity (plan.problem.activity)",
                K.TEXT,
                12,
            ),
        ),
    ),
    Sheet(
        "development_plans",
        "แผนพัฒนา",
        "Development plans",
        True,
        (
            HOUSEHOLD_KEY,
            PLAN_SEQ,
            _c("title", "ชื่อแผน", "Plan title", K.TEXT, 30),
            *_date_pair("made_on", "วันที่จัดทำแผน", "Made on"),
            _c("is_current", "แผนปัจจุบัน", "Current plan", K.BOOL, 9),
            _c("created_by", "ผู้จัดทำแผน", "Made by", K.TEXT, 18),
            _c("notes", "หมายเหตุ", "Notes", K.TEXT, 30),
        ),
    ),
    Sheet(
        "plan_problems",
        "ปัญหาตามแผน",
        "Plan problems",
        True,
        (
            HOUSEHOLD_KEY,
            PLAN_SEQ,
            PROBLEM_SEQ,
            _c("indicator_number", "ตัวชี้วัดข้อ", "Indicator no.", K.INT, 8),
            _c("dimension", "มิติ", "Dimension", K.TEXT, 14, vocabulary="dimension"),
            _c("goal", "เป้าหมาย", "Goal", K.TEXT, 36),
            _c("indicator_set", "รหัสชุดตัวชี้วัด", "Indicator set code", K.TEXT, 12),
        ),
    ),
    Sheet(
        "plan_activities",
        "กิจกรรมตามแผน",
        "Plan activities",
        True,
        (
            HOUSEHOLD_KEY,
            PLAN_SEQ,
            PROBLEM_SEQ,
            _c("activity_seq", "กิจกรรมลำดับที่", "Activity no.", K.INT, 8),
            _c("text", "กิจกรรม", "Activity", K.TEXT, 36),
            _c("agency", "หน่วยงาน", "Agency", K.TEXT, 24),
            PROJECT_NUMBER,
            _c("project_name", "โครงการ", "Project", K.TEXT, 30, derived=True),
            *_date_pair("due_on", "กำหนดเสร็จ", "Due on"),
            _c("status", "สถานะ", "Status", K.TEXT, 11, vocabulary="activity_status"),
            _c("agency_code", "รหัสหน่วยงาน", "Agency code", K.TEXT, 10),
        ),
    ),
    Sheet(
        "follow_up_visits",
        "การติดตาม",
        "Follow-up visits",
        True,
        (
            HOUSEHOLD_KEY,
            *_date_pair("visited_on", "วันที่เยี่ยมติดตาม", "Visited on"),
            _c("visited_by", "ผู้เยี่ยมติดตาม", "Visited by", K.TEXT, 18),
            _c("findings", "สิ่งที่พบ", "Findings", K.TEXT, 40),
            _c(
                "stage", "ระดับการพัฒนาที่ประเมินใหม่", "Stage reassessed", K.TEXT, 11, vocabulary="stage"
            ),
            _c("stage_reason", "เหตุผลการประเมินระดับ", "Reason for the stage", K.TEXT, 30),
            *_date_pair("next_due_on", "กำหนดเยี่ยมครั้งต่อไป", "Next visit due"),
        ),
    ),
)

SHEET_BY_NAME: dict[str, Sheet] = {sheet.name: sheet for sheet in SHEETS}
NATIONAL_ID_COLUMNS: tuple[tuple[str, str], ...] = (
    ("households", "head_national_id"),
    ("members", "national_id"),
)
"""Where national IDs are written: 13 digits, or masked x-xxxx-XXXXX-XX-x."""


def sheet(name: str) -> Sheet:
    return SHEET_BY_NAME[name]


def continuation_title(title_th: str, part: int) -> str:
    """The tab name of part ``part`` (1, 2, ...) of a sheet longer than Excel allows."""
    return title_th if part == 1 else f"{title_th} ({part})"


def vocabulary_code(vocabulary: str, label: str) -> str | None:
    """The code a cell's Thai label stands for (importers); None for an unknown label."""
    return next((code for code, th in VOCABULARIES[vocabulary].items() if th == label), None)
