"""The windows of projects and assistance, opened from anywhere in the main window.

One project form, one agencies dialog and the assistance dialogs live here, so the pages
that open them (projects, assistance, the household form, the dashboard) only call in.
`changed` fires after anything was written, for the main window to refresh what shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.services.households.listing import HouseholdFilter
from desktop.services.office import AppServices
from desktop.services.projects import RecordRejected
from desktop.services.safety import RecordLocked
from desktop.ui.assistance.record_dialog import AssistanceServices, RecordAssistanceDialog
from desktop.ui.printing.household_printing import HouseholdPrinting
from desktop.ui.projects.agencies_dialog import AgenciesDialog
from desktop.ui.projects.project_form import ProjectFormDialog, ProjectServices
from desktop.ui.prompter import Prompter
from desktop.ui.record_problem_text import record_problem_text
from desktop.ui.refusal_text import refusal_text


class ProjectDesk(QObject):
    changed = Signal()
    household_requested = Signal(int)

    def __init__(
        self,
        services: AppServices,
        prompter: Prompter,
        *,
        user_name: str,
        mask_ids: Callable[[], bool],
        window: QWidget,
        printing: HouseholdPrinting | None = None,
    ) -> None:
        super().__init__(window)
        self._printing = printing
        self._services = services
        self._prompter = prompter
        self._user_name = user_name
        self._mask_ids = mask_ids
        self._window = window
        self.project_services = ProjectServices(
            projects=services.projects,
            agencies=services.agencies,
            code_lists=services.code_lists,
            assistance=services.assistance,
            evidence=services.evidence,
        )
        self.assistance_services = AssistanceServices(
            assistance=services.assistance,
            projects=services.projects,
            agencies=services.agencies,
            code_lists=services.code_lists,
            household_list=services.household_list,
            cases=services.cases,
        )
        self.project_form: ProjectFormDialog | None = None
        self.assistance_dialog: RecordAssistanceDialog | None = None

    # Projects --------------------------------------------------------------------------

    def project_form_dialog(self) -> ProjectFormDialog:
        if self.project_form is None:
            form = ProjectFormDialog(
                self.project_services,
                self._services.household_list.filter_options(),
                self._prompter,
                user_name=self._user_name,
                printing=self._printing,
                parent=self._window,
            )
            form.saved.connect(lambda _id: self.changed.emit())
            form.deleted.connect(lambda _id: self.changed.emit())
            form.record_assistance.connect(self.record_for_project)
            form.household_requested.connect(self.household_requested)
            form.new_agency_requested.connect(self._new_agency_from_form)
            self.project_form = form
        return self.project_form

    def open_project(self, project_id: int | None) -> ProjectFormDialog:
        form = self.project_form_dialog()
        form.show_project(project_id)
        form.open()
        return form

    def open_agencies(self, parent: QWidget | None = None) -> AgenciesDialog:
        """The agencies dialog (over `parent`, else the main window)."""
        dialog = AgenciesDialog(
            self._services.agencies,
            self._services.code_lists,
            self._prompter,
            user_name=self._user_name,
            parent=parent or self._window,
        )
        dialog.changed.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _new_agency_from_form(self) -> None:
        """ "New agency…" in the project form: the form's agency list follows."""
        form = self.project_form_dialog()
        dialog = self.open_agencies(parent=form)
        dialog.new_agency()
        dialog.changed.connect(form.refresh_choices)

    # Assistance ------------------------------------------------------------------------

    def _dialog(self) -> RecordAssistanceDialog:
        parent = self._window
        if self.project_form is not None and self.project_form.isVisible():
            parent = self.project_form
        dialog = RecordAssistanceDialog(
            self.assistance_services,
            self._prompter,
            user_name=self._user_name,
            mask_ids=self._mask_ids(),
            parent=parent,
        )
        dialog.recorded.connect(self._recorded)
        dialog.finished.connect(dialog.deleteLater)
        self.assistance_dialog = dialog
        return dialog

    def _recorded(self, _rows: int) -> None:
        if self.project_form is not None and self.project_form.isVisible():
            self.project_form.refresh_reach()
        self.changed.emit()

    def record_for_project(self, project_id: int | None) -> RecordAssistanceDialog:
        """Help from a project (or none chosen yet) for households chosen in a list that
        starts at the project's area when it is one subdistrict."""
        start = HouseholdFilter()
        if project_id is not None:
            areas = self._services.projects.load(project_id).areas
            subdistricts = {area.subdistrict_code for area in areas}
            if len(subdistricts) == 1:
                villages = [area.village_code for area in areas]
                start = HouseholdFilter(
                    subdistrict_code=subdistricts.pop(),
                    village_code=villages[0] if len(villages) == 1 else None,
                )
        dialog = self._dialog()
        dialog.for_project(project_id, start)
        dialog.open()
        return dialog

    def record_for_household(self, household_id: int, title: str) -> RecordAssistanceDialog:
        dialog = self._dialog()
        dialog.for_household(household_id, title)
        dialog.open()
        return dialog

    def edit_assistance(self, assistance_id: int, title: str) -> RecordAssistanceDialog:
        dialog = self._dialog()
        dialog.for_edit(assistance_id, title)
        dialog.open()
        return dialog

    def delete_assistance(self, assistance_id: int) -> bool:
        if not self._prompter.confirm(
            self._window,
            self.tr("Delete assistance"),
            self.tr("Delete this record of help? The change log keeps what it was."),
        ):
            return False
        try:
            self._services.assistance.delete(assistance_id, self._user_name)
        except RecordLocked as locked:
            self._prompter.error(self._window, self.tr("Delete assistance"), refusal_text(locked))
            return False
        except RecordRejected as rejected:
            self._prompter.error(
                self._window,
                self.tr("Delete assistance"),
                record_problem_text(rejected.problems[0]),
            )
            return False
        self.changed.emit()
        return True
