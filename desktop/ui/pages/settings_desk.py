"""The Settings page put together: the office's own settings, its code lists and indicator
sets, its users and period locks, and its backups. The main window connects what it needs
to know, as for the Exchange page (`ui/exchange/exchange_desk.py`)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.services.office import AppServices
from desktop.services.safety import UserRow
from desktop.ui.backup_panel import BackupPanel
from desktop.ui.pages.code_lists_editor import CodeListsEditor
from desktop.ui.pages.indicator_sets_panel import IndicatorSetsPanel
from desktop.ui.pages.settings_page import SettingsPage
from desktop.ui.people.locks_panel import LocksPanel
from desktop.ui.people.users_panel import UsersPanel
from desktop.ui.prompter import Prompter


class SettingsDesk:
    def __init__(
        self,
        services: AppServices,
        prompter: Prompter,
        *,
        user_name: str,
        current_user: Callable[[], UserRow],
        language: str,
    ) -> None:
        self.code_lists_editor = CodeListsEditor(services.code_lists, prompter, user_name=user_name)
        self.indicator_sets_panel = IndicatorSetsPanel(
            services.indicator_sets, prompter, user_name=user_name, language=language
        )
        self.users_panel = UsersPanel(
            services.users, prompter, current_user=current_user, language=language
        )
        self.locks_panel = LocksPanel(
            services.period_locks,
            prompter,
            current_user=current_user,
            fiscal_years=services.projects.fiscal_years,
            subdistricts=lambda: services.household_list.filter_options().subdistricts,
            language=language,
        )
        self.backup_panel = BackupPanel(services.database.path, prompter, language=language)
        self.page = SettingsPage(
            language,
            services.office.masks_national_ids(),
            services.office.goal_percent(),
            [
                self.code_lists_editor,
                self.indicator_sets_panel,
                self.users_panel,
                self.locks_panel,
                self.backup_panel,
            ],
        )
        self.page.show_office(services.office.profile(), str(services.database.path), user_name)
