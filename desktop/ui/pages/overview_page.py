"""Overview: the office at a glance — figure tiles, charts and tables of the dashboard.

Every number and bar opens the household or project list that makes it (through the
callbacks the main window passes). The dashboard can be copied as an image and printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.dashboard import (
    Dashboard,
    DashboardService,
    HouseholdCount,
    IndicatorSetFigures,
)
from desktop.services.households.list_query import STAGE_NONE, STAGES, HouseholdFilter
from desktop.services.office import OfficeCounts, OfficeProfile
from desktop.services.projects import ProjectFilter
from desktop.services.thai import format_be_date
from desktop.ui.dashboard.case_table import CaseFiguresSection
from desktop.ui.dashboard.count_chart import CountBarChart
from desktop.ui.dashboard.figure_tables import SubdistrictTable, UmbrellaTable
from desktop.ui.dashboard.figure_tile import FigureTile
from desktop.ui.dashboard.goal_chart import GoalChart
from desktop.ui.domain_text import DIMENSIONS, dimension_name, stage_name

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

OpenHouseholds = Callable[[HouseholdFilter], None]
OpenProjects = Callable[[ProjectFilter], None]
TILE_KEYS = ("households", *STAGES, "helped", "not_helped")
TILE_COLORS = {"survival": "#c0392b", "sufficiency": "#b7791f", "sustainable": "#2e8b57"}
PRINT_SCALE = 2  # the printed picture is drawn at twice the screen's pixels


class OverviewPage(QWidget):
    def __init__(
        self,
        dashboard: DashboardService | None = None,
        open_households: OpenHouseholds | None = None,
        open_projects: OpenProjects | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = dashboard
        self._open_households = open_households
        self._open_projects = open_projects
        self._printer: QPrinter | None = None
        self.dashboard: Dashboard | None = None

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.counts_label = QLabel()
        self.year_box = QComboBox()
        self.year_box.addItem(self.tr("All fiscal years"), None)
        self.year_box.setToolTip(self.tr("Fiscal year of the umbrella and goal figures"))
        self.copy_button = QPushButton(self.tr("Copy as image"))
        self.print_button = QPushButton(self.tr("Print…"))
        bar = QHBoxLayout()
        bar.addWidget(self.counts_label, 1)
        bar.addWidget(QLabel(self.tr("Projects and goal:")))
        bar.addWidget(self.year_box)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.print_button)

        self.content = QWidget()
        self.content.setObjectName("dashboardContent")
        self.content.setStyleSheet("QWidget#dashboardContent { background: #f7f9fb; }")
        self._build_content()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self.year_box.currentIndexChanged.connect(self._year_chosen)
        self.copy_button.clicked.connect(self.copy_image)
        self.print_button.clicked.connect(self.print_dashboard)
        self.copy_button.setEnabled(False)
        self.print_button.setEnabled(False)

    def _build_content(self) -> None:
        captions = {
            "households": self.tr("Target households"),
            **{stage: stage_name(stage) for stage in STAGES},
            "helped": self.tr("Helped"),
            "not_helped": self.tr("Not yet helped"),
        }
        self.tiles: dict[str, FigureTile] = {}
        tiles = QHBoxLayout()
        for key in TILE_KEYS:
            tile = FigureTile(captions[key], TILE_COLORS.get(key, "#1f3b57"))
            tile.clicked.connect(lambda key=key: self._tile_clicked(key))
            self.tiles[key] = tile
            tiles.addWidget(tile)
        self.stage_chart = CountBarChart(self.tr("Households by stage"))
        self.dimension_chart = CountBarChart(self.tr("Households failing each dimension"))
        self.indicator_chart = CountBarChart(
            self.tr("Households failing each indicator"), horizontal=True
        )
        for chart in (self.stage_chart, self.dimension_chart, self.indicator_chart):
            chart.filter_chosen.connect(self._open_household_list)
        # Which indicator set the indicator chart counts (a number means what its set says):
        # a choice only when households were answered under several sets.
        self.indicator_set_label = QLabel()
        self.indicator_set_label.setWordWrap(True)
        self.indicator_set_box = QComboBox()
        self.indicator_set_box.setToolTip(self.tr("Indicator set of the chart below"))
        self.indicator_set_box.hide()
        self.indicator_set_box.currentIndexChanged.connect(self._show_indicator_set)
        set_row = QHBoxLayout()
        set_row.addWidget(self.indicator_set_label, 1)
        set_row.addWidget(self.indicator_set_box)
        indicator_part = QVBoxLayout()
        indicator_part.addLayout(set_row)
        indicator_part.addWidget(self.indicator_chart)
        self.subdistrict_table = SubdistrictTable()
        self.subdistrict_table.filter_chosen.connect(self._open_household_list)
        self.umbrella_table = UmbrellaTable()
        self.umbrella_table.filter_chosen.connect(self._open_project_list)
        self.case_figures = CaseFiguresSection()
        self.case_figures.filter_chosen.connect(self._open_household_list)
        self.goal_chart = GoalChart(self.tr("Progress toward the province's goal"))
        self.goal_note = QLabel()
        self.goal_note.setWordWrap(True)

        charts = QGridLayout()
        charts.addWidget(self.stage_chart, 0, 0)
        charts.addWidget(self.dimension_chart, 0, 1)
        layout = QVBoxLayout(self.content)
        self._sections: list[QWidget] = []
        for title, part in (
            (None, tiles),
            (None, charts),
            (None, indicator_part),
            (self.tr("By subdistrict"), self.subdistrict_table),
            (self.tr("Projects by umbrella"), self.umbrella_table),
            (self.tr("Development plans and follow-up visits"), self.case_figures),
            (None, self.goal_chart),
            (None, self.goal_note),
        ):
            section = QWidget()
            section_layout = QVBoxLayout(section)
            section_layout.setContentsMargins(0, 0, 0, 0)
            if title:
                label = QLabel(title)
                label.setStyleSheet("font-weight: bold; color: #1f3b57;")
                section_layout.addWidget(label)
            if isinstance(part, QWidget):
                section_layout.addWidget(part)
            else:
                section_layout.addLayout(part)
            layout.addWidget(section)
            self._sections.append(section)
        layout.addStretch()

    # -- what the main window calls ----------------------------------------------------
    def show_office(self, profile: OfficeProfile | None, counts: OfficeCounts) -> None:
        locale = QLocale()
        if profile is None:
            self.heading.setText(self.tr("Office not set up"))
        elif profile.is_province:
            self.heading.setText(
                self.tr("Provincial office of {province}: its districts consolidated").format(
                    province=profile.province_th
                )
            )
        else:
            self.heading.setText(
                self.tr("District office of {district}, {province}").format(
                    district=profile.district_th, province=profile.province_th
                )
            )
        self.counts_label.setText(
            self.tr(
                "Members {members} · Projects {projects} · Assistance records {assistance}"
            ).format(
                members=locale.toString(counts.members),
                projects=locale.toString(counts.projects),
                assistance=locale.toString(counts.assistance),
            )
        )

    def refresh(self) -> None:
        """Rebuild every figure from the database (on show and after changes)."""
        if self._service is not None:
            self.show_dashboard(self._service.build(self.fiscal_year()))

    def fiscal_year(self) -> int | None:
        year = self.year_box.currentData()
        return None if year is None else int(year)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self._offer_years(dashboard)
        locale = QLocale()
        thai = locale.language() == QLocale.Language.Thai
        office = dashboard.office
        figures: dict[str, HouseholdCount] = {
            "households": office.households,
            **{stage: office.stages[stage] for stage in STAGES},
            "helped": office.helped,
            "not_helped": office.not_helped,
        }
        for key, tile in self.tiles.items():
            value = figures[key].value
            share = 100.0 * value / office.households.value if office.households.value else 0.0
            tip = self.tr("{percent} % of the target households").format(
                percent=locale.toString(share, "f", 1)
            )
            tile.set_value(locale.toString(value), "" if key == "households" else tip)
        stages = (*STAGES, STAGE_NONE)
        self.stage_chart.show_counts(
            [stage_name(stage) or self.tr("No stage yet") for stage in stages],
            [office.stages[stage] for stage in stages],
        )
        self.dimension_chart.show_counts(
            [dimension_name(dimension) for dimension in DIMENSIONS],
            [office.failing_dimensions[dimension] for dimension in DIMENSIONS],
        )
        self._offer_indicator_sets(dashboard)
        self._show_indicator_set()
        self.subdistrict_table.show_areas(dashboard.subdistricts, office, thai)
        self.umbrella_table.show_umbrellas(dashboard.umbrellas, dashboard.all_umbrellas, thai)
        self.case_figures.show_figures(dashboard.cases)
        self.goal_chart.show_goal(dashboard.goal, self.tr("FY {year}"))
        self.goal_note.setText(self._goal_text(dashboard))
        self.copy_button.setEnabled(True)
        self.print_button.setEnabled(True)

    # -- copying and printing ----------------------------------------------------------
    def copy_image(self) -> None:
        QApplication.clipboard().setPixmap(self.content.grab())

    # Qt's printing is loaded when the clerk prints, not with the first page at start.
    def print_dashboard(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.ui.dashboard.dashboard_printing import print_picture

        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self._printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            picture, breaks = self._picture()
            print_picture(self._printer, picture, self._print_header(), breaks)

    def print_to_pdf(self, path: Path) -> int:
        """Print the dashboard into the PDF file ``path``; returns its pages."""
        from desktop.ui.dashboard.dashboard_printing import write_pdf

        picture, breaks = self._picture()
        return write_pdf(path, picture, self._print_header(), breaks)

    def _picture(self) -> tuple[QPixmap, list[int]]:
        """The content drawn at PRINT_SCALE, and where its sections start (in its pixels)."""
        size = self.content.size()
        picture = QPixmap(size * PRINT_SCALE)
        picture.setDevicePixelRatio(PRINT_SCALE)
        picture.fill(Qt.GlobalColor.white)
        self.content.render(picture)
        breaks = [section.y() * PRINT_SCALE for section in self._sections]
        return picture, breaks

    def _print_header(self) -> str:
        year = self.fiscal_year()
        scope = (
            self.tr("All fiscal years") if year is None else self.tr("FY {year}").format(year=year)
        )
        today = format_be_date(dt.date.today())
        return f"{self.heading.text()} — {scope} — {today}"

    # -- helpers -----------------------------------------------------------------------
    def _offer_indicator_sets(self, dashboard: Dashboard) -> None:
        chosen = self.indicator_set_box.currentData()
        box = self.indicator_set_box
        box.blockSignals(True)
        try:
            box.clear()
            for figures in dashboard.indicator_sets:
                box.addItem(
                    self.tr("{code} (survey years {first}–{last})").format(
                        code=figures.code, first=figures.first_year, last=figures.last_year
                    ),
                    figures.code,
                )
            box.setCurrentIndex(max(box.findData(chosen), 0))
        finally:
            box.blockSignals(False)
        box.setVisible(len(dashboard.indicator_sets) > 1)

    def shown_indicator_set(self) -> IndicatorSetFigures | None:
        """The set the indicator chart counts (chosen in its box; the newest at first)."""
        if self.dashboard is None or not self.dashboard.indicator_sets:
            return None
        code = self.indicator_set_box.currentData()
        sets = self.dashboard.indicator_sets
        return next((s for s in sets if s.code == code), sets[0])

    def _show_indicator_set(self) -> None:
        figures = self.shown_indicator_set()
        indicators = figures.indicators if figures is not None else ()
        thai = QLocale().language() == QLocale.Language.Thai
        names = [
            (indicator.name_th if thai or not indicator.name_en else indicator.name_en)
            for indicator in indicators
        ]
        self.indicator_chart.show_counts(
            [f"{i.number}. {name}" for i, name in zip(indicators, names, strict=True)],
            [indicator.failing for indicator in indicators],
        )
        if figures is None:
            self.indicator_set_label.setText(self.tr("No indicator set is loaded."))
            return
        name = figures.name_th if thai or not figures.name_en else figures.name_en
        several = self.dashboard is not None and len(self.dashboard.indicator_sets) > 1
        self.indicator_set_label.setText(
            (
                self.tr(
                    "Indicator set {name} (survey years {first}–{last}): only households whose"
                    " latest answers are in this set. Households answered under another set"
                    " are counted under it: choose it on the right."
                )
                if several
                else self.tr("Indicator set {name} (survey years {first}–{last}).")
            ).format(name=name, first=figures.first_year, last=figures.last_year)
        )

    def _offer_years(self, dashboard: Dashboard) -> None:
        chosen = self.fiscal_year()
        years = sorted(set(dashboard.fiscal_years) | ({chosen} if chosen else set()), reverse=True)
        self.year_box.blockSignals(True)
        try:
            while self.year_box.count() > 1:
                self.year_box.removeItem(1)
            for year in years:
                self.year_box.addItem(self.tr("FY {year}").format(year=year), year)
            self.year_box.setCurrentIndex(max(0, self.year_box.findData(chosen)) if chosen else 0)
        finally:
            self.year_box.blockSignals(False)

    def _goal_text(self, dashboard: Dashboard) -> str:
        goal, locale = dashboard.goal, QLocale()
        target = locale.toString(goal.target_percent, "f", 0)
        if not goal.points:
            return self.tr("No stage assessments yet. Goal: {target} % out of survival.").format(
                target=target
            )
        last = goal.points[-1]
        return self.tr(
            "FY {year}: {out} of {assessed} assessed households out of survival ({percent} %);"
            " goal {target} %."
        ).format(
            year=last.fiscal_year,
            out=locale.toString(last.out_of_survival),
            assessed=locale.toString(last.assessed),
            percent=locale.toString(last.percent or 0.0, "f", 1),
            target=target,
        )

    def _year_chosen(self, _index: int) -> None:
        self.refresh()

    def _tile_clicked(self, key: str) -> None:
        if self.dashboard is None:
            return
        office = self.dashboard.office
        count = {
            "households": office.households,
            "helped": office.helped,
            "not_helped": office.not_helped,
        }.get(key) or office.stages[key]
        self._open_household_list(count.filter)

    def _open_household_list(self, household_filter: object) -> None:
        if self._open_households is not None and isinstance(household_filter, HouseholdFilter):
            self._open_households(household_filter)

    def _open_project_list(self, project_filter: object) -> None:
        if self._open_projects is not None and isinstance(project_filter, ProjectFilter):
            self._open_projects(project_filter)
