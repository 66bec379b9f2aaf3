"""The household form as the main window opens it: the form, its assistance tab, and its
plan and follow-up tab with the household's evidence under the timeline.

Built the first time a household opens (not at start): the main window keeps the parts
and connects what it needs to know (saves, deletions, visits).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services.households.draft_file import DraftFile, draft_path_for
from desktop.services.office import AppServices
from desktop.ui.assistance.household_assistance import HouseholdAssistanceSection
from desktop.ui.cases.case_section import HouseholdCaseSection
from desktop.ui.evidence.evidence_panel import EvidencePanel
from desktop.ui.household_form.form_dialog import HouseholdFormDialog
from desktop.ui.printing.household_printing import HouseholdPrinting
from desktop.ui.prompter import Prompter


@dataclass(frozen=True)
class HouseholdFormTabs:
    form: HouseholdFormDialog
    assistance: HouseholdAssistanceSection
    cases: HouseholdCaseSection
    evidence: EvidencePanel


def household_form_with_tabs(
    services: AppServices,
    prompter: Prompter,
    *,
    user_name: str,
    printing: HouseholdPrinting,
    record_for_household: Callable[[int, str], object],
    parent: QWidget,
) -> HouseholdFormTabs:
    """The form and its tabs, wired to each other; `record_for_household` opens the
    assistance dialog for a household (its id, the form's title)."""
    form = HouseholdFormDialog(
        services.household_form,
        prompter,
        user_name=user_name,
        printing=printing,
        drafts=DraftFile(draft_path_for(services.database.path)),
        parent=parent,
    )
    assistance = HouseholdAssistanceSection(services.assistance)
    form.add_tab(assistance, QCoreApplication.translate("MainWindow", "&Assistance"))
    form.household_shown.connect(assistance.set_household)
    assistance.add_requested.connect(
        lambda household_id: record_for_household(household_id, form.windowTitle())
    )
    cases = HouseholdCaseSection(
        services.cases,
        prompter,
        user_name=user_name,
        unsaved=form.has_unsaved_changes,
        title=form.windowTitle,
    )
    form.add_tab(cases, QCoreApplication.translate("MainWindow", "Plan and fo&llow-up"))
    form.household_shown.connect(cases.set_household)
    cases.visit_saved.connect(lambda _id: form.reload_stored())
    evidence = EvidencePanel(
        services.evidence, prompter, user_name=user_name, unsaved=form.has_unsaved_changes
    )
    cases.layout().addWidget(evidence, 1)  # under the timeline, on the same tab
    form.household_shown.connect(evidence.set_household)
    cases.visit_saved.connect(lambda _id: evidence.refresh())  # a visit to attach to
    return HouseholdFormTabs(form, assistance, cases, evidence)
