"""The command line on an office database that lives on a PostgreSQL server: opened by
its URL, backed up with pg_dump (or told in Thai why not), never "restored" over."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.safety import server_backup
from desktop.services.safety.backup_errors import BackupError
from tests.postgres_server import PostgresServer


@pytest.fixture
def server_office(postgres_server: PostgresServer) -> str:
    from desktop.services.demo import generate_demo
    from desktop.services.office import create_office

    url = postgres_server.new_database(template=postgres_server.office_template())
    database = create_office(url, "6701", "สมศรี ใจดี")
    with database.session_factory.begin() as session:
        generate_demo(session, 20, seed=3)
    database.close()
    return url


def test_backup_of_a_server_database_is_a_pg_dump_holding_its_households(
    server_office: str, tmp_path: Path, capsys
) -> None:
    assert main(["backup", "--db", server_office, "--to", str(tmp_path / "usb")]) == 0
    (dump,) = (tmp_path / "usb").iterdir()
    assert dump.suffix == ".dump" and str(dump) in capsys.readouterr().out
    assert dump.stat().st_mode & 0o777 == 0o600
    pg_restore = Path(server_backup.find_pg_dump() or "").with_name("pg_restore")
    listing = subprocess.run(
        [str(pg_restore), "--list", str(dump)], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE DATA public households" in listing
    assert "TABLE DATA public household_name_search" in listing


def test_without_pg_dump_the_clerk_reads_why_in_thai_and_no_file_is_left(
    server_office: str, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(server_backup, "find_pg_dump", lambda: None)
    assert main(["backup", "--db", server_office, "--to", str(tmp_path / "usb")]) == 2
    err = capsys.readouterr().err
    assert "ไม่พบโปรแกรม pg_dump" in err and "pg_dump is not installed" in err
    assert not (tmp_path / "usb").exists() or not any((tmp_path / "usb").iterdir())


def test_a_failed_dump_leaves_no_partial_file(tmp_path: Path, postgres_server) -> None:
    url = postgres_server.url("no_such_database")
    with pytest.raises(BackupError) as caught:
        server_backup.dump_server_database(url, tmp_path)
    assert "ไม่สำเร็จ" in caught.value.message_th
    assert list(tmp_path.iterdir()) == []


def test_restore_over_a_server_database_is_refused(server_office: str, tmp_path, capsys):
    backup = tmp_path / "office.dump"
    backup.write_bytes(b"x")
    assert main(["restore", "--db", server_office, str(backup)]) == 2
    assert "pg_restore" in capsys.readouterr().err
