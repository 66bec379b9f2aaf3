"""The Exchange page put together: export, import, and in a provincial office the
national IDs its districts share. The main window connects what it needs to know."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.services.office import AppServices, OfficeProfile
from desktop.services.safety import UserRow
from desktop.ui.exchange.conflicts_panel import ConflictsPanel
from desktop.ui.exchange.exchange_page import ExchangePage
from desktop.ui.exchange.export_panel import ExportPanel
from desktop.ui.exchange.import_panel import ImportPanel
from desktop.ui.exchange.quality_panel import QualityPanel
from desktop.ui.prompter import Prompter


class ExchangeDesk:
    def __init__(
        self,
        services: AppServices,
        prompter: Prompter,
        *,
        profile: OfficeProfile | None,
        user_name: str,
        current_user: Callable[[], UserRow],
        language: str,
    ) -> None:
        masks_ids = services.office.masks_national_ids
        self.quality_panel = QualityPanel(
            services.quality, prompter, current_user=current_user, language=language
        )
        self.export_panel = ExportPanel(
            services.database.session_factory,
            prompter,
            subdistricts=lambda: services.household_list.filter_options().subdistricts,
            fiscal_years=services.projects.fiscal_years,
            masks_ids=masks_ids,
            name_prefix=file_prefix(profile),
            sign_off_state=services.quality.state,
            needs_sign_off=not (profile is not None and profile.is_province),
            language=language,
        )
        self.export_panel.check_requested.connect(self.show_check)
        self.quality_panel.signed_off.connect(lambda _state: self.export_panel.refresh())
        self.quality_panel.checked.connect(lambda _report: self.export_panel.refresh())
        self.import_panel = ImportPanel(
            services.database.session_factory,
            prompter,
            user_name=user_name,
            before_write=services.database.integrity.wait,
            language=language,
            masks_ids=masks_ids,
        )
        panels: list[QWidget] = [self.quality_panel, self.export_panel, self.import_panel]
        self.conflicts_panel: ConflictsPanel | None = None
        if profile is not None and profile.is_province:
            panel = ConflictsPanel(
                services.id_conflicts, prompter, user_name=user_name, masks_ids=masks_ids
            )
            self.import_panel.imported.connect(lambda _summary: panel.refresh())
            panels.append(panel)
            self.conflicts_panel = panel
        self.page = ExchangePage(
            panels, province=self.conflicts_panel is not None, language=language
        )

    def show_check(self) -> None:
        """The check before sending, brought into view and run (the export's refusal
        offers it)."""
        self.page.scroll.ensureWidgetVisible(self.quality_panel)
        self.quality_panel.check_button.setFocus()
        if self.quality_panel.check_button.isEnabled():
            self.quality_panel.run_check()


def file_prefix(profile: OfficeProfile | None) -> str:
    """The start of an exported workbook's suggested name."""
    if profile is None:
        return "district"
    if profile.is_province:
        return f"province-{profile.province_code}"
    return f"district-{profile.district_code}"
