"""The dashboard's case figures: plans made, and per fiscal year the follow-up visits and the
households that moved up a stage, by quarter and for the year. Each number opens the
household list behind it (a visits cell: the households visited in that period, each once)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.dashboard import CaseFigures
from desktop.services.households.list_query import CaseEvent, CaseEventKind, HouseholdFilter
from desktop.ui.dashboard.figure_tables import FigureTable

PLANS_LINK = "plans"
SURVIVAL_LINK = "survival"
SURVIVAL_PLANNED_LINK = "survival-planned"


def _listed(kind: CaseEventKind, fiscal_year: int, quarter: int) -> HouseholdFilter:
    return HouseholdFilter(case_event=CaseEvent(kind, fiscal_year, quarter))


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
            year = visits.fiscal_year
            cells = [
                (count, _listed(kind, year, quarter))
                for kind, figures in (
                    (CaseEventKind.VISITED, visits),
                    (CaseEventKind.MOVED_UP, moved),
                )
                for count, quarter in zip(
                    (*figures.quarters, figures.year), (1, 2, 3, 4, 0), strict=True
                )
            ]
            for column, (count, chosen) in enumerate(cells, start=1):
                self._set_cell(row, column, locale.toString(count), chosen, number=True)
        self._fit()


class CaseFiguresSection(QWidget):
    """The plans line above the table of visits and stage moves; its numbers are links
    (a click, or Tab to one and Enter) that emit the households' filter, as the table's
    cells do."""

    filter_chosen = Signal(object)  # HouseholdFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans_label = QLabel()
        self.plans_label.setWordWrap(True)
        self.plans_label.setTextFormat(Qt.TextFormat.RichText)
        self.plans_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.plans_label.linkActivated.connect(self.open_link)
        self.table = CaseFiguresTable()
        self.table.filter_chosen.connect(self.filter_chosen)
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
                plans=_link(PLANS_LINK, locale.toString(figures.current_plans)),
                planned=_link(SURVIVAL_PLANNED_LINK, locale.toString(figures.survival_with_plan)),
                survival=_link(SURVIVAL_LINK, locale.toString(figures.survival)),
                percent=locale.toString(percent or 0.0, "f", 1),
            )
        )
        self.table.show_figures(figures)
        self.table.setVisible(bool(figures.visits))

    def open_link(self, link: str) -> None:
        """The households behind a number of the plans line."""
        current_plan = CaseEvent(CaseEventKind.CURRENT_PLAN)
        chosen = {
            PLANS_LINK: HouseholdFilter(case_event=current_plan),
            SURVIVAL_LINK: HouseholdFilter(stage="survival"),
            SURVIVAL_PLANNED_LINK: HouseholdFilter(stage="survival", case_event=current_plan),
        }.get(link)
        if chosen is not None:
            self.filter_chosen.emit(chosen)


def _link(name: str, text: str) -> str:
    return f'<a href="{name}">{text}</a>'
