"""The main window: a navigation rail, one page per task, and a status bar."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QWidget

from db.server_database import redacted
from desktop.services.households.draft_file import DraftFile, draft_path_for
from desktop.services.households.listing import HouseholdFilter
from desktop.services.office import AppServices
from desktop.services.projects import ProjectFilter
from desktop.services.safety import UserRow
from desktop.services.safety.backups import backup_is_stale, default_backups_dir, last_backup
from desktop.services.thai import format_be_date
from desktop.ui.background import TaskRunner
from desktop.ui.page_rail import BuiltOnFirstUse, PageRail
from desktop.ui.pages.overview_page import OverviewPage
from desktop.ui.prompter import Prompter
from desktop.ui.window_fit import DESK, client_area
from desktop.version import app_version

if TYPE_CHECKING:
    from desktop.services.exchange.export import ExportOptions, ExportSummary
    from desktop.ui.assistance.assistance_page import AssistancePage
    from desktop.ui.assistance.household_assistance import HouseholdAssistanceSection
    from desktop.ui.audit.audit_page import AuditPage
    from desktop.ui.backup_panel import BackupPanel
    from desktop.ui.cases.case_section import HouseholdCaseSection
    from desktop.ui.cases.worklist_page import WorklistPage
    from desktop.ui.evidence.evidence_panel import EvidencePanel
    from desktop.ui.exchange.conflicts_panel import ConflictsPanel
    from desktop.ui.exchange.exchange_page import ExchangePage
    from desktop.ui.exchange.export_panel import ExportPanel
    from desktop.ui.exchange.import_panel import ImportPanel
    from desktop.ui.exchange.quality_panel import QualityPanel
    from desktop.ui.household_form.form_dialog import HouseholdFormDialog
    from desktop.ui.households.households_page import HouseholdsPage
    from desktop.ui.pages.code_lists_editor import CodeListsEditor
    from desktop.ui.pages.indicator_sets_panel import IndicatorSetsPanel
    from desktop.ui.pages.settings_page import SettingsPage
    from desktop.ui.people.locks_panel import LocksPanel
    from desktop.ui.people.users_panel import UsersPanel
    from desktop.ui.printing.household_printing import HouseholdPrinting
    from desktop.ui.projects.project_desk import ProjectDesk
    from desktop.ui.projects.projects_page import ProjectsPage

FIRST_FIGURES_DELAY_MS = 250
STYLE = """
QListWidget#navigationRail {
    background: #1f3b57; color: white; border: none; padding-top: 8px; outline: 0;
}
QListWidget#navigationRail::item { padding: 10px 16px; }
QListWidget#navigationRail::item:selected { background: #f2a900; color: #1f3b57; }
QLabel#pageTitle { font-size: 18pt; font-weight: bold; color: #1f3b57; }
"""


# The rail's rows, in order (Ctrl+1 is the first).
OVERVIEW, HOUSEHOLDS, PROJECTS, ASSISTANCE, EXCHANGE, SETTINGS, CHANGE_LOG, FOLLOW_UP = range(8)


class MainWindow(QMainWindow):
    """The rail and its pages. Only the overview is built at start; every other page (and
    the panels on it) is built the first time the clerk goes there or code reads it."""

    language_chosen = Signal(str)
    restore_requested = Signal(object)  # a backup's path the clerk chose to restore

    households_page: BuiltOnFirstUse[HouseholdsPage] = BuiltOnFirstUse(HOUSEHOLDS)
    projects_page: BuiltOnFirstUse[ProjectsPage] = BuiltOnFirstUse(PROJECTS)
    assistance_page: BuiltOnFirstUse[AssistancePage] = BuiltOnFirstUse(ASSISTANCE)
    exchange_page: BuiltOnFirstUse[ExchangePage] = BuiltOnFirstUse(EXCHANGE)
    quality_panel: BuiltOnFirstUse[QualityPanel] = BuiltOnFirstUse(EXCHANGE)
    export_panel: BuiltOnFirstUse[ExportPanel] = BuiltOnFirstUse(EXCHANGE)
    import_panel: BuiltOnFirstUse[ImportPanel] = BuiltOnFirstUse(EXCHANGE)
    conflicts_panel: BuiltOnFirstUse[ConflictsPanel | None] = BuiltOnFirstUse(EXCHANGE)
    settings_page: BuiltOnFirstUse[SettingsPage] = BuiltOnFirstUse(SETTINGS)
    code_lists_editor: BuiltOnFirstUse[CodeListsEditor] = BuiltOnFirstUse(SETTINGS)
    indicator_sets_panel: BuiltOnFirstUse[IndicatorSetsPanel] = BuiltOnFirstUse(SETTINGS)
    users_panel: BuiltOnFirstUse[UsersPanel] = BuiltOnFirstUse(SETTINGS)
    locks_panel: BuiltOnFirstUse[LocksPanel] = BuiltOnFirstUse(SETTINGS)
    backup_panel: BuiltOnFirstUse[BackupPanel] = BuiltOnFirstUse(SETTINGS)
    audit_page: BuiltOnFirstUse[AuditPage] = BuiltOnFirstUse(CHANGE_LOG)
    worklist_page: BuiltOnFirstUse[WorklistPage] = BuiltOnFirstUse(FOLLOW_UP)

    def __init__(
        self,
        services: AppServices,
        language: str,
        prompter: Prompter,
        user: UserRow | None = None,
    ) -> None:
        super().__init__()
        self._services = services
        self._prompter = prompter
        self._language = language
        self._printing: HouseholdPrinting | None = None
        self._desk: ProjectDesk | None = None
        self.household_form: HouseholdFormDialog | None = None
        self.household_assistance: HouseholdAssistanceSection | None = None
        self.household_cases: HouseholdCaseSection | None = None
        self.household_evidence: EvidencePanel | None = None
        profile = services.office.profile()
        if user is None and profile is not None:  # one clerk without a password: no login
            user = services.users.find_user(profile.clerk_name)
        self.user = user
        self._user_name = user.name if user else (profile.clerk_name if profile else "")
        self.setWindowTitle(self.tr("District Desk — target households") + f" {app_version()}")
        self.resize(QSize(1200, 780).boundedTo(client_area(DESK)))
        self.setStyleSheet(STYLE)

        self.overview_page = OverviewPage(
            services.dashboard, self.show_households, self.show_projects
        )
        self._dashboard_stale = True
        self.pages = PageRail(self, STYLE)
        self.rail, self.stack = self.pages.rail, self.pages.stack
        self.pages.add_built(self.tr("Overview"), self.overview_page)
        self.pages.add(self.tr("Households"), self._build_households_page)
        self.pages.add(self.tr("Projects"), self._build_projects_page)
        self.pages.add(self.tr("Assistance"), self._build_assistance_page)
        self.pages.add(self.tr("Exchange"), self._build_exchange_page)
        self.pages.add(self.tr("Settings"), self._build_settings_page)
        self.pages.add(self.tr("Change log"), self._build_audit_page)
        self.pages.add(self.tr("Follow-up work"), self._build_worklist_page)
        self.rail.setCurrentRow(OVERVIEW)
        self.rail.currentRowChanged.connect(lambda _row: self._refresh_dashboard_if_shown())
        self.rail.currentRowChanged.connect(self._page_shown)
        self._tasks = TaskRunner()
        # The figures are read on a worker thread once the window has painted (the
        # worker's Python would otherwise hold the GIL against the first paint).
        QTimer.singleShot(FIRST_FIGURES_DELAY_MS, self._refresh_dashboard_if_shown)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.office_status = QLabel()
        self.database_status = QLabel()
        self.counts_status = QLabel()
        self.backup_status = QLabel()
        self.statusBar().addWidget(self.office_status)
        self.statusBar().addWidget(self.database_status, 1)
        self.statusBar().addPermanentWidget(self.backup_status)
        self.statusBar().addPermanentWidget(self.counts_status)
        self.refresh()
        self.show_backup_status()
        if DraftFile(draft_path_for(services.database.path)).path.exists():
            QTimer.singleShot(0, self.offer_kept_household)

    @property
    def services(self) -> AppServices:
        return self._services

    @property
    def printing(self) -> HouseholdPrinting:
        """Every way a household prints, set up the first time something prints."""
        if self._printing is None:
            from desktop.ui.printing.household_printing import HouseholdPrinting

            self._printing = HouseholdPrinting(self._services.household_sheet, self._prompter)
        return self._printing

    @property
    def desk(self) -> ProjectDesk:
        """The project and assistance windows, set up the first time one is needed."""
        if self._desk is None:
            from desktop.ui.projects.project_desk import ProjectDesk

            desk = ProjectDesk(
                self._services,
                self._prompter,
                user_name=self._user_name,
                mask_ids=self._services.office.masks_national_ids,
                window=self,
                printing=self.printing,
            )
            desk.changed.connect(self._records_changed)
            desk.household_requested.connect(self.open_household)
            self._desk = desk
        return self._desk

    # The pages, each built the first time it is needed --------------------------------

    def _build_households_page(self) -> QWidget:
        from desktop.ui.households.households_page import HouseholdsPage

        page = HouseholdsPage(
            self._services.household_list,
            self.open_household,
            mask_ids=self._services.office.masks_national_ids(),
            printing=self.printing,
        )
        page.first_shown.connect(lambda: QTimer.singleShot(300, self.household_form_dialog))
        self.households_page = page
        return page

    def _build_projects_page(self) -> QWidget:
        from desktop.ui.projects.projects_page import ProjectsPage

        self.projects_page = ProjectsPage(
            self.desk.project_services, self.desk.open_project, self.desk.open_agencies
        )
        return self.projects_page

    def _build_assistance_page(self) -> QWidget:
        from desktop.ui.assistance.assistance_page import AssistancePage

        self.assistance_page = AssistancePage(
            self.desk.assistance_services,
            record_for_project=self.desk.record_for_project,
            edit_assistance=self.desk.edit_assistance,
            delete_assistance=self.desk.delete_assistance,
            open_household=self.open_household,
        )
        return self.assistance_page

    def _build_exchange_page(self) -> QWidget:
        from desktop.ui.exchange.exchange_desk import ExchangeDesk

        exchange = ExchangeDesk(
            self._services,
            self._prompter,
            profile=self._services.office.profile(),
            user_name=self._user_name,
            current_user=self.current_user,
            language=self._language,
        )
        self.exchange_desk = exchange  # keeps the export's path to the check connected
        self.quality_panel = exchange.quality_panel
        self.quality_panel.household_requested.connect(self.open_household)
        self.export_panel, self.import_panel = exchange.export_panel, exchange.import_panel
        self.conflicts_panel = exchange.conflicts_panel
        self.exchange_page = exchange.page
        self.import_panel.imported.connect(lambda _summary: self._records_changed())
        self.export_panel.exported.connect(self._exported)
        if self.conflicts_panel is not None:
            self.conflicts_panel.household_requested.connect(self.open_household)
            self.conflicts_panel.changed.connect(self._records_changed)
        return self.exchange_page

    def _build_settings_page(self) -> QWidget:
        from desktop.ui.pages.settings_desk import SettingsDesk

        settings = SettingsDesk(
            self._services,
            self._prompter,
            user_name=self._user_name,
            current_user=self.current_user,
            language=self._language,
        )
        self.code_lists_editor = settings.code_lists_editor
        self.indicator_sets_panel = settings.indicator_sets_panel
        self.users_panel, self.locks_panel = settings.users_panel, settings.locks_panel
        self.backup_panel = settings.backup_panel
        self.settings_page = settings.page
        self.backup_panel.restore_requested.connect(self.restore_requested)
        self.backup_panel.backed_up.connect(self._backed_up)
        self.users_panel.changed.connect(self._users_changed)
        self.code_lists_editor.changed.connect(self._records_changed)
        self.indicator_sets_panel.changed.connect(self._records_changed)
        self.settings_page.language_chosen.connect(self.language_chosen)
        self.settings_page.masking_chosen.connect(self._set_masking)
        self.settings_page.goal_chosen.connect(self._set_goal)
        return self.settings_page

    def _build_audit_page(self) -> QWidget:
        from desktop.ui.audit.audit_page import AuditPage

        self.audit_page = AuditPage(self._services.audit, self._prompter, language=self._language)
        return self.audit_page

    def _build_worklist_page(self) -> QWidget:
        from desktop.ui.cases.worklist_page import WorklistPage

        services = self._services
        self.worklist_page = WorklistPage(
            services.worklist,
            services.visit_lists,
            services.household_list.filter_options,
            self.open_household,
            self._prompter,
        )
        return self.worklist_page

    def household_form_dialog(self) -> HouseholdFormDialog:
        """The one household form, built on first use and reused (opening stays instant)."""
        if self.household_form is None:
            from desktop.ui.household_form_tabs import household_form_with_tabs

            tabs = household_form_with_tabs(
                self._services,
                self._prompter,
                user_name=self._user_name,
                printing=self.printing,
                record_for_household=lambda id_, title: self.desk.record_for_household(id_, title),
                parent=self,
            )
            tabs.cases.visit_saved.connect(self._household_changed)
            tabs.form.saved.connect(self._household_changed)
            tabs.form.deleted.connect(self._household_changed)
            tabs.form.jump_requested.connect(self.open_household)
            self.household_form, self.household_assistance = tabs.form, tabs.assistance
            self.household_cases, self.household_evidence = tabs.cases, tabs.evidence
        return self.household_form

    def offer_kept_household(self) -> HouseholdFormDialog | None:
        """A household keyed and never saved last time (the program was killed): offered
        back at once, in the form, where keying goes on."""
        form = self.household_form_dialog()
        if form.isVisible() or not form.restore_kept_draft():
            return None
        form.open()
        return form

    def open_household(self, household_id: int | None) -> HouseholdFormDialog:
        """Open the household form (a new household when `household_id` is None)."""
        form = self.household_form_dialog()
        form.show_household(household_id)
        form.open()
        return form

    def _household_changed(self, _household_id: int) -> None:
        if self.pages.is_built(HOUSEHOLDS):  # a page built later reads it fresh
            self.households_page.refresh()
        if self.pages.is_built(FOLLOW_UP):
            self.worklist_page.refresh()
        self.refresh()
        self._dashboard_changed()
        if self.pages.is_built(EXCHANGE):
            self.quality_panel.refresh()  # a sign-off no longer holds

    def _page_shown(self, row: int) -> None:
        if row == SETTINGS:
            self.backup_panel.reload()

    def _dashboard_changed(self) -> None:
        self._dashboard_stale = True
        self._refresh_dashboard_if_shown()

    def _refresh_dashboard_if_shown(self) -> None:
        if not self._dashboard_stale or self.stack.currentWidget() is not self.overview_page:
            return
        self._dashboard_stale = False
        dashboard, year = self._services.dashboard, self.overview_page.fiscal_year()
        self._tasks.start(
            lambda _progress, _cancelled: dashboard.build(year),
            on_success=self.overview_page.show_dashboard,
            on_failure=self._dashboard_failed,
        )

    def _dashboard_failed(self, error: Exception) -> None:
        self._dashboard_stale = True
        self.overview_page.goal_note.setText(
            self.tr("The figures could not be read: {reason}").format(reason=error)
        )

    def _records_changed(self) -> None:
        """A project, agency or piece of help was written: show it everywhere (a page
        not built yet reads it when it is)."""
        if self.pages.is_built(PROJECTS):
            self.projects_page.refresh()
        if self.pages.is_built(ASSISTANCE):
            self.assistance_page.refresh()
        if self.pages.is_built(HOUSEHOLDS):
            self.households_page.refresh()
        if self.pages.is_built(FOLLOW_UP):
            self.worklist_page.refresh()
        if self.household_assistance is not None:
            self.household_assistance.reload()
        if self.household_cases is not None:
            self.household_cases.reload()  # an activity's help, an agency's name
        if self.household_evidence is not None:
            self.household_evidence.refresh()  # help recorded: something to attach to
        self.refresh()
        self._dashboard_changed()
        if self.pages.is_built(EXCHANGE):
            self.quality_panel.refresh()
        if self.pages.is_built(CHANGE_LOG) and self.audit_page.isVisible():
            self.audit_page.refresh()

    def show_households(self, household_filter: HouseholdFilter) -> None:
        """Go to the register showing `household_filter` (a dashboard figure's list)."""
        self.rail.setCurrentRow(HOUSEHOLDS)
        self.households_page.apply_filter(household_filter)

    def show_projects(self, project_filter: ProjectFilter) -> None:
        self.rail.setCurrentRow(PROJECTS)
        self.projects_page.apply_filter(project_filter)

    def _set_masking(self, masked: bool) -> None:
        self._services.office.set_masks_national_ids(masked)
        if self.pages.is_built(HOUSEHOLDS):
            self.households_page.set_mask_ids(masked)

    def show_backup_status(self, now: dt.datetime | None = None) -> None:
        """The last backup in the status bar, in red when none is younger than 7 days."""
        if self._services.database.on_server:  # no file copies: the server's own backups
            self.backup_status.setText(self.tr("Backups: made on the database server"))
            self.backup_status.setStyleSheet("")
            return
        path = self._services.database.path
        kept = last_backup(default_backups_dir(path), stem=path.stem)
        manual = self._services.office.last_manual_backup()
        last = max((moment for moment in (kept, manual) if moment is not None), default=None)
        now = now or dt.datetime.now(dt.UTC)
        if last is None:
            text = self.tr("No backup yet")
        else:
            local = last.astimezone()
            text = self.tr("Last backup {date} {time}").format(
                date=format_be_date(local.date()), time=f"{local:%H:%M}"
            )
        stale = backup_is_stale(last, now)
        if stale:
            text += " · " + self.tr("back up now: none in the last 7 days")
        self.backup_status.setText(text)
        self.backup_status.setStyleSheet("color: #b00020; font-weight: bold;" if stale else "")
        if self.pages.is_built(SETTINGS) and self.settings_page.isVisible():
            self.backup_panel.reload()

    def current_user(self) -> UserRow:
        if self.user is None:  # an office not set up: nobody may manage anything
            return UserRow(0, self._user_name, "clerk", False, dt.datetime.now(dt.UTC))
        return self.user

    def _users_changed(self) -> None:
        """The logged-in user's role may have changed: the panels follow it."""
        if self.user is not None:
            self.user = self._services.users.find_user(self.user.name) or self.user
        self.locks_panel.reload()

    def _exported(self, summary: ExportSummary, options: ExportOptions) -> None:
        """A supervisor may lock the period just sent to the province."""
        if not options.aggregates_only:
            self.locks_panel.offer_after_export(
                options.fiscal_year, options.scope_subdistrict, str(summary.path)
            )

    def _backed_up(self, _path: object) -> None:
        self._services.office.set_last_manual_backup(dt.datetime.now(dt.UTC))
        self.show_backup_status()

    def _set_goal(self, percent: float) -> None:
        self._services.office.set_goal_percent(percent)
        self._records_changed()

    def page_titles(self) -> list[str]:
        return [self.rail.item(row).text() for row in range(self.rail.count())]

    def refresh(self) -> None:
        profile = self._services.office.profile()
        counts = self._services.office.counts()
        database = self._services.database
        database_path = redacted(database.url) if database.url else str(database.path)
        self.overview_page.show_office(profile, counts)
        if self.pages.is_built(SETTINGS):
            self.settings_page.show_office(profile, database_path, self._user_name)
        if profile is None:
            self.office_status.setText(self.tr("Office not set up"))
        else:
            office = (
                self.tr("Provincial office, {province}").format(province=profile.province_th)
                if profile.is_province
                else self.tr("{district}, {province}").format(
                    district=profile.district_th, province=profile.province_th
                )
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
