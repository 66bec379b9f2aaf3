"""ตรวจก่อนส่ง: the check before sending, beside the export. The clerk runs every rule over
the office (on a worker thread), reads the problems by village, opens a household with a
double-click to correct it, and once nothing is found a supervisor signs the data off as
ready to send; the exported workbook says so until the data changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.quality import (
    RULE_BY_CODE,
    QualityProblem,
    QualityReport,
    QualityService,
    SignOffRefused,
    SignOffState,
    VillageReport,
)
from desktop.services.safety import NotAllowed, UserRow
from desktop.ui.background import BackgroundTask, TaskRunner
from desktop.ui.language import THAI
from desktop.ui.people.shown_text import local_be_moment
from desktop.ui.prompter import Prompter
from desktop.ui.read_only_table import read_only_table


class QualityPanel(QGroupBox):
    household_requested = Signal(int)
    checked = Signal(object)  # the QualityReport, once recorded
    signed_off = Signal(object)  # the SignOffState after the sign-off

    def __init__(
        self,
        service: QualityService,
        prompter: Prompter,
        *,
        current_user: Callable[[], UserRow],
        language: str = THAI,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Check before sending"), parent)
        self._service = service
        self._prompter = prompter
        self._current_user = current_user
        self._language = language
        self._tasks = tasks or TaskRunner()
        self.task: BackgroundTask | None = None
        self.report: QualityReport | None = None
        self.state = SignOffState()
        self.villages: list[VillageReport] = []
        self.shown_problems: list[QualityProblem] = []

        note = QLabel(
            self.tr(
                "Before sending, check every household of the office against the household"
                " form's rules and the rules across records. Double-click a problem to open"
                " the household. Once nothing is found, a supervisor signs the data off as"
                " ready to send."
            )
        )
        note.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check &before sending"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.village_table = read_only_table(
            [
                self.tr("Subdistrict"),
                self.tr("Village"),
                self.tr("Households"),
                self.tr("Problems"),
                self.tr("What was found"),
            ]
        )
        self.village_table.setMinimumHeight(150)
        self.problem_table = read_only_table(
            [self.tr("Household"), self.tr("House no."), self.tr("Problem"), self.tr("Where")],
            stretch=2,
        )
        self.problem_table.setMinimumHeight(180)
        self.open_button = QPushButton(self.tr("&Open the household"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.sign_off_button = QPushButton(self.tr("Sign off: &ready to send"))

        top = QHBoxLayout()
        top.addWidget(self.check_button)
        top.addWidget(self.summary_label, 1)
        opening = QHBoxLayout()
        opening.addWidget(self.open_button)
        opening.addStretch()
        signing = QHBoxLayout()
        signing.addWidget(self.state_label, 1)
        signing.addWidget(self.sign_off_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.village_table)
        layout.addWidget(self.problem_table)
        layout.addLayout(opening)
        layout.addLayout(signing)

        self.check_button.clicked.connect(self.run_check)
        self.village_table.itemSelectionChanged.connect(self._village_chosen)
        self.problem_table.itemSelectionChanged.connect(self._enable)
        self.problem_table.cellDoubleClicked.connect(lambda row, _column: self.open_problem(row))
        self.open_button.clicked.connect(self._open_current)
        self.sign_off_button.clicked.connect(self.sign_off)
        self._enable()

    # The check --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the sign-off state again (the data may have changed since)."""
        self.state = self._service.state()
        self._show_state()

    def run_check(self) -> BackgroundTask:
        """Every rule on a worker thread; the report is recorded under the user's name."""
        self.check_button.setEnabled(False)
        self.summary_label.setText(self.tr("Checking…"))
        service = self._service

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return service.check(today=dt.date.today(), progress=progress, cancelled=cancelled)

        self.task = self._tasks.start(
            work,
            on_success=self._checked,
            on_failure=self._failed,
            on_progress=self._progress,
        )
        return self.task

    def _progress(self, done: int, total: int) -> None:
        self.summary_label.setText(
            self.tr("Checking… {done} of {total} rules").format(done=done, total=total)
        )

    def _checked(self, report: object) -> None:
        assert isinstance(report, QualityReport)
        self.check_button.setEnabled(True)
        self.state = self._service.record_check(report, by=self._current_user().name)
        self.show_report(report)
        self.checked.emit(report)

    def _failed(self, error: Exception) -> None:
        self.check_button.setEnabled(True)
        text = self.tr("The check failed: {reason}").format(reason=str(error))
        self.summary_label.setText(text)
        self._prompter.error(self, self.tr("Check before sending"), text)

    def show_report(self, report: QualityReport) -> None:
        locale = QLocale()
        self.report = report
        self.villages = [village for village in report.villages if village.problems]
        if report.is_clean:
            summary = self.tr(
                "No problems in {households} households (survey year {year})."
            ).format(households=locale.toString(report.households), year=report.survey_year)
        else:
            summary = self.tr(
                "{problems} problems in {villages} villages of {households} households"
                " (survey year {year})."
            ).format(
                problems=locale.toString(report.problem_count),
                villages=locale.toString(len(self.villages)),
                households=locale.toString(report.households),
                year=report.survey_year,
            )
        self.summary_label.setText(summary)
        self.village_table.setRowCount(len(self.villages))
        for row, village in enumerate(self.villages):
            found = " · ".join(
                f"{RULE_BY_CODE[code].name(self._language)} {locale.toString(count)}"
                for code, count in village.counts.items()
            )
            cells = (
                village.subdistrict_name,
                self._village_name(village),
                locale.toString(village.households),
                locale.toString(village.problem_count),
                found,
            )
            for column, text in enumerate(cells):
                self.village_table.setItem(row, column, QTableWidgetItem(text))
        self.village_table.resizeColumnsToContents()
        self.problem_table.setRowCount(0)
        self.shown_problems = []
        if self.villages:
            self.village_table.selectRow(0)
        self._show_state()

    def _village_name(self, village: VillageReport) -> str:
        if not village.village_code:
            return self.tr("Not in the household register")
        return self.tr("Moo {moo} {name}").format(moo=village.moo, name=village.village_name)

    def _village_chosen(self) -> None:
        rows = {index.row() for index in self.village_table.selectionModel().selectedRows()}
        village = self.villages[rows.pop()] if len(rows) == 1 else None
        self.shown_problems = list(village.problems) if village is not None else []
        self.problem_table.setRowCount(len(self.shown_problems))
        for row, problem in enumerate(self.shown_problems):
            rule = RULE_BY_CODE[problem.rule]
            cells = (
                problem.household_key or str(problem.household_id),
                problem.house_no,
                rule.message(self._language, item=problem.item, detail=problem.detail),
                rule.field(self._language),
            )
            for column, text in enumerate(cells):
                self.problem_table.setItem(row, column, QTableWidgetItem(text))
        self.problem_table.resizeRowsToContents()
        self._enable()

    def open_problem(self, row: int) -> None:
        """Open the household of the problem on ``row`` (not one gone from the register)."""
        if 0 <= row < len(self.shown_problems) and self.shown_problems[row].in_register:
            self.household_requested.emit(self.shown_problems[row].household_id)

    def _open_current(self) -> None:
        rows = {index.row() for index in self.problem_table.selectionModel().selectedRows()}
        if len(rows) == 1:
            self.open_problem(rows.pop())

    # The sign-off -----------------------------------------------------------------------

    def sign_off(self) -> None:
        try:
            self.state = self._service.sign_off(by=self._current_user().name)
        except (NotAllowed, SignOffRefused) as refused:
            text = refused.message_th if self._language == THAI else refused.message_en
            self._prompter.error(self, self.tr("Sign off"), text)
            self.refresh()
            return
        self._show_state()
        self.signed_off.emit(self.state)

    def _show_state(self) -> None:
        state = self.state
        if state.signed_off and state.signed_off_at is not None:
            text = self.tr("Ready to send: signed off by {name} on {when}.").format(
                name=state.signed_off_by, when=local_be_moment(state.signed_off_at)
            )
        elif state.checked and state.checked_at is not None:
            when = local_be_moment(state.checked_at)
            text = (
                self.tr("Checked by {name} on {when}: no problems. A supervisor may sign off.")
                if state.check_problems == 0
                else self.tr(
                    "Checked by {name} on {when}: {problems} problems. Correct them, then"
                    " check again."
                ).replace("{problems}", QLocale().toString(state.check_problems))
            ).format(name=state.checked_by, when=when)
        elif state.stale:
            text = self.tr("The data changed after the last check: check again before signing off.")
        else:
            text = self.tr("Not checked yet.")
        if not self._current_user().is_supervisor:
            text += " " + self.tr("Only a supervisor signs off.")
        self.state_label.setText(text)
        self._enable()

    def _enable(self) -> None:
        state = self.state
        self.sign_off_button.setEnabled(
            state.checked
            and state.check_problems == 0
            and not state.signed_off
            and self._current_user().is_supervisor
        )
        rows = {index.row() for index in self.problem_table.selectionModel().selectedRows()}
        self.open_button.setEnabled(
            len(rows) == 1 and self.shown_problems[next(iter(rows))].in_register
        )
