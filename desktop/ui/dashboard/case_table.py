"""The dashboard's case figures: plans made, and per fiscal year the follow-up visits and the
households that moved up a stage, by quarter and for the year."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.dashboard import CaseFigures
from desktop.ui.dashboard.figure_tables import FigureTable


class CaseFiguresTable(FigureTable):
    """A row per fiscal year: visits in Q1–Q4 and the year, households moved up likewise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        headers = [self.tr("Fiscal year")]
        for what in (self.tr("Visits"), self.tr("Moved up")):
            headers += [
                self.tr("{what} Q{quarter}").format(what=what, quarter=q) for q in range(1, 5)
            ]
            headers.append(self.tr("{what}, year").format(what=what))
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)

    def show_figures(self, figures: CaseFigures) -> None:
        locale = QLocale()
        self.setRowCount(len(figures.visits))
        for row, (visits, moved) in enumerate(zip(figures.visits, figures.moved_up, strict=True)):
            self._set_cell(
                row, 0, self.tr("FY {year}").format(year=visits.fiscal_year), None, number=False
            )
            counts = [*visits.quarters, visits.year, *moved.quarters, moved.year]
            for column, count in enumerate(counts, start=1):
                self._set_cell(row, column, locale.toString(count), None, number=True)
        self._fit()


class CaseFiguresSection(QWidget):
    """The plans line above the table of visits and stage moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans_label = QLabel()
        self.plans_label.setWordWrap(True)
        self.table = CaseFiguresTable()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plans_label)
        layout.addWidget(self.table)

    def show_figures(self, figures: CaseFigures | None) -> None:
        if figures is None:
            return
        locale = QLocale()
        percent = figures.survival_planned_percent
        self.plans_label.setText(
            self.tr(
                "Current plans: {plans} · households in survival with a current plan: {planned}"
                " of {survival} ({percent} %)"
            ).format(
                plans=locale.toString(figures.current_plans),
                planned=locale.toString(figures.survival_with_plan),
                survival=locale.toString(figures.survival),
                percent=locale.toString(percent or 0.0, "f", 1),
            )
        )
        self.table.show_figures(figures)
        self.table.setVisible(bool(figures.visits))
