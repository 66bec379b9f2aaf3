"""Key results (text, unit, baseline, target) and each one's quarterly progress reports.

The upper table lists the key results with a progress bar of the latest report; the lower
one the reports of the key result chosen above. Cells keep what was typed; `read_into`
says which cells are not numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.households import InvalidMoney, format_baht, parse_baht
from desktop.services.printing import format_number, percent_of_target
from desktop.services.projects import KeyResultDraft, ProgressDraft
from desktop.services.thai import normalize_digits
from desktop.ui.record_problem_text import money_error_text

ID_ROLE = Qt.ItemDataRole.UserRole
RESULT_TEXT, RESULT_UNIT, RESULT_BASELINE, RESULT_TARGET, RESULT_PROGRESS = range(5)
REPORT_YEAR, REPORT_QUARTER, REPORT_VALUE, REPORT_PERCENT, REPORT_MONEY = range(5)
REPORT_RESULT, REPORT_PROBLEMS = 5, 6


@dataclass
class ReportCells:
    id: int | None
    cells: list[str] = field(default_factory=lambda: [""] * 7)


def parse_number(text: str) -> float:
    """A typed quantity: Thai digits and thousands separators allowed; ValueError if not."""
    cleaned = normalize_digits(text).replace(",", "").strip()
    return float(cleaned) if cleaned else 0.0


class KeyResultsSection(QWidget):
    changed = Signal()
    evidence_requested = Signal(object, str)  # the report's id (None: not saved yet), its title

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports: list[list[ReportCells]] = []
        self._default_year = 0
        self._filling = False
        self.results_table = QTableWidget(0, 5)
        self.results_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.results_table.setHorizontalHeaderLabels(
            [
                self.tr("Key result"),
                self.tr("Unit"),
                self.tr("Baseline"),
                self.tr("Target"),
                self.tr("Latest progress"),
            ]
        )
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.results_table.horizontalHeader()
        header.setSectionResizeMode(RESULT_TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((RESULT_UNIT, 90), (RESULT_BASELINE, 90), (RESULT_TARGET, 90)):
            self.results_table.setColumnWidth(column, width)
        self.results_table.setColumnWidth(RESULT_PROGRESS, 170)
        self.add_result_button = QPushButton(self.tr("Add key result"))
        self.remove_result_button = QPushButton(self.tr("Remove key result"))

        self.reports_label = QLabel()
        self.reports_table = QTableWidget(0, 7)
        self.reports_table.setTabKeyNavigation(False)  # Tab leaves the table
        self.reports_table.setHorizontalHeaderLabels(
            [
                self.tr("Fiscal year"),
                self.tr("Quarter"),
                self.tr("Value reached"),
                self.tr("% of target"),
                self.tr("Money spent, baht"),
                self.tr("Result"),
                self.tr("Problems"),
            ]
        )
        reports_header = self.reports_table.horizontalHeader()
        reports_header.setSectionResizeMode(REPORT_RESULT, QHeaderView.ResizeMode.Stretch)
        reports_header.setSectionResizeMode(REPORT_PROBLEMS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (1, 70), (2, 110), (3, 90), (4, 140)):
            self.reports_table.setColumnWidth(column, width)
        self.add_report_button = QPushButton(self.tr("Add quarterly report"))
        self.remove_report_button = QPushButton(self.tr("Remove report"))
        self.report_evidence_button = QPushButton(self.tr("Report evidence…"))

        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.add_result_button)
        result_buttons.addWidget(self.remove_result_button)
        result_buttons.addStretch()
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(self.add_report_button)
        report_buttons.addWidget(self.remove_report_button)
        report_buttons.addWidget(self.report_evidence_button)
        report_buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.results_table, 3)
        layout.addLayout(result_buttons)
        layout.addWidget(self.reports_label)
        layout.addWidget(self.reports_table, 2)
        layout.addLayout(report_buttons)

        self.add_result_button.clicked.connect(self.add_key_result)
        self.remove_result_button.clicked.connect(self.remove_key_result)
        self.add_report_button.clicked.connect(self.add_report)
        self.remove_report_button.clicked.connect(self.remove_report)
        self.report_evidence_button.clicked.connect(self.request_evidence)
        self.results_table.itemSelectionChanged.connect(self._show_reports)
        self.results_table.itemChanged.connect(self._result_edited)
        self.reports_table.itemChanged.connect(self._report_edited)
        self._show_reports()

    # Loading ---------------------------------------------------------------------------

    def load(self, key_results: list[KeyResultDraft], default_year: int) -> None:
        self._default_year = default_year
        self._filling = True
        self.results_table.setRowCount(0)
        self._reports = []
        for result in key_results:
            self._append_result(result)
        self._filling = False
        if key_results:
            self.results_table.selectRow(0)
        self._show_reports()

    def _append_result(self, result: KeyResultDraft) -> None:
        row = self.results_table.rowCount()
        self.results_table.insertRow(row)
        cells = (
            result.text,
            result.unit,
            format_number(result.baseline),
            format_number(result.target),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == RESULT_TEXT:
                item.setData(ID_ROLE, result.id)
            self.results_table.setItem(row, column, item)
        bar = QProgressBar()
        bar.setRange(0, 100)
        self.results_table.setCellWidget(row, RESULT_PROGRESS, bar)
        self._reports.append(
            [
                ReportCells(
                    report.id,
                    [
                        str(report.fiscal_year),
                        str(report.quarter),
                        format_number(report.value),
                        "",
                        format_baht(report.money_spent_satang),
                        report.result,
                        report.problems,
                    ],
                )
                for report in result.reports
            ]
        )
        self._show_progress(row)

    # Editing ---------------------------------------------------------------------------

    def add_key_result(self) -> None:
        self._filling = True
        self._append_result(KeyResultDraft())
        self._filling = False
        row = self.results_table.rowCount() - 1
        self.results_table.selectRow(row)
        self.results_table.setCurrentCell(row, RESULT_TEXT)
        self.results_table.editItem(self.results_table.item(row, RESULT_TEXT))
        self.changed.emit()

    def remove_key_result(self) -> None:
        row = self.results_table.currentRow()
        if row < 0:
            return
        self.results_table.removeRow(row)
        del self._reports[row]
        self._show_reports()
        self.changed.emit()

    def add_report(self) -> None:
        row = self.results_table.currentRow()
        if row < 0:
            return
        reports = self._reports[row]
        year, quarter = self._next_quarter(reports)
        reports.append(ReportCells(None, [str(year), str(quarter), "", "", "", "", ""]))
        self._show_reports()
        last = self.reports_table.rowCount() - 1
        self.reports_table.setCurrentCell(last, REPORT_VALUE)
        self.reports_table.editItem(self.reports_table.item(last, REPORT_VALUE))
        self.changed.emit()

    def _next_quarter(self, reports: list[ReportCells]) -> tuple[int, int]:
        try:
            last = max((int(r.cells[0]), int(r.cells[1])) for r in reports)
        except ValueError:  # no reports, or one being typed
            return self._default_year, 1
        year, quarter = last
        return (year, quarter + 1) if quarter < 4 else (year + 1, 1)

    def remove_report(self) -> None:
        result_row, report_row = self.results_table.currentRow(), self.reports_table.currentRow()
        if result_row < 0 or report_row < 0:
            return
        del self._reports[result_row][report_row]
        self._show_reports()
        self._show_progress(result_row)
        self.changed.emit()

    def request_evidence(self) -> None:
        """Ask for the evidence of the report chosen below (its id once saved)."""
        result_row, report_row = self.results_table.currentRow(), self.reports_table.currentRow()
        if not (0 <= result_row < len(self._reports)):
            return
        reports = self._reports[result_row]
        if not (0 <= report_row < len(reports)):
            return
        report = reports[report_row]
        text_item = self.results_table.item(result_row, RESULT_TEXT)
        title = self.tr("Q{quarter}/{year} · {text}").format(
            quarter=report.cells[REPORT_QUARTER],
            year=report.cells[REPORT_YEAR],
            text=text_item.text() if text_item else "",
        )
        self.evidence_requested.emit(report.id, title)

    def _show_reports(self) -> None:
        row = self.results_table.currentRow()
        has_result = 0 <= row < len(self._reports)
        self.add_report_button.setEnabled(has_result)
        self.remove_report_button.setEnabled(has_result)
        self.report_evidence_button.setEnabled(has_result)
        self.remove_result_button.setEnabled(has_result)
        self._filling = True
        self.reports_table.setRowCount(0)
        if has_result:
            text_item = self.results_table.item(row, RESULT_TEXT)
            self.reports_label.setText(
                self.tr("Quarterly reports of key result {number}: {text}").format(
                    number=row + 1, text=text_item.text() if text_item else ""
                )
            )
            target = self._number(row, RESULT_TARGET)
            for report in self._reports[row]:
                at = self.reports_table.rowCount()
                self.reports_table.insertRow(at)
                for column, text in enumerate(report.cells):
                    item = QTableWidgetItem(text)
                    if column == REPORT_PERCENT:
                        item.setText(self._percent_text(report.cells[REPORT_VALUE], target))
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.reports_table.setItem(at, column, item)
        else:
            self.reports_label.setText(self.tr("Choose a key result to see its quarterly reports."))
        self._filling = False

    def _percent_text(self, value_text: str, target: float | None) -> str:
        try:
            percent = percent_of_target(parse_number(value_text), target or 0)
        except ValueError:
            return ""
        return "" if percent is None else f"{percent:,.1f}"

    def _result_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._show_progress(item.row())
        if item.column() == RESULT_TARGET:
            self._show_reports()
        self.changed.emit()

    def _report_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = self.results_table.currentRow()
        if row < 0:
            return
        self._reports[row][item.row()].cells[item.column()] = item.text()
        if item.column() == REPORT_VALUE:
            self._filling = True
            percent = self.reports_table.item(item.row(), REPORT_PERCENT)
            if percent is not None:
                percent.setText(self._percent_text(item.text(), self._number(row, RESULT_TARGET)))
            self._filling = False
        self._show_progress(row)
        self.changed.emit()

    def _number(self, row: int, column: int) -> float | None:
        item = self.results_table.item(row, column)
        try:
            return parse_number(item.text() if item else "")
        except ValueError:
            return None

    def _show_progress(self, row: int) -> None:
        bar = self.results_table.cellWidget(row, RESULT_PROGRESS)
        if not isinstance(bar, QProgressBar):
            return
        target = self._number(row, RESULT_TARGET) or 0
        latest: tuple[int, int, float] | None = None
        for report in self._reports[row]:
            try:
                key = (int(report.cells[0]), int(report.cells[1]), parse_number(report.cells[2]))
            except ValueError:
                continue
            if latest is None or key[:2] > latest[:2]:
                latest = key
        percent = percent_of_target(latest[2], target) if latest else None
        bar.setValue(round(min(percent, 100)) if percent is not None else 0)
        bar.setFormat(self.tr("no report yet") if percent is None else f"{percent:,.1f}%")
        bar.setToolTip(bar.format())

    # Reading ---------------------------------------------------------------------------

    def read(self) -> tuple[list[KeyResultDraft], dict[tuple[str, int], str]]:
        """The key results as typed, and the cells that are not numbers.

        Errors are keyed (field, key-result row): fields "baseline", "target", and
        "reports.<name>" for a report's fiscal_year, quarter, value or money_spent_satang.
        """
        results: list[KeyResultDraft] = []
        errors: dict[tuple[str, int], str] = {}
        not_number = self.tr("Type a number, e.g. 120 or 12.5.")
        for row in range(self.results_table.rowCount()):

            def cell(column: int, row: int = row) -> str:
                item = self.results_table.item(row, column)
                return item.text() if item else ""

            text_item = self.results_table.item(row, RESULT_TEXT)
            draft = KeyResultDraft(
                id=text_item.data(ID_ROLE) if text_item else None,
                text=cell(RESULT_TEXT),
                unit=cell(RESULT_UNIT),
            )
            for name, column in (("baseline", RESULT_BASELINE), ("target", RESULT_TARGET)):
                try:
                    setattr(draft, name, parse_number(cell(column)))
                except ValueError:
                    errors[name, row] = not_number
            for report in self._reports[row]:
                cells = report.cells
                progress = ProgressDraft(id=report.id, result=cells[5], problems=cells[6])
                for name, column, parse in (
                    ("fiscal_year", REPORT_YEAR, lambda t: int(normalize_digits(t).strip())),
                    ("quarter", REPORT_QUARTER, lambda t: int(normalize_digits(t).strip())),
                    ("value", REPORT_VALUE, parse_number),
                ):
                    try:
                        setattr(progress, name, parse(cells[column]))
                    except ValueError:
                        errors[f"reports.{name}", row] = not_number
                try:
                    progress.money_spent_satang = parse_baht(cells[REPORT_MONEY])
                except InvalidMoney as error:
                    errors["reports.money_spent_satang", row] = money_error_text(error)
                draft.reports.append(progress)
            results.append(draft)
        return results, errors

    def select_result(self, row: int) -> None:
        if 0 <= row < self.results_table.rowCount():
            self.results_table.selectRow(row)
            self.results_table.setFocus()
