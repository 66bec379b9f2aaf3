"""The project form: details, area, method, key results with progress, households reached.

Ctrl+S saves; Ctrl+R records assistance to households; Esc closes, asking first when
something is unsaved. Problems show in a list under the tabs; a click goes to the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.assistance import AssistanceService
from desktop.services.evidence import EvidenceService
from desktop.services.households.listing import FilterOptions
from desktop.services.office import CodeListService
from desktop.services.projects import (
    AgencyService,
    AssistanceFilter,
    ProjectDraft,
    ProjectService,
    RecordNotFound,
    RecordProblem,
    RecordRejected,
)
from desktop.services.safety import RecordChanged, RecordDeleted, RecordLocked
from desktop.ui.evidence.report_evidence_dialog import ReportEvidenceDialog
from desktop.ui.household_form.keyboard import enter_moves_on
from desktop.ui.printing.household_printing import HouseholdPrinting
from desktop.ui.projects.area_picker import AreaPicker
from desktop.ui.projects.details_section import ProjectDetailsSection, text_box
from desktop.ui.projects.key_results_section import KeyResultsSection
from desktop.ui.projects.reach_panel import ReachPanel
from desktop.ui.prompter import Prompter
from desktop.ui.record_problem_text import record_problem_text
from desktop.ui.refusal_text import refusal_text
from desktop.ui.save_conflict import Choice, SaveConflictDialog, deleted_text
from desktop.ui.window_fit import fitted

DETAILS_TAB, AREA_TAB, METHOD_TAB, RESULTS_TAB, REACH_TAB = range(5)
METHOD_FIELDS = ("steps", "evaluation_method", "evaluation_tools", "evidence")
FIELD_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ProjectServices:
    projects: ProjectService
    agencies: AgencyService
    code_lists: CodeListService
    assistance: AssistanceService
    evidence: EvidenceService | None = None  # the progress reports' files


class ProjectFormDialog(QDialog):
    saved = Signal(int)
    deleted = Signal(int)
    record_assistance = Signal(int)  # project id
    household_requested = Signal(int)
    new_agency_requested = Signal()

    def __init__(
        self,
        services: ProjectServices,
        areas: FilterOptions,
        prompter: Prompter,
        *,
        user_name: str,
        printing: HouseholdPrinting | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._printing = printing
        self._services = services
        self._prompter = prompter
        self._user_name = user_name
        self._project_id: int | None = None
        self._version: int | None = None  # the stored version shown: a save names it
        self._loaded: ProjectDraft | None = None
        self.conflict_dialog: SaveConflictDialog | None = None
        self.setWindowTitle(self.tr("Project"))
        self.resize(fitted(QSize(980, 760)))

        self.details = ProjectDetailsSection()
        self.area_picker = AreaPicker(areas)
        self.steps_edit = text_box(110)
        self.evaluation_method_edit = text_box(80)
        self.evaluation_tools_edit = text_box(80)
        self.evidence_edit = text_box(80)
        method = QWidget()
        method_form = QFormLayout(method)
        method_form.addRow(self.tr("Steps and method"), self.steps_edit)
        method_form.addRow(self.tr("Evaluation method"), self.evaluation_method_edit)
        method_form.addRow(self.tr("Evaluation tools"), self.evaluation_tools_edit)
        method_form.addRow(self.tr("Evidence"), self.evidence_edit)
        self.key_results = KeyResultsSection()
        self.key_results.report_evidence_button.setVisible(services.evidence is not None)
        self.key_results.evidence_requested.connect(self.open_report_evidence)
        self.report_evidence: ReportEvidenceDialog | None = None
        self.reach = ReachPanel()

        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.area_picker, self.tr("Area"))
        self.tabs.addTab(method, self.tr("Method and evaluation"))
        self.tabs.addTab(self.key_results, self.tr("Key results and progress"))
        self.tabs.addTab(self.reach, self.tr("Households reached"))

        self.problems_list = QListWidget()
        self.problems_list.setMaximumHeight(96)
        self.problems_list.setVisible(False)
        self.status_label = QLabel()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.delete_button = QPushButton(self.tr("Delete project"))
        self.print_button = QPushButton(self.tr("Project sheet (PDF)…"))
        self.print_button.setVisible(printing is not None)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_list)
        layout.addLayout(buttons)
        self.method_widgets = {
            "steps": self.steps_edit,
            "evaluation_method": self.evaluation_method_edit,
            "evaluation_tools": self.evaluation_tools_edit,
            "evidence": self.evidence_edit,
        }

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.delete_button.clicked.connect(self.delete_project)
        self.print_button.clicked.connect(self.save_pdf)
        self.problems_list.itemActivated.connect(self._go_to_problem)
        self.problems_list.itemClicked.connect(self._go_to_problem)
        self.reach.record_requested.connect(self._request_assistance)
        self.reach.household_requested.connect(self.household_requested)
        self.details.new_agency_button.clicked.connect(self.new_agency_requested)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+R"), self, self._request_assistance)
        enter_moves_on(self)

    # Showing ---------------------------------------------------------------------------

    def refresh_choices(self) -> None:
        """Read the agencies and code lists again (after one was added), keeping choices."""
        keep = ProjectDraft()
        self.details.read_into(keep)
        self._fill_choices(self._loaded)
        self.details.load(keep)

    def _fill_choices(self, draft: ProjectDraft | None) -> None:
        code_lists = self._services.code_lists
        umbrellas = [
            entry
            for entry in code_lists.entries("umbrella")
            if not entry.retired or (draft and entry.code == draft.umbrella_code)
        ]
        sources = [
            entry
            for entry in code_lists.entries("budget_source")
            if not entry.retired or (draft and entry.code == draft.budget_source)
        ]
        self.details.set_choices(self._services.agencies.list_agencies(), umbrellas, sources)

    def show_project(self, project_id: int | None, fiscal_year: int | None = None) -> None:
        projects = self._services.projects
        draft = projects.new_draft(fiscal_year) if project_id is None else projects.load(project_id)
        self._project_id = project_id
        self._version = draft.version
        self._fill_choices(draft)
        self._show_draft(draft)
        self.tabs.setCurrentIndex(DETAILS_TAB)
        self.details.name_edit.setFocus()

    def _show_draft(self, draft: ProjectDraft) -> None:
        self.details.load(draft)
        self.area_picker.set_areas(draft.areas)
        for name, box in self.method_widgets.items():
            box.setPlainText(getattr(draft, name))
        self.key_results.load(draft.key_results, draft.fiscal_year)
        self._loaded = self.read_draft()[0]
        self._show_problems([])
        self.delete_button.setEnabled(self._project_id is not None)
        self.print_button.setEnabled(self._project_id is not None)
        self.setWindowTitle(
            self.tr("Project: {name}").format(name=draft.name)
            if self._project_id
            else self.tr("New project")
        )
        self.refresh_reach()

    def refresh_reach(self) -> None:
        if self._project_id is None:
            self.reach.show_reach(None, [])
            return
        reach = self._services.projects.reach(self._project_id)
        rows = self._services.assistance.list_assistance(
            AssistanceFilter(project_id=self._project_id)
        )
        self.reach.show_reach(reach, rows)

    @property
    def project_id(self) -> int | None:
        return self._project_id

    # Reading and saving ----------------------------------------------------------------

    def read_draft(self) -> tuple[ProjectDraft, list[tuple[str, str, int | None]]]:
        """The form as a draft, and the fields that could not be read (field, text, row)."""
        draft = ProjectDraft(id=self._project_id, version=self._version)
        errors: list[tuple[str, str, int | None]] = [
            (name, text, None) for name, text in self.details.read_into(draft).items()
        ]
        draft.areas = self.area_picker.areas()
        for name, box in self.method_widgets.items():
            setattr(draft, name, box.toPlainText())
        draft.key_results, result_errors = self.key_results.read()
        errors += [
            (f"key_results.{name}", text, row) for (name, row), text in result_errors.items()
        ]
        return draft, errors

    def _ask_after_conflict(self, changed: RecordChanged) -> None:
        """Reload theirs, overwrite theirs on purpose (the save names their version), or
        keep editing: nothing is overwritten unless chosen."""
        self.status_label.setText(self.tr("Not saved: someone else saved it first."))
        self.conflict_dialog = SaveConflictDialog(
            self.tr("project"),
            changed.stamp,
            (Choice.RELOAD, Choice.OVERWRITE, Choice.CANCEL),
            self,
        )

        def chosen(choice: Choice) -> None:
            if choice is Choice.RELOAD:
                self.show_project(self._project_id)
            elif choice is Choice.OVERWRITE:
                self._version = changed.version
                self.save()

        self.conflict_dialog.chosen.connect(chosen)
        self.conflict_dialog.open()

    def is_dirty(self) -> bool:
        draft, errors = self.read_draft()
        return bool(errors) or draft != self._loaded

    def save(self) -> bool:
        draft, errors = self.read_draft()
        if errors:
            self._show_problems(errors)
            return False
        problems = self._services.projects.check(draft)
        blocking = [problem for problem in problems if problem.blocking]
        if blocking:
            self._show_problems(self._problem_lines(problems))
            return False
        try:
            project_id = self._services.projects.save(draft, self._user_name)
        except RecordRejected as rejected:
            self._show_problems(self._problem_lines(rejected.problems))
            return False
        except RecordLocked as locked:
            self._prompter.error(self, self.tr("Not saved"), refusal_text(locked))
            return False
        except RecordChanged as changed:  # another clerk saved it first
            self._ask_after_conflict(changed)
            return False
        except (RecordDeleted, RecordNotFound) as gone:
            stamp = gone.stamp if isinstance(gone, RecordDeleted) else None
            self.status_label.setText(self.tr("Not saved: the project was deleted."))
            message = deleted_text(self.tr("project"), stamp)
            self._prompter.error(self, self.tr("Not saved"), message)
            return False
        self._project_id = project_id
        stored = self._services.projects.load(project_id)
        self._version = stored.version
        self._show_draft(stored)
        self._show_problems(self._problem_lines(problems))  # the warnings stay in sight
        self.status_label.setText(self.tr("Saved."))
        self.saved.emit(project_id)
        return True

    def delete_project(self) -> None:
        if self._project_id is None:
            return
        if not self._prompter.confirm(
            self,
            self.tr("Delete project"),
            self.tr("Delete this project with its key results and reports?"),
        ):
            return
        try:
            self._services.projects.delete(self._project_id, self._user_name)
        except RecordLocked as locked:
            self._prompter.error(self, self.tr("Delete project"), refusal_text(locked))
            return
        except RecordRejected as rejected:
            self._prompter.error(
                self,
                self.tr("Delete project"),
                self.tr("This project cannot be deleted: {reason}").format(
                    reason=record_problem_text(rejected.problems[0])
                ),
            )
            return
        deleted = self._project_id
        self._project_id = None
        self._loaded = self.read_draft()[0]
        self.deleted.emit(deleted)
        self.accept()

    def save_pdf(self) -> None:
        """The project's sheet as a PDF (saved first when it has changes)."""
        if self._printing is None or self._project_id is None:
            return
        if self.is_dirty() and not self.save():
            return
        self._printing.save_project_pdf(self, self._project_id)

    def open_report_evidence(self, report_id: int | None, title: str) -> QDialog | None:
        """The files of a saved progress report, in a dialog of their own."""
        evidence = self._services.evidence
        if evidence is None:
            return None
        if report_id is None or self.is_dirty():
            self._prompter.info(
                self,
                self.tr("Report evidence"),
                self.tr("Save the project first: files are kept with the saved report."),
            )
            return None
        if self.report_evidence is None:
            self.report_evidence = ReportEvidenceDialog(
                evidence, self._prompter, user_name=self._user_name, parent=self
            )
        self.report_evidence.open_report(report_id, title)
        self.report_evidence.open()
        return self.report_evidence

    def _request_assistance(self) -> None:
        if self._project_id is None:
            self.status_label.setText(self.tr("Save the project first."))
            return
        if self.is_dirty() and not self.save():
            return
        self.record_assistance.emit(self._project_id)

    # Problems --------------------------------------------------------------------------

    def _problem_lines(self, problems: list[RecordProblem]) -> list[tuple[str, str, int | None]]:
        lines = []
        for problem in problems:
            text = record_problem_text(problem)
            if not problem.blocking:
                text = self.tr("Note: {text}").format(text=text)
            lines.append((problem.field, text, problem.row))
        return lines

    def _show_problems(self, lines: list[tuple[str, str, int | None]]) -> None:
        self.problems_list.clear()
        self.status_label.setText("")
        for field, text, row in lines:
            where = self._field_title(field, row)
            item = QListWidgetItem(f"{where}: {text}" if where else text)
            item.setData(FIELD_ROLE, (field, row))
            item.setForeground(QColor("#b00020"))
            self.problems_list.addItem(item)
        self.problems_list.setVisible(bool(lines))

    def _field_title(self, field: str, row: int | None) -> str:
        if field.startswith("key_results"):
            return self.tr("Key result {number}").format(number=(row or 0) + 1)
        if field == "areas":
            return self.tr("Area")
        widget = self.details.widgets.get(field)
        label = self.details.form
        if widget is not None and isinstance(label, QFormLayout):
            for form_row in range(label.rowCount()):
                item = label.itemAt(form_row, QFormLayout.ItemRole.LabelRole)
                field_item = label.itemAt(form_row, QFormLayout.ItemRole.FieldRole)
                if item is None or field_item is None:
                    continue
                inside = field_item.widget() is widget or (
                    field_item.layout() is not None and field_item.layout().indexOf(widget) >= 0
                )
                if inside and isinstance(item.widget(), QLabel):
                    return item.widget().text().replace("&", "")
        return ""

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        field, row = item.data(FIELD_ROLE)
        if field.startswith("key_results"):
            self.tabs.setCurrentIndex(RESULTS_TAB)
            self.key_results.select_result(row or 0)
        elif field == "areas":
            self.tabs.setCurrentIndex(AREA_TAB)
        elif field in self.method_widgets:
            self.tabs.setCurrentIndex(METHOD_TAB)
            self.method_widgets[field].setFocus()
        elif field in self.details.widgets:
            self.tabs.setCurrentIndex(DETAILS_TAB)
            self.details.widgets[field].setFocus()

    # Closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty() and not self._prompter.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Close the project without saving the changes?"),
        ):
            event.ignore()
            return
        event.accept()

    def reject(self) -> None:
        """Esc: the same question as closing."""
        self.close()
