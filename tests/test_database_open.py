"""Opening files: new, migrated, refused (newer, corrupt, foreign) and left untouched."""

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from db.base import Base
from db.database import (
    DatabaseOpenError,
    IntegrityCheck,
    OpenProblem,
    open_database,
)
from db.models.households import include_in_schema_comparison
from db.schema_version import head_revision


def test_new_file_is_migrated_to_head_with_the_pragmas(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite3")
    try:
        with database.engine.connect() as connection:
            assert connection.scalar(text("SELECT version_num FROM alembic_version")) == (
                head_revision()
            )
            assert connection.scalar(text("PRAGMA foreign_keys")) == 1
            assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
            assert connection.scalar(text("PRAGMA synchronous")) == 2  # FULL
        assert database.created
        assert database.backup_before_migration is None
    finally:
        database.close()


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite3")
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_name": include_in_schema_comparison}
            )
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        database.close()


def test_an_empty_zero_byte_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    database = open_database(path)
    database.close()
    assert path.stat().st_size > 0


def test_an_existing_file_is_copied_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 7")
    original = path.read_bytes()
    database = open_database(path)
    database.close()
    backup = database.backup_before_migration
    assert backup is not None and backup.parent == tmp_path
    with sqlite3.connect(backup) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 7
        assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    assert len(original) > 0


def test_opening_a_current_file_again_migrates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(path).close()
    again = open_database(path)
    again.close()
    assert not again.created
    assert again.backup_before_migration is None
    assert list(tmp_path.glob("*before-migration*")) == []


def _settle(path: Path) -> None:
    """Fold the WAL into the main file so the test sees one file on disk."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    assert not Path(f"{path}-wal").exists()


def _refused(path: Path) -> DatabaseOpenError:
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    assert path.read_bytes() == before, "a refused file must stay byte-for-byte as it was"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    return caught.value


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    _settle(path)
    error = _refused(path)
    assert error.problem is OpenProblem.NEWER_VERSION
    assert error.detail == "9999_future"


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("ครัวเรือน, not a database\n" * 100, encoding="utf-8")
    assert _refused(path).problem is OpenProblem.NOT_A_DATABASE


def test_a_damaged_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    open_database(path).close()
    _settle(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over the second page onward (schema and table pages), keep the header.
    for offset in range(page_size, min(len(data), page_size * 12)):
        data[offset] = (offset * 7) % 251
    path.write_bytes(bytes(data))
    assert _refused(path).problem is OpenProblem.CORRUPT


def test_a_database_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    assert _refused(path).problem is OpenProblem.FOREIGN_DATABASE


def _damage_data_pages(path: Path) -> None:
    """Scribble over the last pages (table and index data), leaving the schema readable."""
    _settle(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(len(data) - 40 * page_size, len(data)):
        data[offset] = (offset * 13) % 251
    data[18:20] = b"\x02\x02"  # back in WAL mode, as the app always leaves its files
    path.write_bytes(bytes(data))


def test_a_deferred_check_opens_at_once_and_reports_damage_later(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(path).close()
    _damage_data_pages(path)
    before = path.read_bytes()

    database = open_database(path, check=IntegrityCheck.DEFERRED)
    # The check started with the open, on its own thread: waiting on it can never hang.
    with pytest.raises(DatabaseOpenError) as caught:
        database.integrity.wait(timeout=30)
    assert caught.value.problem is OpenProblem.CORRUPT
    assert database.integrity.failure is caught.value
    database.close()
    assert path.read_bytes() == before
    with pytest.raises(DatabaseOpenError):  # opened normally, the same file is refused
        open_database(path)


def test_a_healthy_file_opened_deferred_passes_its_check(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(path).close()
    database = open_database(path, check=IntegrityCheck.DEFERRED)
    database.integrity.wait(timeout=30)
    assert database.integrity.failure is None
    database.close()


def test_a_file_not_in_wal_mode_is_checked_before_opening_even_when_deferred(
    tmp_path: Path,
) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(path).close()
    _damage_data_pages(path)
    data = bytearray(path.read_bytes())
    data[18:20] = b"\x01\x01"
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError):
        open_database(path, check=IntegrityCheck.DEFERRED)
    assert path.read_bytes() == before


def test_the_shipped_revisions_are_what_alembic_sees() -> None:
    from alembic.script import ScriptDirectory

    from db.schema_version import alembic_config, shipped_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert shipped_revisions() == [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert head_revision() == scripts.get_current_head()


def test_downgrading_to_nothing_drops_every_table(tmp_path: Path) -> None:
    from alembic import command

    from db.engine import make_engine
    from db.schema_version import alembic_config

    path = tmp_path / "office.sqlite3"
    open_database(path).close()
    engine = make_engine(path, foreign_keys=False)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with engine.connect() as connection:
        tables = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
    engine.dispose()
    assert tables == {"alembic_version"}


def test_the_quick_check_refuses_damaged_data_pages_untouched(tmp_path: Path) -> None:
    """The command line's quick check reads every page: damaged rows are refused as well."""
    path = tmp_path / "office.sqlite3"
    open_database(path).close()
    _damage_data_pages(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path, check=IntegrityCheck.QUICK)
    assert caught.value.problem is OpenProblem.CORRUPT
    assert path.read_bytes() == before


def test_the_quick_check_opens_a_sound_file(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(path).close()
    database = open_database(path, check=IntegrityCheck.QUICK)
    assert database.integrity.settled and database.integrity.failure is None
    database.close()


def test_the_command_line_uses_the_quick_check(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A full check of a large office costs seconds before every export or print."""
    from desktop.cli import main

    path = tmp_path / "office.sqlite3"
    open_database(path).close()
    pragmas: list[str] = []
    original = sqlite3.Connection.execute

    class Recording(sqlite3.Connection):
        def execute(self, sql: str, *args):  # type: ignore[no-untyped-def, override]
            if sql.startswith("PRAGMA") and "check" in sql:
                pragmas.append(sql)
            return original(self, sql, *args)

    real_connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite3, "connect", lambda *a, **k: real_connect(*a, **k, factory=Recording)
    )
    out = tmp_path / "out.xlsx"
    assert main(["export", "--db", str(path), "--out", str(out), "--unsigned"]) == 0
    assert pragmas == ["PRAGMA quick_check(1)"]
