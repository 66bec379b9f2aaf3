"""The main window: a navigation rail, one page per task, and a status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.services.app_services import AppServices

if TYPE_CHECKING:
    from desktop.ui.household_form.form_dialog import HouseholdFormDialog
from desktop.ui.households.households_page import HouseholdsPage
from desktop.ui.pages.overview_page import OverviewPage
from desktop.ui.pages.placeholder import PlaceholderPage
from desktop.ui.pages.settings_page import SettingsPage
from desktop.ui.printing.household_printing import HouseholdPrinting
from desktop.ui.prompter import Prompter
from desktop.version import app_version

STYLE = """
QListWidget#navigationRail {
    background: #1f3b57; color: white; border: none; padding-top: 8px; outline: 0;
}
QListWidget#navigationRail::item { padding: 10px 16px; }
QListWidget#navigationRail::item:selected { background: #f2a900; color: #1f3b57; }
QLabel#pageTitle { font-size: 18pt; font-weight: bold; color: #1f3b57; }
"""


class MainWindow(QMainWindow):
    language_chosen = Signal(str)

    def __init__(self, services: AppServices, language: str, prompter: Prompter) -> None:
        super().__init__()
        self._services = services
        self._prompter = prompter
        self.printing = HouseholdPrinting(services.household_sheet, prompter)
        self.household_form: HouseholdFormDialog | None = None
        self.setWindowTitle(self.tr("District Desk — target households") + f" {app_version()}")
        self.resize(1200, 780)
        self.setStyleSheet(STYLE)

        self.overview_page = OverviewPage()
        self.settings_page = SettingsPage(language, services.office.masks_national_ids())
        self.households_page = HouseholdsPage(
            services.household_list,
            self.open_household,
            mask_ids=services.office.masks_national_ids(),
            printing=self.printing,
        )
        self.households_page.first_shown.connect(
            lambda: QTimer.singleShot(300, self.household_form_dialog)
        )
        pages: list[tuple[str, QWidget]] = [
            (self.tr("Overview"), self.overview_page),
            (self.tr("Households"), self.households_page),
            (self.tr("Projects"), self._projects_placeholder()),
            (self.tr("Assistance"), self._assistance_placeholder()),
            (self.tr("Exchange"), self._exchange_placeholder()),
            (self.tr("Settings"), self.settings_page),
        ]
        self.rail = QListWidget()
        self.rail.setObjectName("navigationRail")
        self.rail.setFixedWidth(190)
        self.stack = QStackedWidget()
        for number, (title, page) in enumerate(pages, start=1):
            self.rail.addItem(title)
            self.stack.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.rail.setCurrentRow(row))
        self.rail.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.rail.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.office_status = QLabel()
        self.database_status = QLabel()
        self.counts_status = QLabel()
        self.statusBar().addWidget(self.office_status)
        self.statusBar().addWidget(self.database_status, 1)
        self.statusBar().addPermanentWidget(self.counts_status)
        self.settings_page.language_chosen.connect(self.language_chosen)
        self.settings_page.masking_chosen.connect(self._set_masking)
        self.refresh()

    @property
    def services(self) -> AppServices:
        return self._services

    def household_form_dialog(self) -> HouseholdFormDialog:
        """The one household form, built on first use and reused (opening stays instant)."""
        if self.household_form is None:
            from desktop.ui.household_form.form_dialog import HouseholdFormDialog

            profile = self._services.office.profile()
            form = HouseholdFormDialog(
                self._services.household_form,
                self._prompter,
                user_name=profile.clerk_name if profile else "",
                printing=self.printing,
                parent=self,
            )
            form.saved.connect(self._household_changed)
            form.deleted.connect(self._household_changed)
            form.jump_requested.connect(self.open_household)
            self.household_form = form
        return self.household_form

    def open_household(self, household_id: int | None) -> HouseholdFormDialog:
        """Open the household form (a new household when `household_id` is None)."""
        form = self.household_form_dialog()
        form.show_household(household_id)
        form.open()
        return form

    def _household_changed(self, _household_id: int) -> None:
        self.households_page.refresh()
        self.refresh()

    def _set_masking(self, masked: bool) -> None:
        self._services.office.set_masks_national_ids(masked)
        self.households_page.set_mask_ids(masked)

    def page_titles(self) -> list[str]:
        return [self.rail.item(row).text() for row in range(self.rail.count())]

    def refresh(self) -> None:
        profile = self._services.office.profile()
        counts = self._services.office.counts()
        database_path = str(self._services.database.path)
        self.overview_page.show_office(profile, counts)
        self.settings_page.show_office(profile, database_path)
        if profile is None:
            self.office_status.setText(self.tr("Office not set up"))
        else:
            office = self.tr("{district}, {province}").format(
                district=profile.district_th, province=profile.province_th
            )
            if profile.is_demo:
                office += " " + self.tr("(demo)")
            self.office_status.setText(office)
        self.database_status.setText(database_path)
        self.database_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        locale = QLocale()
        self.counts_status.setText(
            self.tr("Households {households} · Members {members} · Projects {projects}").format(
                households=locale.toString(counts.households),
                members=locale.toString(counts.members),
                projects=locale.toString(counts.projects),
            )
        )

    def _projects_placeholder(self) -> QWidget:
        return PlaceholderPage(
            self.tr("Projects"),
            [
                self.tr("keep agencies and their projects under the province's umbrellas"),
                self.tr("record key results with targets and quarterly progress"),
            ],
        )

    def _assistance_placeholder(self) -> QWidget:
        return PlaceholderPage(
            self.tr("Assistance"),
            [
                self.tr("record which household got which help from which project"),
                self.tr("choose many households at once with the register's filters"),
            ],
        )

    def _exchange_placeholder(self) -> QWidget:
        return PlaceholderPage(
            self.tr("Exchange"),
            [
                self.tr("export the workbook the province asks for"),
                self.tr("import the province's list after a dry run that changes nothing"),
            ],
        )
