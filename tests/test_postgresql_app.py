"""The app on an office database on a PostgreSQL server: opened by its URL, remembered,
shared (two apps at once, no instance lock), and a server it cannot reach is explained."""

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.app import LAST_DATABASE_KEY, AppShell
from desktop.services.office import create_office
from tests.fake_prompter import FakePrompter
from tests.postgres_server import PostgresServer


def _shell(folder: Path, language_switch, prompter: FakePrompter) -> AppShell:  # type: ignore[no-untyped-def]
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    return AppShell(settings, prompter, language_switch)


def test_two_apps_open_one_server_database_at_once_and_remember_it(
    app_ready, language_switch, tmp_path: Path, prompter: FakePrompter, postgres_server
) -> None:
    url = postgres_server.new_database(template=postgres_server.office_template())
    create_office(url, "6701", "สมศรี ใจดี").close()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _shell(tmp_path / "a", language_switch, prompter)
    second = _shell(tmp_path / "b", language_switch, prompter)
    try:
        assert first.open_initial(url)
        assert second.open_initial(url)  # a file would be refused here: it is locked
        assert first.instance_lock is None and second.instance_lock is None
        assert first.settings.value(LAST_DATABASE_KEY) == url
        assert first.log_in() and first.show_main_window() is not None
        assert first.daily_backup is None  # the server's backups are not the app's
        window = first.window
        assert window is not None
        assert window.backup_status.text() == "การสำรองข้อมูล: ทำที่เครื่องเซิร์ฟเวอร์ฐานข้อมูล"
        assert window.office_status.text().startswith("อำเภอเมืองเพชรบูรณ์")
    finally:
        first.close()
        second.close()
    assert prompter.errors == []

    again = _shell(tmp_path / "a", language_switch, prompter)
    assert again.open_initial(None)  # no --db: the remembered server database opens
    assert again.database is not None and again.database.url == url
    again.close()


def test_a_password_in_the_url_is_never_remembered_in_the_settings(
    app_ready, language_switch, tmp_path: Path, prompter: FakePrompter, postgres_server
) -> None:
    url = postgres_server.new_database(template=postgres_server.office_template())
    create_office(url, "6701", "สมศรี ใจดี").close()
    user, rest = url.split("://", 1)[1].split("@", 1)
    with_password = f"postgresql://{user}:s3cret-pass@{rest}"  # the test server trusts 127.0.0.1
    shell = _shell(tmp_path, language_switch, prompter)
    try:
        assert shell.open_initial(with_password)
        remembered = str(shell.settings.value(LAST_DATABASE_KEY))
    finally:
        shell.close()
    assert "s3cret-pass" not in remembered
    assert remembered == f"postgresql://{user}@{rest}"
    settings_text = "".join(
        path.read_text(errors="replace") for path in tmp_path.rglob("*") if path.is_file()
    )
    assert "s3cret-pass" not in settings_text


def test_an_unreachable_server_is_explained_and_nothing_opens(
    app_ready, language_switch, tmp_path: Path, prompter: FakePrompter
) -> None:
    from tests.postgres_server import _free_port

    url = f"postgresql://desk:secret@127.0.0.1:{_free_port()}/office"
    shell = _shell(tmp_path, language_switch, prompter)
    assert not shell.open_initial(url)
    assert shell.database is None
    (message,) = [text for _title, text in prompter.errors]
    assert "ติดต่อฐานข้อมูลบนเซิร์ฟเวอร์" in message and "ไอที" in message
    assert "desk:***@127.0.0.1" in message and "secret" not in message  # never the password
    shell.close()


def test_the_server_fixture_is_a_real_server(postgres_server: PostgresServer) -> None:
    import psycopg

    with psycopg.connect(postgres_server.new_database()) as connection:
        assert (
            connection.execute("SELECT current_setting('server_version_num')::int").fetchone()[0]
            >= 130000
        )
