"""Record help for households in one step: choose them with the register's search and
filters (or all of a filter's households at once), fill in the help once, confirm.

Opened from a project (the project chosen) or from one household (no picker; a member
may be named). Nothing is written until Record; then it is one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.assistance import AssistanceService
from desktop.services.cases import ActivityChoice, CaseService
from desktop.services.households.listing import HouseholdFilter, HouseholdListService
from desktop.services.office import CodeListService
from desktop.services.projects import (
    AgencyService,
    AssistanceDraft,
    ProjectService,
    RecordProblem,
    RecordRejected,
)
from desktop.services.safety import RecordLocked
from desktop.services.thai import format_be_date
from desktop.ui.assistance.help_fields import HelpFields
from desktop.ui.assistance.pick_table import PickTable
from desktop.ui.domain_text import dimension_name
from desktop.ui.household_form.keyboard import enter_moves_on
from desktop.ui.households.filter_bar import FilterBar
from desktop.ui.households.table_model import HouseholdTableModel
from desktop.ui.prompter import Prompter
from desktop.ui.record_problem_text import record_problem_text
from desktop.ui.refusal_text import refusal_text
from desktop.ui.window_fit import fitted


@dataclass(frozen=True)
class AssistanceServices:
    assistance: AssistanceService
    projects: ProjectService
    agencies: AgencyService
    code_lists: CodeListService
    household_list: HouseholdListService
    cases: CaseService | None = None  # offers the household plan's activities


class RecordAssistanceDialog(QDialog):
    recorded = Signal(int)  # rows written

    def __init__(
        self,
        services: AssistanceServices,
        prompter: Prompter,
        *,
        user_name: str,
        mask_ids: bool,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._prompter = prompter
        self._user_name = user_name
        self._today = today
        self._fixed_household: int | None = None
        self._editing: int | None = None  # an assistance record being corrected
        self.setWindowTitle(self.tr("Record assistance"))
        self.resize(fitted(QSize(1150, 680)))

        self.fields = HelpFields(services.projects, services.agencies, services.code_lists)
        self.filter_bar = FilterBar(services.household_list.filter_options())
        self.model = HouseholdTableModel(services.household_list, mask_ids=mask_ids)
        self.table = PickTable()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(3, 200)
        self.all_listed_box = QCheckBox()
        self.chosen_label = QLabel()
        self.household_label = QLabel()
        self.household_label.setObjectName("pageTitle")
        self.problems_list = QListWidget()
        self.problems_list.setMaximumHeight(90)
        self.problems_list.setVisible(False)
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.setToolTip(self.tr("Record the help for the chosen households (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))

        # The register's filter row is as wide as the dialog may be: it runs across the
        # top, and the list and the help fields share the room below it.
        self.picker = QWidget()
        picker_layout = QVBoxLayout(self.picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(
            QLabel(
                self.tr(
                    "Choose households: Space ticks, Shift+arrows add a run, Ctrl or Shift"
                    " and click, or tick all listed."
                )
            )
        )
        picker_layout.addWidget(self.filter_bar)
        self.picker_list = QWidget()
        list_layout = QVBoxLayout(self.picker_list)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.all_listed_box)
        choice_row.addStretch()
        choice_row.addWidget(self.chosen_label)
        list_layout.addLayout(choice_row)
        body = QHBoxLayout()
        body.addWidget(self.picker_list, 3)
        side = QVBoxLayout()
        side.addWidget(self.household_label)
        side.addWidget(self.fields)
        side.addStretch()
        body.addLayout(side, 2)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addLayout(body, 1)
        layout.addWidget(self.problems_list)
        layout.addLayout(buttons)

        self.filter_bar.changed.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._show_chosen)
        self.all_listed_box.toggled.connect(self._all_listed_toggled)
        self.record_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.record)
        enter_moves_on(self.fields)
        self.model.reload()
        self._show_chosen()

    # Opening ---------------------------------------------------------------------------

    def for_project(self, project_id: int | None, household_filter: HouseholdFilter) -> None:
        """Choose households for help from `project_id`, starting from `household_filter`."""
        self._fixed_household = None
        self._editing = None
        self.picker.setVisible(True)
        self.picker_list.setVisible(True)
        self.household_label.setVisible(False)
        self.fields.set_members(None)
        self.fields.load(AssistanceDraft(project_id=project_id, given_on=self._today()))
        self.filter_bar.apply(household_filter)
        self.filter_bar.search_edit.setFocus()

    def for_household(self, household_id: int, title: str) -> None:
        """Help for one household (a member may be named)."""
        self._fixed_household = household_id
        self._editing = None
        self.picker.setVisible(False)
        self.picker_list.setVisible(False)
        self.household_label.setVisible(True)
        self.household_label.setText(title)
        self.fields.set_members(self._services.assistance.members(household_id))
        cases = self._services.cases
        activities = cases.current_activities(household_id) if cases is not None else []
        self.fields.set_activities([(a.activity_id, self._activity_text(a)) for a in activities])
        self.fields.load(AssistanceDraft(given_on=self._today()))
        self.fields.project_box.setFocus()

    def _activity_text(self, activity: ActivityChoice) -> str:
        """ "ตัวชี้วัด 22 · ฝึกอาชีพ (ครบ 31/03/2570)": the problem's indicator (else its
        dimension), the activity and its due date."""
        problem = (
            self.tr("Indicator {number}").format(number=activity.indicator_number)
            if activity.indicator_number is not None
            else dimension_name(activity.dimension)
        )
        text = f"{problem} · {activity.text}"
        if activity.due_on is not None:
            text += " " + self.tr("(due {date})").format(date=format_be_date(activity.due_on))
        return text

    def for_edit(self, assistance_id: int, title: str) -> None:
        """Correct one recorded piece of help."""
        household_id, draft = self._services.assistance.load(assistance_id)
        self.for_household(household_id, title)
        self._editing = assistance_id
        self.fields.load(draft)
        self.setWindowTitle(self.tr("Correct assistance"))

    # Choosing --------------------------------------------------------------------------

    def _filter_changed(self, household_filter: HouseholdFilter) -> None:
        self.model.set_filter(household_filter)
        self._all_listed_toggled(self.all_listed_box.isChecked())

    def _all_listed_toggled(self, checked: bool) -> None:
        self.table.setEnabled(not checked)
        if checked:
            self.table.clearSelection()
        self._show_chosen()

    def chosen_household_ids(self) -> list[int]:
        if self._fixed_household is not None:
            return [self._fixed_household]
        if self.all_listed_box.isChecked():
            return self._services.household_list.ids(self.model.household_filter)
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [household_id for row in rows if (household_id := self.model.household_id(row))]

    def _show_chosen(self) -> None:
        locale = QLocale()
        self.all_listed_box.setText(
            self.tr("All {count} listed households").format(
                count=locale.toString(self.model.total())
            )
        )
        if self.all_listed_box.isChecked():
            count = self.model.total()
        else:
            count = len(self.table.selectionModel().selectedRows())
        self.chosen_label.setText(
            self.tr("{count} households chosen").format(count=locale.toString(count))
        )

    # Recording -------------------------------------------------------------------------

    def record(self) -> int:
        """Record the help; the number of households it was recorded for (0: nothing)."""
        draft, errors = self.fields.read()
        if errors:
            self._show_lines([(field, text) for field, text in errors.items()])
            return 0
        service = self._services.assistance
        if self._editing is not None:
            try:
                service.update(self._editing, draft, self._user_name, today=self._today())
            except RecordRejected as rejected:
                self._show_problems(rejected.problems)
                return 0
            except RecordLocked as locked:
                self._prompter.error(self, self.tr("Record assistance"), refusal_text(locked))
                return 0
            self.recorded.emit(1)
            self.accept()
            return 1
        household_ids = self.chosen_household_ids()
        problems = service.check(household_ids, draft, self._today())
        blocking = [problem for problem in problems if problem.blocking]
        if blocking:
            self._show_problems(blocking)
            return 0
        warnings = [problem for problem in problems if not problem.blocking]
        question = self.tr("Record this help for {count} households?").format(
            count=QLocale().toString(len(household_ids))
        )
        if warnings:
            question = "\n".join([*(record_problem_text(w) for w in warnings), "", question])
        if (len(household_ids) > 1 or warnings) and not self._prompter.confirm(
            self, self.tr("Record assistance"), question
        ):
            return 0
        try:
            written = service.record(household_ids, draft, self._user_name, today=self._today())
        except RecordRejected as rejected:
            self._show_problems(rejected.problems)
            return 0
        except RecordLocked as locked:
            self._prompter.error(self, self.tr("Record assistance"), refusal_text(locked))
            return 0
        self.recorded.emit(written)
        self.accept()
        return written

    def _show_problems(self, problems: list[RecordProblem]) -> None:
        self._show_lines([(problem.field, record_problem_text(problem)) for problem in problems])

    def _show_lines(self, lines: list[tuple[str, str]]) -> None:
        self.problems_list.clear()
        for field, text in lines:
            title = self.fields.label_of(field) or (
                self.tr("Households") if field == "households" else ""
            )
            item = QListWidgetItem(f"{title}: {text}" if title else text)
            item.setForeground(QColor("#b00020"))
            self.problems_list.addItem(item)
        self.problems_list.setVisible(bool(lines))
        if lines and lines[0][0] in self.fields.widgets:
            self.fields.widgets[lines[0][0]].setFocus()
