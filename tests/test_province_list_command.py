"""`python -m desktop import LIST.xlsx`: the dry run shows the mapping it guessed and
every column it ignored; `--mapping FILE` saves the mapping as JSON and reuses it."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main
from desktop.services.exchange.province import MappingMemory, preview_table
from tests.indicator_set_books import current_set
from tests.province_office_lists import write_other_office_list
from tests.test_exchange_import import counts, database_file


def _closed(database) -> Path:  # type: ignore[no-untyped-def]
    path = database_file(database)
    database.close()
    return path


def test_the_dry_run_prints_the_guessed_mapping_and_every_ignored_column(
    office_db, tmp_path, capsys
) -> None:
    current_set(office_db, tmp_path)  # the set of this survey year
    book = write_other_office_list(tmp_path / "list.xlsx", None)
    mapping_file = tmp_path / "mapping.json"
    before = counts(office_db)
    path = _closed(office_db)
    status = main(
        ["import", "--db", str(path), str(book), "--dry-run", "--mapping", str(mapping_file)]
    )
    assert status == 1  # rows are refused
    lines = capsys.readouterr().out.splitlines()
    assert "ใช้การจับคู่คอลัมน์ที่เดาจากหัวตาราง" in lines
    assert "  C (เลขบัตรประชาชน) → เลขประจำตัวประชาชน" in lines
    assert "  H (ตัวชี้วัดที่ไม่ผ่าน) → ตัวชี้วัดที่ไม่ผ่าน (เลขข้อ)" in lines
    assert "คอลัมน์ที่ไม่นำเข้า: A (ที่)" in lines
    assert (
        "แถวที่อ่าน 11 แถว: เพิ่ม 3, ปรับปรุง 0, ไม่เปลี่ยน 0, ข้าม (ตามโหมด) 0, ไม่นำเข้า 3, ไม่ใช่ข้อมูล 5"
    ) in lines
    assert "บัญชีรายชื่อ แถว 14: ไม่ใช่ข้อมูล — แถวรวม (รวม) ไม่ใช่รายชื่อ" in lines
    assert "ชื่อตำบลที่จับคู่แบบใกล้เคียง โปรดตรวจ: “ต.ต.ตะเบา” ถือเป็น ต.ตะเบาะ (แถว 9)" in lines
    saved = json.loads(mapping_file.read_text(encoding="utf-8"))
    assert saved["header_row"] == 4
    assert saved["columns"][0] == {"column": "A", "header": "ที่", "field": None}
    assert saved["columns"][2] == {"column": "C", "header": "เลขบัตรประชาชน", "field": "national_id"}
    from db.database import open_database

    database = open_database(path)
    try:
        assert counts(database) == before
    finally:
        database.close()


def test_a_saved_mapping_is_reused_and_remembered_on_apply(office_db, tmp_path, capsys) -> None:
    book = write_other_office_list(tmp_path / "list.xlsx", None)
    mapping_file = tmp_path / "mapping.json"
    path = _closed(office_db)
    main(["import", "--db", str(path), str(book), "--dry-run", "--mapping", str(mapping_file)])
    saved = json.loads(mapping_file.read_text(encoding="utf-8"))
    for column in saved["columns"]:
        if column["column"] in ("H", "I"):  # the clerk leaves the indicators out
            column["field"] = None
    mapping_file.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "--db", str(path), str(book), "--mapping", str(mapping_file)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"ใช้การจับคู่คอลัมน์จากแฟ้ม {mapping_file}" in lines
    assert "คอลัมน์ที่ไม่นำเข้า: A (ที่), H (ตัวชี้วัดที่ไม่ผ่าน), I (ด้านสุขภาพ)" in lines
    from db.database import open_database

    database = open_database(path)
    try:
        headers = preview_table(book).headers
        remembered = MappingMemory(database.session_factory).recall(headers)
        assert remembered is not None and remembered[7] is None and remembered[2] == "national_id"
        assert counts(database)["households"] == 2
    finally:
        database.close()


def test_a_mapping_file_of_other_headers_is_refused_naming_the_column(
    office_db, tmp_path, capsys
) -> None:
    book = write_other_office_list(tmp_path / "list.xlsx", None)
    mapping_file = tmp_path / "mapping.json"
    path = _closed(office_db)
    main(["import", "--db", str(path), str(book), "--dry-run", "--mapping", str(mapping_file)])
    saved = json.loads(mapping_file.read_text(encoding="utf-8"))
    saved["columns"][3]["header"] = "เลขที่"
    mapping_file.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    status = main(
        ["import", "--db", str(path), str(book), "--dry-run", "--mapping", str(mapping_file)]
    )
    assert status == 2
    out = capsys.readouterr().out
    assert "ไม่ตรงกับรายชื่อนี้: คอลัมน์ D ในแฟ้มคือ “เลขที่” แต่ในรายชื่อคือ “บ้านเลขที่”" in out
