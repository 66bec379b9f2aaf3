"""A bar chart of household counts: one bar per figure, clicking a bar opens its list."""

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QHideEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.services.dashboard import HouseholdCount
from desktop.services.households.list_query import HouseholdFilter
from desktop.ui.dashboard.axis_labels import label_lines, set_count_range, wrapped_label

BAR_COLOR = "#1f6fb2"
HORIZONTAL_ROW_GAP_PX = 12  # beside a horizontal bar's label lines
HORIZONTAL_LABEL_SHARE = 0.34  # of a horizontal chart's width given to its labels
SLOT_MARGIN_PX = 10  # between a vertical chart's neighbouring labels


def new_chart(title: str, font: QFont) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    title_font = QFont(font)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().hide()
    return chart


class CountBarChart(QChartView):
    """Household counts as bars; ``filter_chosen`` carries the clicked bar's list filter."""

    filter_chosen = Signal(object)  # HouseholdFilter

    def __init__(
        self, title: str, *, horizontal: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._horizontal = horizontal
        self._counts: list[HouseholdCount] = []
        self._labels: list[str] = []
        self._tips: list[str] = []
        self._positions: list[int] = []  # bar index -> index into the counts shown
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(new_chart(title, self.font()))
        self.bar_set = QBarSet(title)
        self.bar_set.setColor(QColor(BAR_COLOR))
        self.bar_set.setLabelColor(QColor("#1b1b1b"))
        self.bar_set.clicked.connect(self._bar_clicked)
        self.bar_set.hovered.connect(self._bar_hovered)
        self.series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.series.append(self.bar_set)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setLabelsFormat("@value")
        self.series.setBarWidth(0.7)
        self.chart().addSeries(self.series)
        self.category_axis = QBarCategoryAxis()
        self.category_axis.setLabelsFont(self.font())
        self.category_axis.setTruncateLabels(False)
        self.value_axis = QValueAxis()
        self.value_axis.setLabelsFont(self.font())
        category_side, value_side = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft
        if horizontal:
            category_side, value_side = value_side, category_side
        self.chart().addAxis(self.category_axis, category_side)
        self.chart().addAxis(self.value_axis, value_side)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.value_axis)
        self.setMinimumHeight(260)

    def show_counts(
        self, labels: Sequence[str], counts: Sequence[HouseholdCount], tips: Sequence[str] = ()
    ) -> None:
        """One bar per count, labelled; a horizontal chart lists the first at the top."""
        self._counts, self._labels = list(counts), list(labels)
        self._tips = list(tips) or self._labels
        order = range(len(counts))
        if self._horizontal:  # Qt draws the first category at the bottom
            order = range(len(counts) - 1, -1, -1)
        self._positions = list(order)
        self.bar_set.remove(0, self.bar_set.count())
        self.bar_set.append([float(counts[index].value) for index in self._positions])
        self._show_labels()
        set_count_range(self.value_axis, max((count.value for count in counts), default=0))

    def label_width(self) -> int:
        """Pixels a category's label may take: a bar's slot, or a horizontal chart's
        share of its width."""
        if self._horizontal:
            return max(160, int(self.width() * HORIZONTAL_LABEL_SHARE))
        plot = self.chart().plotArea().width() or self.width() - 80
        return max(60, int(plot / max(1, len(self._labels))) - SLOT_MARGIN_PX)

    def _show_labels(self) -> None:
        """The labels, whole, wrapped onto lines that fit ``label_width``."""
        width, font = self.label_width(), self.category_axis.labelsFont()
        wrapped = [wrapped_label(self._labels[index], font, width) for index in self._positions]
        if wrapped == self.category_axis.categories():
            return
        self.category_axis.clear()
        self.category_axis.append(wrapped)
        if self._horizontal:
            lines = max((len(label_lines(label)) for label in wrapped), default=1)
            row = lines * QFontMetrics(font).height() + HORIZONTAL_ROW_GAP_PX
            self.setMinimumHeight(max(260, 70 + row * len(wrapped)))

    def hideEvent(self, event: QHideEvent) -> None:
        QToolTip.hideText()  # the page changed under the pointer: its tip goes too
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._labels:
            self._show_labels()

    def count_at(self, bar_index: int) -> HouseholdCount:
        return self._counts[self._positions[bar_index]]

    def label_at(self, bar_index: int) -> str:
        return self._labels[self._positions[bar_index]]

    def filter_at(self, bar_index: int) -> HouseholdFilter:
        return self.count_at(bar_index).filter

    def _bar_clicked(self, bar_index: int) -> None:
        QToolTip.hideText()  # the list it opens replaces this chart: leave no tip behind
        self.unsetCursor()
        if 0 <= bar_index < len(self._positions):
            self.filter_chosen.emit(self.filter_at(bar_index))

    def _bar_hovered(self, status: bool, bar_index: int) -> None:
        shown = self.isVisible() and self.underMouse()  # a hover Qt replays after a click-through
        if not status or not shown or not 0 <= bar_index < len(self._positions):
            self.unsetCursor()
            QToolTip.hideText()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        tip = self._tips[self._positions[bar_index]]
        value = QLocale().toString(self.count_at(bar_index).value)
        QToolTip.showText(QCursor.pos(), f"{tip}: {value}", self)
