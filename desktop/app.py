"""The composition root: opens the database, builds the services, shows the main window.

Nothing here is global: the QApplication, the open database and the window are objects
handed to whoever needs them.
"""

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from db.database import (
    DatabaseOpenError,
    IntegrityCheck,
    OfficeDatabase,
    OpenProblem,
    check_integrity,
    open_database,
)
from desktop.services.app_services import build_services
from desktop.ui.background import TaskRunner
from desktop.ui.fonts import install_sarabun
from desktop.ui.language import LanguageSwitch, preferred_language, save_language
from desktop.ui.main_window import MainWindow
from desktop.ui.open_errors import describe_open_error
from desktop.ui.prompter import Prompter

ORGANIZATION = "district-desk"
APPLICATION = "District Desk"
LAST_DATABASE_KEY = "database/last_path"


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    install_sarabun(app)


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

    def open_initial(self, requested: Path | None) -> bool:
        """Open --db, else the last database, else run the first-start dialog.

        A --db file that does not exist yet is set up through the first-start dialog.
        """
        if requested is None:
            remembered = str(self.settings.value(LAST_DATABASE_KEY, ""))
            if remembered and Path(remembered).exists():
                requested = Path(remembered)
        if requested is not None and requested.exists():
            try:
                self.database = open_database(requested, check=IntegrityCheck.DEFERRED)
            except DatabaseOpenError as error:
                self.prompter.error(None, APPLICATION, describe_open_error(error))
                return False
        else:
            from desktop.ui.first_start import FirstStartDialog  # only on a first start

            dialog = FirstStartDialog(
                data_directory(), self.prompter, self.tasks, office_path=requested
            )
            if not dialog.exec() or dialog.database is None:
                return False
            self.database = dialog.database
        self.settings.setValue(LAST_DATABASE_KEY, str(self.database.path))
        return True

    def show_main_window(self) -> MainWindow | None:
        """Build and show the main window; None when the file proves damaged meanwhile."""
        database = self.database
        if database is None:
            raise RuntimeError("no database is open")
        old = self.window
        try:
            self.window = MainWindow(
                build_services(database), self.language.language, self.prompter
            )
        except SQLAlchemyDatabaseError as error:  # damage the deferred check has not reached yet
            problem = DatabaseOpenError(OpenProblem.CORRUPT, database.path, str(error.orig))
            database.integrity.mark_failed(problem)
            self.prompter.error(old, APPLICATION, describe_open_error(problem))
            if old is not None:
                old.close()
            return None
        self.window.language_chosen.connect(self.change_language)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        self.window.show()
        if not database.integrity.settled:
            self._check_integrity_in_background(database)
        return self.window

    def _check_integrity_in_background(self, database: OfficeDatabase) -> None:
        """The full check of a large file takes seconds: run it while the clerk looks."""

        def failed(error: Exception) -> None:
            if not isinstance(error, DatabaseOpenError):
                error = DatabaseOpenError(OpenProblem.CANNOT_READ, database.path, str(error))
            database.integrity.mark_failed(error)
            self.prompter.error(self.window, APPLICATION, describe_open_error(error))
            if self.window is not None:
                self.window.close()

        self.tasks.start(
            lambda _progress, _cancelled: check_integrity(database.path),
            on_success=lambda _result: database.integrity.mark_passed(),
            on_failure=failed,
        )

    def change_language(self, language: str) -> None:
        save_language(self.settings, language)
        self.language.apply(language)
        self.show_main_window()

    def close(self) -> None:
        self.tasks.wait_all()
        if self.database is not None:
            self.database.close()


def run_gui(requested: Path | None, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    configure_application(app)
    shell = AppShell(QSettings(), Prompter(), LanguageSwitch(app))
    if not shell.open_initial(requested):
        shell.close()
        return 0
    if shell.show_main_window() is None:
        shell.close()
        return 1
    try:
        return app.exec()
    finally:
        shell.close()
