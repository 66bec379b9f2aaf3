"""Benchmark: the dry run of a province's target-household list laid out as another office
lays it out (title rows, Thai headers, a misspelt subdistrict on every tenth household, a
blank row and a total row every hundred households, the repeated person now and then).

    python bench/bench_province_list.py [--people 30000] [--runs 2]

Prints the fastest dry run's seconds, rows per second, and each outcome's count (which
add up to the rows read).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_folder import out_folder, parse_with_out


def write_list(path: Path, people: int) -> Path:
    import openpyxl

    from tests.province_office_lists import HEADERS, an_id

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("บัญชีรายชื่อ")
    sheet.append(["บัญชีรายชื่อครัวเรือนเป้าหมาย"])
    sheet.append(["สำนักงานพัฒนาชุมชนจังหวัดเพชรบูรณ์"])
    sheet.append([])
    sheet.append(HEADERS)
    written = house = 0
    while written < people:
        house += 1
        place = "ต.ต.ตะเบา" if house % 10 == 0 else "ตะเบาะ"
        for member in range(3):
            relation = "หัวหน้าครัวเรือน" if member == 0 else "บุตร"
            sheet.append(
                [written + 1, f"นายคน{written} สกุล{house}", an_id(written), str(house),
                 str(1 + house % 20), place, relation, "16,22" if member == 0 else "", "", ""]
            )  # fmt: skip
            written += 1
        if house % 50 == 0:  # the same person again
            sheet.append(["", f"นายคน{written - 1} สกุล{house}", an_id(written - 1), str(house)])
        if house % 100 == 0:
            sheet.append([])
            sheet.append(["รวม", f"{house} ครัวเรือน", written])
    book.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parse_with_out(parser)
    from desktop.services.exchange.import_ import plan_import
    from desktop.services.office import create_office

    book = out_folder() / f"province-list-{args.people}.xlsx"
    if not book.exists():
        write_list(book, args.people)
    best = float("inf")
    with tempfile.TemporaryDirectory() as folder:
        database = create_office(Path(folder) / "office.sqlite3", "6701", "bench")
        try:
            for _ in range(args.runs):
                start = time.perf_counter()
                with plan_import(database.session_factory, book) as plan:
                    seconds = time.perf_counter() - start
                    rows = plan.list_rows
                    assert rows is not None
                    counts = {outcome.value: n for outcome, n in rows.counts().items()}
                    read = rows.rows_read
                best = min(best, seconds)
        finally:
            database.close()
    print(f"list of {args.people:,} people, {read:,} rows read: dry run {best:.2f} s")
    print(f"  {read / best:,.0f} rows/s; outcomes {counts} (sum {sum(counts.values()):,})")


if __name__ == "__main__":
    main()
