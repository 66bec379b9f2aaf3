"""Whom a project reached: households against its target, money given against its budget."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
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

from desktop.services.households import format_baht
from desktop.services.projects import AssistanceRow, ProjectReach
from desktop.services.thai import format_be_date

SHOWN_ROWS = 500


def share_bar(done: float, whole: float, text: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 100)
    update_bar(bar, done, whole, text)
    return bar


def update_bar(bar: QProgressBar, done: float, whole: float, text: str) -> None:
    percent = done / whole * 100 if whole else 0.0
    bar.setValue(round(min(percent, 100)))
    bar.setFormat(text)


class ReachPanel(QWidget):
    record_requested = Signal()
    household_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.households_bar = share_bar(0, 0, "")
        self.money_bar = share_bar(0, 0, "")
        self.spent_label = QLabel()
        self.record_button = QPushButton(self.tr("Record assistance to households…"))
        self.record_button.setToolTip(
            self.tr("Choose households with the register's search and filters (Ctrl+R)")
        )
        self.table = QTableWidget(0, 6)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Household"),
                self.tr("Head"),
                self.tr("Village"),
                self.tr("Help"),
                self.tr("Baht"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_household)
        self.note = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Households reached"), self.households_bar)
        form.addRow(self.tr("Money given"), self.money_bar)
        form.addRow(self.tr("Money spent (reports)"), self.spent_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.record_button.clicked.connect(self.record_requested)
        self._household_ids: list[int] = []

    def show_reach(self, reach: ProjectReach | None, rows: list[AssistanceRow]) -> None:
        locale = QLocale()
        if reach is None:
            update_bar(self.households_bar, 0, 0, self.tr("save the project first"))
            update_bar(self.money_bar, 0, 0, "")
            self.spent_label.setText("")
            self.record_button.setEnabled(False)
        else:
            update_bar(
                self.households_bar,
                reach.households_reached,
                reach.target_count,
                self.tr("{reached} of {target} households").format(
                    reached=locale.toString(reach.households_reached),
                    target=locale.toString(reach.target_count),
                ),
            )
            update_bar(
                self.money_bar,
                reach.money_given_satang,
                reach.budget_satang,
                self.tr("{given} of {budget} baht").format(
                    given=format_baht(reach.money_given_satang),
                    budget=format_baht(reach.budget_satang),
                )
                if reach.budget_satang
                else self.tr("{given} baht given; no budget set").format(
                    given=format_baht(reach.money_given_satang)
                ),
            )
            self.spent_label.setText(
                self.tr("{spent} baht").format(spent=format_baht(reach.money_spent_satang))
            )
            self.record_button.setEnabled(True)
        self.table.setRowCount(0)
        self._household_ids = []
        for row in rows[:SHOWN_ROWS]:
            at = self.table.rowCount()
            self.table.insertRow(at)
            cells = (
                format_be_date(row.given_on),
                row.household_key,
                row.head_name,
                self.tr("Moo {moo} {name}").format(moo=row.village_moo, name=row.village_name),
                row.kind_th,
                format_baht(row.value_satang),
            )
            for column, text in enumerate(cells):
                self.table.setItem(at, column, QTableWidgetItem(text))
            self._household_ids.append(row.household_id)
        self.note.setText(
            self.tr("Showing the latest {shown} of {total} records.").format(
                shown=SHOWN_ROWS, total=len(rows)
            )
            if len(rows) > SHOWN_ROWS
            else ""
        )

    def _open_household(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._household_ids):
            self.household_requested.emit(self._household_ids[row])
