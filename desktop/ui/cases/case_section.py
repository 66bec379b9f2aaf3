"""A household's plan and follow-up tab: its plans, visits and stage history on one
timeline (newest first, BE dates), and the buttons that make a plan, change the current
one and record a visit. Enter or a double click on a plan or a visit of the timeline opens
it to correct or delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases import (
    CaseService,
    PlanDraft,
    TimelineEntry,
    TimelineKind,
    VisitDraft,
)
from desktop.services.thai import format_be_date
from desktop.ui.cases.plan_dialog import PlanDialog
from desktop.ui.cases.visit_dialog import VisitDialog
from desktop.ui.domain_text import stage_name
from desktop.ui.household_form.keyboard import skip_on_enter
from desktop.ui.prompter import Prompter
from desktop.ui.read_only_table import read_only_table


class HouseholdCaseSection(QWidget):
    visit_saved = Signal(int)  # household id: its stages and answers changed

    def __init__(
        self,
        service: CaseService,
        prompter: Prompter,
        *,
        user_name: str,
        unsaved: Callable[[], bool],
        title: Callable[[], str],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._prompter = prompter
        self._user_name = user_name
        self._unsaved = unsaved
        self._title = title
        self._today = today
        self._household_id: int | None = None
        self._stale = True
        self.entries: list[TimelineEntry] = []
        self.plan_dialog: PlanDialog | None = None
        self.visit_dialog: VisitDialog | None = None
        self.summary_label = QLabel()
        self.new_plan_button = QPushButton(self.tr("New &plan…"))
        self.edit_plan_button = QPushButton(self.tr("&Edit plan…"))
        self.visit_button = QPushButton(self.tr("Record &visit…"))
        self.timeline_table = read_only_table(
            [self.tr("Date"), self.tr("What"), self.tr("Who"), self.tr("Details")]
        )
        for column, width in enumerate((110, 200, 180)):
            self.timeline_table.setColumnWidth(column, width)
        self.timeline_table.verticalHeader().hide()
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        for button in (self.new_plan_button, self.edit_plan_button, self.visit_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.timeline_table, 1)
        skip_on_enter(self.timeline_table)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.visit_button.clicked.connect(self.record_visit)
        self.timeline_table.itemActivated.connect(self._row_activated)

    def set_household(self, household_id: int | None) -> None:
        self._household_id = household_id
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        household_id = self._household_id
        for button in (self.new_plan_button, self.visit_button):
            button.setEnabled(household_id is not None)
        if household_id is None:
            self.entries = []
            self.edit_plan_button.setEnabled(False)
            self.summary_label.setText(self.tr("Save the household first."))
            self._fill()
            return
        self.entries = self._service.timeline(household_id)
        current = next(
            (e for e in self.entries if e.kind is TimelineKind.PLAN and e.is_current), None
        )
        self.edit_plan_button.setEnabled(current is not None)
        due = next((e.next_visit_due for e in self.entries if e.kind is TimelineKind.VISIT), None)
        parts = [
            self.tr("Current plan: {title}").format(title=current.text)
            if current
            else self.tr("No current plan")
        ]
        if due is not None:
            parts.append(self.tr("next visit due {date}").format(date=format_be_date(due)))
        self.summary_label.setText(" · ".join(parts))
        self._fill()

    def _fill(self) -> None:
        table = self.timeline_table
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (format_be_date(entry.on), self._what(entry), entry.who, self._details(entry))
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))

    def _what(self, entry: TimelineEntry) -> str:
        if entry.kind is TimelineKind.PLAN:
            return self.tr("Plan (current)") if entry.is_current else self.tr("Plan")
        if entry.kind is TimelineKind.VISIT:
            return self.tr("Visit")
        return self.tr("Stage: {stage}").format(stage=stage_name(entry.stage))

    def _details(self, entry: TimelineEntry) -> str:
        if entry.kind is TimelineKind.PLAN:
            return self.tr(
                "{title} · {problems} problems, {done} of {activities} activities done"
            ).format(
                title=entry.text,
                problems=entry.problems,
                done=entry.activities_done,
                activities=entry.activities,
            )
        if entry.kind is TimelineKind.VISIT:
            parts = [entry.text] if entry.text else []
            if entry.stage:
                parts.append(
                    self.tr("stage reassessed: {stage}").format(stage=stage_name(entry.stage))
                )
            if entry.next_visit_due:
                parts.append(
                    self.tr("next visit due {date}").format(
                        date=format_be_date(entry.next_visit_due)
                    )
                )
            return " · ".join(parts)
        return entry.text

    # Actions ---------------------------------------------------------------------------

    def _ready(self) -> int | None:
        """The household, once it is saved as shown; else None, after saying why."""
        if self._household_id is None or self._unsaved():
            self._prompter.info(
                self,
                self.tr("Plan and follow-up"),
                self.tr(
                    "Save the household first: plans and visits are kept with the saved household."
                ),
            )
            return None
        return self._household_id

    def new_plan(self) -> PlanDialog | None:
        household_id = self._ready()
        if household_id is None:
            return None
        draft = self._service.propose_plan(household_id, today=self._today())
        return self._open_plan(draft)

    def edit_plan(self) -> PlanDialog | None:
        household_id = self._ready()
        if household_id is None:
            return None
        draft = self._service.current_plan(household_id)
        return self._open_plan(draft) if draft is not None else None

    def open_plan_at(self, row: int) -> PlanDialog | None:
        """Enter or a double click on a plan of the timeline opens it (an earlier plan is
        made current again by ticking "current plan"; a plan made by mistake is deleted
        there)."""
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        if entry is None or entry.kind is not TimelineKind.PLAN or self._ready() is None:
            return None
        return self._open_plan(self._service.load_plan(entry.record_id))

    def open_visit_at(self, row: int) -> VisitDialog | None:
        """Enter or a double click on a visit of the timeline opens it to correct or delete."""
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        if entry is None or entry.kind is not TimelineKind.VISIT:
            return None
        household_id = self._ready()
        if household_id is None:
            return None
        return self._open_visit(household_id, self._service.load_visit(entry.record_id))

    def _row_activated(self, item: QTableWidgetItem) -> None:
        if self.open_plan_at(item.row()) is None:
            self.open_visit_at(item.row())

    def _open_plan(self, draft: PlanDraft) -> PlanDialog:
        if self.plan_dialog is None:
            self.plan_dialog = PlanDialog(
                self._service, self._prompter, user_name=self._user_name, today=self._today,
                parent=self,
            )  # fmt: skip
            self.plan_dialog.saved.connect(lambda _plan_id: self.reload())
            self.plan_dialog.deleted.connect(lambda _plan_id: self.reload())
        self.plan_dialog.open_plan(draft, self._title())
        self.plan_dialog.open()
        return self.plan_dialog

    def record_visit(self) -> VisitDialog | None:
        household_id = self._ready()
        if household_id is None:
            return None
        return self._open_visit(household_id, None)

    def _open_visit(self, household_id: int, recorded: VisitDraft | None) -> VisitDialog:
        if self.visit_dialog is None:
            self.visit_dialog = VisitDialog(
                self._service, self._prompter, user_name=self._user_name, today=self._today,
                parent=self,
            )  # fmt: skip
            self.visit_dialog.saved.connect(self._visit_saved)
            self.visit_dialog.deleted.connect(self._visit_saved)
        self.visit_dialog.open_visit(household_id, self._title(), recorded)
        self.visit_dialog.open()
        return self.visit_dialog

    def _visit_saved(self, _saved: object) -> None:
        self.reload()
        if self._household_id is not None:
            self.visit_saved.emit(self._household_id)
