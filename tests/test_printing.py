"""Household sheets printed from the GUI and the command line, read back from the PDF."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.database import OfficeDatabase
from desktop.services.households import MemberDraft
from desktop.services.households.form import HouseholdFormService
from desktop.services.office import build_services
from desktop.services.thai import format_national_id, national_id_check_digit
from desktop.ui.language import THAI
from desktop.ui.main_window import MainWindow
from tests.fake_prompter import FakePrompter
from tests.household_examples import IDS, TODAY, VILLAGE, fill
from tests.pdf_reading import (
    appears_wrapped,
    compact,
    embedded_fonts,
    inked_share,
    page_count,
    pdf_text,
)

ROOT = Path(__file__).resolve().parent.parent
LONG_NAMES = [
    ("ประภาพรรณวดีศรีสุวรรณ", "เจริญรุ่งเรืองศักดิ์สิทธิ์วงศ์ตระกูลใหญ่"),
    ("กิตติศักดิ์ชัยมงคลสวัสดิ์", "ธนาธิปไตรรัตนโกศลวิจิตร"),
]


def _id(serial: int) -> str:
    first12 = f"1670300{serial:05d}"
    return first12 + national_id_check_digit(first12)


@pytest.fixture
def households(office_db: OfficeDatabase) -> dict[str, int]:
    """A clean four-member household and a fifteen-member one with long names."""
    service = HouseholdFormService(office_db.session_factory)
    service.add_village("670101", 1, "บ้านหนองนา")
    small = fill(service.new_draft(today=TODAY))
    small_id = service.save(small, user_name="สมศรี", today=TODAY).household_id
    big = fill(service.new_draft(today=TODAY))
    big.house_no, big.house_code = "99/9", ""
    head = big.members[0]
    head.national_id = _id(500)
    big.members = [head] + [
        MemberDraft(
            title="mr",
            first_name=f"{LONG_NAMES[n % 2][0]}{n}",
            last_name=LONG_NAMES[n % 2][1],
            national_id=_id(600 + n),
            sex="M",
            birth_date="01/01/2530",
            relation="relative",
        )
        for n in range(14)
    ]
    big_id = service.save(big, user_name="สมศรี", today=TODAY).household_id
    return {"small": small_id, "big": big_id}


@pytest.fixture
def window(app_ready, qtbot, office_db: OfficeDatabase, prompter: FakePrompter, households):
    widget = MainWindow(build_services(office_db), THAI, prompter)
    qtbot.addWidget(widget)
    widget.show()
    widget.rail.setCurrentRow(1)
    return widget


def test_a_household_sheet_to_pdf_from_the_form(
    window: MainWindow, prompter: FakePrompter, households, tmp_path: Path
) -> None:
    out = tmp_path / "sheet.pdf"
    prompter.files_to_save.append(out)
    form = window.open_household(households["small"])
    form.pdf_action.trigger()
    assert out.exists() and not list(tmp_path.glob(".*.part"))
    assert ("Sarabun-Regular", True) in embedded_fonts(out)
    text = compact(pdf_text(out))
    for name in ("สมชาย ใจดี", "สมหญิง ใจดี"):
        assert compact(name) in text
    assert "12/3" in text
    assert "3-6703-00123-48-4" in text
    assert inked_share(out, 1, tmp_path) > 0.01
    form.close()


def test_masked_ids_leave_out_the_middle_digits(
    window: MainWindow, prompter: FakePrompter, households, tmp_path: Path
) -> None:
    window.settings_page.mask_check.setChecked(True)
    out = tmp_path / "masked.pdf"
    prompter.files_to_save.append(out)
    form = window.open_household(households["small"])
    form.pdf_action.trigger()
    text = compact(pdf_text(out))
    for national_id in IDS[:4]:
        full = format_national_id(national_id)
        assert full not in text
        assert format_national_id(national_id, masked=True) in text
    form.close()


def test_fifteen_members_with_long_names_keep_every_name(
    window: MainWindow, prompter: FakePrompter, households, tmp_path: Path
) -> None:
    out = tmp_path / "big.pdf"
    prompter.files_to_save.append(out)
    form = window.open_household(households["big"])
    form.pdf_action.trigger()
    text = compact(pdf_text(out))
    for n in range(14):
        first, last = LONG_NAMES[n % 2]
        assert appears_wrapped(f"{first}{n}{last}", text), f"{first}{n} {last}"
    assert page_count(out) >= 2
    form.close()


def test_print_preview_opens_from_the_form(window: MainWindow, qtbot, households) -> None:
    form = window.open_household(households["small"])
    form.preview_action.trigger()
    preview = form.preview_dialog
    qtbot.waitUntil(preview.isVisible)
    preview.close()
    form.close()


def test_the_listed_households_into_one_pdf_in_the_background(
    window: MainWindow, qtbot, prompter: FakePrompter, households, tmp_path: Path
) -> None:
    page = window.households_page
    bar = page.filter_bar
    bar.subdistrict_box.setCurrentIndex(bar.subdistrict_box.findData("670101"))
    bar.village_box.setCurrentIndex(bar.village_box.findData(VILLAGE))
    assert page.model.rowCount() == 2
    out = tmp_path / "village.pdf"
    prompter.files_to_save.append(out)
    page.batch_action.trigger()
    qtbot.waitUntil(
        lambda: window.printing.last_batch is not None and window.printing.last_batch.done.is_set(),
        timeout=60000,
    )
    qtbot.waitUntil(out.exists, timeout=5000)
    cover = compact(pdf_text(out, 1))
    assert "2" in cover and compact("บ้านหนองนา") in cover
    pages = [compact(pdf_text(out, n)) for n in range(1, page_count(out) + 1)]
    starts = [n for n, text in enumerate(pages) if compact("แบบสรุปข้อมูลครัวเรือน") in text]
    assert len(starts) >= 2  # each household starts on a page of its own


def test_a_cancelled_batch_leaves_no_file(
    window: MainWindow, qtbot, prompter: FakePrompter, households, tmp_path: Path
) -> None:
    out = tmp_path / "cancelled.pdf"
    prompter.files_to_save.append(out)
    printing = window.printing
    original = printing._sheets.households_html

    def slow(ids, options):  # type: ignore[no-untyped-def]
        for html in original(ids, options):
            printing.last_batch.cancel()  # the clerk presses Cancel while it prints
            yield html

    printing._sheets.households_html = slow  # type: ignore[method-assign]
    window.households_page.batch_action.trigger()
    qtbot.waitUntil(lambda: printing.last_batch.done.is_set(), timeout=60000)
    assert not out.exists()
    assert list(tmp_path.glob(".*.part")) == []


def test_a_blank_sheet_for_the_field(
    window: MainWindow, prompter: FakePrompter, tmp_path: Path
) -> None:
    out = tmp_path / "blank.pdf"
    prompter.files_to_save.append(out)
    window.households_page.blank_action.trigger()
    text = compact(pdf_text(out))
    assert compact("ผู้ให้ข้อมูล") in text and compact("ผู้ตรวจสอบ") in text
    assert compact("สมชาย") not in text


def _print(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "print", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_print_from_the_command_line(office_db: OfficeDatabase, households, tmp_path: Path) -> None:
    office_db.close()
    village = tmp_path / "village.pdf"
    result = _print("--db", str(office_db.path), "--out", str(village), "--village", VILLAGE)
    assert result.returncode == 0, result.stderr
    assert "3 sheets" in result.stdout  # the cover and two households
    one = tmp_path / "one.pdf"
    result = _print(
        "--db", str(office_db.path), "--out", str(one), "--household", "6701-000001", "--mask-ids"
    )
    assert result.returncode == 0, result.stderr
    assert "3-6703-XXXXX-XX-4" in compact(pdf_text(one))
    blank = tmp_path / "blank.pdf"
    assert _print("--db", str(office_db.path), "--out", str(blank), "--blank").returncode == 0
    missing = _print(
        "--db", str(office_db.path), "--out", str(tmp_path / "x.pdf"), "--household", "6701-999999"
    )
    assert missing.returncode == 2 and not (tmp_path / "x.pdf").exists()


def test_the_listed_households_to_the_printer(
    window: MainWindow, qtbot, households, tmp_path: Path
) -> None:
    spooled = tmp_path / "printer.pdf"

    def choose(printer, _parent) -> bool:  # type: ignore[no-untyped-def]
        printer.setOutputFileName(str(spooled))  # the "printer" the clerk picked
        return True

    window.printing._choose_printer = choose
    window.households_page.batch_printer_action.trigger()
    qtbot.waitUntil(lambda: window.printing.last_batch.done.is_set(), timeout=60000)
    qtbot.waitUntil(spooled.exists, timeout=5000)
    singles = []
    for key, household_id in households.items():
        single = tmp_path / f"{key}.pdf"
        window.printing._choose_printer = lambda printer, _p, out=single: (
            printer.setOutputFileName(str(out)) is None
        )
        window.printing.print_household(window, household_id)
        singles.append(page_count(single))
    assert page_count(spooled) == 1 + sum(singles)  # a cover, then each household whole


def test_a_project_sheet_from_the_command_line(demo_db: OfficeDatabase, tmp_path: Path) -> None:
    demo_db.close()
    out = tmp_path / "project.pdf"
    result = _print("--db", str(demo_db.path), "--out", str(out), "--project", "1")
    assert result.returncode == 0, result.stderr
    text = compact(pdf_text(out))
    assert compact("ตัวชี้วัด") in text and compact("ร้อยละ") in text  # percent of target
    missing = _print(
        "--db", str(demo_db.path), "--out", str(tmp_path / "n.pdf"), "--project", "999"
    )
    assert missing.returncode == 2
