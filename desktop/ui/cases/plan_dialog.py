"""A household development plan: its problems (one per failing indicator proposed), a
goal for each, and activities with the responsible agency, the project that funds it, a
due date (BE) and a status. Nothing is written until Save; then it is one transaction."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases import (
    ActivityDraft,
    CaseNotFound,
    CaseRejected,
    CaseService,
    IndicatorChoice,
    NamedChoice,
    PlanDraft,
    ProblemDraft,
)
from desktop.services.safety import RecordLocked
from desktop.services.thai import InvalidThaiDate, format_be_date, parse_be_date
from desktop.ui.cases.case_text import (
    field_title,
)
from desktop.ui.cases.plan_rows import (
    GOAL,
    OWNER,
    PROBLEM,
    TEXT,
    PlanActivity,
    PlanProblem,
    append_activity_row,
    append_problem_row,
    fill_owners,
    focus_cell,
)
from desktop.ui.cases.problem_list import NO_SET_STYLE, CaseProblemList
from desktop.ui.domain_text import DIMENSIONS
from desktop.ui.entry_fields import BeDateEdit
from desktop.ui.household_form.keyboard import FormCheckBox, FormComboBox, enter_moves_on
from desktop.ui.prompter import Prompter
from desktop.ui.record_problem_text import date_error_text
from desktop.ui.refusal_text import refusal_text
from desktop.ui.window_fit import fitted


class PlanDialog(QDialog):
    saved = Signal(int)  # the plan's id
    deleted = Signal(int)  # the plan's id

    def __init__(
        self,
        service: CaseService,
        prompter: Prompter,
        *,
        user_name: str,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompter = prompter
        self._user_name = user_name
        self._today = today
        self._keys = itertools.count(1)
        self._draft = PlanDraft(0)
        self._problems: list[PlanProblem] = []
        self._activities: list[PlanActivity] = []
        self._indicators: list[IndicatorChoice] = []
        self._agencies: list[NamedChoice] = []
        self._projects: list[NamedChoice] = []
        self._loading = False
        self.resize(fitted(QSize(1180, 660)))

        self.problems_list = CaseProblemList()
        self.no_set_label = QLabel()  # no indicator set covers the survey year
        self.no_set_label.setWordWrap(True)
        self.no_set_label.setStyleSheet(NO_SET_STYLE)
        self.no_set_label.hide()
        self.title_edit = QLineEdit()
        self.made_on_edit = BeDateEdit()
        self.current_box = FormCheckBox(self.tr("&Current plan"))
        self.notes_edit = QLineEdit()
        self.problem_table = QTableWidget(0, 2)
        self.problem_table.setHorizontalHeaderLabels(
            [self.tr("Problem (indicator or dimension)"), self.tr("Goal")]
        )
        self.problem_table.horizontalHeader().setStretchLastSection(True)
        self.problem_table.setColumnWidth(PROBLEM, 460)
        self.activity_table = QTableWidget(0, 6)
        self.activity_table.setHorizontalHeaderLabels(
            [
                self.tr("Problem no."),
                self.tr("Activity"),
                self.tr("Responsible agency"),
                self.tr("Project"),
                self.tr("Due (BE)"),
                self.tr("Status"),
            ]
        )
        for column, width in enumerate((90, 290, 220, 240, 120)):
            self.activity_table.setColumnWidth(column, width)
        self.activity_table.horizontalHeader().setStretchLastSection(True)
        self.add_problem_button = QPushButton(self.tr("Add &problem"))
        self.remove_problem_button = QPushButton(self.tr("&Remove problem"))
        self.add_activity_button = QPushButton(self.tr("Add &activity"))
        self.remove_activity_button = QPushButton(self.tr("R&emove activity"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.delete_button = QPushButton(self.tr("Delete p&lan…"))
        for button in (
            self.delete_button,
            self.add_problem_button,
            self.remove_problem_button,
            self.add_activity_button,
            self.remove_activity_button,
            self.save_button,
            self.cancel_button,
        ):
            button.setAutoDefault(False)

        top = QFormLayout()
        title_label = QLabel(self.tr("&Title"))
        title_label.setBuddy(self.title_edit)
        date_label = QLabel(self.tr("&Date made (BE)"))
        date_label.setBuddy(self.made_on_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.made_on_edit)
        date_row.addWidget(self.current_box)
        date_row.addStretch()
        top.addRow(title_label, self.title_edit)
        top.addRow(date_label, date_row)
        problem_buttons = QHBoxLayout()
        goals_label = QLabel(self.tr("Problems and &goals"))
        goals_label.setBuddy(self.problem_table)  # Alt+G: to the goal of the current problem
        self.problem_table.installEventFilter(self)
        problem_buttons.addWidget(goals_label, 1)
        problem_buttons.addWidget(self.add_problem_button)
        problem_buttons.addWidget(self.remove_problem_button)
        activity_buttons = QHBoxLayout()
        activity_buttons.addWidget(QLabel(self.tr("Activities")), 1)
        activity_buttons.addWidget(self.add_activity_button)
        activity_buttons.addWidget(self.remove_activity_button)
        notes_row = QHBoxLayout()
        notes_label = QLabel(self.tr("&Notes"))
        notes_label.setBuddy(self.notes_edit)
        notes_row.addWidget(notes_label)
        notes_row.addWidget(self.notes_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems_list)
        layout.addLayout(top)
        layout.addLayout(problem_buttons)
        layout.addWidget(self.no_set_label)
        layout.addWidget(self.problem_table, 2)
        layout.addLayout(activity_buttons)
        layout.addWidget(self.activity_table, 3)
        layout.addLayout(notes_row)
        layout.addLayout(buttons)

        self.add_problem_button.clicked.connect(self.add_problem)
        self.remove_problem_button.clicked.connect(self.remove_problem)
        self.add_activity_button.clicked.connect(self.add_activity)
        self.remove_activity_button.clicked.connect(self.remove_activity)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        enter_moves_on(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The problems' mnemonic lands in the goal of the current (else the first) problem,
        ready to type, not on the table."""
        if (
            watched is self.problem_table
            and event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() == Qt.FocusReason.ShortcutFocusReason
            and self._problems
        ):
            row = max(self.problem_table.currentRow(), 0)
            self.problem_table.setCurrentCell(row, GOAL)
            self.problem_table.cellWidget(row, GOAL).setFocus(Qt.FocusReason.ShortcutFocusReason)
            return False
        return super().eventFilter(watched, event)

    # Opening ---------------------------------------------------------------------------

    def open_plan(self, draft: PlanDraft, household_title: str) -> None:
        """Show ``draft`` (a proposal or a stored plan) for editing."""
        self._draft = draft
        new = draft.id is None
        self.setWindowTitle(
            (self.tr("New plan: {household}") if new else self.tr("Edit plan: {household}"))
            .format(household=household_title)
        )  # fmt: skip
        year = self._service.visit_survey_year(draft.household_id, self._today())
        self._indicators = self._service.indicator_choices(draft.household_id, year)
        self.no_set_label.setText(
            self.tr("No indicator set covers survey year {year} yet — load one in Settings").format(
                year=year
            )
            + " "
            + self.tr("Until then a problem can name only a dimension.")
        )
        self.no_set_label.setVisible(not self._indicators)
        self._agencies = self._service.agencies()
        self._projects = self._service.projects()
        self._loading = True
        self.title_edit.setText(draft.title)
        self.made_on_edit.set_value(draft.made_on)
        self.current_box.setChecked(draft.is_current)
        self.notes_edit.setText(draft.notes)
        self._problems, self._activities = [], []
        self.problem_table.setRowCount(0)
        self.activity_table.setRowCount(0)
        for problem in draft.problems:
            row = PlanProblem(next(self._keys), problem)
            self._problems.append(row)
            self._append_problem(row)
            for activity in problem.activities:
                due = format_be_date(activity.due_on) if activity.due_on else ""
                self._activities.append(PlanActivity(row.key, activity, due))
        for activity in self._activities:
            self._append_activity(activity)
        self._loading = False
        self.delete_button.setVisible(not new)
        self.problems_list.setVisible(False)
        enter_moves_on(self)
        self.title_edit.setFocus()

    # Problems --------------------------------------------------------------------------

    def add_problem(self) -> None:
        row = PlanProblem(next(self._keys), ProblemDraft(dimension=DIMENSIONS[0]))
        self._problems.append(row)
        self._append_problem(row)
        self._refresh_owners()
        enter_moves_on(self)
        focus_cell(self.problem_table, len(self._problems) - 1, PROBLEM)

    def remove_problem(self) -> None:
        row = self.problem_table.currentRow()
        if row < 0:
            row = len(self._problems) - 1
        if row < 0:
            return
        removed = self._problems.pop(row)
        self.problem_table.removeRow(row)
        for index in reversed(range(len(self._activities))):
            if self._activities[index].owner == removed.key:
                del self._activities[index]
                self.activity_table.removeRow(index)
        self._refresh_owners()

    def _append_problem(self, problem: PlanProblem) -> None:
        append_problem_row(
            self.problem_table,
            problem,
            self._indicators,
            lambda dimension: self.tr("No indicator: {dimension}").format(dimension=dimension),
            self._refresh_owners,
        )

    def _refresh_owners(self) -> None:
        for row, activity in enumerate(self._activities):
            box = self.activity_table.cellWidget(row, OWNER)
            assert isinstance(box, FormComboBox)
            fill_owners(box, activity.owner, self._problems, self._indicators)

    # Activities ------------------------------------------------------------------------

    def add_activity(self) -> None:
        if not self._problems:
            self.add_problem()
        row = self.problem_table.currentRow()
        owner = self._problems[row if 0 <= row < len(self._problems) else -1].key
        activity = PlanActivity(owner, ActivityDraft())
        self._activities.append(activity)
        self._append_activity(activity)
        enter_moves_on(self)
        focus_cell(self.activity_table, len(self._activities) - 1, TEXT)

    def remove_activity(self) -> None:
        row = self.activity_table.currentRow()
        if row < 0:
            row = len(self._activities) - 1
        if row >= 0:
            del self._activities[row]
            self.activity_table.removeRow(row)

    def _append_activity(self, activity: PlanActivity) -> None:
        owner = FormComboBox()
        fill_owners(owner, activity.owner, self._problems, self._indicators)
        none_texts = (self.tr("— agency —"), self.tr("— no project —"))
        append_activity_row(
            self.activity_table, activity, owner, self._agencies, self._projects, none_texts
        )

    # Saving ----------------------------------------------------------------------------

    def collect(self) -> tuple[PlanDraft, list[str]]:
        """The plan as keyed, and the dates that could not be read (as problem lines)."""
        errors: list[str] = []
        for row in (*self._problems, *self._activities):
            row.sync()  # what the widgets show, however it got there
        draft = self._draft
        draft.title = self.title_edit.text()
        draft.notes = self.notes_edit.text()
        draft.is_current = self.current_box.isChecked()
        try:
            draft.made_on = self.made_on_edit.value()
        except InvalidThaiDate as error:
            errors.append(f"{field_title('made_on')}: {date_error_text(error)}")
        draft.problems = []
        for index, problem in enumerate(self._problems):
            problem.draft.activities = []
            for number, activity in enumerate(
                (a for a in self._activities if a.owner == problem.key), start=1
            ):
                try:
                    due = activity.due_text.strip()
                    activity.draft.due_on = parse_be_date(due) if due else None
                except InvalidThaiDate as error:
                    place = self.tr("Problem {row}, activity {activity}").format(
                        row=index + 1, activity=number
                    )
                    due_title = field_title("problems.activities.due_on")
                    errors.append(f"{place} · {due_title}: {date_error_text(error)}")
                problem.draft.activities.append(activity.draft)
            draft.problems.append(problem.draft)
        return draft, errors

    def save(self) -> int | None:
        """Save the plan; its id, or None when something stops it (shown in the list)."""
        draft, errors = self.collect()
        if errors:
            self.problems_list.show_lines(errors)
            return None
        try:
            plan_id = self._service.save_plan(draft, user_name=self._user_name, today=self._today())
        except CaseRejected as rejected:
            self.problems_list.show_problems(rejected.problems)
            return None
        except RecordLocked as locked:
            self._prompter.error(self, self.tr("Save plan"), refusal_text(locked))
            return None
        self.saved.emit(plan_id)
        self.accept()
        return plan_id

    def delete(self) -> bool:
        """Delete the stored plan once the clerk says yes; whether it was deleted."""
        plan_id = self._draft.id
        if plan_id is None:
            return False
        title = self.tr("Delete plan")
        parts = [
            self.tr('Delete the plan "{title}" with its problems and activities?').format(
                title=self._draft.title
            )
        ]
        if self._draft.is_current:
            parts.append(
                self.tr(
                    "It is the current plan: after it is deleted the household has no "
                    "current plan. No earlier plan becomes current by itself; open one "
                    'from the timeline and tick "Current plan", or make a new plan.'
                )
            )
        served = self._service.plan_served_assistance(plan_id)
        if served:
            parts.append(
                self.tr(
                    "{count} assistance records served its activities: they stay, still "
                    "counted for their projects, without the activity."
                ).format(count=served)
            )
        parts.append(self.tr("The change log keeps what was deleted."))
        if not self._prompter.confirm(self, title, "\n\n".join(parts), default_no=True):
            return False
        try:
            self._service.delete_plan(plan_id, user_name=self._user_name)
        except RecordLocked as locked:
            self._prompter.error(self, title, refusal_text(locked))
            return False
        except CaseNotFound:
            self._prompter.error(
                self, title, self.tr("This plan was deleted meanwhile. Close the window.")
            )
            return False
        self.deleted.emit(plan_id)
        self.accept()
        return True
