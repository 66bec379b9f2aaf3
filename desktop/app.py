"""The composition root: opens the database, builds the services, shows the main window.

Nothing here is global: the QApplication, the open database and the window are objects
handed to whoever needs them.
"""

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from db.database import (
    DatabaseOpenError,
    IntegrityCheck,
    OfficeDatabase,
    OpenProblem,
    open_database,
)
from db.server_url import is_server_url
from desktop.services.office import build_services
from desktop.services.safety import (
    InstanceLock,
    UserRow,
    UserService,
    automatic_backup,
    refusal_message,
    restore,
    start_log,
)
from desktop.services.safety.backups import BackupError, default_backups_dir
from desktop.ui.background import TaskRunner
from desktop.ui.focus_frame import install_focus_frame
from desktop.ui.fonts import install_sarabun
from desktop.ui.language import THAI, LanguageSwitch, preferred_language, save_language
from desktop.ui.main_window import MainWindow
from desktop.ui.open_errors import describe_open_error
from desktop.ui.prompter import Prompter
from desktop.ui.unexpected_error import ErrorReporter
from desktop.ui.when_quiet import WhenQuiet
from desktop.ui.window_fit import fit_to_screen, restore_fitting_geometry
from desktop.version import app_version

ORGANIZATION = "district-desk"
APPLICATION = "District Desk"
LAST_DATABASE_KEY = "database/last_path"
LAST_USER_KEY = "users/last_name"
WINDOW_GEOMETRY_KEY = "window/main_geometry"
DAILY_BACKUP_QUIET_MS = 60_000  # no key, click or scroll for a minute


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    install_sarabun(app)
    install_focus_frame(app)


def data_directory() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


class AppShell:
    """One running app: the open database, the language and the main window."""

    def __init__(self, settings: QSettings, prompter: Prompter, language: LanguageSwitch) -> None:
        self.settings = settings
        self.prompter = prompter
        self.tasks = TaskRunner()
        self.language = language
        self.language.apply(preferred_language(settings))
        self.database: OfficeDatabase | None = None
        self.window: MainWindow | None = None
        self.instance_lock: InstanceLock | None = None
        self.user: UserRow | None = None
        self._login_dialog: QDialog | None = None
        self._closing = False
        # The daily copy waits for a quiet minute (it reads the whole file).
        self.daily_backup_quiet_ms = DAILY_BACKUP_QUIET_MS
        self.daily_backup: WhenQuiet | None = None

    def open_initial(self, requested: Path | str | None) -> bool:
        """Open --db, else the last database, else run the first-start dialog.

        A --db file that does not exist yet is set up through the first-start dialog. A
        PostgreSQL URL opens the office's database on that server (no instance lock: the
        server is shared by the office's PCs).
        """
        if requested is None:
            remembered = str(self.settings.value(LAST_DATABASE_KEY, ""))
            if is_server_url(remembered):
                requested = remembered
            elif remembered and Path(remembered).exists():
                requested = Path(remembered)
        if isinstance(requested, str):
            return self._open_server(requested)
        if requested is not None and requested.exists():
            if not self._lock(requested):
                return False
            try:
                self.database = open_database(requested, check=IntegrityCheck.DEFERRED)
            except DatabaseOpenError as error:
                self.prompter.error(None, APPLICATION, describe_open_error(error))
                return False
            if not self.database.integrity.settled:  # its check is running since the open
                self._report_integrity_failure(self.database)
        else:
            from desktop.ui.first_start import FirstStartDialog  # only on a first start

            dialog = FirstStartDialog(
                data_directory(), self.prompter, self.tasks, office_path=requested
            )
            if not dialog.exec() or dialog.database is None:
                return False
            self.database = dialog.database
            if not self._lock(self.database.path):
                self.database.close()
                self.database = None
                return False
        self.settings.setValue(LAST_DATABASE_KEY, str(self.database.path))
        return True

    def _open_server(self, url: str) -> bool:
        try:
            self.database = open_database(url)
        except DatabaseOpenError as error:
            self.prompter.error(None, APPLICATION, describe_open_error(error))
            return False
        from db.server_database import without_password  # only on a server

        self.settings.setValue(LAST_DATABASE_KEY, without_password(url))
        return True

    def log_in(self) -> bool:
        """Who is working: asked when the office has a password or several users; the
        one user without a password is let in. False when the clerk quits instead."""
        database = self.database
        if database is None:
            raise RuntimeError("no database is open")
        users = UserService(database.session_factory, before_write=database.integrity.wait)
        rows = users.list_users()
        if len(rows) == 1 and not rows[0].has_password:
            self.user = rows[0]
            return True
        from desktop.ui.people.login_dialog import LoginDialog

        dialog = LoginDialog(
            users,
            language=self.language.language,
            last_user=str(self.settings.value(LAST_USER_KEY, "")) or None,
        )
        self._login_dialog = dialog
        try:
            if database.integrity.failure is not None or not dialog.exec():
                return False
        finally:
            self._login_dialog = None
        if dialog.user is None:
            return False
        self.user = dialog.user
        self.settings.setValue(LAST_USER_KEY, self.user.name)
        return True

    def _lock(self, path: Path) -> bool:
        """One app per database file; a lock left by a crash is taken over."""
        lock = InstanceLock(path)
        if not lock.acquire() and lock.permission_denied:
            problem = DatabaseOpenError(OpenProblem.READ_ONLY_FOLDER, path)
            self.prompter.error(None, APPLICATION, describe_open_error(problem))
            return False
        if not lock.held:
            thai, english = refusal_message(path, lock.owner())
            self.prompter.error(
                None, APPLICATION, thai if self.language.language == THAI else english
            )
            return False
        if self.instance_lock is not None:
            self.instance_lock.release()
        self.instance_lock = lock
        return True

    def show_main_window(self) -> MainWindow | None:
        """Build and show the main window; None when the file proves damaged meanwhile."""
        database = self.database
        if database is None:
            raise RuntimeError("no database is open")
        old = self.window
        if database.integrity.failure is not None:  # already told by the background check
            return None
        try:
            self.window = MainWindow(
                build_services(database), self.language.language, self.prompter, self.user
            )
        except SQLAlchemyDatabaseError as error:  # damage the deferred check has not reached yet
            problem = DatabaseOpenError(OpenProblem.CORRUPT, database.path, str(error.orig))
            database.integrity.mark_failed(problem)
            self.prompter.error(old, APPLICATION, describe_open_error(problem))
            if old is not None:
                old.close()
            return None
        self.window.language_chosen.connect(self.change_language)
        self.window.restore_requested.connect(self.restore)
        if old is not None:  # a new language (or a restore): the same place, the same page
            self.window.setGeometry(old.geometry())
            self.window.rail.setCurrentRow(old.rail.currentRow())
            old.close()
            old.deleteLater()
        elif not restore_fitting_geometry(self.window, self.settings.value(WINDOW_GEOMETRY_KEY)):
            fit_to_screen(self.window)  # a place saved on a larger screen is not kept
        self.window.show()
        if self.daily_backup is not None:
            self.daily_backup.cancel()
        if database.on_server:  # the server's own backups (pg_dump) are IT's schedule
            return self.window
        app = QApplication.instance()
        assert app is not None
        self.daily_backup = WhenQuiet(
            app, self.daily_backup_quiet_ms, lambda: self._daily_backup(database.path)
        )
        return self.window

    def _daily_backup(self, path: Path) -> None:
        """Once a day, in the background (nothing when today's copy exists)."""
        if self._closing:
            return

        def done(_result: object) -> None:
            if self.window is not None:
                self.window.show_backup_status()

        def failed(error: Exception) -> None:
            if self.window is not None:
                message = getattr(error, "message_th", None) or str(error)
                self.window.statusBar().showMessage(message, 15_000)

        self.tasks.start(
            lambda _progress, _cancelled: automatic_backup(
                path, default_backups_dir(path), reason="daily"
            ),
            on_success=done,
            on_failure=failed,
        )

    def restore(self, backup: Path) -> bool:
        """Replace the open database with `backup` (a copy of it is taken first), then
        open it again in a new window. The instance lock stays held throughout."""
        database = self.database
        if database is None:
            return False
        database.integrity.stop()
        self.tasks.wait_all()
        path = database.path
        database.close()
        try:
            restore(path, backup, backups_dir=default_backups_dir(path))
        except BackupError as error:
            message = error.message_th if self.language.language == THAI else error.message_en
            self.prompter.error(self.window, APPLICATION, message)
        try:
            self.database = open_database(path)
        except DatabaseOpenError as error:
            self.prompter.error(self.window, APPLICATION, describe_open_error(error))
            return False
        return self.show_main_window() is not None

    def _report_integrity_failure(self, database: OfficeDatabase) -> None:
        """The full check of a large file takes seconds and runs from the moment the file
        opened (see IntegrityGate.checking): tell the clerk, and close, if it fails."""

        def wait(_progress: object, _cancelled: object) -> None:
            database.integrity.wait()

        def failed(error: Exception) -> None:
            assert isinstance(error, DatabaseOpenError)
            if database is not self.database or self._closing:
                return  # closed (or replaced by a restore) before the check had finished
            self.prompter.error(self.window, APPLICATION, describe_open_error(error))
            if self._login_dialog is not None:
                self._login_dialog.reject()
            if self.window is not None:
                self.window.close()

        self.tasks.start(wait, on_success=lambda _result: None, on_failure=failed)

    def change_language(self, language: str) -> None:
        save_language(self.settings, language)
        self.language.apply(language)
        self.show_main_window()

    def close(self) -> None:
        self._closing = True
        if self.daily_backup is not None:
            self.daily_backup.cancel()  # the copy on closing follows
        if self.window is not None:
            self.settings.setValue(WINDOW_GEOMETRY_KEY, self.window.saveGeometry())
        if self.database is not None:
            self.database.integrity.stop()  # an unfinished check is not waited for
        self.tasks.wait_all()
        if self.database is not None and self.database.on_server:
            self.database.close()
        elif self.database is not None:
            path = self.database.path
            self.database.close()
            try:  # the copy on closing
                automatic_backup(path, default_backups_dir(path), reason="close")
            except BackupError as error:
                self.prompter.error(None, APPLICATION, error.message_th)
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None


def run_gui(requested: Path | str | None, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    configure_application(app)
    log_path = start_log(data_directory())
    reporter = ErrorReporter(log_path, app)
    reporter.install()
    logging.getLogger(__name__).info("started, version %s", app_version())
    shell = AppShell(QSettings(), Prompter(), LanguageSwitch(app))
    if not shell.open_initial(requested) or not shell.log_in():
        shell.close()
        return 0
    if shell.show_main_window() is None:
        shell.close()
        return 1
    try:
        return app.exec()
    finally:
        shell.close()
