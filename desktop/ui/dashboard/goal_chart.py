"""Progress toward the province's goal: the share out of survival per fiscal year, as bars,
with the target percent as a line across them."""

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.services.dashboard import GoalProgress
from desktop.ui.dashboard.count_chart import new_chart

SHARE_COLOR = "#2e8b57"
TARGET_COLOR = "#d9480f"


class GoalChart(QChartView):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(new_chart(title, self.font()))
        chart = self.chart()
        chart.legend().show()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(self.font())
        self.share_set = QBarSet(self.tr("Households out of survival (%)"))
        self.share_set.setColor(QColor(SHARE_COLOR))
        self.share_set.setLabelColor(QColor("#1b1b1b"))
        self.share_series = QBarSeries()
        self.share_series.append(self.share_set)
        self.share_series.setLabelsVisible(True)
        self.share_series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.share_series.setLabelsFormat("@value %")
        self.share_series.setBarWidth(0.5)
        self.target_line = QLineSeries()
        pen = QPen(QColor(TARGET_COLOR))
        pen.setWidth(3)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.target_line.setPen(pen)
        chart.addSeries(self.share_series)
        chart.addSeries(self.target_line)
        self.year_axis = QBarCategoryAxis()
        self.year_axis.setLabelsFont(self.font())
        self.percent_axis = QValueAxis()
        self.percent_axis.setRange(0, 100)
        self.percent_axis.setTickCount(6)
        self.percent_axis.setLabelFormat("%d %%")
        self.percent_axis.setLabelsFont(self.font())
        chart.addAxis(self.year_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.percent_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.share_series, self.target_line):
            series.attachAxis(self.year_axis)
            series.attachAxis(self.percent_axis)
        self.setMinimumHeight(300)

    def show_goal(self, goal: GoalProgress, year_label: str) -> None:
        """``year_label`` formats a fiscal year, e.g. "FY {year}"."""
        points = goal.points
        self.share_set.remove(0, self.share_set.count())
        self.share_set.append([round(point.percent or 0.0, 1) for point in points])
        self.year_axis.clear()
        self.year_axis.append([year_label.format(year=point.fiscal_year) for point in points])
        self.target_line.setName(
            self.tr("Goal {percent} %").format(percent=f"{goal.target_percent:g}")
        )
        end = max(len(points), 1) - 0.5
        self.target_line.replace(
            [QPointF(-0.5, goal.target_percent), QPointF(end, goal.target_percent)]
        )
