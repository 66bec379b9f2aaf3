"""A household's assistance tab: which projects reached it, and every piece of help."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.assistance import AssistanceService
from desktop.services.households import format_baht
from desktop.services.projects import AssistanceFilter
from desktop.services.thai import format_be_date
from desktop.ui.domain_text import dimension_name
from desktop.ui.read_only_table import read_only_table


def fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for at, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(at, column, QTableWidgetItem(text))


class HouseholdAssistanceSection(QWidget):
    add_requested = Signal(int)  # household id

    def __init__(self, assistance: AssistanceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assistance = assistance
        self._household_id: int | None = None
        self._stale = True
        self.add_button = QPushButton(self.tr("Add assistance…"))
        self.summary_label = QLabel()
        self.projects_table = read_only_table(
            [self.tr("Year"), self.tr("Project"), self.tr("Agency"), self.tr("Times"),
             self.tr("Baht")], stretch=1
        )  # fmt: skip
        self.records_table = read_only_table(
            [self.tr("Date"), self.tr("Project or agency"), self.tr("Help"),
             self.tr("Dimension"), self.tr("Member"), self.tr("Baht"), self.tr("Outcome")],
            stretch=1,
        )  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Projects that reached this household")))
        layout.addWidget(self.projects_table, 1)
        layout.addWidget(QLabel(self.tr("Every piece of help")))
        layout.addWidget(self.records_table, 2)
        self.add_button.clicked.connect(self._add)

    def set_household(self, household_id: int | None) -> None:
        self._household_id = household_id
        self._stale = True
        self.add_button.setEnabled(household_id is not None)
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        if self._household_id is None:
            fill(self.projects_table, [])
            fill(self.records_table, [])
            self.summary_label.setText(self.tr("Save the household first."))
            return
        projects = self._assistance.projects_for_household(self._household_id)
        rows = self._assistance.list_assistance(AssistanceFilter(household_id=self._household_id))
        fill(
            self.projects_table,
            [
                (
                    str(p.fiscal_year),
                    p.name,
                    p.agency_name,
                    str(p.times),
                    format_baht(p.value_satang),
                )
                for p in projects
            ],
        )
        fill(
            self.records_table,
            [
                (
                    format_be_date(row.given_on),
                    row.project_name or row.agency_name,
                    row.kind_th,
                    dimension_name(row.dimension) if row.dimension else "",
                    row.member_name,
                    format_baht(row.value_satang),
                    row.outcome,
                )
                for row in rows
            ],
        )
        self.summary_label.setText(
            self.tr("{count} pieces of help, {baht} baht in all").format(
                count=len(rows), baht=format_baht(sum(row.value_satang for row in rows))
            )
        )

    def _add(self) -> None:
        if self._household_id is not None:
            self.add_requested.emit(self._household_id)
