"""A printed household sheet keeps its signature block on one page, and no Buddhist-era
year is parted from its "พ.ศ."."""

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from db.database import OfficeDatabase
from desktop.services.households import MemberDraft
from desktop.services.households.form import HouseholdFormService
from desktop.services.printing import HouseholdSheetService, SheetOptions
from desktop.services.thai import national_id_check_digit
from desktop.ui.printing import sheet_printer
from desktop.ui.printing.pdf_output import write_pdf
from tests.household_examples import TODAY, fill
from tests.indicator_set_books import current_set
from tests.pdf_reading import compact, page_count, pdf_text


@pytest.fixture(autouse=True)
def _indicator_set(office_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The office has loaded the set of this survey year (2565 onwards)."""
    current_set(office_db, tmp_path)


SIGN = compact("ลงชื่อ")
DATE_LINE = compact("วันที่ ......../......../........")
ROLES = [compact(role) for role in ("ผู้ให้ข้อมูล", "ผู้จัดเก็บ", "ผู้ตรวจสอบ")]
MEMBER_COUNTS = range(1, 16)  # sheets whose ends fall all down the first page and over


def _id(serial: int) -> str:
    first12 = f"1670300{serial:05d}"
    return first12 + national_id_check_digit(first12)


@pytest.fixture
def household_ids(office_db: OfficeDatabase) -> list[int]:
    service = HouseholdFormService(office_db.session_factory)
    service.add_village("670101", 1, "บ้านหนองนา")
    ids = []
    for count in MEMBER_COUNTS:
        draft = fill(service.new_draft(today=TODAY))
        draft.house_no, draft.house_code = f"{count}/1", ""
        head = draft.members[0]
        head.national_id = _id(100 * count)
        draft.members = [head] + [
            MemberDraft(
                title="mr",
                first_name=f"สมชาย{n}",
                last_name="ใจดี",
                national_id=_id(100 * count + n + 1),
                sex="M",
                birth_date="01/01/2530",
                relation="relative",
            )
            for n in range(count - 1)
        ]
        ids.append(service.save(draft, user_name="สมศรี", today=TODAY).household_id)
    return ids


def _print(office_db: OfficeDatabase, ids: list[int], path: Path) -> list[str]:
    sheets = HouseholdSheetService(office_db.session_factory)
    options = SheetOptions(mask_ids=False, printed_on=TODAY)
    write_pdf(path, sheets.households_html(ids, options), "ทดสอบ")
    return [compact(pdf_text(path, page)) for page in range(1, page_count(path) + 1)]


def _split_blocks(pages: list[str]) -> list[int]:
    """Pages holding only part of a signature block."""
    split = []
    for number, page in enumerate(pages, start=1):
        # a whole block: a signature line and a date line for each role
        parts = [page.count(SIGN), page.count(DATE_LINE), *(3 * page.count(r) for r in ROLES)]
        if len(set(parts)) > 1:
            split.append(number)
    return split


def test_the_signature_block_is_never_cut_by_a_page_break(
    app_ready, office_db: OfficeDatabase, household_ids: list[int], tmp_path: Path, monkeypatch
) -> None:
    pages = _print(office_db, household_ids, tmp_path / "kept.pdf")
    assert sum(page.count(SIGN) for page in pages) == 3 * len(household_ids)
    assert _split_blocks(pages) == []
    # The same sheets laid out as Qt alone would: some block is cut, so the sheets above
    # do reach the case the printer guards against.
    monkeypatch.setattr(sheet_printer, "keep_marked_tables_whole", lambda _document: 0)
    assert _split_blocks(_print(office_db, household_ids, tmp_path / "cut.pdf"))


THAI_DATE = re.compile(r"\d{1,2}(\s|&nbsp;)[ก-๛.]+(\s|&nbsp;)\d{4}")
BE_YEAR = re.compile(r"พ\.ศ\.(\s|&nbsp;)(?=[\d.])")


def test_no_printed_year_is_parted_from_its_era_or_its_date(demo_db: OfficeDatabase) -> None:
    sheets = HouseholdSheetService(demo_db.session_factory)
    options = SheetOptions(mask_ids=True, printed_on=TODAY)
    with demo_db.engine.connect() as connection:
        household = connection.execute(text("SELECT min(id) FROM households")).scalar_one()
        project = connection.execute(text("SELECT min(id) FROM projects")).scalar_one()
    documents = {
        "household": sheets.household_html(household, options),
        "blank": sheets.blank_html(options),
        "cover": sheets.cover_html("ทดสอบ", ["ทั้งอำเภอ"], 1, options),
        "project": sheets.project_html(project, options),
    }
    eras = dates = 0
    for name, html in documents.items():
        for match in BE_YEAR.finditer(html):
            assert match.group(1) in ("\u00a0", "&nbsp;"), (
                name,
                html[match.start() : match.end() + 6],
            )
            eras += 1
        for match in THAI_DATE.finditer(html):
            assert {match.group(1), match.group(2)} <= {"\u00a0", "&nbsp;"}, (name, match.group(0))
            dates += 1
    assert eras >= 3 and dates >= 4  # the sheets do print years and dates


def test_no_heading_is_left_at_the_foot_of_a_page(
    app_ready, office_db: OfficeDatabase, household_ids: list[int], tmp_path: Path
) -> None:
    heading = compact("3. ผลการสำรวจตัวชี้วัด จปฐ.")
    pages = _print(office_db, household_ids, tmp_path / "headings.pdf")
    for number, page in enumerate(pages, start=1):
        if heading in page:  # the heading's own second line and its table's header follow
            after = page[page.index(heading) :]
            assert compact("พ.ศ.") in after and compact("ตัวชี้วัด") in after[len(heading) :], number
            assert compact("ด้านสุขภาพ") in after, number
