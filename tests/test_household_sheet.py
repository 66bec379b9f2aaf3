"""Household summary sheets, blank form, batch cover and project sheet as HTML (no Qt)."""

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from sqlalchemy import func, select

from db.database import OfficeDatabase
from db.household_summary import refresh_household_summaries
from db.models import (
    Agency,
    Assistance,
    Household,
    Member,
    ProgressReport,
    Project,
    ProjectIndicator,
    StageAssessment,
)
from desktop.services.households import HouseholdDraft, MemberDraft
from desktop.services.households.form import HouseholdFormService
from desktop.services.households.listing import HouseholdFilter, HouseholdListService, SortKey
from desktop.services.office.setup import OfficeService
from desktop.services.printing import HouseholdSheetService, SheetOptions
from desktop.services.printing.household_sheets import (
    HouseholdNotFound,
    ProjectNotFound,
    UnsupportedLanguage,
)
from desktop.services.thai import format_national_id, national_id_check_digit
from tests.household_examples import IDS, SUBDISTRICT, TODAY, VILLAGE, fill
from tests.indicator_set_books import current_set


@pytest.fixture(autouse=True)
def _indicator_set(office_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The office has loaded the set of this survey year (2565 onwards)."""
    current_set(office_db, tmp_path)


CLERK = "สมศรี ใจดี"
PRINTED = dt.date(2025, 6, 15)
NBSP = "\u00a0"  # printed dates never break across lines
PRINTED_LONG = f"15{NBSP}มิถุนายน{NBSP}2568"
PRINTED_SHORT = f"15{NBSP}มิ.ย.{NBSP}2568"
SHOWN = SheetOptions(mask_ids=False, printed_on=PRINTED)
MASKED = SheetOptions(mask_ids=True, printed_on=PRINTED)
VOID_TAGS = {"br", "meta", "img", "hr", "link", "col", "input", "area", "base", "wbr"}
SYLLABLES = (
    "ประภา", "พรรณ", "วดี", "รัตนา", "ภรณ์", "ศรี", "สุวรรณ", "เกียรติ", "ขจร", "ไพศาล",
    "ทักษิณา", "วงศ์", "ธนา", "กุล", "อนันต์", "จิรา", "ปัญญา", "มณี",
)  # fmt: skip


# Reading the HTML back -------------------------------------------------------------------


class SheetParser(HTMLParser):
    """Checks every non-void tag is closed in order and collects the tables' cell texts,
    by the last word of each table's class ("grid members" -> "members")."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tables: dict[str, list[dict[str, list[list[str]]]]] = {}
        self._table: dict[str, list[list[str]]] | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            if tag == "br" and self._cell is not None:
                self._cell.append(" ")
            return
        self.stack.append(tag)
        if tag == "table":
            assert self._table is None, "nested table"
            name = (dict(attrs).get("class") or "").split()
            self._table = {"head": [], "body": []}
            self.tables.setdefault(name[-1] if name else "", []).append(self._table)
        elif tag == "thead":
            self._in_head = True
        elif tag == "tr":
            assert self._table is not None, "row outside a table"
            self._row = []
        elif tag in ("td", "th"):
            assert self._row is not None, "cell outside a row"
            self._cell = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None and self._table is not None:
            self._table["head" if self._in_head else "body"].append(self._row)
            self._row = None
        elif tag == "thead":
            self._in_head = False
        elif tag == "table":
            self._table = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parse(html: str) -> SheetParser:
    parser = SheetParser()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], f"unclosed tags {parser.stack}"
    assert html.lstrip().startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    return parser


def table(parsed: SheetParser, name: str) -> dict[str, list[list[str]]]:
    found = parsed.tables[name]
    assert len(found) == 1, f"{len(found)} tables {name!r}"
    return found[0]


# Building households ---------------------------------------------------------------------


def national_id(first: str, office: str, middle: str, pair: str) -> str:
    twelve = f"{first}{office}{middle}{pair}"
    return twelve + national_id_check_digit(twelve)


def long_name(index: int, parts: int) -> str:
    return "".join(SYLLABLES[(index * 7 + step) % len(SYLLABLES)] for step in range(parts))


def big_members() -> list[MemberDraft]:
    """15 members with long names and IDs whose middle digits occur nowhere else."""
    members = []
    for index in range(15):
        middle = f"{57391 + index * 1013:05d}"
        members.append(
            MemberDraft(
                title="mr" if index % 2 == 0 else "mrs",
                first_name=long_name(index, 5) + ("" if index else "ชัย"),
                last_name=long_name(index + 20, 6),
                national_id=national_id("3", "6703", middle, f"{index + 40}"),
                sex="M" if index % 2 == 0 else "F",
                birth_date=f"01/0{index % 9 + 1}/25{20 + index}",
                relation="head" if index == 0 else "relative",
                is_head=index == 0,
                education_status="finished",
                education_level="primary",
                literate=True,
                occupation_main="farmer",
                welfare_card=index % 3 == 0,
            )
        )
    return members


@pytest.fixture
def form(office_db: OfficeDatabase) -> HouseholdFormService:
    form = HouseholdFormService(office_db.session_factory)
    form.add_village(SUBDISTRICT, 1, "บ้านหนองนา")
    return form


@pytest.fixture
def sheets(office_db: OfficeDatabase) -> HouseholdSheetService:
    return HouseholdSheetService(office_db.session_factory)


def _save(form: HouseholdFormService, draft: HouseholdDraft) -> int:
    return form.save(draft, user_name=CLERK, today=TODAY).household_id


def clean_household(form: HouseholdFormService) -> int:
    return _save(form, fill(form.new_draft(today=TODAY, subdistrict_code=SUBDISTRICT)))


def big_household(form: HouseholdFormService, house_no: str = "99/1") -> int:
    draft = fill(form.new_draft(today=TODAY, subdistrict_code=SUBDISTRICT))
    draft.house_no, draft.house_code, draft.members = house_no, "", big_members()
    return _save(form, draft)


def add_project(
    office_db: OfficeDatabase,
    name: str = "โครงการส่งเสริมอาชีพเลี้ยงไก่ไข่",
    *,
    budget_baht: int = 10_000,
) -> int:
    with office_db.session_factory.begin() as session:
        agency = Agency(code="CDD-01", name="สำนักงานพัฒนาชุมชนอำเภอเมืองเพชรบูรณ์")
        session.add(agency)
        session.flush()
        project = Project(
            agency_id=agency.id, fiscal_year=2568, name=name, umbrella_code="income",
            target_count=20, budget_source="district", budget_satang=budget_baht * 100,
            start_date=dt.date(2024, 11, 1), end_date=dt.date(2025, 8, 31), status="running",
            objectives="1. เพื่อสร้างรายได้\n2. เพื่อลดรายจ่าย",
        )  # fmt: skip
        session.add(project)
        session.flush()
        return project.id


def give(office_db: OfficeDatabase, household_id: int, project_id: int, baht: int) -> None:
    with office_db.session_factory.begin() as session:
        project = session.get(Project, project_id)
        session.add(
            Assistance(
                household_id=household_id, project_id=project_id, agency_id=project.agency_id,
                given_on=dt.date(2025, 1, 20), dimension="income", kind="occupation_kit",
                value_satang=baht * 100, outcome="มีรายได้เพิ่มขึ้น",
            )
        )  # fmt: skip
        refresh_household_summaries(session, [household_id])


# The household sheet ---------------------------------------------------------------------


def test_the_sheet_shows_the_household(office_db, form, sheets) -> None:
    household_id = clean_household(form)
    project_id = add_project(office_db)
    give(office_db, household_id, project_id, 3000)
    html = sheets.household_html(household_id, SHOWN)
    parsed = parse(html)

    assert "แบบสรุปข้อมูลครัวเรือนเป้าหมาย" in html and PRINTED_LONG in html
    for text in ("6701-000001", "12/3", "67010000001", "บ้านหนองนา", "ในเมือง",
                 "เมืองเพชรบูรณ์", "เพชรบูรณ์", "67000", "TPMAP", "ทดสอบ"):  # fmt: skip
        assert text in html, text
    assert 'font-family: "Sarabun"' in html

    members = table(parsed, "members")
    assert members["head"][0] == [
        "ลำดับ", "คำนำหน้า-ชื่อ-สกุล", "เลขประจำตัวประชาชน", "อายุ (ปี)", "ความสัมพันธ์",
        "การศึกษา", "อาชีพ", "บัตร สวัสดิการ",
    ]  # fmt: skip
    assert members["body"][0] == [
        "1", "นายสมชาย ใจดี", "3-6703-00123-48-4", "58", "หัวหน้าครัวเรือน",
        "ประถมศึกษา (จบการศึกษา)", "เกษตรกร", "มี",
    ]  # fmt: skip
    assert [row[1] for row in members["body"]] == [
        "นายสมชาย ใจดี", "นางสมหญิง ใจดี", "ด.ช.สมปอง ใจดี", "นางบุญมา ใจดี",
    ]  # fmt: skip
    assert [row[2] for row in members["body"]] == [format_national_id(i) for i in IDS[:4]]
    assert [row[3] for row in members["body"]] == ["58", "55", "10", "78"]
    assert members["body"][1][6] == "ค้าขาย / รับจ้างทั่วไป"
    assert [row[7] for row in members["body"]] == ["มี", "—", "—", "—"]

    indicators = table(parsed, "indicators")["body"]
    numbered = {row[0]: row[2] for row in indicators if len(row) == 3}
    assert sorted(map(int, numbered)) == [1, 4, 5, 7, 8, 9, 10, 11, 15, 16, 17, 19, 20, 21, 22,
                                          27, 28]  # fmt: skip
    assert (numbered["21"], numbered["1"], numbered["4"]) == ("ไม่ผ่าน", "ไม่เกี่ยวข้อง", "ผ่าน")
    groups = [row[0] for row in indicators if len(row) == 1]
    assert groups == ["ด้านสุขภาพ", "ด้านความเป็นอยู่", "ด้านการศึกษา",
                      "ด้านรายได้ (ไม่ผ่าน 1 ตัวชี้วัด)", "ด้านการเข้าถึงบริการรัฐ"]  # fmt: skip
    assert '<b class="failed">ไม่ผ่าน</b>' in html
    assert "ปี พ.ศ.&nbsp;2568" in html

    assert table(parsed, "stages")["body"] == [
        ["1", "อยู่รอด", "01/03/2567", CLERK, "เริ่ม"],
        ["2", "พอเพียง", "10/06/2568", CLERK, ""],
    ]
    assistance = table(parsed, "assistance")["body"]
    assert assistance[0] == [
        "1", "20/01/2568",
        "สำนักงานพัฒนาชุมชนอำเภอเมืองเพชรบูรณ์ โครงการส่งเสริมอาชีพเลี้ยงไก่ไข่"
        " ผลที่ได้: มีรายได้เพิ่มขึ้น",
        "ปัจจัยการผลิต/ชุดอาชีพ", "3,000",
    ]  # fmt: skip
    assert assistance[-1] == ["รวม", "3,000"]
    for text in ("ผู้ให้ข้อมูล", "ผู้จัดเก็บ", "ผู้ตรวจสอบ", "ลงชื่อ ....", "( ....",
                 "วันที่ ......../......../........"):  # fmt: skip
        assert text in html, text


def test_masked_ids_lose_their_middle_digits(form, sheets) -> None:
    household_id = big_household(form)
    ids = [member.national_id for member in big_members()]
    shown = sheets.household_html(household_id, SHOWN)
    masked = sheets.household_html(household_id, MASKED)
    parse(masked)
    for digits in ids:
        assert format_national_id(digits) in shown
        assert digits[5:10] in shown
        assert digits[5:10] not in masked and digits[10:12] + "-" not in masked
        assert f"{digits[0]}-{digits[1:5]}-XXXXX-XX-{digits[12]}" in masked
    assert "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล" in masked
    assert "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล" not in shown


def test_fifteen_members_with_long_names_are_all_there(form, sheets) -> None:
    household_id = big_household(form)
    html = sheets.household_html(household_id, SHOWN)
    rows = table(parse(html), "members")["body"]
    assert len(rows) == 15
    for index, (member, row) in enumerate(zip(big_members(), rows, strict=True), start=1):
        full = f"{member.first_name} {member.last_name}"
        assert len(full) > 40 and full in html
        assert row[0] == str(index) and row[1].endswith(full)
    assert "สมาชิกในครัวเรือน (15 คน)" in html
    # Cells wrap and grow: no fixed heights, no clipping.
    assert not re.search(r"height|overflow|max-width", html)


def test_hostile_text_is_escaped(office_db, form, sheets) -> None:
    draft = fill(form.new_draft(today=TODAY, subdistrict_code=SUBDISTRICT))
    draft.members[0].first_name = "<script>alert('x')</script>"
    draft.members[1].last_name = "ใจดี & <b>ลูก</b>"
    draft.notes = "</table></td> <i>บันทึก</i>"
    draft.stages[0].reason = "</p><h1>ปลอม</h1>"
    household_id = _save(form, draft)
    project_id = add_project(office_db, "<img src=x> โครงการ & ทดสอบ")
    give(office_db, household_id, project_id, 3000)
    for html in (
        sheets.household_html(household_id, SHOWN),
        sheets.project_html(project_id, SHOWN),
        sheets.cover_html("<b>ชุด</b> & ทดสอบ", ["<script>x</script>"], 1, SHOWN),
    ):
        parse(html)
        for raw in ("<script>", "<img", "<i>", "</p><h1>", "<b>ลูก", "<b>ชุด"):
            assert raw not in html
    html = sheets.household_html(household_id, SHOWN)
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "ใจดี &amp; &lt;b&gt;ลูก&lt;/b&gt;" in html
    assert "&lt;img src=x&gt; โครงการ &amp; ทดสอบ" in sheets.project_html(project_id, SHOWN)


def test_a_household_without_answers_stages_or_help(form, sheets) -> None:
    draft = form.new_draft(today=TODAY, subdistrict_code=SUBDISTRICT)
    draft.village_code, draft.house_no = VILLAGE, "7"
    draft.members[0].first_name, draft.members[0].last_name = "มานะ", "อดทน"
    household_id = _save(form, draft)
    html = sheets.household_html(household_id, SHOWN)
    parsed = parse(html)
    assert "ยังไม่มีผลการสำรวจของปีนี้" in html
    assert {row[2] for row in table(parsed, "indicators")["body"] if len(row) == 3} == {"—"}
    assert table(parsed, "stages")["body"] == [["ยังไม่มีการประเมินระดับการพัฒนา"]]
    assert table(parsed, "assistance")["body"] == [["ยังไม่ได้รับความช่วยเหลือ"]]
    assert table(parsed, "members")["body"][0][1:4] == ["มานะ อดทน", "—", "—"]


def test_unknown_records_and_languages(sheets) -> None:
    with pytest.raises(HouseholdNotFound):
        sheets.household_html(999, SHOWN)
    with pytest.raises(ProjectNotFound):
        sheets.project_html(999, SHOWN)
    with pytest.raises(UnsupportedLanguage):
        sheets.blank_html(SheetOptions(mask_ids=False, printed_on=PRINTED, language="en"))


def test_demo_households(demo_db) -> None:
    sheets = HouseholdSheetService(demo_db.session_factory)
    with demo_db.session_factory() as session:
        household_ids = list(session.scalars(select(Household.id).order_by(Household.id)))[:25]
    for household_id in household_ids:
        with demo_db.session_factory() as session:
            household = session.get(Household, household_id)
            members = list(household.members)
            stages = session.scalar(
                select(func.count()).where(StageAssessment.household_id == household_id)
            )
            helped = len(
                session.scalars(
                    select(Assistance.id).where(Assistance.household_id == household_id)
                ).all()
            )
            key, house_no = household.key, household.house_no
        shown = sheets.household_html(household_id, SHOWN)
        masked = sheets.household_html(household_id, MASKED)
        parsed, parsed_masked = parse(shown), parse(masked)
        assert key in shown and f"<td>{house_no}</td>" in shown
        rows = table(parsed, "members")["body"]
        masked_rows = table(parsed_masked, "members")["body"]
        assert len(rows) == len(members)
        for member, row, masked_row in zip(members, rows, masked_rows, strict=True):
            assert f"{member.first_name} {member.last_name}" in row[1]
            if member.national_id:
                assert row[2] == format_national_id(member.national_id)
                assert re.fullmatch(r"\d-\d{4}-\d{5}-\d{2}-\d", row[2])
                assert masked_row[2] == format_national_id(member.national_id, masked=True)
                assert member.national_id[5:10] not in masked_row[2]
        assert len(table(parsed, "stages")["body"]) == max(stages, 1)
        assistance = table(parsed, "assistance")["body"]
        assert len(assistance) == (helped + 1 if helped else 1)
        assert PRINTED_LONG in shown


def test_the_blank_sheet_has_lines_and_no_data(demo_db, tmp_path) -> None:
    current_set(demo_db, tmp_path / "demo")  # the set of the year the sheet is printed in
    sheets = HouseholdSheetService(demo_db.session_factory)
    for rows in (8, 12):
        html = sheets.blank_html(SHOWN, member_rows=rows)
        parsed = parse(html)
        members = table(parsed, "members")
        assert len(members["head"]) == 1 and len(members["head"][0]) == 8
        assert members["body"] == [[str(n), "", "", "", "", "", "", ""] for n in range(1, rows + 1)]
        numbers = [row[0] for row in table(parsed, "indicators")["body"] if len(row) == 5]
        assert len(numbers) == 17 and numbers[0] == "1" and numbers[-1] == "28"
        assert all(row[2:] == ["", "", ""] for row in table(parsed, "indicators")["body"]
                   if len(row) == 5)  # fmt: skip
        assert all(row[1:] == [""] * 4 for row in table(parsed, "stages")["body"])
        assert all(row[1:] == [""] * 4 for row in table(parsed, "assistance")["body"])
    assert "แบบสรุปข้อมูลครัวเรือนเป้าหมาย" in html and "ผู้ตรวจสอบ" in html
    with demo_db.session_factory() as session:
        some = list(session.scalars(select(Member).limit(50)))
    for member in some:
        assert member.last_name not in html
    assert "6701-0" not in html and not re.search(r"\d-\d{4}-", html)


def test_the_cover_says_what_how_many_and_when(sheets) -> None:
    lines = ["ตำบล: ในเมือง", "หมู่บ้าน: หมู่ที่ 1 บ้านหนองนา", "ระดับ: อยู่รอด"]
    html = sheets.cover_html("แบบสรุปข้อมูลครัวเรือนเป้าหมาย", lines, 1234, MASKED)
    parse(html)
    for text in (*lines, "1,234 ครัวเรือน", PRINTED_LONG, "แบบสรุปข้อมูลครัวเรือนเป้าหมาย",
                 "สำนักงานพัฒนาชุมชนอำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์", "ปกปิด"):  # fmt: skip
        assert text in html, text
    assert [f"<li>{line}</li>" in html for line in lines] == [True] * 3
    assert "<li>ทุกครัวเรือน</li>" in sheets.cover_html("ชุด", [], 0, SHOWN)


def test_the_page_header(sheets) -> None:
    assert sheets.page_header_text(SHOWN) == (
        f"สำนักงานพัฒนาชุมชนอำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์ · พิมพ์เมื่อ {PRINTED_SHORT}"
    )


def test_masking_follows_the_office_setting(office_db, sheets) -> None:
    assert sheets.masks_ids_by_default() is False
    OfficeService(office_db.session_factory).set_masks_national_ids(True)
    assert sheets.masks_ids_by_default() is True


# Choosing households -------------------------------------------------------------------


def test_household_ids_follow_the_register(demo_db) -> None:
    sheets = HouseholdSheetService(demo_db.session_factory)
    register = HouseholdListService(demo_db.session_factory)
    options = register.filter_options()
    subdistrict = next(code for code, villages in options.villages.items() if villages)
    village = max(
        (v for vs in options.villages.values() for v in vs),
        key=lambda v: register.count(HouseholdFilter(village_code=v.code)),
    )
    filters = [
        HouseholdFilter(),
        HouseholdFilter(village_code=village.code),
        HouseholdFilter(subdistrict_code=subdistrict, stage="survival"),
        HouseholdFilter(failing_indicator=22, helped=False),
        HouseholdFilter(search="สม"),
        HouseholdFilter(search="1670"),
    ]
    for household_filter in filters:
        listed = [
            row.id
            for row in register.page(household_filter, SortKey.HEAD_NAME, offset=0, limit=10_000)
        ]
        assert sheets.household_ids(household_filter) == listed, household_filter
    assert len(sheets.household_ids(HouseholdFilter(village_code=village.code))) > 3

    in_village = sheets.village_household_ids(village.code)
    assert sorted(in_village) == sorted(
        sheets.household_ids(HouseholdFilter(village_code=village.code))
    )
    with demo_db.session_factory() as session:
        keys = [session.get(Household, household_id).house_no_key for household_id in in_village]
        first = session.get(Household, in_village[0])
        first_key = first.key
    assert keys == sorted(keys)
    assert sheets.village_household_ids("99999999") == []
    assert sheets.household_id_by_key(first_key) == in_village[0]
    assert sheets.household_id_by_key(f"  {first_key} ") == in_village[0]
    assert sheets.household_id_by_key("6701-999999") is None


# The project sheet -------------------------------------------------------------------------


def test_the_project_sheet(office_db, form, sheets) -> None:
    project_id = add_project(office_db)
    first, second = clean_household(form), big_household(form)
    give(office_db, first, project_id, 3000)
    give(office_db, second, project_id, 1500)
    give(office_db, second, project_id, 500)
    with office_db.session_factory.begin() as session:
        key_result = ProjectIndicator(
            project_id=project_id, seq=1, text="จำนวนครัวเรือนที่มีรายได้เพิ่มขึ้น",
            unit="ครัวเรือน", baseline=0, target=20,
        )  # fmt: skip
        session.add(key_result)
        session.flush()
        session.add_all(
            [
                ProgressReport(project_indicator_id=key_result.id, fiscal_year=2568, quarter=2,
                               value=19, money_spent_satang=250_000, result="ส่งมอบแล้ว"),
                ProgressReport(project_indicator_id=key_result.id, fiscal_year=2568, quarter=1,
                               value=5, money_spent_satang=100_000, problems="ฝนตก"),
            ]
        )  # fmt: skip
    html = sheets.project_html(project_id, SHOWN)
    parsed = parse(html)
    for text in ("แบบสรุปโครงการ", "โครงการส่งเสริมอาชีพเลี้ยงไก่ไข่", "ความมั่นคงด้านรายได้",
                 "งบอำเภอ", "10,000 บาท", f"1{NBSP}พ.ย.{NBSP}2567 ถึง 31{NBSP}ส.ค.{NBSP}2568",
                 "อยู่ระหว่างดำเนินการ", "1. เพื่อสร้างรายได้<br>2. เพื่อลดรายจ่าย",
                 "ผลล่าสุดร้อยละ <b>95.0</b> ของค่าเป้าหมาย", PRINTED_LONG):  # fmt: skip
        assert text in html, text
    assert table(parsed, "progress")["body"] == [
        ["2568", "1", "5", "25.0", "1,000", "", "ฝนตก"],
        ["2568", "2", "19", "95.0", "2,500", "ส่งมอบแล้ว", ""],
    ]
    assert table(parsed, "money")["body"] == [
        ["งบประมาณโครงการ", "10,000", "100.0"],
        ["มูลค่าความช่วยเหลือที่มอบให้ครัวเรือน (3 ครั้ง)", "5,000", "50.0"],
        ["คงเหลือ", "5,000", "—"],
        ["เงินที่ใช้ตามรายงานผลรายไตรมาส", "3,500", "—"],
    ]
    reached = table(parsed, "reached")["body"]
    assert "ครัวเรือนที่ได้รับความช่วยเหลือ (2 ครัวเรือน)" in html
    assert [row[1] for row in reached] == ["6701-000001", "6701-000002"]
    assert reached[0][2:] == ["สมชาย ใจดี", "หมู่ที่ 1 บ้านหนองนา ตำบลในเมือง", "3,000"]
    assert reached[1][4] == "2,000"


def test_a_project_without_results_or_households(office_db, sheets) -> None:
    project_id = add_project(office_db, budget_baht=0)
    html = sheets.project_html(project_id, MASKED)
    parsed = parse(html)
    assert "ยังไม่ได้กำหนดตัวชี้วัด" in html
    assert table(parsed, "reached")["body"] == [["ยังไม่มีครัวเรือนที่ได้รับความช่วยเหลือ"]]
    assert table(parsed, "money")["body"][1] == [
        "มูลค่าความช่วยเหลือที่มอบให้ครัวเรือน (0 ครั้ง)", "0", "—",
    ]  # fmt: skip


def test_demo_projects_compute_percent_of_target(demo_db) -> None:
    sheets = HouseholdSheetService(demo_db.session_factory)
    with demo_db.session_factory() as session:
        project_id = session.scalar(select(Project.id).order_by(Project.id))
        first = session.scalars(
            select(ProjectIndicator)
            .where(ProjectIndicator.project_id == project_id)
            .order_by(ProjectIndicator.seq)
        ).first()
        reports = sorted(
            session.scalars(
                select(ProgressReport).where(ProgressReport.project_indicator_id == first.id)
            ),
            key=lambda r: (r.fiscal_year, r.quarter),
        )
        expected = [f"{report.value / first.target * 100:,.1f}" for report in reports]
        helped = len(
            set(session.scalars(select(Assistance.household_id).where(
                Assistance.project_id == project_id)))
        )  # fmt: skip
    parsed = parse(sheets.project_html(project_id, SHOWN))
    progress = parsed.tables["progress"][0]["body"]
    assert [row[3] for row in progress] == expected
    reached = table(parsed, "reached")["body"]
    assert len(reached) == max(helped, 1)


def test_a_batch_renders_the_same_sheets_as_one_by_one(demo_db) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from desktop.services.households.listing import HouseholdFilter
    from desktop.services.printing import HouseholdSheetService, SheetOptions

    sheets = HouseholdSheetService(demo_db.session_factory)
    options = SheetOptions(mask_ids=True, printed_on=dt.date(2026, 11, 21))
    ids = sheets.household_ids(HouseholdFilter())[:12]
    assert list(sheets.households_html(ids, options)) == [
        sheets.household_html(i, options) for i in ids
    ]
