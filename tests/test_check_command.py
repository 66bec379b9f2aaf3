"""`python -m desktop check`: the report by village in Thai (English with --lang en), exit 0
when the office is ready, 1 with problems, 2 when the database cannot be opened."""

from __future__ import annotations

import contextlib
import io
import random
import re
from pathlib import Path

import pytest

from desktop.cli import main
from tests.exchange_office import small_office
from tests.quality_office import PLANTINGS, prepare, unguarded
from tests.test_quality_check import TODAY

THAI = re.compile("[\u0e00-\u0e7f]")


def run_cli(args: list[str]) -> tuple[int, str]:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        status = main(args)
    return status, printed.getvalue()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("check-command")
    small_office(folder, 12).close()
    return folder / "small.sqlite3"


@pytest.fixture
def office(generated: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    path.write_bytes(generated.read_bytes())
    return path


def test_a_clean_office_exits_0_and_says_it_is_ready(office: Path) -> None:
    status, printed = run_cli(["check", "--db", str(office)])
    assert status == 0, printed
    assert "12 ครัวเรือน" in printed
    assert "ไม่พบปัญหา" in printed


def test_problems_exit_1_with_the_village_the_household_and_the_field(office: Path) -> None:
    with unguarded(office) as connection:
        prepare(connection)
        ((household_id, _item),) = PLANTINGS["no_stage"](connection, random.Random(1), TODAY)
        key, house_no, village = connection.execute(
            "SELECT key, house_no, village_code FROM households WHERE id = ?", (household_id,)
        ).fetchone()
    status, printed = run_cli(["check", "--db", str(office)])
    assert status == 1, printed
    village_line = next(line for line in printed.splitlines() if f"({village})" in line)
    assert "ปัญหา 1" in village_line
    assert "  ยังไม่ประเมินระดับการพัฒนา: 1" in printed
    assert f"{key} บ้านเลขที่ {house_no}: ยังไม่มีการประเมินระดับการพัฒนา [ระดับการพัฒนา]" in printed
    assert "พบปัญหา 1 รายการ ใน 1 หมู่บ้าน" in printed

    status, english = run_cli(["check", "--db", str(office), "--lang", "en"])
    assert status == 1
    assert f"{key} house no. {house_no}: The household's stage has never been assessed." in english
    assert "1 problems in 1 villages" in english


def test_a_database_that_cannot_be_opened_exits_2(tmp_path: Path) -> None:
    status, printed = run_cli(["check", "--db", str(tmp_path / "none.sqlite3")])
    assert status == 2
    assert THAI.search(printed) and "Traceback" not in printed
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("not a database\n" * 100)
    status, printed = run_cli(["check", "--db", str(not_a_database)])
    assert status == 2
    assert THAI.search(printed) and "Traceback" not in printed
    assert not_a_database.read_text() == "not a database\n" * 100


def test_the_check_runs_while_the_app_has_the_database_open(office: Path) -> None:
    """It only reads, in one read transaction: the app's instance lock does not stop it."""
    from desktop.services.safety import InstanceLock

    lock = InstanceLock(office)
    assert lock.acquire()
    try:
        status, printed = run_cli(["check", "--db", str(office)])
    finally:
        lock.release()
    assert status == 0, printed


def test_a_survey_year_not_answered_yet_is_a_problem_of_every_household(office: Path) -> None:
    status, printed = run_cli(["check", "--db", str(office), "--survey-year", "2599"])
    assert status == 1
    assert "ปีสำรวจ 2599" in printed.splitlines()[0]
    assert "รวม ไม่มีผลตัวชี้วัดปีสำรวจปัจจุบัน: 12" in printed
