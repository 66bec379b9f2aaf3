"""A follow-up visit: its date (BE), who visited, what was found, the answers of the
indicators checked, a new stage with its reason, and when the next visit is due. The
answers go to the household's latest survey year, verified by the visitor on the day."""

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
        for button in (self.save_button, self.cancel_button):
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
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        enter_moves_on(self)

    def open_visit(self, household_id: int, household_title: str) -> None:
        """A new visit of the household, dated today by the user signed in."""
        self._household_id = household_id
        self.setWindowTitle(self.tr("Visit: {household}").format(household=household_title))
        today = self._today()
        year = self._service.visit_survey_year(household_id, today)
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
        self.date_edit.set_value(today)
        self.visitor_edit.setText(self._user_name)
        self.findings_edit.clear()
        self.stage_box.setCurrentIndex(0)
        self.reason_edit.clear()
        self.next_due_edit.set_value(today + dt.timedelta(days=DEFAULT_NEXT_VISIT_DAYS))
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
            self.answers_table.setCellWidget(row, ANSWER, box)
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
        self.saved.emit(saved)
        self.accept()
        return saved
