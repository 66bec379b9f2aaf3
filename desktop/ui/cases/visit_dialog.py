"""A follow-up visit: its date (BE), who visited, what was found, the answers of the
indicators checked, a new stage with its reason, and when the next visit is due. The
answers go to the household's latest survey year, verified by the visitor on the day.

A recorded visit opens here too, to be corrected (Save) or deleted (its answers go back
to what they were before it, its stage assessment goes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cases import (
    CaseNotFound,
    CaseRejected,
    CaseService,
    CheckedAnswer,
    IndicatorChoice,
    SavedVisit,
    VisitDraft,
)
from desktop.services.safety import RecordLocked
from desktop.services.thai import InvalidThaiDate
from desktop.ui.cases.problem_list import NO_SET_STYLE, CaseProblemList
from desktop.ui.domain_text import STAGES, STATUSES, stage_name, status_name
from desktop.ui.entry_fields import BeDateEdit
from desktop.ui.household_form.keyboard import FormComboBox, enter_moves_on
from desktop.ui.prompter import Prompter
from desktop.ui.record_problem_text import date_error_text
from desktop.ui.refusal_text import refusal_text
from desktop.ui.window_fit import fitted

NUMBER, INDICATOR, LAST, ANSWER = range(4)
DEFAULT_NEXT_VISIT_DAYS = 90


class VisitDialog(QDialog):
    saved = Signal(object)  # SavedVisit
    deleted = Signal(int)  # the visit's id

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
        self._household_id = 0
        self._visit_id: int | None = None
        self._indicators: list[IndicatorChoice] = []
        self.resize(fitted(QSize(1000, 660)))

        self.problems_list = CaseProblemList()
        self.date_edit = BeDateEdit()
        self.visitor_edit = QLineEdit()
        self.findings_edit = QPlainTextEdit()
        self.findings_edit.setTabChangesFocus(True)
        self.findings_edit.setMaximumHeight(80)
        self.year_label = QLabel()
        self.no_set_label = QLabel()  # no indicator set covers the survey year
        self.no_set_label.setWordWrap(True)
        self.no_set_label.setStyleSheet(NO_SET_STYLE)
        self.no_set_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_set_label.hide()
        self.answers_table = QTableWidget(0, 4)
        self.answers_table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Indicator"), self.tr("Last answer"), self.tr("Found now")]
        )
        for column, width in enumerate((50, 520, 120)):
            self.answers_table.setColumnWidth(column, width)
        self.answers_table.horizontalHeader().setStretchLastSection(True)
        self.answers_table.verticalHeader().hide()
        self.stage_box = FormComboBox()
        self.stage_box.addItem(self.tr("— no change —"), None)
        for stage in STAGES:
            self.stage_box.addItem(stage_name(stage), stage)
        self.reason_edit = QLineEdit()
        self.next_due_edit = BeDateEdit()
        self.save_button = QPushButton(self.tr("&Save"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.delete_button = QPushButton(self.tr("De&lete visit…"))
        for button in (self.save_button, self.cancel_button, self.delete_button):
            button.setAutoDefault(False)

        form = QFormLayout()
        labels: list[tuple[str, QWidget]] = [
            (self.tr("&Date of visit (BE)"), self.date_edit),
            (self.tr("&Visited by"), self.visitor_edit),
            (self.tr("&Findings"), self.findings_edit),
        ]
        for text, widget in labels:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        answers_label = QLabel(self.tr("&Indicators checked"))
        answers_label.setBuddy(self.answers_table)
        answers_row = QHBoxLayout()
        answers_row.addWidget(answers_label)
        answers_row.addWidget(self.year_label, 1)
        stage_form = QFormLayout()
        for text, widget in (
            (self.tr("New s&tage"), self.stage_box),
            (self.tr("&Reason for the stage"), self.reason_edit),
            (self.tr("&Next visit due (BE)"), self.next_due_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            stage_form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems_list)
        layout.addLayout(form)
        layout.addLayout(answers_row)
        layout.addWidget(self.no_set_label, 1)  # in the table's room while the table is hidden
        layout.addWidget(self.answers_table, 1)
        layout.addLayout(stage_form)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        enter_moves_on(self)

    def open_visit(
        self, household_id: int, household_title: str, recorded: VisitDraft | None = None
    ) -> None:
        """A new visit of the household, dated today by the user signed in; or a
        ``recorded`` visit (its ``id`` set) to correct or delete."""
        self._household_id = household_id
        self._visit_id = recorded.id if recorded is not None else None
        title = (
            self.tr("Visit: {household}")
            if recorded is None
            else self.tr("Correct visit: {household}")
        )
        self.setWindowTitle(title.format(household=household_title))
        today = self._today()
        draft = recorded or VisitDraft(
            household_id,
            visited_on=today,
            visited_by=self._user_name,
            next_visit_due=today + dt.timedelta(days=DEFAULT_NEXT_VISIT_DAYS),
        )
        year = self._service.visit_survey_year(
            household_id, draft.visited_on or today, visit_id=self._visit_id
        )
        self._indicators = self._service.indicator_choices(household_id, year)
        self.year_label.setText(
            self.tr("(the answers become those of survey year {year})").format(year=year)
        )
        self.no_set_label.setText(
            self.tr("No indicator set covers survey year {year} yet — load one in Settings").format(
                year=year
            )
        )
        self.no_set_label.setVisible(not self._indicators)
        self.answers_table.setVisible(bool(self._indicators))
        self.date_edit.set_value(draft.visited_on)
        self.visitor_edit.setText(draft.visited_by)
        self.findings_edit.setPlainText(draft.findings)
        self.stage_box.setCurrentIndex(max(self.stage_box.findData(draft.new_stage), 0))
        self.reason_edit.setText(draft.stage_reason)
        self.next_due_edit.set_value(draft.next_visit_due)
        found = {answer.indicator_id: answer.status for answer in draft.answers}
        self.answers_table.setRowCount(len(self._indicators))
        for row, indicator in enumerate(self._indicators):
            cells = (str(indicator.number), indicator.text_th, status_name(indicator.status))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.answers_table.setItem(row, column, item)
            box = FormComboBox()
            box.addItem(self.tr("— not checked —"), "")
            for status in STATUSES:
                box.addItem(status_name(status), status)
            box.setCurrentIndex(max(box.findData(found.get(indicator.indicator_id, "")), 0))
            self.answers_table.setCellWidget(row, ANSWER, box)
        self.delete_button.setVisible(self._visit_id is not None)
        self.problems_list.setVisible(False)
        self.date_edit.setFocus()

    def answer_box(self, number: int) -> FormComboBox:
        """The answer box of indicator ``number``."""
        row = next(i for i, choice in enumerate(self._indicators) if choice.number == number)
        box = self.answers_table.cellWidget(row, ANSWER)
        assert isinstance(box, FormComboBox)
        return box

    def collect(self) -> tuple[VisitDraft, list[str]]:
        errors: list[str] = []
        draft = VisitDraft(
            self._household_id,
            id=self._visit_id,
            visited_by=self.visitor_edit.text(),
            findings=self.findings_edit.toPlainText(),
            new_stage=self.stage_box.currentData(),
            stage_reason=self.reason_edit.text(),
        )
        for title, edit, name in (
            (self.tr("Visit date"), self.date_edit, "visited_on"),
            (self.tr("Next visit due"), self.next_due_edit, "next_visit_due"),
        ):
            try:
                setattr(draft, name, edit.value())
            except InvalidThaiDate as error:
                errors.append(f"{title}: {date_error_text(error)}")
        for row, indicator in enumerate(self._indicators):
            box = self.answers_table.cellWidget(row, ANSWER)
            status = box.currentData() if isinstance(box, FormComboBox) else ""
            if status:
                draft.answers.append(CheckedAnswer(indicator.indicator_id, status))
        return draft, errors

    def save(self) -> SavedVisit | None:
        draft, errors = self.collect()
        if errors:
            self.problems_list.show_lines(errors)
            return None
        try:
            saved = self._service.save_visit(draft, user_name=self._user_name, today=self._today())
        except CaseRejected as rejected:
            self.problems_list.show_problems(rejected.problems)
            return None
        except RecordLocked as locked:
            self._prompter.error(self, self.tr("Record visit"), refusal_text(locked))
            return None
        except CaseNotFound:
            self._prompter.error(self, self.tr("Record visit"), self._gone_text())
            return None
        self.saved.emit(saved)
        self.accept()
        return saved

    def delete(self) -> bool:
        """Delete the recorded visit once the clerk says yes; whether it was deleted."""
        visit_id = self._visit_id
        if visit_id is None:
            return False
        title = self.tr("Delete visit")
        question = self.tr(
            "Delete the visit of {date} by {visitor}?\n\n"
            "The answers it checked go back to what they were before it, the stage it "
            "reassessed is taken out of the stage history, and files attached to it are "
            "deleted. The change log keeps what was deleted."
        ).format(date=self.date_edit.text(), visitor=self.visitor_edit.text())
        if not self._prompter.confirm(self, title, question, default_no=True):
            return False
        try:
            self._service.delete_visit(visit_id, user_name=self._user_name)
        except RecordLocked as locked:
            self._prompter.error(self, title, refusal_text(locked))
            return False
        except CaseNotFound:
            self._prompter.error(self, title, self._gone_text())
            return False
        self.deleted.emit(visit_id)
        self.accept()
        return True

    def _gone_text(self) -> str:
        return self.tr("This visit was deleted meanwhile. Close the window and look again.")
